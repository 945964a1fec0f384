import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { H225 } from "../../asn1/index.js";
import { ourEndpoint } from "../../h323/aliases.js";
import { type HostPort, h225Address } from "../../h323/transport-address.js";
import { IllegalTransitionError } from "../../machine.js";
import { decodeRas, encodeRas, type RasMessage } from "../ras-message.js";
import { rasName } from "../ras-names.js";
import { RasEndpoint, type RasEndpointOptions } from "./ras-endpoint.js";
import type { RasEndpointEvent, RasTransmit } from "./ras-endpoint-events.js";

// The endpoint RAS machine on simulated time against a scripted gatekeeper: every answer is
// encoded to bytes and fed back as a datagram, every transmit decoded again.

const GK: HostPort = { host: "127.0.0.4", port: 1719 };
const GK_RAS: HostPort = { host: "127.0.0.4", port: 1719 };
const ME = { host: "127.0.0.9", port: 40000 };

const options = (extra: Partial<RasEndpointOptions> = {}): RasEndpointOptions => ({
  gatekeeper: GK,
  rasAddress: ME,
  callSignalAddress: { host: "127.0.0.9", port: 1720 },
  aliases: [
    { choice: "h323-ID", value: "vdm-test" },
    { choice: "url-ID", value: "h323:vdm-test@example.com" },
  ],
  endpointType: ourEndpoint("vdm-test", "1.0"),
  timeToLive: 60,
  ...extra,
});

/** Drains the machine: transmits (decoded again from their bytes) and events. */
function drain(m: RasEndpoint): {
  sent: (RasTransmit & { decoded: RasMessage })[];
  events: RasEndpointEvent[];
  next?: number;
} {
  const sent: (RasTransmit & { decoded: RasMessage })[] = [];
  const events: RasEndpointEvent[] = [];
  for (;;) {
    const o = m.pollOutput();
    if (o.kind === "transmit") sent.push({ ...o.transmit, decoded: decodeRas(o.transmit.bytes) });
    else if (o.kind === "event") events.push(o.event);
    else return { sent, events, ...(o.at !== undefined ? { next: o.at } : {}) };
  }
}

const seqOf = (t: { decoded: RasMessage }) => (t.decoded.value as { requestSeqNum: number }).requestSeqNum;
const feed = (m: RasEndpoint, now: number, msg: RasMessage, from: HostPort = GK_RAS) =>
  m.handleDatagram(now, encodeRas(msg), from);

const gcf = (seq: number): RasMessage => ({
  choice: "gatekeeperConfirm",
  value: {
    requestSeqNum: seq,
    protocolIdentifier: "0.0.8.2250.0.4",
    gatekeeperIdentifier: "TestGK",
    rasAddress: h225Address(GK_RAS),
  },
});
const rcf = (seq: number, timeToLive?: number): RasMessage => ({
  choice: "registrationConfirm",
  value: {
    requestSeqNum: seq,
    protocolIdentifier: "0.0.8.2250.0.4",
    callSignalAddress: [h225Address({ host: "127.0.0.4", port: 1720 })],
    gatekeeperIdentifier: "TestGK",
    endpointIdentifier: "42_endp",
    ...(timeToLive !== undefined ? { timeToLive } : {}),
  },
});

/** A machine registered at time 0 with the given timeToLive. */
function registered(ttl: number | "none" = 60): RasEndpoint {
  const m = new RasEndpoint(options());
  m.start(0);
  const grq = drain(m).sent[0]!;
  feed(m, 0, gcf(seqOf(grq)));
  const rrq = drain(m).sent[0]!;
  feed(m, 0, rcf(seqOf(rrq), ttl === "none" ? undefined : ttl));
  drain(m);
  return m;
}

const call = (destination: H225.AliasAddress[]) => ({
  callReferenceValue: 77,
  conferenceID: new Uint8Array(16).fill(1),
  callIdentifier: new Uint8Array(16).fill(2),
  destination,
  bandWidth: 19200,
});

