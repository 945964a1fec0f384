import { randomBytes, randomInt } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { CallEvent } from "../../protocol/h225/call-events.js";
import { H225CallerMachine } from "../../protocol/h225/caller-call.js";
import type { H245Event } from "../../protocol/h245/h245-session.js";
import { aliasAddresses, ourEndpoint, readAliases, vendorText } from "../../protocol/h323/aliases.js";
import {
  capabilitySetOf,
  type RemoteCapabilities,
  readCapabilitySet,
} from "../../protocol/h323/capability-set.js";
import {
  answerFromChannels,
  type OpenedChannel,
  type PlannedChannel,
  planChannels,
} from "../../protocol/h323/channel-bridge.js";
import {
  type FastStartOffer,
  fastStartOffer,
  readFastStartAnswer,
} from "../../protocol/h323/fast-start-bridge.js";
import { type LocalMedia, readLocalMedia, streamsOf } from "../../protocol/h323/local-media.js";
import { type ChannelReading, readChannel } from "../../protocol/h323/logical-channel.js";
import { presentationStream } from "../../protocol/h323/presentation-bridge.js";
import { h225Address, readH245Address } from "../../protocol/h323/transport-address.js";
import { ParseError } from "../../protocol/parse-error.js";
import { Q850Cause } from "../../protocol/q931/cause.js";
import { CallSession } from "./call-session.js";
import { ENGINE_DEFAULTS, ENGINE_PRODUCT, ENGINE_VERSION } from "./engine-defaults.js";
import { CallH235 } from "./h235-security.js";
import { H239Presentation } from "./h239-presentation.js";
import {
  type H323Call,
  H323SetupError,
  type PlacedH323Call,
  type PlaceH323CallOptions,
} from "./h323-call.js";
import { H323CallHandle } from "./h323-call-handle.js";
import { H323MessageLog } from "./message-log.js";
import { TpktConnection } from "./tpkt-connection.js";

// Our caller (H.323 §8.1): Setup over a new call signalling connection, media agreed one of
// three ways, and the call handed over once Connect has come and the far end's media is known
// as an SDP answer to our offer:
// - fastStart: Setup carries our proposals (H.323 §8.1.7); the answer is in the callee's
//   fastStart. H.245 follows (tunnelled if agreed) for keyframe requests. A callee that
//   refuses fast start gets the channels of the other modes.
// - tunnelling: H.245 in h245Control (H.323 §8.2.1) from the first answer on.
// - separate: no tunnelling; H.245 over a TCP connection to the callee's h245Address.

/** How long we wait for the far end's channels before opening ours (to send what it sends). */
const FAR_END_CHANNELS_FIRST_MS = 1000;
/** Once our channels are settled, how long the far end's own channels may take to come. */
const FAR_END_CHANNELS_WAIT_MS = 3000;

export function placeH323Call(opts: PlaceH323CallOptions): Promise<PlacedH323Call> {
  let local: LocalMedia;
  try {
    local = readLocalMedia(opts.sdpOffer);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return Promise.reject(new H323SetupError(`our SDP offer cannot be carried in H.245: ${e.message}`));
  }
  return TpktConnection.connect(opts.remote, opts.local.host, opts.answerTimeoutMs, {
    maxPacketLength: ENGINE_DEFAULTS.maxPacketLength,
  }).then(
    (conn) => new CallerFlow(opts, local, conn).run(),
    (e: Error) => Promise.reject(new H323SetupError(e.message)),
  );
}

class CallerFlow {
  private readonly session: CallSession;
  private readonly fastStart: FastStartOffer | undefined;
  private readonly sessionId = String(randomInt(1, 2 ** 31));
  private connected = false;
  private sdpAnswer: string | undefined;
  private planned: PlannedChannel[] | undefined;
  private readonly opened: OpenedChannel[] = [];
  private settled = 0;
  private readonly incoming: ChannelReading[] = [];
  private msdDone = false;
  private remoteCaps: RemoteCapabilities | undefined;
  private farEndWait: NodeJS.Timeout | undefined;
  private openWait: NodeJS.Timeout | undefined;
  private openWaitOver = false;
  private resolve!: (p: PlacedH323Call) => void;
  private reject!: (e: H323SetupError) => void;
  private done = false;
  private handle: H323Call | undefined;

