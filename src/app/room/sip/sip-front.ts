import { type Invitation, type Session, SessionState } from "sip.js";
import {
  OfferAnswerHandler,
  type OfferAnswerParty,
} from "../../../adapters/media/session-description-handler.js";
import type { BoundListener, ListenSpec, SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import {
  acceptHeaders,
  DialogSessionTimer,
  sendReinvite,
  timerRequestOf,
} from "../../../adapters/sip/session-timer.js";
import { createUserAgent, type SipUserAgent } from "../../../adapters/sip/user-agent.js";
import { callIdOf, fromUriOf } from "../../../protocol/sip/header-readers.js";
import { DIALED_URI_HEADER } from "../../../protocol/sip/room-request-uri.js";
import {
  type UasTimerDecision,
  type UasTimerPolicy,
  uasTimerDecision,
} from "../../../protocol/sip/session-timer.js";
import { aliasOf, ROOM_USER } from "../room-aliases.js";
import { ROOM_PRODUCT, type RoomFront, type TakenRoomCall } from "../room-front.js";
import type { RoomDefences } from "../room-options.js";
import { inviteSource } from "./caller-address.js";
import { RoomRegistration, type RoomRegistrationOptions } from "./room-registration.js";
import { SipCallHandle } from "./sip-call-handle.js";
import { SipWireRecord } from "./sip-wire-record.js";

export interface SipFrontOptions {
  readonly listen: readonly ListenSpec[];
  /** Address written in Contact (and the room's Warning agent). */
  readonly publicAddress: string;
  /** The room's session timer wishes (RFC 4028 §9); undefined turns timers off. */
  readonly timerPolicy: UasTimerPolicy | undefined;
  /** Calls the room takes at once: bounds what the front keeps per call. */
  readonly maxCalls: number;
  readonly credentials?: { readonly username: string; readonly password: string };
  readonly loopbackOnly?: boolean;
  /** The front door's per-source rates and the TCP/TLS connection caps and timeouts. */
  readonly defences?: RoomDefences;
  /** Sees every SIP message (`serve --pcap`). */
  readonly onWire?: (e: SipWireEvent) => void;
}

/**
 * The room's SIP front: the only part of the room that speaks SIP (through sip.js). It turns each
 * INVITE into a room call, negotiating its offer once through `RoomFront.offer`, and answers with
 * the room's answer or its refusal; it runs the call's session timer and reports the call's
 * life to the room.
 */
export class SipFront {
  /** The media side of each session, for sip.js's offer/answer (weak: gone with the session). */
  private readonly parties = new WeakMap<Session, OfferAnswerParty>();
  private readonly registrations = new Set<RoomRegistration>();
  private room: RoomFront | undefined;

  private constructor(
    private readonly opts: SipFrontOptions,
    private readonly ua: SipUserAgent,
    private readonly wire: SipWireRecord,
    readonly listening: BoundListener[],
  ) {}

  static async start(opts: SipFrontOptions, room: RoomFront): Promise<SipFront> {
    const wire = new SipWireRecord(opts.maxCalls);
    let front: SipFront | undefined;
    const ua = createUserAgent({
      uri: `sip:${ROOM_USER}@${opts.publicAddress}`,
      displayName: "Testrum vdm-test",
      listen: opts.listen,
      advertiseHost: opts.publicAddress,
      roomUser: ROOM_USER,
      symmetricResponses: true,
      ...(opts.defences?.frontDoorRates ? { frontDoorRates: opts.defences.frontDoorRates } : {}),
      ...(opts.defences?.connectionLimits ? { connectionLimits: opts.defences.connectionLimits } : {}),
      userAgentString: ROOM_PRODUCT,
      ...(opts.timerPolicy ? { supported: ["timer"] } : {}),
      ...(opts.credentials
        ? { username: opts.credentials.username, password: opts.credentials.password }
        : {}),
      ...(opts.loopbackOnly ? { loopbackOnly: true } : {}),
      onWire: (e) => {
        wire.record(e, Date.now());
        opts.onWire?.(e);
      },
      sessionDescriptionHandlerFactory: (session) => {
        const party = front?.parties.get(session);
        if (!party) throw new Error("no media for this session");
        return new OfferAnswerHandler(party);
      },
      delegate: { onInvite: (inv) => front?.onInvite(inv) },
    });
    const listening = await ua.start();
    front = new SipFront(opts, ua, wire, listening);
    front.room = room;
    // A new call the room cannot take now (full, overloaded) is refused at the front door, before
    // sip.js parses it or anything is kept for it.
    ua.transport.setAdmission(({ method, inDialog, head }) => {
      if (method !== "INVITE" || inDialog) return undefined;
      const refusal = room.admits();
      if (!refusal) return undefined;
      room.event({
        callId: callIdOf(head) ?? "",
        kind: "rejected",
        from: fromUriOf(head) ?? "",
        detail: `503: ${refusal.reason}`,
      });
      return { retryAfterS: refusal.retryAfterS, why: refusal.reason };
    });
    return front;
  }

  /**
   * Registers the room at a registrar under an address of record (RFC 3261 §10), refreshed until
   * stop(), so a proxy routes calls for that user@domain here.
   */
  register(options: RoomRegistrationOptions): RoomRegistration {
    const registration = new RoomRegistration(this.ua, options);
    this.registrations.add(registration);
    return registration;
  }

  /** Removes every registration (Expires 0). */
  async unregister(): Promise<void> {
    await Promise.all([...this.registrations].map((r) => r.stop()));
  }

  /** Draining: new calls and OPTIONS outside a dialog get 503 with this Retry-After (seconds). */
  drain(retryAfterS: number): void {
    this.ua.transport.setDraining({ retryAfterS, why: "the room is draining" });
  }

  /** Closes every socket. */
  async stop(): Promise<void> {
    await this.ua.stop();
  }

  /** How many Call-IDs the front holds messages for (bounded memory, for tests). */
  get recordSizes(): { pending: number; calls: number; probes: number } {
    return this.wire.sizes(Date.now());
  }

  private onInvite(invitation: Invitation): void {
    this.take(invitation).catch((e: unknown) =>
      this.room?.event({
        callId: invitation.request.callId,
        kind: "error",
        from: invitation.request.from.uri.toString(),
        detail: `could not answer: ${e instanceof Error ? e.message : String(e)}`,
      }),
    );
  }

  /** One INVITE: the front's own refusals, then the room's single negotiation, then the answer. */
  private async take(invitation: Invitation): Promise<void> {
    const room = this.room!;
    const request = invitation.request;
    const callId = request.callId;
    const from = request.from.uri.toString();
    const dialledHeader = request.getHeader(DIALED_URI_HEADER);
    const dialled = dialledHeader ?? request.ruri?.toString() ?? "?";
    room.event({ callId, kind: "incoming", from, detail: `dialled ${dialled}` });
    const refuse = (statusCode: number, extraHeaders: string[], reason: string) => {
      void invitation.reject({ statusCode, extraHeaders }).catch(() => {});
      this.wire.refused(callId);
      room.event({ callId, kind: "rejected", from, detail: `${statusCode}: ${reason}` });
    };
    const body = invitation.body;
    // A delayed offer (INVITE without SDP) would need the room to offer first.
    if (!body)
      return refuse(
        488,
        [`Warning: 399 ${this.opts.publicAddress} "INVITE without SDP offer"`],
        "INVITE without an SDP offer",
      );
    // RFC 4028 §9: the interval and refresher, or 422 with Min-SE for an interval too small.
    const timerRequest = timerRequestOf(request);
    const policy = this.opts.timerPolicy;
    const timer = policy ? uasTimerDecision(timerRequest, policy) : undefined;
    if (timer?.kind === "reject")
      return refuse(
        422,
        [`Min-SE: ${timer.minSeS}`],
        `Session-Expires ${timerRequest.sessionExpires?.deltaSeconds} s is below Min-SE ${timer.minSeS} s`,
      );
    const source = inviteSource(this.wire.firstInvite(callId, Date.now()), request.getHeader("via"));
    if (!source) return refuse(400, [], "no Via to tell where the INVITE came from");
    const handle = new SipCallHandle(invitation, source, {
      ua: this.ua,
      wire: this.wire,
      mediaFor: (session, party) => this.parties.set(session, party),
      now: Date.now,
    });
    const outcome = await room.offer(
      { callId, from, dialled, alias: aliasOf(dialledHeader), source, offer: body },
      handle,
    );
    if (outcome.kind === "refuse")
      return refuse(
        outcome.status,
        [
          ...(outcome.warning ? [`Warning: ${outcome.warning}`] : []),
          ...(outcome.retryAfterS !== undefined ? [`Retry-After: ${outcome.retryAfterS}`] : []),
        ],
        outcome.reason,
      );
    this.wire.keep(callId, Date.now());
    this.parties.set(invitation, answeredParty(outcome.answer, outcome.call));
    this.follow(invitation, handle, outcome.call, timer, timerRequest.uacSupportsTimer);
    // A CANCEL may have ended the INVITE while the room negotiated.
    if (invitation.state === SessionState.Terminated) return outcome.call.ended();
    await invitation.accept(timer ? { extraHeaders: acceptHeaders(timer) } : undefined);
  }

  /** Tells the room about the call's life, and runs its session timer (RFC 4028) once it is up. */
  private follow(
    invitation: Invitation,
    handle: SipCallHandle,
    call: TakenRoomCall,
    timer: Extract<UasTimerDecision, { kind: "accept" }> | undefined,
    peerSupportsTimer: boolean,
  ): void {
    const policy = this.opts.timerPolicy;
    invitation.stateChange.addListener((state) => {
      if (state === SessionState.Established) {
        if (timer && policy) {
          handle.timer = new DialogSessionTimer(invitation, {
            intervalS: timer.intervalS,
            weRefresh: timer.refresher === "uas",
            peerSupportsTimer,
            policy,
            // The room only answers: its refresh carries no offer, the caller offers in the 2xx.
            send: (headers) => sendReinvite(invitation, headers, { withoutSdp: true }),
            onExpire: (t) =>
              this.room?.event({
                callId: handle.callId,
                kind: "expired",
                from: invitation.request.from.uri.toString(),
                detail: t.expired ?? "session expired",
              }),
          }).start();
        }
        call.established();
      } else if (state === SessionState.Terminated) call.ended();
    });
  }
}

/**
 * sip.js's offer/answer over a call whose first offer the room has negotiated already: sip.js
 * sets that offer again in accept(), which is not negotiated twice; later offers (re-INVITEs)
 * go to the room.
 */
function answeredParty(firstAnswer: string, call: TakenRoomCall): OfferAnswerParty {
  let answer: string | undefined = firstAnswer;
  let first = true;
  return {
    acceptOffer: async (sdp) => {
      if (first) {
        first = false;
        return;
      }
      answer = undefined;
      answer = await call.reoffer(sdp);
    },
    createAnswer: async () => {
      if (answer === undefined) throw new Error("no offer to answer");
      return answer;
    },
    createOffer: () => Promise.reject(new Error("the room does not make offers")),
    acceptAnswer: () => Promise.reject(new Error("the room does not make offers")),
    // The room closes the call's media when the call ends.
    close: () => {},
  };
}
