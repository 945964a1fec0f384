import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { ParseError } from "../parse-error.js";

/**
 * SIP session timers (RFC 4028): the Session-Expires and Min-SE header values, the UAS's choice
 * of interval and refresher (§9), what a UAC reads from the 2xx (§7.4), and when to refresh or
 * give up (§7.4, §10) as a clock driven by the time passed in.
 *
 * RFC 4028 §4:
 *   Session-Expires  =  ("Session-Expires" / "x") HCOLON delta-seconds *(SEMI se-params)
 *   se-params        =  refresher-param / generic-param
 *   refresher-param  =  "refresher" EQUAL  ("uas" / "uac")
 * RFC 4028 §5:
 *   Min-SE           =  "Min-SE" HCOLON delta-seconds *(SEMI generic-param)
 * RFC 3261 §25.1:
 *   delta-seconds    =  1*DIGIT
 */

/** Which side of the INVITE transaction refreshes the session (RFC 4028 §4). */
export type Refresher = "uac" | "uas";

export interface SessionExpires {
  readonly deltaSeconds: number;
  readonly refresher?: Refresher;
  /** Other parameters in order (generic-param); a flag parameter has value undefined. */
  readonly params: ReadonlyArray<readonly [string, string | undefined]>;
}

export interface MinSe {
  readonly deltaSeconds: number;
  readonly params: ReadonlyArray<readonly [string, string | undefined]>;
}

/** RFC 4028 §4: "the absolute minimum for the Session-Expires header field is 90 seconds"; §5: Min-SE likewise. */
export const RFC4028_MIN_SE = 90;
/** RFC 4028 §4: the recommended Session-Expires. */
export const RECOMMENDED_SESSION_EXPIRES = 1800;
/** RFC 3261 §20.19 (and §25.1): delta-seconds beyond 2**32-1 are not meaningful. */
const MAX_DELTA_SECONDS = 2 ** 32 - 1;
/** A token as RFC 3261 §25.1 defines it. */
const TOKEN = /^[A-Za-z0-9\-.!%*_+`'~]+$/;

function parseDelta(text: string, format: string): number {
  const t = text.trim();
  if (!/^\d+$/.test(t)) throw new ParseError(format, "delta-seconds", 0, `"${clip(t)}" is not delta-seconds`);
  // Leading zeros are allowed by 1*DIGIT; a value past 2**32-1 is not (RFC 3261 §20.19).
  const n = Number(t);
  if (t.length > 10 || n > MAX_DELTA_SECONDS)
    throw new ParseError(format, "delta-seconds", 0, `${clip(t)} is above ${MAX_DELTA_SECONDS}`);
  return n;
}

function parseParams(tail: string, format: string, offset: number): Array<[string, string | undefined]> {
  const out: Array<[string, string | undefined]> = [];
  if (tail.trim() === "") return out;
  const parts = tail.split(";");
  if (parts[0]!.trim() !== "")
    throw new ParseError(
      format,
      "params",
      offset,
      `unexpected "${clip(parts[0]!.trim())}" after delta-seconds`,
    );
  for (const part of parts.slice(1)) {
    const eq = part.indexOf("=");
    const name = (eq < 0 ? part : part.slice(0, eq)).trim();
    const value = eq < 0 ? undefined : part.slice(eq + 1).trim();
    if (!TOKEN.test(name))
      throw new ParseError(format, "params", offset, `bad parameter name "${clip(name)}"`);
    if (value !== undefined && !/^(?:[A-Za-z0-9\-.!%*_+`'~:[\]]+|"(?:[^"\\]|\\.)*")$/.test(value))
      throw new ParseError(format, `params.${name}`, offset, `bad value "${clip(value)}"`);
    out.push([name.toLowerCase(), value]);
  }
  return out;
}

/** Parses one Session-Expires value ("1800;refresher=uac"). */
export function parseSessionExpires(text: string): SessionExpires {
  const FORMAT = "Session-Expires";
  const { deltaSeconds, params } = parseDeltaAndParams(text, FORMAT);
  const refresherParams = params.filter(([n]) => n === "refresher");
  if (refresherParams.length > 1)
    throw new ParseError(FORMAT, "refresher", 0, "refresher given more than once");
  const r = refresherParams[0]?.[1]?.toLowerCase();
  if (refresherParams.length === 1 && r !== "uac" && r !== "uas")
    throw new ParseError(FORMAT, "refresher", 0, `refresher must be uac or uas, not "${clip(r ?? "")}"`);
  return {
    deltaSeconds,
    ...(r === "uac" || r === "uas" ? { refresher: r } : {}),
    params: params.filter(([n]) => n !== "refresher"),
  };
}

export function formatSessionExpires(se: SessionExpires): string {
  const refresher = se.refresher ? `;refresher=${se.refresher}` : "";
  return `${se.deltaSeconds}${refresher}${formatParams(se.params)}`;
}

