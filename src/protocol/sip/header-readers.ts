import { ParseError } from "../parse-error.js";
import { canonicalHeaderName, headerFieldValues, type SipMessageHead } from "./message-head.js";
import { type MinSe, parseMinSe, parseSessionExpires, type SessionExpires } from "./session-timer.js";

/**
 * The one place a SIP header the rest of the code needs is read: Call-ID, CSeq, Session-Expires
 * and Min-SE. Strict readers throw ParseError naming the field (for routing, where a message
 * without them cannot go on); lenient readers return undefined for an absent or unreadable value
 * (for evidence and recording, where a bad message is still shown and graded by its own check).
 */

/** RFC 3261 §20.8: Call-ID (compact form "i"), trimmed; undefined when absent or empty. */
export function callIdOf(head: SipMessageHead): string | undefined {
  const v = headerFieldValues(head, "call-id")[0]?.trim();
  return v ? v : undefined;
}

/**
 * RFC 3261 §20.20: the URI of the From field (compact form "f"), lenient: the part inside <...>,
 * or the addr-spec before its parameters; undefined when absent.
 */
export function fromUriOf(head: SipMessageHead): string | undefined {
  const v = headerFieldValues(head, "from")[0]?.trim();
  if (!v) return undefined;
  const lt = v.indexOf("<");
  const gt = v.indexOf(">", lt + 1);
  return lt >= 0 && gt > lt ? v.slice(lt + 1, gt) : v.split(";")[0]!.trim();
}

/** Call-ID, required (RFC 3261 §8.1.1: every request and response carries one). */
export function requireCallId(head: SipMessageHead): string {
  const v = callIdOf(head);
  if (v === undefined) throw new ParseError("SIP", "call-id", -1, "missing call-id header");
  return v;
}

/**
 * Call-ID of a raw message that may not parse as a whole (a record of the wire keeps those too):
 * the first Call-ID header line of the head, long or compact form. RFC 3261 §7.3.1: the head
 * ends at the first empty line.
 */
export function callIdInText(text: string): string | undefined {
  const end = text.search(/\r?\n\r?\n/);
  const head = end < 0 ? text : text.slice(0, end);
  for (const line of head.split(/\r?\n/).slice(1)) {
    const colon = line.indexOf(":");
    if (colon <= 0 || canonicalHeaderName(line.slice(0, colon).trim()) !== "call-id") continue;
    const value = /^[ \t]*(\S+)/.exec(line.slice(colon + 1))?.[1];
    if (value) return value;
  }
  return undefined;
}

export interface CSeq {
  /** The sequence number; undefined when it is not 1*DIGIT (still read for the method). */
  readonly seq?: number;
  /** The method, upper-cased (what a response answers). */
  readonly method: string;
}

/**
 * RFC 3261 §20.16: `CSeq = "CSeq" HCOLON 1*DIGIT LWS Method`, read leniently: a method after a
 * malformed number is still the method a response answers.
 */
export function cseqOf(head: SipMessageHead): CSeq | undefined {
  const v = headerFieldValues(head, "cseq")[0];
  const m = v ? /^\s*(\S+)\s+(\S+)/.exec(v) : null;
  if (!m) return undefined;
  const seq = /^\d{1,10}$/.test(m[1]!) ? Number(m[1]) : undefined;
  return { ...(seq !== undefined ? { seq } : {}), method: m[2]!.toUpperCase() };
}

/** A Session-Expires value (RFC 4028 §4) read leniently: absent or unreadable is undefined. */
export function sessionExpiresLenient(text: string | undefined): SessionExpires | undefined {
  return lenient(text, parseSessionExpires);
}

/** A Min-SE value (RFC 4028 §5) read leniently: absent or unreadable is undefined. */
export function minSeLenient(text: string | undefined): MinSe | undefined {
  return lenient(text, parseMinSe);
}

function lenient<T>(text: string | undefined, parse: (text: string) => T): T | undefined {
  if (text === undefined || text.trim() === "") return undefined;
  try {
    return parse(text);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return undefined;
  }
}
