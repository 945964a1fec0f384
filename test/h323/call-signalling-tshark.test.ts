import { describe, expect, it } from "vitest";
import { type H225, multimediaSystemControlMessage } from "../../src/protocol/asn1/index.js";
import { H225CalleeMachine } from "../../src/protocol/h225/callee-call.js";
import { H225CallerMachine } from "../../src/protocol/h225/caller-call.js";
import { fastStartProposals } from "../../src/protocol/h245/fast-start.js";
import { CallLink } from "../support/h323/call-link.js";
import { haveTshark, linkCapture, tsharkFields } from "../support/h323/link-capture.js";
import { linkRecords } from "../support/h323/link-records.js";
import { sentMessageProblems, tsharkMessageLog } from "../support/h323/message-log-tshark.js";

// Everything our H.225.0 machines send, written to a pcapng and read by tshark (Wireshark's
// H.225.0, Q.931 and H.245 dissectors): no frame may be malformed, and tshark must name the
// messages we meant.

const ENDPOINT: H225.EndpointType = {
  vendor: { vendor: { t35CountryCode: 165, t35Extension: 0, manufacturerCode: 0 } },
  terminal: {},
  mc: false,
  undefinedNode: false,
};
const ip = (last: number, port: number): H225.TransportAddress => ({
  choice: "ipAddress",
  value: { ip: Uint8Array.of(127, 0, 0, last), port },
});
const guid = (n: number) => Uint8Array.from({ length: 16 }, (_, i) => (n + i * 7) & 0xff);

// Real H.245 to tunnel: master-slave determination and a capability set acknowledgement.
const MSD = multimediaSystemControlMessage.encode({
  choice: "request",
  value: {
    choice: "masterSlaveDetermination",
    value: { terminalType: 60, statusDeterminationNumber: 12345 },
  },
});
const TCS_ACK = multimediaSystemControlMessage.encode({
  choice: "response",
  value: { choice: "terminalCapabilitySetAck", value: { sequenceNumber: 1 } },
});

/** H323-UU-PDU h323-message-body alternatives in ASN.1 order: tshark prints their index. */
const BODY = [
  "setup",
  "callProceeding",
  "connect",
  "alerting",
  "information",
  "releaseComplete",
  "facility",
  "progress",
  "empty",
  "status",
  "statusInquiry",
  "setupAcknowledge",
  "notify",
];

function calls(): CallLink[] {
  const links: CallLink[] = [];
  // 1: tunnelled H.245, fast start refused, normal release from the caller.
  {
    const caller = new H225CallerMachine({
      callReference: 1,
      callIdentifier: guid(1),
      conferenceId: guid(2),
      endpoint: ENDPOINT,
      sourceAddress: [{ choice: "h323-ID", value: "vdm-test" }],
      destinationAddress: [{ choice: "url-ID", value: "h323:testrum@127.0.0.21" }],
      display: "vdm-test",
      h245Tunneling: true,
      fastStart: fastStartProposals([
        {
          sessionID: 1,
          dataType: { choice: "audioData", value: { choice: "g711Ulaw64k", value: 20 } },
          rtp: {
            choice: "unicastAddress",
            value: {
              choice: "iPAddress",
              value: { network: Uint8Array.of(127, 0, 0, 20), tsapIdentifier: 5000 },
            },
          },
          rtcp: {
            choice: "unicastAddress",
            value: {
              choice: "iPAddress",
              value: { network: Uint8Array.of(127, 0, 0, 20), tsapIdentifier: 5001 },
            },
          },
          channelNumber: 1,
        },
      ]),
    });
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true, display: "Testrum" });
    const link = new CallLink(caller, callee);
    caller.start(0, { h245Control: [MSD] });
    link.pump(0);
    callee.proceed(1);
    callee.alert(2);
    callee.connect(3, { h245Control: [TCS_ACK] });
    link.pump(3);
    caller.sendH245(4, [TCS_ACK]);
    link.pump(4);
    caller.hangUp(5);
    link.pump(5);
    links.push(link);
  }
  // 2: separate H.245 (h245Address in Connect), released by the callee with a reason.
  {
    const caller = new H225CallerMachine({
      callReference: 2,
      callIdentifier: guid(3),
      conferenceId: guid(4),
      endpoint: ENDPOINT,
      destinationAddress: [{ choice: "dialedDigits", value: "4681234" }],
      h245Tunneling: false,
    });
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: false });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.pump(0);
    callee.connect(1, { h245Address: ip(21, 30000) });
    link.pump(1);
    callee.reject(2, { reason: "undefinedReason" });
    link.pump(2);
    links.push(link);
  }
  // 3: unanswered: T303 expires, the caller releases with cause 102 after the callee's Status.
  {
    const caller = new H225CallerMachine({
      callReference: 3,
      callIdentifier: guid(5),
      conferenceId: guid(6),
      endpoint: ENDPOINT,
      h245Tunneling: true,
    });
    const callee = new H225CalleeMachine(0, {
      endpoint: ENDPOINT,
      h245Tunneling: true,
      timers: { answerWait: 1e9 },
    });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.runUntil(0, 5000);
    links.push(link);
  }
  return links;
}