describe("RAS endpoint: discovery and registration (H.225.0 GRQ/GCF, RRQ/RCF)", () => {
  it("sends a unicast GRQ to the gatekeeper, then a full RRQ to the GCF's rasAddress, and is registered", () => {
    const m = new RasEndpoint(options({ firstSeqNum: 500 }));
    m.start(0);
    const { sent, next } = drain(m);
    expect(sent).toHaveLength(1);
    expect(sent[0]!.to).toEqual(GK);
    expect(rasName(sent[0]!.decoded)).toBe("GRQ");
    const grq = sent[0]!.decoded.value as H225.GatekeeperRequest;
    expect(grq.requestSeqNum).toBe(500);
    expect(grq.rasAddress).toEqual(h225Address(ME));
    expect(grq.endpointAlias).toEqual(options().aliases);
    expect(next).toBe(3000);

    feed(m, 100, gcf(500));
    const afterGcf = drain(m);
    expect(afterGcf.events[0]).toMatchObject({
      type: "discovered",
      gatekeeperIdentifier: "TestGK",
      rasAddress: GK_RAS,
    });
    const rrq = afterGcf.sent[0]!.decoded;
    expect(rasName(rrq)).toBe("RRQ");
    const r = rrq.value as H225.RegistrationRequest;
    expect(r).toMatchObject({
      requestSeqNum: 501,
      discoveryComplete: true,
      keepAlive: false,
      gatekeeperIdentifier: "TestGK",
      timeToLive: 60,
      terminalAlias: options().aliases,
    });
    expect(r.callSignalAddress).toEqual([h225Address({ host: "127.0.0.9", port: 1720 })]);
    expect(m.state).toBe("registering");

    feed(m, 200, rcf(501, 60));
    expect(drain(m).events).toEqual([
      expect.objectContaining({ type: "registered", endpointIdentifier: "42_endp", timeToLive: 60 }),
    ]);
    expect(m.state).toBe("registered");
    expect(m.registered).toEqual({ endpointIdentifier: "42_endp", gatekeeperIdentifier: "TestGK" });
  });

  it("carries the featureSet given to it in GRQ and full RRQ (how H.460 joins)", () => {
    const featureSet: H225.FeatureSet = {
      replacementFeatureSet: false,
      supportedFeatures: [{ id: { choice: "standard", value: 18 } }],
    };
    const m = new RasEndpoint(options({ featureSet }));
    m.start(0);
    const grq = drain(m).sent[0]!;
    expect((grq.decoded.value as H225.GatekeeperRequest).featureSet).toEqual(featureSet);
    feed(m, 0, gcf(seqOf(grq)));
    expect((drain(m).sent[0]!.decoded.value as H225.RegistrationRequest).featureSet).toEqual(featureSet);
  });

  it("GRJ: rejected with the reason, and the machine has failed", () => {
    const m = new RasEndpoint(options());
    m.start(0);
    const grq = drain(m).sent[0]!;
    feed(m, 5, {
      choice: "gatekeeperReject",
      value: {
        requestSeqNum: seqOf(grq),
        protocolIdentifier: "0.0.8.2250.0.4",
        rejectReason: { choice: "terminalExcluded", value: null },
      },
    });
    expect(drain(m).events).toMatchObject([{ type: "rejected", request: "GRQ", reason: "terminalExcluded" }]);
    expect(m.state).toBe("failed");
  });

  it("RRJ: rejected with the reason (duplicateAlias), failed", () => {
    const m = new RasEndpoint(options());
    m.start(0);
    feed(m, 0, gcf(seqOf(drain(m).sent[0]!)));
    const rrq = drain(m).sent[0]!;
    feed(m, 1, {
      choice: "registrationReject",
      value: {
        requestSeqNum: seqOf(rrq),
        protocolIdentifier: "0.0.8.2250.0.4",
        rejectReason: { choice: "duplicateAlias", value: [] },
      },
    });
    expect(drain(m).events).toMatchObject([{ type: "rejected", request: "RRQ", reason: "duplicateAlias" }]);
    expect(m.state).toBe("failed");
  });
});

