import { randomBytes } from "node:crypto";
import { performance } from "node:perf_hooks";
import type { RtpEndpoint } from "../../adapters/media/rtp-endpoint.js";
import {
  hostCandidateLines,
  type IceCandidate,
  type IceCredentials,
  iceCredentials,
  iceSessionLines,
  pairable,
  readIce,
} from "../../protocol/sdp/ice-sdp.js";
import { readSdp } from "../../protocol/sdp/media-section.js";
import type { NegotiatedSession } from "../../protocol/sdp/sdp-types.js";
import { answerCheck, bindingRequest, readCheckResponse } from "../../protocol/stun/ice-checks.js";

/** What our checks against one of the far end's candidates found. */
export interface IcePairResult {
  kind: "audio" | "video";
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

/** RFC 8445 §14.2 Ta: one check every 50 ms; a pair gives up after this many unanswered ones. */
const PACING_MS = 50;
const MAX_ATTEMPTS = 40;

/** RFC 8445 §5.1.2.1 priority of the peer-reflexive candidate a check could discover (type preference 110). */
function prflxPriority(component: number): number {
  return 110 * 2 ** 24 + 65535 * 2 ** 8 + (256 - component);
}

/**
 * Our caller as a small controlling ICE agent (RFC 8445 §6.1.1 role: the offerer of a full
 * agent is controlling): host candidates in the offer; after the answer, checks to the far
 * end's best candidate of each component, then a nomination with USE-CANDIDATE. It also answers
 * the checks a full agent at the far end sends us. Media keeps using the SDP addresses, which
 * on loopback are the same pairs.
 */
export class CallerIce {
  readonly credentials: IceCredentials = iceCredentials(randomBytes(30));
  readonly facts: CallerIceFacts = { answered: false, lite: false, pairs: [], checksReceived: 0 };
  private readonly tieBreaker = randomBytes(8).readBigUInt64BE(0);
  private readonly pending = new Map<string, (packet: Uint8Array) => void>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private closed = false;

  constructor(private readonly endpoints: { audio: RtpEndpoint; video: RtpEndpoint }) {
    for (const kind of ["audio", "video"] as const) {
      const endpoint = endpoints[kind];
      endpoint.onStun = (packet, from, component) => {
        const key = Buffer.from(packet.subarray(8, 20)).toString("hex");
        const waiting = this.pending.get(key);
        if (waiting) {
          waiting(packet);
          return;
        }
        if (!pairable(endpoint.localAddress, from.address)) return;
        const a = answerCheck(packet, from, component, this.credentials, performance.now());
        if (a.kind === "ignored") return;
        this.facts.checksReceived++;
        endpoint.sendStun(a.response, from, component);
      };
    }
  }

  sessionLines(): string[] {
    return iceSessionLines(this.credentials, false);
  }

  /** Host candidates for both components: the answer may refuse rtcp-mux. */
  mediaLines(endpoint: RtpEndpoint): string[] {
    return hostCandidateLines(endpoint.localAddress, endpoint.rtpPort, endpoint.rtpPort + 1);
  }

  /** Runs the checks the answer calls for; resolves when every pair has succeeded or given up. */
  async check(answerSdp: string, session: NegotiatedSession): Promise<void> {
    const reading = readSdp(answerSdp);
    const runs: Promise<void>[] = [];
    for (const kind of ["audio", "video"] as const) {
      const m = session[kind];
      const section = m ? reading.media[m.index] : undefined;
      const ice = section ? readIce(reading, section) : undefined;
      if (!m || !ice) continue;
      this.facts.answered = true;
      this.facts.lite = ice.lite;
      const components: (1 | 2)[] = m.rtcpMux ? [1] : [1, 2];
      const local = this.endpoints[kind].localAddress;
      for (const component of components) {
        const best = ice.candidates
          .filter((c) => c.component === component && c.transport === "UDP" && pairable(local, c.address))
          .sort((a, b) => b.priority - a.priority)[0];
        if (best) runs.push(this.checkPair(kind, component, best, ice));
        else
          this.facts.pairs.push({
            kind,
            component,
            remote: "none",
            checks: 0,
            requests: 0,
            succeeded: 0,
            failures: [`no UDP candidate of component ${component} reachable from ${local}`],
            nominated: false,
          });
      }
    }
    await Promise.all(runs);
  }

  private async checkPair(
    kind: "audio" | "video",
    component: 1 | 2,
    remote: IceCandidate,
    ice: { ufrag: string; pwd: string },
  ): Promise<void> {
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
    const started = performance.now();
    const ok = await this.transact(kind, component, remote, ice, false, result);
    if (!ok) return;
    result.roundTripMs = Math.round((performance.now() - started) * 10) / 10;
    result.nominated = await this.transact(kind, component, remote, ice, true, result);
  }

  /** One check, retransmitted every PACING_MS until an authenticated success or MAX_ATTEMPTS. */
  private transact(
    kind: "audio" | "video",
    component: 1 | 2,
    remote: IceCandidate,
    ice: { ufrag: string; pwd: string },
    nominate: boolean,
    result: IcePairResult,
  ): Promise<boolean> {
    const transactionId = randomBytes(12);
    const key = transactionId.toString("hex");
    const request = bindingRequest({
      transactionId,
      localUfrag: this.credentials.ufrag,
      remote: ice,
      priority: prflxPriority(component),
      tieBreaker: this.tieBreaker,
      nominate,
    });
    result.checks++;
    return new Promise((resolve) => {
      let attempts = 0;
      const finish = (ok: boolean) => {
        this.pending.delete(key);
        clearInterval(timer);
        this.timers.delete(timer);
        resolve(ok);
      };
      this.pending.set(key, (packet) => {
        const r = readCheckResponse(packet, transactionId, ice.pwd);
        if (r.kind === "ignored") return;
        if (r.kind === "error") {
          result.failures.push(`${r.code} ${r.reason}`);
          finish(false);
        } else if (r.integrity !== "ok") {
          result.failures.push(`success without valid MESSAGE-INTEGRITY (${r.integrity})`);
          finish(false);
        } else {
          result.succeeded++;
          finish(true);
        }
      });
      const send = () => {
        if (this.closed || attempts >= MAX_ATTEMPTS) {
          if (attempts >= MAX_ATTEMPTS) result.failures.push(`no answer to ${attempts} checks`);
          finish(false);
          return;
        }
        attempts++;
        result.requests++;
        this.endpoints[kind].sendStun(request, { address: remote.address, port: remote.port }, component);
      };
      const timer = setInterval(send, PACING_MS);
      this.timers.add(timer);
      send();
    });
  }

  close(): void {
    this.closed = true;
    for (const t of this.timers) clearInterval(t);
    this.timers.clear();
  }
}
