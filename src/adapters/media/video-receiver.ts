import { readFrameCode } from "../../media/frame-code.js";
import type { ReturnedFrame } from "../../media/mirror-analysis.js";
import { H264Depacketizer } from "../../protocol/h264/rtp-depacketizer.js";
import type { RtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { VideoDecoder } from "../ffmpeg/video-decoder.js";

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
      }
      // A decoder fed P-frames before any IDR only produces garbage; wait for the first one.
      if (this.seenKeyframe && au.complete) this.decoder.decode(au.annexB);
      else this.onKeyframeNeeded();
    }
  }

  async close(): Promise<void> {
    await this.decoder.close();
  }
}
