/**
 * Plays pre-encoded video in a loop, in real time, the way AudioPayloadLoop plays the music: the
 * room encodes its slides once at start and each presentation-alias call only sends the ready RTP
 * payloads. Pure: the caller's timer asks `due(now)` and sends what comes back.
 */

/** One picture: its RTP payloads in order (RFC 6184), the last one carrying the marker bit. */
export interface EncodedPicture {
  readonly payloads: readonly Uint8Array[];
  readonly keyframe: boolean;
}

export interface DueVideoPacket {
  readonly payload: Uint8Array;
  readonly marker: boolean;
  /** RTP timestamp offset from the first picture, 90 kHz clock. */
  readonly timestampOffset: number;
  /** The picture's number within the loop (its frame code). */
  readonly picture: number;
}

export class VideoPayloadLoop {
  private sent = 0;
  private index = 0;
  private keyframeWanted = false;

  constructor(
    private readonly pictures: readonly EncodedPicture[],
    private readonly fps: number,
    private readonly startMs: number,
    /** At most this many pictures at once after a stall. */
    private readonly maxBurst = 2,
  ) {
    if (pictures.length === 0 || !pictures[0]!.keyframe)
      throw new RangeError("VideoPayloadLoop needs pictures starting with a keyframe");
  }

  /** Answer to PLI/FIR: the next picture sent is the loop's first (a keyframe). */
  requestKeyframe(): void {
    this.keyframeWanted = true;
  }

  due(nowMs: number): DueVideoPacket[] {
    const target = Math.floor(((nowMs - this.startMs) * this.fps) / 1000) + 1;
    if (target - this.sent > this.maxBurst) this.sent = target - this.maxBurst;
    const out: DueVideoPacket[] = [];
    while (this.sent < target) {
      if (this.keyframeWanted && !this.pictures[this.index]!.keyframe) this.index = 0;
      this.keyframeWanted = false;
      const p = this.pictures[this.index]!;
      const timestampOffset = Math.round((this.sent * 90000) / this.fps);
      p.payloads.forEach((payload, i) => {
        out.push({ payload, marker: i === p.payloads.length - 1, timestampOffset, picture: this.index });
      });
      this.sent++;
      this.index = (this.index + 1) % this.pictures.length;
    }
    return out;
  }
}
