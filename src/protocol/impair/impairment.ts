import { type Random, seededRandom } from "./seeded-random.js";

/**
 * A lossy, late, out-of-order and duplicating link in one direction, as a pure model: each packet
 * offered at `now` gets zero (lost), one or two delivery times. Randomness comes from a seed and
 * time is an input, so a test replays the same impairment exactly. The relay in
 * src/adapters/net/impair-relay.ts applies it to real datagrams.
 */

/**
 * Gilbert-Elliott two-state loss (Gilbert 1960, Elliott 1963; the model of RFC 3611 §4.7.2 and
 * netem's "loss gemodel"): in the good state a packet is lost with `lossGood`, in the bad state
 * with `lossBad`; after each packet the state moves good→bad with `p`, bad→good with `r`.
 */
export interface GilbertElliottLoss {
  readonly kind: "gilbert-elliott";
  readonly p: number;
  readonly r: number;
  readonly lossGood: number;
  readonly lossBad: number;
}

export interface RandomLoss {
  readonly kind: "random";
  /** Probability that a packet is lost, independently of the others. */
  readonly rate: number;
}

export type LossModel = RandomLoss | GilbertElliottLoss;

export interface ImpairmentProfile {
  readonly loss?: LossModel;
  /** Fixed one-way delay added to every packet (ms). */
  readonly delayMs?: number;
  /** Each packet's delay varies uniformly by ± this (ms), never below zero. */
  readonly jitterMs?: number;
  /**
   * Jitter reorders packets (one delayed more than the next overtakes it) only when true; by
   * default a packet never leaves before the one offered before it, as in a router's queue.
   */
  readonly jitterReorders?: boolean;
  /** Share of packets held back by `reorderGapMs` more, so later packets overtake them. */
  readonly reorderRate?: number;
  readonly reorderGapMs?: number;
  /** Share of packets delivered twice (the copy `duplicateGapMs` later). */
  readonly duplicateRate?: number;
  readonly duplicateGapMs?: number;
}

export interface ImpairmentCounters {
  offered: number;
  lost: number;
  duplicated: number;
  reordered: number;
}

/** A Gilbert-Elliott model with a mean loss and mean burst length (packets), loss 1 in bad, 0 in good. */
export function burstyLoss(meanLoss: number, meanBurst: number): GilbertElliottLoss {
  if (!(meanLoss >= 0 && meanLoss < 1))
    throw new RangeError(`burstyLoss: mean loss ${meanLoss} is not in [0, 1)`);
  if (!(meanBurst >= 1)) throw new RangeError(`burstyLoss: mean burst ${meanBurst} is below 1 packet`);
  // Stationary share of the bad state is p / (p + r); a bad run lasts 1 / r packets on average.
  const r = 1 / meanBurst;
  const p = (meanLoss * r) / (1 - meanLoss);
  return { kind: "gilbert-elliott", p, r, lossGood: 0, lossBad: 1 };
}

export class Impairment {
  readonly counters: ImpairmentCounters = { offered: 0, lost: 0, duplicated: 0, reordered: 0 };
  private readonly random: Random;
  private bad = false;
  private lastDelivery = Number.NEGATIVE_INFINITY;

  constructor(
    readonly profile: ImpairmentProfile,
    seed: number,
  ) {
    checkProfile(profile);
    this.random = seededRandom(seed);
  }

  /** Delivery times (same clock as `now`) of a packet offered at `now`; empty when it is lost. */
  offer(now: number): number[] {
    this.counters.offered++;
    if (this.lose()) {
      this.counters.lost++;
      return [];
    }
    const p = this.profile;
    const jitter = p.jitterMs ? (this.random() * 2 - 1) * p.jitterMs : 0;
    let at = now + Math.max(0, (p.delayMs ?? 0) + jitter);
    if (!p.jitterReorders) at = Math.max(at, this.lastDelivery);
    if (p.reorderRate && this.random() < p.reorderRate) {
      this.counters.reordered++;
      at += p.reorderGapMs ?? 20;
    } else {
      this.lastDelivery = at;
    }
    const out = [at];
    if (p.duplicateRate && this.random() < p.duplicateRate) {
      this.counters.duplicated++;
      out.push(at + (p.duplicateGapMs ?? 1));
    }
    return out;
  }

  private lose(): boolean {
    const loss = this.profile.loss;
    if (!loss) return false;
    if (loss.kind === "random") return loss.rate > 0 && this.random() < loss.rate;
    const lost = this.random() < (this.bad ? loss.lossBad : loss.lossGood);
    this.bad = this.bad ? this.random() >= loss.r : this.random() < loss.p;
    return lost;
  }
}

function checkProfile(p: ImpairmentProfile): void {
  const share = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0 && v <= 1))
      throw new RangeError(`impairment: ${name} ${v} is not in [0, 1]`);
  };
  const ms = (name: string, v: number | undefined) => {
    if (v !== undefined && !(v >= 0 && Number.isFinite(v)))
      throw new RangeError(`impairment: ${name} ${v} is not a duration in ms`);
  };
  if (p.loss?.kind === "random") share("loss rate", p.loss.rate);
  if (p.loss?.kind === "gilbert-elliott") {
    share("p", p.loss.p);
    share("r", p.loss.r);
    share("lossGood", p.loss.lossGood);
    share("lossBad", p.loss.lossBad);
  }
  share("reorderRate", p.reorderRate);
  share("duplicateRate", p.duplicateRate);
  ms("delayMs", p.delayMs);
  ms("jitterMs", p.jitterMs);
  ms("reorderGapMs", p.reorderGapMs);
  ms("duplicateGapMs", p.duplicateGapMs);
}

/** A one-line description of a profile for reports and the bench ("5% random loss, 50±50 ms"). */
export function describeProfile(p: ImpairmentProfile): string {
  const parts: string[] = [];
  const pct = (v: number) => `${Math.round(v * 1000) / 10}%`;
  if (p.loss?.kind === "random") parts.push(`${pct(p.loss.rate)} random loss`);
  if (p.loss?.kind === "gilbert-elliott") {
    const mean = p.loss.p + p.loss.r > 0 ? p.loss.p / (p.loss.p + p.loss.r) : 0;
    parts.push(
      `${pct(mean * p.loss.lossBad + (1 - mean) * p.loss.lossGood)} bursty loss (mean burst ${Math.round(10 / p.loss.r) / 10})`,
    );
  }
  if (p.delayMs || p.jitterMs) parts.push(`${p.delayMs ?? 0}±${p.jitterMs ?? 0} ms delay`);
  if (p.reorderRate) parts.push(`${pct(p.reorderRate)} reordered`);
  if (p.duplicateRate) parts.push(`${pct(p.duplicateRate)} duplicated`);
  return parts.length > 0 ? parts.join(", ") : "no impairment";
}
