import type { Check, CheckStatus, SipMessageRecord } from "./model.js";

/** An SDP body found in a recorded SIP message. */
export interface RecordedSdp {
  readonly text: string;
  readonly direction: SipMessageRecord["direction"];
  readonly firstLine: string;
}

/** The body of a SIP message when it is an SDP (RFC 4566 §5: it starts with "v="). */
export function sdpBody(message: string): string | undefined {
  const m = /\r?\n\r?\n/.exec(message);
  if (!m) return undefined;
  const body = message.slice(m.index + m[0].length);
  return /^v=/.test(body) ? body : undefined;
}

/**
 * The offer and the answer of the first offer/answer exchange (RFC 3264 §4): the first message
 * carrying SDP, then the first one carrying SDP in the other direction.
 */
export function sdpPair(sip: readonly SipMessageRecord[]): { offer?: RecordedSdp; answer?: RecordedSdp } {
  let offer: RecordedSdp | undefined;
  for (const m of sip) {
    const text = m.message === undefined ? undefined : sdpBody(m.message);
    if (text === undefined) continue;
    const found = { text, direction: m.direction, firstLine: m.firstLine };
    if (!offer) offer = found;
    else if (m.direction !== offer.direction) return { offer, answer: found };
  }
  return offer ? { offer } : {};
}

const RANK: Record<CheckStatus, number> = { fail: 4, warn: 3, inconclusive: 2, pass: 1, "not-tested": 0 };

/** A line of an SDP or SIP message, and the checks whose verdict it decided (worst status first). */
export interface MarkedLine {
  readonly line: string;
  readonly status?: CheckStatus;
  readonly checks: readonly string[];
}

/** Marks each line that a check names in its `lines` (compared without surrounding blanks). */
export function markLines(text: string, checks: readonly Check[]): MarkedLine[] {
  const byLine = new Map<string, Check[]>();
  for (const c of checks) {
    for (const l of c.lines ?? []) {
      const key = l.trim();
      byLine.set(key, [...(byLine.get(key) ?? []), c]);
    }
  }
  const lines = text.replace(/\r?\n$/, "").split(/\r?\n/);
  return lines.map((line) => {
    const deciding = (byLine.get(line.trim()) ?? []).filter((c) => c.status !== "not-tested");
    if (deciding.length === 0) return { line, checks: [] };
    const worst = deciding.reduce((w, c) => (RANK[c.status] > RANK[w.status] ? c : w));
    return { line, status: worst.status, checks: deciding.map((c) => c.id) };
  });
}
