import { createSequenceUnwrapper } from "../protocol/rtp/sequence.js";

/**
 * Which packets of one RTP stream to ask again for (RFC 4585 §6.2.1 Generic NACK), pure: every
 * arrival gives its sequence number and `now`, and the answer is the sequence numbers to NACK at
 * once (RFC 4585 §3.5.2 early feedback: a loss is worth reporting as soon as it is seen). A
 * missing packet is asked for again every `retryMs`, at most `maxTries` times and for at most
 * `maxAgeMs`; after that it is given up for lost. What was missing and what came back are
 * counted, so the loss the network caused is known apart from the loss left after repair.
 */
export interface NackTrackerOptions {
  /** Between two NACKs of the same packet (about one round trip); default 120 ms. */
  readonly retryMs?: number;
  /** NACKs per missing packet; default 3. */
  readonly maxTries?: number;
  /** A packet missing longer than this is no longer useful to the receiver; default 1000 ms. */
  readonly maxAgeMs?: number;
  /** A gap wider than this is a restart or an outage, not loss to repair; default 256. */
  readonly maxGap?: number;
  /**
   * How long a gap may be reordering before it counts as loss and is NACKed; default 20 ms
   * (RFC 4585 §3.5.2 leaves the moment to the receiver; a NACK for a packet merely overtaken
   * costs a needless retransmission and would count reordering as loss).
   */
  readonly reorderMs?: number;
}

export interface NackCounters {
  /** Sequence numbers still missing after the reordering allowance: the network's loss, before repair. */
  missing: number;
  /** Of those, how many arrived afterwards (retransmitted, or only very late). */
  recovered: number;
  /** Gaps filled within the reordering allowance: reordered, not lost. */
  reordered: number;
  /** Given up: still missing after every try. */
  abandoned: number;
  /** Sequence numbers put in NACKs, retries included. */
  nacked: number;
}

interface Missing {
  readonly since: number;
  tries: number;
  lastAt: number;
}

export class NackTracker {
  readonly counters: NackCounters = { missing: 0, recovered: 0, reordered: 0, abandoned: 0, nacked: 0 };
  private readonly unwrap = createSequenceUnwrapper();
  private readonly missing = new Map<number, Missing>();
  private highest: number | undefined;
  private readonly retryMs: number;
  private readonly maxTries: number;
  private readonly maxAgeMs: number;
  private readonly maxGap: number;
  private readonly reorderMs: number;

  constructor(opts: NackTrackerOptions = {}) {
    this.retryMs = opts.retryMs ?? 120;
    this.maxTries = opts.maxTries ?? 3;
    this.maxAgeMs = opts.maxAgeMs ?? 1000;
    this.maxGap = opts.maxGap ?? 256;
    this.reorderMs = opts.reorderMs ?? 20;
  }

  /** Records an arrival; returns the 16-bit sequence numbers to NACK now. */
  onPacket(sequenceNumber: number, now: number): number[] {
    const ext = this.unwrap.unwrap(sequenceNumber);
    const was = this.missing.get(ext);
    if (was && this.missing.delete(ext)) {
      if (was.tries > 0) this.counters.recovered++;
      else this.counters.reordered++;
    }
    if (this.highest === undefined) this.highest = ext;
    else if (ext > this.highest) {
      const gap = ext - this.highest - 1;
      if (gap > 0 && gap <= this.maxGap) {
        for (let s = this.highest + 1; s < ext; s++)
          this.missing.set(s, { since: now, tries: 0, lastAt: -Infinity });
      }
      this.highest = ext;
    }
    return this.due(now);
  }

  /** The sequence numbers whose next NACK is due at `now` (also for a timer between arrivals). */
  due(now: number): number[] {
    const out: number[] = [];
    for (const [ext, m] of this.missing) {
      if (m.tries >= this.maxTries || now - m.since > this.maxAgeMs) {
        if (now - m.lastAt >= this.retryMs || now - m.since > this.maxAgeMs) {
          if (m.tries === 0) this.counters.missing++;
          this.missing.delete(ext);
          this.counters.abandoned++;
        }
        continue;
      }
      if (now - m.lastAt < this.retryMs || now - m.since < this.reorderMs) continue;
      if (m.tries === 0) this.counters.missing++;
      m.tries++;
      m.lastAt = now;
      out.push(ext & 0xffff);
    }
    this.counters.nacked += out.length;
    return out;
  }
}
