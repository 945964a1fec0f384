/**
 * Plays pre-encoded audio payloads in a loop, in real time: given `now`, says which packets are
 * due. The room encodes its music once per codec at start, so a call costs no encoder CPU.
 * Pure: the caller's timer asks `due(now)` and sends what comes back.
 */
export interface DueAudioPacket {
  payload: Uint8Array;
  /** RTP timestamp offset from the first packet, in the codec's RTP clock. */
  timestampOffset: number;
  /** RFC 3551 §4.1: the marker bit is set on the first packet of a talkspurt. */
  marker: boolean;
}

export class AudioPayloadLoop {
  private sent = 0;

  constructor(
    private readonly payloads: readonly Uint8Array[],
    /** RTP clock ticks per packet (e.g. 960 for 20 ms of Opus, 160 for 20 ms of PCMU or G.722). */
    private readonly ticksPerPacket: number,
    private readonly ptimeMs: number,
    private readonly startMs: number,
    /** At most this many packets at once after a stall, so a late timer does not burst. */
    private readonly maxBurst = 5,
  ) {
    if (payloads.length === 0) throw new RangeError("AudioPayloadLoop needs at least one payload");
  }

  due(nowMs: number): DueAudioPacket[] {
    const target = Math.floor((nowMs - this.startMs) / this.ptimeMs) + 1;
    if (target - this.sent > this.maxBurst) this.sent = target - this.maxBurst;
    const out: DueAudioPacket[] = [];
    while (this.sent < target) {
      const i = this.sent % this.payloads.length;
      out.push({
        payload: this.payloads[i]!,
        timestampOffset: this.sent * this.ticksPerPacket,
        marker: this.sent === 0,
      });
      this.sent++;
    }
    return out;
  }
}
