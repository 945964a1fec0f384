/**
 * A binary min-heap of (time, item), for the earliest deadline among thousands of transactions
 * in O(log n). Entries are never removed in place: the owner pushes a new entry whenever an
 * item's deadline changes and skips stale ones as they come to the top (`isCurrent`).
 */
export class DeadlineHeap<T> {
  private readonly heap: Array<{ at: number; item: T }> = [];

  get length(): number {
    return this.heap.length;
  }

  push(at: number, item: T): void {
    const h = this.heap;
    h.push({ at, item });
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (h[parent]!.at <= h[i]!.at) break;
      [h[parent], h[i]] = [h[i]!, h[parent]!];
      i = parent;
    }
  }

  /** The earliest current entry (stale ones on top are dropped), or undefined. */
  peek(isCurrent: (at: number, item: T) => boolean): { at: number; item: T } | undefined {
    while (this.heap.length > 0) {
      const top = this.heap[0]!;
      if (isCurrent(top.at, top.item)) return top;
      this.pop();
    }
    return undefined;
  }

  pop(): { at: number; item: T } | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && h[l]!.at < h[m]!.at) m = l;
      if (r < h.length && h[r]!.at < h[m]!.at) m = r;
      if (m === i) break;
      [h[m], h[i]] = [h[i]!, h[m]!];
      i = m;
    }
    return top;
  }
}