describe("RAS endpoint: retransmission (3 s timer, 2 retries) and RequestInProgress", () => {
  it("sends the GRQ again at 3 s and 6 s with the same requestSeqNum, and times out at 9 s", () => {
    const m = new RasEndpoint(options());
    m.start(0);
    const first = drain(m);
    m.handleTimeout(2999);
    expect(drain(m).sent).toHaveLength(0);
    m.handleTimeout(3000);
    const second = drain(m);
    expect(second.sent).toHaveLength(1);
    expect(second.sent[0]!.retransmission).toBe(true);
    expect(second.sent[0]!.bytes).toEqual(first.sent[0]!.bytes);
    expect(second.next).toBe(6000);
    m.handleTimeout(6000);
    expect(drain(m).sent).toHaveLength(1);
    m.handleTimeout(9000);
    const last = drain(m);
    expect(last.sent).toHaveLength(0);
    expect(last.events).toEqual([{ type: "timedOut", request: "GRQ", attempts: 3 }]);
    expect(m.state).toBe("failed");
    expect(last.next).toBeUndefined();
  });

  it("RIP stretches the wait to its delay without spending a retry", () => {
    const m = new RasEndpoint(options());
    m.start(0);
    const seq = seqOf(drain(m).sent[0]!);
    feed(m, 1000, { choice: "requestInProgress", value: { requestSeqNum: seq, delay: 10_000 } });
    const rip = drain(m);
    expect(rip.events).toEqual([{ type: "inProgress", request: "GRQ", delayMs: 10_000 }]);
    expect(rip.next).toBe(11_000);
    m.handleTimeout(3000);
    m.handleTimeout(6000);
    expect(drain(m).sent).toHaveLength(0);
    m.handleTimeout(11_000);
    expect(drain(m).sent.map((s) => s.retransmission)).toEqual([true]);
    feed(m, 12_000, gcf(seq));
    expect(drain(m).events[0]).toMatchObject({ type: "discovered" });
  });

  it("takes the answer to a retransmitted request, and ignores a second copy of it", () => {
    const m = new RasEndpoint(options());
    m.start(0);
    const seq = seqOf(drain(m).sent[0]!);
    m.handleTimeout(3000);
    drain(m);
    feed(m, 3100, gcf(seq));
    feed(m, 3101, gcf(seq));
    const { events } = drain(m);
    expect(events.map((e) => e.type)).toEqual(["discovered", "unhandled"]);
    expect(events[1]).toMatchObject({ why: "answers no request of ours" });
  });
});

describe("RAS endpoint: keep-alive (lightweight RRQ before timeToLive runs out)", () => {
  it("sends keepAlive RRQ without aliases 10 s before a 60 s timeToLive ends, then again", () => {
    const m = registered(60);
    expect(drain(m).next).toBe(50_000);
    m.handleTimeout(50_000);
    const ka = drain(m).sent[0]!;
    const r = ka.decoded.value as H225.RegistrationRequest;
    expect(r).toMatchObject({
      keepAlive: true,
      endpointIdentifier: "42_endp",
      gatekeeperIdentifier: "TestGK",
    });
    expect(r.terminalAlias).toBeUndefined();
    feed(m, 50_010, rcf(r.requestSeqNum, 60));
    const after = drain(m);
    expect(after.events).toEqual([{ type: "keptAlive", timeToLive: 60 }]);
    expect(after.next).toBe(100_010);
  });

  it("keeps a short H.460.18-style timeToLive (19 s) alive at half of it", () => {
    const m = registered(19);
    expect(drain(m).next).toBe(9500);
  });

  it("no timeToLive in the RCF: nothing to keep alive", () => {
    expect(drain(registered("none")).next).toBeUndefined();
  });

  it("a keep-alive with no answer ends the registration (lost)", () => {
    const m = registered(60);
    for (const t of [50_000, 53_000, 56_000, 59_000]) m.handleTimeout(t);
    const { events } = drain(m);
    expect(events).toEqual([
      { type: "timedOut", request: "keep-alive RRQ", attempts: 3 },
      { type: "unregistered", by: "lost", reason: "no answer to the keep-alive RRQ" },
    ]);
    expect(m.state).toBe("unregistered");
  });

  it("RRJ fullRegistrationRequired to a keep-alive: registers again in full", () => {
    const m = registered(60);
    m.handleTimeout(50_000);
    const ka = drain(m).sent[0]!;
    feed(m, 50_001, {
      choice: "registrationReject",
      value: {
        requestSeqNum: seqOf(ka),
        protocolIdentifier: "0.0.8.2250.0.4",
        rejectReason: { choice: "fullRegistrationRequired", value: null },
      },
    });
    const out = drain(m);
    expect(m.state).toBe("registering");
    const full = out.sent[0]!.decoded.value as H225.RegistrationRequest;
    expect(full.keepAlive).toBe(false);
    expect(full.terminalAlias).toHaveLength(2);
    feed(m, 50_002, rcf(full.requestSeqNum, 60));
    expect(drain(m).events[0]).toMatchObject({ type: "registered" });
  });
});

