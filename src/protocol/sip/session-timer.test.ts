import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { IllegalTransitionError } from "../machine.js";
import { ParseError } from "../parse-error.js";
import {
  expiryDelayMs,
  formatMinSe,
  formatSessionExpires,
  parseMinSe,
  parseSessionExpires,
  refreshDelayMs,
  SessionTimerClock,
  uacTimerFromAnswer,
  uasTimerDecision,
} from "./session-timer.js";

describe("Session-Expires and Min-SE (RFC 4028 §4, §5)", () => {
  it("parses the RFC 4028 §4 example and keeps other parameters", () => {
    expect(parseSessionExpires("4000;refresher=uac")).toEqual({
      deltaSeconds: 4000,
      refresher: "uac",
      params: [],
    });
    expect(parseSessionExpires(" 1800 ; Refresher = UAS ;x-foo=bar;flag")).toEqual({
      deltaSeconds: 1800,
      refresher: "uas",
      params: [
        ["x-foo", "bar"],
        ["flag", undefined],
      ],
    });
    expect(parseSessionExpires("90")).toEqual({ deltaSeconds: 90, params: [] });
    expect(formatSessionExpires({ deltaSeconds: 1800, refresher: "uac", params: [["x", "1"]] })).toBe(
      "1800;refresher=uac;x=1",
    );
    expect(parseMinSe("120")).toEqual({ deltaSeconds: 120, params: [] });
    expect(formatMinSe({ deltaSeconds: 90, params: [] })).toBe("90");
  });
  it.each([
    ["", "delta-seconds"],
    ["abc", "delta-seconds"],
    ["-5", "delta-seconds"],
    ["1800x", "params"],
    ["1800;", "params"],
    ["1800;refresher=both", "refresher"],
    ["1800;refresher", "refresher"],
    ["1800;refresher=uac;refresher=uas", "refresher"],
    ["99999999999", "delta-seconds"],
    ["4294967296", "delta-seconds"],
    ["1800;a=b c", "params.a"],
  ])("rejects Session-Expires %j (field %s)", (text, field) => {
    try {
      parseSessionExpires(text);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).field).toBe(field);
    }
  });
  it.each(["", "ninety", "90 x", "90;"])("rejects Min-SE %j", (text) => {
    expect(() => parseMinSe(text)).toThrow(ParseError);
  });
  it("property: parse throws only ParseError; what parses re-serialises to an equal value", () => {
    const tokenChars = "abcdefghijklmnopqrstuvwxyz0123456789-.!%*_+`'~".split("");
    const token = fc.string({ unit: fc.constantFrom(...tokenChars), minLength: 1, maxLength: 8 });
    const structured = fc
      .tuple(
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        fc.option(fc.constantFrom("uac", "uas"), { nil: undefined }),
        fc.array(fc.tuple(token, fc.option(token, { nil: undefined })), { maxLength: 3 }),
      )
      .map(([d, r, ps]) =>
        [
          String(d),
          ...(r ? [`refresher=${r}`] : []),
          ...ps.map(([n, v]) => (v === undefined ? n : `${n}=${v}`)),
        ].join(";"),
      );
    fc.assert(
      fc.property(fc.oneof(fc.string({ maxLength: 40 }), structured), (text) => {
        for (const parse of [parseSessionExpires, parseMinSe]) {
          try {
            parse(text);
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        }
        try {
          const se = parseSessionExpires(text);
          expect(parseSessionExpires(formatSessionExpires(se))).toEqual(se);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
        try {
          const m = parseMinSe(text);
          expect(parseMinSe(formatMinSe(m))).toEqual(m);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
  it("every truncated prefix of a value either parses or fails with ParseError", () => {
    const golden = '1800;refresher=uac;x="q"';
    for (let i = 0; i <= golden.length; i++) {
      try {
        parseSessionExpires(golden.slice(0, i));
      } catch (e) {
        expect(e).toBeInstanceOf(ParseError);
      }
    }
    expect(() => parseSessionExpires(golden.slice(0, 0))).toThrow(ParseError);
    expect(() => parseSessionExpires(golden.slice(0, 5))).toThrow(ParseError);
  });
});

describe("UAS decision (RFC 4028 §9)", () => {
  const policy = { minSeS: 90, intervalS: 1800, refresher: "uac" as const };
  it("answers 422 with the larger Min-SE when a timer-aware UAC asks for too little", () => {
    const req = { sessionExpires: parseSessionExpires("60"), uacSupportsTimer: true };
    expect(uasTimerDecision(req, policy)).toEqual({ kind: "reject", status: 422, minSeS: 90 });
    expect(uasTimerDecision({ ...req, minSe: 120 }, { ...policy, minSeS: 100 })).toMatchObject({
      minSeS: 120,
    });
  });
  it("raises the interval for a UAC that does not know the extension (it could not act on 422)", () => {
    const d = uasTimerDecision(
      { sessionExpires: parseSessionExpires("60"), uacSupportsTimer: false },
      policy,
    );
    expect(d).toEqual({ kind: "accept", intervalS: 90, refresher: "uas", requireTimer: false });
  });
  it("keeps the UAC's refresher choice, or picks its own when the UAC left it open", () => {
    const ask = (se: string) => ({ sessionExpires: parseSessionExpires(se), uacSupportsTimer: true });
    expect(uasTimerDecision(ask("1800;refresher=uas"), policy)).toEqual({
      kind: "accept",
      intervalS: 1800,
      refresher: "uas",
      requireTimer: true,
    });
    expect(uasTimerDecision(ask("1800"), policy)).toMatchObject({ refresher: "uac", requireTimer: true });
    expect(uasTimerDecision(ask("1800"), { ...policy, refresher: "uas" })).toMatchObject({
      refresher: "uas",
    });
  });
  it("lowers a long interval to its own, never below the request's Min-SE", () => {
    const p = { minSeS: 2, intervalS: 4, refresher: "uac" as const };
    expect(
      uasTimerDecision({ sessionExpires: parseSessionExpires("1800"), uacSupportsTimer: true }, p),
    ).toMatchObject({
      intervalS: 4,
    });
    expect(
      uasTimerDecision({ sessionExpires: parseSessionExpires("1800"), minSe: 90, uacSupportsTimer: true }, p),
    ).toMatchObject({ intervalS: 90 });
  });
  it("asks a timer-less UAC for its own interval and refreshes itself (no Require)", () => {
    expect(uasTimerDecision({ uacSupportsTimer: false }, policy)).toEqual({
      kind: "accept",
      intervalS: 1800,
      refresher: "uas",
      requireTimer: false,
    });
    expect(uasTimerDecision({ uacSupportsTimer: true }, policy)).toMatchObject({
      refresher: "uac",
      requireTimer: true,
    });
  });
});

describe("UAC reading the 2xx (RFC 4028 §7.4)", () => {
  it("no Session-Expires means no session timer; refresher=uas leaves refreshing to the far end", () => {
    expect(uacTimerFromAnswer(undefined)).toBeUndefined();
    expect(uacTimerFromAnswer(parseSessionExpires("1800;refresher=uac"))).toEqual({
      intervalS: 1800,
      weRefresh: true,
    });
    expect(uacTimerFromAnswer(parseSessionExpires("1800;refresher=uas"))).toEqual({
      intervalS: 1800,
      weRefresh: false,
    });
    expect(uacTimerFromAnswer(parseSessionExpires("1800"))).toEqual({ intervalS: 1800, weRefresh: true });
  });
});

describe("refresh and expiry timing (RFC 4028 §7.4, §10)", () => {
  it("refreshes at half the interval; expires at the interval minus min(32 s, interval/3)", () => {
    expect(refreshDelayMs(1800)).toBe(900_000);
    expect(expiryDelayMs(1800)).toBe(1_768_000);
    expect(expiryDelayMs(90)).toBe(60_000);
    expect(expiryDelayMs(3)).toBe(2000);
  });
  it("the refresher is told to refresh once, then to expire when no refresh succeeds", () => {
    const c = new SessionTimerClock({ intervalS: 90, weRefresh: true, now: 1000 });
    expect(c.nextTimeout()).toBe(1000 + 45_000);
    expect(c.poll(1000 + 44_999)).toBeUndefined();
    expect(c.poll(1000 + 45_000)).toBe("refresh");
    expect(c.state).toBe("refreshing");
    expect(c.poll(1000 + 50_000)).toBeUndefined();
    expect(c.nextTimeout()).toBe(1000 + 60_000);
    // Retries come halfway to the expiry; after the third failure none comes.
    c.refreshFailed(1000 + 50_000);
    expect(c.nextTimeout()).toBe(1000 + 55_000);
    expect(c.poll(1000 + 54_999)).toBeUndefined();
    expect(c.poll(1000 + 55_000)).toBe("refresh");
    c.refreshFailed(1000 + 55_000);
    expect(c.poll(1000 + 57_500)).toBe("refresh");
    c.refreshFailed(1000 + 57_500);
    expect(c.nextTimeout()).toBe(1000 + 60_000);
    expect(c.poll(1000 + 59_999)).toBeUndefined();
    expect(c.poll(1000 + 60_000)).toBe("expire");
    expect(c.state).toBe("expired");
    expect(c.poll(1000 + 70_000)).toBeUndefined();
    expect(c.nextTimeout()).toBeUndefined();
  });
  it("a refresh restarts the clock; the watcher never refreshes and expires on time", () => {
    const c = new SessionTimerClock({ intervalS: 3, weRefresh: false, now: 0 });
    expect(c.nextTimeout()).toBe(2000);
    expect(c.poll(1500)).toBeUndefined();
    c.refreshed(1500);
    expect(c.poll(3400)).toBeUndefined();
    expect(c.sinceRefreshS(3400)).toBeCloseTo(1.9);
    expect(c.poll(3500)).toBe("expire");
    c.refreshed(3600);
    expect(c.state).toBe("expired");
  });
  it("property: an unrefreshed session expires exactly at the §10 time, never earlier", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 7200 }),
        fc.boolean(),
        fc.integer({ min: 0, max: 1e9 }),
        (s, we, t0) => {
          const c = new SessionTimerClock({ intervalS: s, weRefresh: we, now: t0 });
          let now = t0;
          let expiredAt: number | undefined;
          for (let i = 0; i < 10 && expiredAt === undefined; i++) {
            const next = c.nextTimeout();
            if (next === undefined) break;
            now = Math.max(now, next);
            const a = c.poll(now);
            if (a === "expire") expiredAt = now;
          }
          expect(expiredAt).toBe(t0 + expiryDelayMs(s));
        },
      ),
    );
  });
  it("a successful refresh after failures starts a fresh interval with its own retries", () => {
    const c = new SessionTimerClock({ intervalS: 90, weRefresh: true, now: 0 });
    expect(c.poll(45_000)).toBe("refresh");
    c.refreshFailed(45_000);
    expect(c.poll(52_500)).toBe("refresh");
    c.refreshed(53_000);
    expect(c.nextTimeout()).toBe(98_000);
    expect(c.poll(98_000)).toBe("refresh");
    c.refreshFailed(98_000);
    expect(c.nextTimeout()).toBe(105_500);
  });
  it("stop() ends the clock", () => {
    const c = new SessionTimerClock({ intervalS: 90, weRefresh: true, now: 0 });
    c.stop();
    expect(c.poll(1e9)).toBeUndefined();
    expect(c.nextTimeout()).toBeUndefined();
  });
  it("stop() twice is allowed; a transition the table does not allow throws", () => {
    const c = new SessionTimerClock({ intervalS: 90, weRefresh: true, now: 0 });
    expect(c.poll(60_000)).toBe("expire");
    c.stop();
    c.stop();
    expect(c.state).toBe("stopped");
    // The public methods guard every move; the table itself is what is checked here.
    const transition = (c as unknown as { transition(to: string): void }).transition.bind(c);
    expect(() => transition("waiting")).toThrow(IllegalTransitionError);
    expect(() => transition("waiting")).toThrow("SessionTimerClock: illegal transition stopped -> waiting");
    const e = new SessionTimerClock({ intervalS: 90, weRefresh: false, now: 0 });
    expect(e.poll(60_000)).toBe("expire");
    const fromExpired = (e as unknown as { transition(to: string): void }).transition.bind(e);
    expect(() => fromExpired("refreshing")).toThrow(/expired -> refreshing/);
    expect(e.state).toBe("expired");
  });
  it("as a sans-IO machine: handleTimeout queues what is due, pollOutput says when to wake", () => {
    const c = new SessionTimerClock({ intervalS: 90, weRefresh: true, now: 0 });
    expect(c.pollOutput()).toEqual({ kind: "timeout", at: 45_000 });
    c.handleTimeout(44_000);
    expect(c.pollOutput()).toEqual({ kind: "timeout", at: 45_000 });
    c.handleTimeout(45_000);
    expect(c.pollOutput()).toEqual({ kind: "event", event: "refresh" });
    expect(c.pollOutput()).toEqual({ kind: "timeout", at: 60_000 });
    c.refreshed(46_000);
    expect(c.pollOutput()).toEqual({ kind: "timeout", at: 91_000 });
    c.handleTimeout(200_000);
    expect(c.pollOutput()).toEqual({ kind: "event", event: "expire" });
    expect(c.pollOutput()).toEqual({ kind: "timeout", at: undefined });
  });
});
