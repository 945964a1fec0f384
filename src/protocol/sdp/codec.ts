/** An RTP payload format as described by a=rtpmap / a=fmtp (RFC 8866 §6.6, §6.15). */
export interface Codec {
  readonly payloadType: number;
  /** Encoding name as written (case kept); compare with `sameCodecName`. */
  readonly name: string;
  readonly clockRate: number;
  /** Audio channels (RFC 8866 §6.6 "encoding parameters"), 1 when absent. */
  readonly channels: number;
  /** Format parameters, keys lower-cased (RFC 6184 and friends treat them case-insensitively). */
  readonly fmtp: Readonly<Record<string, string>>;
}

/** RFC 3551 §6 Table 4 and 5: static payload types, used when an offer omits a=rtpmap. */
export const STATIC_PAYLOAD_TYPES: Readonly<
  Record<number, { name: string; clockRate: number; channels?: number }>
> = {
  0: { name: "PCMU", clockRate: 8000 },
  3: { name: "GSM", clockRate: 8000 },
  4: { name: "G723", clockRate: 8000 },
  5: { name: "DVI4", clockRate: 8000 },
  6: { name: "DVI4", clockRate: 16000 },
  7: { name: "LPC", clockRate: 8000 },
  8: { name: "PCMA", clockRate: 8000 },
  // RFC 3551 §4.5.2: G.722 samples at 16 kHz but its RTP clock is 8000 "for historical reasons".
  9: { name: "G722", clockRate: 8000 },
  10: { name: "L16", clockRate: 44100, channels: 2 },
  11: { name: "L16", clockRate: 44100 },
  12: { name: "QCELP", clockRate: 8000 },
  13: { name: "CN", clockRate: 8000 },
  14: { name: "MPA", clockRate: 90000 },
  15: { name: "G728", clockRate: 8000 },
  18: { name: "G729", clockRate: 8000 },
  25: { name: "CelB", clockRate: 90000 },
  26: { name: "JPEG", clockRate: 90000 },
  28: { name: "nv", clockRate: 90000 },
  31: { name: "H261", clockRate: 90000 },
  32: { name: "MPV", clockRate: 90000 },
  33: { name: "MP2T", clockRate: 90000 },
  34: { name: "H263", clockRate: 90000 },
};

export function sameCodecName(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/**
 * Parses an a=fmtp parameter string. Real equipment separates with ";" or "; " or spaces
 * (Polycom, Huawei), and writes bare tokens ("0-15" for telephone-event): those get an empty key.
 */
export function parseFmtp(config: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const raw of config.split(/[;\s]+/)) {
    if (raw === "") continue;
    const eq = raw.indexOf("=");
    if (eq < 0) {
      out[""] = out[""] === undefined ? raw : `${out[""]};${raw}`;
      continue;
    }
    const key = raw.slice(0, eq).toLowerCase();
    if (!(key in out)) out[key] = raw.slice(eq + 1);
  }
  return out;
}

/** Formats fmtp parameters as `k=v;k=v` (a bare value under the empty key is written alone). */
export function formatFmtp(fmtp: Readonly<Record<string, string>>): string {
  return Object.entries(fmtp)
    .map(([k, v]) => (k === "" ? v : `${k}=${v}`))
    .join(";");
}

/** `name/rate[/channels]` as written in a=rtpmap. */
export function rtpmapValue(c: Pick<Codec, "name" | "clockRate" | "channels">): string {
  return c.channels > 1 ? `${c.name}/${c.clockRate}/${c.channels}` : `${c.name}/${c.clockRate}`;
}
