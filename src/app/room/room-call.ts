import { MediaSilence } from "../../room/media-silence.js";
import type { RoomHangUp } from "./caller-grading.js";
import type { RoomCallMedia } from "./room-call-media.js";
import type { CallbackResult, CallbackTiming, RoomCallbackMedia } from "./room-callback.js";
import { callBackCaller } from "./room-callback.js";
import type { IncomingRoomCall, MediaTransforms, RoomCallHandle, TakenRoomCall } from "./room-front.js";
import type { RoomEvent } from "./room-options.js";

/** What a room call needs from the room around it. */
export interface RoomCallContext {
  readonly emit: (e: Omit<RoomEvent, "atMs">) => void;
  /** Probe the caller once the call is up (only when its report is wanted). */
  readonly probeTimeoutMs: number | undefined;
  readonly callback: CallbackTiming;
  readonly openCallbackMedia: () => Promise<RoomCallbackMedia>;
  /** 0: no media timeout. */
  readonly mediaTimeoutMs: number;
  /** Epoch ms (event and report times). */
  readonly now: () => number;
  /** Monotonic ms (the media watch). */
  readonly monotonic: () => number;
  readonly ended: (call: RoomCall) => void;
}

type CallState = "answering" | "up" | "ended";

/**
 * One call in the room, whatever signalling brought it: its media, the alias's behaviour (the
 * callback), the probe of the caller, and the media watch that hangs up on a caller gone silent.
 */
export class RoomCall implements TakenRoomCall {
  readonly startedAt: number;
  endedAt: number | undefined;
  /** The callback alias's call back to the caller, once placed. */
  callback: Promise<CallbackResult> | undefined;
  /** Set when the room itself ended the call. */
  hungUp: RoomHangUp | undefined;
  private state: CallState = "answering";
  private watch: NodeJS.Timeout | undefined;

  constructor(
    readonly incoming: IncomingRoomCall,
    readonly handle: RoomCallHandle,
    readonly media: RoomCallMedia,
    private readonly ctx: RoomCallContext,
  ) {
    this.startedAt = ctx.now();
    if (handle.requestKeyframe) {
      const request = handle.requestKeyframe.bind(handle);
      media.onKeyframeAsked = () => request();
    }
  }

  keyframeRequested(): void {
    if (this.state === "up") this.media.keyframeRequested();
  }

  secureMedia(transforms: MediaTransforms): void {
    this.media.secureWith(transforms);
  }

  async reoffer(sdp: string): Promise<string> {
    await this.media.acceptOffer(sdp);
    return this.media.createAnswer();
  }

  established(): void {
    if (this.state !== "answering") return;
    this.state = "up";
    const { callId, from, alias } = this.incoming;
    const f = this.media.facts;
    const bfcp = f.presentation?.bfcp;
    this.ctx.emit({
      callId,
      kind: "answered",
      from,
      detail: `audio ${f.audioCodec ?? "none"}, video ${f.videoCodec ?? "none"}, srtp ${f.srtp.video ?? f.srtp.audio ?? "off"}${bfcp ? `, BFCP ${bfcp.transport} port ${bfcp.port}` : ""}${alias === "echo" ? ", echo" : ""}${alias === "callback" ? ", will call back" : ""}`,
      facts: f,
    });
    // H.323: the presentation token is H.239's, carried in the call's H.245.
    const token = this.handle.presentationToken?.();
    if (token) this.media.useToken(token);
    if (alias === "callback") this.callback = this.callBack();
    if (this.ctx.probeTimeoutMs !== undefined) void this.handle.probe(this.ctx.probeTimeoutMs);
    if (this.ctx.mediaTimeoutMs > 0) this.watchMedia(this.ctx.mediaTimeoutMs);
  }

  ended(): void {
    if (this.state === "ended") return;
    this.state = "ended";
    this.endedAt = this.ctx.now();
    clearInterval(this.watch);
    this.media.close();
    const f = this.media.facts;
    const secs = ((this.endedAt - this.startedAt) / 1000).toFixed(1);
    const echoed = f.audioPacketsEchoed !== undefined;
    this.ctx.emit({
      callId: this.incoming.callId,
      kind: "ended",
      from: this.incoming.from,
      detail: `after ${secs} s: video in ${f.videoPacketsIn}, mirrored ${f.videoPacketsMirrored}, audio in ${f.audioPacketsIn}, ${echoed ? `echoed ${f.audioPacketsEchoed}` : `music out ${this.media.musicPacketsSent}`}${this.hungUp ? `; ${this.hungUp.en}` : ""}`,
      facts: f,
    });
    this.ctx.ended(this);
  }

  /**
   * Hangs up once the caller has sent no RTP and no RTCP for `timeoutMs`: a caller that vanished
   * without a BYE would otherwise hold the call until its session timer (if any) ran out.
   */
  private watchMedia(timeoutMs: number): void {
    const silence = new MediaSilence(timeoutMs, this.ctx.monotonic());
    this.watch = setInterval(
      () => {
        if (
          this.state !== "up" ||
          silence.observe(this.media.packetsFromCaller, this.ctx.monotonic()) !== "silent"
        )
          return;
        clearInterval(this.watch);
        const s = Math.round(silence.silentForMs(this.ctx.monotonic()) / 1000);
        this.hungUp = {
          atMs: this.ctx.now() - this.startedAt,
          reason: "media-timeout",
          en: `the room hung up: no RTP or RTCP from the caller for ${s} s`,
          sv: `rummet lade på: ingen RTP eller RTCP från den som ringde på ${s} s`,
        };
        this.handle.hangUp().catch((e: unknown) =>
          this.ctx.emit({
            callId: this.incoming.callId,
            kind: "error",
            from: this.incoming.from,
            detail: `could not hang up: ${e instanceof Error ? e.message : String(e)}`,
          }),
        );
      },
      Math.min(1000, Math.max(50, timeoutMs / 4)),
    );
    this.watch.unref?.();
  }

  private async callBack(): Promise<CallbackResult> {
    const result = await callBackCaller(this.handle, this.ctx.openCallbackMedia, this.ctx.callback);
    this.ctx.emit({
      callId: this.incoming.callId,
      kind: "ended",
      from: this.incoming.from,
      detail: `callback to ${result.uri}: ${result.answered ? "answered" : `not answered (${result.failure ?? result.status})`}, audio back ${result.audioPacketsReceived}`,
    });
    return result;
  }
}
