import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { captureFlows } from "../../../test/support/h323/capture-segments.js";
import { MachineLink } from "../../../test/support/h323/machine-link.js";
import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import { type H245Event, H245Session, type H245Transmit } from "./h245-session.js";
import { determineRole } from "./master-slave-determination.js";
import { H241Level, H241ProfileBit, ourCapabilitySet, readH264Capability } from "./terminal-capabilities.js";

const numbers = (...n: number[]) => {
  let i = 0;
  return () => n[i++ % n.length]!;
};
const addr = (last: number, port: number): H245.TransportAddress => ({
  choice: "unicastAddress",
  value: { choice: "iPAddress", value: { network: Uint8Array.of(127, 0, 0, last), tsapIdentifier: port } },
});
const H264 = { profile: H241ProfileBit.baseline, level: H241Level["3.1"]!, maxBitRate: 20_000 };

function session(
  terminalType: number,
  sdn: () => number,
  timers: Partial<{ t101: number; t103: number; t106: number }> = {},
) {
  return new H245Session({ terminalType, statusDeterminationNumber: sdn, ...timers });
}

function link(a: H245Session, b: H245Session) {
  return new MachineLink<H245Session, H245Transmit, H245Event>(a, b, (to, now, t) =>
    to.handleMessage(now, t.bytes),
  );
}

const kinds = (events: H245Event[]) => events.filter((e) => e.type !== "received").map((e) => e.type);

describe("H.245 master-slave determination (H.245 §8.2, §C.2)", () => {
  it("decides by terminal type first, then by the status determination numbers modulo 2^24", () => {
    const d = (lt: number, ln: number, rt: number, rn: number) =>
      determineRole(
        { terminalType: lt, statusDeterminationNumber: ln },
        { terminalType: rt, statusDeterminationNumber: rn },
      );
    expect(d(60, 5, 50, 9)).toBe("master");
    expect(d(50, 5, 60, 9)).toBe("slave");
    expect(d(50, 5, 50, 9)).toBe("master"); // (9 - 5) mod 2^24 = 4 < 0x800000
    expect(d(50, 9, 50, 5)).toBe("slave");
    expect(d(50, 0xfffff0, 50, 0x10)).toBe("master"); // wraps: 0x20
    expect(d(50, 7, 50, 7)).toBeUndefined();
    expect(d(50, 0, 50, 0x800000)).toBeUndefined();
  });

  it("property: the two ends always reach opposite roles or both see it indeterminate", () => {
    fc.assert(
      fc.property(fc.nat(255), fc.nat(0xffffff), fc.nat(255), fc.nat(0xffffff), (at, an, bt, bn) => {
        const a = { terminalType: at, statusDeterminationNumber: an };
        const b = { terminalType: bt, statusDeterminationNumber: bn };
        const ra = determineRole(a, b);
        const rb = determineRole(b, a);
        if (ra === undefined) expect(rb).toBeUndefined();
        else expect(rb).toBe(ra === "master" ? "slave" : "master");
      }),
    );
  });

  it("both ends start at once: each gets one determined event, the roles are opposite", () => {
    const a = session(50, numbers(100));
    const b = session(50, numbers(200));
    const l = link(a, b);
    a.msd.start(0);
    b.msd.start(0);
    l.pump(0);
    expect(l.events("a").filter((e) => e.type === "determined")).toEqual([
      { type: "determined", result: "master" },
    ]);
    expect(l.events("b").filter((e) => e.type === "determined")).toEqual([
      { type: "determined", result: "slave" },
    ]);
    expect(a.msd.currentState).toBe("idle");
  });

  it("identical numbers: Reject, a retry with new numbers, then a decision", () => {
    const a = session(50, numbers(7, 1000));
    const b = session(50, numbers(7));
    const l = link(a, b);
    a.msd.start(0);
    l.pump(0);
    const names = l.transmits().map((t) => t.name);
    expect(names).toEqual([
      "request.masterSlaveDetermination",
      "response.masterSlaveDeterminationReject",
      "request.masterSlaveDetermination",
      "response.masterSlaveDeterminationAck",
      "response.masterSlaveDeterminationAck",
    ]);
    expect(a.msd.result).toBe("slave"); // (7 - 1000) mod 2^24 >= 0x800000
    expect(b.msd.result).toBe("master");
  });

  it("fails after N100 indeterminate results, and when T106 expires without an answer", () => {
    const a = session(50, numbers(7));
    const b = session(50, numbers(7));
    const l = link(a, b);
    a.msd.start(0);
    l.pump(0);
    expect(l.events("a").filter((e) => e.type === "failed")).toEqual([
      { type: "failed", reason: "indeterminate 3 times (N100)" },
    ]);

    const lone = session(50, numbers(1), { t106: 5000 });
    lone.msd.start(0);
    expect(lone.pollOutput()).toMatchObject({
      kind: "transmit",
      transmit: { name: "request.masterSlaveDetermination" },
    });
    expect(lone.pollOutput()).toEqual({ kind: "timeout", at: 5000 });
    lone.handleTimeout(5000);
    expect(lone.pollOutput()).toMatchObject({
      kind: "transmit",
      transmit: { name: "indication.masterSlaveDeterminationRelease" },
    });
    expect(lone.pollOutput()).toEqual({
      kind: "event",
      event: { type: "failed", reason: "T106 expired: no response" },
    });
  });
});

