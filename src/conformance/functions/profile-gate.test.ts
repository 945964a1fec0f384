import { describe, expect, it } from "vitest";
import type { Check, RequirementVerdict } from "../../report/model.js";
import { gate, parseRequired, unknownRequired } from "./profile-gate.js";

const req = (requirement: string, status: RequirementVerdict["status"]): RequirementVerdict => ({
  requirement,
  status,
  decidedBy: [],
  notTested: [],
});
const check = (id: string, serves: string[], status: Check["status"]): Check => ({
  id,
  title: id,
  serves,
  status,
  summary: "",
  evidence: {},
});

const requirements = [req("H.264", "pass"), req("encryption", "warn"), req("SIP", "pass")];
const checks = [
  check("encryption.key-exchange", ["encryption"], "warn"),
  check("function-7.others-hear-you", ["function-7"], "pass"),
  check("function-8.others-can-call-you", ["function-8"], "not-tested"),
];

describe("gate", () => {
  it("vdm: a warning is reported but does not fail; strict: it fails", () => {
    expect(gate({ checks, requirements, profile: "vdm", required: [] }).outcome).toBe("warn");
    const strict = gate({ checks, requirements, profile: "strict", required: [] });
    expect(strict.outcome).toBe("fail");
    expect(strict.reasons).toContain("profile strict: warnings fail");
  });

  it("a failed function fails the run; one not tested does not", () => {
    const bad = [...checks, check("function-1.others-see-you", ["function-1"], "fail")];
    expect(gate({ checks: bad, requirements, profile: "vdm", required: [] }).outcome).toBe("fail");
  });

  it("--require: warn or fail of a required item fails; not tested or missing is inconclusive", () => {
    const r = (required: string[]) => gate({ checks, requirements, profile: "vdm", required });
    expect(r(["function-7"]).outcome).toBe("warn");
    expect(r(["encryption"]).outcome).toBe("fail");
    expect(r(["encryption.key-exchange"]).outcome).toBe("fail");
    expect(r(["function-8"]).outcome).toBe("inconclusive");
    expect(r(["no.such-check"]).required).toEqual([{ id: "no.such-check", status: "missing" }]);
    expect(r(["no.such-check"]).outcome).toBe("inconclusive");
  });

  it("nothing graded is inconclusive", () => {
    expect(gate({ checks: [], requirements: [], profile: "vdm", required: [] }).outcome).toBe("inconclusive");
  });
});

describe("parseRequired", () => {
  it("splits and trims", () => {
    expect(parseRequired(" a, b ,,c")).toEqual(["a", "b", "c"]);
    expect(parseRequired(undefined)).toEqual([]);
  });

  it("names the items that are no requirement, function or check id", () => {
    expect(unknownRequired(["h.264", "SIP", "function-7", "encryption.srtp-on-the-wire"])).toEqual([]);
    expect(unknownRequired(["encrpytion", "function-10", "mirror.see-yourself", "mirror"])).toEqual([
      "encrpytion",
      "function-10",
      "mirror",
    ]);
  });
});
