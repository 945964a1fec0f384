import type { H225 } from "../asn1/index.js";
import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { ParseError } from "../parse-error.js";
import { type Cause, Q850Cause, userCause } from "../q931/cause.js";
import type { CallEvent, CallRelease, CallSignalTransmit } from "./call-events.js";
import {
  type CallPdu,
  H225_PROTOCOL_IDENTIFIER,
  type H323MessageBody,
  parseCallPdu,
  serializeCallPdu,
} from "./call-pdu.js";
import { causeOfReleaseReason, type ReleaseReasonName, releaseReason } from "./release-reason.js";
import type { H225MessageType, H225SignallingMessage } from "./signalling-message.js";

// What the caller and callee machines share (H.225.0 §7-8, Q.931 §5): one call on one call
// signalling connection, its states in one guarded transition, the PDUs both ends handle alike
// (ReleaseComplete, Facility, Status Enquiry, tunnelled H.245), and the release. Time is an
// input: timers are deadlines checked in handleTimeout.

/** What the application supplies about the call; randomness (call reference, GUIDs) is an input. */
export interface CallIdentity {
  /** The 15-bit call reference value (Q.931 §4.3); the caller picks it. */
  readonly callReference: number;
  /** CallIdentifier.guid: 16 octets (H.225.0 §7.6, "globally unique"). */
  readonly callIdentifier: Uint8Array;
}

export interface ReleaseOptions {
  /** The UUIE's reason (H.225.0 §7.6); its cause follows H.225.0 Table 5 unless `cause` is given. */
  readonly reason?: Exclude<
    ReleaseReasonName,
    "nonStandardReason" | "replaceWithConferenceInvite" | "securityError"
  >;
  /** The Q.850 cause value; normal call clearing (16) when neither is given. */
  readonly cause?: number;
}

/** Extras a sent PDU may carry in its H323-UU-PDU. */
export interface UuExtras {
  readonly h245Control?: readonly Uint8Array[];
}

