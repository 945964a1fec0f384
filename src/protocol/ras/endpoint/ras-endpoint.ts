import type { H225 } from "../../asn1/index.js";
import { type HostPort, readH225Address } from "../../h323/transport-address.js";
import {
  IllegalTransitionError,
  type MachineOutput,
  MachineQueue,
  type SansIoMachine,
} from "../../machine.js";
import { ParseError } from "../../parse-error.js";
import { decodeRas, encodeRas, type RasMessage } from "../ras-message.js";
import { ANSWERS, rejectReason, requestSeqNum } from "../ras-names.js";
import {
  admissionRequest,
  disengageConfirm,
  disengageReject,
  disengageRequest,
  type EndpointIdentity,
  gatekeeperRequest,
  infoRequestResponse,
  type RasCall,
  type Registration,
  registrationRequest,
  unknownMessageResponse,
  unregistrationConfirm,
  unregistrationRequest,
} from "./endpoint-messages.js";
import type { RasEndpointEvent, RasRequestName, RasTransmit } from "./ras-endpoint-events.js";
import { DEFAULT_RAS_TIMERS, keepAliveAt, type RasTimers } from "./ras-timers.js";

// The endpoint side of H.225.0 RAS, sans-IO: unicast discovery (GRQ to the configured
// gatekeeper, never multicast), registration with keep-alive, admission and disengage of calls,
// unregistration; and the gatekeeper's own requests answered (IRQ -> IRR, URQ -> UCF,
// DRQ -> DCF). Each request is a transaction matched by requestSeqNum, sent again with the same
// number when no answer comes in time, its wait stretched by a RequestInProgress (RIP).

export type RasEndpointState =
  | "idle"
  | "discovering"
  | "registering"
  | "registered"
  | "unregistering"
  | "unregistered"
  | "failed";

const ALLOWED: Readonly<Record<RasEndpointState, readonly RasEndpointState[]>> = {
  idle: ["discovering"],
  discovering: ["registering", "failed"],
  registering: ["registered", "failed"],
  // A keep-alive that fails or an RRJ to it ends the registration; the gatekeeper may end it too.
  registered: ["unregistering", "unregistered", "registering"],
  unregistering: ["unregistered"],
  unregistered: [],
  failed: [],
};

export interface RasEndpointOptions extends EndpointIdentity {
  /** The gatekeeper's RAS address (unicast; port 1719 by convention). */
  readonly gatekeeper: HostPort;
  readonly timers?: RasTimers;
  /** The first requestSeqNum (1..65535); the shell picks it at random so a restart is not confused with the last run. */
  readonly firstSeqNum?: number;
}

interface Pending {
  readonly name: RasRequestName;
  readonly kind: RasMessage["choice"];
  readonly seq: number;
  readonly bytes: Uint8Array;
  readonly message: RasMessage;
  readonly call?: RasCall;
  attempts: number;
  deadline: number;
}

const callOf = (p: Pending) => (p.call ? { callReferenceValue: p.call.callReferenceValue } : {});

type AdmittedCall = RasCall & { readonly callModel: H225.CallModel };

export class RasEndpoint implements SansIoMachine<RasTransmit, RasEndpointEvent> {
  private readonly queue = new MachineQueue<RasTransmit, RasEndpointEvent>();
  private readonly timers: RasTimers;
  private stateValue: RasEndpointState = "idle";
  private seq: number;
  private gatekeeperAddress: HostPort;
  private gatekeeperIdentifier: string | undefined;
  private registration: Registration | undefined;
  private keepAliveDue: number | undefined;
  private readonly pending = new Map<number, Pending>();
  private readonly calls = new Map<number, AdmittedCall>();
  /** Calls the gatekeeper dropped, so a repeated DRQ (our DCF lost) gets its DCF again. */
  private readonly dropped = new Set<number>();

  constructor(private readonly opts: RasEndpointOptions) {
    if (opts.aliases.length === 0)
      throw new RangeError("RAS endpoint: at least one alias is needed (RRQ terminalAlias, ARQ srcInfo)");
    this.timers = opts.timers ?? DEFAULT_RAS_TIMERS;
    this.seq = opts.firstSeqNum ?? 1;
    this.gatekeeperAddress = opts.gatekeeper;
  }

  get state(): RasEndpointState {
    return this.stateValue;
  }

  /** The registration the gatekeeper confirmed, while registered. */
  get registered(): Registration | undefined {
    return this.stateValue === "registered" ? this.registration : undefined;
  }

  /** Where the gatekeeper's RAS answers come from (GCF rasAddress once discovered). */
  get gatekeeperRasAddress(): HostPort {
    return this.gatekeeperAddress;
  }

