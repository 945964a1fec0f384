/**
 * Where each received audio packet belongs in the decoded stream. RTP places media by its
 * timestamp (RFC 3550 §5.1): a sender that skipped packets (it fell behind, or sends nothing in
 * silence, RFC 3551 §4.1) leaves a gap in the timestamps with no gap in the sequence numbers.
 * Laying payloads end to end by sequence number would pull every later sound earlier by the
 * skipped time; laying them by timestamp keeps each one at its place, with silence in the gap.
 * Pure.
 */

export interface ReceivedAudioPacket {
  /** Extended (unwrapped) sequence number. */
  readonly seq: number;
  readonly timestamp: number;
  readonly payload: Uint8Array;
  /** When it arrived (ms). */
  readonly atMs: number;
}

export interface PlacedAudio {
  /** One entry per packet time, in stream order; `undefined` where nothing arrived (silence). */
  readonly payloads: (Uint8Array | undefined)[];
  /** Arrival time of each entry's packet; `undefined` for the gaps. */
  readonly arrivals: (number | undefined)[];
}

/**
 * A timestamp gap longer than the sequence gap is believed up to this much beyond the time that
 * passed between the two packets' arrivals: a sender's stall shows in both, a forged jump does not.
 */
const GAP_SLACK_MS = 500;
/** All timestamp gaps together add at most this much beyond the arrivals' span. */
const TOTAL_SLACK_MS = 2000;

/** The most common timestamp step between consecutive packets (the packet time), if any. */
function packetTicks(byOrder: readonly ReceivedAudioPacket[]): number | undefined {
  const counts = new Map<number, number>();
  for (let i = 1; i < byOrder.length; i++) {
    const a = byOrder[i - 1]!;
    const b = byOrder[i]!;
    if (b.seq - a.seq !== 1) continue;
    const d = (b.timestamp - a.timestamp) | 0;
    if (d > 0) counts.set(d, (counts.get(d) ?? 0) + 1);
  }
  let best: number | undefined;
  for (const [d, n] of counts) if (best === undefined || n > counts.get(best)!) best = d;
  return best;
}

/**
 * Lays `packets` (any order, no duplicates) out in stream order: by sequence number, with the
 * gaps the timestamps show where they are longer (bounded by the arrival times, so a forged
 * timestamp cannot make the stream long). `clockRate` is the RTP clock of the codec.
 */
export function placeAudioPackets(packets: readonly ReceivedAudioPacket[], clockRate: number): PlacedAudio {
  const byOrder = [...packets].sort((a, b) => a.seq - b.seq);
  const payloads: (Uint8Array | undefined)[] = [];
  const arrivals: (number | undefined)[] = [];
  const ticks = packetTicks(byOrder);
  const first = byOrder[0];
  const last = byOrder.at(-1);
  let budgetMs = first && last ? Math.max(0, last.atMs - first.atMs) + TOTAL_SLACK_MS : 0;
  for (let i = 0; i < byOrder.length; i++) {
    const p = byOrder[i]!;
    const prev = byOrder[i - 1];
    if (prev) {
      let slots = p.seq - prev.seq;
      if (ticks !== undefined) {
        // Signed 32-bit difference: timestamps wrap (RFC 3550 §5.1).
        const byTs = Math.round(((p.timestamp - prev.timestamp) | 0) / ticks);
        const extraMs = ((byTs - slots) * ticks * 1000) / clockRate;
        const arrivedMs = Math.max(0, p.atMs - prev.atMs);
        if (byTs > slots && extraMs <= arrivedMs + GAP_SLACK_MS && extraMs <= budgetMs) {
          budgetMs -= extraMs;
          slots = byTs;
        }
      }
      for (let s = 1; s < slots; s++) {
        payloads.push(undefined);
        arrivals.push(undefined);
      }
    }
    payloads.push(p.payload);
    arrivals.push(p.atMs);
  }
  return { payloads, arrivals };
}