describe("RAS endpoint: admission (ARQ/ACF/ARJ), disengage (DRQ/DCF), unregistration (URQ/UCF)", () => {
  it.each([
    ["h323-ID", "alice"],
    ["url-ID", "h323:alice@example.com"],
    ["email-ID", "alice@example.com"],
    ["dialedDigits", "4660"],
  ] as const)(
    "ARQ to %s %s: destinationInfo, callIdentifier, conferenceID; ACF gives the address",
    (kind, value) => {
      const m = registered(60);
      const dest = [{ choice: kind, value } as H225.AliasAddress];
      m.admit(1000, call(dest));
      const arq = drain(m).sent[0]!;
      expect(arq.to).toEqual(GK_RAS);
      const a = arq.decoded.value as H225.AdmissionRequest;
      expect(a).toMatchObject({
        destinationInfo: dest,
        endpointIdentifier: "42_endp",
        callReferenceValue: 77,
        bandWidth: 19200,
        answerCall: false,
        srcInfo: options().aliases,
        callIdentifier: { guid: new Uint8Array(16).fill(2) },
        conferenceID: new Uint8Array(16).fill(1),
      });
      feed(m, 1100, {
        choice: "admissionConfirm",
        value: {
          requestSeqNum: a.requestSeqNum,
          bandWidth: 19200,
          callModel: { choice: "gatekeeperRouted", value: null },
          destCallSignalAddress: h225Address({ host: "127.0.0.4", port: 1720 }),
        },
      });
      expect(drain(m).events).toMatchObject([
        {
          type: "admitted",
          callReferenceValue: 77,
          destCallSignalAddress: { host: "127.0.0.4", port: 1720 },
          callModel: "gatekeeperRouted",
        },
      ]);
    },
  );

  it("ARJ: rejected with calledPartyNotRegistered; still registered", () => {
    const m = registered(60);
    const seq = m.admit(0, call([{ choice: "h323-ID", value: "nobody" }]));
    drain(m);
    feed(m, 1, {
      choice: "admissionReject",
      value: { requestSeqNum: seq, rejectReason: { choice: "calledPartyNotRegistered", value: null } },
    });
    expect(drain(m).events).toMatchObject([
      { type: "rejected", request: "ARQ", reason: "calledPartyNotRegistered", callReferenceValue: 77 },
    ]);
    expect(m.state).toBe("registered");
  });

  it("DRQ after the call, URQ at the end: DCF and UCF", () => {
    const m = registered(60);
    const seq = m.admit(0, call([{ choice: "h323-ID", value: "alice" }]));
    drain(m);
    feed(m, 1, {
      choice: "admissionConfirm",
      value: {
        requestSeqNum: seq,
        bandWidth: 19200,
        callModel: { choice: "direct", value: null },
        destCallSignalAddress: h225Address({ host: "127.0.0.2", port: 1720 }),
      },
    });
    drain(m);
    m.disengage(5000, 77);
    const drq = drain(m).sent[0]!;
    expect(drq.decoded.value).toMatchObject({
      endpointIdentifier: "42_endp",
      callReferenceValue: 77,
      disengageReason: { choice: "normalDrop", value: null },
      callIdentifier: { guid: new Uint8Array(16).fill(2) },
    });
    feed(m, 5001, { choice: "disengageConfirm", value: { requestSeqNum: seqOf(drq) } });
    expect(drain(m).events).toEqual([{ type: "disengaged", callReferenceValue: 77 }]);
    m.unregister(6000);
    const urq = drain(m).sent[0]!;
    expect(rasName(urq.decoded)).toBe("URQ");
    expect(urq.decoded.value).toMatchObject({
      endpointIdentifier: "42_endp",
      endpointAlias: options().aliases,
    });
    feed(m, 6001, { choice: "unregistrationConfirm", value: { requestSeqNum: seqOf(urq) } });
    const end = drain(m);
    expect(end.events).toEqual([{ type: "unregistered", by: "us" }]);
    expect(end.next).toBeUndefined();
    expect(m.state).toBe("unregistered");
  });

  it("refuses to ARQ, DRQ or URQ before it is registered (a bug of the caller)", () => {
    const m = new RasEndpoint(options());
    expect(() => m.admit(0, call([]))).toThrow(IllegalTransitionError);
    expect(() => m.unregister(0)).toThrow(IllegalTransitionError);
    expect(() => registered().disengage(0, 1)).toThrow(/no admitted call with reference 1/);
  });
});