describe.skipIf(!haveTshark)("H.225.0 machines' messages in tshark", () => {
  const links = calls();
  const capture = linkCapture(
    links.map((l) => l.log),
    { host: "127.0.0.20", port: 40000 },
    { host: "127.0.0.21", port: 1720 },
  );

  it("has no malformed frame", () => {
    expect(tsharkFields(capture, "_ws.malformed || _ws.expert.severity >= error", ["frame.number"])).toEqual(
      [],
    );
  });

  it("would see a malformed frame: the same capture with one Setup's PER cut short is flagged", () => {
    const broken = calls();
    const setup = broken[0]!.log.find((r) => r.transmit?.message === "setup")!.transmit!;
    // Keep the TPKT and Q.931 lengths consistent, but end the User-user PER 12 octets early.
    const bytes = setup.bytes.slice(0, setup.bytes.length - 12);
    bytes[2] = bytes.length >> 8;
    bytes[3] = bytes.length & 0xff;
    const uuAt = bytes.indexOf(0x7e, 5);
    const uuLength = ((bytes[uuAt + 1]! << 8) | bytes[uuAt + 2]!) - 12;
    bytes[uuAt + 1] = uuLength >> 8;
    bytes[uuAt + 2] = uuLength & 0xff;
    const log = broken[0]!.log.map((r) =>
      r.transmit === setup ? { ...r, transmit: { ...setup, bytes } } : r,
    );
    const capture2 = linkCapture(
      [log],
      { host: "127.0.0.20", port: 40000 },
      { host: "127.0.0.21", port: 1720 },
    );
    expect(tsharkFields(capture2, "_ws.malformed", ["frame.number"]).length).toBeGreaterThan(0);
  });

  it("names every Q.931 message and H.225.0 body we sent, in order", () => {
    const rows = tsharkFields(capture, "q931", ["q931.message_type", "h225.h323_message_body"]);
    const ours = links.flatMap((l) => l.log.filter((r) => r.transmit).map((r) => r.transmit!));
    expect(rows.map(([type, body]) => [Number(type), BODY[Number(body)]])).toEqual(
      ours.map((t) => [
        {
          setup: 5,
          callProceeding: 2,
          alerting: 1,
          connect: 7,
          facility: 0x62,
          releaseComplete: 0x5a,
          status: 0x7d,
        }[t.message as string],
        t.body,
      ]),
    );
    expect(ours.map((t) => t.message)).toEqual([
      "setup",
      "callProceeding",
      "alerting",
      "connect",
      "facility",
      "releaseComplete",
      "setup",
      "connect",
      "releaseComplete",
      "setup",
      "releaseComplete",
    ]);
  });

  it("decodes our fast start proposals: two OLCs in the first Setup", () => {
    const rows = tsharkFields(capture, "h225.fastStart", ["h225.FastStart_item"]);
    expect(rows.length).toBe(1);
    expect(rows[0]![0]!.split(",").length).toBe(2);
  });

  it("finds the tunnelled H.245, the H.245 address and the Q.850 causes", () => {
    const h245 = tsharkFields(capture, "h245", ["h245.request", "h245.response"]);
    // masterSlaveDetermination (request alternative 1) in Setup; terminalCapabilitySetAck
    // (response alternative 3) in Connect and in the caller's Facility.
    expect(h245).toEqual([
      ["1", ""],
      ["", "3"],
      ["", "3"],
    ]);
    expect(tsharkFields(capture, "h225.h245Address", ["ip.src"]).length).toBe(1);
    const causes = tsharkFields(capture, "q931.cause_value", ["q931.cause_value"]).map(([c]) => Number(c));
    expect(causes).toEqual([16, 31, 102]);
  });
});

