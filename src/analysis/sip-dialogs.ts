import { ParseError } from "../protocol/parse-error.js";
import { readSdp, type SessionReading } from "../protocol/sdp/media-section.js";
import { callIdOf, cseqOf } from "../protocol/sip/header-readers.js";
import { headerFieldValues, type SipMessageHead, topHeaderValue } from "../protocol/sip/message-head.js";

/**
 * SIP dialogs found in a capture, grouped by Call-ID (RFC 3261 §12: a dialog is identified by
 * Call-ID and tags; one INVITE's early and confirmed dialogs share the Call-ID, which is all
 * support staff need to pick a call). Each keeps its offer/answer (RFC 3264) and what the
 * grading needs: was the INVITE answered, acknowledged, ended by BYE. Bounded: a dialog keeps
 * at most `MAX_MESSAGES_PER_DIALOG` messages and the tracker at most `MAX_DIALOGS` dialogs.
 */
export const MAX_DIALOGS = 10_000;
export const MAX_MESSAGES_PER_DIALOG = 200;
/** Messages per dialog kept whole for grading (INVITEs, their responses, OPTIONS answers). */
export const MAX_KEPT_PER_DIALOG = 12;
const MAX_SDPS_PER_DIALOG = 16;

/**
 * How a SIP message reached the capture. "tls": read in the clear from a TCP stream whose Via says
 * TLS (RFC 3261 §18.2.1 names the transport sent over), i.e. a recording of the decrypted TLS, as
 * `vdm-test call --pcap` writes it.
 */
export type SipCarrier = "udp" | "tcp" | "tls" | "file";

/** Where a SIP message was seen. */
export interface SipSighting {
  /** Capture frame number (the line number for a text file). */
  readonly number: number;
  /** Milliseconds since the start of the capture. */
  readonly timeMs: number;
  /** "ip:port", empty for a text file. */
  readonly src: string;
  readonly dst: string;
  readonly carrier: SipCarrier;
}

export interface SipMessageSeen extends SipSighting {
  readonly firstLine: string;
  readonly method?: string;
  readonly status?: number;
  /** The method named in CSeq (what a response answers). */
  readonly cseqMethod?: string;
}

/** A message the grading reads whole: an INVITE, a response to one, or an answer to OPTIONS. */
export interface KeptMessage {
  readonly seen: SipMessageSeen;
  readonly head: SipMessageHead;
}

/** One SDP body seen in a dialog. */
export interface SdpSeen extends SipSighting {
  /** offer or answer, per RFC 3264 §4 (INVITE with body → offer; 2xx/ACK after it → answer). */
  readonly role: "offer" | "answer";
  /** The message that carried it ("INVITE", "200 INVITE", "ACK"). */
  readonly carriedBy: string;
  readonly text: string;
  readonly reading?: SessionReading;
  readonly error?: string;
}

export interface SipDialog {
  readonly callId: string;
  from?: string;
  to?: string;
  userAgent?: string;
  server?: string;
  /** "ip:port" of the INVITE's sender and receiver (the first INVITE seen). */
  caller?: string;
  callee?: string;
  carrier?: SipCarrier;
  firstMs: number;
  lastMs: number;
  readonly messages: SipMessageSeen[];
  messageCount: number;
  invites: number;
  /** Final status of the first INVITE, when seen. */
  inviteFinal?: number;
  /** Provisional responses seen (100, 180, 183). */
  readonly provisional: number[];
  ackSeen: boolean;
  byeSeen: boolean;
  /** Status of the response to BYE. */
  byeFinal?: number;
  cancelSeen: boolean;
  /**
   * Retransmissions (RFC 3261 §17: a request with the same CSeq and Via branch, or a response with
   * the same CSeq and status, as one already seen): counted, and their SDP not read again, since a
   * repeated 2xx is not a new offer.
   */
  retransmissions: number;
  readonly sdps: SdpSeen[];
  /** The messages kept whole for grading, in order (at most MAX_KEPT_PER_DIALOG). */
  readonly kept: KeptMessage[];
}

/** Collects SIP messages into dialogs. Pure: each message comes with where and when it was seen. */
export class SipDialogTracker {
  private readonly dialogs = new Map<string, SipDialog>();
  /** Messages that parsed as SIP but had no Call-ID, or dialogs beyond the bound. */
  dropped = 0;
  /** SDP offer sent without answer yet, per dialog: an answer in 2xx/ACK pairs with it. */
  private readonly pendingOffer = new Set<string>();
  /** Transaction keys seen per dialog (bounded), to tell retransmissions. */
  private readonly transactions = new Map<string, Set<string>>();

