import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../test/support/corpora.js";
import type { Check } from "../report/model.js";
import { gradeAll } from "./grade-all.js";
import { requirementsOutcome, requirementVerdicts } from "./requirements.js";
import { readSavedMessages } from "./saved-messages.js";
import { staticCheckReport } from "./static-report.js";

const SAMPLES = corpus("sip-samples");
const FIXTURES = join(import.meta.dirname, "../../fixtures/sip");
const read = (dir: string, f: string) => readFileSync(join(dir, f), "latin1");
const files = readdirSync(SAMPLES).filter((f) => f !== "INDEX.tsv");

describe("readSavedMessages: what a saved file holds", () => {
  it("reads an INVITE as the endpoint's offer and a 200 OK as its answer", () => {
    const invite = readSavedMessages(read(SAMPLES, "cisco-c20-tc3-bfcp-invite-01.sip"));
    const ok = readSavedMessages(read(SAMPLES, "polycom-hdx8000-200ok-01.sip"));
    expect(invite.ok && invite.evidence.sdp?.map((s) => [s.role, s.origin])).toEqual([["offer", "invite"]]);
    expect(ok.ok && ok.evidence.sip?.[0]?.role).toBe("invite-response");
    expect(ok.ok && ok.evidence.sdp?.map((s) => s.role)).toEqual(["answer"]);
  });

  it("reads several messages in one file (LF line ends too) and grades them together", () => {
    const text =
      `${read(FIXTURES, "rfc3665-3.1-f1-invite.sip")}\n\n${read(FIXTURES, "rfc3261-11.2-options-200.sip")}`.replace(
        /\r\n/g,
        "\n",
      );
    const r = readSavedMessages(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.items).toEqual([
      "INVITE sip:bob@biloxi.example.com SIP/2.0 (SDP offer)",
      "SIP/2.0 200 OK (no SDP)",
    ]);
    const checks = gradeAll(r.evidence);
    expect(checks.find((c) => c.id === "sip.options")?.status).toBe("pass");
    expect(checks.find((c) => c.id === "uri.identity")?.status).toBe("pass");
  });

  it("a bare SDP is graded as an offer with the SIP checks not tested", () => {
    const r = readSavedMessages(read(SAMPLES, "polycom-hdx8000-tcpbfcp-sdp-offer-01.sdp"));
    expect(r.ok && r.items).toEqual(["bare SDP"]);
    expect(r.ok && r.evidence.unavailable?.find((u) => u.part === "sip")?.reason.en).toContain("SDP only");
  });

  it("sets header lines that are no header field aside and says so", () => {
    const text =
      "INVITE sip:a@example.com SIP/2.0\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1;rport\r\nthis is not a header\r\nFrom: <sip:b@example.com>;tag=1\r\nCSeq: 1 INVITE\r\n\r\n";
    const r = readSavedMessages(text);
    if (!r.ok) throw new Error(r.reason);
    expect(r.evidence.sip?.[0]?.skippedLines).toEqual(["this is not a header"]);
    expect(r.notes.join()).toContain("skipped header line");
  });

  it.each([
    ["empty", ""],
    ["plain text", "hello\nworld\n"],
    ["binary", "\u0000\u0001\u0002PK\u0003\u0004"],
    ["HTTP", "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n<html>"],
  ])("%s input is unreadable with one reason", (_what, text) => {
    const r = readSavedMessages(text);
    expect(r.ok).toBe(false);
    expect(!r.ok && r.reason).toMatch(/neither a SIP message/);
  });
});

