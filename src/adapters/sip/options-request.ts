import { performance } from "node:perf_hooks";
import { type Core, UserAgent } from "sip.js";

/** How one OPTIONS request ended. */
export type OptionsOutcome =
  | {
      readonly kind: "answered";
      readonly response: Core.IncomingResponseMessage;
      /** ms from sending to the final response. */
      readonly roundTripMs: number;
    }
  /** sip.js answered a transport failure itself with a Via-less 503: no response came from the target. */
  | {
      readonly kind: "transport-error";
      readonly response: Core.IncomingResponseMessage;
      readonly roundTripMs: number;
    }
  | { readonly kind: "timeout" }
  /** The target is no SIP URI, or sip.js refused to send (the error it threw). */
  | { readonly kind: "not-sent"; readonly error: unknown };

/**
 * The one OPTIONS sender (RFC 3261 §11): an out-of-dialog OPTIONS from `ua` to `target` with
 * "Accept: application/sdp" (§11.1: the body types we want described), resolved with its final
 * response or how it failed; never rejects. `onCallId` learns the request's Call-ID before it is
 * sent, so its wire events can be kept or a transport error looked up by it.
 */
export function requestOptions(
  ua: UserAgent,
  target: string,
  timeoutMs: number,
  onCallId: (callId: string) => void = () => {},
): Promise<OptionsOutcome> {
  const ruri = UserAgent.makeURI(target);
  if (!ruri) return Promise.resolve({ kind: "not-sent", error: new Error(`${target} is not a SIP URI`) });
  const core = ua.userAgentCore;
  const request = core.makeOutgoingRequestMessage("OPTIONS", ruri, ua.configuration.uri, ruri, {}, [
    "Accept: application/sdp",
  ]);
  onCallId(request.callId);
  const started = performance.now();
  return new Promise<OptionsOutcome>((resolve) => {
    let settled = false;
    const done = (outcome: OptionsOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const timer = setTimeout(() => done({ kind: "timeout" }), timeoutMs);
    const answered = (response: Core.IncomingResponseMessage) => {
      const roundTripMs = performance.now() - started;
      const transportError = response.statusCode === 503 && !response.hasHeader("via");
      done({ kind: transportError ? "transport-error" : "answered", response, roundTripMs });
    };
    try {
      core.request(request, { onAccept: (r) => answered(r.message), onReject: (r) => answered(r.message) });
    } catch (e) {
      done({ kind: "not-sent", error: e });
    }
  });
}
