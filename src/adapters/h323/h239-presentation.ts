import { randomInt } from "node:crypto";
import type { H239TokenEvent, TokenPolicy } from "../../protocol/h245/h239-token.js";
import type { H245Event } from "../../protocol/h245/h245-session.js";
import { type RemoteCapabilities, readCapabilitySet } from "../../protocol/h323/capability-set.js";
import { type LocalMedia, PRESENTATION_SESSION_ID } from "../../protocol/h323/local-media.js";
import { readChannel } from "../../protocol/h323/logical-channel.js";
import { acceptsPresentation, planPresentationChannel } from "../../protocol/h323/presentation-bridge.js";
import { type HostPort, h245Address, readH245Address } from "../../protocol/h323/transport-address.js";
import type { H245Link } from "./h245-link.js";

// One call's H.239 presentation on real time (H.239 §9, §11.2), either role: to present we
// take the token (presentationTokenRequest), open our presentation channel with the role label
// once granted, and close it and release the token when done; the far end's presentation
// channel is taken only while it holds the token (its request granted by our policy, or its
// presentationTokenIndicateOwner), else rejected and kept as a warning. The token and the
// channels are the H.245 session's (src/protocol/h245); this only sequences them.

/** The logical channel number of our presentation channel (the main channels count from 1). */
export const PRESENTATION_CHANNEL = 100;

export type PresentOutcome =
  | {
      readonly ok: true;
      /** Where the far end receives our slides (its OpenLogicalChannelAck). */
      readonly rtp: HostPort;
      readonly rtcp?: HostPort;
      readonly requestToGrantMs: number;
    }
  | { readonly ok: false; readonly reason: string };

export type RemotePresentationEvent =
  | { readonly type: "started"; readonly channel: number; readonly rtcp?: HostPort }
  | { readonly type: "stopped"; readonly channel: number };

/** What the presentation needs of the call: its H.245 and a clock. */
export interface PresentationCall {
  h245(): H245Link | undefined;
  readonly now: () => number;
}

type Waiter = (e: H245Event) => boolean;

export class H239Presentation {
  private remoteCaps: RemoteCapabilities | undefined;
  private master: boolean | undefined;
  private waiters: Waiter[] = [];
  private remoteChannel: number | undefined;
  private ourChannelOpen = false;
  private readonly remoteListeners: ((e: RemotePresentationEvent) => void)[] = [];
  /** Presentation channels the far end opened without the token, and other H.239 faults seen. */
  readonly warnings: string[] = [];

  constructor(
    private readonly call: PresentationCall,
    private readonly local: LocalMedia,
    /** How we answer the far end's token requests (the room's floor policy). */
    private policy: TokenPolicy = "grant",
    /** The far end's capability set, when it came before the presentation existed. */
    remoteCaps?: RemoteCapabilities,
  ) {
    this.remoteCaps = remoteCaps;
    this.applyPolicy();
  }

  /** How we answer the far end's token requests from now on. */
  setPolicy(p: TokenPolicy): void {
    this.policy = p;
    this.applyPolicy();
  }

  private applyPolicy(): void {
    this.call.h245()?.act((_now, s) => {
      s.h239.policy = this.policy;
    });
  }

  /** The far end declared the H.239 control and a presentation it receives in our format. */
  get farEndCapable(): boolean {
    return (
      this.remoteCaps !== undefined &&
      planPresentationChannel(this.local, this.remoteCaps, PRESENTATION_CHANNEL, 0) !== undefined
    );
  }

  onRemote(fn: (e: RemotePresentationEvent) => void): void {
    this.remoteListeners.push(fn);
  }

  /**
   * Sees each H.245 event of the call first; true when it was the presentation's (the far end's
   * presentation channel, or an answer to ours) and the role must not see it.
   */
  handle(e: H245Event): boolean {
    this.waiters = this.waiters.filter((w) => !w(e));
    switch (e.type) {
      case "remoteCapabilities":
        this.remoteCaps = readCapabilitySet(e.set);
        this.applyPolicy();
        return false;
      case "determined":
        this.master = e.result === "master";
        return false;
      case "channelRequested": {
        const channel = readChannel(e.open);
        if (!channel?.presentation) return false;
        this.answerRemote(e.number, channel);
        return true;
      }
      case "channelClosed":
        if (e.number === this.remoteChannel && e.by === "remote") {
          this.remoteChannel = undefined;
          this.emit({ type: "stopped", channel: e.number });
          return true;
        }
        if (e.number === PRESENTATION_CHANNEL) this.ourChannelOpen = false;
        return e.number === PRESENTATION_CHANNEL;
      case "channelOpened":
      case "channelRejected":
      case "channelFailed":
        return e.number === PRESENTATION_CHANNEL;
      case "remoteReleased":
        // H.239 §11.2: the presentation ends with the token even if its channel stays open.
        if (this.remoteChannel !== undefined) {
          this.emit({ type: "stopped", channel: this.remoteChannel });
        }
        return false;
      case "tokenOutOfOrder":
        this.warnings.push(`${e.message} out of order (token ${e.state})`);
        return false;
      case "h239Malformed":
        this.warnings.push(e.detail);
        return false;
      default:
        return false;
    }
  }

