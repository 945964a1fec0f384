import type { H245 } from "../asn1/index.js";
import {
  H239_CONTROL_CAPABILITY_ID,
  h239ControlCapability,
  readH239Capabilities,
} from "../h245/h239-capabilities.js";
import {
  H241Level,
  H241ProfileBit,
  h264GenericCapability,
  ourCapabilitySet,
} from "../h245/terminal-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import { packetizationMode } from "../sdp/h264.js";
import {
  codecOfCapability,
  dataTypeOfCodec,
  describeAudio,
  describeVideo,
  H264_MAX_BIT_RATE,
  H264_PACKETIZATION_OIDS,
  type MediaKindAV,
  presentationDataTypeOfCodec,
  sameFormat,
  withPacketizationMode,
} from "./media-codec.js";

// Our TerminalCapabilitySet from the codecs of our SDP (H.245 §8.3, H.323 §6.2.8): one
// receive capability per distinct H.245 capability, audio then video, in SDP order; one
// descriptor saying one audio and one video capability run at the same time (H.245 §8.3.1
// simultaneousCapabilities). And the far end's set read back: its capabilities named for the
// report, and what it receives as SDP codecs.

export interface KindCodecs {
  readonly kind: MediaKindAV;
  readonly codecs: readonly Codec[];
}

type TableEntry = H245.CapabilityTableEntry;

const keyOf = (d: H245.DataType) => JSON.stringify(d, (_k, v) => (v instanceof Uint8Array ? [...v] : v));

/**
 * Our capability set (sequence number left to the exchange). With `presentation` (the H.264
 * codecs of our slides line) it declares H.239 (H.239 §7.1): an extended video capability per
 * format with the presentation role, and the H.239 control capability, each its own
 * alternative set beside audio and video.
 */
export function capabilitySetOf(
  streams: readonly KindCodecs[],
  presentation: readonly Codec[] = [],
): Omit<H245.TerminalCapabilitySet, "sequenceNumber"> {
  const base = ourCapabilitySet({
    h264: { profile: H241ProfileBit.baseline, level: H241Level["1"]!, maxBitRate: H264_MAX_BIT_RATE },
  });
  const table: TableEntry[] = [];
  const alternatives: number[][] = [];
  for (const kind of ["audio", "video"] as const) {
    const seen = new Set<string>();
    const numbers: number[] = [];
    for (const codec of streams.filter((s) => s.kind === kind).flatMap((s) => s.codecs)) {
      const d = dataTypeOfCodec(codec);
      if (d === undefined || seen.has(keyOf(d))) continue;
      seen.add(keyOf(d));
      const n = table.length + 1;
      numbers.push(n);
      table.push({
        capabilityTableEntryNumber: n,
        capability:
          d.choice === "audioData"
            ? { choice: "receiveAudioCapability", value: d.value }
            : {
                choice: "receiveVideoCapability",
                value: (d as Extract<H245.DataType, { choice: "videoData" }>).value,
              },
      });
    }
    if (numbers.length > 0) alternatives.push(numbers);
  }
  const seen = new Set<string>();
  const extended: number[] = [];
  for (const codec of presentation) {
    const d = presentationDataTypeOfCodec(codec);
    if (d?.choice !== "videoData" || seen.has(keyOf(d))) continue;
    seen.add(keyOf(d));
    extended.push(table.length + 1);
    table.push({
      capabilityTableEntryNumber: table.length + 1,
      capability: { choice: "receiveVideoCapability", value: d.value },
    });
  }
  if (extended.length > 0) {
    alternatives.push(extended);
    alternatives.push([table.length + 1]);
    table.push({ capabilityTableEntryNumber: table.length + 1, capability: h239ControlCapability() });
  }
  // H.245 H2250Capability.mediaPacketizationCapability: the H.264 packetization modes we take
  // (H.241 §8.3), so the far end may open non-interleaved channels to us.
  const modes = [
    ...new Set(
      streams
        .flatMap((s) => s.codecs)
        .filter((c) => c.name.toLowerCase() === "h264")
        .map((c) => packetizationMode(c.fmtp)),
    ),
  ].filter((m) => H264_PACKETIZATION_OIDS[m] !== undefined);
  const mux = base.multiplexCapability;
  const multiplexCapability: H245.MultiplexCapability | undefined =
    mux?.choice === "h2250Capability" && modes.length > 0
      ? {
          choice: "h2250Capability",
          value: {
            ...mux.value,
            mediaPacketizationCapability: {
              h261aVideoPacketization: false,
              rtpPayloadType: modes.map((m) => ({
                payloadDescriptor: { choice: "oid", value: H264_PACKETIZATION_OIDS[m]! },
              })),
            },
          },
        }
      : mux;
  return {
    ...base,
    ...(multiplexCapability ? { multiplexCapability } : {}),
    capabilityTable: table,
    capabilityDescriptors: [{ capabilityDescriptorNumber: 0, simultaneousCapabilities: alternatives }],
  };
}