export abstract class CallSignallingMachine<S extends string>
  implements SansIoMachine<CallSignalTransmit, CallEvent>
{
  protected readonly queue = new MachineQueue<CallSignalTransmit, CallEvent>();
  /** Deadline of the one running timer and what to do when it passes. */
  private timer: { at: number; name: string; onExpiry: (now: number) => void } | undefined;
  /** Our own h245Tunneling flag; the far end's answer decides (H.323 §8.2.1). */
  protected tunnelling: boolean;
  private tunnellingDecided = false;
  private fastStartSeen = false;

  protected constructor(
    private readonly machineName: string,
    protected state: S,
    private readonly allowed: Readonly<Record<S, readonly S[]>>,
    private readonly releasedState: S,
    h245Tunneling: boolean,
  ) {
    this.tunnelling = h245Tunneling;
  }

  /** The call's identity once known (the callee learns it from Setup). */
  protected abstract identity(): CallIdentity | undefined;
  /** Q.931 call reference flag of what we send: false from the caller, true from the callee. */
  protected abstract readonly sendFlag: boolean;
  /** The Q.931 call state we are in (Q.931 §2.1), for Status. */
  protected abstract callStateValue(): number;
  /** A PDU for this call, after the common handling. */
  protected abstract onPdu(now: number, pdu: CallPdu): void;

  get currentState(): S {
    return this.state;
  }

  /** True once H.245 may be tunnelled: we asked for it and the far end did not refuse. */
  get h245Tunnelling(): boolean {
    return this.tunnelling;
  }

  protected transition(to: S): void {
    if (!this.allowed[this.state].includes(to)) {
      throw new IllegalTransitionError(this.machineName, this.state, to);
    }
    this.state = to;
  }

  protected startTimer(now: number, name: string, ms: number, onExpiry: (now: number) => void): void {
    this.timer = { at: now + ms, name, onExpiry };
  }

  protected stopTimer(): void {
    this.timer = undefined;
  }

  handleTimeout(now: number): void {
    const t = this.timer;
    if (t === undefined || now < t.at) return;
    this.timer = undefined;
    t.onExpiry(now);
  }

  pollOutput(): MachineOutput<CallSignalTransmit, CallEvent> {
    return this.queue.poll(this.timer?.at);
  }

  /** The common H323-UU-PDU fields: the body, our tunnelling flag, tunnelled H.245. */
  protected uu(body: H323MessageBody, extras: UuExtras = {}): H225.H323UserInformation {
    const pdu: H225.H323UUPDU = { "h323-message-body": body, h245Tunneling: this.tunnelling };
    if (extras.h245Control && extras.h245Control.length > 0) pdu.h245Control = [...extras.h245Control];
    return { "h323-uu-pdu": pdu };
  }

  protected send(
    type: H225MessageType,
    body: H323MessageBody,
    elements: Partial<Omit<H225SignallingMessage, "type" | "callReference" | "userInformation">> = {},
    extras: UuExtras = {},
  ): void {
    const id = this.identity();
    if (id === undefined) throw new IllegalTransitionError(this.machineName, this.state, `send ${type}`);
    const bytes = serializeCallPdu(
      {
        type,
        callReference: { length: 2, flag: this.sendFlag, value: id.callReference },
        otherElements: [],
        ...elements,
      },
      this.uu(body, extras),
    );
    this.queue.transmit({ message: type, body: body.choice, bytes });
  }

  protected callIdentifier(): H225.CallIdentifier {
    return { guid: this.identity()!.callIdentifier };
  }

  protected get protocolIdentifier(): string {
    return H225_PROTOCOL_IDENTIFIER;
  }

  /** Sends tunnelled H.245 in a Facility with the "empty" body (H.225.0 §7.4.2, H.323 §8.2.1). */
  sendH245(_now: number, messages: readonly Uint8Array[]): void {
    if (!this.tunnelling) throw new Error(`${this.machineName}: H.245 is not tunnelled on this call`);
    if (this.state === this.releasedState || this.identity() === undefined) {
      throw new IllegalTransitionError(this.machineName, this.state, "tunnelled H.245");
    }
    this.send("facility", { choice: "empty", value: null }, {}, { h245Control: messages });
  }

  /** Sends ReleaseComplete (Cause + reason, H.225.0 §7.3.9) and ends the call. */
  release(_now: number, options: ReleaseOptions = {}, detail = "released by the application"): void {
    if (this.state === this.releasedState)
      throw new IllegalTransitionError(this.machineName, this.state, "release");
    const cause =
      options.cause ?? (options.reason ? causeOfReleaseReason(options.reason) : Q850Cause.normalCallClearing);
    if (this.identity() !== undefined) {
      const body: H225.ReleaseCompleteUUIE = {
        protocolIdentifier: this.protocolIdentifier,
        callIdentifier: this.callIdentifier(),
      };
      if (options.reason) body.reason = releaseReason(options.reason);
      this.send("releaseComplete", { choice: "releaseComplete", value: body }, { cause: userCause(cause) });
    }
    this.released({ by: "local", cause, ...(options.reason ? { reason: options.reason } : {}), detail });
  }

  protected released(release: CallRelease): void {
    this.stopTimer();
    this.transition(this.releasedState);
    this.queue.event({ type: "released", release });
  }

  /**
   * A TPKT payload from the call signalling connection. An empty one is an H.460.18 keep-alive.
   * A PDU that does not parse ends the call with cause 95 "invalid message" (Q.931 §5.8) and the
   * parse error's one line; nothing the far end sends makes this throw.
   */
  handlePayload(now: number, payload: Uint8Array): void {
    if (payload.length === 0 || this.state === this.releasedState) return;
    let pdu: CallPdu;
    try {
      pdu = parseCallPdu(payload);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.release(now, { cause: Q850Cause.invalidMessage }, e.message);
      return;
    }
    this.queue.event({ type: "received", message: pdu.message, uu: pdu.uu });
    const id = this.identity();
    // One call per connection here: a PDU with another call reference is not this call's
    // (Q.931 §5.8.3.2); it is reported as received and left alone.
    if (id !== undefined && pdu.message.callReference.value !== id.callReference) return;
    this.onCommon(now, pdu);
  }

  private onCommon(now: number, pdu: CallPdu): void {
    const { message, uu } = pdu;
    const uuPdu = uu["h323-uu-pdu"];
    const body = uuPdu["h323-message-body"];
    if (message.type === "releaseComplete") {
      const reason = body.choice === "releaseComplete" ? body.value.reason?.choice : undefined;
      this.released({
        by: "remote",
        ...(message.cause ? { cause: message.cause.value } : {}),
        ...(reason ? { reason } : {}),
        detail: `the far end released the call${reason ? ` (${reason})` : ""}${message.cause ? `, cause ${message.cause.value}` : ""}`,
      });
      return;
    }
    if (message.type === "status" && message.callState?.value === 0) {
      // Q.931 §5.8.11: the far end holds no call (state Null): the call is gone there.
      this.released({
        by: "remote",
        ...(message.cause ? { cause: message.cause.value } : {}),
        detail: "the far end reports call state Null in Status",
      });
      return;
    }
    if (message.type === "statusEnquiry") {
      this.sendStatus(userCause(Q850Cause.responseToStatusEnquiry));
      return;
    }
    this.onPdu(now, pdu);
    if (this.state === this.releasedState) return;
    this.onFarEndFlags(body, uuPdu);
    for (const m of uuPdu.h245Control ?? []) this.queue.event({ type: "h245", message: m });
  }

  /** h245Tunneling, fastStart, fastConnectRefused and h245Address, whichever message brings them. */
  private onFarEndFlags(body: H323MessageBody, uuPdu: H225.H323UUPDU): void {
    if (!this.tunnellingDecided && body.choice !== "empty" && uuPdu.h245Tunneling !== undefined) {
      this.tunnellingDecided = true;
      this.tunnelling = this.tunnelling && uuPdu.h245Tunneling;
      this.queue.event({ type: "h245Tunneling", enabled: this.tunnelling });
    }
    const v = body.value as Partial<H225.ConnectUUIE> | null;
    if (v === null || typeof v !== "object") return;
    if (v.fastStart && v.fastStart.length > 0 && !this.fastStartSeen) {
      this.fastStartSeen = true;
      this.queue.event({ type: "fastStart", elements: v.fastStart, in: body.choice as H225MessageType });
    }
    if (v.fastConnectRefused === null) this.queue.event({ type: "fastStartRefused" });
    if (v.h245Address) this.queue.event({ type: "h245Address", address: v.h245Address });
  }

  /** Status (Q.931 §5.8.10): our call state and why we send it. */
  protected sendStatus(cause: Cause): void {
    this.send(
      "status",
      {
        choice: "status",
        value: { protocolIdentifier: this.protocolIdentifier, callIdentifier: this.callIdentifier() },
      },
      { cause, callState: { codingStandard: 0, value: this.callStateValue() } },
    );
  }

  /** Q.931 §5.8.4: a message the current state does not expect is answered with Status, cause 101. */
  protected unexpected(): void {
    this.sendStatus(userCause(Q850Cause.messageNotCompatibleWithState));
  }

  /** Facility: its reason for the application (tunnelled H.245 is handled by the caller of onPdu). */
  protected onFacility(body: H323MessageBody): void {
    if (body.choice === "facility") {
      this.queue.event({ type: "facility", reason: body.value.reason.choice });
    }
  }
}
