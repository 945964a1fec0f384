import { performance } from "node:perf_hooks";
import { joinAnnexB } from "../../protocol/h264/annex-b.js";
import { parseAvcDecoderConfig, splitLengthPrefixed } from "../../protocol/h264/avcc.js";
import { FlvTagReader, parseFlvAvcPacket } from "../../protocol/h264/flv-video-tags.js";
import { NalType, nalType } from "../../protocol/h264/nal-unit.js";
import { FfmpegProcess, FfmpegProcessError } from "./process.js";
import { resolveFfmpeg } from "./resolve.js";

export interface H264EncoderOptions {
  /** ffmpeg binary. Default: resolveFfmpeg(). */
  readonly ffmpegPath?: string;
  /** Default 1280. */
  readonly width?: number;
  /** Default 720. */
  readonly height?: number;
  /** Frame rate the caller writes at (it paces, not the encoder). Default 30. */
  readonly fps?: number;
  /** Target and maximum bitrate. Default 1500 kbit/s; the VBV buffer holds half a second. */
  readonly bitrateKbps?: number;
  /** Frames between periodic IDRs. Default 5 s worth (150 at 30 fps). */
  readonly keyframeInterval?: number;
  /**
   * Largest slice NAL in bytes (x264 slice-max-size), for packetization-mode 0 peers whose every
   * NAL must fit in one packet. Default: unset (x264 decides; use FU-A).
   */
  readonly maxSliceBytes?: number;
  readonly onAccessUnit?: (au: EncodedAccessUnit) => void;
  readonly onError?: (error: FfmpegProcessError) => void;
}

export interface EncodedAccessUnit {
  /** The number the caller passed to encode() for this picture. */
  readonly frameNumber: number;
  /** Decoding order; an IDR always carries SPS and PPS in front of its slices. */
  readonly nals: readonly Uint8Array[];
  readonly annexB: Uint8Array;
  readonly keyframe: boolean;
  /** performance.now() when encode() was called for this frame. */
  readonly submittedAt: number;
  /** performance.now() when the access unit came out of ffmpeg. */
  readonly encodedAt: number;
}

export interface KeyframeRequestTiming {
  readonly requestedAt: number;
  /** The frame that came out as the IDR. */
  readonly frameNumber: number;
  readonly idrAt: number;
  /** idrAt − requestedAt: waiting for the next frame plus starting to encode it. */
  readonly latencyMs: number;
}

interface PendingFrame {
  readonly frameNumber: number;
  readonly submittedAt: number;
}

/** One ffmpeg/x264 process: raw yuv420p in on stdin, FLV out (exact access unit framing). */
class EncoderSession {
  readonly proc: FfmpegProcess;
  readonly pending: PendingFrame[] = [];
  readonly ready: EncodedAccessUnit[] = [];
  retired = false;
  private readonly reader = new FlvTagReader();
  private paramSets: Uint8Array[] = [];
  private lengthSize = 4;

  constructor(
    path: string,
    args: readonly string[],
    onOutput: () => void,
    onError: (e: FfmpegProcessError) => void,
  ) {
    this.proc = new FfmpegProcess(path, args);
    this.proc.stdout.on("data", (chunk: Buffer) => {
      try {
        for (const tag of this.reader.push(chunk)) if (tag.type === 9) this.onVideoTag(tag.data);
      } catch (e) {
        onError(new FfmpegProcessError(this.proc.command, null, null, this.proc.stderrTail(), e as Error));
        this.proc.kill();
      }
      onOutput();
    });
    void this.proc.exited.then((exit) => {
      if (exit.error && !this.retired) onError(exit.error);
      onOutput();
    });
  }

  /** Everything written has come out, or never will. */
  get drained(): boolean {
    return this.pending.length === 0 || !this.proc.running;
  }

  write(frame: Uint8Array, frameNumber: number, now: number): void {
    this.pending.push({ frameNumber, submittedAt: now });
    this.proc.write(frame);
  }

