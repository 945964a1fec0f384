import { ParseError } from "../protocol/parse-error.js";
import type { MediaKind, NegotiatedMedia } from "../protocol/sdp/sdp-types.js";
import { callIdOf, cseqOf } from "../protocol/sip/header-readers.js";
import { headerFieldValues, parseSipMessage, type SipMessageHead } from "../protocol/sip/message-head.js";
import type { SipMessageRecord } from "../report/model.js";
import type {
  MediaSourceEvidence,
  PacketSource,
  SipMessageEvidence,
  SipMessageRole,
  SipTransportName,
  TlsEvidence,
} from "./evidence.js";

// Evidence from what crossed the wire: SIP messages as a transport saw them, TLS handshakes and
// media sources. The shapes below are what any signalling transport reports (the SIP transport
// in src/adapters/sip fills them); this module only reads them.

/** One SIP message seen on the wire (the transport's record of it). */
export interface SipWireMessage {
  /** Epoch ms. */
  readonly at: number;
  readonly direction: "in" | "out";
  readonly transport: "udp" | "tcp" | "tls";
  readonly remote: { readonly host: string; readonly port: number };
  readonly text: string;
  /** A repeat of a message sent or received before (RFC 3261 §17 retransmission). */
  readonly retransmission?: boolean;
}

/** What a transport learnt of one TLS connection, as far as the evidence needs it. */
export interface TlsConnectionFacts {
  readonly role: "client" | "server";
  readonly protocol?: string;
  readonly cipher?: string;
  readonly peerVerified: boolean;
  readonly verifyError?: string;
  readonly peerCertificate?: {
    readonly subject: string;
    readonly issuer: string;
    readonly validTo: string;
    readonly selfSigned: boolean;
  };
  readonly error?: string;
}

/** One SIP message read off the wire, with the event it came from. */
export interface ReadWireMessage {
  readonly event: SipWireMessage;
  readonly head: SipMessageHead;
  readonly callId: string | undefined;
  readonly method: string | undefined;
}

/** Parses the wire events; a message that does not parse is left out (it is in the SIP ladder anyway). */
export function readWire(events: readonly SipWireMessage[]): ReadWireMessage[] {
  return events.flatMap((event) => {
    try {
      const head = parseSipMessage(event.text);
      return [{ event, head, callId: callIdOf(head), method: cseqOf(head)?.method }];
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return [];
    }
  });
}

function roleOf(m: ReadWireMessage): SipMessageRole {
  const s = m.head.startLine;
  if (s.kind === "request") return s.method.toUpperCase() === "INVITE" ? "invite" : "other";
  if (m.method === "INVITE") return "invite-response";
  if (m.method === "OPTIONS") return "options-response";
  return "other";
}

/**
 * The endpoint's messages as evidence: those received (`direction: "in"`), optionally only of
 * some Call-IDs, with where each came from. Provisional responses are kept (they carry
 * Allow/Supported on some equipment); the checks pick what they need.
 */
export function endpointMessages(
  events: readonly SipWireMessage[],
  callIds?: ReadonlySet<string>,
): SipMessageEvidence[] {
  return readWire(events.filter((e) => e.direction === "in"))
    .filter((m) => !callIds || (m.callId !== undefined && callIds.has(m.callId)))
    .map((m) => ({
      role: roleOf(m),
      head: m.head,
      source: { address: m.event.remote.host, port: m.event.remote.port },
      transport: m.event.transport as SipTransportName,
    }));
}

/** Via received/rport (RFC 3581 §4) of the top Via in the endpoint's first response to us. */
export function ourViaSeen(
  messages: readonly SipMessageEvidence[],
): { received?: string; rport?: string } | undefined {
  const resp = messages.find((m) => m.head.startLine.kind === "response");
  const via = resp ? headerFieldValues(resp.head, "via")[0] : undefined;
  if (!via) return undefined;
  const param = (name: string) => {
    const m = new RegExp(`;\\s*${name}(?:=([^;,\\s]*))?`, "i").exec(via);
    return m ? (m[1] ?? "") : undefined;
  };
  const received = param("received");
  const rport = param("rport");
  return { ...(received !== undefined ? { received } : {}), ...(rport !== undefined ? { rport } : {}) };
}

