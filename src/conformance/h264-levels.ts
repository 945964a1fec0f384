import { H241Level } from "../protocol/h245/terminal-capabilities.js";
import { profileLevelOf } from "../protocol/h323/h264-h241.js";
import { formatProfileLevelId, type H264ProfileLevel, parseProfileLevelId } from "../protocol/sdp/h264.js";

/**
 * ITU-T H.264 Table A-1: per level, the maximum macroblock processing rate (MaxMBPS, MB/s) and
 * frame size (MaxFS, macroblocks). Keyed by level_idc; level 1b is keyed 9 (see `levelOf`).
 */
const TABLE_A1: Readonly<
  Record<number, { readonly mbps: number; readonly fs: number; readonly name: string }>
> = {
  9: { mbps: 1485, fs: 99, name: "1b" },
  10: { mbps: 1485, fs: 99, name: "1" },
  11: { mbps: 3000, fs: 396, name: "1.1" },
  12: { mbps: 6000, fs: 396, name: "1.2" },
  13: { mbps: 11880, fs: 396, name: "1.3" },
  20: { mbps: 11880, fs: 396, name: "2" },
  21: { mbps: 19800, fs: 792, name: "2.1" },
  22: { mbps: 20250, fs: 1620, name: "2.2" },
  30: { mbps: 40500, fs: 1620, name: "3" },
  31: { mbps: 108000, fs: 3600, name: "3.1" },
  32: { mbps: 216000, fs: 5120, name: "3.2" },
  40: { mbps: 245760, fs: 8192, name: "4" },
  41: { mbps: 245760, fs: 8192, name: "4.1" },
  42: { mbps: 522240, fs: 8704, name: "4.2" },
  50: { mbps: 589824, fs: 22080, name: "5" },
  51: { mbps: 983040, fs: 36864, name: "5.1" },
  52: { mbps: 2073600, fs: 36864, name: "5.2" },
  60: { mbps: 4177920, fs: 139264, name: "6" },
  61: { mbps: 8355840, fs: 139264, name: "6.1" },
  62: { mbps: 16711680, fs: 139264, name: "6.2" },
};

/** 1280x720 is 80x45 macroblocks. */
export const MB_720P = 3600;
/** 720p at 30 frames per second. */
export const MBPS_720P30 = MB_720P * 30;

export interface H264Capability {
  readonly profileLevelId: string;
  readonly profile: H264ProfileLevel;
  /** Level name ("3.1"), or undefined for a level_idc that Table A-1 does not have. */
  readonly level: string | undefined;
  /** Effective limits: the level's, raised by max-fs / max-mbps (RFC 6184 §8.1). */
  readonly maxFs: number;
  readonly maxMbps: number;
}

const PROFILES: Readonly<Record<number, string>> = {
  66: "Baseline",
  77: "Main",
  88: "Extended",
  100: "High",
  110: "High 10",
  122: "High 4:2:2",
  244: "High 4:4:4",
};

export function profileName(p: H264ProfileLevel): string {
  if (p.profileIdc === 66 && (p.profileIop & 0x40) !== 0) return "Constrained Baseline";
  return PROFILES[p.profileIdc] ?? `profile_idc ${p.profileIdc}`;
}

/** RFC 6184 §8.1: level 1b is level_idc 11 with constraint_set3 in Baseline/Main/Extended. */
function levelKey(p: H264ProfileLevel): number {
  if (p.levelIdc === 11 && (p.profileIop & 0x10) !== 0 && [66, 77, 88].includes(p.profileIdc)) return 9;
  return p.levelIdc;
}

/** A positive integer fmtp value, or undefined. */
function positive(v: string | undefined): number | undefined {
  if (v === undefined || !/^\d{1,9}$/.test(v.trim())) return undefined;
  const n = Number(v.trim());
  return n > 0 ? n : undefined;
}

/**
 * What an H.264 payload format can carry. Undefined when profile-level-id is malformed; an absent
 * profile-level-id means 42000A (Baseline level 1, RFC 6184 §8.1).
 */
export function h264Capability(fmtp: Readonly<Record<string, string>>): H264Capability | undefined {
  const raw = fmtp["profile-level-id"];
  const profile = parseProfileLevelId(raw);
  if (!profile) return undefined;
  const row = TABLE_A1[levelKey(profile)];
  // RFC 6184 §8.1: max-mbps / max-fs signal capabilities above the level, never below it.
  const maxFs = Math.max(row?.fs ?? 0, positive(fmtp["max-fs"]) ?? 0);
  const maxMbps = Math.max(row?.mbps ?? 0, positive(fmtp["max-mbps"]) ?? 0);
  return { profileLevelId: (raw ?? "42000a").toLowerCase(), profile, level: row?.name, maxFs, maxMbps };
}

/** Whether the capability carries 720p at 30 frames per second. */
export function carries720p30(c: H264Capability): boolean {
  return c.maxFs >= MB_720P && c.maxMbps >= MBPS_720P30;
}

/** The largest 16:9 picture that fits `maxFs` macroblocks, as "WxH" (for advice). */
export function largest169(maxFs: number): string {
  let w = 0;
  for (let mbW = 1; mbW <= 512; mbW++) {
    const mbH = Math.floor((mbW * 9) / 16);
    if (mbH > 0 && mbW * mbH <= maxFs) w = mbW;
  }
  return `${w * 16}x${Math.floor((w * 9) / 16) * 16}`;
}

/** Macroblocks in a coded picture of width x height pixels. */
export function macroblocks(width: number, height: number): number {
  return Math.ceil(width / 16) * Math.ceil(height / 16);
}

/**
 * What an H.241 generic H.264 capability can carry: its Level (Table A-1), raised by
 * CustomMaxFS (units of 256 macroblocks, §8.3.2.4) and CustomMaxMBPS (units of 500 MB/s,
 * §8.3.2.3). Undefined for a Level value H.241 does not define.
 */
export function h241Capability(h: {
  readonly profile: number;
  readonly level: number;
  readonly customMaxFs?: number;
  readonly customMaxMbps?: number;
}): H264Capability | undefined {
  if (!Object.values(H241Level).includes(h.level)) return undefined;
  // The Profile bit names a profile, not its constraint flags: keep only level 1b's (0x10).
  const pl = profileLevelOf(h);
  return h264Capability({
    "profile-level-id": formatProfileLevelId({ ...pl, profileIop: pl.profileIop & 0x10 }),
    ...(h.customMaxFs ? { "max-fs": String(h.customMaxFs * 256) } : {}),
    ...(h.customMaxMbps ? { "max-mbps": String(h.customMaxMbps * 500) } : {}),
  });
}
