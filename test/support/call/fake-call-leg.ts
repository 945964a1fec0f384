import type { SignallingFacts } from "../../../src/app/call/call-report.js";
import type {
  CallbackReceiver,
  CallLeg,
  CallLine,
  FloorControl,
  PlaceRequest,
  PresentationChannel,
  RefreshOutcome,
  SignallingEvidence,
} from "../../../src/app/call/leg/call-leg.js";
import type { CallClock } from "../../../src/app/call/phases/call-clock.js";
import type { FunctionNumber } from "../../../src/conformance/functions/function-checks.js";
import type { NegotiatedSession, SrtpPolicy } from "../../../src/protocol/sdp/sdp-types.js";
import type { Phrase } from "../../../src/report/i18n/bilingual.js";
import type { SipMessageRecord } from "../../../src/report/model.js";

/**
 * Simulated time for the call's phases: `sleep` wakes in time order, and the clock jumps to each
 * wake-up once everything woken before has run (no real waiting).
 */
export class FakeClock implements CallClock {
  private time = 0;
  private readonly wakes: { at: number; fire: () => void }[] = [];
  private pumping = false;

  constructor(start = 0) {
    this.time = start;
  }

  now(): number {
    return this.time;
  }

  sleep(ms: number): Promise<void> {
    return new Promise((resolve) => this.at(this.time + Math.max(0, ms), resolve));
  }

  /** Runs `fire` when the clock reaches `at`. */
  at(at: number, fire: () => void): void {
    this.wakes.push({ at, fire });
    this.wakes.sort((a, b) => a.at - b.at);
    this.pump();
  }

  private pump(): void {
    if (this.pumping) return;
    this.pumping = true;
    // setImmediate runs after every promise continuation already queued has settled.
    setImmediate(() => {
      this.pumping = false;
      const next = this.wakes.shift();
      if (!next) return;
      this.time = Math.max(this.time, next.at);
      next.fire();
      if (this.wakes.length > 0) this.pump();
    });
  }
}

/** How the fake far end behaves. */
export interface FakeLegScript {
  readonly remoteAgent?: string;
  readonly srtpPolicy?: SrtpPolicy;
  readonly negotiated?: NegotiatedSession;
  readonly presentation?: PresentationChannel | { readonly unavailable: Phrase };
  /** The far end hangs up at this time (clock ms). */
  readonly hangsUpAt?: number;
  /** Keyframe requests can go out from this time on (the far end's video has arrived). */
  readonly videoFrom?: number;
  /** The refresh's answer, and how long it takes. */
  readonly refresh?: RefreshOutcome;
  readonly refreshMs?: number;
  readonly evidence?: SignallingEvidence;
}

const PATH = { answered: true, target: "sip:fake@127.0.0.1", transport: "udp", local: "127.0.0.1:5062" };

/**
 * A call leg with no protocol under it, for the phases' tests: it answers keyframe requests,
 * refreshes and hang-up as scripted, on a FakeClock, and records what the phases asked of it.
 */
export class FakeCallLeg implements CallLeg {
  readonly remoteAgent: string | undefined;
  readonly srtpPolicy: SrtpPolicy;
  /** When each keyframe request went out, and each refresh began. */
  readonly keyframeRequests: number[] = [];
  readonly refreshes: number[] = [];
  hungUpAt: number | undefined;
  private over = false;
  private readonly endWaiters: (() => void)[] = [];

  constructor(
    private readonly clock: FakeClock,
    private readonly script: FakeLegScript = {},
  ) {
    this.remoteAgent = script.remoteAgent;
    this.srtpPolicy = script.srtpPolicy ?? "optional";
    if (script.hangsUpAt !== undefined) clock.at(script.hangsUpAt, () => this.end());
  }

  private end(): void {
    this.over = true;
    for (const w of this.endWaiters.splice(0)) w();
  }

  negotiated(): NegotiatedSession | undefined {
    return this.script.negotiated;
  }

  presentation(): PresentationChannel | { readonly unavailable: Phrase } {
    return (
      this.script.presentation ?? {
        unavailable: { en: "no presentation (fake)", sv: "ingen presentation (fejk)" },
      }
    );
  }

  requestKeyframe(now: number): boolean {
    if (this.over || now < (this.script.videoFrom ?? 0)) return false;
    this.keyframeRequests.push(now);
    return true;
  }

  async refresh(): Promise<RefreshOutcome> {
    this.refreshes.push(this.clock.now());
    await this.clock.sleep(this.script.refreshMs ?? 0);
    return this.script.refresh ?? { status: 200, ms: this.script.refreshMs ?? 0 };
  }

  ended(): boolean {
    return this.over;
  }

  whenEnded(): Promise<void> {
    if (this.over) return Promise.resolve();
    return new Promise((resolve) => this.endWaiters.push(resolve));
  }

  async hangUp(): Promise<{ readonly byPeer: boolean; readonly how: string }> {
    const byPeer = this.over;
    if (!byPeer) {
      this.hungUpAt = this.clock.now();
      this.end();
    }
    return { byPeer, how: "fake hang-up" };
  }

  evidence(): SignallingEvidence {
    return (
      this.script.evidence ?? {
        messages: [],
        transport: { sipTransport: "udp" },
        unavailable: [],
        path: PATH,
      }
    );
  }

  reportFacts(): SignallingFacts {
    return { transport: "udp", path: this.evidence().path, resolution: [], tls: [] };
  }
}

/** A floor control that grants at once, recording the requests and releases. */
export function fakeFloor(): FloorControl & { readonly asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    state: { name: "connected" } as FloorControl["state"],
    errors: [],
    requestFloor: () => {
      asked.push("request");
      return true;
    },
    releaseFloor: () => {
      asked.push("release");
      return true;
    },
    waitFor: async () => undefined,
  };
}

/**
 * A line whose calls are FakeCallLegs; `place` records each target. A script per target says how
 * its far end behaves; a target without one is refused as a CallSetupError would be.
 */
export class FakeCallLine implements CallLine {
  readonly placed: string[] = [];
  readonly callbacks: CallbackReceiver = {
    arm: () => {},
    outcome: async () => ({
      aliasAnswered: true,
      arrived: false,
      answered: false,
      failure: "no callback (fake)",
    }),
  };

  readonly protocol = "sip";

  constructor(
    private readonly clock: FakeClock,
    readonly target: string,
    private readonly scripts: ReadonlyMap<string, FakeLegScript> = new Map(),
    /** Alias functions the line cannot test (an H.323 line's callback and presentation). */
    readonly aliasLimits: ReadonlyMap<FunctionNumber, Phrase> = new Map(),
  ) {}

  /** Aliases are addressed in no protocol's syntax: the phases must not care. */
  aliasTarget(user: string): string {
    return `alias:${user}`;
  }

  async place(request: PlaceRequest): Promise<CallLeg> {
    this.placed.push(request.target);
    const script = this.scripts.get(request.target);
    if (!script) throw new Error(`${request.target} refused the call (fake)`);
    return new FakeCallLeg(this.clock, script);
  }

  ladder(): SipMessageRecord[] {
    return [];
  }

  async close(): Promise<void> {}
}