  private answerRemote(number: number, channel: NonNullable<ReturnType<typeof readChannel>>): void {
    const link = this.call.h245();
    const p = this.local.presentation;
    if (!link || !p) return;
    const holds = link.session.h239.currentState === "remoteHolds";
    if (!holds || !acceptsPresentation(this.local, channel)) {
      this.warnings.push(
        holds
          ? `presentation channel ${number} in a format we did not declare: rejected`
          : `presentation channel ${number} opened without the presentation token (H.239 §11.2): rejected`,
      );
      link.act((now, s) =>
        s.channels.rejectChannel(now, number, holds ? "dataTypeNotSupported" : "unspecified"),
      );
      return;
    }
    // H.245 §6.2.10.3: a new session (ID 0) is numbered by the master.
    const sessionID = channel.sessionID !== 0 ? channel.sessionID : PRESENTATION_SESSION_ID;
    link.act((now, s) =>
      s.channels.acceptChannel(now, number, {
        sessionID,
        mediaChannel: h245Address(p.rtp),
        mediaControlChannel: h245Address(p.rtcp),
      }),
    );
    this.remoteChannel = number;
    this.emit({
      type: "started",
      channel: number,
      ...(channel.mediaControlChannel ? { rtcp: channel.mediaControlChannel } : {}),
    });
  }

  private emit(e: RemotePresentationEvent): void {
    for (const fn of this.remoteListeners) fn(e);
  }

  private next<T>(pick: (e: H245Event) => T | undefined, timeoutMs: number): Promise<T | undefined> {
    return new Promise((resolve) => {
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((w) => w !== waiter);
        resolve(undefined);
      }, timeoutMs);
      t.unref();
      const waiter: Waiter = (e) => {
        const v = pick(e);
        if (v === undefined) return false;
        clearTimeout(t);
        resolve(v);
        return true;
      };
      this.waiters.push(waiter);
    });
  }

  /** Takes the token and opens our presentation channel (H.239 §11.2, §9). */
  async present(timeoutMs = 12_000): Promise<PresentOutcome> {
    const link = this.call.h245();
    if (!link?.attached) return { ok: false, reason: "no H.245 on the call" };
    if (!this.remoteCaps) return { ok: false, reason: "the far end's capabilities are not known yet" };
    const plan = planPresentationChannel(
      this.local,
      this.remoteCaps,
      PRESENTATION_CHANNEL,
      (this.master ?? link.session.msd.result === "master") ? PRESENTATION_SESSION_ID : 0,
    );
    if (!plan)
      return {
        ok: false,
        reason: this.remoteCaps.h239Control
          ? "the far end receives no presentation in a format we send (H.239 extended video)"
          : "the far end declared no H.239 control capability",
      };
    const askedAt = this.call.now();
    const answer = this.next(
      (e) => (e.type === "tokenGranted" || e.type === "tokenRejected" ? (e as H239TokenEvent) : undefined),
      timeoutMs,
    );
    link.act((now, s) => s.h239.request(now, PRESENTATION_CHANNEL, randomInt(1, 128)));
    const token = await answer;
    if (token?.type !== "tokenGranted")
      return {
        ok: false,
        reason:
          token?.type === "tokenRejected"
            ? `token not granted: ${token.reason}`
            : "no answer to the token request",
      };
    const grantedAt = this.call.now();
    const opened = this.next(
      (e) =>
        (e.type === "channelOpened" || e.type === "channelRejected" || e.type === "channelFailed") &&
        e.number === PRESENTATION_CHANNEL
          ? e
          : undefined,
      timeoutMs,
    );
    link.act((now, s) => s.channels.open(now, plan.request));
    const channel = await opened;
    if (channel?.type !== "channelOpened") {
      link.act((now, s) => {
        if (s.h239.currentState === "held") s.h239.release(now);
      });
      return {
        ok: false,
        reason:
          channel?.type === "channelRejected"
            ? `presentation channel rejected (${channel.cause})`
            : channel?.type === "channelFailed"
              ? `presentation channel failed: ${channel.reason}`
              : "no answer to the presentation channel",
      };
    }
    this.ourChannelOpen = true;
    const rtp = readH245Address(channel.mediaChannel);
    const rtcp = readH245Address(channel.mediaControlChannel);
    if (!rtp) return { ok: false, reason: "the presentation channel's Ack named no mediaChannel" };
    return { ok: true, rtp, ...(rtcp ? { rtcp } : {}), requestToGrantMs: Math.round(grantedAt - askedAt) };
  }

  /** Closes our presentation channel and releases the token (H.239 §8.5 presentationTokenRelease). */
  stop(): void {
    const link = this.call.h245();
    if (!link?.attached) return;
    const open = this.ourChannelOpen;
    this.ourChannelOpen = false;
    link.act((now, s) => {
      if (open && s.channels.outgoingState(PRESENTATION_CHANNEL) === "established")
        s.channels.close(now, PRESENTATION_CHANNEL);
      if (s.h239.currentState === "held") s.h239.release(now);
    });
  }
}
