import {
  type H323Address,
  type H323Aliases,
  type H323Call,
  H323SetupError,
} from "../../../adapters/h323/h323-call.js";
import { ROOM_USER } from "../room-aliases.js";
import type { CallbackOfferer, OutgoingRoomCall } from "../room-front.js";
import { H323_DEFAULT_PORT } from "../room-options.js";
import type { H323Engine } from "./h323-engine.js";

export interface SetupBackOptions {
  /** The room's own address for the call's TCP connection and media. */
  readonly localHost: string;
  /** The caller's host: the address its call came from, never one its messages name elsewhere. */
  readonly callerHost: string;
  /**
   * Where the caller takes calls by its registration with the room's gatekeeper (verified by
   * that registration); the callback goes there instead of callerHost:1720.
   */
  readonly registered?: H323Address;
  /** The caller's aliases: the callback is addressed to them. */
  readonly called: H323Aliases;
  readonly answerTimeoutMs: number;
}

/**
 * The callback alias's call back to an H.323 caller (test-room function 8): a Setup to the
 * address the caller registered with the room's gatekeeper, or else to the H.225.0 call
 * signalling port (H.323 §8.1: 1720) at the host the call came from, with fast
 * start so media flows as soon as the caller connects. The room's media offers; the caller's
 * answer comes back as SDP.
 */
export async function setupBack(
  place: H323Engine["place"],
  media: CallbackOfferer,
  opts: SetupBackOptions,
): Promise<OutgoingRoomCall> {
  const remote: H323Address = opts.registered ?? { host: opts.callerHost, port: H323_DEFAULT_PORT };
  const host = remote.host.includes(":") ? `[${remote.host}]` : remote.host;
  const uri = `h323:${opts.called.h323Id ?? opts.called.dialedDigits ?? ""}${opts.called.h323Id || opts.called.dialedDigits ? "@" : ""}${host}:${remote.port}`;
  let alerted = false;
  let call: H323Call;
  try {
    const offer = await media.createOffer();
    const placed = await place({
      local: { host: opts.localHost },
      remote,
      called: opts.called,
      calling: { h323Id: ROOM_USER },
      mode: "fastStart",
      sdpOffer: offer,
      answerTimeoutMs: opts.answerTimeoutMs,
      onAlerting: () => {
        alerted = true;
      },
    });
    call = placed.call;
    await media.acceptAnswer(placed.sdpAnswer).catch(async (e: unknown) => {
      await placed.call.hangUp("the answer's media could not be used").catch(() => {});
      throw e;
    });
  } catch (e) {
    const failure = e instanceof Error ? e.message : String(e);
    // Any message back from the caller (a ReleaseComplete refusing it, say) means it was reached.
    const heard = e instanceof H323SetupError && e.messages.some((m) => m.direction === "received");
    return {
      uri,
      reached: alerted || heard,
      answered: false,
      status: /timed? ?out|no answer|within/i.test(failure) ? "timeout" : "error",
      failure,
      isUp: () => false,
      hangUp: async () => {},
    };
  }
  let up = true;
  void call.whenEnded().then(() => {
    up = false;
  });
  return {
    uri,
    reached: true,
    answered: true,
    status: "connected",
    isUp: () => up,
    hangUp: async () => {
      up = false;
      await call.hangUp();
    },
  };
}
