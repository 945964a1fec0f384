import { ParseError } from "../protocol/parse-error.js";
import { cseqOf } from "../protocol/sip/header-readers.js";
import { parseSipMessage, type SipMessageHead } from "../protocol/sip/message-head.js";
import { sdpEvidence } from "./endpoint-sdp.js";
import type { Evidence, SdpEvidence, SipMessageEvidence, SipMessageRole, Unavailable } from "./evidence.js";
import { sdpBodiesOf } from "./sdp-bodies.js";
import { startLineText } from "./sip-facts.js";

/** What a saved file held, one line each ("INVITE sip:... (SDP offer)"), and what was odd about it. */
export interface SavedReading {
  readonly ok: true;
  readonly evidence: Evidence;
  readonly items: readonly string[];
  readonly notes: readonly string[];
}

export type SavedResult = SavedReading | { readonly ok: false; readonly reason: string };

// RFC 3261 §7.1 Request-Line and §7.2 Status-Line, as they start a message in a saved file.
const REQUEST_LINE = /^[A-Za-z][A-Za-z0-9\-.!%*_+`'~]* \S+ SIP\/2\.0\s*$/;
const STATUS_LINE = /^SIP\/2\.0 \d{3}(?: .*)?$/;
const HEADER_LINE = /^[A-Za-z0-9\-.!%*_+`'~]+[ \t]*:/;

/** These parts never exist in a saved message: checks needing them say so. */
const NO_MEDIA = { en: "a saved message carries no media", sv: "ett sparat meddelande har inga medier" };
const STATIC_UNAVAILABLE: readonly Unavailable[] = [
  { part: "media", reason: NO_MEDIA },
  { part: "srtp", reason: NO_MEDIA },
  { part: "keyframe", reason: NO_MEDIA },
  {
    part: "presentation",
    reason: {
      en: "a saved message shows no live presentation",
      sv: "ett sparat meddelande visar ingen presentation i drift",
    },
  },
  { part: "resolution", reason: { en: "the endpoint was not dialled", sv: "ändpunkten ringdes inte upp" } },
];

/**
 * Reads a saved file (one or more SIP messages, or a bare SDP) into evidence about the endpoint
 * that sent them. Every message in the file is taken as the endpoint's own. Messy input is read
 * as far as it goes; only a file with neither a SIP start line nor an SDP v= line is unreadable.
 */
export function readSavedMessages(text: string): SavedResult {
  const normalised = text.replace(/\r\n|\r|\n/g, "\r\n").replace(/^\uFEFF/, "");
  const lines = normalised.split("\r\n");
  const starts = lines.flatMap((l, i) => (REQUEST_LINE.test(l) || STATUS_LINE.test(l) ? [i] : []));
  if (starts.length === 0) {
    if (!lines.some((l) => l.startsWith("v="))) {
      return { ok: false, reason: "neither a SIP message (no request or status line) nor SDP (no v= line)" };
    }
    const sdp = sdpEvidence(
      normalised.slice(normalised.search(/(^|\r\n)v=/)).replace(/^\r\n/, ""),
      "offer",
      "file",
    );
    return {
      ok: true,
      evidence: {
        sdp: [sdp],
        unavailable: [
          ...STATIC_UNAVAILABLE,
          {
            part: "sip",
            reason: {
              en: "the file holds SDP only, no SIP message",
              sv: "filen har bara SDP, inget SIP-meddelande",
            },
          },
          { part: "options", reason: { en: "the file holds SDP only", sv: "filen har bara SDP" } },
        ],
      },
      items: [`bare SDP${sdp.error ? ` (unreadable: ${sdp.error})` : ""}`],
      notes: [],
    };
  }
  const sip: SipMessageEvidence[] = [];
  const sdp: SdpEvidence[] = [];
  const items: string[] = [];
  const notes: string[] = [];
  starts.forEach((start, k) => {
    const chunk = lines.slice(start, starts[k + 1] ?? lines.length);
    const read = readOne(chunk);
    if ("error" in read) {
      notes.push(`message ${k + 1} unreadable: ${read.error}`);
      return;
    }
    const { head, skipped } = read;
    const role = roleOf(head);
    sip.push({ role, head, ...(skipped.length ? { skippedLines: skipped } : {}) });
    for (const s of skipped)
      notes.push(`message ${k + 1}: skipped header line ${JSON.stringify(s.slice(0, 60))}`);
    const sdpRole = sdpRoleOf(head, role);
    const bodies = sdpRole ? sdpBodiesOf(head) : { alternativesSkipped: 0 };
    let what = "no SDP";
    if (sdpRole && bodies.sdp) {
      const ev = sdpEvidence(bodies.sdp, sdpRole.role, sdpRole.origin);
      sdp.push(bodies.alternativesSkipped ? { ...ev, alternativesSkipped: bodies.alternativesSkipped } : ev);
      what = `SDP ${sdpRole.role}${ev.error ? `, unreadable: ${ev.error}` : ""}`;
      if (bodies.alternativesSkipped) {
        notes.push(
          `message ${k + 1}: multipart/alternative, graded the last of ${bodies.alternativesSkipped + 1} SDP alternatives`,
        );
      }
    }
    items.push(`${startLineText(head)} (${what})`);
  });
  if (sip.length === 0) return { ok: false, reason: notes[0] ?? "no SIP message could be read" };
  const unavailable: Unavailable[] = [...STATIC_UNAVAILABLE];
  if (!sip.some((m) => m.role === "options-response")) {
    unavailable.push({
      part: "options",
      reason: { en: "the file has no answer to OPTIONS", sv: "filen har inget svar på OPTIONS" },
    });
  }
  if (sdp.length === 0) {
    unavailable.push({
      part: "sdp",
      reason: { en: "no message in the file carries SDP", sv: "inget meddelande i filen har SDP" },
    });
  }
  return { ok: true, evidence: { sip, sdp, unavailable }, items, notes };
}

function readOne(chunk: readonly string[]): { head: SipMessageHead; skipped: string[] } | { error: string } {
  const blank = chunk.indexOf("");
  const headLines = blank < 0 ? [...chunk] : chunk.slice(0, blank);
  const body = blank < 0 ? "" : chunk.slice(blank + 1).join("\r\n");
  const kept = [headLines[0]!];
  const skipped: string[] = [];
  for (const l of headLines.slice(1)) {
    // Continuation lines (RFC 3261 §7.3.1) stay; lines that are no header field are set aside.
    if (HEADER_LINE.test(l) || ((l.startsWith(" ") || l.startsWith("\t")) && kept.length > 1)) kept.push(l);
    else skipped.push(l);
  }
  try {
    return { head: parseSipMessage(`${kept.join("\r\n")}\r\n\r\n${body}`), skipped };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { error: e.message };
  }
}

function roleOf(head: SipMessageHead): SipMessageRole {
  const s = head.startLine;
  if (s.kind === "request") return s.method.toUpperCase() === "INVITE" ? "invite" : "other";
  const method = cseqOf(head)?.method;
  if (method === "INVITE") return "invite-response";
  if (method === "OPTIONS") return "options-response";
  return "other";
}

function sdpRoleOf(
  head: SipMessageHead,
  role: SipMessageRole,
): { role: SdpEvidence["role"]; origin: SdpEvidence["origin"] } | undefined {
  if (role === "invite") return { role: "offer", origin: "invite" };
  if (role === "options-response") return { role: "offer", origin: "options-response" };
  if (role === "invite-response" && head.startLine.kind === "response" && head.startLine.status < 300) {
    return { role: "answer", origin: "response" };
  }
  return undefined;
}
