import { H241Level, H241ProfileBit, type H264Capability } from "../h245/terminal-capabilities.js";
import { type H264ProfileLevel, levelRank } from "../sdp/h264.js";

// H.264 profile and level between SDP (RFC 6184 §8.1 profile-level-id: profile_idc,
// profile-iop, level_idc) and H.245 (H.241 §8.3.2.1 Profile booleanArray, §8.3.2.2 Level).

/** H.241 §8.3.2.1 Table 8-3: profile_idc of each Profile bit. */
const PROFILE_IDC: readonly (readonly [bit: number, idc: number])[] = [
  [H241ProfileBit.baseline, 66],
  [H241ProfileBit.main, 77],
  [H241ProfileBit.extended, 88],
  [H241ProfileBit.high, 100],
];

/** H.241 §8.3.2.2 Table 8-4: level_idc of each Level value ("1b" is level_idc 11 with constraint_set3). */
const LEVEL_IDC: Readonly<Record<string, number>> = {
  "1": 10,
  "1b": 11,
  "1.1": 11,
  "1.2": 12,
  "1.3": 13,
  "2": 20,
  "2.1": 21,
  "2.2": 22,
  "3": 30,
  "3.1": 31,
  "3.2": 32,
  "4": 40,
  "4.1": 41,
  "4.2": 42,
  "5": 50,
  "5.1": 51,
};

/** The H.241 Level value of an SDP profile-level-id (the nearest level not above it). */
export function h241LevelOf(p: H264ProfileLevel): number {
  const rank = levelRank(p);
  if (rank === 10.5) return H241Level["1b"]!;
  let best = H241Level["1"]!;
  for (const [name, idc] of Object.entries(LEVEL_IDC)) {
    if (name !== "1b" && idc <= rank) best = Math.max(best, H241Level[name]!);
  }
  return best;
}

/** The H.241 Profile bit of a profile_idc (Baseline when unknown: every H.264 decoder takes it). */
export function h241ProfileOf(profileIdc: number): number {
  return PROFILE_IDC.find(([, idc]) => idc === profileIdc)?.[0] ?? H241ProfileBit.baseline;
}

/** H.241 capability of an SDP profile-level-id; maxBitRate in 100 bit/s units. */
export function h264CapabilityOf(p: H264ProfileLevel, maxBitRate: number): H264Capability {
  return { profile: h241ProfileOf(p.profileIdc), level: h241LevelOf(p), maxBitRate };
}

/**
 * The SDP profile-level-id of an H.241 capability: the most capable profile among its bits
 * that we name, the level's level_idc (an unknown Level value: the highest level not above it).
 * Baseline is written constrained (constraint_set0..2, profile-iop 0xe0), as H.323 video
 * endpoints encode it.
 */
export function profileLevelOf(c: Pick<H264Capability, "profile" | "level">): H264ProfileLevel {
  const bits = PROFILE_IDC.filter(([bit]) => (c.profile & bit) !== 0);
  const profileIdc = bits.length > 0 ? bits[bits.length - 1]![1] : 66;
  let name = "1";
  for (const [n, v] of Object.entries(H241Level)) if (v <= c.level && v >= H241Level[name]!) name = n;
  // RFC 6184 §8.1: level 1b is level_idc 11 with constraint_set3 in Baseline, Main and
  // Extended, and level_idc 9 in the High profiles.
  const oneB = name === "1b";
  const constrained = [66, 77, 88].includes(profileIdc);
  const levelIdc = oneB && !constrained ? 9 : LEVEL_IDC[name]!;
  const profileIop = (profileIdc === 66 ? 0xe0 : 0) | (oneB && constrained ? 0x10 : 0);
  return { profileIdc, profileIop, levelIdc };
}