  /** Adds one message; returns its dialog (undefined when dropped). */
  add(head: SipMessageHead, seen: SipSighting): SipDialog | undefined {
    const callId = callIdOf(head);
    if (!callId) {
      this.dropped++;
      return undefined;
    }
    let d = this.dialogs.get(callId);
    if (!d) {
      if (this.dialogs.size >= MAX_DIALOGS) {
        this.dropped++;
        return undefined;
      }
      d = newDialog(callId, seen.timeMs);
      this.dialogs.set(callId, d);
    }
    const s = head.startLine;
    const cseq = topHeaderValue(head, "cseq");
    const cseqMethod = cseqOf(head)?.method;
    const firstLine =
      s.kind === "request" ? `${s.method} ${s.uri} ${s.version}` : `${s.version} ${s.status} ${s.reason}`;
    d.messageCount++;
    d.lastMs = Math.max(d.lastMs, seen.timeMs);
    d.carrier ??= seen.carrier;
    const message: SipMessageSeen = {
      ...seen,
      firstLine,
      ...(s.kind === "request" ? { method: s.method.toUpperCase() } : { status: s.status }),
      ...(cseqMethod ? { cseqMethod } : {}),
    };
    if (d.messages.length < MAX_MESSAGES_PER_DIALOG) d.messages.push(message);
    const graded =
      s.kind === "request"
        ? s.method.toUpperCase() === "INVITE"
        : cseqMethod === "INVITE" || cseqMethod === "OPTIONS";
    if (graded && d.kept.length < MAX_KEPT_PER_DIALOG) d.kept.push({ seen: message, head });
    d.userAgent ??= topHeaderValue(head, "user-agent");
    d.server ??= topHeaderValue(head, "server");
    // RFC 3261 §17.1.1.2/§17.2.1 (requests), §13.3.1.4 (2xx repeated until the ACK).
    const key =
      s.kind === "request"
        ? `${s.method.toUpperCase()} ${cseq ?? ""} ${viaBranch(head) ?? ""}`
        : `${s.status} ${cseq ?? ""}`;
    let keys = this.transactions.get(callId);
    if (!keys) {
      keys = new Set();
      this.transactions.set(callId, keys);
    }
    if (keys.has(key)) {
      d.retransmissions++;
      return d;
    }
    if (keys.size < MAX_MESSAGES_PER_DIALOG) keys.add(key);
    if (s.kind === "request") this.request(d, head, s.method.toUpperCase(), seen);
    else this.response(d, head, s.status, cseqMethod, seen);
    return d;
  }

  private request(d: SipDialog, head: SipMessageHead, method: string, seen: SipSighting): void {
    if (method === "INVITE") {
      d.invites++;
      if (d.invites === 1) {
        d.caller = seen.src;
        d.callee = seen.dst;
        d.from = topHeaderValue(head, "from");
        d.to = topHeaderValue(head, "to");
      }
      if (hasSdp(head)) {
        this.sdp(d, head, "offer", "INVITE", seen);
        this.pendingOffer.add(d.callId);
      }
    } else if (method === "ACK") {
      d.ackSeen = true;
      if (hasSdp(head) && this.pendingOffer.delete(d.callId)) this.sdp(d, head, "answer", "ACK", seen);
    } else if (method === "BYE") d.byeSeen = true;
    else if (method === "CANCEL") d.cancelSeen = true;
  }

  private response(
    d: SipDialog,
    head: SipMessageHead,
    status: number,
    cseqMethod: string | undefined,
    seen: SipSighting,
  ): void {
    if (cseqMethod === "INVITE") {
      if (status < 200) {
        if (!d.provisional.includes(status)) d.provisional.push(status);
      } else d.inviteFinal ??= status;
      if (status >= 200 && status < 300 && hasSdp(head)) {
        // RFC 3264 §4: the answer to an offer in the INVITE; without one, the 2xx carries the offer.
        const role = this.pendingOffer.delete(d.callId) ? "answer" : "offer";
        this.sdp(d, head, role, `${status} INVITE`, seen);
        if (role === "offer") this.pendingOffer.add(d.callId);
      } else if (status >= 300) this.pendingOffer.delete(d.callId);
    } else if (cseqMethod === "BYE") d.byeFinal ??= status;
  }

  private sdp(
    d: SipDialog,
    head: SipMessageHead,
    role: "offer" | "answer",
    carriedBy: string,
    seen: SipSighting,
  ): void {
    if (d.sdps.length >= MAX_SDPS_PER_DIALOG) return;
    const text = sdpBody(head);
    let reading: SessionReading | undefined;
    let error: string | undefined;
    try {
      reading = readSdp(text);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      error = e.message;
    }
    d.sdps.push({
      ...seen,
      role,
      carriedBy,
      text,
      ...(reading ? { reading } : {}),
      ...(error ? { error } : {}),
    });
  }

  /** The dialogs in order of their first message. */
  list(): SipDialog[] {
    return [...this.dialogs.values()].sort((a, b) => a.firstMs - b.firstMs);
  }

  get size(): number {
    return this.dialogs.size;
  }
}

function newDialog(callId: string, timeMs: number): SipDialog {
  return {
    callId,
    firstMs: timeMs,
    lastMs: timeMs,
    messages: [],
    messageCount: 0,
    invites: 0,
    provisional: [],
    ackSeen: false,
    byeSeen: false,
    cancelSeen: false,
    retransmissions: 0,
    sdps: [],
    kept: [],
  };
}

/** The branch parameter of the top Via (RFC 3261 §8.1.1.7), when there is one. */
function viaBranch(head: SipMessageHead): string | undefined {
  return /;\s*branch\s*=\s*([^;,\s]+)/i.exec(topHeaderValue(head, "via") ?? "")?.[1];
}

function hasSdp(head: SipMessageHead): boolean {
  if (head.body.trim() === "") return false;
  const type = headerFieldValues(head, "content-type")[0]?.toLowerCase() ?? "";
  return type.includes("application/sdp") || (type.includes("multipart") && head.body.includes("v=0"));
}

/** The SDP of a body: the body itself, or the application/sdp part of a multipart body. */
function sdpBody(head: SipMessageHead): string {
  const body = head.body;
  if (/^\s*v=0/.test(body)) return body;
  const at = body.search(/^v=0/m);
  if (at < 0) return body;
  const rest = body.slice(at);
  const end = rest.search(/\r?\n--/);
  return end < 0 ? rest : rest.slice(0, end + 2);
}
