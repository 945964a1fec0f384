import { describe, expect, it } from "vitest";
import type { H225, H245 } from "../../src/protocol/asn1/index.js";
import { H225CalleeMachine } from "../../src/protocol/h225/callee-call.js";
import { H225CallerMachine } from "../../src/protocol/h225/caller-call.js";
import { type H245Event, H245Session, type H245Transmit } from "../../src/protocol/h245/h245-session.js";
import {
  H241Level,
  H241ProfileBit,
  h264GenericCapability,
  ourCapabilitySet,
} from "../../src/protocol/h245/terminal-capabilities.js";
import { serializeTpkt } from "../../src/protocol/tpkt/tpkt.js";
import { CallLink } from "../support/h323/call-link.js";
import { connectionsCapture, haveTshark, tsharkFields } from "../support/h323/link-capture.js";
import { linkRecords } from "../support/h323/link-records.js";
import { MachineLink } from "../support/h323/machine-link.js";
import { sentMessageProblems, tsharkMessageLog } from "../support/h323/message-log-tshark.js";

// A call with a separate H.245 connection, run by our machines on simulated time: Connect
// carries h245Address 127.0.0.21:30000 (so tshark knows the second connection is H.245), and
// on it both H.245 sessions exchange capabilities, determine master and slave, open, use and
// close a channel each way. tshark must find nothing malformed and name every message.

const ENDPOINT: H225.EndpointType = { terminal: {}, mc: false, undefinedNode: false };
const guid = (n: number) => Uint8Array.from({ length: 16 }, (_, i) => n ^ i);
const addr = (last: number, port: number): H245.TransportAddress => ({
  choice: "unicastAddress",
  value: { choice: "iPAddress", value: { network: Uint8Array.of(127, 0, 0, last), tsapIdentifier: port } },
});
const H264 = { profile: H241ProfileBit.baseline, level: H241Level["3.1"]!, maxBitRate: 20_000 };
const h264Data = (): H245.DataType => ({
  choice: "videoData",
  value: { choice: "genericVideoCapability", value: h264GenericCapability(H264) },
});

function run() {
  const caller = new H225CallerMachine({
    callReference: 9,
    callIdentifier: guid(1),
    conferenceId: guid(2),
    endpoint: ENDPOINT,
    h245Tunneling: false,
  });
  const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: false });
  const call = new CallLink(caller, callee);
  caller.start(0);
  call.pump(0);
  callee.connect(1, {
    h245Address: { choice: "ipAddress", value: { ip: Uint8Array.of(127, 0, 0, 21), port: 30000 } },
  });
  call.pump(1);

  let n = 0;
  const a = new H245Session({ terminalType: 50, statusDeterminationNumber: () => 1000 + n++ });
  const b = new H245Session({ terminalType: 50, statusDeterminationNumber: () => 9000 });
  const h245 = new MachineLink<H245Session, H245Transmit, H245Event>(a, b, (to, now, t) =>
    to.handleMessage(now, t.bytes),
  );
  for (const s of [a, b]) {
    s.capabilities.send(2, ourCapabilitySet({ h264: H264 }));
    s.msd.start(2);
  }
  h245.pump(2);
  a.channels.open(3, {
    number: 1,
    dataType: { choice: "audioData", value: { choice: "g711Alaw64k", value: 20 } },
    sessionID: 1,
    mediaControlChannel: addr(20, 5001),
  });
  a.channels.open(3, {
    number: 2,
    dataType: h264Data(),
    sessionID: 2,
    mediaControlChannel: addr(20, 5003),
    dynamicRTPPayloadType: 96,
  });
  h245.pump(3);
  for (const e of h245.events("b")) {
    if (e.type === "channelRequested") {
      b.channels.acceptChannel(4, e.number, {
        sessionID: e.number,
        mediaChannel: addr(21, 6000 + 2 * e.number),
        mediaControlChannel: addr(21, 6001 + 2 * e.number),
      });
    }
  }
  h245.pump(4);
  b.videoFastUpdatePicture(5, 2);
  b.flowControl(5, 2, 10_000);
  a.roundTripDelay(5);
  h245.pump(6);
  a.channels.close(7, 2);
  a.endSession(7);
  b.endSession(7);
  h245.pump(7);
  caller.hangUp(8);
  call.pump(8);

  const capture = connectionsCapture([
    {
      client: { host: "127.0.0.20", port: 40000 },
      server: { host: "127.0.0.21", port: 1720 },
      writes: call
        .transmits()
        .map((t) => ({ fromClient: call.log.find((r) => r.transmit === t)!.from === "a", bytes: t.bytes })),
    },
    {
      client: { host: "127.0.0.20", port: 40001 },
      server: { host: "127.0.0.21", port: 30000 },
      writes: h245.log
        .filter((r) => r.transmit)
        .map((r) => ({ fromClient: r.from === "a", bytes: serializeTpkt(r.transmit!.bytes) })),
    },
  ]);
  return {
    capture,
    h245Transmits: h245.log
      .filter((r) => r.transmit)
      .map((r) => ({ from: r.from, bytes: serializeTpkt(r.transmit!.bytes) })),
    names: h245.transmits().map((t) => t.name),
    events: { a: h245.events("a"), b: h245.events("b") },
  };
}