describe("never crashes on messy input", () => {
  const sample = fc.constantFrom(...files.map((f) => read(SAMPLES, f)));

  it("grades every truncation of every corpus file without throwing", () => {
    for (const f of files) {
      const text = read(SAMPLES, f);
      for (let cut = 0; cut < text.length; cut += 97) {
        const r = readSavedMessages(text.slice(0, cut));
        if (r.ok) requirementVerdicts(gradeAll(r.evidence));
      }
    }
  });

  it("grades corpus files with lines deleted, duplicated or garbled (fast-check)", () => {
    fc.assert(
      fc.property(
        sample,
        fc.array(fc.tuple(fc.nat(), fc.constantFrom("delete", "duplicate", "garble", "truncate")), {
          maxLength: 6,
        }),
        fc.string({ maxLength: 12 }),
        (text, edits, junk) => {
          const lines = text.split("\r\n");
          for (const [n, op] of edits) {
            const i = n % Math.max(1, lines.length);
            if (op === "delete") lines.splice(i, 1);
            else if (op === "duplicate") lines.splice(i, 0, lines[i] ?? "");
            else if (op === "garble") lines[i] = `${(lines[i] ?? "").slice(0, n % 7)}${junk}`;
            else lines[i] = (lines[i] ?? "").slice(0, n % 11);
          }
          const r = readSavedMessages(lines.join("\r\n"));
          if (r.ok) {
            const checks = gradeAll(r.evidence);
            expect(checks.length).toBeGreaterThan(0);
            requirementsOutcome(requirementVerdicts(checks));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("grades arbitrary text without throwing (fast-check)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), fc.boolean(), (s, asSip) => {
        const text = asSip ? `INVITE sip:x@y SIP/2.0\r\n${s}\r\n\r\nv=0\r\n${s}` : s;
        const r = readSavedMessages(text);
        if (r.ok) gradeAll(r.evidence);
      }),
      { numRuns: 300 },
    );
  });
});

describe("requirement roll-up", () => {
  const c = (status: Check["status"], serves = ["H.264"]): Check => ({
    id: `x.${status}`,
    title: status,
    serves,
    status,
    summary: status,
    evidence: {},
  });
  const h264 = (checks: Check[]) => requirementVerdicts(checks).find((v) => v.requirement === "H.264")!;

  it.each([
    [["pass", "fail", "warn"], "fail"],
    [["pass", "inconclusive"], "inconclusive"],
    [["pass", "warn", "not-tested"], "warn"],
    [["pass", "not-tested"], "pass"],
    [["not-tested", "not-tested"], "not-tested"],
    [[], "not-tested"],
  ] as const)("%j -> %s", (statuses, want) => {
    const v = h264(statuses.map((s) => c(s)));
    expect(v.status).toBe(want);
    expect(v.notTested.length).toBe(statuses.filter((s) => s === "not-tested").length);
  });

  it("the H.460 verdict says what was graded instead of H.460.18/19", () => {
    const v = requirementVerdicts([]).find((x) => x.requirement === "H.460")!;
    expect(v.note?.en.summary).toMatch(/H\.460\.18\/19 is the H\.323 .*rport \(RFC 3581\)/);
    expect(v.note?.sv.summary).toContain("H.323");
  });

  it("outcome: a failing requirement fails; none graded is inconclusive", () => {
    const verdicts = (s: Check["status"][]) =>
      s.map((status, i) => ({ requirement: String(i), status, decidedBy: [], notTested: [] }));
    expect(requirementsOutcome(verdicts(["pass", "fail"]))).toBe("fail");
    expect(requirementsOutcome(verdicts(["not-tested", "inconclusive"]))).toBe("inconclusive");
    expect(requirementsOutcome(verdicts(["pass", "not-tested"]))).toBe("pass");
    expect(requirementsOutcome(verdicts(["pass", "warn"]))).toBe("warn");
  });
});

describe("staticCheckReport", () => {
  it("builds a check report with requirements, SIP records and the items read", () => {
    const r = staticCheckReport(
      "x.sip",
      read(SAMPLES, "polycom-vsx7000-200ok-01.sip"),
      new Date(0).toISOString(),
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.report.kind).toBe("check");
    expect(r.report.outcome).toBe("fail");
    expect(r.report.requirements?.map((v) => v.requirement)).toEqual([
      "H.264",
      "encryption",
      "URI",
      "H.460",
      "H.239",
      "SIP",
    ]);
    expect(r.report.sip).toEqual([
      { atMs: 0, direction: "received", transport: "tcp", remote: "", firstLine: "SIP/2.0 200 OK" },
    ]);
  });

  it("an unreadable SDP leaves nothing graded: inconclusive", () => {
    const r = staticCheckReport(
      "bad.sdp",
      "v=0\r\nm=audio 99999999 RTP/AVP 0\r\n",
      new Date(0).toISOString(),
    );
    expect(r.ok && r.report.outcome).toBe("inconclusive");
  });
});