  private transition(to: RasEndpointState): void {
    if (!ALLOWED[this.stateValue].includes(to))
      throw new IllegalTransitionError("RAS endpoint", this.stateValue, to);
    this.stateValue = to;
  }

  // ---- requests the application makes --------------------------------------------------

  /** GRQ to the gatekeeper (H.225.0 gatekeeper discovery, unicast); registration follows the GCF. */
  start(now: number): void {
    this.transition("discovering");
    this.request(now, "GRQ", (seq) => gatekeeperRequest(seq, this.opts));
  }

  /** ARQ for a call; "admitted" (with ACF's destCallSignalAddress), "rejected" or "timedOut" follows. */
  admit(now: number, call: RasCall): number {
    const reg = this.requireRegistered("ARQ");
    return this.request(now, "ARQ", (seq) => admissionRequest(seq, this.opts, reg, call), call);
  }

  /** DRQ after a call (H.225.0: an endpoint "shall send a DRQ" when the call ends). */
  disengage(
    now: number,
    callReferenceValue: number,
    reason: "normalDrop" | "forcedDrop" = "normalDrop",
  ): void {
    const reg = this.requireRegistered("DRQ");
    const call = this.calls.get(callReferenceValue);
    if (!call) throw new RangeError(`RAS endpoint: no admitted call with reference ${callReferenceValue}`);
    this.request(now, "DRQ", (seq) => disengageRequest(seq, reg, call, reason), call);
  }

  /** URQ: end the registration. Any keep-alive stops. */
  unregister(now: number): void {
    const reg = this.requireRegistered("URQ");
    this.transition("unregistering");
    this.keepAliveDue = undefined;
    this.request(now, "URQ", (seq) => unregistrationRequest(seq, this.opts, reg));
  }

  private requireRegistered(what: string): Registration {
    if (this.stateValue !== "registered" || !this.registration)
      throw new IllegalTransitionError("RAS endpoint", this.stateValue, `${what} (needs registered)`);
    return this.registration;
  }

  private nextSeq(): number {
    const s = this.seq;
    // RequestSeqNum is INTEGER (1..65535); wrap past the top.
    this.seq = s >= 65535 ? 1 : s + 1;
    return s;
  }

  private request(
    now: number,
    name: RasRequestName,
    build: (seq: number) => RasMessage,
    call?: RasCall,
  ): number {
    const seq = this.nextSeq();
    const message = build(seq);
    const p: Pending = {
      name,
      kind: message.choice,
      seq,
      bytes: encodeRas(message),
      message,
      attempts: 1,
      deadline: now + this.timers.timeoutMs,
      ...(call ? { call } : {}),
    };
    this.pending.set(seq, p);
    this.queue.transmit({ to: this.gatekeeperAddress, bytes: p.bytes, message });
    return seq;
  }

  // ---- time ---------------------------------------------------------------------------

  handleTimeout(now: number): void {
    for (const p of [...this.pending.values()]) {
      if (now < p.deadline) continue;
      if (p.attempts > this.timers.retries) {
        this.pending.delete(p.seq);
        this.failed(now, p, { type: "timedOut", request: p.name, attempts: p.attempts, ...callOf(p) });
        continue;
      }
      p.attempts++;
      p.deadline = now + this.timers.timeoutMs;
      this.queue.transmit({
        to: this.gatekeeperAddress,
        bytes: p.bytes,
        message: p.message,
        retransmission: true,
      });
    }
    if (this.keepAliveDue !== undefined && now >= this.keepAliveDue && this.registration) {
      this.keepAliveDue = undefined;
      const reg = this.registration;
      this.request(now, "keep-alive RRQ", (seq) =>
        registrationRequest(seq, this.opts, this.gatekeeperIdentifier, reg),
      );
    }
  }

  pollOutput(): MachineOutput<RasTransmit, RasEndpointEvent> {
    let next = this.keepAliveDue;
    for (const p of this.pending.values())
      next = next === undefined ? p.deadline : Math.min(next, p.deadline);
    return this.queue.poll(next);
  }