export interface RemoteCapabilities {
  /** Every table entry named ("G.711 µ-law receive", "H.264 Baseline level 1.3 receive"...). */
  readonly names: readonly string[];
  /** What the far end can receive, as SDP codecs (H.264 numbered from `firstDynamic`). */
  readonly receive: readonly KindCodecs[];
  /**
   * H.264 the far end receives as the H.239 presentation (H.239 §7.1), numbered after `receive`;
   * empty unless it also declared the H.239 control capability.
   */
  readonly presentation: readonly Codec[];
  /** It declared the H.239 control capability. */
  readonly h239Control: boolean;
}

/** Reads the far end's TerminalCapabilitySet. */
export function readCapabilitySet(set: H245.TerminalCapabilitySet, firstDynamic = 96): RemoteCapabilities {
  // H.241 §8.3: non-interleaved H.264 only when the set's mediaPacketizationCapability names it.
  const mux = set.multiplexCapability;
  const h264Modes = [1, 0].filter(
    (m) =>
      m === 0 ||
      (mux?.choice === "h2250Capability" &&
        (mux.value.mediaPacketizationCapability.rtpPayloadType ?? []).some(
          (r) =>
            r.payloadDescriptor.choice === "oid" && r.payloadDescriptor.value === H264_PACKETIZATION_OIDS[m],
        )),
  );
  const names: string[] = [];
  const receive: Record<MediaKindAV, Codec[]> = { audio: [], video: [] };
  let dynamic = firstDynamic;
  for (const entry of set.capabilityTable ?? []) {
    const c = entry.capability;
    if (c === undefined) continue;
    const [kind, what, direction] = capabilityKind(c);
    names.push(what === undefined ? c.choice : `${what} ${direction}`);
    if (kind === undefined || direction === "transmit") continue;
    if (kind === "video" && (c.value as H245.VideoCapability).choice === "extendedVideoCapability") continue;
    const codec = codecOfCapability(
      kind === "audio"
        ? { kind, audio: c.value as H245.AudioCapability }
        : { kind, video: c.value as H245.VideoCapability },
      dynamic,
    );
    if (codec === undefined) continue;
    const variants =
      codec.name === "H264"
        ? h264Modes.map((m) => (m === 0 ? codec : withPacketizationMode(codec, m)))
        : [codec];
    for (const v of variants) {
      const same = (x: Codec) =>
        sameFormat(x, v) && x.fmtp["profile-level-id"] === v.fmtp["profile-level-id"];
      if (receive[kind].some(same)) continue;
      receive[kind].push(v.payloadType >= firstDynamic ? { ...v, payloadType: dynamic++ } : v);
    }
  }
  const h239 = readH239Capabilities(set);
  const presentation: Codec[] = [];
  if (h239.control)
    for (const ext of h239.presentation) {
      if (!ext.h264) continue;
      const generic: H245.VideoCapability = {
        choice: "genericVideoCapability",
        value: h264GenericCapability(ext.h264),
      };
      const codec = codecOfCapability({ kind: "video", video: generic }, dynamic);
      if (!codec) continue;
      // H.241 §8.3 as for the main video: the packetization modes the set names.
      for (const m of h264Modes) {
        const v = m === 0 ? codec : withPacketizationMode(codec, m);
        if (presentation.some((p) => sameFormat(p, v))) continue;
        presentation.push({ ...v, payloadType: dynamic++ });
      }
    }
  return {
    names,
    h239Control: h239.control,
    presentation,
    receive: (["audio", "video"] as const)
      .filter((k) => receive[k].length > 0)
      .map((k) => ({ kind: k, codecs: receive[k] })),
  };
}

function capabilityKind(
  c: H245.Capability,
): [MediaKindAV | undefined, string | undefined, "receive" | "transmit" | "receive and transmit"] {
  switch (c.choice) {
    case "receiveAudioCapability":
      return ["audio", describeAudio(c.value), "receive"];
    case "transmitAudioCapability":
      return ["audio", describeAudio(c.value), "transmit"];
    case "receiveAndTransmitAudioCapability":
      return ["audio", describeAudio(c.value), "receive and transmit"];
    case "receiveVideoCapability":
      return ["video", describeVideo(c.value), "receive"];
    case "transmitVideoCapability":
      return ["video", describeVideo(c.value), "transmit"];
    case "receiveAndTransmitVideoCapability":
      return ["video", describeVideo(c.value), "receive and transmit"];
    case "genericControlCapability": {
      const id = c.value.capabilityIdentifier;
      const h239 = id.choice === "standard" && id.value === H239_CONTROL_CAPABILITY_ID;
      return [undefined, h239 ? "H.239 control" : undefined, "receive"];
    }
    default:
      return [undefined, undefined, "receive"];
  }
}
