/**
 * Caps and timeouts for the stream connections (TCP, TLS) a SIP listener accepts: a total cap
 * and a cap per source address (a connection past either is closed at once), a TLS handshake
 * timeout, and three clocks per connection, checked by one sweep:
 * - silent: a connection that has not delivered one complete message within `silentTimeoutMs`
 *   of opening (a scanner, an idle socket held open to use up descriptors);
 * - partial: bytes of an unfinished message held for longer than `partialMessageTimeoutMs`
 *   (slowloris: a message dribbled a byte at a time);
 * - idle: no traffic at all, keep-alives included (RFC 5626 §4.4.1), for `idleTimeoutMs`.
 */
export interface ConnectionLimits {
  readonly maxConnections: number;
  readonly maxConnectionsPerSource: number;
  readonly silentTimeoutMs: number;
  readonly partialMessageTimeoutMs: number;
  readonly idleTimeoutMs: number;
  readonly tlsHandshakeTimeoutMs: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxConnections: 512,
  maxConnectionsPerSource: 32,
  silentTimeoutMs: 30_000,
  partialMessageTimeoutMs: 10_000,
  // Longer than half the room's default session interval (RFC 4028: 1800 s, refreshed at 900 s).
  idleTimeoutMs: 1_200_000,
  tlsHandshakeTimeoutMs: 10_000,
};

/** What the guard knows of one accepted connection. */
export interface GuardedConnection {
  readonly host: string;
  readonly openedAt: number;
  lastActivity: number;
  /** When bytes of an unfinished message began to wait, or undefined when none wait. */
  partialSince: number | undefined;
  spoke: boolean;
  close(why: string): void;
}

export class ConnectionGuard {
  private readonly open = new Set<GuardedConnection>();
  private readonly perSource = new Map<string, number>();
  readonly counters = { refused: 0, closedSilent: 0, closedPartial: 0, closedIdle: 0 };

  constructor(readonly limits: ConnectionLimits) {}

  get size(): number {
    return this.open.size;
  }

  /** Why a new connection from `host` must be refused, or undefined to accept it. */
  refusal(host: string): string | undefined {
    if (this.open.size >= this.limits.maxConnections)
      return `${this.limits.maxConnections} connections already open`;
    if ((this.perSource.get(host) ?? 0) >= this.limits.maxConnectionsPerSource)
      return `${this.limits.maxConnectionsPerSource} connections already open from ${host}`;
    return undefined;
  }

  add(c: GuardedConnection): void {
    this.open.add(c);
    this.perSource.set(c.host, (this.perSource.get(c.host) ?? 0) + 1);
  }

  remove(c: GuardedConnection): void {
    if (!this.open.delete(c)) return;
    const left = (this.perSource.get(c.host) ?? 1) - 1;
    if (left <= 0) this.perSource.delete(c.host);
    else this.perSource.set(c.host, left);
  }

  /** Closes every connection past one of its timeouts at `now`. */
  sweep(now: number): void {
    const l = this.limits;
    for (const c of [...this.open]) {
      if (c.partialSince !== undefined && now - c.partialSince > l.partialMessageTimeoutMs) {
        this.counters.closedPartial++;
        c.close(`an unfinished message waited over ${l.partialMessageTimeoutMs} ms`);
      } else if (!c.spoke && now - c.openedAt > l.silentTimeoutMs) {
        this.counters.closedSilent++;
        c.close(`no complete message within ${l.silentTimeoutMs} ms`);
      } else if (now - c.lastActivity > l.idleTimeoutMs) {
        this.counters.closedIdle++;
        c.close(`idle for ${l.idleTimeoutMs} ms`);
      } else continue;
      this.remove(c);
    }
  }

  /** How often to sweep: often enough that no timeout is overrun by more than a quarter. */
  sweepIntervalMs(): number {
    const l = this.limits;
    return Math.max(
      50,
      Math.min(1000, l.partialMessageTimeoutMs / 4, l.silentTimeoutMs / 4, l.idleTimeoutMs / 4),
    );
  }
}
