import { type Command, InvalidArgumentError } from "commander";
import { DEFAULT_CONNECTION_LIMITS } from "../../adapters/sip/connection-guard.js";
import type { RoomDefences } from "../../app/room/room.js";
import { DEFAULT_FRONT_DOOR_RATES } from "../../protocol/sip/front-door-gate.js";
import { DEFAULT_LOAD_PRESSURE } from "../../room/load-pressure.js";

/** The room's defences on a hostile network, as `serve` options (defaults stated in --help). */
export interface ServeDefenceOptions {
  maxConnections: number;
  maxConnectionsPerSource: number;
  idleTimeout: number;
  silentTimeout: number;
  tlsHandshakeTimeout: number;
  callsPerSource: number;
  requestsPerSource: number;
  maxLag: number;
}

function positive(name: string, max: number) {
  return (v: string): number => {
    const n = Number(v);
    if (!Number.isFinite(n) || n <= 0 || n > max)
      throw new InvalidArgumentError(`${name} must be a number above 0 and at most ${max}`);
    return n;
  };
}

export function addDefenceOptions(command: Command): Command {
  const c = DEFAULT_CONNECTION_LIMITS;
  const r = DEFAULT_FRONT_DOOR_RATES;
  return command
    .option(
      "--max-connections <n>",
      "TCP/TLS connections open at once; more are closed at accept",
      positive("--max-connections", 1e6),
      c.maxConnections,
    )
    .option(
      "--max-connections-per-source <n>",
      "TCP/TLS connections open at once from one address",
      positive("--max-connections-per-source", 1e6),
      c.maxConnectionsPerSource,
    )
    .option(
      "--idle-timeout <seconds>",
      "close a TCP/TLS connection without any traffic this long",
      positive("--idle-timeout", 86400),
      c.idleTimeoutMs / 1000,
    )
    .option(
      "--silent-timeout <seconds>",
      "close a TCP/TLS connection that sent no complete SIP message this long after opening, or held an unfinished one a third of it",
      positive("--silent-timeout", 3600),
      c.silentTimeoutMs / 1000,
    )
    .option(
      "--tls-handshake-timeout <seconds>",
      "drop a TLS connection whose handshake is not done by then",
      positive("--tls-handshake-timeout", 600),
      c.tlsHandshakeTimeoutMs / 1000,
    )
    .option(
      "--calls-per-source <n>",
      `new calls (INVITE) per second from one address; past it 503 with Retry-After ${r.retryAfterS}`,
      positive("--calls-per-source", 1e6),
      r.callsPerS,
    )
    .option(
      "--requests-per-source <n>",
      `other requests per second from one address reaching the room; past it 503 (past ${r.messagesPerS}/s of anything: dropped)`,
      positive("--requests-per-source", 1e6),
      r.requestsPerS,
    )
    .option(
      "--max-lag <ms>",
      `refuse new calls (503, Retry-After ${DEFAULT_LOAD_PRESSURE.retryAfterS}) while the room's event loop runs this late on average over half a second; calls are taken again after ${DEFAULT_LOAD_PRESSURE.calmMs / 1000} s under half of it (0: never)`,
      (v: string) => (v === "0" ? 0 : positive("--max-lag", 60_000)(v)),
      DEFAULT_LOAD_PRESSURE.maxLagMs,
    );
}

export function roomDefences(o: ServeDefenceOptions): RoomDefences {
  return {
    connectionLimits: {
      maxConnections: o.maxConnections,
      maxConnectionsPerSource: o.maxConnectionsPerSource,
      idleTimeoutMs: o.idleTimeout * 1000,
      silentTimeoutMs: o.silentTimeout * 1000,
      partialMessageTimeoutMs: (o.silentTimeout * 1000) / 3,
      tlsHandshakeTimeoutMs: o.tlsHandshakeTimeout * 1000,
    },
    frontDoorRates: { callsPerS: o.callsPerSource, requestsPerS: o.requestsPerSource },
    load: o.maxLag > 0 ? { maxLagMs: o.maxLag } : false,
  };
}