  /** What a request that failed (reject or no answer) does to the registration. */
  private failed(now: number, p: Pending, event: RasEndpointEvent): void {
    this.queue.event(event);
    if (p.name === "DRQ") this.calls.delete(p.call!.callReferenceValue);
    if (p.name === "GRQ" || p.name === "RRQ") this.transition("failed");
    else if (
      p.name === "keep-alive RRQ" &&
      event.type === "rejected" &&
      event.reason === "fullRegistrationRequired" &&
      this.stateValue === "registered"
    ) {
      // H.225.0 RRJ fullRegistrationRequired: the gatekeeper lost us; register again in full.
      this.transition("registering");
      this.request(now, "RRQ", (seq) =>
        registrationRequest(seq, this.opts, this.gatekeeperIdentifier, undefined),
      );
    } else if (p.name === "keep-alive RRQ" && this.stateValue === "registered") {
      this.transition("unregistered");
      this.queue.event({
        type: "unregistered",
        by: "lost",
        reason: event.type === "rejected" ? event.reason : "no answer to the keep-alive RRQ",
      });
    } else if (p.name === "URQ" && this.stateValue === "unregistering") {
      // URJ or no answer: we consider ourselves unregistered either way.
      this.transition("unregistered");
      this.queue.event({
        type: "unregistered",
        by: "us",
        reason: event.type === "rejected" ? event.reason : "no answer to the URQ",
      });
    }
  }

  // ---- datagrams from the gatekeeper -----------------------------------------------------

  handleDatagram(now: number, bytes: Uint8Array, from: HostPort): void {
    let m: RasMessage;
    try {
      m = decodeRas(bytes);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.queue.event({ type: "undecodable", from, error: e.message });
      return;
    }
    if (from.host !== this.gatekeeperAddress.host && from.host !== this.opts.gatekeeper.host) {
      this.queue.event({ type: "unhandled", message: m, from, why: "not from the gatekeeper" });
      return;
    }
    if (m.choice === "$unknown") {
      this.queue.event({
        type: "unhandled",
        message: m,
        from,
        why: "an extension this version does not know",
      });
      return;
    }
    switch (m.choice) {
      case "infoRequest":
        this.onInfoRequest(m.value, from);
        return;
      case "unregistrationRequest":
        this.onUnregistrationRequest(m.value, from);
        return;
      case "disengageRequest":
        this.onDisengageRequest(m.value, from);
        return;
      case "requestInProgress":
        this.onRequestInProgress(now, m, from);
        return;
      case "gatekeeperRequest":
      case "registrationRequest":
      case "admissionRequest":
      case "locationRequest":
      case "bandwidthRequest":
        // Requests only a gatekeeper answers: H.225.0's UnknownMessageResponse says so.
        this.queue.transmit(this.answer(from, unknownMessageResponse(m.value.requestSeqNum, bytes)));
        return;
    }
    const seq = requestSeqNum(m);
    const p = seq !== undefined ? this.pending.get(seq) : undefined;
    if (!p || ANSWERS[m.choice] !== p.kind) {
      this.queue.event({
        type: "unhandled",
        message: m,
        from,
        why: p ? `does not answer the ${p.name}` : "answers no request of ours",
      });
      return;
    }
    this.pending.delete(p.seq);
    this.onAnswer(now, p, m);
  }

  private answer(to: HostPort, message: RasMessage): RasTransmit {
    return { to, bytes: encodeRas(message), message };
  }

  private onRequestInProgress(
    now: number,
    m: RasMessage & { choice: "requestInProgress" },
    from: HostPort,
  ): void {
    const p = this.pending.get(m.value.requestSeqNum);
    if (!p) {
      this.queue.event({ type: "unhandled", message: m, from, why: "answers no request of ours" });
      return;
    }
    // RIP: wait `delay` ms from now instead of the timer, without spending a retry.
    p.deadline = now + m.value.delay;
    this.queue.event({ type: "inProgress", request: p.name, delayMs: m.value.delay });
  }

  private onAnswer(now: number, p: Pending, m: RasMessage): void {
    const reason = rejectReason(m);
    if (reason !== undefined) {
      this.failed(now, p, { type: "rejected", request: p.name, reason, message: m, ...callOf(p) });
      return;
    }
    switch (m.choice) {
      case "gatekeeperConfirm":
        this.onGatekeeperConfirm(now, m.value);
        return;
      case "registrationConfirm":
        this.onRegistrationConfirm(now, p, m.value);
        return;
      case "admissionConfirm": {
        const call = p.call!;
        this.calls.set(call.callReferenceValue, { ...call, callModel: m.value.callModel });
        this.queue.event({
          type: "admitted",
          callReferenceValue: call.callReferenceValue,
          destCallSignalAddress: readH225Address(m.value.destCallSignalAddress),
          callModel: m.value.callModel.choice,
          bandWidth: m.value.bandWidth,
          acf: m.value,
        });
        return;
      }
      case "disengageConfirm":
        this.calls.delete(p.call!.callReferenceValue);
        this.queue.event({ type: "disengaged", callReferenceValue: p.call!.callReferenceValue });
        return;
      case "unregistrationConfirm":
        // The gatekeeper's own URQ may have crossed ours: already unregistered then.
        if (this.stateValue !== "unregistering") return;
        this.transition("unregistered");
        this.registration = undefined;
        this.queue.event({ type: "unregistered", by: "us" });
        return;
      default:
        // An ACF sequence (H.225.0 supportsACFSequences, which we never announce).
        this.queue.event({
          type: "unhandled",
          message: m,
          from: this.gatekeeperAddress,
          why: "not asked for",
        });
    }
  }

