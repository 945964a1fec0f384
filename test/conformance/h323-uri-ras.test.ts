import { describe, expect, it } from "vitest";
import { h323AliasCheck } from "../../src/conformance/h323-alias-check.js";
import type { H323WireMessage } from "../../src/conformance/h323-evidence.js";
import { readRasEvidence } from "../../src/conformance/h323-ras-evidence.js";
import { h323UriReachCheck } from "../../src/conformance/h323-uri-reach-check.js";
import { readH323Evidence } from "../../src/conformance/h323-wire.js";
import { encodeRas, type RasMessage } from "../../src/protocol/ras/ras-message.js";
import { loadGoldenPdus } from "../support/asn1-pdus.js";
import { captureWire } from "../support/h323/capture-wire.js";

// The URI requirement of H.323 graded from RAS and Q.931: the aliases an endpoint registered
// (RRQ terminalAlias) count as those in Setup/Connect, and "reachable as user@domain" is a
// call dialled by url-ID through a gatekeeper, admitted (ACF) and answered (Connect). The RAS
// messages are real ones from the GnuGk capture (ooh323c and H323Plus registering and calling).

const golden = loadGoldenPdus().filter((p) => p.type === "RasMessage" && p.capture === "c-gk-routed");
const frame = (n: number) => golden.find((p) => p.frame === n)!.bytes;

const ras = (direction: "sent" | "received", bytes: Uint8Array): H323WireMessage => ({
  atMs: 0,
  direction,
  channel: "ras",
  name: "",
  summary: "",
  bytes,
  local: { host: "127.0.0.5", port: 38013 },
  remote: { host: "127.0.0.4", port: 1719 },
});

/** A direct call answered with Connect (capture b), as the endpoint's call signalling. */
const answeredCall = () => captureWire("b-direct-separate-h245.pcapng", "127.0.0.3", "127.0.0.2");
const evidence = (records: H323WireMessage[]) =>
  readH323Evidence({ endpointRole: "callee", mode: "separate", messages: records });

describe("RAS evidence of a call (H.225.0 RAS read again from the datagrams)", () => {
  it("our ARQ by url-ID and GnuGk's ACF: dialled, admitted, both lines kept", () => {
    const r = readRasEvidence([ras("sent", frame(83)), ras("received", frame(84))]);
    expect(r?.admission).toEqual({
      dialled: [{ kind: "url-ID", value: "h323:alice@example.com" }],
      admitted: true,
      lines: [
        "ARQ #33144 to url-ID h323:alice@example.com, call reference 4043, bandwidth 100000",
        "ACF #33144 call signalling 127.0.0.4:1720, gatekeeperRouted, bandwidth 100000",
      ],
    });
  });

  it("an endpoint's RRQ received by a gatekeeper of ours: its registered aliases", () => {
    const r = readRasEvidence([ras("received", frame(3))]);
    expect(r?.registered).toEqual({
      aliases: [{ kind: "h323-ID", value: "alice" }],
      line: "RRQ #2 aliases h323-ID alice, call signalling 127.0.0.2:1720, timeToLive 300 s",
    });
  });

  it("an answer to another request, a keep-alive RRQ and garbage change nothing", () => {
    expect(
      readRasEvidence([ras("received", frame(84)), ras("received", Uint8Array.of(0xff))]),
    ).toBeUndefined();
    const r = readRasEvidence([ras("sent", frame(83)), ras("received", frame(10))]);
    expect(r?.admission?.admitted).toBe(false);
  });
});

describe("uri.resolution over H.323: reachable as user@domain through a gatekeeper", () => {
  it("passes: url-ID dialled, ACF, Connect; the ARQ, ACF and Connect are the evidence (sv and en)", () => {
    const c = h323UriReachCheck(
      evidence([ras("sent", frame(83)), ras("received", frame(84)), ...answeredCall()]),
    );
    expect(c.status).toBe("pass");
    expect(c.summary).toBe(
      "reached as url-ID h323:alice@example.com: the gatekeeper admitted it (ACF) and the endpoint answered (Connect)",
    );
    expect(c.text?.sv.summary).toMatch(/^nåddes som url-ID h323:alice@example\.com: gatekeepern godkände/);
    expect(c.lines).toEqual([
      "ARQ #33144 to url-ID h323:alice@example.com, call reference 4043, bandwidth 100000",
      "ACF #33144 call signalling 127.0.0.4:1720, gatekeeperRouted, bandwidth 100000",
      "Connect from the endpoint",
    ]);
  });

  it("warns when dialled by h323-ID (c-gk-routed frame 9: ARQ to h323-ID alice)", () => {
    const c = h323UriReachCheck(
      evidence([ras("sent", frame(9)), ras("received", frame(10)), ...answeredCall()]),
    );
    expect(c.status).toBe("warn");
    expect(c.summary).toBe("reached by alias (h323-ID alice), not by URI");
  });

  it("fails on ARJ, naming the reason", () => {
    const arj: RasMessage = {
      choice: "admissionReject",
      value: { requestSeqNum: 33144, rejectReason: { choice: "calledPartyNotRegistered", value: null } },
    };
    const c = h323UriReachCheck(evidence([ras("sent", frame(83)), ras("received", encodeRas(arj))]));
    expect(c.status).toBe("fail");
    expect(c.summary).toBe(
      "not reached as url-ID h323:alice@example.com: the gatekeeper refused it (ARJ calledPartyNotRegistered)",
    );
    expect(c.text?.sv.advice).toMatch(/Registrera utrustningen/);
  });

  it("not tested on a direct call, saying how to test it", () => {
    const c = h323UriReachCheck(evidence(answeredCall()));
    expect(c.status).toBe("not-tested");
    expect(c.summary).toMatch(/--gatekeeper/);
  });
});

describe("uri.identity over H.323: registered aliases count", () => {
  const rrq = (aliases: { choice: "h323-ID" | "url-ID"; value: string }[]): RasMessage => ({
    choice: "registrationRequest",
    value: {
      requestSeqNum: 7,
      protocolIdentifier: "0.0.8.2250.0.4",
      discoveryComplete: true,
      callSignalAddress: [],
      rasAddress: [],
      terminalType: { mc: false, undefinedNode: false },
      terminalAlias: aliases,
      endpointVendor: { vendor: { t35CountryCode: 0, t35Extension: 0, manufacturerCode: 0 } },
    },
  });

  it("passes on a url-ID the endpoint registered though its Connect named only an h323-ID, quoting the RRQ", () => {
    const records = [
      ras(
        "received",
        encodeRas(
          rrq([
            { choice: "h323-ID", value: "callee" },
            { choice: "url-ID", value: "h323:callee@example.se" },
          ]),
        ),
      ),
      ...answeredCall(),
    ];
    const c = h323AliasCheck(evidence(records));
    expect(c.status).toBe("pass");
    expect(c.summary).toBe(
      "the endpoint is dialable as a URI: url-ID h323:callee@example.se (RRQ terminalAlias)",
    );
    expect(
      c.lines?.some((l) => l.startsWith("RRQ #7 aliases h323-ID callee, url-ID h323:callee@example.se")),
    ).toBe(true);
    expect(c.evidence["registered"]).toEqual(["h323-ID callee", "url-ID h323:callee@example.se"]);
  });

  it("still fails when neither the call nor the registration has a URI", () => {
    const c = h323AliasCheck(
      evidence([
        ras("received", encodeRas(rrq([{ choice: "h323-ID", value: "callee" }]))),
        ...answeredCall(),
      ]),
    );
    expect(c.status).toBe("fail");
  });
});
