// Session timers (RFC 4028) between our caller and the room, on loopback and a short interval
// set through the room's app options (the CLI keeps the 90 s floor): a caller that refreshes
// keeps its call past the expiry; one that does not is hung up by the room at the §10 time.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import { expiryDelayMs } from "../../src/protocol/sip/session-timer.js";
import type { Check, Report, SipMessageRecord, Step } from "../../src/report/model.js";

const VIDEO = { width: 320, height: 180, fps: 15, bitrateKbps: 200 };
/** The room's interval and Min-SE: short, so the tests take seconds. */
const INTERVAL_S = 6;

const byId = (r: Report, id: string): Check => r.checks.find((c) => c.id === id)!;
/** The Call-ID of the INVITE that set up the call (the last initial INVITE sent). */
function callIdOf(invite: SipMessageRecord | undefined): string {
  const id = /^Call-ID:\s*(\S+)\r?$/im.exec(invite?.message ?? "")?.[1];
  if (!id) throw new Error("no Call-ID in the INVITE");
  return id;
}
const firstLine = (r: Report, dir: SipMessageRecord["direction"], re: RegExp) =>
  r.sip.filter((m) => m.direction === dir && re.test(m.firstLine));

let room: Room;
let target: string;
const events: RoomEvent[] = [];
const callerReports: Report[] = [];

