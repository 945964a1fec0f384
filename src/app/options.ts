import { UserAgent } from "sip.js";
import { SipTargetError } from "../adapters/sip/errors.js";
import type { SipWireEvent } from "../adapters/sip/node-sip-transport.js";
import { requestOptions } from "../adapters/sip/options-request.js";
import type { TlsFacts } from "../adapters/sip/tls-facts.js";
import { createUserAgent } from "../adapters/sip/user-agent.js";
import { parseRoutedCallTarget } from "../protocol/sip/call-target.js";
import type { ResolutionStep, SipResolver } from "../protocol/sip/rfc3263.js";
import type { SipTransportProtocol } from "../protocol/sip/route.js";

export interface SendOptionsInput {
  /** Who to ask: "sip:room@host[:port]", "sips:...", or "user@host" (sip: assumed). */
  readonly target: string;
  /** Force a transport (added as ;transport= unless the URI names one). */
  readonly transport?: SipTransportProtocol;
  /** Our From URI (default sip:vdm-test@<localHost>). */
  readonly from?: string;
  /** Outbound proxy URI. */
  readonly proxy?: string;
  /** PEM CA to trust for TLS besides Node's defaults. */
  readonly ca?: string;
  /** Skip TLS certificate verification. */
  readonly insecure?: boolean;
  /** Give up after this long (default 5000 ms). */
  readonly timeoutMs?: number;
  /** Address to bind and advertise (default 127.0.0.1). */
  readonly localHost?: string;
  /** RFC 3263 resolver (default node:dns). */
  readonly resolver?: SipResolver;
  /** Refuse to send off loopback. */
  readonly loopbackOnly?: boolean;
  /** Also sees each SIP message of the exchange as it crosses the wire (`--pcap`). */
  readonly onWire?: (event: SipWireEvent) => void;
}

export interface OptionsResult {
  readonly target: string;
  readonly status: number;
  readonly reason: string;
  readonly roundTripMs: number;
  readonly allow?: string;
  readonly supported?: string;
  readonly accept?: string;
  readonly userAgent?: string;
  readonly server?: string;
  /** RFC 3263 steps taken to find the target. */
  readonly resolution: readonly ResolutionStep[];
  /** TLS facts of the connection used, when TLS. */
  readonly tls: readonly TlsFacts[];
  /** The raw exchange, for the report's SIP ladder. */
  readonly wire: readonly SipWireEvent[];
}

/**
 * Sends one OPTIONS request (RFC 3261 §11) and reports the answer: the cheapest check that a
 * SIP endpoint is reachable and what it supports. Rejects with SipTargetError ("dns",
 * "unreachable", "tls", "timeout") when no final response arrives.
 */
export async function sendOptions(opts: SendOptionsInput): Promise<OptionsResult> {
  const localHost = opts.localHost ?? "127.0.0.1";
  const {
    text: targetText,
    protocol,
    proxy,
  } = parseRoutedCallTarget(opts.target, opts.transport, opts.proxy);
  const wire: SipWireEvent[] = [];
  const sip = createUserAgent({
    uri: opts.from ?? `sip:vdm-test@${localHost}`,
    listen: [{ protocol, host: localHost, port: 0 }],
    ...(proxy ? { proxy } : {}),
    tls: { ...(opts.ca ? { ca: opts.ca } : {}), insecure: opts.insecure ?? false },
    ...(opts.resolver ? { resolver: opts.resolver } : {}),
    ...(opts.loopbackOnly !== undefined ? { loopbackOnly: opts.loopbackOnly } : {}),
    onWire: (e) => {
      wire.push(e);
      opts.onWire?.(e);
    },
  });
  await sip.start();
  try {
    const timeoutMs = opts.timeoutMs ?? 5000;
    let callId = "";
    const outcome = await requestOptions(sip.userAgent, targetText, timeoutMs, (id) => {
      callId = id;
    });
    if (outcome.kind === "not-sent") {
      if (!UserAgent.makeURI(targetText))
        throw new SipTargetError("unreachable", opts.target, "not a SIP URI");
      throw outcome.error;
    }
    if (outcome.kind === "timeout")
      throw new SipTargetError("timeout", targetText, `no final response within ${timeoutMs} ms`);
    // sip.js turns a transport failure into a header-less internal 503: report the real cause.
    const failed = outcome.kind === "transport-error" ? sip.transport.sendErrorFor(callId) : undefined;
    if (failed) throw failed;
    const { response, roundTripMs } = outcome;
    const header = (name: string) => {
      const values = response.getHeaders(name);
      return values.length > 0 ? { [camel(name)]: values.join(", ") } : {};
    };
    const resolution = sip.transport.resolutions().at(-1)?.resolution.steps ?? [];
    return {
      target: targetText,
      status: response.statusCode ?? 0,
      reason: response.reasonPhrase ?? "",
      roundTripMs,
      ...header("allow"),
      ...header("supported"),
      ...header("accept"),
      ...header("user-agent"),
      ...header("server"),
      resolution,
      tls: sip.transport.tlsFacts(),
      wire,
    };
  } finally {
    await sip.stop();
  }
}

function camel(header: string): string {
  return header.replace(/-([a-z])/g, (_m, c: string) => c.toUpperCase());
}