  constructor(
    private readonly opts: PlaceH323CallOptions,
    private readonly local: LocalMedia,
    conn: TpktConnection,
  ) {
    const callIdentifier = opts.identity?.callIdentifier ?? randomBytes(16);
    const h235 = new CallH235();
    this.fastStart = opts.mode === "fastStart" ? fastStartOffer(local) : undefined;
    const machine = new H225CallerMachine({
      callReference: opts.identity?.callReference ?? randomInt(1, 0x8000),
      callIdentifier,
      conferenceId: opts.identity?.conferenceId ?? randomBytes(16),
      endpoint: ourEndpoint(ENGINE_PRODUCT, ENGINE_VERSION),
      sourceAddress: aliasAddresses(opts.calling),
      destinationAddress: aliasAddresses(opts.called),
      ...(/^\d+\.\d+\.\d+\.\d+$/.test(opts.remote.host)
        ? { destCallSignalAddress: h225Address(opts.remote) }
        : {}),
      display: "vdm-test",
      ...(this.fastStart ? { fastStart: this.fastStart.elements } : {}),
      ...(opts.encryption === "h235" ? { tokens: h235.setupTokens() } : {}),
      h245Tunneling: opts.mode !== "separate",
    });
    this.session = new CallSession({
      h235,
      callId: Buffer.from(callIdentifier).toString("hex"),
      conn,
      machine,
      log: new H323MessageLog(opts.onMessage),
      localHost: opts.local.host,
      mode: opts.mode,
      maxPacketLength: ENGINE_DEFAULTS.maxPacketLength,
      h245ConnectTimeoutMs: Math.min(opts.answerTimeoutMs, ENGINE_DEFAULTS.h245ConnectTimeoutMs),
    });
    this.session.factsNow.calledAliases = { ...opts.called };
    this.session.capabilitySet = capabilitySetOf(streamsOf(local), local.presentation?.codecs ?? []);
    if (local.presentation && opts.mode !== "fastStart")
      this.session.presentation = new H239Presentation(
        { h245: () => this.session.h245, now: () => performance.now() },
        local,
      );
    this.session.onCallEvent = (e) => this.callEvent(e);
    this.session.onH245Event = (e) => this.h245Event(e);
    this.session.onEnded = (end) => this.fail(end.reason);
  }

  run(): Promise<PlacedH323Call> {
    const promise = new Promise<PlacedH323Call>((resolve, reject) => {
      this.resolve = resolve;
      this.reject = reject;
    });
    const timer = setTimeout(() => {
      if (this.done) return;
      this.fail(`no media agreed within ${this.opts.answerTimeoutMs} ms`);
      void this.session.hangUp("no media agreed in time");
    }, this.opts.answerTimeoutMs);
    timer.unref();
    this.session.act((now) => (this.session.machine as H225CallerMachine).start(now));
    return promise;
  }

  private callEvent(e: CallEvent): void {
    switch (e.type) {
      case "alerting":
        this.opts.onAlerting?.();
        return;
      case "fastStart":
        this.onFastStart(e.elements);
        return;
      case "h245Tunneling":
        // Tunnelling agreed on the first answer: H.245 starts now, unless fast start carries
        // media (then after Connect, H.323 §8.1.7.3).
        if (e.enabled && this.opts.mode === "tunnelling") this.session.startH245();
        return;
      case "h245Address":
        if (!this.session.machine.h245Tunnelling)
          void this.session.connectH245(e.address).then(() => {
            if (this.opts.mode !== "fastStart" || this.connected) this.session.startH245();
          });
        return;
      case "received": {
        const body = e.uu["h323-uu-pdu"]["h323-message-body"];
        if (
          body.choice !== "empty" &&
          body.value &&
          typeof body.value === "object" &&
          "destinationInfo" in body.value
        ) {
          this.session.factsNow.vendor ??= vendorText(body.value.destinationInfo as never);
        }
        return;
      }
      case "connected":
        this.connected = true;
        this.session.h235.connectTokens(e.connect.tokens);
        // Connect's fastStart comes as an event after this one: read it first.
        if (e.connect.fastStart?.length) this.onFastStart(e.connect.fastStart);
        this.session.factsNow.remoteAliases = readAliases(e.connect.connectedAddress);
        if (this.sdpAnswer === undefined && this.opts.mode === "fastStart") {
          // The callee did not take fast start: media goes through H.245.
          this.session.factsNow.mode = this.session.machine.h245Tunnelling ? "tunnelling" : "separate";
        }
        if (
          this.session.machine.h245Tunnelling ||
          this.opts.mode === "separate" ||
          this.session.factsNow.separateH245
        )
          this.session.startH245();
        this.maybeDone();
        return;
      default:
        return;
    }
  }

  private onFastStart(elements: readonly Uint8Array[]): void {
    if (!this.fastStart || this.sdpAnswer !== undefined) return;
    try {
      const read = readFastStartAnswer(this.local, this.fastStart, elements, this.sessionId);
      if (read.accepted.length === 0) return;
      this.session.factsNow.fastStartAccepted = true;
      this.session.videoReceiveChannel = read.accepted.find(
        (a) => a.proposal.kind === "video" && a.proposal.direction === "reverse",
      )?.proposal.number;
      this.sdpAnswer = read.sdp;
      this.maybeDone();
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.session.fail(Q850Cause.invalidMessage, `the far end's fast start answer: ${e.message}`);
    }
  }

