import type { SipWireEvent } from "../../../../adapters/sip/node-sip-transport.js";
import type { RoutedCallTarget } from "../../../../protocol/sip/call-target.js";
import { sendOptions } from "../../../options.js";
import type { StepSink } from "../call-leg.js";

/** The OPTIONS exchange at the start of a call (RFC 3261 §11), or why there is none. */
export interface OptionsProbe {
  readonly result: { readonly wire: readonly SipWireEvent[] } | { readonly error: string };
  /** What the answer said, for the report. */
  readonly facts?: Record<string, unknown>;
}

export const NO_PROBE: OptionsProbe = { result: { error: "not sent" } };

/** Sends OPTIONS to the target: reachability and what the far end says it supports. */
export async function probeOptions(
  target: RoutedCallTarget,
  local: {
    readonly localAddress: string;
    readonly from?: string;
    readonly ca?: string;
    readonly insecure?: boolean;
    readonly onWire?: (e: SipWireEvent) => void;
  },
  steps: StepSink,
): Promise<OptionsProbe> {
  try {
    const r = await sendOptions({
      target: target.text,
      transport: target.protocol,
      localHost: local.localAddress,
      ...(local.from ? { from: local.from } : {}),
      ...(target.proxy ? { proxy: target.proxy } : {}),
      ...(local.ca ? { ca: local.ca } : {}),
      ...(local.insecure ? { insecure: true } : {}),
      ...(local.onWire ? { onWire: local.onWire } : {}),
      timeoutMs: 3000,
    });
    const roundTripMs = Math.round(r.roundTripMs);
    steps("options", r.status < 300 ? "ok" : "failed", {
      en: `${r.status} ${r.reason} in ${roundTripMs} ms`,
      sv: `${r.status} ${r.reason} efter ${roundTripMs} ms`,
    });
    return {
      result: { wire: [...r.wire] },
      facts: { status: r.status, reason: r.reason, roundTripMs, allow: r.allow, supported: r.supported },
    };
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    steps("options", "failed", why);
    return { result: { error: why } };
  }
}