  private onVideoTag(data: Uint8Array): void {
    const pkt = parseFlvAvcPacket(data);
    if (pkt.avcPacketType === 0) {
      const config = parseAvcDecoderConfig(pkt.body);
      this.lengthSize = config.lengthSize;
      this.paramSets = [...config.sps, ...config.pps];
      return;
    }
    if (pkt.avcPacketType !== 1) return;
    let nals = splitLengthPrefixed(pkt.body, this.lengthSize);
    const keyframe = nals.some((n) => nalType(n) === NalType.sliceIdr);
    if (keyframe) {
      // A receiver joining at this IDR needs SPS and PPS first. ffmpeg puts x264's version SEI in
      // front of the first picture's in-band parameter sets, and keeps them out of band (in the FLV
      // sequence header) when repeat-headers is off, so set the order here.
      const isParamSet = (n: Uint8Array): boolean => nalType(n) === NalType.sps || nalType(n) === NalType.pps;
      const inBand = nals.filter(isParamSet);
      nals = [...(inBand.length > 0 ? inBand : this.paramSets), ...nals.filter((n) => !isParamSet(n))];
    }
    const frame = this.pending.shift();
    if (!frame) return; // cannot happen with x264's one-in-one-out zerolatency mode
    this.ready.push({
      frameNumber: frame.frameNumber,
      nals,
      annexB: joinAnnexB(nals),
      keyframe,
      submittedAt: frame.submittedAt,
      encodedAt: performance.now(),
    });
  }
}

/**
 * Raw yuv420p frames → ffmpeg libx264 (ultrafast, zerolatency, baseline, constrained bitrate) →
 * access units, each tagged with the caller's frame number.
 *
 * requestKeyframe(): ffmpeg cannot be told to emit an IDR while running, so a warm standby process
 * is kept started and waiting for input. On request, the next frame goes to the standby instead
 * (its first picture is an IDR), the old process is drained and closed, and a new standby starts.
 * Output stays in frame order across the switch.
 */
export class H264Encoder {
  readonly options: Required<Omit<H264EncoderOptions, "maxSliceBytes" | "onAccessUnit" | "onError">> &
    Pick<H264EncoderOptions, "maxSliceBytes">;
  /** One entry per served keyframe request. */
  readonly keyframeRequests: KeyframeRequestTiming[] = [];
  private readonly sessions: EncoderSession[] = [];
  private standby: EncoderSession | undefined;
  private keyframeRequestedAt: number | undefined;
  private awaitingIdr: { session: EncoderSession; requestedAt: number } | undefined;
  private closed = false;
  private readonly listeners: ((au: EncodedAccessUnit | undefined) => void)[] = [];

  constructor(private readonly init: H264EncoderOptions = {}) {
    const fps = init.fps ?? 30;
    this.options = {
      ffmpegPath: init.ffmpegPath ?? resolveFfmpeg().path,
      width: init.width ?? 1280,
      height: init.height ?? 720,
      fps,
      bitrateKbps: init.bitrateKbps ?? 1500,
      keyframeInterval: init.keyframeInterval ?? fps * 5,
      maxSliceBytes: init.maxSliceBytes,
    };
    this.sessions.push(this.startSession());
    this.standby = this.startSession();
  }

  /** The ffmpeg arguments each encoder process runs with. */
  ffmpegArgs(): string[] {
    const o = this.options;
    const x264 = ["repeat-headers=1", "scenecut=0"];
    if (o.maxSliceBytes !== undefined) x264.push(`slice-max-size=${o.maxSliceBytes}`);
    return [
      ...["-hide_banner", "-loglevel", "error", "-nostats"],
      ...[
        "-f",
        "rawvideo",
        "-pix_fmt",
        "yuv420p",
        "-s",
        `${o.width}x${o.height}`,
        "-framerate",
        String(o.fps),
      ],
      ...["-probesize", "32", "-analyzeduration", "0", "-i", "pipe:0", "-an"],
      ...["-c:v", "libx264", "-preset", "ultrafast", "-tune", "zerolatency", "-profile:v", "baseline"],
      ...["-pix_fmt", "yuv420p", "-bf", "0", "-g", String(o.keyframeInterval)],
      ...[
        "-b:v",
        `${o.bitrateKbps}k`,
        "-maxrate",
        `${o.bitrateKbps}k`,
        "-bufsize",
        `${Math.round(o.bitrateKbps / 2)}k`,
      ],
      ...["-x264-params", x264.join(":")],
      ...["-vsync", "0", "-flush_packets", "1", "-flvflags", "no_duration_filesize", "-f", "flv", "pipe:1"],
    ];
  }

