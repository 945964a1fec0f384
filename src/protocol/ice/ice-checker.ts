import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { type IceCandidate, type IceCredentials, iceCredentials, pairable, readIce } from "../sdp/ice-sdp.js";
import { readSdp } from "../sdp/media-section.js";
import { answerCheck, bindingRequest, readCheckResponse } from "../stun/ice-checks.js";
import type { TransportAddress } from "../stun/stun-attributes.js";

export type IceStreamKind = "audio" | "video";

/** Which m-line of the answer each stream is, and whether it muxes RTCP (a NegotiatedSession fits). */
export type IceStreams = Partial<
  Record<IceStreamKind, { readonly index: number; readonly rtcpMux: boolean }>
>;

/** What our checks against one of the far end's candidates found. */
export interface IcePairResult {
  kind: IceStreamKind;
  component: 1 | 2;
  /** The far end's candidate we checked ("127.0.0.1:5000 host"). */
  remote: string;
  /** Checks made (transactions): a first check, then the nomination. */
  checks: number;
  /** Binding requests sent, retransmissions included (RFC 8489 §6.2.1). */
  requests: number;
  /** Success responses whose MESSAGE-INTEGRITY verified with the far end's password. */
  succeeded: number;
  /** Success responses that did not authenticate, and error responses ("401 Unauthorized"). */
  failures: string[];
  /** Milliseconds from the first request to the first authenticated success. */
  roundTripMs?: number;
  /** Our USE-CANDIDATE check succeeded (RFC 8445 §8.1.1 regular nomination). */
  nominated: boolean;
}

export interface CallerIceFacts {
  /** The far end's answer carried ICE (ufrag, pwd, candidates). */
  answered: boolean;
  /** It declared itself ICE-lite (RFC 8839 §5.3). */
  lite: boolean;
  pairs: IcePairResult[];
  /** Checks the far end ran against us (full agents check both ways), answered by status. */
  checksReceived: number;
}

/** One STUN message to send from a stream's socket. */
export interface IceTransmit {
  readonly kind: IceStreamKind;
  readonly component: 1 | 2;
  readonly to: TransportAddress;
  readonly bytes: Uint8Array;
}

/** "done": every pair has been nominated or has failed (or the checker was closed). */
export type IceCheckerEvent = { readonly type: "done" };

/** RFC 8445 §14.2 Ta: one check every 50 ms; a pair gives up after this many unanswered ones. */
export const ICE_PACING_MS = 50;
export const ICE_MAX_ATTEMPTS = 40;

/** RFC 8445 §5.1.2.1 priority of the peer-reflexive candidate a check could discover (type preference 110). */
function prflxPriority(component: number): number {
  return 110 * 2 ** 24 + 65535 * 2 ** 8 + (256 - component);
}

/** A pair's check: first an ordinary check, then the nomination (USE-CANDIDATE), then done. */
type PairState = "checking" | "nominating" | "nominated" | "failed";

const ALLOWED: Readonly<Record<PairState, readonly PairState[]>> = {
  checking: ["nominating", "failed"],
  nominating: ["nominated", "failed"],
  nominated: [],
  failed: [],
};

interface Pair {
  state: PairState;
  readonly result: IcePairResult;
  readonly remote: IceCandidate;
  readonly ice: IceCredentials;
  readonly startedAt: number;
  transactionId: Uint8Array;
  request: Uint8Array;
  attempts: number;
  nextSendAt: number;
}

export interface IceCheckerOptions {
  /** The address each stream's socket is bound to (pairs and answers only within its family). */
  readonly local: Readonly<Record<IceStreamKind, string>>;
  /** Random octets (the core has none): credentials, tie-breaker and transaction ids come from it. */
  readonly random: (octets: number) => Uint8Array;
}