/** Node's TLS facts as the engine's structural subset. */
export function tlsEvidence(f: TlsConnectionFacts | undefined): TlsEvidence | undefined {
  if (!f) return undefined;
  return {
    ourRole: f.role,
    ...(f.protocol ? { protocol: f.protocol } : {}),
    ...(f.cipher ? { cipher: f.cipher } : {}),
    peerVerified: f.peerVerified,
    ...(f.verifyError ? { verifyError: f.verifyError } : {}),
    ...(f.peerCertificate
      ? {
          peerCertificate: {
            subject: f.peerCertificate.subject,
            issuer: f.peerCertificate.issuer,
            validTo: f.peerCertificate.validTo,
            selfSigned: f.peerCertificate.selfSigned,
          },
        }
      : {}),
    ...(f.error ? { error: f.error } : {}),
  };
}

/** The source that sent most packets ("address:port" → count), as a PacketSource. */
export function mainSource(sources: Readonly<Record<string, number>>): PacketSource | undefined {
  const best = Object.entries(sources).sort((a, b) => b[1] - a[1])[0];
  if (!best) return undefined;
  const i = best[0].lastIndexOf(":");
  return { address: best[0].slice(0, i), port: Number(best[0].slice(i + 1)) };
}

/** Where the SDP said a stream's media would come from against where it came from. */
export function mediaSource(
  kind: MediaKind,
  m: NegotiatedMedia | undefined,
  counters: {
    readonly sources: Readonly<Record<string, number>>;
    readonly rtcpReceived?: number;
    readonly rtcpOnRtpPort?: number;
  },
): MediaSourceEvidence | undefined {
  if (!m?.remote) return undefined;
  const source = mainSource(counters.sources);
  const rtcp = counters.rtcpReceived ?? 0;
  const onRtpPort = counters.rtcpOnRtpPort ?? 0;
  return {
    kind,
    sdpAddress: m.remote.address,
    sdpPort: m.remote.rtpPort,
    ...(source ? { source } : {}),
    ...(rtcp > 0 ? { rtcp: { onRtpPort, onRtcpPort: rtcp - onRtpPort } } : {}),
  };
}

/** The SIP ladder of a report from wire events (times relative to `startedAtMs`, epoch ms). */
export function sipRecords(events: readonly SipWireMessage[], startedAtMs: number): SipMessageRecord[] {
  return events.map((e) => ({
    atMs: Math.round(e.at - startedAtMs),
    direction: e.direction === "out" ? "sent" : "received",
    transport: e.transport,
    remote: `${e.remote.host}:${e.remote.port}`,
    firstLine: e.text.slice(0, e.text.indexOf("\r\n") >>> 0),
    // The whole message, so reports can show both SDPs and mark the lines behind each verdict.
    message: e.text.length <= 16_384 ? e.text : `${e.text.slice(0, 16_384)}\r\n[cut at 16 KiB]`,
    ...(e.retransmission ? { retransmission: true } : {}),
  }));
}

/** What a SIP message is, for counting: "INVITE" for a request, "200 INVITE" for a response. */
export function sipWireLabel(text: string): string {
  const first = text.slice(0, text.indexOf("\r\n") >>> 0);
  const status = /^SIP\/2\.0 (\d{3})/.exec(first)?.[1];
  if (!status) return first.split(" ")[0] || "?";
  return `${status} ${/^CSeq:\s*\d+\s+(\S+)/im.exec(text)?.[1] ?? "?"}`;
}

/**
 * The report fact `sipRetransmissions`: RFC 3261 §17 retransmissions on the wire, sent and
 * received, by method ("INVITE") or status and CSeq method ("200 INVITE"). Nothing when none.
 */
export function sipRetransmissionFacts(events: readonly SipWireMessage[]): {
  sipRetransmissions?: { sent: Record<string, number>; received: Record<string, number> };
} {
  const sent: Record<string, number> = {};
  const received: Record<string, number> = {};
  let any = false;
  for (const e of events) {
    if (!e.retransmission) continue;
    const label = sipWireLabel(e.text);
    const tally = e.direction === "out" ? sent : received;
    tally[label] = (tally[label] ?? 0) + 1;
    any = true;
  }
  return any ? { sipRetransmissions: { sent, received } } : {};
}
