import { randomInt } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { H225, H235 } from "../../protocol/asn1/index.js";
import type { CallEvent } from "../../protocol/h225/call-events.js";
import { H225CalleeMachine } from "../../protocol/h225/callee-call.js";
import type { H245Event } from "../../protocol/h245/h245-session.js";
import { ourEndpoint, readAliases, vendorText } from "../../protocol/h323/aliases.js";
import {
  capabilitySetOf,
  type KindCodecs,
  type RemoteCapabilities,
  readCapabilitySet,
} from "../../protocol/h323/capability-set.js";
import { offerFromChannels, planChannels } from "../../protocol/h323/channel-bridge.js";
import { fastStartAnswer, readFastStartOffer } from "../../protocol/h323/fast-start-bridge.js";
import { type LocalMedia, readLocalMedia, streamsOf } from "../../protocol/h323/local-media.js";
import { type ChannelReading, readChannel } from "../../protocol/h323/logical-channel.js";
import type { MediaKindAV } from "../../protocol/h323/media-codec.js";
import { presentationStream } from "../../protocol/h323/presentation-bridge.js";
import { type HostPort, readH245Address } from "../../protocol/h323/transport-address.js";
import { ParseError } from "../../protocol/parse-error.js";
import { Q850Cause } from "../../protocol/q931/cause.js";
import type { Codec } from "../../protocol/sdp/codec.js";
import { CallSession } from "./call-session.js";
import { ENGINE_VERSION } from "./engine-defaults.js";
import { H239Presentation } from "./h239-presentation.js";
import type {
  H245Mode,
  H323Call,
  H323ListenerLimits,
  H323MessageRecord,
  H323RefuseReason,
  H323SetupInfo,
  IncomingH323Call,
} from "./h323-call.js";
import { H323CallHandle } from "./h323-call-handle.js";
import { H323MessageLog } from "./message-log.js";
import type { TpktConnection } from "./tpkt-connection.js";

// One call that reached our listener (H.323 §8.1, the called endpoint). Setup is read and
// admitted; the caller's media becomes one SDP offer for the application either way:
// - with fast start (H.323 §8.1.7): from the proposals in Setup; Call Proceeding goes out,
//   and the application's answer goes back in Connect's fastStart;
// - without: Call Proceeding and Connect go out at once (with our h245Address when H.245 is
//   not tunnelled and the caller gave none), H.245 starts, and the caller's
//   TerminalCapabilitySet and OpenLogicalChannels are collected, bounded in time, into the
//   offer; the answer acknowledges its channels and opens ours (H.245 §8.4).

export type CallFlowLimits = Required<H323ListenerLimits>;

/** After the first channel of the caller, how long the rest may take before the offer goes. */
const CHANNEL_SETTLE_MS = 1500;

type FlowState = "awaitingSetup" | "collecting" | "offered" | "answered" | "ended";

const REFUSALS: Record<
  H323RefuseReason,
  {
    reason?:
      | "noBandwidth"
      | "undefinedReason"
      | "destinationRejection"
      | "calledPartyNotRegistered"
      | "gatewayResources"
      | "inConf";
    cause?: number;
  }
> = {
  busy: { reason: "inConf", cause: Q850Cause.userBusy },
  noBandwidth: { reason: "noBandwidth" },
  undefinedReason: { reason: "undefinedReason" },
  destinationRejection: { reason: "destinationRejection" },
  calledPartyNotRegistered: { reason: "calledPartyNotRegistered" },
  gatewayResources: { reason: "gatewayResources" },
};

export interface IncomingFlowHooks {
  admit?: (info: H323SetupInfo) => H323RefuseReason | undefined;
  offer: (call: IncomingH323Call) => boolean;
  /** What the room receives, declared before its answer exists. */
  capabilities: readonly KindCodecs[];
  /** H.264 it takes as the H.239 presentation (H.239 §7.1), declared with them; none: no H.239. */
  presentation?: readonly Codec[];
  /** Sees each message of the call as it passes. */
  onMessage?: (m: H323MessageRecord) => void;
  /** The product we name in our EndpointType and display ("vdm-test room" for the room). */
  product: string;
  /** Take H.235.6 media encryption when a caller offers it (default false). */
  h235?: boolean;
}

