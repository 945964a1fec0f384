import { performance } from "node:perf_hooks";
import { readFrameCode } from "../../media/frame-code.js";
import type { ReturnedFrame } from "../../media/mirror-analysis.js";
import { NackTracker } from "../../media/nack-tracker.js";
import { ReorderBuffer } from "../../media/reorder-buffer.js";
import { splitAnnexB } from "../../protocol/h264/annex-b.js";
import { NalType, nalType } from "../../protocol/h264/nal-unit.js";
import { H264Depacketizer } from "../../protocol/h264/rtp-depacketizer.js";
import type { RtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { VideoDecoder } from "../ffmpeg/video-decoder.js";

/** Bound on the bytes kept for a snapshot: an endpoint sending no keyframes cannot grow it forever. */
const MAX_GOP_BYTES = 8 * 1024 * 1024;

export interface VideoReceiverStats {
  accessUnits: number;
  keyframes: number;
  framesDecoded: number;
  framesWithCode: number;
  codedWidth: number | undefined;
  codedHeight: number | undefined;
  decodeErrors: string[];
  /**
   * Access units the network took: incomplete, or after one that was, until a whole keyframe
   * came (their pictures cannot be decoded right, so they are not fed to the decoder).
   */
  networkDamaged: number;
  /** Sequence numbers that never arrived in time (after any retransmission). */
  packetsMissing: number;
}

export interface VideoReceiverOptions {
  /**
   * How long a missing packet holds back those behind it (ms): time for a reordered packet, or
   * for a NACKed one to be sent again. Default 60 ms without NACK.
   */
  holdMs?: number;
  /** Sends a Generic NACK for these sequence numbers (RFC 4585 §6.2.1); absent: no NACKs. */
  nack?: (sequenceNumbers: number[]) => void;
  /** Called when a whole keyframe arrived (the picture is whole again). */
  onKeyframe?: () => void;
}

/**
 * Receives H.264 over RTP: reassembles access units (RFC 6184), decodes them with ffmpeg and
 * reads the frame code of each picture. Frames of every family are kept; the caller picks.
 */
export class VideoReceiver {
  readonly frames: (ReturnedFrame & { family: number })[] = [];
  readonly stats: VideoReceiverStats = {
    accessUnits: 0,
    keyframes: 0,
    framesDecoded: 0,
    framesWithCode: 0,
    codedWidth: undefined,
    codedHeight: undefined,
    decodeErrors: [],
    networkDamaged: 0,
    packetsMissing: 0,
  };
  /** Arrival times of the access units the network took, to place them on the call's timeline. */
  readonly networkDamagedAt: number[] = [];
  /** NACK bookkeeping when NACKs are sent: the loss seen before any repair. */
  readonly nackTracker: NackTracker | undefined;
  private readonly reorder: ReorderBuffer<RtpPacket>;
  private readonly timer: NodeJS.Timeout | undefined;
  private lastSeq: number | undefined;
  /** A packet went missing since the last whole keyframe: the reference chain is broken. */
  private broken = false;
  private readonly depacketizer = new H264Depacketizer();
  private readonly decoder: VideoDecoder;
  private seenKeyframe = false;
  /**
   * An SPS and a PPS arrived (RFC 6184 §8.4: in the keyframe's access unit or before it). A
   * keyframe without them (the stream's first packets lost, before any sequence gap could show)
   * decodes to nothing, so it does not count as a start and a keyframe is asked for.
   */
  private seenSps = false;
  private seenPps = false;
  /** Complete access units since the last keyframe, for a snapshot of the latest picture. */
  private gop: Uint8Array[] = [];
  private gopBytes = 0;

  /** Called when the decoder needs a keyframe: nothing decodable yet, or an access unit was lost. */
  onKeyframeNeeded: () => void = () => {};

  constructor(
    ffmpegPath: string,
    private readonly opts: VideoReceiverOptions = {},
  ) {
    this.reorder = new ReorderBuffer(opts.holdMs ?? 60);
    if (opts.nack) this.nackTracker = new NackTracker();
    this.timer = setInterval(() => this.release(this.reorder.poll(performance.now()), performance.now()), 20);
    this.decoder = new VideoDecoder({
      ffmpegPath,
      onFrame: (f) => {
        this.stats.framesDecoded++;
        this.stats.codedWidth = f.codedWidth;
        this.stats.codedHeight = f.codedHeight;
        const code = readFrameCode(f.luma, f.width, f.height);
        if (code) {
          this.stats.framesWithCode++;
          this.frames.push({ number: code.number, family: code.family, atMs: f.decodedAt });
        }
      },
      onError: (e) => this.stats.decodeErrors.push(e.message),
    });
  }

  get depacketizerStats() {
    return this.depacketizer.stats;
  }

  /** One RTP packet as it arrived; it is processed once the packets before it are in. */
  push(packet: RtpPacket, now = performance.now()): void {
    const nack = this.nackTracker?.onPacket(packet.sequenceNumber, now);
    if (nack && nack.length > 0) this.opts.nack?.(nack);
    this.release(this.reorder.push(packet.sequenceNumber, packet, now), now);
  }

  private release(packets: readonly RtpPacket[], now: number): void {
    if (this.nackTracker) {
      const again = this.nackTracker.due(now);
      if (again.length > 0) this.opts.nack?.(again);
    }
    for (const p of packets) this.process(p, now);
  }

  private process(packet: RtpPacket, now: number): void {
    if (this.lastSeq !== undefined && ((this.lastSeq + 1) & 0xffff) !== packet.sequenceNumber) {
      this.broken = true;
      this.stats.packetsMissing += (packet.sequenceNumber - this.lastSeq - 1 + 0x10000) & 0xffff;
    }
    this.lastSeq = packet.sequenceNumber;
    const aus = this.depacketizer.push({
      sequenceNumber: packet.sequenceNumber,
      timestamp: packet.timestamp,
      marker: packet.marker,
      payload: packet.payload,
    });
    for (const au of aus) {
      this.stats.accessUnits++;
      if (au.keyframe) this.stats.keyframes++;
      if (au.complete && !(this.seenSps && this.seenPps)) this.noteParameterSets(au.annexB);
      if (au.keyframe && au.complete && this.seenSps && this.seenPps) {
        this.seenKeyframe = true;
        this.broken = false;
        this.gop = [];
        this.gopBytes = 0;
        this.opts.onKeyframe?.();
      } else if (!au.complete) this.broken = true;
      if (this.seenKeyframe && au.complete && this.gopBytes + au.annexB.length <= MAX_GOP_BYTES) {
        this.gop.push(au.annexB);
        this.gopBytes += au.annexB.length;
      }
      // A decoder fed P-frames before any IDR, or after a lost packet, only produces garbage
      // (or, concealed, the wrong picture): wait for a whole keyframe, and ask for one.
      if (this.seenKeyframe && !this.broken) {
        this.decoder.decode(au.annexB);
        continue;
      }
      if (this.seenKeyframe) {
        this.stats.networkDamaged++;
        if (this.networkDamagedAt.length < 100_000) this.networkDamagedAt.push(now);
      }
      this.onKeyframeNeeded();
    }
  }

  private noteParameterSets(annexB: Uint8Array): void {
    for (const nal of splitAnnexB(annexB)) {
      const type = nal.length > 0 ? nalType(nal) : 0;
      if (type === NalType.sps) this.seenSps = true;
      else if (type === NalType.pps) this.seenPps = true;
    }
  }

  /**
   * The Annex B bytes of the last group of pictures: the last keyframe and the complete access
   * units after it (at most 8 MiB), or undefined before the first keyframe. Decoding them and
   * keeping the last picture gives the latest frame (adapters/media/snapshots.ts).
   */
  lastGop(): Uint8Array | undefined {
    return this.gop.length > 0 ? Buffer.concat(this.gop) : undefined;
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    this.release(this.reorder.poll(Number.POSITIVE_INFINITY), performance.now());
    await this.decoder.close();
  }
}
