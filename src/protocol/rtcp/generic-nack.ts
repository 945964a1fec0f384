import { ParseError } from "../parse-error.js";
import { seqAdd, seqDelta } from "../rtp/sequence.js";
import type { SequenceNumber } from "../rtp/types.js";
import { feedbackBody, parseFeedbackHeader } from "./feedback-header.js";
import type { GenericNack, NackItem } from "./rtcp-types.js";

/** RFC 4585 §6.2: RTPFB (PT 205) with FMT 1 is Generic NACK. */
export const NACK_FMT = 1;
const FORMAT = "RTCP NACK";

/*
 * RFC 4585 §6.2.1 Generic NACK FCI (4 octets each)
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |            PID                |             BLP               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * PID is a lost packet's sequence number; bit i of BLP (least significant first) reports
 * PID + i + 1 lost as well.
 */
export function parseGenericNack(body: Uint8Array, base: number): GenericNack {
  const h = parseFeedbackHeader(body, base, FORMAT);
  if (h.fci.length === 0 || h.fci.length % 4 !== 0) {
    throw new ParseError(
      FORMAT,
      "fci",
      base + 8,
      `FCI is ${h.fci.length} octets, needs a positive multiple of 4`,
    );
  }
  const v = new DataView(h.fci.buffer, h.fci.byteOffset, h.fci.byteLength);
  const items: NackItem[] = [];
  for (let at = 0; at < h.fci.length; at += 4) items.push({ pid: v.getUint16(at), blp: v.getUint16(at + 2) });
  return { type: "nack", senderSsrc: h.senderSsrc, mediaSsrc: h.mediaSsrc, items };
}

export function serializeGenericNack(p: GenericNack): { count: number; body: Uint8Array } {
  const body = feedbackBody(p.senderSsrc, p.mediaSsrc, p.items.length * 4);
  const v = new DataView(body.buffer);
  p.items.forEach((it, i) => {
    v.setUint16(8 + i * 4, it.pid & 0xffff);
    v.setUint16(8 + i * 4 + 2, it.blp & 0xffff);
  });
  return { count: NACK_FMT, body };
}

/** Every sequence number a NACK reports lost, in FCI order. */
export function nackedSequences(p: GenericNack): SequenceNumber[] {
  const out: SequenceNumber[] = [];
  for (const { pid, blp } of p.items) {
    out.push(seqAdd(pid, 0));
    for (let bit = 0; bit < 16; bit++) if (blp & (1 << bit)) out.push(seqAdd(pid, bit + 1));
  }
  return out;
}

/** Packs lost sequence numbers (any order, wrap-aware) into the fewest PID/BLP items. */
export function nackItemsFor(lost: readonly number[]): NackItem[] {
  const sorted = [...new Set(lost.map((s) => s & 0xffff))];
  if (sorted.length === 0) return [];
  const first = sorted[0]!;
  sorted.sort((a, b) => seqDelta(a, first) - seqDelta(b, first));
  const items: NackItem[] = [];
  let pid = sorted[0]!;
  let blp = 0;
  for (const s of sorted.slice(1)) {
    const d = seqDelta(s, pid);
    if (d >= 1 && d <= 16) {
      blp |= 1 << (d - 1);
    } else {
      items.push({ pid, blp });
      pid = s;
      blp = 0;
    }
  }
  items.push({ pid, blp });
  return items;
}
