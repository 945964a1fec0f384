import { performance } from "node:perf_hooks";
import type { Core, Session } from "sip.js";
import { SessionState } from "sip.js";
import { minSeLenient, sessionExpiresLenient } from "../../protocol/sip/header-readers.js";
import {
  formatSessionExpires,
  type Refresher,
  type SessionExpires,
  type SessionTimerAction,
  SessionTimerClock,
  type TimerRequest,
  type UasTimerPolicy,
  uacTimerFromAnswer,
  uasTimerDecision,
} from "../../protocol/sip/session-timer.js";
import { MachineDriver } from "../clock/machine-driver.js";

/** The outcome of one refresh (a re-INVITE, RFC 4028 §10) as the sender saw it. */
export interface RefreshOutcome {
  status: number | "timeout" | "error";
  ms: number;
  detail?: string;
  /** The final response, when one came. */
  response?: Core.IncomingResponseMessage;
}

export interface SessionTimerEvent {
  /** Milliseconds since the timer started. */
  atMs: number;
  kind: "refresh-sent" | "refresh-received" | "refresh-rejected" | "expired" | "off";
  detail: string;
}

/** What a session timer knows at the end of a call, for a report. */
export interface SessionTimerFacts {
  intervalS: number;
  refresher: "us" | "peer";
  refreshesSent: number;
  refreshesReceived: number;
  /** "session expired: no refresh in N s", when the timer ended the call. */
  expired?: string;
  /** Seconds without a refresh when the BYE went out. */
  expiredAfterS?: number;
  events: SessionTimerEvent[];
}

export interface DialogSessionTimerOptions {
  intervalS: number;
  weRefresh: boolean;
  /** Whether the far end said it supports timers (Supported or Require: timer). */
  peerSupportsTimer: boolean;
  /** Our own wishes when the far end re-INVITEs (its refresh). */
  policy: UasTimerPolicy;
  /** Sends a re-INVITE with these extra headers and resolves with its outcome. */
  send(extraHeaders: string[]): Promise<RefreshOutcome>;
  /** The session expired (RFC 4028 §10); the timer has sent BYE. */
  onExpire?(facts: SessionTimerFacts): void;
  now?: () => number;
}

/** The timer headers of a request or 2xx, read leniently (a bad value counts as absent). */
export function timerRequestOf(message: Core.IncomingMessage): TimerRequest {
  const tags = [...message.getHeaders("supported"), ...message.getHeaders("require")]
    .flatMap((v) => v.split(","))
    .map((t) => t.trim().toLowerCase());
  const se = readSessionExpires(message);
  const minSe = minSeLenient(message.getHeader("min-se"))?.deltaSeconds;
  return {
    ...(se ? { sessionExpires: se } : {}),
    ...(minSe !== undefined ? { minSe } : {}),
    uacSupportsTimer: tags.includes("timer"),
  };
}

export function readSessionExpires(message: Core.IncomingMessage): SessionExpires | undefined {
  // sip.js keeps the compact form "x" under its own name.
  return sessionExpiresLenient(message.getHeader("session-expires") ?? message.getHeader("x"));
}

/** The 2xx headers for an accepted timer decision (RFC 4028 §9). */
export function acceptHeaders(d: {
  intervalS: number;
  refresher: Refresher;
  requireTimer: boolean;
}): string[] {
  return [
    `Session-Expires: ${formatSessionExpires({ deltaSeconds: d.intervalS, refresher: d.refresher, params: [] })}`,
    ...(d.requireTimer ? ["Require: timer"] : []),
  ];
}

/**
 * A re-INVITE with the same media (RFC 3261 §14.1, RFC 3264 §8): a session refresh (RFC 4028
 * §10) or a plain mid-call re-INVITE. `withoutSdp` sends no offer: the far end offers in its
 * 2xx and we answer in the ACK (RFC 3261 §14.1), for a side that only answers (the room).
 * Resolves with the final answer, or "timeout" after `timeoutMs`, or "error" when sip.js
 * refused to send it (another re-INVITE pending).
 */
