/**
 * RFC 3711 §3.3.2 replay list as a sliding window over packet indices: indices above the
 * highest seen are new; indices within `size` below it are checked against a bitmap; older
 * ones are refused.
 */
export interface ReplayWindow {
  /** "new" when `index` may be accepted, otherwise why not. Does not change state. */
  check(index: number): "new" | "duplicate" | "too-old";
  /** Records `index` as received (call only after the packet authenticated). */
  accept(index: number): void;
}

export function createReplayWindow(size = 128): ReplayWindow {
  const seen = new Uint8Array(size);
  let highest = -1;
  return {
    check(index) {
      if (index > highest) return "new";
      if (highest - index >= size) return "too-old";
      return seen[index % size] ? "duplicate" : "new";
    },
    accept(index) {
      if (index > highest) {
        const gap = Math.min(index - highest - 1, size);
        for (let i = 1; i <= gap; i++) seen[(index - i) % size] = 0;
        highest = index;
      }
      seen[index % size] = 1;
    },
  };
}
