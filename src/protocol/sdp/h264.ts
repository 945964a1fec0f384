/**
 * RFC 6184 §8.1 profile-level-id: three octets profile_idc, profile-iop (constraint flags), level_idc.
 * Absent, it defaults to 42000A (Baseline, level 1).
 */
export interface H264ProfileLevel {
  readonly profileIdc: number;
  readonly profileIop: number;
  readonly levelIdc: number;
}

export const DEFAULT_PROFILE_LEVEL_ID = "42000a";

export function parseProfileLevelId(text: string | undefined): H264ProfileLevel | undefined {
  const t = text ?? DEFAULT_PROFILE_LEVEL_ID;
  if (!/^[0-9a-fA-F]{6}$/.test(t)) return undefined;
  const n = Number.parseInt(t, 16);
  return { profileIdc: n >> 16, profileIop: (n >> 8) & 0xff, levelIdc: n & 0xff };
}

export function formatProfileLevelId(p: H264ProfileLevel): string {
  return [p.profileIdc, p.profileIop, p.levelIdc].map((b) => b.toString(16).padStart(2, "0")).join("");
}

/**
 * Level order for comparison. RFC 6184 §8.1: level 1b is level_idc 11 with constraint_set3 set in
 * Baseline/Main/Extended, and sits between 1 (10) and 1.1 (11).
 */
export function levelRank(p: H264ProfileLevel): number {
  const isLevel1b =
    p.levelIdc === 9 ||
    (p.levelIdc === 11 && (p.profileIop & 0x10) !== 0 && [66, 77, 88].includes(p.profileIdc));
  return isLevel1b ? 10.5 : p.levelIdc;
}

/** RFC 6184 §8.1: packetization-mode defaults to 0 (single NAL unit mode). */
export function packetizationMode(fmtp: Readonly<Record<string, string>>): number {
  const v = fmtp["packetization-mode"];
  return v === undefined || v === "" ? 0 : Number(v);
}

/**
 * RFC 6184 §8.2.2: in an answer without level-asymmetry-allowed the level must not exceed the
 * offered one; we answer with the lower of the offered level and the highest level we support,
 * keeping the offered profile and constraint flags so the profile stays compatible.
 */
export function answerProfileLevel(offered: H264ProfileLevel, maxLevelIdc: number): H264ProfileLevel {
  if (levelRank(offered) <= maxLevelIdc) return offered;
  return { profileIdc: offered.profileIdc, profileIop: offered.profileIop & ~0x10, levelIdc: maxLevelIdc };
}
