import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import type { H225 } from "../asn1/index.js";
import { decodeRas, type RasMessage } from "./ras-message.js";
import { ANSWERS, rasAbbreviation, rasName, rejectReason, requestSeqNum } from "./ras-names.js";
import { rasSummary } from "./ras-summary.js";
import {
  aliasLabel,
  callSignalAddressOf,
  destinationAliases,
  endpointAliases,
  endpointAliasSet,
  rasAddressOf,
} from "./ras-views.js";

const golden = loadGoldenPdus().filter((p) => p.type === "RasMessage");
const frame = (capture: string, n: number) =>
  decodeRas(golden.find((p) => p.capture === capture && p.frame === n)!.bytes);

describe("RAS names (H.225.0 §7.6 RasMessage)", () => {
  it("abbreviates every request, confirm and reject as the Recommendation does", () => {
    expect(rasAbbreviation("gatekeeperRequest")).toBe("GRQ");
    expect(rasAbbreviation("registrationReject")).toBe("RRJ");
    expect(rasAbbreviation("requestInProgress")).toBe("RIP");
    expect(rasName({ choice: "$unknown", value: { index: 40, encoding: new Uint8Array(0) } })).toBe(
      "Unknown",
    );
  });

  it("pairs each answer with its request", () => {
    expect(ANSWERS.gatekeeperReject).toBe("gatekeeperRequest");
    expect(ANSWERS.admissionConfirm).toBe("admissionRequest");
    expect(ANSWERS.infoRequestResponse).toBe("infoRequest");
    expect(ANSWERS.gatekeeperRequest).toBeUndefined();
  });

  it("reads requestSeqNum, and the reject reason of GRJ/RRJ/ARJ", () => {
    expect(requestSeqNum(frame("c-gk-routed", 83))).toBe(33144);
    expect(requestSeqNum({ choice: "admissionConfirmSequence", value: [] })).toBeUndefined();
    const arj: RasMessage = {
      choice: "admissionReject",
      value: { requestSeqNum: 9, rejectReason: { choice: "calledPartyNotRegistered", value: null } },
    };
    expect(rejectReason(arj)).toBe("calledPartyNotRegistered");
    expect(rasSummary(arj)).toBe("#9 reason calledPartyNotRegistered");
    expect(rejectReason(frame("c-gk-routed", 2))).toBeUndefined();
  });
});

describe("RAS one-line summaries of the GnuGk captures", () => {
  it.each([
    ["c-gk-routed", 1, "GRQ", "#1 aliases h323-ID alice, RAS 127.0.0.2:13030"],
    ["c-gk-routed", 2, "GCF", "#1 gatekeeper TestGK, RAS 127.0.0.4:1719"],
    ["c-gk-routed", 3, "RRQ", "#2 aliases h323-ID alice, call signalling 127.0.0.2:1720, timeToLive 300 s"],
    ["c-gk-routed", 4, "RCF", "#2 endpoint 762288559_endp, aliases h323-ID alice, timeToLive 300 s"],
    [
      "c-gk-routed",
      83,
      "ARQ",
      "#33144 to url-ID h323:alice@example.com, call reference 4043, bandwidth 100000",
    ],
    ["c-gk-routed", 84, "ACF", "#33144 call signalling 127.0.0.4:1720, gatekeeperRouted, bandwidth 100000"],
    ["c-gk-routed", 68, "DRQ", "#4 reason normalDrop, call reference 30"],
    ["c-gk-routed", 77, "URQ", "#5 endpoint 3875525784_endp"],
    [
      "d-h46018",
      3,
      "RRQ",
      "#62953 aliases h323-ID dave, call signalling 127.0.0.6:1720, timeToLive 60 s, features 18, 23",
    ],
    ["d-h46018", 2236, "RRQ", "#62955 keepAlive, endpoint 701371295_endp, timeToLive 60 s"],
  ] as const)("%s frame %i: %s %s", (capture, n, name, summary) => {
    const m = frame(capture, n);
    expect(rasName(m)).toBe(name);
    expect(rasSummary(m)).toBe(summary);
  });

  it("sums up a RequestInProgress by its delay", () => {
    expect(rasSummary({ choice: "requestInProgress", value: { requestSeqNum: 3, delay: 5000 } })).toBe(
      "#3 delay 5000 ms",
    );
  });
});

describe("RAS views: aliases and transport addresses", () => {
  it("reads the endpoint's aliases, RAS and call signalling addresses of an RRQ", () => {
    const rrq = frame("c-gk-routed", 3);
    expect(endpointAliasSet(rrq)).toEqual({ h323Id: "alice" });
    expect(rasAddressOf(rrq)).toEqual({ host: "127.0.0.2", port: 13030 });
    expect(callSignalAddressOf(rrq)).toEqual({ host: "127.0.0.2", port: 1720 });
  });

  it("reads the destination of an ARQ by URI and where the ACF sends the call", () => {
    expect(destinationAliases(frame("c-gk-routed", 83))).toEqual([
      { choice: "url-ID", value: "h323:alice@example.com" },
    ]);
    expect(callSignalAddressOf(frame("c-gk-routed", 84))).toEqual({ host: "127.0.0.4", port: 1720 });
    expect(endpointAliases(frame("c-gk-routed", 84))).toEqual([]);
  });

  it("labels aliases by kind, a transportID by its address", () => {
    const t: H225.AliasAddress = {
      choice: "transportID",
      value: { choice: "ipAddress", value: { ip: Uint8Array.of(10, 0, 0, 1), port: 1720 } },
    };
    expect(aliasLabel(t)).toBe("transportID 10.0.0.1:1720");
    expect(aliasLabel({ choice: "email-ID", value: "a@b.se" })).toBe("email-ID a@b.se");
    expect(aliasLabel({ choice: "dialedDigits", value: "4660" })).toBe("dialedDigits 4660");
  });
});