beforeAll(async () => {
  room = await Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 42000, to: 42999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    sessionTimer: { intervalS: INTERVAL_S, minSeS: INTERVAL_S },
    optionsProbeTimeoutMs: 500,
    onEvent: (e) => events.push(e),
    onCallerReport: (r) => callerReports.push(r),
  });
  target = `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
});
afterAll(async () => {
  await room?.stop();
});

async function reportFor(callId: string): Promise<Report> {
  for (let i = 0; i < 100; i++) {
    const r = callerReports.find((x) => x.facts.callId === callId);
    if (r) return r;
    await new Promise((res) => setTimeout(res, 50));
  }
  throw new Error(`no caller report for ${callId}`);
}

function call(extra: { sessionExpiresS?: number; sessionRefresh?: boolean; durationS: number }) {
  const steps: Step[] = [];
  const progress: CallProgress = { step: (s) => steps.push(s), info: () => {} };
  return runCall(
    {
      target,
      srtp: "optional",
      video: VIDEO,
      localAddress: "127.0.0.1",
      presentation: false,
      functions: new Set([1, 2]),
      skipOptions: true,
      // The call must last its whole duration to outlive the session interval.
      fixedDuration: true,
      ...extra,
    },
    progress,
  ).then((report) => ({ report, steps }));
}

describe("session timers between our caller and the room (RFC 4028)", () => {
  it("our caller takes the 422's Min-SE, refreshes at half the interval, and the call outlives the expiry", async () => {
    // Asking for 2 s gets 422 with Min-SE 6 (§6, §9); the retry asks for 6 (§7.2).
    const { report, steps } = await call({ sessionExpiresS: 2, durationS: 8 });
    const retried = steps.find((s) => s.name === "answered" && s.status === "failed");
    expect(retried?.detail).toMatch(/answered 422 .*asking again with Session-Expires 6/);
    expect(firstLine(report, "received", /^SIP\/2\.0 422/)).toHaveLength(1);
    const invites = report.sip.filter((m) => m.direction === "sent" && /^INVITE /.test(m.firstLine));
    expect(invites[0]?.message).toMatch(/^Session-Expires: 2\r$/m);
    expect(invites[1]?.message).toMatch(/^Session-Expires: 6\r$/m);
    expect(invites[1]?.message).toMatch(/^Min-SE: 6\r$/m);
    expect(invites[1]?.message).toMatch(/^Supported: .*\btimer\b/m);
    // The room's 2xx: the caller refreshes, and must (Require: timer, §9).
    const ok = firstLine(report, "received", /^SIP\/2\.0 200/)[0]?.message ?? "";
    expect(ok).toMatch(/^Session-Expires: 6;refresher=uac\r$/m);
    expect(ok).toMatch(/^Require: timer\r$/m);
    expect(ok).toMatch(/^Supported: .*\btimer\b/m);

    // Past the expiry (4 s after the last refresh) several times over: still up, we hung up.
    const hangUp = steps.find((s) => s.name === "hang-up");
    expect(hangUp?.status, hangUp?.detail).toBe("ok");
    const timer = report.facts.sessionTimer as { refreshesSent: number; refresher: string; expired?: string };
    expect(timer.refresher).toBe("us");
    expect(timer.refreshesSent).toBeGreaterThanOrEqual(3);
    expect(timer.expired).toBeUndefined();
    // Each refresh went out as a re-INVITE with the interval and refresher=uac (§7.4, §10).
    const reinvites = invites.slice(2);
    expect(reinvites.length).toBe(timer.refreshesSent);
    for (const r of reinvites) expect(r.message).toMatch(/^Session-Expires: 6;refresher=uac\r$/m);
    // Every refresh at most half an interval (plus slack) after the previous one.
    const acks = firstLine(report, "sent", /^ACK /).map((m) => m.atMs);
    const times = [acks[0]!, ...reinvites.map((m) => m.atMs)];
    for (let i = 1; i < times.length; i++) expect(times[i]! - times[i - 1]!).toBeLessThan(3000 + 400);

    const callId = callIdOf(invites[1]);
    expect(events.some((e) => e.kind === "expired" && e.callId === callId)).toBe(false);
    const roomSide = await reportFor(callId);
    const t = roomSide.facts.sessionTimer as {
      refresher: string;
      refreshesReceived: number;
      expired?: string;
    };
    expect(t.refresher).toBe("caller");
    expect(t.refreshesReceived).toBe(timer.refreshesSent);
    expect(t.expired).toBeUndefined();
    // The room's answer carries Session-Expires 6: below RFC 4028's 90 s, so the check fails it.
    const check = byId(report, "sip.session-timer");
    expect(check.status).toBe("fail");
    expect(check.summary).toMatch(/Session-Expires 6 s is below the 90 s minimum/);
  }, 40_000);

  it("a caller that never refreshes is hung up by the room with BYE at the §10 time", async () => {
    const { report, steps } = await call({
      sessionExpiresS: INTERVAL_S,
      sessionRefresh: false,
      durationS: 8,
    });
    expect(steps.find((s) => s.name === "session-timer")?.detail).toMatch(/we should refresh but do not/);
    expect(steps.find((s) => s.name === "hang-up")?.detail).toMatch(/far end hung up first/);
    const ok = firstLine(report, "received", /^SIP\/2\.0 200 /)[0]!;
    const bye = firstLine(report, "received", /^BYE /)[0]!;
    const invites = firstLine(report, "sent", /^INVITE /);
    expect(invites).toHaveLength(1);
    // RFC 4028 §10: the interval minus min(32 s, interval/3) = 4 s after the 2xx that set it.
    const measured = bye.atMs - ok.atMs;
    expect(expiryDelayMs(INTERVAL_S)).toBe(4000);
    expect(measured).toBeGreaterThanOrEqual(4000 - 100);
    expect(measured).toBeLessThan(4000 + 800);

    const callId = callIdOf(invites[0]);
    const expired = events.find((e) => e.kind === "expired" && e.callId === callId);
    expect(expired?.detail).toMatch(/^session expired: no refresh in 4\.\d s$/);
    const roomSide = await reportFor(callId);
    const t = roomSide.facts.sessionTimer as {
      expired?: string;
      expiredAfterS?: number;
      refreshesReceived: number;
    };
    expect(t.refreshesReceived).toBe(0);
    expect(t.expired).toBe(expired?.detail);
    expect(t.expiredAfterS).toBeGreaterThanOrEqual(4);
    expect(t.expiredAfterS).toBeLessThan(4.8);
  }, 40_000);

  it("a room that is the refresher re-INVITEs at half the interval, and our caller answers with the interval", async () => {
    const roomReports: Report[] = [];
    const refresherRoom = await Room.start({
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 43000, to: 43999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      sessionTimer: { intervalS: INTERVAL_S, minSeS: INTERVAL_S, refresher: "uas" },
      optionsProbeTimeoutMs: 500,
      onCallerReport: (r) => roomReports.push(r),
    });
    try {
      const steps: Step[] = [];
      const report = await runCall(
        {
          target: `sip:testrum@127.0.0.1:${refresherRoom.listening[0]!.port}`,
          srtp: "optional",
          video: VIDEO,
          localAddress: "127.0.0.1",
          presentation: false,
          functions: new Set([1, 2]),
          skipOptions: true,
          sessionExpiresS: INTERVAL_S,
          durationS: 8,
          fixedDuration: true,
        },
        { step: (st) => steps.push(st), info: () => {} },
      );
      expect(steps.find((st) => st.name === "session-timer")?.detail).toBe(
        `Session-Expires ${INTERVAL_S} s, the far end refreshes`,
      );
      expect(steps.find((st) => st.name === "hang-up")?.status).toBe("ok");
      const ok = firstLine(report, "received", /^SIP\/2\.0 200/)[0]?.message ?? "";
      expect(ok).toMatch(/^Session-Expires: 6;refresher=uas\r$/m);
      // The room's refreshes: re-INVITEs in the dialog saying the room stays refresher (§10).
      const refreshes = report.sip.filter(
        (m) =>
          m.direction === "received" && /^INVITE /.test(m.firstLine) && /^To:.*;tag=/m.test(m.message ?? ""),
      );
      expect(refreshes.length).toBeGreaterThanOrEqual(2);
      for (const r of refreshes) expect(r.message).toMatch(/^Session-Expires: 6;refresher=uac\r$/m);
      // Our 2xx to each carries the interval back (§9).
      const answers = report.sip.filter(
        (m) =>
          m.direction === "sent" &&
          /^SIP\/2\.0 200/.test(m.firstLine) &&
          /^CSeq: \d+ INVITE\r$/m.test(m.message ?? ""),
      );
      expect(answers.length).toBe(refreshes.length);
      for (const a of answers) expect(a.message).toMatch(/^Session-Expires: 6;refresher=uac\r$/m);
      const ours = report.facts.sessionTimer as {
        refresher: string;
        refreshesReceived: number;
        expired?: string;
      };
      expect(ours).toMatchObject({ refresher: "peer", refreshesReceived: refreshes.length });
      expect(ours.expired).toBeUndefined();
      for (let i = 0; i < 100 && roomReports.length === 0; i++) await new Promise((r) => setTimeout(r, 50));
      const t = roomReports[0]?.facts.sessionTimer as {
        refresher: string;
        refreshesSent: number;
        expired?: string;
      };
      expect(t).toMatchObject({ refresher: "room", refreshesSent: refreshes.length });
      expect(t.expired).toBeUndefined();
    } finally {
      await refresherRoom.stop();
    }
  }, 40_000);

  it("the embedded room answers with session timers, so the call report shows sip.session-timer PASS", async () => {
    const steps: Step[] = [];
    const report = await runCall(
      {
        srtp: "optional",
        durationS: 2,
        video: VIDEO,
        localAddress: "127.0.0.1",
        presentation: false,
        functions: new Set([1, 2]),
      },
      { step: (s) => steps.push(s), info: () => {} },
    );
    const check = byId(report, "sip.session-timer");
    expect(check.status, check.summary).toBe("pass");
    expect(check.summary).toMatch(/Session-Expires 1800 s/);
    expect(check.lines).toContain("Session-Expires: 1800;refresher=uac");
    expect(steps.find((s) => s.name === "session-timer")?.detail).toBe("Session-Expires 1800 s, we refresh");
    // The room's answer to OPTIONS lists timer in Supported (RFC 4028 §9).
    const options = report.sip.find(
      (m) =>
        m.direction === "received" &&
        /^SIP\/2\.0 200/.test(m.firstLine) &&
        /^CSeq: \d+ OPTIONS\r$/m.test(m.message ?? ""),
    );
    expect(options?.message).toMatch(/^Supported: .*\btimer\b/m);
  }, 40_000);
});
