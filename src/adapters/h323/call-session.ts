import { createServer, type Server } from "node:net";
import type { H225 } from "../../protocol/asn1/index.js";
import { type H245, multimediaSystemControlMessage } from "../../protocol/asn1/index.js";
import type { CallEvent, CallRelease, CallSignalTransmit } from "../../protocol/h225/call-events.js";
import type { ReleaseOptions } from "../../protocol/h225/call-signalling-machine.js";
import type { H225CalleeMachine } from "../../protocol/h225/callee-call.js";
import type { H225CallerMachine } from "../../protocol/h225/caller-call.js";
import { securedDataType, withSecurityCapabilities } from "../../protocol/h235/h245-security.js";
import { readKeyUpdate } from "../../protocol/h235/key-update.js";
import type { H245Event } from "../../protocol/h245/h245-session.js";
import type { OutgoingChannel } from "../../protocol/h245/logical-channels.js";
import { readCapabilitySet } from "../../protocol/h323/capability-set.js";
import { acceptsChannel, type PlannedChannel } from "../../protocol/h323/channel-bridge.js";
import { type LocalMedia, streamsOf } from "../../protocol/h323/local-media.js";
import type { ChannelReading } from "../../protocol/h323/logical-channel.js";
import { h225Address, h245Address, readH225Address } from "../../protocol/h323/transport-address.js";
import { Q850Cause } from "../../protocol/q931/cause.js";
import { MachineDriver } from "../clock/machine-driver.js";
import { CallH235 } from "./h235-security.js";
import type { H239Presentation } from "./h239-presentation.js";
import { H245Link } from "./h245-link.js";
import type { H245Mode, H323Aliases, H323CallEnd, H323CallFacts } from "./h323-call.js";
import type { H323MessageLog } from "./message-log.js";
import { TpktConnection } from "./tpkt-connection.js";

// One H.323 call on one call signalling connection, for either role: the H.225.0 machine and
// the H.245 session on real time (MachineDriver), H.245 carried tunnelled or on its own TCP
// connection, the message log, keyframe requests, the end of the call (H.323 §8.5:
// endSessionCommand, then ReleaseComplete, each wait bounded) and the facts of the call. What
// differs between caller and callee (when media is agreed, which channels to open) is the
// role's, through `onCallEvent` and `onH245Event`.

export type SignallingMachine = H225CallerMachine | H225CalleeMachine;

export interface CallSessionOptions {
  readonly callId: string;
  readonly conn: TpktConnection;
  readonly machine: SignallingMachine;
  readonly log: H323MessageLog;
  /** Our address, for a separate H.245 connection we listen for. */
  readonly localHost: string;
  readonly mode: H245Mode;
  readonly maxPacketLength: number;
  /** Bound on connecting or waiting for a separate H.245 connection. */
  readonly h245ConnectTimeoutMs: number;
  /** How long hangUp waits for the far end's endSessionCommand (H.323 §8.5 step 3). */
  readonly endSessionWaitMs?: number;
  /** The call's H.235 state, when the role made it before the session (the caller's Setup tokens). */
  readonly h235?: CallH235;
}

