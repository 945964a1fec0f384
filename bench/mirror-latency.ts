/**
 * Matches mirrored packets to the packets we sent. The mirror gives the stream its own SSRC and
 * sequence numbers but keeps the order and the payload (src/room/mirror.ts): within one source the
 * returned sequence number is ours plus a constant. The constant is found once by payload (the
 * newest sent packet with the same bytes), then every packet is matched by sequence number alone.
 * Pure: times are passed in.
 */
export class MirrorLatency {
  private readonly sentAt = new Float64Array(65536).fill(Number.NaN);
  private readonly sentPayload: (Uint8Array | undefined)[] = new Array(65536);
  private lastSentSeq: number | undefined;
  private offset: number | undefined;
  /** Packets matched to the packet we sent. */
  matched = 0;
  /** Packets whose payload did not match what we sent with that sequence number. */
  mismatches = 0;
  /** Packets received before the offset was known and that matched nothing. */
  unmatched = 0;

  /** True once the mirror's sequence offset is known (packets are matched by header alone). */
  get locked(): boolean {
    return this.offset !== undefined;
  }

  /** Records that the packet with sequence number `seq` and this payload left at `at` (ms). */
  sent(seq: number, payload: Uint8Array, at: number): void {
    this.sentAt[seq] = at;
    this.sentPayload[seq] = payload;
    this.lastSentSeq = seq;
  }

  /** A mirrored packet arrived at `at`; returns its latency in ms when it matches a sent packet. */
  received(seq: number, payload: Uint8Array, at: number): number | undefined {
    if (this.offset === undefined) {
      const ours = this.findByPayload(payload);
      if (ours === undefined) {
        this.unmatched++;
        return undefined;
      }
      this.offset = (seq - ours) & 0xffff;
    }
    const ours = (seq - this.offset) & 0xffff;
    const sentPayload = this.sentPayload[ours];
    if (!sentPayload || sentPayload.length !== payload.length) {
      // The mirror switched segment (new offset): find it again from this packet.
      this.mismatches++;
      this.offset = undefined;
      return undefined;
    }
    const t = this.sentAt[ours]!;
    if (Number.isNaN(t)) return undefined;
    this.sentAt[ours] = Number.NaN; // a duplicate does not count twice
    const latency = at - t;
    this.matched++;
    return latency;
  }

  /** Searches back from the newest sent packet (at most 4096) for the same payload bytes. */
  private findByPayload(payload: Uint8Array): number | undefined {
    if (this.lastSentSeq === undefined) return undefined;
    for (let back = 0; back < 4096; back++) {
      const seq = (this.lastSentSeq - back) & 0xffff;
      const p = this.sentPayload[seq];
      if (!p) return undefined;
      if (p.length === payload.length && Buffer.compare(p, payload) === 0) return seq;
    }
    return undefined;
  }
}

/** The q-quantile (0..1) of `values` by nearest rank; undefined for none. Sorts a copy. */
export function quantile(values: readonly number[], q: number): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = Float64Array.from(values).sort();
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1));
  return sorted[rank];
}