describe.skipIf(!haveTshark)("H.245 session messages in tshark (separate H.245 connection)", () => {
  const { capture, names, events } = run();

  it("ran the whole exchange: capabilities acknowledged, roles opposite, channels opened", () => {
    expect(events.a.filter((e) => e.type === "acknowledged").length).toBe(1);
    expect(events.b.filter((e) => e.type === "acknowledged").length).toBe(1);
    const roles = [...events.a, ...events.b]
      .filter((e) => e.type === "determined")
      .map((e) => (e.type === "determined" ? e.result : ""));
    expect(roles.sort()).toEqual(["master", "slave"]);
    expect(
      events.a
        .filter((e) => e.type === "channelOpened")
        .map((e) => (e.type === "channelOpened" ? e.number : 0)),
    ).toEqual([1, 2]);
    expect(events.a.filter((e) => e.type === "roundTripDelay").length).toBe(1);
  });

  it("has no malformed frame", () => {
    expect(tsharkFields(capture, "_ws.malformed || _ws.expert.severity >= error", ["frame.number"])).toEqual(
      [],
    );
  });

  it("decodes every H.245 message we sent as H.245, the same kinds in the same order", () => {
    const rows = tsharkFields(capture, "h245 && tcp.port == 30000", [
      "h245.pdu_type",
      "h245.request",
      "h245.response",
      "h245.command",
      "h245.indication",
    ]);
    const PDU = ["request", "response", "command", "indication"];
    const seen = rows.map(([pdu, ...alts]) => `${PDU[Number(pdu)]}#${alts.find((x) => x !== "")}`);
    // tshark prints the alternative's index in its CHOICE (ASN.1 order of H.245 v17).
    const INDEX: Record<string, number> = {
      "request.masterSlaveDetermination": 1,
      "request.terminalCapabilitySet": 2,
      "request.openLogicalChannel": 3,
      "request.closeLogicalChannel": 4,
      "request.roundTripDelayRequest": 9,
      "response.masterSlaveDeterminationAck": 1,
      "response.terminalCapabilitySetAck": 3,
      "response.openLogicalChannelAck": 5,
      "response.closeLogicalChannelAck": 7,
      "response.roundTripDelayResponse": 16,
      "command.flowControlCommand": 4,
      "command.endSessionCommand": 5,
      "command.miscellaneousCommand": 6,
    };
    expect(seen).toEqual(names.map((n) => `${n.split(".")[0]}#${INDEX[n]}`));
    expect(names.length).toBeGreaterThanOrEqual(18);
  });

  it("reads the H.241 H.264 capability's profile and level, and the OLC media addresses", () => {
    const levels = tsharkFields(capture, "h245.unsignedMin", ["h245.unsignedMin"]).flatMap(([v]) =>
      v!.split(","),
    );
    expect(levels).toContain(String(H241Level["3.1"]));
    const ports = tsharkFields(capture, "h245.tsapIdentifier", ["h245.tsapIdentifier"]).flatMap(([v]) =>
      v!.split(",").map(Number),
    );
    expect(ports).toEqual(expect.arrayContaining([5001, 5003, 6002, 6003, 6004, 6005]));
  });
});

describe.skipIf(!haveTshark)(
  "the engine's message log of the H.245 connection in tshark (decode as H.245)",
  () => {
    const { h245Transmits } = run();
    // Only the H.245 connection, without the Connect whose h245Address would tell tshark: the
    // harness must decode it as H.245 itself.
    const log = linkRecords(h245Transmits, {
      us: "a",
      channel: "h245",
      local: { host: "127.0.0.20", port: 40001 },
      remote: { host: "127.0.0.21", port: 30000 },
    });

    it("finds every H.245 message we sent, well formed and named as we named it", () => {
      const verdicts = tsharkMessageLog(log);
      expect(verdicts.length).toBe(log.length);
      expect(verdicts.every((v) => v.h245.length === 1)).toBe(true);
      expect(sentMessageProblems(log, verdicts)).toEqual([]);
      expect(log.filter((r) => r.direction === "sent").map((r) => r.name)).toEqual(
        expect.arrayContaining(["TerminalCapabilitySet", "OpenLogicalChannel", "EndSessionCommand"]),
      );
      // The other side's log: its keyframe request is a miscellaneousCommand to tshark.
      const other = linkRecords(h245Transmits, {
        us: "b",
        channel: "h245",
        local: { host: "127.0.0.21", port: 30000 },
        remote: { host: "127.0.0.20", port: 40001 },
      });
      expect(other.filter((r) => r.direction === "sent").map((r) => r.name)).toContain(
        "VideoFastUpdatePicture",
      );
      expect(sentMessageProblems(other, tsharkMessageLog(other))).toEqual([]);
    });

    it("would report an H.245 message named other than tshark reads it", () => {
      const at = log.findIndex((r) => r.direction === "sent" && r.name === "TerminalCapabilitySet");
      const misnamed = log.map((r, i) => (i === at ? { ...r, name: "OpenLogicalChannel" } : r));
      expect(sentMessageProblems(misnamed, tsharkMessageLog(misnamed))).toEqual([
        `#${at} h245 OpenLogicalChannel: tshark reads H.245 terminalCapabilitySet`,
      ]);
    });
  },
);
