import { type Core, Inviter, type Session, SessionState, UserAgent } from "sip.js";
import type { SipUserAgent } from "../../../../adapters/sip/user-agent.js";
import { CallSetupError } from "../../call-setup-error.js";

export interface InviteHooks {
  onTrying?: () => void;
  onProgress?: (code: number, reason: string) => void;
}

export interface PlacedCall {
  readonly inviter: Inviter;
  readonly ok: Core.IncomingResponseMessage;
  readonly callId: string;
  state(): SessionState;
}

/**
 * Resolves with the session's state once it is `wanted` or Terminated, or after `timeoutMs`
 * with the state it is in then.
 */
export function sessionStateAfter(
  session: Session,
  wanted: SessionState,
  timeoutMs: number,
): Promise<SessionState> {
  const settled = (s: SessionState) => s === wanted || s === SessionState.Terminated;
  if (settled(session.state)) return Promise.resolve(session.state);
  return new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      session.stateChange.removeListener(onChange);
      resolve(session.state);
    };
    const onChange = (s: SessionState) => {
      if (settled(s)) done();
    };
    const timer = setTimeout(done, timeoutMs);
    session.stateChange.addListener(onChange);
  });
}

/** Resolves when the session is Terminated. */
export function sessionTerminated(session: Session): Promise<void> {
  if (session.state === SessionState.Terminated) return Promise.resolve();
  return new Promise((resolve) => {
    const onChange = (s: SessionState) => {
      if (s !== SessionState.Terminated) return;
      session.stateChange.removeListener(onChange);
      resolve();
    };
    session.stateChange.addListener(onChange);
  });
}

/**
 * Sends an INVITE and waits for its 2xx (RFC 3261 §13.2), then for sip.js to send the ACK and
 * reach Established. Rejects with CallSetupError: "rejected" (a final non-2xx, with its Warning),
 * "unreachable" (transport failure), "no-answer" (nothing final within `answerTimeoutS`), "media"
 * (answered, but the SDP answer could not be used).
 */
export async function placeInvite(
  sip: SipUserAgent,
  targetText: string,
  opts: { answerTimeoutS: number; extraHeaders?: readonly string[]; mediaNotes?: () => string },
  hooks: InviteHooks = {},
): Promise<PlacedCall> {
  const ruri = UserAgent.makeURI(targetText);
  if (!ruri) throw new CallSetupError("usage", `not a SIP URI: ${targetText}`);
  const inviter = new Inviter(sip.userAgent, ruri, {
    earlyMedia: false,
    ...(opts.extraHeaders ? { extraHeaders: [...opts.extraHeaders] } : {}),
  });
  const ok = await new Promise<Core.IncomingResponseMessage>((resolve, reject) => {
    const timer = setTimeout(
      () =>
        reject(
          new CallSetupError("no-answer", `no answer from ${targetText} within ${opts.answerTimeoutS} s`),
        ),
      opts.answerTimeoutS * 1000,
    );
    inviter
      .invite({
        requestDelegate: {
          onTrying: () => hooks.onTrying?.(),
          onProgress: (r) => hooks.onProgress?.(r.message.statusCode ?? 0, r.message.reasonPhrase ?? ""),
          onAccept: (r) => {
            clearTimeout(timer);
            resolve(r.message);
          },
          onReject: (r) => {
            clearTimeout(timer);
            // sip.js answers a transport failure itself with a header-less 503 that has no Call-ID:
            // look the failure up by the INVITE's own Call-ID and report the real cause.
            const failed = sip.transport.sendErrorFor(inviter.request.callId);
            if (failed && r.message.statusCode === 503 && !r.message.hasHeader("via")) {
              reject(new CallSetupError("unreachable", failed.message));
              return;
            }
            const warning = r.message.getHeader("warning");
            reject(
              new CallSetupError(
                "rejected",
                `${targetText} answered ${r.message.statusCode} ${r.message.reasonPhrase}${warning ? ` (Warning: ${warning})` : ""}`,
                undefined,
                r.message.statusCode,
                r.message.getHeader("min-se"),
                r.message.getHeader("retry-after"),
              ),
            );
          },
        },
      })
      .catch((e: unknown) => {
        clearTimeout(timer);
        reject(
          e instanceof CallSetupError
            ? e
            : new CallSetupError("unreachable", e instanceof Error ? e.message : String(e)),
        );
      });
  });
  const state = () => inviter.state;
  // sip.js sends the ACK and moves to Established after the SDH has read the answer.
  await sessionStateAfter(inviter, SessionState.Established, 1000);
  if (state() !== SessionState.Established) {
    throw new CallSetupError(
      "media",
      `the call did not get established (${state()}): ${opts.mediaNotes?.() || "the answer's SDP was not usable"}`,
    );
  }
  return { inviter, ok, callId: ok.callId, state };
}

/**
 * Sends BYE unless the far end already hung up, and waits (at most 8 s: over UDP the BYE goes
 * again at 0.5, 1.5, 3.5 and 7.5 s, RFC 3261 §17.1.2.2) for its answer: sip.js
 * marks the session Terminated as soon as the BYE is handed over, and a transport closed right
 * after would drop it. True when the far end hung up first.
 */
export async function hangUp(call: PlacedCall): Promise<boolean> {
  const byPeer = call.state() === SessionState.Terminated;
  if (!byPeer) {
    await new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, 8000);
      const done = () => {
        clearTimeout(timer);
        resolve();
      };
      call.inviter.bye({ requestDelegate: { onAccept: done, onReject: done } }).catch(done);
    });
  }
  return byPeer;
}
