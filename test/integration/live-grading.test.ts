// A real call over loopback sockets against the room: the nine functions and the six
// requirements graded from what was measured, the aliases (echo, callback, presentation), and
// the room's report about each caller.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallProgress, runCall } from "../../src/app/call/run-call.js";
import { Room } from "../../src/app/room/room.js";
import type { Evidence } from "../../src/conformance/evidence.js";
import { gradeAll } from "../../src/conformance/grade-all.js";
import type { Check, Report } from "../../src/report/model.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";

const VIDEO = { width: 640, height: 360, fps: 30, bitrateKbps: 600 };
const silent: CallProgress = { step: () => {}, info: () => {} };
const REQUIREMENTS = ["H.264", "encryption", "URI", "H.460", "H.239", "SIP"];

let room: Room;
let target: string;
const callerReports: Report[] = [];

beforeAll(async () => {
  room = await Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 41000, to: 41999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    callback: { aliasHoldMs: 500, answerTimeoutMs: 2500, holdMs: 1200 },
    onCallerReport: (r) => callerReports.push(r),
  });
  target = `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
});
afterAll(async () => {
  await room.stop();
});

const fn = (r: Report, n: number): Check => r.checks.find((c) => c.id.startsWith(`function-${n}.`))!;
const byId = (checks: readonly Check[], id: string): Check => checks.find((c) => c.id === id)!;

/**
 * The lines of the Swedish Markdown rendering that still read as English: common English words
 * outside code blocks (the SIP ladder and SDPs quote the wire, which stays as sent).
 */
function englishInSwedish(r: Report): string[] {
  const prose = renderMarkdown(r, "sv").replace(/```[\s\S]*?```/g, "");
  const english =
    /\b(the|and|with|from|was|were|after|frames|received|answered|granted|heard|sent|our|your)\b/;
  // Check ids (presentation.floor-granted) are identifiers, not prose.
  const ids = /\b[a-z0-9]+(?:\.[a-z0-9-]+)+\b/g;
  return prose.split("\n").filter((line) => english.test(line.replace(ids, "")));
}

/** The room's reports that arrived since `from`, once `count` are there (they follow each hang-up). */
async function reportsSince(from: number, count: number): Promise<Report[]> {
  for (let i = 0; i < 100 && callerReports.length - from < count; i++)
    await new Promise((r) => setTimeout(r, 50));
  return callerReports.slice(from);
}

describe("vdm-test call against the room", () => {
  it("reports all nine functions and all six requirements, each decided by evidence; the room grades every call", async () => {
    const before = callerReports.length;
    let evidence: Evidence | undefined;
    const report = await runCall(
      {
        target,
        srtp: "optional",
        durationS: 3,
        video: VIDEO,
        localAddress: "127.0.0.1",
        onEvidence: (e) => {
          evidence = e;
        },
      },
      silent,
    );
    for (let n = 1; n <= 9; n++) {
      const c = fn(report, n);
      expect(c.serves).toEqual([`function-${n}`]);
      expect(c.status, `${c.id}: ${c.summary}`).toBe("pass");
      expect(Object.keys(c.evidence).length).toBeGreaterThan(0);
    }
    // Function 7: our markers came back through the echo alias, with a measured round trip.
    const echo = fn(report, 7).evidence as { markersFound: number; roundTripMs: { p50: number } };
    expect(echo.markersFound).toBeGreaterThanOrEqual(3);
    expect(echo.roundTripMs.p50).toBeGreaterThanOrEqual(0);
    expect(echo.roundTripMs.p50).toBeLessThan(500);
    // Function 8: the room hung up, called our Contact back, and we answered with audio flowing.
    const cb = fn(report, 8).evidence as {
      arrived: boolean;
      answered: boolean;
      audioPacketsReceived: number;
    };
    expect(cb).toMatchObject({ arrived: true, answered: true });
    expect(cb.audioPacketsReceived).toBeGreaterThan(0);

    // --lang sv: every verdict and step of the live report reads in Swedish.
    expect(englishInSwedish(report)).toEqual([]);

    // Every requirement is graded, and no pass rests on a check without evidence.
    expect(report.requirements!.map((r) => r.requirement)).toEqual(REQUIREMENTS);
    for (const r of report.requirements!) {
      expect(r.status, r.requirement).not.toBe("not-tested");
      expect(r.decidedBy.length, r.requirement).toBeGreaterThan(0);
      for (const id of r.decidedBy) {
        const c = byId(report.checks, id);
        if (c.status !== "pass") continue;
        expect(Object.keys(c.evidence).length + (c.lines?.length ?? 0), id).toBeGreaterThan(0);
      }
    }
    // What the live call measured: a keyframe after our PLI, SRTP on the wire, OPTIONS answered.
    expect(byId(report.checks, "h264.keyframe-on-request").status).toBe("pass");
    expect(byId(report.checks, "encryption.srtp-on-the-wire").status).toBe("pass");
    expect(byId(report.checks, "sip.options").status).toBe("pass");
    expect(byId(report.checks, "traversal.rport").status).toBe("pass");
    expect(byId(report.checks, "traversal.rport").evidence).toMatchObject({ weAskedRport: true });
    // SDES over UDP is a warning, so the run warns and does not fail.
    expect(byId(report.checks, "encryption.key-exchange").status).toBe("warn");
    expect(report.outcome).toBe("warn");

    // Removing the evidence a check relies on flips it (live evidence, graded again).
    const e = evidence!;
    const again = (x: Evidence, id: string) => byId(gradeAll(x), id).status;
    expect(again(e, "h264.media")).toBe("pass");
    expect(again({ ...e, media: { ...e.media, video: undefined } } as Evidence, "h264.media")).toBe(
      "not-tested",
    );
    expect(
      again({ ...e, media: { ...e.media, srtp: undefined } } as Evidence, "encryption.srtp-on-the-wire"),
    ).toBe("not-tested");
    expect(
      again({ ...e, transport: { ...e.transport, mediaSources: [] } } as Evidence, "traversal.symmetric-rtp"),
    ).toBe("not-tested");
    expect(again({ ...e, sip: e.sip!.filter((m) => m.role !== "options-response") }, "sip.options")).toBe(
      "not-tested",
    );

    // The room graded each of the four calls (main, echo, callback, presentation alias); the
    // alias calls run alongside the main call, so they may end first.
    const graded = await reportsSince(before, 4);
    expect(graded.map((r) => r.kind)).toEqual(["room-caller", "room-caller", "room-caller", "room-caller"]);
    const dialled = (who: string) =>
      graded.find((r) => r.facts["dialled"] === target.replace("testrum@", who))!;
    expect(graded.map((r) => String(r.facts["dialled"])).sort()).toEqual(
      [
        target,
        target.replace("testrum@", "echo@"),
        target.replace("testrum@", "callback@"),
        target.replace("testrum@", "presentation@"),
      ].sort(),
    );
    const main = dialled("testrum@");
    expect(englishInSwedish(main)).toEqual([]);
    expect(main.requirements!.map((r) => [r.requirement, r.status])).toEqual([
      ["H.264", "pass"],
      ["encryption", "warn"],
      ["URI", "warn"],
      ["H.460", "pass"],
      ["H.239", "pass"],
      ["SIP", "pass"],
    ]);
    expect(byId(main.checks, "h264.media").evidence).toMatchObject({ width: 640, height: 360 });
    expect(byId(dialled("callback@").checks, "function-8.others-can-call-you").status).toBe("pass");
  }, 60_000);

  it("--functions 1,2,7 runs only those (no callback, no presentation)", async () => {
    const before = callerReports.length;
    const report = await runCall(
      {
        target,
        srtp: "optional",
        durationS: 2,
        video: VIDEO,
        localAddress: "127.0.0.1",
        functions: new Set([1, 2, 7]),
      },
      silent,
    );
    const statuses = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((n) => fn(report, n).status);
    expect(statuses).toEqual([
      "pass",
      "pass",
      "not-tested",
      "not-tested",
      "not-tested",
      "not-tested",
      "pass",
      "not-tested",
      "not-tested",
    ]);
    expect(fn(report, 3).summary).toBe("not chosen with --functions");
    // Only the main call and the echo call reached the room.
    const graded = await reportsSince(before, 2);
    await new Promise((r) => setTimeout(r, 300));
    expect(callerReports.length - before).toBe(2);
    expect(
      graded.map((r) => String(r.facts["dialled"])).filter((d) => d.startsWith("sip:echo@")),
    ).toHaveLength(1);
  }, 40_000);

  it("a callee that does not answer the callback fails function 8, in its own report and in the room's", async () => {
    const before = callerReports.length;
    const report = await runCall(
      {
        target,
        srtp: "optional",
        durationS: 2,
        video: VIDEO,
        localAddress: "127.0.0.1",
        functions: new Set([8]),
        answerCallback: false,
        callbackWaitS: 3,
      },
      silent,
    );
    const ours = fn(report, 8);
    expect(ours.status).toBe("fail");
    expect(ours.evidence).toMatchObject({ arrived: true, answered: false });
    const graded = await reportsSince(before, 2);
    const cb = graded.find((r) => String(r.facts["dialled"]).startsWith("sip:callback@"))!;
    const roomSays = byId(cb.checks, "function-8.others-can-call-you");
    expect(roomSays.status).toBe("fail");
    // An endpoint that ignores the INVITE may still send 100 Trying (then the room knows it
    // arrived), or nothing at all over UDP (then the room can only say nothing answered).
    expect(roomSays.summary).toMatch(
      /^the (callback arrived but was not answered|room called back sip:vdm-test@127\.0\.0\.1:\d+;transport=udp but the INVITE got nowhere)/,
    );
    expect(report.outcome).toBe("fail");
  }, 40_000);
});