export function sendReinvite(
  session: Session,
  extraHeaders: string[] = [],
  opts: { withoutSdp?: boolean; timeoutMs?: number } = {},
): Promise<RefreshOutcome> {
  const timeoutMs = opts.timeoutMs ?? 8000;
  const t = performance.now();
  const ms = () => Math.round(performance.now() - t);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: "timeout", ms: ms() }), timeoutMs);
    const done = (response: Core.IncomingResponseMessage, detail?: string) => {
      clearTimeout(timer);
      resolve({ status: response.statusCode ?? 0, ms: ms(), response, ...(detail ? { detail } : {}) });
    };
    session
      .invite({
        requestDelegate: {
          onAccept: (r) => done(r.message),
          onReject: (r) => done(r.message, r.message.reasonPhrase),
        },
        ...(extraHeaders.length ? { requestOptions: { extraHeaders } } : {}),
        ...(opts.withoutSdp ? { withoutSdp: true } : {}),
      })
      .catch((e: unknown) => {
        clearTimeout(timer);
        resolve({ status: "error", ms: ms(), detail: e instanceof Error ? e.message : String(e) });
      });
  });
}

type InviteRequestHandler = (request: Core.IncomingInviteRequest) => void;

/**
 * The session timer of one established dialog (RFC 4028), on sip.js, which has none of its own:
 * - as refresher, sends a re-INVITE (sip.js has no UPDATE) at half the interval and reads the
 *   interval and refresher again from its 2xx (§7.4, §10);
 * - answers the far end's re-INVITEs with Session-Expires (and Require: timer) per §9, and
 *   counts each as a refresh; sip.js 0.21 offers no hook for a re-INVITE's 2xx headers, so the
 *   session's handler is wrapped to add them;
 * - when no refresh succeeded by the §10 time, sends BYE and reports the expiry.
 */
export class DialogSessionTimer {
  private readonly clock: SessionTimerClock;
  private readonly driver: MachineDriver<never, SessionTimerAction>;
  private readonly now: () => number;
  private readonly t0: number;
  private inFlight: Promise<RefreshOutcome> | undefined;
  private readonly facts: SessionTimerFacts;
  private restore: (() => void) | undefined;

  constructor(
    private readonly session: Session,
    private readonly opts: DialogSessionTimerOptions,
  ) {
    this.now = opts.now ?? (() => performance.now());
    this.t0 = this.now();
    this.clock = new SessionTimerClock({
      intervalS: opts.intervalS,
      weRefresh: opts.weRefresh,
      now: this.t0,
    });
    this.driver = new MachineDriver<never, SessionTimerAction>(
      this.clock,
      () => {},
      (due) => this.onDue(due),
      this.now,
      { unref: true },
    );
    this.facts = {
      intervalS: opts.intervalS,
      refresher: opts.weRefresh ? "us" : "peer",
      refreshesSent: 0,
      refreshesReceived: 0,
      events: [],
    };
  }

  /** Starts the clock and takes over the 2xx to the far end's re-INVITEs. */
  start(): this {
    const s = this.session as unknown as { onInviteRequest: InviteRequestHandler };
    const original = s.onInviteRequest.bind(this.session);
    s.onInviteRequest = (request) => this.onReinvite(request, original);
    this.restore = () => {
      s.onInviteRequest = original;
    };
    this.session.stateChange.addListener((state) => {
      if (state === SessionState.Terminated) this.stop();
    });
    this.arm();
    return this;
  }

  stop(): void {
    this.clock.stop();
    this.driver.stop();
    this.restore?.();
    this.restore = undefined;
  }

  get summary(): SessionTimerFacts {
    return {
      ...this.facts,
      intervalS: this.clock.intervalS,
      refresher: this.clock.weRefresh ? "us" : "peer",
      events: [...this.facts.events],
    };
  }

  /** The headers of a refresh we send (RFC 4028 §7.4: we stay refresher, so refresher=uac). */
  refreshHeaders(): string[] {
    const refresher: Refresher = this.clock.weRefresh ? "uac" : "uas";
    return [
      `Session-Expires: ${formatSessionExpires({ deltaSeconds: this.clock.intervalS, refresher, params: [] })}`,
      `Min-SE: ${this.opts.policy.minSeS}`,
    ];
  }