/**
 * Our caller as a small controlling ICE agent (RFC 8445 §6.1.1: the offerer of a full agent is
 * controlling), sans-IO: host candidates go in the offer; after the answer, checks to the far
 * end's best candidate of each component, then a nomination with USE-CANDIDATE. It also answers
 * the checks a full agent at the far end sends us. Time and randomness are inputs; every packet
 * comes out of pollOutput() (src/protocol/machine.ts).
 */
export class IceChecker implements SansIoMachine<IceTransmit, IceCheckerEvent> {
  readonly credentials: IceCredentials;
  readonly facts: CallerIceFacts = { answered: false, lite: false, pairs: [], checksReceived: 0 };
  private readonly tieBreaker: bigint;
  private readonly pairs: Pair[] = [];
  private readonly out = new MachineQueue<IceTransmit, IceCheckerEvent>();
  /** idle until the answer, checking until every pair is settled, then done; closed by close(). */
  private phase: "idle" | "checking" | "done" | "closed" = "idle";

  constructor(private readonly opts: IceCheckerOptions) {
    this.credentials = iceCredentials(opts.random(30));
    const tb = opts.random(8);
    this.tieBreaker = new DataView(tb.buffer, tb.byteOffset, 8).getBigUint64(0);
  }

  /**
   * RFC 8445 §8.1: the controlling agent checks and nominates once, after the first answer: one
   * pair per component (RTP, and RTCP unless muxed) to the far end's highest-priority UDP
   * candidate our socket can reach.
   */
  startChecks(now: number, answerSdp: string, session: IceStreams): void {
    if (this.phase !== "idle") return;
    this.phase = "checking";
    const reading = readSdp(answerSdp);
    for (const kind of ["audio", "video"] as const) {
      const m = session[kind];
      const section = m ? reading.media[m.index] : undefined;
      const ice = section ? readIce(reading, section) : undefined;
      if (!m || !ice) continue;
      this.facts.answered = true;
      this.facts.lite = ice.lite;
      const local = this.opts.local[kind];
      for (const component of m.rtcpMux ? ([1] as const) : ([1, 2] as const)) {
        const best = ice.candidates
          .filter((c) => c.component === component && c.transport === "UDP" && pairable(local, c.address))
          .sort((a, b) => b.priority - a.priority)[0];
        if (best) this.startPair(now, kind, component, best, ice);
        else this.facts.pairs.push(unreachable(kind, component, local));
      }
    }
    this.doneIfSettled();
  }

  /** A STUN packet arrived on a stream's socket: the answer to one of our checks, or a check of theirs. */
  handleStun(
    now: number,
    kind: IceStreamKind,
    packet: Uint8Array,
    from: TransportAddress,
    component: 1 | 2,
  ): void {
    if (this.phase === "closed") return;
    const pair = this.pairs.find((p) => isActive(p) && sameTransaction(packet, p.transactionId));
    if (pair) {
      this.onResponse(now, pair, packet);
      return;
    }
    if (!pairable(this.opts.local[kind], from.address)) return;
    const a = answerCheck(packet, from, component, this.credentials, now);
    if (a.kind === "ignored") return;
    this.facts.checksReceived++;
    this.out.transmit({ kind, component, to: from, bytes: a.response });
  }

  /** Retransmits every due check (RFC 8489 §6.2.1, paced at Ta) and gives up on unanswered ones. */
  handleTimeout(now: number): void {
    if (this.phase !== "checking") return;
    for (const p of this.pairs) {
      if (!isActive(p) || p.nextSendAt > now) continue;
      if (p.attempts >= ICE_MAX_ATTEMPTS) {
        p.result.failures.push(`no answer to ${p.attempts} checks`);
        this.transition(p, "failed");
      } else this.send(now, p);
    }
    this.doneIfSettled();
  }

  pollOutput(): MachineOutput<IceTransmit, IceCheckerEvent> {
    const active = this.phase === "checking" ? this.pairs.filter(isActive) : [];
    return this.out.poll(active.length ? Math.min(...active.map((p) => p.nextSendAt)) : undefined);
  }

