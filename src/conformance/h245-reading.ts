import type { H245 } from "../protocol/asn1/index.js";
import { plainDataType } from "../protocol/h235/h245-security.js";
import { H241_LEVEL, H241_PROFILE, H264_CAPABILITY_ID } from "../protocol/h245/terminal-capabilities.js";
import type { H241Evidence, H245CapabilityEvidence, H245MediaKind } from "./h323-evidence.js";

// H.245 capabilities and data types read for grading: what medium, which codec by name, and
// H.264's H.241 parameters. Every alternative a vendor may send gets a name, the unknown ones
// by their ASN.1 choice.

/** H.241 §8.3.2.3-8.3.2.4: CustomMaxMBPS (units of 500 MB/s) and CustomMaxFS (units of 256 MBs). */
export const H241_CUSTOM_MAX_MBPS = 3;
export const H241_CUSTOM_MAX_FS = 4;
/** H.239 §7.2: the capability identifiers of H.239 start with this OID (0.0.8.239.1.1, ...). */
const H239_OID_PREFIX = "0.0.8.239.";

const AUDIO_NAMES: Readonly<Record<string, string>> = {
  g711Alaw64k: "G.711 A-law",
  g711Alaw56k: "G.711 A-law 56k",
  g711Ulaw64k: "G.711 µ-law",
  g711Ulaw56k: "G.711 µ-law 56k",
  "g722-64k": "G.722",
  "g722-56k": "G.722 56k",
  "g722-48k": "G.722 48k",
  g7231: "G.723.1",
  g728: "G.728",
  g729: "G.729",
  g729AnnexA: "G.729A",
};

const VIDEO_NAMES: Readonly<Record<string, string>> = {
  h261VideoCapability: "H.261",
  h262VideoCapability: "H.262",
  h263VideoCapability: "H.263",
  is11172VideoCapability: "MPEG-1 video",
};

/** H.241 §8.3: profile, level and custom limits of a generic capability; undefined when it is not H.264. */
export function readH241(g: H245.GenericCapability): H241Evidence | undefined {
  if (g.capabilityIdentifier.choice !== "standard" || g.capabilityIdentifier.value !== H264_CAPABILITY_ID)
    return undefined;
  const values = new Map<number, number>();
  for (const p of [...(g.collapsing ?? []), ...(g.nonCollapsing ?? [])]) {
    if (p.parameterIdentifier.choice !== "standard") continue;
    const v = p.parameterValue;
    if (v.choice === "booleanArray" || v.choice === "unsignedMin" || v.choice === "unsignedMax")
      values.set(p.parameterIdentifier.value, v.value);
  }
  const customMaxMbps = values.get(H241_CUSTOM_MAX_MBPS);
  const customMaxFs = values.get(H241_CUSTOM_MAX_FS);
  return {
    profile: values.get(H241_PROFILE) ?? 0,
    level: values.get(H241_LEVEL) ?? 0,
    ...(customMaxMbps !== undefined ? { customMaxMbps } : {}),
    ...(customMaxFs !== undefined ? { customMaxFs } : {}),
    ...(g.maxBitRate !== undefined ? { maxBitRate: g.maxBitRate } : {}),
  };
}

function genericName(g: H245.GenericCapability): string {
  const id = g.capabilityIdentifier;
  if (id.choice === "standard") {
    if (id.value === H264_CAPABILITY_ID) return "H.264";
    if (id.value.startsWith(H239_OID_PREFIX)) return "H.239";
    return `generic ${id.value}`;
  }
  return `generic ${id.choice}`;
}

export interface MediaReading {
  readonly media: H245MediaKind;
  readonly name: string;
  readonly h264?: H241Evidence;
}

export function readVideo(v: H245.VideoCapability): MediaReading {
  if (v.choice === "genericVideoCapability") {
    const h264 = readH241(v.value);
    return { media: "video", name: genericName(v.value), ...(h264 ? { h264 } : {}) };
  }
  if (v.choice === "extendedVideoCapability") return { media: "video", name: "H.239 extended video" };
  return { media: "video", name: VIDEO_NAMES[v.choice] ?? v.choice };
}

export function readAudio(a: H245.AudioCapability): MediaReading {
  if (a.choice === "genericAudioCapability") return { media: "audio", name: genericName(a.value) };
  return { media: "audio", name: AUDIO_NAMES[a.choice] ?? a.choice };
}

/** A logical channel's dataType (H.245 §8.4.1): the medium and codec it carries. */
export function readDataType(d: H245.DataType): MediaReading {
  switch (d.choice) {
    case "videoData":
      return readVideo(d.value);
    case "audioData":
      return readAudio(d.value);
    case "data":
      return { media: "data", name: "data" };
    case "h235Media": {
      // H.235.0 §8: an encrypted channel wraps its media type; the medium and codec are inside.
      const inner = readDataType(plainDataType(d));
      return { ...inner, name: `${inner.name} (H.235 encrypted)` };
    }
    default:
      return { media: "other", name: d.choice };
  }
}

const DIRECTIONS: readonly [RegExp, H245CapabilityEvidence["direction"]][] = [
  [/^receiveAndTransmit/, "receiveAndTransmit"],
  [/^receive/, "receive"],
  [/^transmit/, "transmit"],
];

/** One capability table entry (H.245 §8.3.2) read into its direction, medium and codec. */
export function readCapability(entry: number, c: H245.Capability): H245CapabilityEvidence {
  const direction = DIRECTIONS.find(([re]) => re.test(c.choice))?.[1] ?? "other";
  let reading: MediaReading;
  if (/VideoCapability$/.test(c.choice)) reading = readVideo(c.value as H245.VideoCapability);
  else if (/AudioCapability$/.test(c.choice)) reading = readAudio(c.value as H245.AudioCapability);
  else if (/DataApplicationCapability$/.test(c.choice)) reading = { media: "data", name: "data" };
  else if (c.choice === "genericControlCapability") reading = { media: "other", name: genericName(c.value) };
  else reading = { media: "other", name: c.choice };
  return { entry, direction, ...reading };
}

/** The endpoint's capability table (H.245 §8.3.2). */
export function readCapabilitySet(tcs: H245.TerminalCapabilitySet): H245CapabilityEvidence[] {
  return (tcs.capabilityTable ?? []).flatMap((e) =>
    e.capability ? [readCapability(e.capabilityTableEntryNumber, e.capability)] : [],
  );
}

/** The set announces H.235 security (H.235 §8: h235SecurityCapability entries). */
export function announcesH235(tcs: H245.TerminalCapabilitySet): boolean {
  return (tcs.capabilityTable ?? []).some((e) => e.capability?.choice === "h235SecurityCapability");
}
