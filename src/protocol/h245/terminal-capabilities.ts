import type { H245 } from "../asn1/index.js";

// The capabilities we declare in TerminalCapabilitySet (H.245 §8.3, H.323 §6.2.8): G.711
// A-law and µ-law, G.722 (audio, H.245 AudioCapability), and H.264 as an H.241 §8.3 generic
// video capability with its profile and level; one capability descriptor saying any one audio
// and any one video capability may run at the same time.

/** H.241 §8.3.1: the capability identifier of H.264. */
export const H264_CAPABILITY_ID = "0.0.8.241.0.0.1";
/** H.241 §8.3.2.1-8.3.2.2: the collapsing parameter identifiers Profile and Level. */
export const H241_PROFILE = 41;
export const H241_LEVEL = 42;
/** H.241 §8.3.2.1: the Profile booleanArray bits. */
export const H241ProfileBit = { baseline: 64, main: 32, extended: 16, high: 8 } as const;
/** H.241 §8.3.2.2: Level parameter values for H.264 levels (level 1.3 is 36, 3.1 is 71...). */
export const H241Level: Readonly<Record<string, number>> = {
  "1": 15,
  "1b": 19,
  "1.1": 22,
  "1.2": 29,
  "1.3": 36,
  "2": 43,
  "2.1": 50,
  "2.2": 57,
  "3": 64,
  "3.1": 71,
  "3.2": 78,
  "4": 85,
  "4.1": 92,
  "4.2": 99,
  "5": 106,
  "5.1": 113,
};

export interface H264Capability {
  /** H241ProfileBit values or'ed together. */
  readonly profile: number;
  /** An H241Level value. */
  readonly level: number;
  /** maxBitRate in units of 100 bit/s (H.245 GenericCapability). */
  readonly maxBitRate: number;
}

/** H.241 §8.3: H.264 as a generic video capability. */
export function h264GenericCapability(c: H264Capability): H245.GenericCapability {
  return {
    capabilityIdentifier: { choice: "standard", value: H264_CAPABILITY_ID },
    maxBitRate: c.maxBitRate,
    collapsing: [
      {
        parameterIdentifier: { choice: "standard", value: H241_PROFILE },
        parameterValue: { choice: "booleanArray", value: c.profile },
      },
      {
        parameterIdentifier: { choice: "standard", value: H241_LEVEL },
        parameterValue: { choice: "unsignedMin", value: c.level },
      },
    ],
  };
}

/** Reads profile and level back from an H.241 generic capability; undefined when it is not H.264. */
export function readH264Capability(g: H245.GenericCapability): H264Capability | undefined {
  if (g.capabilityIdentifier.choice !== "standard" || g.capabilityIdentifier.value !== H264_CAPABILITY_ID)
    return undefined;
  let profile: number | undefined;
  let level: number | undefined;
  for (const p of g.collapsing ?? []) {
    if (p.parameterIdentifier.choice !== "standard") continue;
    const v = p.parameterValue;
    if (p.parameterIdentifier.value === H241_PROFILE && v.choice === "booleanArray") profile = v.value;
    if (p.parameterIdentifier.value === H241_LEVEL && v.choice === "unsignedMin") level = v.value;
  }
  if (profile === undefined || level === undefined) return undefined;
  return { profile, level, maxBitRate: g.maxBitRate ?? 0 };
}

/** H.245 §7.2.2.1 / H.323: the protocolIdentifier of H.245 version 7, which our peers accept. */
export const H245_PROTOCOL_IDENTIFIER = "0.0.8.245.0.7";

export interface CapabilitySetOptions {
  readonly h264: H264Capability;
  /** Audio frames per packet in ms (G.711 and G.722 count milliseconds here). */
  readonly audioFrames?: number;
}

/**
 * Our TerminalCapabilitySet (sequence number added by the exchange): table entries 1-3 audio
 * receive capabilities (G.722, G.711 A-law, G.711 µ-law, in our order of preference), 4 H.264
 * receive; descriptor 0: {1,2,3} and {4} simultaneously (H.245 §8.3.1).
 */
export function ourCapabilitySet(
  o: CapabilitySetOptions,
): Omit<H245.TerminalCapabilitySet, "sequenceNumber"> {
  const frames = o.audioFrames ?? 20;
  const audio: H245.AudioCapability[] = [
    { choice: "g722-64k", value: frames },
    { choice: "g711Alaw64k", value: frames },
    { choice: "g711Ulaw64k", value: frames },
  ];
  return {
    protocolIdentifier: H245_PROTOCOL_IDENTIFIER,
    multiplexCapability: {
      choice: "h2250Capability",
      value: {
        maximumAudioDelayJitter: 250,
        receiveMultipointCapability: noMultipoint(),
        transmitMultipointCapability: noMultipoint(),
        receiveAndTransmitMultipointCapability: noMultipoint(),
        mcCapability: { centralizedConferenceMC: false, decentralizedConferenceMC: false },
        rtcpVideoControlCapability: false,
        mediaPacketizationCapability: { h261aVideoPacketization: false },
      },
    },
    capabilityTable: [
      ...audio.map((a, i) => ({
        capabilityTableEntryNumber: i + 1,
        capability: { choice: "receiveAudioCapability", value: a } as H245.Capability,
      })),
      {
        capabilityTableEntryNumber: 4,
        capability: {
          choice: "receiveVideoCapability",
          value: { choice: "genericVideoCapability", value: h264GenericCapability(o.h264) },
        },
      },
    ],
    capabilityDescriptors: [{ capabilityDescriptorNumber: 0, simultaneousCapabilities: [[1, 2, 3], [4]] }],
  };
}

/** A point-to-point terminal (H.245 MultipointCapability): no multicast, no distribution. */
function noMultipoint(): H245.MultipointCapability {
  return {
    multicastCapability: false,
    multiUniCastConference: false,
    mediaDistributionCapability: [
      {
        centralizedControl: false,
        distributedControl: false,
        centralizedAudio: false,
        distributedAudio: false,
        centralizedVideo: false,
        distributedVideo: false,
      },
    ],
  };
}