  /** Stops checking: nothing more is sent, unfinished pairs stay as they are, and "done" follows. */
  close(): void {
    if (this.phase === "checking") this.out.event({ type: "done" });
    this.phase = "closed";
  }

  private startPair(
    now: number,
    kind: IceStreamKind,
    component: 1 | 2,
    remote: IceCandidate,
    ice: IceCredentials,
  ): void {
    const result: IcePairResult = {
      kind,
      component,
      remote: `${remote.address}:${remote.port} ${remote.type}`,
      checks: 0,
      requests: 0,
      succeeded: 0,
      failures: [],
      nominated: false,
    };
    this.facts.pairs.push(result);
    const pair: Pair = {
      state: "checking",
      result,
      remote,
      ice,
      startedAt: now,
      transactionId: new Uint8Array(12),
      request: new Uint8Array(0),
      attempts: 0,
      nextSendAt: now,
    };
    this.pairs.push(pair);
    this.newTransaction(now, pair, false);
  }

  /** A new check transaction (RFC 8489 §6.2.1: a fresh transaction id), sent at once. */
  private newTransaction(now: number, p: Pair, nominate: boolean): void {
    p.transactionId = this.opts.random(12);
    p.request = bindingRequest({
      transactionId: p.transactionId,
      localUfrag: this.credentials.ufrag,
      remote: p.ice,
      priority: prflxPriority(p.result.component),
      tieBreaker: this.tieBreaker,
      nominate,
    });
    p.attempts = 0;
    p.result.checks++;
    this.send(now, p);
  }

  private send(now: number, p: Pair): void {
    p.attempts++;
    p.result.requests++;
    p.nextSendAt = now + ICE_PACING_MS;
    this.out.transmit({
      kind: p.result.kind,
      component: p.result.component,
      to: { address: p.remote.address, port: p.remote.port },
      bytes: p.request,
    });
  }

  private onResponse(now: number, p: Pair, packet: Uint8Array): void {
    const r = readCheckResponse(packet, p.transactionId, p.ice.pwd);
    if (r.kind === "ignored") return;
    if (r.kind === "error") {
      p.result.failures.push(`${r.code} ${r.reason}`);
      this.transition(p, "failed");
    } else if (r.integrity !== "ok") {
      p.result.failures.push(`success without valid MESSAGE-INTEGRITY (${r.integrity})`);
      this.transition(p, "failed");
    } else {
      p.result.succeeded++;
      if (p.state === "checking") {
        p.result.roundTripMs = Math.round((now - p.startedAt) * 10) / 10;
        this.transition(p, "nominating");
        this.newTransaction(now, p, true);
      } else {
        p.result.nominated = true;
        this.transition(p, "nominated");
      }
    }
    this.doneIfSettled();
  }

  private transition(p: Pair, to: PairState): void {
    if (!ALLOWED[p.state].includes(to)) throw new IllegalTransitionError("IceChecker pair", p.state, to);
    p.state = to;
  }

  private doneIfSettled(): void {
    if (this.phase !== "checking" || this.pairs.some(isActive)) return;
    this.phase = "done";
    this.out.event({ type: "done" });
  }
}

function isActive(p: Pair): boolean {
  return p.state === "checking" || p.state === "nominating";
}

/** RFC 8489 §5: the transaction id is octets 8..20 of the header. */
function sameTransaction(packet: Uint8Array, transactionId: Uint8Array): boolean {
  if (packet.length < 20) return false;
  for (let i = 0; i < 12; i++) if (packet[8 + i] !== transactionId[i]) return false;
  return true;
}

function unreachable(kind: IceStreamKind, component: 1 | 2, local: string): IcePairResult {
  return {
    kind,
    component,
    remote: "none",
    checks: 0,
    requests: 0,
    succeeded: 0,
    failures: [`no UDP candidate of component ${component} reachable from ${local}`],
    nominated: false,
  };
}
