import type { H225, H235 } from "../asn1/index.js";
import { Q850Cause } from "../q931/cause.js";
import type { CallPdu } from "./call-pdu.js";
import { type CallIdentity, CallSignallingMachine, type UuExtras } from "./call-signalling-machine.js";
import { type CallTimers, DEFAULT_CALL_TIMERS } from "./call-timers.js";

// The called endpoint's side of H.225.0 call signalling (H.225.0 §7-8, H.323 §8.1, Q.931
// §5.2): a Setup comes in; the application answers with Call Proceeding, Alerting and
// Connect, or rejects with ReleaseComplete. A connection that brings no Setup, and a Setup
// the application leaves unanswered, are bounded in time.
//
//   idle --Setup--> callPresent (U6) --proceed--> incomingCallProceeding (U9)
//        --alert--> callReceived (U7) --connect--> active (U10); any --> released (U0)

export type CalleeState =
  | "idle"
  | "callPresent"
  | "incomingCallProceeding"
  | "callReceived"
  | "active"
  | "released";

const ALLOWED: Record<CalleeState, readonly CalleeState[]> = {
  idle: ["callPresent", "released"],
  callPresent: ["incomingCallProceeding", "callReceived", "active", "released"],
  incomingCallProceeding: ["callReceived", "active", "released"],
  callReceived: ["active", "released"],
  active: ["released"],
  released: [],
};

const CALL_STATE: Record<CalleeState, number> = {
  idle: 0,
  callPresent: 6,
  incomingCallProceeding: 9,
  callReceived: 7,
  active: 10,
  released: 0,
};

export interface CalleeOptions {
  /** destinationInfo: what kind of endpoint we are. */
  readonly endpoint: H225.EndpointType;
  /** Accept H.245 tunnelling when the caller offers it (H.323 §8.2.1). */
  readonly h245Tunneling: boolean;
  readonly display?: string;
  readonly timers?: Partial<CallTimers>;
}

/** What an answer may carry: accepted fast start channels, our H.245 address, tunnelled H.245. */
export interface AnswerOptions extends UuExtras {
  readonly fastStart?: readonly Uint8Array[];
  /** Answer the caller's fast start proposals with fastConnectRefused. */
  readonly fastConnectRefused?: boolean;
  readonly h245Address?: H225.TransportAddress;
  /** Connect's clearTokens (H.235.6: our Diffie-Hellman answer). */
  readonly tokens?: readonly H235.ClearToken[];
}

export class H225CalleeMachine extends CallSignallingMachine<CalleeState> {
  protected readonly sendFlag = true;
  private readonly timers: CallTimers;
  private call: (CallIdentity & { conferenceId: Uint8Array }) | undefined;

  /** `now`: when the connection was accepted; a Setup must come within timers.setupWait. */
  constructor(
    now: number,
    private readonly options: CalleeOptions,
  ) {
    super("H.225.0 callee", "idle", ALLOWED, "released", options.h245Tunneling);
    this.timers = { ...DEFAULT_CALL_TIMERS, ...options.timers };
    this.startTimer(now, "setup wait", this.timers.setupWait, (t) =>
      this.release(
        t,
        { cause: Q850Cause.recoveryOnTimerExpiry },
        `no Setup within ${this.timers.setupWait} ms`,
      ),
    );
  }

  protected identity(): CallIdentity | undefined {
    return this.call;
  }

  protected callStateValue(): number {
    return CALL_STATE[this.state];
  }

  /** The Setup's conference ID, which Connect repeats (H.225.0 §7.3.3). */
  get conferenceId(): Uint8Array | undefined {
    return this.call?.conferenceId;
  }

  private answerBody(extras: AnswerOptions): H225.CallProceedingUUIE {
    const body: H225.CallProceedingUUIE = {
      protocolIdentifier: this.protocolIdentifier,
      destinationInfo: this.options.endpoint,
      callIdentifier: this.callIdentifier(),
      multipleCalls: false,
      maintainConnection: false,
    };
    if (extras.h245Address) body.h245Address = extras.h245Address;
    if (extras.fastStart && extras.fastStart.length > 0) body.fastStart = [...extras.fastStart];
    if (extras.fastConnectRefused) body.fastConnectRefused = null;
    return body;
  }

  private display(): { display?: string } {
    return this.options.display !== undefined ? { display: this.options.display } : {};
  }

  /** Call Proceeding (H.225.0 §7.3.2): the Setup is being handled. */
  proceed(_now: number, extras: AnswerOptions = {}): void {
    this.transition("incomingCallProceeding");
    this.send("callProceeding", { choice: "callProceeding", value: this.answerBody(extras) }, {}, extras);
  }

  /** Alerting (H.225.0 §7.3.1): the called user is being alerted. */
  alert(_now: number, extras: AnswerOptions = {}): void {
    this.transition("callReceived");
    this.send("alerting", { choice: "alerting", value: this.answerBody(extras) }, this.display(), extras);
  }

  /** Connect (H.225.0 §7.3.3): the call is answered. */
  connect(_now: number, extras: AnswerOptions = {}): void {
    this.transition("active");
    this.stopTimer();
    const connect: H225.ConnectUUIE = { ...this.answerBody(extras), conferenceID: this.call!.conferenceId };
    if (extras.tokens && extras.tokens.length > 0) connect.tokens = [...extras.tokens];
    this.send("connect", { choice: "connect", value: connect }, this.display(), extras);
  }

  /** Rejects or ends the call: ReleaseComplete with the reason and its cause. */
  reject(now: number, options: Parameters<CallSignallingMachine<CalleeState>["release"]>[1] = {}): void {
    this.release(now, options, "the call was refused or ended here");
  }

  protected onPdu(now: number, pdu: CallPdu): void {
    const { message, uu } = pdu;
    const body = uu["h323-uu-pdu"]["h323-message-body"];
    if (this.state === "idle") {
      if (message.type !== "setup" || body.choice !== "setup") {
        this.release(now, { cause: Q850Cause.messageNotCompatibleWithState }, `${message.type} before Setup`);
        return;
      }
      const setup = body.value;
      if (setup.callIdentifier === undefined) {
        // H.225.0 v1 Setups have no callIdentifier; our ReleaseComplete then carries an
        // all-zero one (the UUIE needs a value) with cause 96 "mandatory element missing".
        this.call = {
          callReference: message.callReference.value,
          callIdentifier: new Uint8Array(16),
          conferenceId: setup.conferenceID,
        };
        this.release(now, { cause: Q850Cause.mandatoryElementMissing }, "Setup without callIdentifier");
        return;
      }
      this.call = {
        callReference: message.callReference.value,
        callIdentifier: setup.callIdentifier.guid,
        conferenceId: setup.conferenceID,
      };
      this.transition("callPresent");
      this.startTimer(now, "answer wait", this.timers.answerWait, (t) =>
        this.release(t, { cause: Q850Cause.noAnswer }, `not answered within ${this.timers.answerWait} ms`),
      );
      this.queue.event({ type: "setup", setup, message });
      return;
    }
    switch (message.type) {
      case "facility":
        this.onFacility(body);
        return;
      case "information":
      case "notify":
      case "status":
      case "progress":
        return;
      default:
        this.unexpected();
    }
  }
}