export class IncomingCallFlow {
  readonly session: CallSession;
  private readonly machine: H225CalleeMachine;
  private state: FlowState = "awaitingSetup";
  private mode: H245Mode = "fastStart";
  private info: H323SetupInfo | undefined;
  private proposals: readonly ChannelReading[] = [];
  private remoteCaps: RemoteCapabilities | undefined;
  private readonly pending: { number: number; channel: ChannelReading | undefined }[] = [];
  private readonly accepted: ChannelReading[] = [];
  private readonly receivesAt = new Map<MediaKindAV, HostPort>();
  private readonly ourChannels = new Map<number, MediaKindAV>();
  private answerLocal: LocalMedia | undefined;
  private sdpOffer = "";
  private readonly sessionId = String(randomInt(1, 2 ** 31));
  private timers: NodeJS.Timeout[] = [];
  private settleTimer: NodeJS.Timeout | undefined;
  private connectTokens: H235.ClearToken[] | undefined;

  constructor(
    conn: TpktConnection,
    host: string,
    private readonly limits: CallFlowLimits,
    private readonly hooks: IncomingFlowHooks,
  ) {
    this.machine = new H225CalleeMachine(performance.now(), {
      endpoint: ourEndpoint(hooks.product, ENGINE_VERSION),
      h245Tunneling: true,
      display: hooks.product,
      timers: { setupWait: limits.setupTimeoutMs, answerWait: limits.answerTimeoutMs },
    });
    this.session = new CallSession({
      callId: "",
      conn,
      machine: this.machine,
      log: new H323MessageLog(hooks.onMessage),
      localHost: host,
      mode: "fastStart",
      maxPacketLength: limits.maxPacketLength,
      h245ConnectTimeoutMs: limits.offerTimeoutMs,
    });
    this.session.capabilitySet = capabilitySetOf(hooks.capabilities, hooks.presentation ?? []);
    this.session.onCallEvent = (e) => this.callEvent(e);
    this.session.onH245Event = (e) => this.h245Event(e);
    this.session.onEnded = () => this.ended();
  }

  private after(ms: number, fn: () => void): NodeJS.Timeout {
    const t = setTimeout(fn, ms);
    t.unref();
    this.timers.push(t);
    return t;
  }

  private callEvent(e: CallEvent): void {
    if (e.type === "setup") this.onSetup(e.setup);
  }

  private onSetup(setup: H225.SetupUUIE): void {
    const callId = Buffer.from(setup.callIdentifier?.guid ?? new Uint8Array(16)).toString("hex");
    this.session.callId = callId;
    const vendor = vendorText(setup.sourceInfo);
    this.info = {
      callId,
      source: this.session.conn.remote,
      calledAliases: readAliases(setup.destinationAddress),
      callingAliases: readAliases(setup.sourceAddress),
      ...(vendor ? { vendor } : {}),
    };
    const f = this.session.factsNow;
    f.remoteAliases = this.info.callingAliases;
    f.calledAliases = this.info.calledAliases;
    if (vendor) f.vendor = vendor;
    const refusal = this.hooks.admit?.(this.info);
    if (refusal) {
      this.refuseNow(refusal);
      return;
    }
    const fastStart =
      setup.fastStart !== undefined && setup.fastStart.length > 0 && this.readProposals(setup.fastStart);
    // H.235.6: the caller's DH tokens, answered in Connect (not with fast start, whose channels
    // are agreed before H.245 can carry keys).
    this.connectTokens = this.session.h235.answerSetup(setup.tokens, !fastStart && this.hooks.h235 === true);
    if (fastStart) {
      this.mode = "fastStart";
      this.session.act((now) => this.machine.proceed(now));
      this.offer();
      return;
    }
    this.mode = this.machine.h245Tunnelling ? "tunnelling" : "separate";
    f.mode = this.mode;
    this.state = "collecting";
    this.after(this.limits.offerTimeoutMs, () => this.collected(true));
    if (this.mode === "tunnelling") {
      this.connectNow();
      this.session.startH245();
    } else if (setup.h245Address) {
      void this.session.connectH245(setup.h245Address);
      this.connectNow();
      this.session.startH245();
    } else {
      this.session.listenH245().then(
        (address) => {
          this.connectNow(address);
          this.session.startH245();
        },
        (err: Error) =>
          this.session.fail(Q850Cause.resourceUnavailable, `cannot listen for H.245: ${err.message}`),
      );
    }
  }

