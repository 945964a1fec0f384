import { type Core, Inviter, SessionState, UserAgent } from "sip.js";
import type { SipUserAgent } from "../../adapters/sip/user-agent.js";
import type { Report } from "../../report/model.js";

/** Why a call ended before it could be graded. */
export class CallSetupError extends Error {
  override readonly name = "CallSetupError";
  constructor(
    readonly kind: "unreachable" | "rejected" | "no-answer" | "usage" | "media",
    message: string,
    readonly report?: Report,
    /** The final status of a rejected INVITE. */
    readonly status?: number,
    /** The Min-SE of a 422 (RFC 4028 §6), as written. */
    readonly minSe?: string,
  ) {
    super(message);
  }
}

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

export const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

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
  for (let i = 0; i < 50 && state() !== SessionState.Established; i++) await sleep(20);
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
