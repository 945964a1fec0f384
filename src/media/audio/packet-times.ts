/**
 * When each packet of an audio stream went out or came in, by the place of its first sample in
 * the stream (ms from the stream's start). A sound at any place in the stream is then timed by
 * the packet that carried it: a sender that fell behind and skipped packets, or a receive that
 * came late, moves only the packets it touched, not every later one. Pure: times are inputs.
 */
export class PacketTimes {
  private readonly positions: number[] = [];
  private readonly times: number[] = [];

  /** Records a packet whose audio starts at `positionMs` in the stream, sent or received at `atMs`. */
  record(positionMs: number, atMs: number): void {
    const last = this.positions.length - 1;
    // Places only grow: a packet placed before the last (a duplicate) adds nothing.
    if (last >= 0 && positionMs <= this.positions[last]!) return;
    this.positions.push(positionMs);
    this.times.push(atMs);
  }

  get size(): number {
    return this.positions.length;
  }

  /** The place of the last packet recorded (ms), or undefined when none was. */
  get lastPositionMs(): number | undefined {
    return this.positions.at(-1);
  }

  /**
   * When the sound at `positionMs` went out (came in): the time of the last packet that starts at
   * or before it, plus how far into the stream past that packet's start it lies. Before the first
   * packet, the first packet's time less the distance. undefined when nothing was recorded.
   */
  timeAt(positionMs: number): number | undefined {
    if (this.positions.length === 0) return undefined;
    let lo = 0;
    let hi = this.positions.length - 1;
    if (positionMs < this.positions[0]!) return this.times[0]! - (this.positions[0]! - positionMs);
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.positions[mid]! <= positionMs) lo = mid;
      else hi = mid - 1;
    }
    return this.times[lo]! + (positionMs - this.positions[lo]!);
  }
}
