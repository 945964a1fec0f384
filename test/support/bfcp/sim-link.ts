import type { BfcpMessage } from "../../../src/protocol/bfcp/message.js";
import { parseBfcpMessage } from "../../../src/protocol/bfcp/message.js";
import type { BfcpOutput } from "../../../src/protocol/bfcp/output.js";

// The one maintained fake network for the floor control machines (STYLE rule 7):
// a link with fixed latency and a deterministic drop rule, and a driver that
// runs a participant and a server against each other on simulated time.

export type LinkDirection = "to-server" | "to-participant";

/** Decides from the running count of messages sent in a direction whether to drop this one. */
export type DropRule = (index: number, direction: LinkDirection) => boolean;

export const deliverAll: DropRule = () => false;
/** Drops every other message in each direction (the 2nd, 4th, ...). */
export const dropEveryOther: DropRule = (i) => i % 2 === 1;
/** Drops everything: a dead link. */
export const dropAll: DropRule = () => true;

interface InFlight {
  readonly at: number;
  readonly direction: LinkDirection;
  readonly bytes: Uint8Array;
}

/** A simulated datagram link: messages arrive `latencyMs` after sending unless the rule drops them. */
export class SimLink {
  private readonly inFlight: InFlight[] = [];
  private readonly counts: Record<LinkDirection, number> = { "to-server": 0, "to-participant": 0 };
  readonly log: { at: number; direction: LinkDirection; dropped: boolean; bytes: Uint8Array }[] = [];

  constructor(
    private readonly latencyMs = 10,
    private readonly drop: DropRule = deliverAll,
  ) {}

  send(now: number, direction: LinkDirection, bytes: Uint8Array): void {
    const dropped = this.drop(this.counts[direction]++, direction);
    this.log.push({ at: now, direction, dropped, bytes });
    if (!dropped) this.inFlight.push({ at: now + this.latencyMs, direction, bytes });
  }

  /** Messages due by `now`, in sending order. */
  deliver(now: number): InFlight[] {
    const due = this.inFlight.filter((m) => m.at <= now);
    for (const m of due) this.inFlight.splice(this.inFlight.indexOf(m), 1);
    return due;
  }

  nextDelivery(): number | undefined {
    return this.inFlight.length ? Math.min(...this.inFlight.map((m) => m.at)) : undefined;
  }
}

/** The sans-IO surface the driver needs from either machine. */
export interface SimMachine<E> {
  handleInput(now: number, msg: BfcpMessage): void;
  handleTimeout(now: number): void;
  pollOutput(): BfcpOutput<E>;
}

export interface SimResult<P, S> {
  readonly now: number;
  readonly participantEvents: { at: number; event: P }[];
  readonly serverEvents: { at: number; event: S }[];
}

/**
 * Runs both machines until nothing is scheduled or `untilMs` passes. Every message crosses the link
 * as bytes and is parsed again on arrival, so the codec is exercised too. `actions` run at their
 * times (e.g. the participant asks for the floor at t=100).
 */
export function runSim<P, S>(opts: {
  participant: SimMachine<P>;
  server: SimMachine<S>;
  link: SimLink;
  untilMs: number;
  actions?: { at: number; run: (now: number) => void }[];
}): SimResult<P, S> {
  const { participant, server, link } = opts;
  const actions = [...(opts.actions ?? [])].sort((a, b) => a.at - b.at);
  const participantEvents: { at: number; event: P }[] = [];
  const serverEvents: { at: number; event: S }[] = [];
  let now = 0;
  let pTimeout: number | undefined;
  let sTimeout: number | undefined;
  const drain = (): void => {
    pTimeout = pump(participant, "to-server", participantEvents);
    sTimeout = pump(server, "to-participant", serverEvents);
  };
  const pump = <E>(m: SimMachine<E>, dir: LinkDirection, events: { at: number; event: E }[]) => {
    for (;;) {
      const o = m.pollOutput();
      if (o.kind === "transmit") link.send(now, dir, o.transmit.bytes);
      else if (o.kind === "event") events.push({ at: now, event: o.event });
      else return o.at;
    }
  };
  for (let steps = 0; steps < 100_000; steps++) {
    while (actions[0] && actions[0].at <= now) actions.shift()!.run(now);
    for (const d of link.deliver(now)) {
      (d.direction === "to-server" ? server : participant).handleInput(now, parseBfcpMessage(d.bytes));
    }
    if (pTimeout !== undefined && pTimeout <= now) participant.handleTimeout(now);
    if (sTimeout !== undefined && sTimeout <= now) server.handleTimeout(now);
    drain();
    const candidates = [pTimeout, sTimeout, link.nextDelivery(), actions[0]?.at].filter(
      (t): t is number => t !== undefined,
    );
    if (candidates.length === 0) break;
    const next = Math.max(now, Math.min(...candidates));
    if (next > opts.untilMs) break;
    now = next;
  }
  return { now, participantEvents, serverEvents };
}

/** Adapts a server (which takes a peer key) to the driver, as the single peer "participant". */
export function asSimServer<E>(server: {
  handleInput(now: number, msg: BfcpMessage, peer: string): void;
  handleTimeout(now: number): void;
  pollOutput(): BfcpOutput<E>;
}): SimMachine<E> {
  return {
    handleInput: (now, msg) => server.handleInput(now, msg, "participant"),
    handleTimeout: (now) => server.handleTimeout(now),
    pollOutput: () => server.pollOutput(),
  };
}