describe("H.245 capability exchange (H.245 §8.3) with H.264 as an H.241 generic capability", () => {
  it("sends our set, the far end acknowledges it and reads H.264 profile and level back", () => {
    const a = session(50, numbers(1));
    const b = session(50, numbers(2));
    const l = link(a, b);
    a.capabilities.send(0, ourCapabilitySet({ h264: H264 }));
    l.pump(0);
    expect(kinds(l.events("a"))).toEqual(["acknowledged"]);
    const got = l.events("b").find((e) => e.type === "remoteCapabilities");
    const set = got?.type === "remoteCapabilities" ? got.set : undefined;
    expect(set?.sequenceNumber).toBe(0);
    const video = set?.capabilityTable?.find(
      (e) => e.capability?.choice === "receiveVideoCapability",
    )?.capability;
    const generic =
      video?.choice === "receiveVideoCapability" && video.value.choice === "genericVideoCapability"
        ? video.value.value
        : undefined;
    expect(generic && readH264Capability(generic)).toEqual(H264);
    const audio = set?.capabilityTable?.map((e) =>
      e.capability?.choice === "receiveAudioCapability" ? e.capability.value.choice : undefined,
    );
    expect(audio).toEqual(["g722-64k", "g711Alaw64k", "g711Ulaw64k", undefined]);
    expect(set?.capabilityDescriptors).toEqual([
      { capabilityDescriptorNumber: 0, simultaneousCapabilities: [[1, 2, 3], [4]] },
    ]);
  });

  it("rejects a set whose descriptor names an undefined entry, and T101 ends an unanswered set", () => {
    const a = session(50, numbers(1));
    const b = session(50, numbers(2));
    const l = link(a, b);
    const bad = ourCapabilitySet({ h264: H264 });
    a.capabilities.send(0, {
      ...bad,
      capabilityDescriptors: [{ capabilityDescriptorNumber: 0, simultaneousCapabilities: [[1, 9]] }],
    });
    l.pump(0);
    expect(kinds(l.events("a"))).toEqual(["rejected"]);
    expect(l.events("b").find((e) => e.type === "remoteRefused")).toEqual({
      type: "remoteRefused",
      cause: "descriptor names entry 9, not in the table",
    });

    const lone = session(50, numbers(1), { t101: 3000 });
    lone.capabilities.send(0, bad);
    lone.pollOutput();
    lone.handleTimeout(3000);
    expect(lone.pollOutput()).toMatchObject({
      kind: "transmit",
      transmit: { name: "indication.terminalCapabilitySetRelease" },
    });
    expect(lone.pollOutput()).toMatchObject({ kind: "event", event: { type: "failed" } });
  });
});

