import { TcpFlag } from "../net/tcp.js";

/**
 * One direction of a TCP connection rebuilt from captured segments into an ordered byte stream
 * (RFC 9293 §3.4 sequence numbers, modulo 2^32).
 *
 * - In-order data is passed on as the captured view, without a copy.
 * - Retransmitted or overlapping data is trimmed to what is new.
 * - Out-of-order segments wait (copied) in a bounded buffer; when it overflows, or the flow ends
 *   with a hole, the hole becomes a gap: the stream skips it, reports its size and continues.
 * - A capture that starts mid-connection picks the stream up at the first segment with data.
 * - SYN (re)starts the stream; FIN ends it once the data before it is complete; RST ends it at once.
 */
export interface StreamChunk {
  readonly data: Uint8Array;
  /** Octets of the stream lost just before `data` (0 when contiguous). */
  readonly gapBefore: number;
}

export interface TcpStreamLimits {
  /** Out-of-order octets held per direction before giving up on a hole. Default 1 MiB. */
  readonly maxBufferedBytes: number;
  /** Out-of-order segments held per direction. Default 1024. */
  readonly maxBufferedSegments: number;
}

export const DEFAULT_TCP_STREAM_LIMITS: TcpStreamLimits = {
  maxBufferedBytes: 1024 * 1024,
  maxBufferedSegments: 1024,
};

export type TcpStreamState = "idle" | "open" | "closed";

const TRANSITIONS: Record<TcpStreamState, readonly TcpStreamState[]> = {
  idle: ["open"],
  open: ["open", "closed"],
  closed: ["open"],
};

interface Held {
  readonly seq: number;
  readonly data: Uint8Array;
}

/** Signed distance a - b between sequence numbers, modulo 2^32. */
export function seqDiff(a: number, b: number): number {
  return (a - b) | 0;
}

export class TcpStream {
  private stateValue: TcpStreamState = "idle";
  private next = 0;
  private held: Held[] = [];
  private heldBytes = 0;
  private finSeq: number | undefined;
  private gap = 0;
  /** Octets received again (retransmissions and overlaps), for statistics. */
  retransmittedBytes = 0;
  /** Holes skipped. */
  gaps = 0;

  constructor(private readonly limits: TcpStreamLimits = DEFAULT_TCP_STREAM_LIMITS) {}

  get state(): TcpStreamState {
    return this.stateValue;
  }

  /**
   * Takes one segment: its sequence number, flags, captured payload and, when the capture cut
   * it, the length the segment really had. Returns the stream data it made contiguous.
   */
  segment(seq: number, flags: number, payload: Uint8Array, wireLength = payload.length): StreamChunk[] {
    const out: StreamChunk[] = [];
    if (flags & TcpFlag.SYN) {
      if (this.stateValue === "open" && seqDiff(seq + 1, this.next) <= 0) {
        seq = (seq + 1) >>> 0; // retransmitted SYN
      } else {
        this.transition("open");
        this.reset((seq + 1) >>> 0);
        seq = this.next;
      }
    } else if (this.stateValue !== "open") {
      if (payload.length === 0 || this.stateValue === "closed") return out;
      this.transition("open");
      this.reset(seq);
    }
    if (wireLength > 0) this.accept(seq, payload, wireLength, out);
    if (flags & TcpFlag.FIN) this.finSeq = (seq + wireLength) >>> 0;
    if (flags & TcpFlag.RST) {
      this.flush(out);
      this.transition("closed");
      return out;
    }
    if (this.finSeq !== undefined && seqDiff(this.next, this.finSeq) >= 0) {
      this.flush(out);
      this.transition("closed");
    }
    return out;
  }

  /** The capture has ended (or the flow is evicted): passes on held data after its holes. */
  flush(out: StreamChunk[] = []): StreamChunk[] {
    while (this.held.length > 0) this.skipToHeld(out);
    return out;
  }

  /** idle → open (SYN or first data); open → open (new SYN: port reuse); open → closed; closed → open (SYN). */
  private transition(to: TcpStreamState): void {
    const allowed = TRANSITIONS[this.stateValue];
    if (!allowed.includes(to)) throw new Error(`TCP stream: no transition ${this.stateValue} → ${to}`);
    this.stateValue = to;
  }

  private reset(next: number): void {
    this.next = next;
    this.held = [];
    this.heldBytes = 0;
    this.finSeq = undefined;
    this.gap = 0;
  }

  private accept(seq: number, payload: Uint8Array, wireLength: number, out: StreamChunk[]): void {
    const rel = seqDiff(seq, this.next);
    if (rel > 0) {
      this.hold(seq, payload, wireLength, out);
      return;
    }
    if (-rel >= wireLength) {
      this.retransmittedBytes += wireLength;
      return;
    }
    this.retransmittedBytes += -rel;
    this.deliver(payload.subarray(Math.min(-rel, payload.length)), wireLength + rel, out);
    this.drain(out);
  }

  /** Passes on `data`, standing for `wireLength` octets of stream (more when the capture cut it). */
  private deliver(data: Uint8Array, wireLength: number, out: StreamChunk[]): void {
    if (data.length > 0) {
      out.push({ data, gapBefore: this.gap });
      this.gap = 0;
    }
    this.next = (this.next + wireLength) >>> 0;
    // The capture dropped the tail of this segment: the stream goes on after a gap.
    if (wireLength > data.length) {
      this.gap += wireLength - data.length;
      this.gaps++;
    }
  }

  private hold(seq: number, payload: Uint8Array, wireLength: number, out: StreamChunk[]): void {
    if (wireLength !== payload.length) return; // a cut segment out of order: its hole will be skipped
    const at = this.held.findIndex((h) => seqDiff(h.seq, seq) > 0);
    const entry = { seq, data: payload.slice() };
    if (at < 0) this.held.push(entry);
    else this.held.splice(at, 0, entry);
    this.heldBytes += payload.length;
    while (
      this.heldBytes > this.limits.maxBufferedBytes ||
      this.held.length > this.limits.maxBufferedSegments
    ) {
      this.skipToHeld(out);
    }
  }

  /** Gives up on the hole before the first held segment. */
  private skipToHeld(out: StreamChunk[]): void {
    const first = this.held[0];
    if (!first) return;
    const missing = seqDiff(first.seq, this.next);
    if (missing > 0) {
      this.gap += missing;
      this.gaps++;
      this.next = first.seq;
    }
    this.drain(out);
  }

  /** Passes on held segments that have become contiguous. */
  private drain(out: StreamChunk[]): void {
    while (this.held.length > 0) {
      const first = this.held[0]!;
      const rel = seqDiff(first.seq, this.next);
      if (rel > 0) return;
      this.held.shift();
      this.heldBytes -= first.data.length;
      if (-rel >= first.data.length) {
        this.retransmittedBytes += first.data.length;
        continue;
      }
      this.retransmittedBytes += -rel;
      this.deliver(first.data.subarray(-rel), first.data.length + rel, out);
    }
  }
}
