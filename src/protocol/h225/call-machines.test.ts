import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CallLink } from "../../../test/support/h323/call-link.js";
import { callSignallingFlows } from "../../../test/support/h323/capture-segments.js";
import { type H225, multimediaSystemControlMessage } from "../asn1/index.js";
import { IllegalTransitionError } from "../machine.js";
import { Q850Cause, userCause } from "../q931/cause.js";
import { parseTpkt } from "../tpkt/tpkt.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import type { CallEvent } from "./call-events.js";
import { parseCallPdu, serializeCallPdu } from "./call-pdu.js";
import { H225CalleeMachine } from "./callee-call.js";
import { type CallerOptions, H225CallerMachine } from "./caller-call.js";

const ENDPOINT: H225.EndpointType = {
  vendor: {
    vendor: { t35CountryCode: 165, t35Extension: 0, manufacturerCode: 0 },
    productId: new TextEncoder().encode("vdm-test"),
    versionId: new TextEncoder().encode("0.1.0"),
  },
  terminal: {},
  mc: false,
  undefinedNode: false,
};

const guid = (n: number) => Uint8Array.from({ length: 16 }, (_, i) => (n * 31 + i) & 0xff);
const ipv4 = (a: number, port: number): H225.TransportAddress => ({
  choice: "ipAddress",
  value: { ip: Uint8Array.of(127, 0, 0, a), port },
});

/** Every call signalling PDU of the captures, in order per flow. */
function capturedPdus(): { key: string; payload: Uint8Array }[] {
  return callSignallingFlows().flatMap((flow) => {
    const framer = new TpktFramer();
    framer.push(flow.bytes);
    const out: { key: string; payload: Uint8Array }[] = [];
    for (let p = framer.next(); p !== undefined; p = framer.next())
      out.push({ key: `${flow.key} #${out.length}`, payload: p });
    return out;
  });
}

const PDUS = capturedPdus();
// ooh323c's fast start proposals (G.711 µ-law and H.264, both directions) from its Setup in capture a.
const CAPTURED_SETUP = parseCallPdu(PDUS[0]!.payload);
const FAST_START = (CAPTURED_SETUP.uu["h323-uu-pdu"]["h323-message-body"].value as H225.SetupUUIE).fastStart!;

function callerOptions(over: Partial<CallerOptions> = {}): CallerOptions {
  return {
    callReference: 0x1234,
    callIdentifier: guid(1),
    conferenceId: guid(2),
    endpoint: ENDPOINT,
    sourceAddress: [{ choice: "h323-ID", value: "vdm-test" }],
    destinationAddress: [{ choice: "h323-ID", value: "testrum" }],
    destCallSignalAddress: ipv4(20, 1720),
    display: "vdm-test",
    h245Tunneling: true,
    ...over,
  };
}

function types(events: CallEvent[]): string[] {
  return events.filter((e) => e.type !== "received").map((e) => e.type);
}

function released(events: CallEvent[]) {
  const r = events.find((e) => e.type === "released");
  return r?.type === "released" ? r.release : undefined;
}