describe("RAS endpoint: the gatekeeper's own requests", () => {
  function admittedCall(): RasEndpoint {
    const m = registered(60);
    const seq = m.admit(0, call([{ choice: "h323-ID", value: "alice" }]));
    drain(m);
    feed(m, 1, {
      choice: "admissionConfirm",
      value: {
        requestSeqNum: seq,
        bandWidth: 19200,
        callModel: { choice: "direct", value: null },
        destCallSignalAddress: h225Address({ host: "127.0.0.2", port: 1720 }),
      },
    });
    drain(m);
    return m;
  }

  it("IRQ: IRR to the replyAddress with the call asked about", () => {
    const m = admittedCall();
    const reply = { host: "127.0.0.4", port: 1819 };
    feed(m, 10, {
      choice: "infoRequest",
      value: { requestSeqNum: 900, callReferenceValue: 77, replyAddress: h225Address(reply) },
    });
    const { sent, events } = drain(m);
    expect(sent[0]!.to).toEqual(reply);
    const irr = sent[0]!.decoded.value as H225.InfoRequestResponse;
    expect(rasName(sent[0]!.decoded)).toBe("IRR");
    expect(irr.requestSeqNum).toBe(900);
    expect(irr.endpointIdentifier).toBe("42_endp");
    expect(irr.perCallInfo?.map((c) => c.callReferenceValue)).toEqual([77]);
    expect(irr.perCallInfo?.[0]?.callModel).toEqual({ choice: "direct", value: null });
    expect(events).toEqual([{ type: "infoRequested", callReferenceValue: 77 }]);
    feed(m, 11, { choice: "infoRequest", value: { requestSeqNum: 901, callReferenceValue: 5 } });
    const other = drain(m).sent[0]!;
    expect(other.to).toEqual(GK_RAS);
    expect((other.decoded.value as H225.InfoRequestResponse).perCallInfo).toBeUndefined();
  });

  it("URQ from the gatekeeper: UCF, unregistered; a repeated URQ gets its UCF again", () => {
    const m = registered(60);
    const urq: RasMessage = {
      choice: "unregistrationRequest",
      value: { requestSeqNum: 31, callSignalAddress: [], reason: { choice: "maintenance", value: null } },
    };
    feed(m, 10, urq);
    const first = drain(m);
    expect(first.sent.map((s) => [rasName(s.decoded), seqOf(s)])).toEqual([["UCF", 31]]);
    expect(first.events).toEqual([{ type: "unregistered", by: "gatekeeper", reason: "maintenance" }]);
    expect(first.next).toBeUndefined();
    feed(m, 11, urq);
    const again = drain(m);
    expect(again.sent.map((s) => rasName(s.decoded))).toEqual(["UCF"]);
    expect(again.events).toEqual([]);
  });

  it("DRQ from the gatekeeper: DCF and callDropped; again DCF; an unknown call DRJ", () => {
    const m = admittedCall();
    const drq = (ref: number, seq: number): RasMessage => ({
      choice: "disengageRequest",
      value: {
        requestSeqNum: seq,
        endpointIdentifier: "42_endp",
        conferenceID: new Uint8Array(16),
        callReferenceValue: ref,
        disengageReason: { choice: "forcedDrop", value: null },
      },
    });
    feed(m, 10, drq(77, 40));
    const first = drain(m);
    expect(first.sent.map((s) => rasName(s.decoded))).toEqual(["DCF"]);
    expect(first.events).toEqual([{ type: "callDropped", callReferenceValue: 77, reason: "forcedDrop" }]);
    feed(m, 11, drq(77, 40));
    expect(drain(m).sent.map((s) => rasName(s.decoded))).toEqual(["DCF"]);
    feed(m, 12, drq(78, 41));
    const other = drain(m).sent[0]!;
    expect(rasName(other.decoded)).toBe("DRJ");
    expect(other.decoded.value).toMatchObject({ rejectReason: { choice: "requestToDropOther" } });
  });

  it("a gatekeeper's URQ crossing our URQ: unregistered once, the late UCF changes nothing", () => {
    const m = registered(60);
    m.unregister(10);
    const ours = drain(m).sent[0]!;
    feed(m, 11, { choice: "unregistrationRequest", value: { requestSeqNum: 60, callSignalAddress: [] } });
    feed(m, 12, { choice: "unregistrationConfirm", value: { requestSeqNum: seqOf(ours) } });
    const { events } = drain(m);
    expect(events).toEqual([{ type: "unregistered", by: "gatekeeper" }]);
    expect(m.state).toBe("unregistered");
  });
});

