import { Inviter, SessionState, UserAgent } from "sip.js";
import type { OfferAnswerParty } from "../../../adapters/media/session-description-handler.js";
import type { CallbackOfferer, OutgoingRoomCall } from "../room-front.js";

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** sip.js's offer/answer for the room's own INVITE: the room offers, the callee answers. */
export function offeringParty(media: CallbackOfferer): OfferAnswerParty {
  return {
    createOffer: () => media.createOffer(),
    acceptAnswer: (sdp) => media.acceptAnswer(sdp),
    acceptOffer: () => Promise.reject(new Error("the callback makes the offer")),
    createAnswer: () => Promise.reject(new Error("the callback makes the offer")),
    // The room closes the callback's media itself.
    close: () => {},
  };
}

/**
 * Sends the room's INVITE to `uri` and waits up to `answerTimeoutMs` for the answer (then
 * CANCEL). `register` learns the Inviter before sip.js asks for its media.
 */
export async function inviteBack(
  ua: UserAgent,
  uri: string,
  register: (inviter: Inviter) => void,
  answerTimeoutMs: number,
): Promise<OutgoingRoomCall> {
  const target = UserAgent.makeURI(uri);
  if (!target) return notPlaced(uri, `not a SIP URI: ${uri}`);
  const inviter = new Inviter(ua, target, { earlyMedia: false });
  register(inviter);
  let reached = false;
  const status = await new Promise<number | "timeout" | "error">((resolve) => {
    const timer = setTimeout(() => {
      void inviter.cancel().catch(() => {});
      resolve("timeout");
    }, answerTimeoutMs);
    const done = (s: number | "error") => {
      clearTimeout(timer);
      resolve(s);
    };
    inviter
      .invite({
        requestDelegate: {
          onTrying: () => {
            reached = true;
          },
          onProgress: () => {
            reached = true;
          },
          onAccept: (r) => {
            reached = true;
            done(r.message.statusCode ?? 200);
          },
          onReject: (r) => {
            // sip.js makes a header-less 503 of a transport failure: nothing reached the callee.
            if (r.message.hasHeader("via")) reached = true;
            done(r.message.statusCode ?? 0);
          },
        },
      })
      .catch(() => done("error"));
  });
  const state = (): SessionState => inviter.state;
  // The 2xx is in; sip.js establishes the session once its ACK is out.
  for (
    let i = 0;
    i < 50 && typeof status === "number" && status < 300 && state() !== SessionState.Established;
    i++
  )
    await sleep(20);
  return {
    uri,
    reached,
    answered: state() === SessionState.Established,
    status,
    ...(status === "timeout"
      ? { failure: `no answer within ${Math.round(answerTimeoutMs / 1000)} s` }
      : typeof status === "number" && status >= 300
        ? { failure: `answered ${status}` }
        : status === "error"
          ? { failure: "the INVITE could not be sent" }
          : {}),
    isUp: () => state() === SessionState.Established,
    hangUp: async () => {
      if (state() === SessionState.Established) await inviter.bye().catch(() => {});
    },
  };
}

function notPlaced(uri: string, failure: string): OutgoingRoomCall {
  return {
    uri,
    reached: false,
    answered: false,
    status: "error",
    failure,
    isUp: () => false,
    hangUp: async () => {},
  };
}