describe("H.225.0 call signalling: caller and callee machines on simulated time (H.225.0 §7-8, Q.931 §5)", () => {
  it("fast start with tunnelled H.245: Setup, Call Proceeding, Alerting, Connect, then H.245 in Facility and a clean release", () => {
    const caller = new H225CallerMachine(callerOptions({ fastStart: FAST_START }));
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true, display: "testrum" });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.pump(0);
    const setup = link.events("b").find((e) => e.type === "setup");
    expect(setup?.type === "setup" && setup.setup.fastStart?.length).toBe(4);
    expect(setup?.type === "setup" && setup.setup.destinationAddress).toEqual([
      { choice: "h323-ID", value: "testrum" },
    ]);
    expect(setup?.type === "setup" && setup.message.display).toBe("vdm-test");
    callee.proceed(10);
    // Accept the µ-law pair: the callee answers with the proposals it takes (here, captured ones).
    callee.alert(20, { fastStart: FAST_START.slice(0, 2) });
    callee.connect(30, { fastStart: FAST_START.slice(0, 2) });
    link.pump(30);
    expect(caller.currentState).toBe("active");
    expect(callee.currentState).toBe("active");
    expect(caller.h245Tunnelling).toBe(true);
    expect(types(link.events("a"))).toEqual([
      "proceeding",
      "h245Tunneling",
      "alerting",
      "fastStart",
      "connected",
    ]);
    const fast = link.events("a").find((e) => e.type === "fastStart");
    expect(fast?.type === "fastStart" && fast.in).toBe("alerting");
    expect(fast?.type === "fastStart" && fast.elements).toEqual(FAST_START.slice(0, 2));

    const msd = multimediaSystemControlMessage.encode({
      choice: "request",
      value: {
        choice: "masterSlaveDetermination",
        value: { terminalType: 60, statusDeterminationNumber: 99 },
      },
    });
    const msdAck = multimediaSystemControlMessage.encode({
      choice: "response",
      value: { choice: "masterSlaveDeterminationAck", value: { decision: { choice: "slave", value: null } } },
    });
    caller.sendH245(40, [msd]);
    callee.sendH245(41, [msdAck]);
    link.pump(41);
    expect(link.events("b").filter((e) => e.type === "h245")).toEqual([{ type: "h245", message: msd }]);
    expect(link.events("a").filter((e) => e.type === "h245")).toEqual([{ type: "h245", message: msdAck }]);

    caller.hangUp(50);
    link.pump(50);
    expect(released(link.events("a"))).toEqual({ by: "local", cause: 16, detail: "we hung up" });
    expect(released(link.events("b"))).toMatchObject({ by: "remote", cause: 16 });
    expect(link.ladder()).toEqual([
      "a:setup/setup",
      "b:callProceeding/callProceeding",
      "b:alerting/alerting",
      "b:connect/connect",
      "a:facility/empty",
      "b:facility/empty",
      "a:releaseComplete/releaseComplete",
    ]);
    // Nothing is left to wait for.
    expect(link.pump(60)).toBeUndefined();
  });

  it("separate H.245: no tunnelling, the callee's Connect carries its h245Address", () => {
    const caller = new H225CallerMachine(callerOptions({ h245Tunneling: false }));
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: false });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.pump(0);
    callee.alert(1);
    callee.connect(2, { h245Address: ipv4(21, 41000) });
    link.pump(2);
    const a = link.events("a");
    expect(types(a)).toEqual(["alerting", "h245Tunneling", "connected", "h245Address"]);
    expect(a.find((e) => e.type === "h245Tunneling")).toEqual({ type: "h245Tunneling", enabled: false });
    expect(a.find((e) => e.type === "h245Address")).toEqual({
      type: "h245Address",
      address: ipv4(21, 41000),
    });
    expect(() => caller.sendH245(3, [Uint8Array.of(1)])).toThrow("not tunnelled");
  });

  it("tunnelling is off when the callee does not take it, though the caller offered it (H.323 §8.2.1)", () => {
    const caller = new H225CallerMachine(callerOptions());
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: false });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.pump(0);
    callee.connect(1);
    link.pump(1);
    expect(caller.h245Tunnelling).toBe(false);
    expect(callee.h245Tunnelling).toBe(false);
  });

  it("the callee rejects: ReleaseComplete with the reason and its Table 5 cause", () => {
    for (const [reason, cause] of [
      ["destinationRejection", 16],
      ["noBandwidth", 34],
      ["inConf", 17],
      ["calledPartyNotRegistered", 20],
    ] as const) {
      const caller = new H225CallerMachine(callerOptions());
      const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
      const link = new CallLink(caller, callee);
      caller.start(0);
      link.pump(0);
      callee.reject(5, { reason });
      link.pump(5);
      expect(released(link.events("a"))).toEqual({
        by: "remote",
        cause,
        reason,
        detail: `the far end released the call (${reason}), cause ${cause}`,
      });
      expect(caller.currentState).toBe("released");
    }
  });

  it("bounds every wait of the caller: T303, T310, T301 release with cause 102", () => {
    for (const [answer, timer, at] of [
      [undefined, "T303", 4000],
      ["proceed", "T310", 30_010],
      ["alert", "T301", 180_010],
    ] as const) {
      const caller = new H225CallerMachine(callerOptions());
      const callee = new H225CalleeMachine(0, {
        endpoint: ENDPOINT,
        h245Tunneling: true,
        timers: { answerWait: 1e9 },
      });
      const link = new CallLink(caller, callee);
      caller.start(0);
      link.pump(0);
      if (answer === "proceed") callee.proceed(10);
      if (answer === "alert") callee.alert(10);
      link.pump(10);
      const next = caller.pollOutput();
      expect(next).toEqual({ kind: "timeout", at });
      caller.handleTimeout(at - 1);
      expect(caller.currentState).not.toBe("released");
      link.runUntil(10, at);
      expect(released(link.events("a"))).toEqual({
        by: "local",
        cause: Q850Cause.recoveryOnTimerExpiry,
        detail: expect.stringMatching(new RegExp(`^${timer} expired`)),
      });
      expect(released(link.events("b"))).toMatchObject({ by: "remote", cause: 102 });
    }
  });

  it("bounds the callee: no Setup at all ends the connection; an unanswered Setup is released with cause 19", () => {
    const silent = new H225CalleeMachine(100, { endpoint: ENDPOINT, h245Tunneling: true });
    expect(silent.pollOutput()).toEqual({ kind: "timeout", at: 10_100 });
    silent.handleTimeout(10_100);
    expect(silent.pollOutput()).toEqual({
      kind: "event",
      event: { type: "released", release: { by: "local", cause: 102, detail: "no Setup within 10000 ms" } },
    });
    expect(silent.pollOutput()).toEqual({ kind: "timeout", at: undefined });

    const caller = new H225CallerMachine(callerOptions({ timers: { t301: 1e9 } }));
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    const link = new CallLink(caller, callee);
    caller.start(0);
    callee.alert(link.pump(0) ?? 0);
    link.runUntil(0, 200_000);
    expect(released(link.events("b"))).toMatchObject({ by: "local", cause: Q850Cause.noAnswer });
    expect(released(link.events("a"))).toMatchObject({ by: "remote", cause: Q850Cause.noAnswer });
  });

  it("answers Status Enquiry with Status (cause 30 and its call state), and a message out of state with cause 101", () => {
    const caller = new H225CallerMachine(callerOptions());
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    const link = new CallLink(caller, callee);
    caller.start(0);
    link.pump(0);
    callee.alert(1);
    link.pump(1);
    // The callee's Alerting again: the caller is past it (U4), so it answers Status 101.
    const alerting = link.log.find((r) => r.transmit?.message === "alerting")!.transmit!.bytes;
    caller.handlePayload(2, parseTpkt(alerting));
    const out = caller.pollOutput();
    expect(out.kind).toBe("event");
    const status = caller.pollOutput();
    expect(status.kind === "transmit" && status.transmit.message).toBe("status");
    const msg =
      status.kind === "transmit" ? parseCallPdu(parseTpkt(status.transmit.bytes)).message : undefined;
    expect(msg?.cause?.value).toBe(Q850Cause.messageNotCompatibleWithState);
    expect(msg?.callState?.value).toBe(4);
    expect(caller.currentState).toBe("callDelivered");
  });

  it("a Status reporting call state Null ends the call (Q.931 §5.8.11)", () => {
    const caller = new H225CallerMachine(callerOptions());
    caller.start(0);
    caller.pollOutput();
    const status = serializeCallPdu(
      {
        type: "status",
        callReference: { length: 2, flag: true, value: 0x1234 },
        cause: userCause(Q850Cause.invalidCallReference),
        callState: { codingStandard: 0, value: 0 },
        otherElements: [],
      },
      {
        "h323-uu-pdu": {
          "h323-message-body": {
            choice: "status",
            value: { protocolIdentifier: "0.0.8.2250.0.4", callIdentifier: { guid: guid(1) } },
          },
        },
      },
    );
    caller.handlePayload(1, parseTpkt(status));
    expect(caller.pollOutput().kind).toBe("event"); // received
    expect(caller.pollOutput()).toEqual({
      kind: "event",
      event: {
        type: "released",
        release: { by: "remote", cause: 81, detail: "the far end reports call state Null in Status" },
      },
    });
    expect(caller.currentState).toBe("released");
  });

  it("refuses the application's illegal moves with IllegalTransitionError", () => {
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    expect(() => callee.connect(1)).toThrow(IllegalTransitionError);
    const caller = new H225CallerMachine(callerOptions());
    caller.start(0);
    expect(() => caller.start(1)).toThrow(IllegalTransitionError);
    caller.hangUp(2);
    expect(() => caller.hangUp(3)).toThrow(IllegalTransitionError);
  });

  it("takes ooh323c's captured call: its Setup and tunnelled H.245 reach our callee, whose answers decode", () => {
    const flow = callSignallingFlows().find((f) =>
      f.key.startsWith("a-direct-faststart.pcapng stream 0 127.0.0.3"),
    )!;
    const framer = new TpktFramer();
    framer.push(flow.bytes);
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    const events: CallEvent[] = [];
    const sent: string[] = [];
    let t = 0;
    for (let p = framer.next(); p !== undefined; p = framer.next()) {
      callee.handlePayload(++t, p);
      if (callee.currentState === "callPresent") {
        callee.proceed(t);
        callee.alert(t, { fastStart: FAST_START.slice(0, 2) });
        callee.connect(t, { fastStart: FAST_START.slice(0, 2) });
      }
      for (let o = callee.pollOutput(); o.kind !== "timeout"; o = callee.pollOutput()) {
        if (o.kind === "event") events.push(o.event);
        else
          sent.push(
            `${o.transmit.message}:${parseCallPdu(parseTpkt(o.transmit.bytes)).uu["h323-uu-pdu"]["h323-message-body"].choice}`,
          );
      }
    }
    expect(sent).toEqual(["callProceeding:callProceeding", "alerting:alerting", "connect:connect"]);
    // Setup; then the caller's Facility messages with TCS, MSD, TCS ack, MSD ack; then its release.
    const facility = { type: "facility", reason: "transportedInformation" };
    expect(events.filter((e) => e.type !== "received")).toEqual([
      expect.objectContaining({ type: "setup" }),
      { type: "h245Tunneling", enabled: true },
      { type: "fastStart", elements: FAST_START, in: "setup" },
      ...[1, 2, 3, 4].flatMap(() => [facility, { type: "h245", message: expect.any(Uint8Array) }]),
      expect.objectContaining({ type: "released" }),
    ]);
    expect(released(events)).toMatchObject({ by: "remote" });
  });

  it("bad input ends the call with cause 95 and one line, never an exception", () => {
    const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    callee.handlePayload(1, PDUS[0]!.payload.subarray(0, 40));
    expect(callee.pollOutput()).toEqual({
      kind: "event",
      event: {
        type: "released",
        release: { by: "local", cause: 95, detail: expect.stringMatching(/^Q\.931: length \d+ but only/) },
      },
    });
    // After the Setup, a PER body that does not decode: ReleaseComplete goes out.
    const caller = new H225CallerMachine(callerOptions());
    const callee2 = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
    const link = new CallLink(caller, callee2);
    caller.start(0);
    link.pump(0);
    const garbled = Uint8Array.from([0x08, 0x02, 0x12, 0x34, 0x62, 0x7e, 0x00, 0x03, 0x05, 0xff, 0xff]);
    callee2.handlePayload(1, garbled);
    link.pump(1);
    expect(released(link.events("b"))).toMatchObject({
      by: "local",
      cause: 95,
      detail: expect.stringMatching(/^PER H323-UserInformation/),
    });
    expect(released(link.events("a"))).toMatchObject({ by: "remote", cause: 95 });
  });

  it("property: random and mutated captured PDUs, in any order, never throw out of either machine", () => {
    const seeds = PDUS.map((p) => p.payload);
    const mutated = fc
      .tuple(fc.constantFrom(...seeds), fc.array(fc.tuple(fc.nat(), fc.nat(255)), { maxLength: 3 }), fc.nat())
      .map(([seed, edits, cut]) => {
        const b = seed.slice(0, Math.max(1, seed.length - (cut % 8)));
        for (const [at, v] of edits) b[at % b.length] = v;
        return b;
      });
    fc.assert(
      fc.property(
        fc.array(fc.oneof(mutated, fc.uint8Array({ maxLength: 30 })), { maxLength: 6 }),
        (inputs) => {
          const callee = new H225CalleeMachine(0, { endpoint: ENDPOINT, h245Tunneling: true });
          const caller = new H225CallerMachine(callerOptions());
          caller.start(0);
          let t = 0;
          for (const input of inputs) {
            callee.handlePayload(++t, input);
            caller.handlePayload(t, input);
            for (const m of [callee, caller]) {
              for (let o = m.pollOutput(); o.kind !== "timeout"; o = m.pollOutput()) {
                if (o.kind === "transmit")
                  expect(() => parseCallPdu(parseTpkt(o.transmit.bytes))).not.toThrow();
              }
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
