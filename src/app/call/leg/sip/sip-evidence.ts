import type { SipWireEvent } from "../../../../adapters/sip/node-sip-transport.js";
import type { SipTransportName, Unavailable } from "../../../../conformance/evidence.js";
import type { ReachEvidence } from "../../../../conformance/functions/function-checks.js";
import { endpointMessages, ourViaSeen, tlsEvidence } from "../../../../conformance/wire-evidence.js";
import { callIdOf } from "../../../../protocol/sip/header-readers.js";
import { parseSipMessage } from "../../../../protocol/sip/message-head.js";
import type { ResolutionStep } from "../../../../protocol/sip/rfc3263.js";
import type { SignallingEvidence } from "../call-leg.js";
import type { SipLineState } from "./sip-leg.js";

export interface SipCallEvidence {
  readonly evidence: SignallingEvidence;
  /** The RFC 3263 steps that found the target, for the report. */
  readonly resolutionSteps: readonly ResolutionStep[];
}

/**
 * The SIP half of the evidence about the far end of a call we placed: its responses to our
 * INVITE and its OPTIONS answer (as received, with their sources), the transport (TLS facts,
 * RFC 3263 steps, our Via as it saw it) and the path the call took.
 */
export function sipCallEvidence(line: SipLineState, callId: string): SipCallEvidence {
  const unavailable: Unavailable[] = [];
  const wire = line.wire;
  // 100 Trying is hop-by-hop (RFC 3261 §8.2.6.1) and says nothing of the endpoint; the final
  // answer goes first, so checks that read "the answer" read the 2xx rather than a 18x.
  const responses = endpointMessages(wire, new Set([callId])).filter(
    (m) =>
      m.role === "invite-response" &&
      !(m.head.startLine.kind === "response" && m.head.startLine.status === 100),
  );
  const isFinal = (x: (typeof responses)[number]) =>
    x.head.startLine.kind === "response" && x.head.startLine.status >= 200;
  const invite = [...responses.filter(isFinal), ...responses.filter((x) => !isFinal(x))];
  const probe = line.probe.result;
  const options =
    "wire" in probe ? endpointMessages(probe.wire).filter((m) => m.role === "options-response") : [];
  if ("error" in probe) {
    const why = `OPTIONS: ${probe.error}`;
    unavailable.push({ part: "options", reason: { en: why, sv: why } });
  } else if (options.length === 0) {
    unavailable.push({
      part: "options",
      reason: { en: "no answer to OPTIONS", sv: "inget svar på OPTIONS" },
    });
  }
  const sipTransport = line.target.protocol as SipTransportName;
  const resolved = line.ua.transport.resolutions().at(-1);
  const tlsFact = line.ua.transport
    .tlsFacts()
    .filter((t) => t.role === "client")
    .at(-1);
  const final = invite.find((x) => isFinal(x));
  const via = ourViaSeen(invite);
  const resolution = resolved && {
    uri: line.target.text,
    steps: resolved.resolution.steps,
    targets: resolved.resolution.targets.length,
    ...(line.target.proxy ? { outboundProxy: line.target.proxy } : {}),
    ...sentRequestUri(wire, callId),
  };
  const transport = {
    sipTransport,
    ...(sipTransport === "tls" && tlsFact ? { tls: tlsEvidence(tlsFact)! } : {}),
    ...(resolution ? { resolution: { ...resolution, reached: invite.length > 0 } } : {}),
    ...(final?.source ? { signallingSource: final.source } : {}),
    ...(via ? { ourViaInResponse: via } : {}),
    weAskedRport: true,
  };
  if (!resolution)
    unavailable.push({
      part: "resolution",
      reason: { en: "the URI was not resolved (RFC 3263)", sv: "URI:n slogs inte upp (RFC 3263)" },
    });
  const evidence: SignallingEvidence = {
    messages: [...options, ...invite],
    transport,
    unavailable,
    path: pathOf(line, transport),
  };
  return { evidence, resolutionSteps: resolved?.resolution.steps ?? [] };
}

/** How the call got through: our address, the far end's, and ours as it saw it (Via received/rport). */
function pathOf(line: SipLineState, transport: Omit<SignallingEvidence["transport"], never>): ReachEvidence {
  const first = line.listening[0];
  const via = transport.ourViaInResponse;
  const local = first ? `${first.host}:${first.port}` : line.localAddress;
  const seenAs =
    via?.received || via?.rport
      ? `${via.received || line.localAddress}:${via.rport || first?.port}`
      : undefined;
  const source = transport.signallingSource;
  return {
    answered: true,
    target: line.target.text,
    transport: line.target.protocol,
    local,
    ...(source ? { remote: `${source.address}:${source.port}` } : {}),
    ...(seenAs ? { seenAs, natSeen: seenAs !== local } : {}),
  };
}

/** The Request-URI of the INVITE with this Call-ID as we sent it, read from the wire. */
function sentRequestUri(wire: readonly SipWireEvent[], callId: string): { requestUri?: string } {
  for (const e of wire) {
    if (e.direction !== "out" || !e.text.startsWith("INVITE ")) continue;
    const head = parseSipMessage(e.text);
    if (head.startLine.kind === "request" && callIdOf(head) === callId)
      return { requestUri: head.startLine.uri };
  }
  return {};
}