  /**
   * Sends a refresh now (also the mid-call re-INVITE a test call makes on purpose); a refresh
   * already on its way is shared rather than crossing it with a second one (RFC 3261 §14.1, 491).
   */
  refreshNow(): Promise<RefreshOutcome> {
    if (this.inFlight) return this.inFlight;
    this.facts.refreshesSent++;
    this.event("refresh-sent", this.refreshHeaders()[0]!);
    const p = this.opts
      .send(this.refreshHeaders())
      .then((outcome) => {
        this.onRefreshOutcome(outcome);
        return outcome;
      })
      .finally(() => {
        this.inFlight = undefined;
        this.arm();
      });
    this.inFlight = p;
    return p;
  }

  private onRefreshOutcome(o: RefreshOutcome): void {
    const now = this.now();
    if (typeof o.status === "number" && o.status >= 200 && o.status < 300) {
      const se = o.response ? readSessionExpires(o.response) : undefined;
      const answer = uacTimerFromAnswer(se);
      if (answer) this.clock.refreshed(now, answer);
      else if (this.opts.peerSupportsTimer) {
        // RFC 4028 §7.4: "the session timer can be 'turned-off' in mid dialog by receiving a
        // response without a Session-Expires header field".
        this.event("off", `${o.status} without Session-Expires: no session timer from now on`);
        this.clock.stop();
      } else {
        // A peer that never spoke of timers answers without them; the timer is ours alone (§9).
        this.clock.refreshed(now);
      }
      return;
    }
    this.event("refresh-rejected", `${o.status}${o.detail ? ` ${o.detail}` : ""}`);
    this.clock.refreshFailed(now);
  }

  private onReinvite(request: Core.IncomingInviteRequest, original: InviteRequestHandler): void {
    const decision = uasTimerDecision(timerRequestOf(request.message), {
      ...this.opts.policy,
      intervalS: Math.max(this.clock.intervalS, this.opts.policy.minSeS),
    });
    if (decision.kind === "reject") {
      request.reject({ statusCode: 422, extraHeaders: [`Min-SE: ${decision.minSeS}`] });
      this.event("refresh-rejected", `422 to a refresh below Min-SE ${decision.minSeS}`);
      return;
    }
    const accept = request.accept.bind(request);
    request.accept = (options) => {
      const response = accept({
        statusCode: options?.statusCode ?? 200,
        ...options,
        extraHeaders: [...(options?.extraHeaders ?? []), ...acceptHeaders(decision)],
      });
      if ((options?.statusCode ?? 200) < 300) {
        this.facts.refreshesReceived++;
        this.clock.refreshed(this.now(), {
          intervalS: decision.intervalS,
          weRefresh: decision.refresher === "uas",
        });
        this.event(
          "refresh-received",
          `answered with Session-Expires ${decision.intervalS};refresher=${decision.refresher}`,
        );
        this.arm();
      }
      return response;
    };
    original(request);
  }

  /** Re-reads when the clock wants to be woken (after every input given to it). */
  private arm(): void {
    this.driver.run();
  }

  private onDue(action: SessionTimerAction): void {
    const now = this.now();
    if (action === "refresh") {
      void this.refreshNow();
      return;
    }
    if (action === "expire") {
      const since = this.clock.sinceRefreshS(now);
      this.facts.expired = `session expired: no refresh in ${since.toFixed(1)} s`;
      this.facts.expiredAfterS = Math.round(since * 1000) / 1000;
      this.event("expired", this.facts.expired);
      this.stop();
      if (this.session.state === SessionState.Established) {
        this.session.bye().catch(() => {});
      }
      this.opts.onExpire?.(this.summary);
    }
  }

  private event(kind: SessionTimerEvent["kind"], detail: string): void {
    this.facts.events.push({ atMs: Math.round(this.now() - this.t0), kind, detail });
  }
}
