/**
 * IP fragment reassembly, for IPv4 (RFC 791 §3.2, RFC 815) and IPv6 (RFC 8200 §4.5).
 *
 * Fragments are keyed by the caller (RFC 791: source, destination, protocol, identification;
 * RFC 8200: source, destination, identification). Memory is bounded: at most `maxDatagrams`
 * datagrams and `maxBytes` octets wait; the oldest is dropped first. A datagram not completed
 * within `timeoutSeconds` of capture time after its first fragment is dropped (RFC 8200 §4.5:
 * 60 seconds). Overlapping fragments drop the datagram (RFC 5722); exact duplicates are ignored.
 */
export interface ReassemblyLimits {
  /** Default 256. */
  readonly maxDatagrams: number;
  /** Default 4 MiB. */
  readonly maxBytes: number;
  /** Default 60 s. */
  readonly timeoutSeconds: number;
}

export const DEFAULT_REASSEMBLY_LIMITS: ReassemblyLimits = {
  maxDatagrams: 256,
  maxBytes: 4 * 1024 * 1024,
  timeoutSeconds: 60,
};

export interface ReassemblyResult {
  /** The reassembled payload when this fragment completed its datagram. */
  readonly payload: Uint8Array | undefined;
  /** Upper-layer protocol of the completed datagram (from the first fragment). */
  readonly protocol: number;
  /** Why datagrams were given up during this call (timeouts, overlaps, limits). */
  readonly dropped: readonly string[];
}

interface Pending {
  readonly firstSeen: number;
  protocol: number;
  readonly fragments: { readonly offset: number; readonly data: Uint8Array }[];
  bytes: number;
  /** Highest fragment end seen. */
  maxEnd: number;
  /** Known once the last fragment (more fragments = 0) has arrived. */
  totalLength: number | undefined;
}

/** Largest reassembled payload: an IPv4 datagram is at most 65535 octets with its header. */
const MAX_PAYLOAD = 65535;

export class IpReassembler {
  private readonly pending = new Map<string, Pending>();
  private bytes = 0;

  constructor(private readonly limits: ReassemblyLimits = DEFAULT_REASSEMBLY_LIMITS) {}

  /** Datagrams waiting for fragments. */
  get size(): number {
    return this.pending.size;
  }

  /**
   * Adds one fragment (`data` is copied) seen at capture time `now` (seconds).
   * `protocol` counts only for the fragment at offset 0.
   */
  add(
    key: string,
    protocol: number,
    offset: number,
    moreFragments: boolean,
    data: Uint8Array,
    now: number,
  ): ReassemblyResult {
    const dropped: string[] = [];
    this.expire(now, dropped);
    if (offset + data.length > MAX_PAYLOAD) {
      this.drop(key);
      dropped.push(`fragment ending at ${offset + data.length} exceeds ${MAX_PAYLOAD} octets`);
      return { payload: undefined, protocol, dropped };
    }
    let entry = this.pending.get(key);
    if (!entry) {
      entry = { firstSeen: now, protocol, fragments: [], bytes: 0, maxEnd: 0, totalLength: undefined };
      this.pending.set(key, entry);
    }
    for (const f of entry.fragments) {
      if (f.offset === offset && f.data.length === data.length)
        return { payload: undefined, protocol, dropped };
      if (offset < f.offset + f.data.length && f.offset < offset + data.length) {
        this.drop(key);
        dropped.push(`overlapping fragments at offsets ${f.offset} and ${offset}`);
        return { payload: undefined, protocol, dropped };
      }
    }
    if (offset === 0) entry.protocol = protocol;
    if (!moreFragments) entry.totalLength = offset + data.length;
    entry.fragments.push({ offset, data: data.slice() });
    entry.bytes += data.length;
    entry.maxEnd = Math.max(entry.maxEnd, offset + data.length);
    this.bytes += data.length;
    if (entry.totalLength !== undefined && entry.maxEnd > entry.totalLength) {
      this.drop(key);
      dropped.push(`fragment data up to ${entry.maxEnd} past the last fragment's end ${entry.totalLength}`);
      return { payload: undefined, protocol, dropped };
    }
    // Fragments do not overlap and none passes the end, so full coverage is a byte count.
    if (entry.totalLength !== undefined && entry.bytes === entry.totalLength) {
      this.drop(key);
      return { payload: assemble(entry), protocol: entry.protocol, dropped };
    }
    this.enforceLimits(dropped);
    return { payload: undefined, protocol, dropped };
  }

  private expire(now: number, dropped: string[]): void {
    for (const [key, entry] of this.pending) {
      if (now - entry.firstSeen < this.limits.timeoutSeconds) break;
      this.drop(key);
      dropped.push(`datagram incomplete after ${this.limits.timeoutSeconds} s (${entry.bytes} octets held)`);
    }
  }

  private enforceLimits(dropped: string[]): void {
    while (this.pending.size > this.limits.maxDatagrams || this.bytes > this.limits.maxBytes) {
      const oldest = this.pending.keys().next().value as string;
      this.drop(oldest);
      dropped.push(
        `reassembly buffer full (${this.limits.maxDatagrams} datagrams, ${this.limits.maxBytes} octets)`,
      );
    }
  }

  private drop(key: string): void {
    const entry = this.pending.get(key);
    if (!entry) return;
    this.bytes -= entry.bytes;
    this.pending.delete(key);
  }
}

function assemble(entry: Pending): Uint8Array {
  const out = new Uint8Array(entry.totalLength!);
  for (const f of entry.fragments) out.set(f.data, f.offset);
  return out;
}
