import { UserAgent } from "sip.js";
import { requestOptions } from "../../adapters/sip/options-request.js";

/** The outcome of the room's OPTIONS to a caller. */
export interface OptionsProbeResult {
  readonly target: string;
  /** The probe's Call-ID: its SIP messages are kept under it for the caller's report. */
  readonly callId?: string;
  readonly timeoutMs: number;
  readonly status?: number;
  /** ms from sending to the final response. */
  readonly answeredMs?: number;
  /** Why no request went out, or why no response can come. */
  readonly error?: string;
}

/**
 * RFC 3261 §11: the room asks the caller what it supports with an OPTIONS outside the dialog,
 * sent to the Contact of its INVITE once the call is up. Outside the dialog because §11 makes
 * that the capability query ("the response to an OPTIONS is constructed as if it were an INVITE",
 * §11.2), the way a proxy or SBC probes an endpoint; inside a dialog it would only ask about
 * that dialog. `onCallId` learns the request's Call-ID before it is sent, so its wire events
 * can be kept. Never rejects: a missing Contact, a transport failure or silence is the result.
 */
export async function probeOptions(
  ua: UserAgent,
  contactUri: string | undefined,
  timeoutMs: number,
  onCallId: (callId: string) => void,
): Promise<OptionsProbeResult> {
  if (!contactUri) return { target: "", timeoutMs, error: "the INVITE had no Contact URI to probe" };
  if (!UserAgent.makeURI(contactUri))
    return { target: contactUri, timeoutMs, error: `Contact ${contactUri} is not a SIP URI` };
  let callId: string | undefined;
  const outcome = await requestOptions(ua, contactUri, timeoutMs, (id) => {
    callId = id;
    onCallId(id);
  });
  const base = { target: contactUri, ...(callId !== undefined ? { callId } : {}), timeoutMs };
  switch (outcome.kind) {
    case "answered":
      return {
        ...base,
        status: outcome.response.statusCode ?? 0,
        answeredMs: Math.round(outcome.roundTripMs * 10) / 10,
      };
    // A transport failure is no answer from the caller.
    case "transport-error":
      return {
        ...base,
        error: `could not send to ${contactUri}: ${outcome.response.reasonPhrase ?? "transport error"}`,
      };
    case "timeout":
      return base;
    case "not-sent":
      return {
        ...base,
        error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error),
      };
  }
}