  private h245Event(e: H245Event): void {
    switch (e.type) {
      case "remoteCapabilities":
        this.remoteCaps = readCapabilitySet(e.set);
        this.openChannels();
        return;
      case "determined":
        this.msdDone = true;
        this.openChannels();
        return;
      case "channelRequested":
        this.onChannelRequested(e.number, e.open);
        return;
      case "channelOpened": {
        const planned = this.planned?.find((p) => p.request.number === e.number);
        if (!planned) return;
        const rtp = readH245Address(e.mediaChannel);
        const rtcp = readH245Address(e.mediaControlChannel);
        this.opened.push({ planned, ...(rtp ? { rtp } : {}), ...(rtcp ? { rtcp } : {}) });
        this.settled++;
        this.maybeDone();
        return;
      }
      case "channelRejected":
      case "channelFailed":
        if (this.planned?.some((p) => p.request.number === e.number)) this.settled++;
        this.maybeDone();
        return;
      default:
        return;
    }
  }

  /** Our channels, once the far end's capabilities and master/slave are known (H.245 §8.4). */
  /**
   * Our channels, once the far end's capabilities and master/slave are known (H.245 §8.4). The
   * far end usually opens its own at the same moment: a short wait lets us send the codec it
   * sends (one codec per medium both ways, as SDP describes it).
   */
  private openChannels(): void {
    if (this.planned || !this.remoteCaps || !this.msdDone || this.session.factsNow.fastStartAccepted) return;
    const kinds = streamsOf(this.local).map((s) => s.kind);
    const covered = kinds.every((k) => this.incoming.some((c) => c.kind === k));
    if (!covered && !this.openWaitOver) {
      if (this.openWait === undefined) {
        this.openWait = setTimeout(() => {
          this.openWaitOver = true;
          this.openChannels();
        }, FAR_END_CHANNELS_FIRST_MS);
        this.openWait.unref();
      }
      return;
    }
    clearTimeout(this.openWait);
    const sent = this.incoming.flatMap((c) => (c.codec ? [c.codec] : []));
    this.planned = planChannels(this.local, this.remoteCaps.receive, 1, sent);
    const link = this.session.h245!;
    for (const p of this.planned) link.act((now, s) => s.channels.open(now, this.session.secured(p)));
    this.maybeDone();
  }

  private onChannelRequested(number: number, open: Parameters<typeof readChannel>[0]): void {
    const channel = readChannel(open);
    if (!this.session.answerChannel(number, channel, this.local)) return;
    if (channel) this.incoming.push(channel);
    this.openChannels();
    this.maybeDone();
  }

  private maybeDone(): void {
    if (this.done || !this.connected) return;
    if (this.sdpAnswer === undefined && this.planned && this.settled >= this.planned.length) {
      const kinds = streamsOf(this.local).map((s) => s.kind);
      const all = kinds.every((k) => this.incoming.some((c) => c.kind === k));
      if (all || this.farEndWait === undefined) {
        const finish = () => {
          if (this.done) return;
          const slides = this.remoteCaps
            ? presentationStream(this.remoteCaps, {
                host: this.opts.remote.host,
                ours: this.local.presentation?.codecs ?? [],
              })
            : undefined;
          this.sdpAnswer = answerFromChannels(this.local, this.opened, this.incoming, this.sessionId, slides);
          this.complete();
        };
        if (all) {
          clearTimeout(this.farEndWait);
          finish();
        } else {
          this.farEndWait = setTimeout(finish, FAR_END_CHANNELS_WAIT_MS);
          this.farEndWait.unref();
        }
      }
      return;
    }
    if (this.sdpAnswer !== undefined) this.complete();
  }

  private complete(): void {
    if (this.done || this.sdpAnswer === undefined) return;
    if (this.opened.length === 0 && this.incoming.length === 0 && !this.session.factsNow.fastStartAccepted) {
      this.fail("no media channel was agreed");
      void this.session.hangUp("no media channel was agreed");
      return;
    }
    this.done = true;
    const answer = this.sdpAnswer;
    this.handle = new H323CallHandle(this.session, () => answer);
    this.resolve({ call: this.handle, sdpAnswer: answer });
  }

  private fail(reason: string): void {
    if (this.done) return;
    this.done = true;
    clearTimeout(this.farEndWait);
    clearTimeout(this.openWait);
    const f = this.session.factsNow;
    this.reject(
      new H323SetupError(
        `H.323 call to ${this.opts.remote.host}:${this.opts.remote.port} failed: ${reason}`,
        this.session.log.all(),
        f.q850Cause,
        f.releaseReason,
      ),
    );
    if (!this.session.isEnded) void this.session.hangUp(reason);
  }
}
