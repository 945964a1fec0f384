import type { Report } from "../../src/report/model.js";

/**
 * Replaces what differs between two otherwise equal runs — times, ports, ids, tags, SSRCs, keys —
 * by fixed values, so golden files compare only what a renderer decides. Pure: a new report.
 */
export function normaliseReport(r: Report): Report {
  return normaliseValue({ ...r, startedAt: "2000-01-01T00:00:00.000Z", durationMs: 12_345 }, "") as Report;
}

const ID_KEYS = /^(ssrc|confId|userId|callId|tag|branch)$/i;
const PORT_KEYS = /(^|[a-z])(port|Port)$/;

function normaliseValue(v: unknown, key: string): unknown {
  if (typeof v === "string") return normaliseText(v);
  if (typeof v === "number") {
    if (key === "atMs") return 0;
    if (ID_KEYS.test(key)) return 1234;
    if (PORT_KEYS.test(key)) return 40000;
    return v;
  }
  if (Array.isArray(v)) return v.map((x) => normaliseValue(x, key));
  if (v !== null && typeof v === "object") {
    if (key === "snapshots") return v; // pictures are fixture data, not run data
    const out: Record<string, unknown> = {};
    for (const [k, x] of Object.entries(v)) out[normaliseText(k)] = normaliseValue(x, k);
    return out;
  }
  return v;
}

/** Volatile parts of text: SIP tags, branches, Call-IDs, ports, SDES keys, SDP origin ids, ISO times. */
export function normaliseText(s: string): string {
  return s
    .replace(/\b\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z/g, "2000-01-01T00:00:00.000Z")
    .replace(/\b(127\.0\.0\.1|192\.168\.\d+\.\d+|\[::1\]):\d{2,5}\b/g, "$1:PORT")
    .replace(/;tag=[^;>\s]+/g, ";tag=TAG")
    .replace(/;branch=[^;>\s]+/g, ";branch=z9hG4bK-BRANCH")
    .replace(/^(Call-ID|i):.*$/gim, "$1: CALL-ID")
    .replace(/inline:[A-Za-z0-9+/=]+(\|[^\s]+)?/g, "inline:KEY")
    .replace(/^(m=\w+) \d+/gm, "$1 PORT")
    .replace(/^a=rtcp:\d+/gm, "a=rtcp:PORT")
    .replace(/^(o=\S+) \d+ \d+/gm, "$1 1 1")
    .replace(/^a=ssrc:\d+/gm, "a=ssrc:SSRC")
    .replace(/^a=(confid|userid):\d+/gm, "a=$1:ID");
}