  private readProposals(elements: readonly Uint8Array[]): boolean {
    try {
      const read = readFastStartOffer(elements, this.sessionId);
      if (read.proposals.length === 0) return false;
      this.proposals = read.proposals;
      this.sdpOffer = read.sdp;
      return true;
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      // H.323 §8.1.7.1: proposals it cannot read: the callee goes on without fast start.
      return false;
    }
  }

  private connectNow(h245Addr?: H225.TransportAddress): void {
    this.session.act((now) => {
      if (this.machine.currentState === "callPresent")
        this.machine.proceed(now, h245Addr ? { h245Address: h245Addr } : {});
      this.machine.connect(now, {
        ...(h245Addr ? { h245Address: h245Addr } : {}),
        ...(this.connectTokens ? { tokens: this.connectTokens } : {}),
      });
    });
  }

  private h245Event(e: H245Event): void {
    switch (e.type) {
      case "remoteCapabilities":
        this.remoteCaps = readCapabilitySet(e.set);
        this.collected(false);
        return;
      case "channelRequested":
        this.onChannel(e.number, readChannel(e.open));
        return;
      case "channelOpened": {
        const kind = this.ourChannels.get(e.number);
        const rtp = readH245Address(e.mediaChannel);
        if (kind && rtp) this.receivesAt.set(kind, rtp);
        return;
      }
      default:
        return;
    }
  }

  private onChannel(number: number, channel: ChannelReading | undefined): void {
    if (channel?.presentation) {
      // H.239 §11.2: a presentation channel needs the token, which only the answered call has.
      this.session.h245?.act((now, s) => s.channels.rejectChannel(now, number, "unspecified"));
      return;
    }
    if (this.state === "answered") {
      this.answerChannel(number, channel);
      return;
    }
    if (this.state === "ended") return;
    // H.245 §C.4.4.2: an OLC repeated before our answer replaces the earlier one.
    const earlier = this.pending.findIndex((p) => p.number === number);
    if (earlier >= 0) this.pending.splice(earlier, 1);
    this.pending.push({ number, channel });
    if (this.state !== "collecting") return;
    this.collected(false);
    this.settleTimer ??= this.after(CHANNEL_SETTLE_MS, () => this.collected(true));
  }

  /** The offer is ready once the caller's capabilities and its channels for each medium it receives are in. */
  private collected(timeUp: boolean): void {
    if (this.state !== "collecting") return;
    const channels = this.pending.flatMap((p) => (p.channel?.codec ? [p.channel] : []));
    const kinds = new Set(channels.map((c) => c.kind));
    const wanted = (this.remoteCaps?.receive ?? []).map((k) => k.kind);
    const complete = this.remoteCaps !== undefined && wanted.length > 0 && wanted.every((k) => kinds.has(k));
    if (!complete && !timeUp) return;
    if (channels.length === 0) {
      this.session.fail(
        Q850Cause.recoveryOnTimerExpiry,
        `no OpenLogicalChannel from the caller within ${this.limits.offerTimeoutMs} ms`,
      );
      return;
    }
    const slides = this.remoteCaps
      ? presentationStream(this.remoteCaps, { host: this.session.conn.remote.host })
      : undefined;
    this.sdpOffer = offerFromChannels(
      this.remoteCaps?.receive ?? [],
      channels,
      this.sessionId,
      new Map(),
      slides,
    );
    this.offer();
  }

  private offer(): void {
    this.state = "offered";
    this.after(this.limits.answerTimeoutMs, () => {
      if (this.state === "offered")
        this.session.release({ cause: Q850Cause.noAnswer }, "the application did not answer in time");
    });
    const info = this.info!;
    const incoming: IncomingH323Call = {
      ...info,
      mode: this.mode,
      sdpOffer: this.sdpOffer,
      messages: () => this.session.log.all(),
      facts: () => this.session.facts(),
      encryption: () => this.session.h235.view(),
      answer: (sdp) => this.answer(sdp),
      refuse: (reason) => this.refuse(reason),
    };
    if (!this.hooks.offer(incoming)) this.refuseNow("undefinedReason");
  }