  private onGatekeeperConfirm(now: number, gcf: H225.GatekeeperConfirm): void {
    // H.225.0: the GCF's rasAddress is where the gatekeeper takes RAS from now on.
    this.gatekeeperAddress = readH225Address(gcf.rasAddress) ?? this.gatekeeperAddress;
    this.gatekeeperIdentifier = gcf.gatekeeperIdentifier;
    this.queue.event({
      type: "discovered",
      ...(gcf.gatekeeperIdentifier !== undefined ? { gatekeeperIdentifier: gcf.gatekeeperIdentifier } : {}),
      rasAddress: this.gatekeeperAddress,
      gcf,
    });
    this.transition("registering");
    this.request(now, "RRQ", (seq) =>
      registrationRequest(seq, this.opts, this.gatekeeperIdentifier, undefined),
    );
  }

  private onRegistrationConfirm(now: number, p: Pending, rcf: H225.RegistrationConfirm): void {
    // A keep-alive answered after we unregistered changes nothing.
    if (p.name === "keep-alive RRQ" && this.stateValue !== "registered") return;
    this.registration = {
      endpointIdentifier: rcf.endpointIdentifier,
      ...((rcf.gatekeeperIdentifier ?? this.gatekeeperIdentifier) !== undefined
        ? { gatekeeperIdentifier: (rcf.gatekeeperIdentifier ?? this.gatekeeperIdentifier)! }
        : {}),
    };
    this.gatekeeperIdentifier = this.registration.gatekeeperIdentifier;
    // H.225.0: without timeToLive in the RCF the registration does not expire.
    this.keepAliveDue =
      rcf.timeToLive !== undefined ? keepAliveAt(now, rcf.timeToLive, this.timers) : undefined;
    if (p.name === "keep-alive RRQ") {
      this.queue.event({
        type: "keptAlive",
        ...(rcf.timeToLive !== undefined ? { timeToLive: rcf.timeToLive } : {}),
      });
      return;
    }
    this.transition("registered");
    this.queue.event({
      type: "registered",
      endpointIdentifier: rcf.endpointIdentifier,
      ...(rcf.timeToLive !== undefined ? { timeToLive: rcf.timeToLive } : {}),
      rcf,
    });
  }

  private onInfoRequest(irq: H225.InfoRequest, from: HostPort): void {
    if (!this.registration) {
      this.queue.event({
        type: "unhandled",
        message: { choice: "infoRequest", value: irq },
        from,
        why: "not registered",
      });
      return;
    }
    // callReferenceValue 0 asks about every call (H.225.0 InfoRequest).
    const calls = [...this.calls.values()].filter(
      (c) => irq.callReferenceValue === 0 || c.callReferenceValue === irq.callReferenceValue,
    );
    const to = readH225Address(irq.replyAddress) ?? from;
    this.queue.transmit(
      this.answer(to, infoRequestResponse(irq.requestSeqNum, this.opts, this.registration, calls)),
    );
    this.queue.event({ type: "infoRequested", callReferenceValue: irq.callReferenceValue });
  }

  private onUnregistrationRequest(urq: H225.UnregistrationRequest, from: HostPort): void {
    this.queue.transmit(this.answer(from, unregistrationConfirm(urq.requestSeqNum)));
    // A repeated URQ (our UCF was lost) is answered again and changes nothing more.
    if (this.stateValue !== "registered" && this.stateValue !== "unregistering") return;
    this.transition("unregistered");
    this.registration = undefined;
    this.keepAliveDue = undefined;
    this.queue.event({
      type: "unregistered",
      by: "gatekeeper",
      ...(urq.reason ? { reason: urq.reason.choice } : {}),
    });
  }

  private onDisengageRequest(drq: H225.DisengageRequest, from: HostPort): void {
    const call = this.calls.get(drq.callReferenceValue);
    if (!call) {
      const again = this.dropped.has(drq.callReferenceValue);
      this.queue.transmit(
        this.answer(from, again ? disengageConfirm(drq.requestSeqNum) : disengageReject(drq.requestSeqNum)),
      );
      return;
    }
    this.calls.delete(drq.callReferenceValue);
    this.dropped.add(drq.callReferenceValue);
    this.queue.transmit(this.answer(from, disengageConfirm(drq.requestSeqNum)));
    this.queue.event({
      type: "callDropped",
      callReferenceValue: call.callReferenceValue,
      reason: drq.disengageReason.choice,
    });
  }
}
