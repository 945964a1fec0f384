import { readFrameCode } from "../../media/frame-code.js";
import type { ReturnedFrame } from "../../media/mirror-analysis.js";
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
  };
  private readonly depacketizer = new H264Depacketizer();
  private readonly decoder: VideoDecoder;
  private seenKeyframe = false;
  /** Complete access units since the last keyframe, for a snapshot of the latest picture. */
  private gop: Uint8Array[] = [];
  private gopBytes = 0;

  /** Called when the decoder needs a keyframe: nothing decodable yet, or an access unit was lost. */
  onKeyframeNeeded: () => void = () => {};

  constructor(ffmpegPath: string) {
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

  push(packet: RtpPacket): void {
    const aus = this.depacketizer.push({
      sequenceNumber: packet.sequenceNumber,
      timestamp: packet.timestamp,
      marker: packet.marker,
      payload: packet.payload,
    });
    for (const au of aus) {
      this.stats.accessUnits++;
      if (au.keyframe) {
        this.stats.keyframes++;
        this.seenKeyframe = true;
        this.gop = [];
        this.gopBytes = 0;
      }
      if (this.seenKeyframe && au.complete && this.gopBytes + au.annexB.length <= MAX_GOP_BYTES) {
        this.gop.push(au.annexB);
        this.gopBytes += au.annexB.length;
      }
      // A decoder fed P-frames before any IDR only produces garbage; wait for the first one.
      if (this.seenKeyframe && au.complete) this.decoder.decode(au.annexB);
      else this.onKeyframeNeeded();
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
    await this.decoder.close();
  }
}