describe("H.245 logical channels, commands and round-trip delay (H.245 §8.4, §8.9)", () => {
  const g711 = { choice: "audioData", value: { choice: "g711Ulaw64k", value: 20 } } as H245.DataType;

  it("opens a channel with our RTCP address, gets the far end's RTP address, and closes it", () => {
    const a = session(50, numbers(1));
    const b = session(50, numbers(2));
    const l = link(a, b);
    a.channels.open(0, { number: 1, dataType: g711, sessionID: 1, mediaControlChannel: addr(20, 5001) });
    l.pump(0);
    const req = l.events("b").find((e) => e.type === "channelRequested");
    expect(req?.type === "channelRequested" && req.number).toBe(1);
    b.channels.acceptChannel(1, 1, {
      sessionID: 1,
      mediaChannel: addr(21, 6000),
      mediaControlChannel: addr(21, 6001),
    });
    l.pump(1);
    expect(l.events("a").find((e) => e.type === "channelOpened")).toEqual({
      type: "channelOpened",
      number: 1,
      mediaChannel: addr(21, 6000),
      mediaControlChannel: addr(21, 6001),
    });
    a.channels.close(2, 1);
    l.pump(2);
    expect(l.events("a").filter((e) => e.type === "channelClosed")).toEqual([
      { type: "channelClosed", number: 1, by: "local" },
    ]);
    expect(l.events("b").filter((e) => e.type === "channelClosed")).toEqual([
      { type: "channelClosed", number: 1, by: "remote" },
    ]);
  });

  it("a rejected channel, a T103 expiry, and an Ack for a channel nobody opened (ignored)", () => {
    const a = session(50, numbers(1), { t103: 2000 });
    const b = session(50, numbers(2));
    const l = link(a, b);
    a.channels.open(0, { number: 3, dataType: g711, sessionID: 1, mediaControlChannel: addr(20, 5001) });
    l.pump(0);
    b.channels.rejectChannel(1, 3, "dataTypeNotSupported");
    l.pump(1);
    expect(l.events("a").find((e) => e.type === "channelRejected")).toEqual({
      type: "channelRejected",
      number: 3,
      cause: "dataTypeNotSupported",
    });

    a.channels.open(2, { number: 4, dataType: g711, sessionID: 1, mediaControlChannel: addr(20, 5001) });
    l.runUntil(2, 2002); // b never answers: the request sits with the application
    expect(l.events("a").find((e) => e.type === "channelFailed")).toEqual({
      type: "channelFailed",
      number: 4,
      reason: "T103 expired in awaitingEstablishment",
    });
    expect(l.transmits("a").at(-1)?.name).toBe("request.closeLogicalChannel");

    const stray = multimediaSystemControlMessage.encode({
      choice: "response",
      value: { choice: "openLogicalChannelAck", value: { forwardLogicalChannelNumber: 77 } },
    });
    const before = l.log.length;
    a.handleMessage(3, stray);
    l.pump(3);
    expect(
      kinds(
        l.log
          .slice(before)
          .filter((r) => r.event)
          .map((r) => r.event!),
      ),
    ).toEqual([]);
  });

  it("videoFastUpdatePicture, flowControlCommand, endSessionCommand and round-trip delay", () => {
    const a = session(50, numbers(1));
    const b = session(50, numbers(2));
    const l = link(a, b);
    a.videoFastUpdatePicture(0, 2);
    a.flowControl(0, 2, 5000);
    a.roundTripDelay(0);
    a.endSession(0);
    l.pump(7);
    expect(kinds(l.events("b"))).toEqual(["videoFastUpdatePicture", "flowControl", "endSession"]);
    expect(l.events("b").filter((e) => e.type === "flowControl")).toEqual([
      { type: "flowControl", channel: 2, maximumBitRate: 5000 },
    ]);
    expect(l.events("a").filter((e) => e.type === "roundTripDelay")).toEqual([
      { type: "roundTripDelay", ms: 7 },
    ]);
  });

  it("answers what it cannot decode and requests it does not implement with FunctionNotSupported", () => {
    const a = session(50, numbers(1));
    a.handleMessage(0, Uint8Array.of(0xff, 0xff, 0xff));
    expect(a.pollOutput()).toMatchObject({ kind: "event", event: { type: "notUnderstood" } });
    expect(a.pollOutput()).toMatchObject({
      kind: "transmit",
      transmit: { name: "indication.functionNotSupported" },
    });
    const requestMode = multimediaSystemControlMessage.encode({
      choice: "request",
      value: {
        choice: "requestMode",
        value: {
          sequenceNumber: 1,
          requestedModes: [
            [{ type: { choice: "audioMode", value: { choice: "g711Ulaw64k", value: null } } }],
          ],
        },
      },
    } as H245.MultimediaSystemControlMessage);
    a.handleMessage(1, requestMode);
    a.pollOutput();
    const out = a.pollOutput();
    expect(
      out.kind === "transmit" && multimediaSystemControlMessage.decode(out.transmit.bytes),
    ).toMatchObject({
      choice: "indication",
      value: {
        choice: "functionNotSupported",
        value: { cause: { choice: "unknownFunction" }, returnedFunction: requestMode },
      },
    });
  });

  it("answers ooh323c's H.245 from capture b: TCS, MSD and OLC get their acks", () => {
    const flow = captureFlows().find((f) =>
      f.key.startsWith("b-direct-separate-h245.pcapng stream 1 127.0.0.3"),
    )!;
    const framer = new TpktFramer();
    framer.push(flow.bytes);
    const ours = session(50, numbers(0x123456));
    const answers: string[] = [];
    let t = 0;
    for (let p = framer.next(); p !== undefined; p = framer.next()) {
      ours.handleMessage(++t, p);
      for (let o = ours.pollOutput(); o.kind !== "timeout"; o = ours.pollOutput()) {
        if (o.kind === "transmit") answers.push(o.transmit.name);
        if (o.kind === "event" && o.event.type === "channelRequested") {
          ours.channels.acceptChannel(t, o.event.number, {
            sessionID: 1,
            mediaChannel: addr(20, 7000),
            mediaControlChannel: addr(20, 7001),
          });
        }
      }
    }
    expect(answers).toEqual([
      "response.terminalCapabilitySetAck",
      "response.masterSlaveDeterminationAck",
      "response.openLogicalChannelAck",
    ]);
  });

  it("property: random and mutated captured H.245 never throw out of the session", () => {
    const seeds = captureFlows()
      .filter((f) => f.key.includes("stream 1") && f.key.startsWith("b-"))
      .flatMap((f) => {
        const fr = new TpktFramer();
        fr.push(f.bytes);
        const out: Uint8Array[] = [];
        for (let p = fr.next(); p !== undefined; p = fr.next()) out.push(p);
        return out;
      });
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.uint8Array({ maxLength: 20 }),
            fc.tuple(fc.constantFrom(...seeds), fc.nat(), fc.nat(255)).map(([s, at, v]) => {
              const b = s.slice();
              b[at % b.length] = v;
              return b;
            }),
          ),
          { maxLength: 8 },
        ),
        (inputs) => {
          const s = session(50, numbers(5));
          s.msd.start(0);
          inputs.forEach((bytes, i) => {
            s.handleMessage(i, bytes);
            s.handleTimeout(i * 5000);
            for (let o = s.pollOutput(); o.kind !== "timeout"; o = s.pollOutput()) {
              if (o.kind === "transmit") multimediaSystemControlMessage.decode(o.transmit.bytes);
            }
          });
        },
      ),
      { numRuns: 200 },
    );
  });
});
