import { describe, expect, it } from "vitest";
import {
  GatekeeperHarness,
  gatekeeperConfig,
  h323Id,
  rrq,
} from "../../../../test/support/ras/gatekeeper-harness.js";
import { registrationEvidence } from "../../../conformance/h323-registration-evidence.js";
import { FILE_FORMATS, reportFiles } from "../../../report/render-files.js";
import { renderText } from "../../../report/render-text.js";
import { validateReport } from "../../../report/validate-report.js";
import { registrationReport } from "./registration-report.js";

// A registration with the room's gatekeeper as its report: made from what the gatekeeper kept,
// valid against the report schema, and rendered by every renderer.

const EP = { host: "127.0.0.2", port: 1719 };
const GK = { host: "127.0.0.5", port: 1719 };

function registeredThenEnded(keepAlive: boolean) {
  const h = new GatekeeperHarness(gatekeeperConfig({ minTtlS: 10, graceMs: 1000 }));
  const x = h.send(
    rrq({
      aliases: [h323Id("alice"), { choice: "url-ID", value: "h323:alice@example.se" }],
      ttl: 10,
      featureSet: {
        replacementFeatureSet: false,
        supportedFeatures: [{ id: { choice: "standard", value: 18 } }],
        desiredFeatures: [{ id: { choice: "standard", value: 19 } }],
      },
    }),
    EP,
  );
  if (x.answer?.choice !== "registrationConfirm") throw new Error("no RCF");
  const id = x.answer.value.endpointIdentifier;
  const r = h.gk.registeredEndpoint({ h323Id: "alice" })!;
  if (keepAlive) {
    for (let i = 0; i < 3; i++) {
      h.now += 8000;
      h.send(rrq({ keepAlive: true, endpointIdentifier: id, seq: 2 + i }), EP);
    }
    h.now += 1000;
    h.send(
      {
        choice: "unregistrationRequest",
        value: { requestSeqNum: 9, callSignalAddress: [], endpointIdentifier: id },
      },
      EP,
    );
  } else {
    h.advance(12_000);
  }
  return registrationReport(registrationEvidence(r), GK);
}

describe("the registration report", () => {
  it("kept alive and unregistered: URI and keep-alive pass, H.460 declared, RAS in the ladder", () => {
    const report = registeredThenEnded(true);
    expect(report.kind).toBe("room-registration");
    expect(report.target).toBe("h323:alice@example.se");
    expect(report.durationMs).toBe(25_000);
    expect(report.checks.map((c) => [c.id, c.status])).toEqual([
      ["uri.identity", "pass"],
      ["ras.keep-alive", "pass"],
      // it declared H.460.18, but the room's gatekeeper does not confirm it (yet): not tested
      ["traversal.h460-18", "not-tested"],
    ]);
    expect(report.checks.at(-1)?.summary).toMatch(
      /advertised H\.460\.18 \(supported\), but the gatekeeper did not confirm/,
    );
    expect(report.outcome).toBe("pass");
    expect(report.requirements?.map((r) => r.requirement)).toEqual(["URI", "H.460"]);
    expect(report.facts["h460Declared"]).toEqual({
      needed: [],
      desired: ["H.460.19"],
      supported: ["H.460.18"],
      genericData: [],
    });
    expect(report.facts["ended"]).toBe("unregistered");
    expect(report.sip.map((l) => l.firstLine.split(":")[0])).toEqual([
      "RRQ",
      "RCF",
      "RRQ",
      "RCF",
      "RRQ",
      "RCF",
      "RRQ",
      "RCF",
      "URQ",
      "UCF",
    ]);
    expect(report.sip.every((l) => l.protocol === "ras" && l.transport === "udp")).toBe(true);
    expect(report.steps.map((s) => s.name)).toEqual([
      "registered",
      "keep-alive",
      "keep-alive",
      "keep-alive",
      "unregistered",
    ]);
  });

  it("never kept alive: expired, keep-alive fails, the outcome fails", () => {
    const report = registeredThenEnded(false);
    expect(report.facts["ended"]).toBe("expired");
    expect(report.checks.find((c) => c.id === "ras.keep-alive")?.status).toBe("fail");
    expect(report.outcome).toBe("fail");
  });

  it("is valid against the report schema and renders in every format and both languages", () => {
    for (const report of [registeredThenEnded(true), registeredThenEnded(false)]) {
      expect(validateReport(JSON.parse(JSON.stringify(report)))).toEqual([]);
      expect(renderText(report)).toMatch(
        /registration with the test room's gatekeeper from h323:alice@example\.se/,
      );
      for (const lang of ["en", "sv"] as const) {
        const files = reportFiles(report, FILE_FORMATS, lang);
        expect(files.length).toBeGreaterThanOrEqual(FILE_FORMATS.length);
        expect(files.every((f) => f.data.length > 0)).toBe(true);
        const md = files.find((f) => f.name.endsWith(".md"))?.data;
        expect(String(md)).toMatch(
          lang === "en"
            ? /ras.keep-alive|Registration kept alive/
            : /Registreringen hålls vid liv|ras.keep-alive/,
        );
      }
    }
  });
});