/** Parses one Min-SE value ("90"). */
export function parseMinSe(text: string): MinSe {
  return parseDeltaAndParams(text, "Min-SE");
}

/** `delta-seconds *(SEMI generic-param)`, the shape of both headers (RFC 4028 §4). */
function parseDeltaAndParams(text: string, format: string): MinSe {
  const m = /^\s*(\d+)(.*)$/s.exec(text);
  if (!m)
    throw new ParseError(
      format,
      "delta-seconds",
      0,
      `"${clip(text.trim())}" does not start with delta-seconds`,
    );
  return {
    deltaSeconds: parseDelta(m[1]!, format),
    params: parseParams(m[2]!, format, text.length - m[2]!.length),
  };
}

export function formatMinSe(v: MinSe): string {
  return `${v.deltaSeconds}${formatParams(v.params)}`;
}

function formatParams(params: SessionExpires["params"]): string {
  return params.map(([n, v]) => (v === undefined ? `;${n}` : `;${n}=${v}`)).join("");
}

/** What the UAS reads from an INVITE (or UPDATE) about session timers. */
export interface TimerRequest {
  readonly sessionExpires?: SessionExpires;
  /** Min-SE of the request, if present. */
  readonly minSe?: number;
  /** Supported (or Require) lists "timer". */
  readonly uacSupportsTimer: boolean;
}

/** The UAS's own wishes. */
export interface UasTimerPolicy {
  /** The smallest interval it accepts (its Min-SE). */
  readonly minSeS: number;
  /** The interval it asks for, and the most it lets a request ask for. */
  readonly intervalS: number;
  /** Who refreshes when the UAC supports timers but left the choice to the UAS. */
  readonly refresher: Refresher;
}

export type UasTimerDecision =
  | { readonly kind: "reject"; readonly status: 422; readonly minSeS: number }
  | {
      readonly kind: "accept";
      readonly intervalS: number;
      readonly refresher: Refresher;
      /** Require: timer in the 2xx. */
      readonly requireTimer: boolean;
    };

/**
 * RFC 4028 §9: the UAS's answer to an INVITE. An interval below the UAS's minimum is refused
 * with 422 and Min-SE (§6) when the UAC understands the extension; a UAC that does not could
 * not act on a 422, so the interval is raised instead (as a proxy does, §8.1). The UAS may
 * lower the interval, never below the request's Min-SE. The refresher follows the request's
 * refresher parameter when the UAC supports timers, else the UAS refreshes (the table of §9).
 * Require: timer goes in the 2xx when the UAC supports timers: MUST with refresher=uac,
 * SHOULD with refresher=uas (§9).
 */
export function uasTimerDecision(req: TimerRequest, policy: UasTimerPolicy): UasTimerDecision {
  const floor = Math.max(policy.minSeS, req.minSe ?? 0);
  const asked = req.sessionExpires?.deltaSeconds;
  if (asked !== undefined && asked < policy.minSeS && req.uacSupportsTimer)
    return { kind: "reject", status: 422, minSeS: floor };
  const intervalS = Math.max(floor, Math.min(asked ?? policy.intervalS, policy.intervalS));
  const refresher: Refresher = req.uacSupportsTimer
    ? (req.sessionExpires?.refresher ?? policy.refresher)
    : "uas";
  return { kind: "accept", intervalS, refresher, requireTimer: req.uacSupportsTimer };
}

/**
 * RFC 4028 §7.4 (with §9's table): what the UAC learns from the 2xx to its INVITE. No
 * Session-Expires: no session timer. A 2xx that names no refresher breaks §9 ("MUST set the
 * refresher parameter"); the UAC refreshes then, as refreshing costs nothing and keeps the call.
 */
export function uacTimerFromAnswer(
  sessionExpires: SessionExpires | undefined,
): { intervalS: number; weRefresh: boolean } | undefined {
  if (!sessionExpires) return undefined;
  return { intervalS: sessionExpires.deltaSeconds, weRefresh: sessionExpires.refresher !== "uas" };
}

/** RFC 4028 §7.4: the refresher sends its refresh once half the interval has elapsed. */
export function refreshDelayMs(intervalS: number): number {
  return (intervalS * 1000) / 2;
}

/**
 * RFC 4028 §10: without a refresh, the side that does not refresh sends BYE "at a time equal to
 * the session expiration minus the minimum of 32 seconds and one third of the session interval".
 */
export function expiryDelayMs(intervalS: number): number {
  return (intervalS - Math.min(32, intervalS / 3)) * 1000;
}

/** Refresh attempts that may fail in one interval before the timer just waits for the expiry. */
const MAX_REFRESH_FAILURES = 3;

export type SessionTimerState = "waiting" | "refreshing" | "expired" | "stopped";
export type SessionTimerAction = "refresh" | "expire";

