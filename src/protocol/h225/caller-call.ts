import type { H225, H235 } from "../asn1/index.js";
import { H225_BEARER_CAPABILITY } from "../q931/bearer-capability.js";
import { Q850Cause } from "../q931/cause.js";
import type { CallPdu } from "./call-pdu.js";
import { type CallIdentity, CallSignallingMachine, type UuExtras } from "./call-signalling-machine.js";
import { type CallTimers, DEFAULT_CALL_TIMERS } from "./call-timers.js";

// The calling endpoint's side of H.225.0 call signalling (H.225.0 §7-8, H.323 §8.1, Q.931
// §5.1): Setup, then Call Proceeding / Alerting / Progress, then Connect; ReleaseComplete
// from either end at any time. Each wait is bounded by its Q.931 timer (T303, T310, T301); on
// expiry the call is released with cause 102 "recovery on timer expiry".
//
//   idle --start--> callInitiated (U1) --CallProceeding--> outgoingCallProceeding (U3)
//        --Alerting--> callDelivered (U4) --Connect--> active (U10); any --> released (U0)

export type CallerState =
  | "idle"
  | "callInitiated"
  | "outgoingCallProceeding"
  | "callDelivered"
  | "active"
  | "released";

const ALLOWED: Record<CallerState, readonly CallerState[]> = {
  idle: ["callInitiated", "released"],
  callInitiated: ["outgoingCallProceeding", "callDelivered", "active", "released"],
  outgoingCallProceeding: ["callDelivered", "active", "released"],
  callDelivered: ["active", "released"],
  active: ["released"],
  released: [],
};

/** Q.931 §2.1.1 user-side call states. */
const CALL_STATE: Record<CallerState, number> = {
  idle: 0,
  callInitiated: 1,
  outgoingCallProceeding: 3,
  callDelivered: 4,
  active: 10,
  released: 0,
};

export interface CallerOptions extends CallIdentity {
  readonly conferenceId: Uint8Array;
  /** sourceInfo: what kind of endpoint we are (H.225.0 §7.6 EndpointType). */
  readonly endpoint: H225.EndpointType;
  readonly sourceAddress?: readonly H225.AliasAddress[];
  readonly destinationAddress?: readonly H225.AliasAddress[];
  readonly destCallSignalAddress?: H225.TransportAddress;
  readonly display?: string;
  /** Encoded OpenLogicalChannel proposals (fast start, H.323 §8.1.7). */
  readonly fastStart?: readonly Uint8Array[];
  /** Setup's clearTokens (H.235.6: the Diffie-Hellman offer). */
  readonly tokens?: readonly H235.ClearToken[];
  /** Offer H.245 tunnelling (H.323 §8.2.1). */
  readonly h245Tunneling: boolean;
  /** Where we listen for a separate H.245 connection, if we do. */
  readonly h245Address?: H225.TransportAddress;
  readonly timers?: Partial<CallTimers>;
}

export class H225CallerMachine extends CallSignallingMachine<CallerState> {
  protected readonly sendFlag = false;
  private readonly timers: CallTimers;

  constructor(private readonly options: CallerOptions) {
    super("H.225.0 caller", "idle", ALLOWED, "released", options.h245Tunneling);
    this.timers = { ...DEFAULT_CALL_TIMERS, ...options.timers };
  }

  protected identity(): CallIdentity {
    return this.options;
  }

  protected callStateValue(): number {
    return CALL_STATE[this.state];
  }

  /** Sends Setup (H.225.0 §7.3.10) and starts T303; tunnelled H.245 may ride along. */
  start(now: number, extras: UuExtras = {}): void {
    this.transition("callInitiated");
    const o = this.options;
    const setup: H225.SetupUUIE = {
      protocolIdentifier: this.protocolIdentifier,
      sourceInfo: o.endpoint,
      activeMC: false,
      conferenceID: o.conferenceId,
      conferenceGoal: { choice: "create", value: null },
      callType: { choice: "pointToPoint", value: null },
      callIdentifier: this.callIdentifier(),
      mediaWaitForConnect: false,
      canOverlapSend: false,
      multipleCalls: false,
      maintainConnection: false,
    };
    if (o.h245Address) setup.h245Address = o.h245Address;
    if (o.sourceAddress) setup.sourceAddress = [...o.sourceAddress];
    if (o.destinationAddress) setup.destinationAddress = [...o.destinationAddress];
    if (o.destCallSignalAddress) setup.destCallSignalAddress = o.destCallSignalAddress;
    if (o.fastStart && o.fastStart.length > 0) setup.fastStart = [...o.fastStart];
    if (o.tokens && o.tokens.length > 0) setup.tokens = [...o.tokens];
    this.send(
      "setup",
      { choice: "setup", value: setup },
      {
        bearerCapability: H225_BEARER_CAPABILITY,
        ...(o.display !== undefined ? { display: o.display } : {}),
      },
      extras,
    );
    this.startTimer(now, "T303", this.timers.t303, (t) => this.expired(t, "T303", "no answer to Setup"));
  }

  /** Hangs up: ReleaseComplete with normal call clearing unless told otherwise. */
  hangUp(now: number, options: Parameters<CallSignallingMachine<CallerState>["release"]>[1] = {}): void {
    this.release(now, options, "we hung up");
  }

  private expired(now: number, timer: string, what: string): void {
    this.release(now, { cause: Q850Cause.recoveryOnTimerExpiry }, `${timer} expired: ${what}`);
  }

  /** True when the message fits the state; otherwise answers with Status (Q.931 §5.8.4). */
  private expectIn(...states: CallerState[]): boolean {
    if (states.includes(this.state)) return true;
    this.unexpected();
    return false;
  }

  protected onPdu(now: number, pdu: CallPdu): void {
    const { message, uu } = pdu;
    const body = uu["h323-uu-pdu"]["h323-message-body"];
    switch (message.type) {
      case "callProceeding":
        if (!this.expectIn("callInitiated")) return;
        this.transition("outgoingCallProceeding");
        this.startTimer(now, "T310", this.timers.t310, (t) =>
          this.expired(t, "T310", "no Alerting or Connect after Call Proceeding"),
        );
        this.queue.event({ type: "proceeding" });
        return;
      case "alerting":
        if (!this.expectIn("callInitiated", "outgoingCallProceeding")) return;
        this.transition("callDelivered");
        this.startTimer(now, "T301", this.timers.t301, (t) =>
          this.expired(t, "T301", "no Connect after Alerting"),
        );
        this.queue.event({ type: "alerting" });
        return;
      case "progress":
        if (!this.expectIn("callInitiated", "outgoingCallProceeding", "callDelivered")) return;
        if (this.state === "callInitiated") {
          // Q.931 §5.1.6: Progress stops T303; the wait goes on as after Call Proceeding.
          this.startTimer(now, "T310", this.timers.t310, (t) =>
            this.expired(t, "T310", "no Alerting or Connect after Progress"),
          );
        }
        this.queue.event({ type: "progress", message });
        return;
      case "connect":
        if (!this.expectIn("callInitiated", "outgoingCallProceeding", "callDelivered")) return;
        if (body.choice !== "connect") return;
        this.transition("active");
        this.stopTimer();
        this.queue.event({ type: "connected", connect: body.value });
        return;
      case "facility":
        this.onFacility(body);
        return;
      case "notify":
      case "information":
      case "status":
        return;
      default:
        this.unexpected();
    }
  }
}