  /** Hands one frame to the encoder; its access unit comes out through onAccessUnit / accessUnits(). */
  encode(frame: Uint8Array, frameNumber: number): void {
    if (this.closed) throw new Error("H264Encoder: encode() after close()");
    const expected = (this.options.width * this.options.height * 3) / 2;
    if (frame.length !== expected)
      throw new RangeError(`frame has ${frame.length} bytes, expected ${expected}`);
    const now = performance.now();
    if (this.keyframeRequestedAt !== undefined && this.standby)
      this.switchToStandby(this.keyframeRequestedAt);
    this.sessions.at(-1)!.write(frame, frameNumber, now);
  }

  /** Makes the next frame an IDR (answer to RTCP PLI/FIR). */
  requestKeyframe(): void {
    if (this.closed || this.awaitingIdr) return; // an IDR is already on its way
    this.keyframeRequestedAt ??= performance.now();
    this.standby ??= this.startSession();
  }

  /** Access units in frame order, until close(). */
  async *accessUnits(): AsyncGenerator<EncodedAccessUnit> {
    const queue: EncodedAccessUnit[] = [];
    let wake: (() => void) | undefined;
    let done = false;
    this.listeners.push((au) => {
      if (au) queue.push(au);
      else done = true;
      wake?.();
    });
    for (;;) {
      const au = queue.shift();
      if (au) yield au;
      else if (done) return;
      else await new Promise<void>((r) => (wake = r));
    }
  }

  /** Finishes the frames written so far, then stops every ffmpeg process. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.standby?.proc.kill();
    this.standby = undefined;
    await Promise.all(this.sessions.map((s) => s.proc.close()));
    this.pump();
    for (const l of this.listeners) l(undefined);
  }

  private startSession(): EncoderSession {
    return new EncoderSession(
      this.options.ffmpegPath,
      this.ffmpegArgs(),
      () => this.pump(),
      (e) => this.init.onError?.(e),
    );
  }

  private switchToStandby(requestedAt: number): void {
    const next = this.standby!;
    const old = this.sessions.at(-1)!;
    old.retired = true;
    void old.proc.close();
    this.sessions.push(next);
    this.awaitingIdr = { session: next, requestedAt };
    this.keyframeRequestedAt = undefined;
    // The next standby is started once this IDR is out: starting ffmpeg now would compete for
    // the CPU with the first (slowest) frame of the new encoder.
    this.standby = undefined;
  }

  /** Delivers ready access units in order: a newer session waits until the older ones are drained. */
  private pump(): void {
    for (;;) {
      const head = this.sessions[0];
      if (!head) return;
      for (let au = head.ready.shift(); au; au = head.ready.shift()) this.deliver(head, au);
      if (head.retired && head.drained && this.sessions.length > 1) this.sessions.shift();
      else return;
    }
  }

  private deliver(session: EncoderSession, au: EncodedAccessUnit): void {
    if (this.awaitingIdr?.session === session && au.keyframe) {
      const { requestedAt } = this.awaitingIdr;
      this.keyframeRequests.push({
        requestedAt,
        frameNumber: au.frameNumber,
        idrAt: au.encodedAt,
        latencyMs: au.encodedAt - requestedAt,
      });
      this.awaitingIdr = undefined;
      if (!this.closed && !this.standby) this.standby = this.startSession();
    }
    this.init.onAccessUnit?.(au);
    for (const l of this.listeners) l(au);
  }
}
