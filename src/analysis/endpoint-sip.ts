import { sdpEvidence } from "../conformance/endpoint-sdp.js";
import type {
  PacketSource,
  SdpEvidence,
  SipMessageEvidence,
  SipMessageRole,
  SipTransportName,
} from "../conformance/evidence.js";
import type { GradedSide } from "./graded-side.js";
import type { KeptMessage, SdpSeen, SipDialog, SipSighting } from "./sip-dialogs.js";

/**
 * The graded party's SIP messages and SDP in a captured dialog, as the conformance engine reads
 * them: the callee's responses to INVITE (100 Trying left out: it is hop-by-hop, RFC 3261
 * §8.2.6.1; final answers first, as a live call lists them) or the caller's INVITEs, each with
 * the address it came from and the transport; its answers to OPTIONS from any dialog of the
 * capture; its latest SDP (the one in force at the end, RFC 3264 §8) and the offer that SDP
 * answered.
 */
export interface EndpointSip {
  readonly sip: readonly SipMessageEvidence[];
  readonly sdp: readonly SdpEvidence[];
  /** The other party's offer the endpoint's SDP answered (undefined when the endpoint offered). */
  readonly answeredOffer?: string;
}

/** OPTIONS answers taken from other dialogs of the capture. */
export const MAX_OPTIONS_ANSWERS = 2;

/** "ip:port" (IPv6 unbracketed, as the capture decoder writes it) as a packet source. */
export function packetSource(address: string): PacketSource | undefined {
  const i = address.lastIndexOf(":");
  if (i <= 0) return undefined;
  const port = Number(address.slice(i + 1));
  return Number.isInteger(port) ? { address: address.slice(0, i), port } : undefined;
}

/**
 * Sent by the graded party: from its address when the capture has addresses (not from the other
 * party's, so a callee answering from another port still counts); in a text file, by kind (the
 * caller sends INVITEs, the callee answers them).
 */
function sentByEndpoint(seen: SipSighting, isRequest: boolean, g: GradedSide): boolean {
  if (seen.carrier !== "file" && g.other) return seen.src !== g.other;
  return g.side === "caller" ? isRequest : !isRequest;
}

function roleOf(m: KeptMessage): SipMessageRole {
  if (m.head.startLine.kind === "request") return "invite";
  if (m.seen.cseqMethod === "INVITE") return "invite-response";
  return m.seen.cseqMethod === "OPTIONS" ? "options-response" : "other";
}

function evidenceOf(m: KeptMessage): SipMessageEvidence {
  const source = m.seen.carrier === "file" ? undefined : packetSource(m.seen.src);
  const transport: SipTransportName | undefined = m.seen.carrier === "file" ? undefined : m.seen.carrier;
  return {
    role: roleOf(m),
    head: m.head,
    ...(source ? { source } : {}),
    ...(transport ? { transport } : {}),
  };
}

const isFinal = (m: KeptMessage) => m.head.startLine.kind === "response" && m.head.startLine.status >= 200;
const isTrying = (m: KeptMessage) => m.head.startLine.kind === "response" && m.head.startLine.status === 100;

/** The graded party's messages and SDP in `d`, with its OPTIONS answers from `all` dialogs. */
export function endpointSip(d: SipDialog, g: GradedSide, all: readonly SipDialog[]): EndpointSip {
  const mine = d.kept.filter(
    (m) =>
      m.seen.cseqMethod !== "OPTIONS" &&
      !isTrying(m) &&
      sentByEndpoint(m.seen, m.head.startLine.kind === "request", g),
  );
  const ordered = [...mine.filter(isFinal), ...mine.filter((m) => !isFinal(m))];
  const options = optionsAnswers(d, g, all);
  const sdp = latestSdp(d, g);
  const answered = sdp?.role === "answer" ? latestOfferBefore(d, sdp) : undefined;
  return {
    sip: [...options, ...ordered].map(evidenceOf),
    sdp: sdp
      ? [
          sdpEvidence(
            sdp.text,
            sdp.role,
            sdp.carriedBy.startsWith("INVITE") || sdp.carriedBy === "ACK" ? "invite" : "response",
          ),
        ]
      : [],
    ...(answered ? { answeredOffer: answered.text } : {}),
  };
}

// An endpoint's answer to OPTIONS sits in a dialog of its own (its own Call-ID, RFC 3261 §11):
// taken when it came from the graded party's address (or from the graded dialog itself).
function optionsAnswers(d: SipDialog, g: GradedSide, all: readonly SipDialog[]): KeptMessage[] {
  const out: KeptMessage[] = [];
  for (const dialog of [d, ...all.filter((x) => x !== d)]) {
    for (const m of dialog.kept) {
      if (out.length >= MAX_OPTIONS_ANSWERS) return out;
      if (m.seen.cseqMethod !== "OPTIONS" || m.head.startLine.kind !== "response" || isTrying(m)) continue;
      const fromEndpoint =
        m.seen.carrier === "file" ? dialog === d : g.address !== undefined && m.seen.src === g.address;
      if (fromEndpoint) out.push(m);
    }
  }
  return out;
}

function latestSdp(d: SipDialog, g: GradedSide): SdpSeen | undefined {
  for (let i = d.sdps.length - 1; i >= 0; i--) {
    const s = d.sdps[i]!;
    if (sentByEndpoint(s, !/^\d/.test(s.carriedBy), g)) return s;
  }
  return undefined;
}

function latestOfferBefore(d: SipDialog, answer: SdpSeen): SdpSeen | undefined {
  const at = d.sdps.indexOf(answer);
  for (let i = at - 1; i >= 0; i--) if (d.sdps[i]!.role === "offer") return d.sdps[i];
  return undefined;
}
