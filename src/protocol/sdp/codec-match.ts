import type { CodecCapability, LocalCapabilities } from "./capabilities.js";
import { type Codec, sameCodecName } from "./codec.js";
import { answerProfileLevel, formatProfileLevelId, packetizationMode, parseProfileLevelId } from "./h264.js";
import type { DescribedCodec } from "./media-section.js";

/** A codec of the offer we can use, and what we answer for it (offerer's payload type kept). */
export interface CodecMatch {
  readonly offered: DescribedCodec;
  readonly answer: Codec;
}

function sameFormat(offered: Codec, cap: CodecCapability): boolean {
  return (
    sameCodecName(offered.name, cap.name) &&
    offered.clockRate === cap.clockRate &&
    offered.channels === (cap.channels ?? 1)
  );
}

/**
 * Whether `offered` is a payload format we receive and send, per `local`.
 * H.264 (RFC 6184 §8.2.2): packetization-mode must equal one we support; the profile must be one
 * we accept; the answered level is the lower of the offered one and our maximum.
 */
export function matchCodec(
  offered: DescribedCodec,
  kind: "audio" | "video",
  local: LocalCapabilities,
): CodecMatch | undefined {
  const caps = (kind === "audio" ? local.audio : local.video).filter((c) => !c.disabled);
  for (const cap of caps) {
    if (!sameFormat(offered, cap)) continue;
    if (sameCodecName(cap.name, "H264")) {
      if (packetizationMode(offered.fmtp) !== packetizationMode(cap.fmtp ?? {})) continue;
      const pl = parseProfileLevelId(offered.fmtp["profile-level-id"]);
      if (!pl || !local.h264Profiles.includes(pl.profileIdc)) continue;
      const answered = answerProfileLevel(pl, local.h264MaxLevel);
      const fmtp: Record<string, string> = {
        "profile-level-id": formatProfileLevelId(answered),
        "packetization-mode": String(packetizationMode(offered.fmtp)),
      };
      return { offered, answer: { ...baseOf(offered), fmtp } };
    }
    return { offered, answer: { ...baseOf(offered), fmtp: { ...(cap.fmtp ?? {}) } } };
  }
  return undefined;
}

function baseOf(c: Codec): Omit<Codec, "fmtp"> {
  return { payloadType: c.payloadType, name: c.name, clockRate: c.clockRate, channels: c.channels };
}

/** Why none of the offered codecs matched, in words (names the codecs offered). */
export function noCodecReason(
  offered: readonly DescribedCodec[],
  kind: string,
  local: LocalCapabilities,
): string {
  if (offered.length === 0) return `no usable ${kind} payload format offered`;
  const names = [...new Set(offered.map((c) => c.name))].join(", ");
  const known = (kind === "audio" ? local.audio : local.video).filter((c) => c.disabled).map((c) => c.name);
  const onlyKnown = offered.every((c) => known.some((k) => sameCodecName(k, c.name)));
  if (kind === "video" && offered.some((c) => sameCodecName(c.name, "H264"))) {
    return `H.264 offered with parameters we do not support (${describeH264(offered)})`;
  }
  return onlyKnown
    ? `only ${names} offered, which we recognise but do not accept (H.264 required)`
    : `no supported ${kind} codec among ${names}`;
}

function describeH264(offered: readonly DescribedCodec[]): string {
  return offered
    .filter((c) => sameCodecName(c.name, "H264"))
    .map(
      (c) =>
        `PT ${c.payloadType} profile-level-id=${c.fmtp["profile-level-id"] ?? "absent"} packetization-mode=${packetizationMode(c.fmtp)}`,
    )
    .join("; ");
}

/**
 * RFC 4733 §2.4.1: telephone-event uses the clock of the audio codec it accompanies; pick the
 * offered one with that rate (falling back to the first offered) if we support its rate.
 */
export function matchTelephoneEvent(
  offered: readonly DescribedCodec[],
  audioClock: number,
  local: LocalCapabilities,
): DescribedCodec | undefined {
  const events = offered.filter((c) => sameCodecName(c.name, "telephone-event"));
  const supported = events.filter((e) => local.telephoneEvent.some((t) => t.clockRate === e.clockRate));
  return supported.find((e) => e.clockRate === audioClock) ?? supported[0];
}