describe.skipIf(!haveTshark)(
  "the engine's message log of these calls in tshark (message-log harness)",
  () => {
    const links = calls();
    const records = (us: "a" | "b", port = 1720) =>
      links.flatMap((l, i) =>
        linkRecords(
          l.log.filter((r) => r.transmit).map((r) => ({ from: r.from, bytes: r.transmit!.bytes })),
          {
            us,
            channel: "q931",
            local: us === "a" ? { host: "127.0.0.20", port: 40000 + i } : { host: "127.0.0.21", port },
            remote: us === "a" ? { host: "127.0.0.21", port } : { host: "127.0.0.20", port: 40000 + i },
            atMs: 1_700_000_000_000 + i * 1000,
          },
        ),
      );

    it("finds every message either side sent, well formed and named as we named it", () => {
      for (const us of ["a", "b"] as const) {
        const log = records(us);
        const verdicts = tsharkMessageLog(log);
        expect(verdicts.length).toBe(log.filter((r) => !r.tunnelled).length);
        expect(sentMessageProblems(log, verdicts)).toEqual([]);
      }
      // The caller's Setup and Facility tunnel H.245: the check of tunnelled records has work.
      expect(
        records("a")
          .filter((r) => r.tunnelled && r.direction === "sent")
          .map((r) => r.name),
      ).toEqual(["MasterSlaveDetermination", "TerminalCapabilitySetAck"]);
    });

    it("finds call signalling on a port other than 1720 by tshark's own heuristics", () => {
      const log = records("a", 11720);
      expect(sentMessageProblems(log, tsharkMessageLog(log))).toEqual([]);
    });

    it("would report a malformed message, a misnamed one and a tunnelled one tshark does not see", () => {
      const log = records("a");
      const setupAt = log.findIndex((r) => r.name === "Setup");
      const setup = log[setupAt]!;
      // End the User-user PER 12 octets early, keeping the Q.931 length consistent.
      const bytes = setup.bytes.slice(0, setup.bytes.length - 12);
      const uuAt = bytes.indexOf(0x7e, 5);
      const uuLength = ((bytes[uuAt + 1]! << 8) | bytes[uuAt + 2]!) - 12;
      bytes[uuAt + 1] = uuLength >> 8;
      bytes[uuAt + 2] = uuLength & 0xff;
      const connectAt = log.findIndex((r) => r.name === "Connect");
      const broken = log.map((r, i) =>
        i === setupAt
          ? { ...r, bytes }
          : i === connectAt
            ? { ...r, direction: "sent" as const, name: "Alerting" }
            : r.tunnelled && r.name === "TerminalCapabilitySetAck"
              ? { ...r, name: "RoundTripDelayRequest" }
              : r,
      );
      const problems = sentMessageProblems(broken, tsharkMessageLog(broken));
      expect(problems).toContainEqual(
        expect.stringMatching(`^#${setupAt} q931 Setup: frame \\d+ is malformed`),
      );
      expect(problems).toContain(`#${connectAt} q931 Alerting: tshark reads Q.931 CONNECT`);
      expect(problems).toContainEqual(
        expect.stringMatching(/^#\d+ h245 RoundTripDelayRequest: tunnelled, but not among the H.245/),
      );
    });
  },
);