const ALLOWED: Readonly<Record<SessionTimerState, readonly SessionTimerState[]>> = {
  waiting: ["refreshing", "waiting", "expired", "stopped"],
  refreshing: ["waiting", "expired", "stopped"],
  expired: ["stopped"],
  stopped: [],
};

/**
 * One dialog's session timer, driven by `now` (ms), a sans-IO machine (src/protocol/machine.ts)
 * that sends nothing itself: its events say what is due. The refresher is told to "refresh" at
 * half the interval; either side is told to "expire" (send BYE) when no refresh succeeded by the
 * §10 time, a refresh still in flight included ("If no response to a session refresh request is
 * received before the session expires, the UAC SHOULD send a BYE", RFC 4028 §10). Every 2xx to a
 * refresh, sent or received, restarts it (§7.4, §9, §10).
 */
export class SessionTimerClock implements SansIoMachine<never, SessionTimerAction> {
  private stateValue: SessionTimerState = "waiting";
  private readonly out = new MachineQueue<never, SessionTimerAction>();
  private lastRefreshMs: number;
  private interval: number;
  private refresher: boolean;
  /** After a failed refresh, the next attempt waits until then (no re-INVITE storm on 491). */
  private retryAtMs = 0;
  private failures = 0;

  constructor(opts: { intervalS: number; weRefresh: boolean; now: number }) {
    this.interval = opts.intervalS;
    this.refresher = opts.weRefresh;
    this.lastRefreshMs = opts.now;
  }

  get state(): SessionTimerState {
    return this.stateValue;
  }
  get intervalS(): number {
    return this.interval;
  }
  get weRefresh(): boolean {
    return this.refresher;
  }
  /** Seconds since the last refresh (or the start). */
  sinceRefreshS(now: number): number {
    return (now - this.lastRefreshMs) / 1000;
  }

  /** The one guarded transition: a move the table does not allow is a bug and throws. */
  private transition(to: SessionTimerState): void {
    if (!ALLOWED[this.stateValue].includes(to))
      throw new IllegalTransitionError("SessionTimerClock", this.stateValue, to);
    this.stateValue = to;
  }

  /** A 2xx to a refresh (or to any re-INVITE) was sent or received; it may renegotiate both. */
  refreshed(now: number, renegotiated?: { intervalS: number; weRefresh: boolean }): void {
    if (this.stateValue === "expired" || this.stateValue === "stopped") return;
    this.lastRefreshMs = now;
    this.retryAtMs = 0;
    this.failures = 0;
    if (renegotiated) {
      this.interval = renegotiated.intervalS;
      this.refresher = renegotiated.weRefresh;
    }
    this.transition("waiting");
  }

  /**
   * The refresh we sent failed; the session still expires at the §10 time unless another
   * succeeds. The next attempt comes halfway to that time (a 491 asks for a short wait, RFC 3261
   * §14.1), and after the third failure none comes before the expiry.
   */
  refreshFailed(now: number): void {
    if (this.stateValue !== "refreshing") return;
    this.failures++;
    const expiry = this.lastRefreshMs + expiryDelayMs(this.interval);
    this.retryAtMs =
      this.failures >= MAX_REFRESH_FAILURES ? Number.POSITIVE_INFINITY : now + Math.max(0, expiry - now) / 2;
    this.transition("waiting");
  }

  /** Ends the clock; stopping a stopped clock is allowed (the call and the timer both end it). */
  stop(): void {
    if (this.stateValue !== "stopped") this.transition("stopped");
  }

  /** Queues what is due at `now` as an event ("refresh" or "expire"). */
  handleTimeout(now: number): void {
    const due = this.poll(now);
    if (due) this.out.event(due);
  }

  /** Next due action, or when to call handleTimeout next. */
  pollOutput(): MachineOutput<never, SessionTimerAction> {
    return this.out.poll(this.nextTimeout());
  }

  /** When to call poll() next (ms), or undefined when nothing is pending. */
  nextTimeout(): number | undefined {
    const expiry = this.lastRefreshMs + expiryDelayMs(this.interval);
    if (this.stateValue === "waiting" && this.refresher) return Math.min(this.refreshDueMs(), expiry);
    if (this.stateValue === "waiting" || this.stateValue === "refreshing") return expiry;
    return undefined;
  }

  private refreshDueMs(): number {
    return Math.max(this.lastRefreshMs + refreshDelayMs(this.interval), this.retryAtMs);
  }

  /** What is due at `now`. "refresh" is returned once per interval; "expire" once. */
  poll(now: number): SessionTimerAction | undefined {
    if (this.stateValue !== "waiting" && this.stateValue !== "refreshing") return undefined;
    if (now >= this.lastRefreshMs + expiryDelayMs(this.interval)) {
      this.transition("expired");
      return "expire";
    }
    if (this.stateValue === "waiting" && this.refresher && now >= this.refreshDueMs()) {
      this.transition("refreshing");
      return "refresh";
    }
    return undefined;
  }
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}…` : s;
}
