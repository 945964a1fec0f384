import { type Invitation, type Session, SessionState } from "sip.js";
import type { OfferAnswerParty } from "../../../adapters/media/session-description-handler.js";
import type { DialogSessionTimer } from "../../../adapters/sip/session-timer.js";
import type { SipUserAgent } from "../../../adapters/sip/user-agent.js";
import { CALLBACK_URI_HEADER } from "../room-aliases.js";
import type {
  CallbackOfferer,
  CallerSignalling,
  CapabilityProbe,
  OutgoingRoomCall,
  RoomCallHandle,
  SignallingSource,
} from "../room-front.js";
import { inviteBack, offeringParty } from "./callback-invite.js";
import { uriAtSource } from "./caller-address.js";
import { type OptionsProbeResult, probeOptions } from "./options-probe.js";
import { sipCallerSignalling } from "./sip-caller-signalling.js";
import type { SipWireRecord } from "./sip-wire-record.js";

export interface SipCallContext {
  readonly ua: SipUserAgent;
  readonly wire: SipWireRecord;
  /** Gives sip.js the media party of a session the room starts (the callback). */
  readonly mediaFor: (session: Session, party: OfferAnswerParty) => void;
  readonly now: () => number;
}

/** One SIP call as the room sees it: hang-up, the OPTIONS probe, the callback, and its signalling facts. */
export class SipCallHandle implements RoomCallHandle {
  /** The call's session timer (RFC 4028), once established with one. */
  timer: DialogSessionTimer | undefined;
  private probing: Promise<OptionsProbeResult> | undefined;

  constructor(
    private readonly invitation: Invitation,
    readonly source: SignallingSource,
    private readonly ctx: SipCallContext,
  ) {}

  get callId(): string {
    return this.invitation.request.callId;
  }

  /** Waits for the BYE's answer (closing the transport at once would drop the BYE before it reached the wire). */
  async hangUp(): Promise<void> {
    const s = this.invitation;
    if (s.state === SessionState.Established) {
      await new Promise<void>((resolve, reject) => {
        s.bye({ requestDelegate: { onAccept: () => resolve(), onReject: () => resolve() } }).catch(reject);
      });
    } else if (s.state === SessionState.Initial || s.state === SessionState.Establishing) {
      await s.reject({ statusCode: 480 });
    }
  }

  probe(timeoutMs: number): Promise<CapabilityProbe> {
    const target = uriAtSource(this.invitation.request.getHeader("contact"), this.source);
    this.probing ??= probeOptions(this.ctx.ua.userAgent, target, timeoutMs, (id) =>
      this.ctx.wire.probeStarted(id, this.ctx.now()),
    );
    return this.probing;
  }

  /**
   * Calls back the address the call came from. X-Vdm-Callback-Uri (or else the Contact) gives
   * only the user part, unless it names that same address.
   */
  callBack(media: CallbackOfferer, answerTimeoutMs: number): Promise<OutgoingRoomCall> {
    const request = this.invitation.request;
    const named = request.getHeader(CALLBACK_URI_HEADER) ?? request.getHeader("contact");
    const uri = uriAtSource(named, this.source);
    return inviteBack(
      this.ctx.ua.userAgent,
      uri,
      (inviter) => this.ctx.mediaFor(inviter, offeringParty(media)),
      answerTimeoutMs,
    );
  }

  async signalling(startedAtMs: number): Promise<CallerSignalling> {
    const probe = this.probing ? await this.probing : undefined;
    const now = this.ctx.now();
    return sipCallerSignalling({
      wire: this.ctx.wire.ofCall(this.callId, now),
      tls: this.ctx.ua.transport.tlsFacts(),
      ...(probe
        ? { probe: { ...probe, wire: probe.callId ? this.ctx.wire.takeProbe(probe.callId, now) : [] } }
        : {}),
      ...(this.timer ? { sessionTimer: this.timer.summary } : {}),
      startedAtMs,
    });
  }

  close(): void {
    this.ctx.wire.forget(this.callId);
  }
}