export class CallSession {
  /** The H.225.0 callIdentifier as hex (the callee learns it from Setup). */
  callId: string;
  readonly conn: TpktConnection;
  readonly machine: SignallingMachine;
  readonly log: H323MessageLog;
  readonly driver: MachineDriver<CallSignalTransmit, CallEvent>;
  h245: H245Link | undefined;
  private h245Conn: TpktConnection | undefined;
  private h245Server: Server | undefined;
  private h245Started = false;
  private h245Connecting = false;
  /** We began the end of the call (hangUp): a ReleaseComplete from the far end answers ours. */
  private hangingUp = false;
  /** The logical channel the far end sends video to us on: where videoFastUpdatePicture goes. */
  videoReceiveChannel: number | undefined;
  /** The call's H.239 presentation, once the role knows our slides line (h239-presentation.ts). */
  presentation: H239Presentation | undefined;
  /** H.235.6 media encryption on this call: the DH offer/answer and the media keys. */
  readonly h235: CallH235;
  /** Our TerminalCapabilitySet, set by the role before H.245 starts. */
  capabilitySet: Omit<H245.TerminalCapabilitySet, "sequenceNumber"> | undefined;
  readonly factsNow: {
    mode: H245Mode;
    fastStartAccepted: boolean;
    separateH245: boolean;
    vendor?: string;
    remoteAliases: H323Aliases;
    calledAliases: H323Aliases;
    capabilities?: string[];
    capabilitySet?: Uint8Array;
    releaseReason?: string;
    q850Cause?: number;
  };
  /** Role hooks. */
  onCallEvent: (e: CallEvent) => void = () => {};
  onH245Event: (e: H245Event) => void = () => {};
  onEnded: (end: H323CallEnd) => void = () => {};
  private readonly keyframeListeners: (() => void)[] = [];
  private ended: H323CallEnd | undefined;
  private endWaiters: ((e: H323CallEnd) => void)[] = [];
  private sentEndSession = false;
  private peerEndSession: (() => void) | undefined;
  private readonly endSessionWaitMs: number;
  private peerEnded = false;

  constructor(private readonly options: CallSessionOptions) {
    this.callId = options.callId;
    this.conn = options.conn;
    this.machine = options.machine;
    this.log = options.log;
    this.endSessionWaitMs = options.endSessionWaitMs ?? 1500;
    this.h235 = options.h235 ?? new CallH235();
    this.factsNow = {
      mode: options.mode,
      fastStartAccepted: false,
      separateH245: false,
      remoteAliases: {},
      calledAliases: {},
    };
    this.driver = new MachineDriver<CallSignalTransmit, CallEvent>(
      options.machine,
      (t) => {
        this.log.q931("sent", t.bytes.subarray(4), this.conn);
        this.conn.sendFramed(t.bytes);
      },
      (e) => this.callEvent(e),
      undefined,
      { unref: true },
    );
    this.conn.onPacket((p) =>
      this.guarded(() => {
        this.log.q931("received", p, this.conn);
        this.driver.input((now) => this.machine.handlePayload(now, p));
      }),
    );
    this.conn.onClose((reason) => this.lost(`call signalling connection: ${reason}`));
  }

  /**
   * Runs what a packet from the far end sets off. The machines turn bad input into their
   * protocol's answers; anything thrown past them is a fault of ours, and it ends this call
   * (temporary failure, the error as the reason) rather than the process and every other call.
   */
  private guarded(fn: () => void): void {
    try {
      fn();
    } catch (e) {
      const detail = `internal error: ${(e as Error).message}`;
      if (this.released || this.ended) this.lost(detail);
      else {
        try {
          this.release({ cause: Q850Cause.temporaryFailure }, detail);
        } catch {
          this.lost(detail);
        }
      }
    }
  }

  facts(): H323CallFacts {
    const f = this.factsNow;
    return {
      ...f,
      tunnelling: this.machine.h245Tunnelling && this.h245Started && !f.separateH245,
      remoteAliases: { ...f.remoteAliases },
      calledAliases: { ...f.calledAliases },
      ...(f.capabilities ? { capabilities: [...f.capabilities] } : {}),
    };
  }

  get isEnded(): boolean {
    return this.ended !== undefined;
  }

  get released(): boolean {
    return this.machine.currentState === "released";
  }

  /** Runs an input of the H.225.0 machine at the driver's time, unless the call is over. */
  act(fn: (now: number) => void): void {
    if (this.released || this.ended) return;
    this.driver.input(fn);
  }

  // ---- H.245 -------------------------------------------------------------------------------

  private link(): H245Link {
    if (!this.h245) this.h245 = new H245Link((e) => this.h245Event(e));
    return this.h245;
  }

