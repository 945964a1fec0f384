import { type Core, type Session, SessionState } from "sip.js";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DialogSessionTimer, type RefreshOutcome, timerRequestOf } from "./session-timer.js";

/** A message with headers, as sip.js's incoming messages answer getHeader/getHeaders. */
function message(headers: Record<string, string>): Core.IncomingResponseMessage {
  const lower = Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), v]));
  return {
    statusCode: 200,
    getHeader: (name: string) => lower[name.toLowerCase()],
    getHeaders: (name: string) =>
      lower[name.toLowerCase()] === undefined ? [] : [lower[name.toLowerCase()]!],
  } as unknown as Core.IncomingResponseMessage;
}

/** Just enough of a sip.js Session: state, stateChange, bye() and the re-INVITE handler. */
function fakeSession() {
  const listeners: Array<(s: SessionState) => void> = [];
  const handled: unknown[] = [];
  const session = {
    state: SessionState.Established,
    stateChange: { addListener: (f: (s: SessionState) => void) => listeners.push(f) },
    byes: 0,
    bye() {
      this.byes++;
      this.state = SessionState.Terminated;
      for (const f of listeners) f(SessionState.Terminated);
      return Promise.resolve();
    },
    onInviteRequest(request: unknown) {
      handled.push(request);
      (request as Core.IncomingInviteRequest).accept({ statusCode: 200 });
    },
  };
  return { session, handled, asSession: session as unknown as Session };
}

const POLICY = { minSeS: 90, intervalS: 1800, refresher: "uac" as const };

describe("DialogSessionTimer (RFC 4028 on sip.js)", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("as refresher, re-INVITEs at half the interval with Session-Expires;refresher=uac and restarts on the 2xx", async () => {
    const { session, asSession } = fakeSession();
    const sent: Array<{ at: number; headers: string[] }> = [];
    const send = async (headers: string[]): Promise<RefreshOutcome> => {
      sent.push({ at: Date.now(), headers });
      return { status: 200, ms: 1, response: message({ "Session-Expires": "90;refresher=uac" }) };
    };
    const t = new DialogSessionTimer(asSession, {
      intervalS: 90,
      weRefresh: true,
      peerSupportsTimer: true,
      policy: POLICY,
      send,
      now: () => Date.now(),
    }).start();
    await vi.advanceTimersByTimeAsync(44_999);
    expect(sent).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(sent).toEqual([{ at: 45_000, headers: ["Session-Expires: 90;refresher=uac", "Min-SE: 90"] }]);
    await vi.advanceTimersByTimeAsync(45_000);
    expect(sent.map((s) => s.at)).toEqual([45_000, 90_000]);
    expect(session.byes).toBe(0);
    expect(t.summary).toMatchObject({ refresher: "us", refreshesSent: 2, intervalS: 90 });
    t.stop();
  });

  it("without a refresh, sends BYE at the §10 time and reports how long it waited", async () => {
    const { session, asSession } = fakeSession();
    const expired: string[] = [];
    new DialogSessionTimer(asSession, {
      intervalS: 6,
      weRefresh: false,
      peerSupportsTimer: true,
      policy: { ...POLICY, minSeS: 6 },
      send: () => Promise.reject(new Error("not the refresher")),
      onExpire: (f) => expired.push(f.expired ?? ""),
      now: () => Date.now(),
    }).start();
    await vi.advanceTimersByTimeAsync(3_999);
    expect(session.byes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.byes).toBe(1);
    expect(expired).toEqual(["session expired: no refresh in 4.0 s"]);
  });

  it("answers the far end's refresh with the interval (and Require: timer), which restarts the clock", async () => {
    const { session, asSession, handled } = fakeSession();
    const t = new DialogSessionTimer(asSession, {
      intervalS: 6,
      weRefresh: false,
      peerSupportsTimer: true,
      policy: { ...POLICY, minSeS: 6 },
      send: () => Promise.reject(new Error("not the refresher")),
      now: () => Date.now(),
    }).start();
    await vi.advanceTimersByTimeAsync(3_000);
    const accepted: Array<{ statusCode: number; extraHeaders?: string[] }> = [];
    const request = {
      message: message({ "Session-Expires": "6;refresher=uac", Supported: "timer" }),
      accept: (o: { statusCode: number; extraHeaders?: string[] }) => {
        accepted.push(o);
        return {};
      },
      reject: () => ({}),
    };
    (session as unknown as { onInviteRequest(r: unknown): void }).onInviteRequest(request);
    expect(handled).toHaveLength(1);
    expect(accepted[0]?.extraHeaders).toEqual(["Session-Expires: 6;refresher=uac", "Require: timer"]);
    // 4 s after the refresh at 3 s, not after the start.
    await vi.advanceTimersByTimeAsync(3_999);
    expect(session.byes).toBe(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(session.byes).toBe(1);
    expect(t.summary.refreshesReceived).toBe(1);
  });

  it("refuses a refresh below its Min-SE with 422 and Min-SE (RFC 4028 §9)", () => {
    const { session, asSession, handled } = fakeSession();
    new DialogSessionTimer(asSession, {
      intervalS: 1800,
      weRefresh: false,
      peerSupportsTimer: true,
      policy: POLICY,
      send: () => Promise.reject(new Error("not the refresher")),
      now: () => Date.now(),
    }).start();
    const rejected: unknown[] = [];
    (session as unknown as { onInviteRequest(r: unknown): void }).onInviteRequest({
      message: message({ "Session-Expires": "30", Supported: "timer" }),
      accept: () => ({}),
      reject: (o: unknown) => rejected.push(o),
    });
    expect(rejected).toEqual([{ statusCode: 422, extraHeaders: ["Min-SE: 90"] }]);
    expect(handled).toHaveLength(0);
  });

  it("an interval longer than setTimeout can wait does not spin", async () => {
    // Real timers: Node fires a setTimeout past 2**31-1 ms after 1 ms, which would wake the
    // timer every millisecond.
    vi.useRealTimers();
    const { asSession } = fakeSession();
    let wakes = 0;
    const t = new DialogSessionTimer(asSession, {
      intervalS: 2 ** 32 - 1,
      weRefresh: true,
      peerSupportsTimer: true,
      policy: POLICY,
      send: () => Promise.reject(new Error("no refresh is due")),
      now: () => {
        wakes++;
        return performance.now();
      },
    }).start();
    await new Promise((r) => setTimeout(r, 60));
    t.stop();
    expect(wakes).toBeLessThan(5);
  });

  it("reads Supported/Require: timer, Session-Expires (or its compact form x) and Min-SE leniently", () => {
    expect(timerRequestOf(message({ Supported: "replaces, Timer", x: "1800", "Min-SE": "120" }))).toEqual({
      sessionExpires: { deltaSeconds: 1800, params: [] },
      minSe: 120,
      uacSupportsTimer: true,
    });
    expect(timerRequestOf(message({ "Session-Expires": "soon", "Min-SE": "-1" }))).toEqual({
      uacSupportsTimer: false,
    });
  });
});
