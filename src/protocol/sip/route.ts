import { ParseError } from "../parse-error.js";
import { requireCallId } from "./header-readers.js";
import { headerFieldValues, headerParam, type SipMessageHead, topHeaderValue } from "./message-head.js";
import { parseSipUri, type SipUri, uriOfNameAddr } from "./sip-uri.js";
import { parseVia, viaParam } from "./via.js";

/** The transports vdm-test speaks. */
export type SipTransportProtocol = "udp" | "tcp" | "tls";

/** Where an outgoing request goes before RFC 3263 resolution. */
export interface RequestRoute {
  readonly kind: "request";
  readonly method: string;
  readonly callId: string;
  /** Branch of the top Via, used to send ACK (non-2xx) and CANCEL where the INVITE went. */
  readonly branch: string | undefined;
  /** True when the To header has a tag: the request is inside a dialog. */
  readonly inDialog: boolean;
  /** The URI to resolve (RFC 3263) to find the next hop. */
  readonly target: SipUri;
  readonly reason: "route" | "request-uri" | "outbound-proxy";
}

/** Where an outgoing response goes: an address, no DNS needed unless `host` is a name. */
export interface ResponseRoute {
  readonly kind: "response";
  readonly callId: string;
  readonly transport: SipTransportProtocol;
  readonly host: string;
  readonly port: number;
  /** For streams: the address the request came from, to reuse that connection first. */
  readonly connection?: { readonly host: string; readonly port: number };
  readonly reason: "maddr" | "received-rport" | "received" | "sent-by";
}

export type OutgoingRoute = RequestRoute | ResponseRoute;

export interface RouteOptions {
  /** RFC 3261 §8.1.2: send every request outside a dialog to this proxy. */
  readonly outboundProxy?: SipUri;
}

/** Default port per transport (RFC 3261 §19.1.2, §26.2). */
export function defaultPort(transport: SipTransportProtocol): number {
  return transport === "tls" ? 5061 : 5060;
}

/** Maps a Via transport token to ours, or undefined if we do not speak it. */
export function viaTransport(token: string): SipTransportProtocol | undefined {
  const t = token.toLowerCase();
  return t === "udp" || t === "tcp" || t === "tls" ? t : undefined;
}

/** Decides the next hop of an outgoing message (request or response). */
export function routeOutgoing(head: SipMessageHead, options: RouteOptions = {}): OutgoingRoute {
  return head.startLine.kind === "request" ? routeRequest(head, options) : routeResponse(head);
}

// RFC 3261 §8.1.2: "the UAC MUST apply the DNS procedures of [4] (RFC 3263) ... to the first
// element of the route set if it is not empty, otherwise to the Request-URI".
function routeRequest(head: SipMessageHead, options: RouteOptions): RequestRoute {
  if (head.startLine.kind !== "request") throw new Error("unreachable");
  const method = head.startLine.method;
  const callId = requireCallId(head);
  const toValue = required(head, "to");
  const inDialog = headerParam(toValue, "tag") !== undefined;
  const viaText = topHeaderValue(head, "via");
  const branch = viaText !== undefined ? viaParam(parseVia(viaText), "branch") : undefined;
  const base = { kind: "request" as const, method, callId, branch, inDialog };
  const route = topHeaderValue(head, "route");
  if (route !== undefined) return { ...base, target: parseSipUri(uriOfNameAddr(route)), reason: "route" };
  if (!inDialog && options.outboundProxy)
    return { ...base, target: options.outboundProxy, reason: "outbound-proxy" };
  return { ...base, target: parseSipUri(head.startLine.uri), reason: "request-uri" };
}

// RFC 3261 §18.2.2 with RFC 3581 §4 (rport).
function routeResponse(head: SipMessageHead): ResponseRoute {
  const callId = requireCallId(head);
  const viaText = topHeaderValue(head, "via");
  if (viaText === undefined) throw new ParseError("SIP", "via", -1, "response without Via");
  const via = parseVia(viaText);
  const transport = viaTransport(via.transport);
  if (transport === undefined)
    throw new ParseError("SIP", "via.transport", -1, `unsupported transport ${via.transport}`);
  const sentByPort = via.port ?? defaultPort(transport);
  const received = viaParam(via, "received");
  const rportText = viaParam(via, "rport");
  const rport = rportText !== undefined && /^\d{1,5}$/.test(rportText) ? Number(rportText) : undefined;
  const maddr = viaParam(via, "maddr");
  const base = { kind: "response" as const, callId, transport };
  // "If the sent-protocol is a reliable transport protocol such as TCP or SCTP, or TLS over
  // those, the response MUST be sent using the existing connection to the source of the
  // original request ... If that connection is no longer open, the server SHOULD open a
  // connection to the IP address in the received parameter, if present, using the port in the
  // sent-by value".
  if (transport !== "udp") {
    const host = received || via.host;
    const connection = received ? { host: received, port: rport ?? sentByPort } : undefined;
    return {
      ...base,
      host,
      port: sentByPort,
      reason: received ? "received" : "sent-by",
      ...(connection ? { connection } : {}),
    };
  }
  // "if the Via header field value contains a maddr parameter, the response MUST be forwarded
  // to the address listed there, using the port indicated in sent-by, or port 5060".
  if (maddr) return { ...base, host: maddr, port: sentByPort, reason: "maddr" };
  // RFC 3581 §4: "send it to the IP address indicated in the received parameter, and the port
  // indicated in the rport parameter".
  if (received && rport !== undefined)
    return { ...base, host: received, port: rport, reason: "received-rport" };
  if (received) return { ...base, host: received, port: sentByPort, reason: "received" };
  return { ...base, host: via.host, port: sentByPort, reason: "sent-by" };
}

function required(head: SipMessageHead, name: string): string {
  const v = headerFieldValues(head, name)[0];
  if (v === undefined) throw new ParseError("SIP", name, -1, `missing ${name} header`);
  return v;
}