  /**
   * Starts our side of H.245 (H.245 §8.2-8.3: TerminalCapabilitySet and master-slave
   * determination) over whichever carrier exists or comes. Once per call.
   */
  startH245(): void {
    if (this.h245Started || this.ended) return;
    this.h245Started = true;
    const link = this.link();
    this.attachCarrier();
    // H.235: while encryption is offered or agreed, each media capability may run encrypted.
    const set =
      this.capabilitySet && this.h235.offered && !this.h235.failure
        ? withSecurityCapabilities(this.capabilitySet)
        : this.capabilitySet;
    link.act((now, s) => {
      if (set) s.capabilities.send(now, set);
      s.msd.start(now);
    });
  }

  private attachCarrier(): void {
    const link = this.link();
    if (link.attached) return;
    if (this.h245Conn) {
      const conn = this.h245Conn;
      link.attach((bytes) => {
        this.log.h245("sent", bytes, conn, false);
        conn.send(bytes);
      });
    } else if (this.machine.h245Tunnelling) {
      link.attach((bytes) => {
        if (this.released || this.ended) return;
        this.driver.input((now) => this.machine.sendH245(now, [bytes]));
      });
    }
  }

  /** Connects to the far end's h245Address (H.323 §8.2): the separate H.245 connection. */
  async connectH245(address: H225.TransportAddress): Promise<void> {
    // CallProceeding, Alerting and Connect may each repeat the address: one connection.
    if (this.h245Conn || this.h245Connecting || this.ended) return;
    this.h245Connecting = true;
    const remote = readH225Address(address);
    if (!remote) {
      this.fail(Q850Cause.invalidElementContents, "h245Address is not an IPv4 address");
      return;
    }
    try {
      const conn = await TpktConnection.connect(
        remote,
        this.options.localHost,
        this.options.h245ConnectTimeoutMs,
        {
          maxPacketLength: this.options.maxPacketLength,
        },
      );
      this.useH245Connection(conn);
    } catch (e) {
      this.fail(Q850Cause.recoveryOnTimerExpiry, `separate H.245: ${(e as Error).message}`);
    }
  }