describe("RAS endpoint: what it does not take", () => {
  it("answers a request only a gatekeeper answers (GRQ) with XRS", () => {
    const m = registered(60);
    const grq: RasMessage = {
      choice: "gatekeeperRequest",
      value: {
        requestSeqNum: 3,
        protocolIdentifier: "0.0.8.2250.0.4",
        rasAddress: h225Address(GK_RAS),
        endpointType: { mc: false, undefinedNode: false },
      },
    };
    feed(m, 1, grq);
    const xrs = drain(m).sent[0]!;
    expect(rasName(xrs.decoded)).toBe("XRS");
    expect(xrs.decoded.value).toMatchObject({ requestSeqNum: 3, messageNotUnderstood: encodeRas(grq) });
  });

  it("drops garbage, answers from elsewhere and answers to no request, saying why", () => {
    const m = registered(60);
    m.handleDatagram(1, Uint8Array.of(0xff, 0xff), GK_RAS);
    feed(m, 2, rcf(9999, 60));
    feed(
      m,
      3,
      { choice: "unregistrationRequest", value: { requestSeqNum: 1, callSignalAddress: [] } },
      {
        host: "127.0.0.66",
        port: 1719,
      },
    );
    const { sent, events } = drain(m);
    expect(sent).toEqual([]);
    expect(events.map((e) => e.type)).toEqual(["undecodable", "unhandled", "unhandled"]);
    expect(events[0]).toMatchObject({ error: expect.stringMatching(/^H\.225\.0 RAS: /) });
    expect(events[2]).toMatchObject({ why: "not from the gatekeeper" });
    expect(m.state).toBe("registered");
  });

  it("a ServiceControlIndication is left to the application (H.460.18 handles it)", () => {
    const m = registered(60);
    feed(m, 1, { choice: "serviceControlIndication", value: { requestSeqNum: 8, serviceControl: [] } });
    expect(drain(m).events).toMatchObject([{ type: "unhandled", why: "answers no request of ours" }]);
  });

  it("property: any datagram sequence from the gatekeeper leaves it in a valid state, never throwing", () => {
    const answers = fc.constantFrom<(seq: number) => RasMessage>(
      gcf,
      (s) => rcf(s, 60),
      (s) => ({ choice: "unregistrationConfirm", value: { requestSeqNum: s } }),
      (s) => ({ choice: "disengageConfirm", value: { requestSeqNum: s } }),
      (s) => ({ choice: "requestInProgress", value: { requestSeqNum: s, delay: 100 } }),
      (s) => ({ choice: "unregistrationRequest", value: { requestSeqNum: s, callSignalAddress: [] } }),
      (s) => ({ choice: "infoRequest", value: { requestSeqNum: s, callReferenceValue: 0 } }),
      (s) => ({
        choice: "registrationReject",
        value: {
          requestSeqNum: s,
          protocolIdentifier: "0.0.8.2250.0.4",
          rejectReason: { choice: "fullRegistrationRequired", value: null },
        },
      }),
    );
    const step = fc.oneof(
      fc.record({
        kind: fc.constant("answer" as const),
        build: answers,
        seqOffset: fc.integer({ min: 0, max: 3 }),
      }),
      fc.record({ kind: fc.constant("bytes" as const), bytes: fc.uint8Array({ maxLength: 40 }) }),
      fc.record({ kind: fc.constant("time" as const), ms: fc.integer({ min: 0, max: 30_000 }) }),
      fc.record({ kind: fc.constant("unregister" as const) }),
    );
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
        const m = new RasEndpoint(options({ firstSeqNum: 100 }));
        m.start(0);
        let now = 0;
        let lastSeq = 100;
        for (const s of steps) {
          if (s.kind === "answer") feed(m, now, s.build(lastSeq - s.seqOffset));
          else if (s.kind === "bytes") m.handleDatagram(now, s.bytes, GK_RAS);
          else if (s.kind === "time") {
            now += s.ms;
            m.handleTimeout(now);
          } else if (m.state === "registered") m.unregister(now);
          for (const t of drain(m).sent) if (rasName(t.decoded).endsWith("Q")) lastSeq = seqOf(t);
          expect([
            "discovering",
            "registering",
            "registered",
            "unregistering",
            "unregistered",
            "failed",
          ]).toContain(m.state);
        }
      }),
      { numRuns: 500 },
    );
  });
});
