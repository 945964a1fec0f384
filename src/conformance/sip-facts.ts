import { ParseError } from "../protocol/parse-error.js";
import {
  canonicalHeaderName,
  headerFieldValues,
  type SipMessageHead,
  splitHeaderList,
} from "../protocol/sip/message-head.js";
import { parseVia, type Via } from "../protocol/sip/via.js";
import type { Evidence, SipMessageEvidence } from "./evidence.js";

/** The header lines of `name` as written on the wire ("Allow: INVITE,ACK"), for evidence. */
export function headerLines(head: SipMessageHead, name: string): string[] {
  const want = canonicalHeaderName(name);
  return head.headers.filter((h) => canonicalHeaderName(h.name) === want).map((h) => `${h.name}: ${h.value}`);
}

/** Every element of a list header, split on commas (Allow, Supported, Via). */
export function headerList(head: SipMessageHead, name: string): string[] {
  return headerFieldValues(head, name).flatMap((v) => splitHeaderList(v));
}

/** Allow / Supported tokens, upper-cased for methods, lower-cased for option tags. */
export function tokens(head: SipMessageHead, name: "allow" | "supported" | "require"): string[] {
  const list = headerList(head, name).map((t) => t.trim());
  return list.map((t) => (name === "allow" ? t.toUpperCase() : t.toLowerCase())).filter((t) => t !== "");
}

export interface ReadVia {
  readonly text: string;
  readonly via?: Via;
  readonly error?: string;
}

/** Via elements top (last hop) to bottom (originator), each parsed when it parses. */
export function vias(head: SipMessageHead): ReadVia[] {
  return headerList(head, "via").map((text) => {
    try {
      return { text, via: parseVia(text) };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return { text, error: e.message };
    }
  });
}

/** The endpoint's messages of one role, in order. */
export function messagesOf(e: Evidence, ...roles: SipMessageEvidence["role"][]): SipMessageEvidence[] {
  return (e.sip ?? []).filter((m) => roles.includes(m.role));
}

/** The endpoint's requests (it is the UAC): its own Via is the bottom one. */
export function endpointRequests(e: Evidence): SipMessageEvidence[] {
  return (e.sip ?? []).filter((m) => m.head.startLine.kind === "request");
}

/** The endpoint's responses (it is the UAS). */
export function endpointResponses(e: Evidence): SipMessageEvidence[] {
  return (e.sip ?? []).filter((m) => m.head.startLine.kind === "response");
}

/** The start line as written. */
export function startLineText(head: SipMessageHead): string {
  const s = head.startLine;
  return s.kind === "request" ? `${s.method} ${s.uri} ${s.version}` : `${s.version} ${s.status} ${s.reason}`;
}