  /**
   * Listens for the far end's separate H.245 connection (one, bounded in time) and gives the
   * address to put in h245Address.
   */
  async listenH245(): Promise<H225.TransportAddress> {
    const server = createServer({ pauseOnConnect: false });
    this.h245Server = server;
    server.on("error", () => server.close());
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, this.options.localHost, () => resolve());
    });
    const port = (server.address() as { port: number }).port;
    const timer = setTimeout(() => {
      server.close();
      if (!this.h245Conn)
        this.fail(
          Q850Cause.recoveryOnTimerExpiry,
          `no H.245 connection to our h245Address within ${this.options.h245ConnectTimeoutMs} ms`,
        );
    }, this.options.h245ConnectTimeoutMs);
    timer.unref();
    server.on("connection", (socket) => {
      if (this.h245Conn || this.ended) {
        socket.destroy();
        return;
      }
      clearTimeout(timer);
      server.close();
      this.useH245Connection(new TpktConnection(socket, { maxPacketLength: this.options.maxPacketLength }));
    });
    return h225Address({ host: this.options.localHost, port });
  }

  private useH245Connection(conn: TpktConnection): void {
    if (this.ended) {
      conn.destroy("the call has ended");
      return;
    }
    this.h245Conn = conn;
    this.factsNow.separateH245 = true;
    conn.onPacket((p) =>
      this.guarded(() => {
        this.log.h245("received", p, conn, false);
        this.link().receive(p);
      }),
    );
    conn.onClose((reason) => {
      // The far end closes H.245 as it ends the call (H.323 §8.5): its ReleaseComplete may
      // come a moment later on the other connection.
      const t = setTimeout(() => {
        if (!this.ended) this.fail(Q850Cause.normalUnspecified, `separate H.245 connection: ${reason}`);
      }, this.endSessionWaitMs);
      t.unref();
    });
    this.attachCarrier();
  }

  private h245Event(e: H245Event): void {
    // The presentation's channels and token answers are its own; the role never sees them.
    if (this.presentation?.handle(e)) return;
    switch (e.type) {
      case "remoteCapabilities":
        this.factsNow.capabilities = [...readCapabilitySet(e.set).names];
        this.factsNow.capabilitySet = multimediaSystemControlMessage.encode({
          choice: "request",
          value: { choice: "terminalCapabilitySet", value: e.set },
        });
        break;
      case "videoFastUpdatePicture":
        for (const fn of this.keyframeListeners) fn();
        break;
      case "determined":
        this.sendCommands(this.h235.agreed?.keys.roleDetermined(e.result) ?? []);
        break;
      case "channelOpened":
        this.h235.agreed?.keys.channelAcked(e.number, e.encryptionSync);
        break;
      case "received": {
        const m = e.message;
        const keys = this.h235.agreed?.keys;
        if (keys && m.choice === "command" && m.value.choice === "miscellaneousCommand") {
          const update = readKeyUpdate(m.value.value as H245.MiscellaneousCommand);
          if (update) this.sendCommands(keys.keyUpdate(update));
        }
        break;
      }
      case "endSession":
        this.onPeerEndSession();
        break;
      case "failed":
        // MSD or capability exchange failed (H.245 §C.2.5, §C.3.5): the call cannot go on.
        this.fail(Q850Cause.recoveryOnTimerExpiry, `H.245: ${e.reason}`);
        return;
    }
    this.onH245Event(e);
  }

  private sendCommands(commands: readonly H245.MiscellaneousCommand[]): void {
    if (commands.length === 0 || !this.h245) return;
    this.h245.act((now, s) => {
      for (const c of commands) s.miscellaneousCommand(now, c);
    });
  }

  /** H.235: a new media key for what we send on `kind` (H.245 encryptionUpdateRequest/Command). */
  updateMediaKey(kind: "audio" | "video"): boolean {
    const commands = this.h235.agreed?.keys.updateSendKey(kind) ?? [];
    this.sendCommands(commands);
    return commands.length > 0;
  }

  /** Our OpenLogicalChannel for a planned channel: under H.235, h235Media and (as master) its key. */
  secured(p: PlannedChannel): OutgoingChannel {
    const keys = this.h235.agreed?.keys;
    if (!keys) return p.request;
    const sync = keys.openingChannel(p.request.number, p.kind, p.codec.payloadType);
    return {
      ...p.request,
      dataType: securedDataType(p.request.dataType),
      ...(sync ? { encryptionSync: sync } : {}),
    };
  }

  // ---- keyframes ---------------------------------------------------------------------------

  /**
   * Answers the far end's OpenLogicalChannel `number` (H.245 §8.4.1): acknowledged with our RTP
   * and RTCP addresses for a stream of its kind that we can take, else rejected. True when
   * acknowledged; a video channel becomes the one keyframe requests name.
   */
  answerChannel(number: number, channel: ChannelReading | undefined, local: LocalMedia): boolean {
    const link = this.h245!;
    const stream = channel && streamsOf(local).find((s) => s.kind === channel.kind);
    if (!channel || !stream || !acceptsChannel(local, channel)) {
      link.act((now, s) => s.channels.rejectChannel(now, number, "dataTypeNotSupported"));
      return false;
    }
    const keys = this.h235.agreed?.keys;
    const sync =
      keys && channel.kind && channel.codec
        ? keys.channelRequested(
            number,
            channel.kind,
            channel.codec.payloadType,
            channel.open.encryptionSync,
            channel.encrypted === true,
          )
        : undefined;
    link.act((now, s) =>
      s.channels.acceptChannel(now, number, {
        sessionID: channel.sessionID,
        mediaChannel: h245Address(stream.rtp),
        mediaControlChannel: h245Address(stream.rtcp),
        ...(sync ? { encryptionSync: sync } : {}),
      }),
    );
    if (channel.kind === "video") this.videoReceiveChannel = number;
    return true;
  }

  requestKeyframe(): boolean {
    const channel = this.videoReceiveChannel;
    if (channel === undefined || !this.h245?.attached || this.ended) return false;
    this.h245.act((now, s) => s.videoFastUpdatePicture(now, channel));
    return true;
  }

  onKeyframeRequest(fn: () => void): void {
    this.keyframeListeners.push(fn);
  }

  // ---- the end of the call -----------------------------------------------------------------

  whenEnded(): Promise<H323CallEnd> {
    if (this.ended) return Promise.resolve(this.ended);
    return new Promise((resolve) => this.endWaiters.push(resolve));
  }

  /** H.323 §8.5: endSessionCommand, wait (bounded) for the far end's, then ReleaseComplete. */
  async hangUp(reason = "we hung up"): Promise<void> {
    if (this.ended) return;
    this.hangingUp = true;
    if (this.h245?.attached && !this.sentEndSession) {
      this.sentEndSession = true;
      const theirs = new Promise<void>((resolve) => {
        this.peerEndSession = resolve;
        const t = setTimeout(resolve, this.endSessionWaitMs);
        t.unref();
      });
      this.h245.act((now, s) => s.endSession(now));
      await Promise.race([theirs, this.whenEnded()]);
    }
    this.release({ cause: Q850Cause.normalCallClearing }, reason);
    await this.whenEnded();
  }

  private onPeerEndSession(): void {
    if (this.peerEndSession) {
      this.peerEndSession();
      return;
    }
    // H.323 §8.5: the far end ends the session: answer with ours and let it send
    // ReleaseComplete; if it does not within the bound, release here.
    this.peerEnded = true;
    if (!this.sentEndSession && this.h245?.attached) {
      this.sentEndSession = true;
      this.h245.act((now, s) => s.endSession(now));
    }
    const t = setTimeout(
      () =>
        this.release(
          { cause: Q850Cause.normalCallClearing },
          "the far end ended the session (endSessionCommand)",
        ),
      this.endSessionWaitMs,
    );
    t.unref();
  }

  /** ReleaseComplete (once) and the end of the call. */
  release(options: ReleaseOptions, detail: string): void {
    if (this.ended) return;
    if (!this.released) this.driver.input((now) => this.machine.release(now, options, detail));
    else
      this.finish({ by: "local", detail, ...(options.cause !== undefined ? { cause: options.cause } : {}) });
  }

  /** Something broke (a timer, a bad H.245 connection): release with the cause, say why. */
  fail(cause: number, detail: string): void {
    this.release({ cause }, detail);
  }

  private lost(detail: string): void {
    if (this.ended) return;
    // Nothing can be sent any more: end without a ReleaseComplete.
    this.finish({ by: "remote", detail });
  }

  private callEvent(e: CallEvent): void {
    switch (e.type) {
      case "h245":
        // The far end tunnels H.245 (it may start before we do).
        this.link();
        this.attachCarrier();
        this.h245!.receive(e.message);
        break;
      case "released":
        this.finish(e.release);
        return;
    }
    this.onCallEvent(e);
  }

  private finish(release: CallRelease): void {
    if (this.ended) return;
    const byPeer = !this.hangingUp && (release.by === "remote" || this.peerEnded);
    if (release.reason !== undefined) this.factsNow.releaseReason = release.reason;
    else this.factsNow.releaseReason ??= release.detail;
    if (release.cause !== undefined) this.factsNow.q850Cause = release.cause;
    this.ended = { byPeer, reason: release.detail };
    this.driver.stop();
    this.h245?.stop();
    this.h245Server?.close();
    this.h245Conn?.close("the call ended");
    this.conn.close("the call ended");
    for (const w of this.endWaiters) w(this.ended);
    this.endWaiters = [];
    this.onEnded(this.ended);
  }
}
