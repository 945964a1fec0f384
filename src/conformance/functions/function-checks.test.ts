import { describe, expect, it } from "vitest";
import type { Check } from "../../report/model.js";
import {
  type CallbackEvidence,
  type EchoCallEvidence,
  FUNCTIONS,
  type FunctionNumber,
  type FunctionsInput,
  functionChecks,
  parseFunctions,
} from "./function-checks.js";

const ALL = new Set(FUNCTIONS);

function check(id: string, status: Check["status"], summary = "measured"): Check {
  return { id, title: id, serves: [], status, summary, evidence: { figure: 1 } };
}

const measured: Check[] = [
  check("mirror.see-yourself", "pass", "100% of our frames came back"),
  check("audio.hear-far-end", "pass", "music heard"),
  check("presentation.slides-replace-mirror", "pass"),
  check("presentation.receive-slides", "fail", "no packets arrived on the slides stream"),
];
const echo: EchoCallEvidence = {
  answered: true,
  codec: "opus",
  packetsSent: 175,
  packetsReceived: 170,
  markersFound: 6,
  roundTripMs: { p50: 4, max: 9 },
};
const callback: CallbackEvidence = {
  aliasAnswered: true,
  arrived: true,
  answered: true,
  arrivalMs: 12,
  audioPacketsReceived: 90,
};
const full: FunctionsInput = {
  selected: ALL,
  checks: measured,
  reach: { answered: true, target: "sip:testrum@127.0.0.1:5060", transport: "udp", local: "127.0.0.1:40000" },
  echo,
  callback,
};

function statusOf(input: FunctionsInput, n: FunctionNumber): Check["status"] {
  return functionChecks(input).find((c) => c.serves.includes(`function-${n}`))!.status;
}

describe("functionChecks", () => {
  it("gives one check per function, function-1 … function-9 in serves, each with evidence", () => {
    const checks = functionChecks(full);
    expect(checks.map((c) => c.serves)).toEqual(FUNCTIONS.map((n) => [`function-${n}`]));
    for (const c of checks) expect(Object.keys(c.evidence).length).toBeGreaterThan(0);
    expect(checks.map((c) => c.status)).toEqual([
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "pass",
      "fail",
    ]);
  });

  it("functions 1-4 and 9 follow the check that measured them, and are not tested without it", () => {
    expect(statusOf({ ...full, checks: [] }, 1)).toBe("not-tested");
    expect(statusOf({ ...full, checks: [check("mirror.see-yourself", "fail")] }, 2)).toBe("fail");
    expect(statusOf({ ...full, checks: [check("audio.hear-far-end", "warn")] }, 4)).toBe("warn");
  });

  it("functions not chosen or not supported are not tested, with the reason", () => {
    const c = functionChecks({ ...full, selected: new Set([1, 2, 7]) });
    expect(c.filter((x) => x.status !== "not-tested").map((x) => x.serves[0])).toEqual([
      "function-1",
      "function-2",
      "function-7",
    ]);
    expect(c[2]!.summary).toBe("not chosen with --functions");
    const foreign = functionChecks({
      ...full,
      unsupported: new Map([[7, { en: "not a vdm-test room", sv: "inte ett vdm-test-rum" }]]),
    });
    expect(foreign[6]!.status).toBe("not-tested");
    expect(foreign[6]!.summary).toBe("not a vdm-test room");
    expect(foreign[6]!.text?.sv.summary).toBe("inte ett vdm-test-rum");
  });

  it("function 7 passes only when our markers came back with a round trip", () => {
    expect(statusOf(full, 7)).toBe("pass");
    expect(statusOf({ ...full, echo: { ...echo, markersFound: 2 } }, 7)).toBe("fail");
    expect(statusOf({ ...full, echo: { ...echo, roundTripMs: undefined } as EchoCallEvidence }, 7)).toBe(
      "fail",
    );
    expect(statusOf({ ...full, echo: { ...echo, packetsSent: 0 } }, 7)).toBe("fail");
    expect(statusOf({ ...full, echo: { ...echo, answered: false } }, 7)).toBe("inconclusive");
    expect(statusOf({ ...full, echo: undefined } as FunctionsInput, 7)).toBe("not-tested");
  });

  it("function 8 fails when the callback does not arrive or is not answered", () => {
    expect(statusOf({ ...full, callback: { ...callback, arrived: false, answered: false } }, 8)).toBe("fail");
    expect(statusOf({ ...full, callback: { ...callback, answered: false } }, 8)).toBe("fail");
    expect(statusOf({ ...full, callback: { ...callback, audioPacketsReceived: 0 } }, 8)).toBe("warn");
    expect(statusOf({ ...full, callback: { ...callback, aliasAnswered: false } }, 8)).toBe("inconclusive");
  });

  it("functions 5 and 6 record the path and never claim which network it crossed", () => {
    const [five, six] = functionChecks(full).slice(4, 6);
    expect(five!.summary).toMatch(/127\.0\.0\.1:40000 over UDP .*whether this path is Sjunet is not known/);
    expect(six!.summary).toMatch(/whether this path crossed the Internet is not known/);
    expect(statusOf({ ...full, reach: { ...full.reach!, answered: false, failure: "503" } }, 5)).toBe("fail");
    const nat = functionChecks({
      ...full,
      reach: { ...full.reach!, natSeen: true, seenAs: "192.0.2.7:5060" },
    });
    expect(nat[4]!.summary).toMatch(/NAT seen \(the room saw us as 192\.0\.2\.7:5060\)/);
  });
});

describe("parseFunctions", () => {
  it.each([
    [undefined, [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ["all", [1, 2, 3, 4, 5, 6, 7, 8, 9]],
    ["1,2,7", [1, 2, 7]],
    [" 9 , 3 ", [9, 3]],
  ])("%s", (text, want) => {
    const r = parseFunctions(text);
    expect(r.ok && [...r.selected]).toEqual(want);
  });
  it.each([["0"], ["10"], ["1,x"], [","], ["2.5"]])("rejects %j", (text) => {
    expect(parseFunctions(text).ok).toBe(false);
  });
});
