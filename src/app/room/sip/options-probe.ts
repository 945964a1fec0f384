import { type Core, UserAgent } from "sip.js";
import type { CapabilityProbe } from "../room-front.js";

/** The outcome of the room's OPTIONS to a caller. */
export interface OptionsProbeResult extends CapabilityProbe {
  /** The probe's Call-ID: its SIP messages are kept under it for the caller's report. */
  readonly callId?: string;
}

/**
 * RFC 3261 §11: the room asks the caller what it supports with an OPTIONS outside the dialog,
 * sent to the address its INVITE came from (uriAtSource) once the call is up. Outside the
 * dialog because §11 makes that the capability query ("the response to an OPTIONS is constructed as if it were an INVITE",
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
  const ruri = UserAgent.makeURI(contactUri);
  if (!ruri) return { target: contactUri, timeoutMs, error: `Contact ${contactUri} is not a SIP URI` };
  const core = ua.userAgentCore;
  // RFC 3261 §11.1: Accept names the body types we want described (SDP).
  const request = core.makeOutgoingRequestMessage("OPTIONS", ruri, ua.configuration.uri, ruri, {}, [
    "Accept: application/sdp",
  ]);
  onCallId(request.callId);
  const started = performance.now();
  return new Promise<OptionsProbeResult>((resolve) => {
    let settled = false;
    const done = (r: Omit<OptionsProbeResult, "target" | "timeoutMs" | "callId">) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve({ target: contactUri, callId: request.callId, timeoutMs, ...r });
    };
    const timer = setTimeout(() => done({}), timeoutMs);
    const answered = (message: Core.IncomingResponseMessage) => {
      // sip.js turns a transport failure into a Via-less internal 503: that is no answer.
      if (message.statusCode === 503 && !message.hasHeader("via")) {
        done({ error: `could not send to ${contactUri}: ${message.reasonPhrase ?? "transport error"}` });
        return;
      }
      done({
        status: message.statusCode ?? 0,
        answeredMs: Math.round((performance.now() - started) * 10) / 10,
      });
    };
    try {
      core.request(request, { onAccept: (r) => answered(r.message), onReject: (r) => answered(r.message) });
    } catch (e) {
      done({ error: e instanceof Error ? e.message : String(e) });
    }
  });
}
