import type { H245 } from "../asn1/index.js";
import { H241Level, H241ProfileBit, ourCapabilitySet } from "../h245/terminal-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import {
  codecOfCapability,
  dataTypeOfCodec,
  describeAudio,
  describeVideo,
  H264_MAX_BIT_RATE,
  type MediaKindAV,
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

/** Our capability set (sequence number left to the exchange). */
export function capabilitySetOf(
  streams: readonly KindCodecs[],
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
  return {
    ...base,
    capabilityTable: table,
    capabilityDescriptors: [{ capabilityDescriptorNumber: 0, simultaneousCapabilities: alternatives }],
  };
}

export interface RemoteCapabilities {
  /** Every table entry named ("G.711 µ-law receive", "H.264 Baseline level 1.3 receive"...). */
  readonly names: readonly string[];
  /** What the far end can receive, as SDP codecs (H.264 numbered from `firstDynamic`). */
  readonly receive: readonly KindCodecs[];
}

/** Reads the far end's TerminalCapabilitySet. */
export function readCapabilitySet(set: H245.TerminalCapabilitySet, firstDynamic = 96): RemoteCapabilities {
  const names: string[] = [];
  const receive: Record<MediaKindAV, Codec[]> = { audio: [], video: [] };
  let dynamic = firstDynamic;
  for (const entry of set.capabilityTable ?? []) {
    const c = entry.capability;
    if (c === undefined) continue;
    const [kind, what, direction] = capabilityKind(c);
    names.push(what === undefined ? c.choice : `${what} ${direction}`);
    if (kind === undefined || direction === "transmit") continue;
    const codec = codecOfCapability(
      kind === "audio"
        ? { kind, audio: c.value as H245.AudioCapability }
        : { kind, video: c.value as H245.VideoCapability },
      dynamic,
    );
    if (codec === undefined || receive[kind].some((x) => JSON.stringify(x) === JSON.stringify(codec)))
      continue;
    if (codec.payloadType === dynamic) dynamic++;
    receive[kind].push(codec);
  }
  return {
    names,
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
    default:
      return [undefined, undefined, "receive"];
  }
}