  private answer(sdpAnswer: string): Promise<H323Call> {
    if (this.state !== "offered") {
      return Promise.reject(
        new Error(`H.323 call ${this.session.callId}: cannot answer, the call is ${this.state}`),
      );
    }
    let local: LocalMedia;
    try {
      local = readLocalMedia(sdpAnswer);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.session.release(
        { reason: "undefinedReason" },
        `our SDP answer cannot be carried in H.245: ${e.message}`,
      );
      return Promise.reject(new Error(`H.323: our SDP answer cannot be carried in H.245: ${e.message}`));
    }
    this.answerLocal = local;
    this.state = "answered";
    this.session.capabilitySet = capabilitySetOf(streamsOf(local), local.presentation?.codecs ?? []);
    if (local.presentation && this.mode !== "fastStart")
      this.session.presentation = new H239Presentation(
        { h245: () => this.session.h245, now: () => performance.now() },
        local,
        "grant",
        this.remoteCaps,
      );
    if (this.mode === "fastStart") this.answerFastStart(local);
    else this.answerChannels(local);
    const remote = () =>
      this.mode === "fastStart"
        ? this.sdpOffer
        : offerFromChannels(this.remoteCaps?.receive ?? [], this.accepted, this.sessionId, this.receivesAt);
    return Promise.resolve(new H323CallHandle(this.session, remote));
  }

  private answerFastStart(local: LocalMedia): void {
    const answer = fastStartAnswer(this.proposals, local);
    this.session.factsNow.fastStartAccepted = answer.elements.length > 0;
    this.session.videoReceiveChannel = answer.channels.find(
      (c) => c.kind === "video" && c.direction === "forward",
    )?.number;
    const tunnelling = this.machine.h245Tunnelling;
    const connect = (h245Addr?: H225.TransportAddress) =>
      this.session.act((now) =>
        this.machine.connect(now, {
          ...(answer.elements.length > 0 ? { fastStart: answer.elements } : { fastConnectRefused: true }),
          ...(h245Addr ? { h245Address: h245Addr } : {}),
        }),
      );
    if (tunnelling) {
      connect();
      this.session.startH245();
      return;
    }
    // No tunnelling: H.245 after fast start goes over a connection to our h245Address.
    this.session.listenH245().then(
      (address) => {
        connect(address);
        this.session.startH245();
      },
      () => connect(),
    );
  }

  private answerChannels(local: LocalMedia): void {
    for (const p of this.pending.splice(0)) this.answerChannel(p.number, p.channel);
    const sent = this.accepted.flatMap((c) => (c.codec ? [c.codec] : []));
    const planned = planChannels(local, this.remoteCaps?.receive ?? [], 1, sent);
    const link = this.session.h245!;
    for (const p of planned) {
      this.ourChannels.set(p.request.number, p.kind);
      link.act((now, s) => s.channels.open(now, this.session.secured(p)));
    }
  }

  /** Acknowledges a channel of the caller with our addresses, or refuses it (H.245 §8.4.1). */
  private answerChannel(number: number, channel: ChannelReading | undefined): void {
    if (this.session.answerChannel(number, channel, this.answerLocal!) && channel)
      this.accepted.push(channel);
  }

  private refuse(reason: H323RefuseReason): Promise<void> {
    this.refuseNow(reason);
    return this.session.whenEnded().then(() => undefined);
  }

  private refuseNow(reason: H323RefuseReason): void {
    const r = REFUSALS[reason];
    this.session.release(
      { ...(r.reason ? { reason: r.reason } : {}), ...(r.cause !== undefined ? { cause: r.cause } : {}) },
      `refused here: ${reason}`,
    );
  }

  private ended(): void {
    this.state = "ended";
    for (const t of this.timers) clearTimeout(t);
    this.timers = [];
  }
}
