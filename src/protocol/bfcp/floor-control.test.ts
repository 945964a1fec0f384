import { describe, expect, it } from "vitest";
import {
  asSimServer,
  type DropRule,
  deliverAll,
  dropAll,
  dropEveryOther,
  runSim,
  SimLink,
} from "../../../test/support/bfcp/sim-link.js";
import { type BfcpTransport, ErrorCode, Primitive, RequestStatus } from "./constants.js";
import { FloorParticipant, type ParticipantEvent, type ParticipantStateName } from "./floor-participant.js";
import { type FloorPolicy, FloorServer, type FloorServerEvent } from "./floor-server.js";
import type { BfcpMessage } from "./message.js";
import type { BfcpOutput, BfcpTransmit } from "./output.js";
import { floorRequestInformation, readFloorRequestState } from "./request-status.js";

const CONF = 1;
const USER = 2;
const FLOOR = 2;

function pair(transport: BfcpTransport, policy: FloorPolicy = "grant") {
  const participant = new FloorParticipant({ transport, conferenceId: CONF, userId: USER, floorId: FLOOR });
  const server = new FloorServer({ transport, conferenceId: CONF, floorIds: [FLOOR], policy });
  return { participant, server };
}

function states(events: { event: ParticipantEvent }[]): ParticipantStateName[] {
  return events.flatMap((e) => (e.event.type === "state" ? [e.event.state.name] : []));
}

function run(
  transport: BfcpTransport,
  policy: FloorPolicy,
  drop: DropRule,
  releaseAt?: number,
  retry = false,
) {
  const { participant, server } = pair(transport, policy);
  const link = new SimLink(20, drop);
  const actions = [
    { at: 0, run: (now: number) => participant.start(now) },
    // Asked again later in case the Hello exchange was still under way (a no-op once requested).
    ...(retry ? [100, 3000, 9000] : [100]).map((at) => ({
      at,
      run: (now: number) => participant.requestFloor(now),
    })),
  ];
  if (releaseAt !== undefined) actions.push({ at: releaseAt, run: (now) => participant.releaseFloor(now) });
  const r = runSim({ participant, server: asSimServer(server), link, untilMs: 60_000, actions });
  return { ...r, participant, server, link };
}

function drainTransmits(m: { pollOutput(): BfcpOutput<unknown> }): BfcpTransmit[] {
  const out: BfcpTransmit[] = [];
  for (;;) {
    const o = m.pollOutput();
    if (o.kind === "timeout") return out;
    if (o.kind === "transmit") out.push(o.transmit);
  }
}

describe("floor participant against floor server on simulated time (RFC 8855 §10, §13)", () => {
  for (const transport of ["tcp", "udp"] as const) {
    it(`${transport}: Hello, request, granted, release, released`, () => {
      const r = run(transport, "grant", deliverAll, 1000);
      expect(states(r.participantEvents)).toEqual([
        "connecting",
        "connected",
        "requesting",
        "pending",
        "granted",
        "releasing",
        "released",
      ]);
      expect(r.server.floor(FLOOR)).toEqual({ name: "free" });
      expect(r.serverEvents.map((e) => e.event.type)).toEqual(["hello", "floor-granted", "floor-released"]);
    });

    it(`${transport}: denied by policy`, () => {
      const r = run(transport, "deny", deliverAll);
      expect(states(r.participantEvents)).toEqual(["connecting", "connected", "requesting", "denied"]);
      expect(r.server.floor(FLOOR)).toEqual({ name: "free" });
    });

    it(`${transport}: revoked by the server`, () => {
      const { participant, server } = pair(transport);
      const link = new SimLink(20);
      const r = runSim({
        participant,
        server: asSimServer(server),
        link,
        untilMs: 60_000,
        actions: [
          { at: 0, run: (now) => participant.start(now) },
          { at: 100, run: (now) => participant.requestFloor(now) },
          { at: 500, run: (now) => server.revoke(now, FLOOR) },
        ],
      });
      expect(states(r.participantEvents).slice(-2)).toEqual(["granted", "revoked"]);
      expect(r.serverEvents.map((e) => e.event.type)).toContain("floor-revoked");
    });

    it(`${transport}: a dead link ends in failed with a timeout, never hangs`, () => {
      const r = run(transport, "grant", dropAll);
      expect(r.participant.state).toMatchObject({ name: "failed", reason: "no answer to Hello" });
      // T1 = 500 ms doubling, 3 retransmissions: fails at 0.5 + 1 + 2 + 4 = 7.5 s.
      expect(r.participantEvents.at(-1)!.at).toBe(7500);
      if (transport === "udp") {
        expect(r.link.log.filter((l) => l.direction === "to-server").map((l) => l.at)).toEqual([
          0, 500, 1500, 3500,
        ]);
      }
    });
  }

  it("udp: a link that drops every other message still ends granted, then released", () => {
    const r = run("udp", "grant", dropEveryOther, 20_000);
    expect(r.participant.state.name).toBe("released");
    expect(states(r.participantEvents)).toContain("granted");
    expect(r.link.log.some((l) => l.dropped)).toBe(true);
    // Retransmitted requests are answered from the cache, not acted on twice.
    expect(r.serverEvents.filter((e) => e.event.type === "floor-granted")).toHaveLength(1);
  });

  it("udp: a lossy link with deny policy ends denied", () => {
    const r = run("udp", "deny", dropEveryOther);
    expect(r.participant.state.name).toBe("denied");
  });

  it("every combination ends granted/released, denied, revoked or failed", () => {
    const drops: DropRule[] = [
      deliverAll,
      dropEveryOther,
      dropAll,
      (i) => i % 3 === 0,
      (i, d) => d === "to-participant" && i < 3,
    ];
    for (const transport of ["udp", "tcp"] as const) {
      for (const policy of ["grant", "deny"] as const) {
        for (const drop of drops) {
          if (transport === "tcp" && drop !== deliverAll && drop !== dropAll) continue; // TCP does not lose
          const r = run(transport, policy, drop, 15_000, true);
          expect(["released", "denied", "failed", "granted"]).toContain(r.participant.state.name);
          expect(r.now).toBeLessThan(60_000);
        }
      }
    }
  });
});

describe("floor server (RFC 8855 §13)", () => {
  const base = { version: 1 as const, responder: false, conferenceId: CONF, userId: USER, attributes: [] };
  const req = (primitive: number, transactionId: number, extra: Partial<BfcpMessage> = {}): BfcpMessage => ({
    ...base,
    primitive,
    transactionId,
    ...extra,
  });
  const errorCode = (t: BfcpTransmit): number | undefined =>
    t.message.primitive === Primitive.Error
      ? (t.message.attributes[0] as { code: number } | undefined)?.code
      : undefined;

  it("answers Error with the right codes", () => {
    const s = new FloorServer({
      transport: "tcp",
      conferenceId: CONF,
      floorIds: [FLOOR],
      userIds: [USER],
      policy: "grant",
    });
    s.handleInput(0, req(Primitive.Hello, 1, { conferenceId: 99 }), "p");
    s.handleInput(0, req(Primitive.Hello, 2, { userId: 77 }), "p");
    s.handleInput(0, req(200, 3), "p");
    s.handleInput(
      0,
      req(Primitive.FloorRequest, 4, { attributes: [{ kind: "floorId", mandatory: false, value: 9 }] }),
      "p",
    );
    s.handleInput(
      0,
      req(Primitive.FloorRelease, 5, {
        attributes: [{ kind: "floorRequestId", mandatory: false, value: 42 }],
      }),
      "p",
    );
    s.handleInput(0, req(Primitive.FloorRequest, 6), "p");
    s.handleInput(
      0,
      req(Primitive.Hello, 7, {
        attributes: [{ kind: "unknown", type: 100, mandatory: true, contents: new Uint8Array() }],
      }),
      "p",
    );
    s.handleInput(0, req(Primitive.ChairAction, 8), "p");
    const sent = drainTransmits(s);
    expect(sent.map(errorCode)).toEqual([
      ErrorCode.ConferenceDoesNotExist,
      ErrorCode.UserDoesNotExist,
      ErrorCode.UnknownPrimitive,
      ErrorCode.InvalidFloorId,
      ErrorCode.FloorRequestIdDoesNotExist,
      ErrorCode.UnableToParseMessage,
      ErrorCode.UnknownMandatoryAttribute,
      ErrorCode.UnauthorizedOperation,
    ]);
    expect(sent.map((t) => t.message.transactionId)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Error code 4 lists the unknown attribute types (RFC 8855 §5.2.6).
    expect([...(sent[6]!.message.attributes[0] as { details: Uint8Array }).details]).toEqual([100 << 1]);
  });

  it("keeps one holder per floor: a second user's request revokes the first", () => {
    const s = new FloorServer({ transport: "tcp", conferenceId: CONF, floorIds: [FLOOR], policy: "grant" });
    const fr = (user: number, tid: number) =>
      req(Primitive.FloorRequest, tid, {
        userId: user,
        attributes: [{ kind: "floorId", mandatory: false, value: FLOOR }],
      });
    s.handleInput(0, fr(10, 1), "a");
    drainTransmits(s);
    s.handleInput(1, fr(11, 1), "b");
    const sent = drainTransmits(s);
    const toA = sent.filter((t) => t.peer === "a").map((t) => readFloorRequestState(t.message)?.status);
    expect(toA).toEqual([RequestStatus.Revoked]);
    expect(s.floor(FLOOR)).toMatchObject({ name: "granted", holder: { userId: 11, peer: "b" } });
    // Over TCP notifications carry Transaction ID 0 (not part of a transaction).
    expect(sent.find((t) => t.peer === "a")!.message.transactionId).toBe(0);
  });

  it("a holder asking again is granted the new request; nothing throws (RFC 8855 §13.1)", () => {
    const s = new FloorServer({ transport: "tcp", conferenceId: CONF, floorIds: [FLOOR], policy: "grant" });
    const fr = (tid: number) =>
      req(Primitive.FloorRequest, tid, {
        userId: 10,
        attributes: [{ kind: "floorId", mandatory: false, value: FLOOR }],
      });
    s.handleInput(0, fr(1), "a");
    const first = s.floor(FLOOR);
    drainTransmits(s);
    expect(() => s.handleInput(1, fr(2), "a")).not.toThrow();
    const second = s.floor(FLOOR);
    expect(second).toMatchObject({ name: "granted", holder: { userId: 10, peer: "a" } });
    expect(second).not.toEqual(first);
    const statuses = drainTransmits(s).map((t) => readFloorRequestState(t.message)?.status);
    expect(statuses).toContain(RequestStatus.Granted);
  });

  it("whenTaken: deny refuses a request for a held floor", () => {
    const s = new FloorServer({
      transport: "tcp",
      conferenceId: CONF,
      floorIds: [FLOOR],
      policy: "grant",
      whenTaken: "deny",
    });
    const fr = (user: number) =>
      req(Primitive.FloorRequest, 1, {
        userId: user,
        attributes: [{ kind: "floorId", mandatory: false, value: FLOOR }],
      });
    s.handleInput(0, fr(10), "a");
    s.handleInput(0, fr(11), "b");
    const toB = drainTransmits(s).filter((t) => t.peer === "b");
    expect(toB.map((t) => readFloorRequestState(t.message)?.status)).toEqual([RequestStatus.Denied]);
  });

  it("udp: HelloAck advertises primitives, duplicates are answered from the cache, notifications need acks", () => {
    const s = new FloorServer({ transport: "udp", conferenceId: CONF, floorIds: [FLOOR], policy: "grant" });
    const hello = req(Primitive.Hello, 5, { version: 2 });
    s.handleInput(0, hello, "p");
    s.handleInput(100, hello, "p");
    const two = drainTransmits(s);
    expect(two).toHaveLength(2);
    expect(two[1]!.bytes).toEqual(two[0]!.bytes);
    expect(two[0]!.message).toMatchObject({
      primitive: Primitive.HelloAck,
      responder: true,
      transactionId: 5,
    });
    expect(s.pollOutput()).toEqual({ kind: "timeout", at: 10_000 }); // T2 expiry of the cached answer

    s.handleInput(
      200,
      req(Primitive.FloorRequest, 6, {
        version: 2,
        attributes: [{ kind: "floorId", mandatory: false, value: FLOOR }],
      }),
      "p",
    );
    const [pending, granted] = drainTransmits(s);
    expect(readFloorRequestState(pending!.message)?.status).toBe(RequestStatus.Pending);
    expect(granted!.message).toMatchObject({ responder: false, transactionId: 1 });
    expect(s.pollOutput()).toEqual({ kind: "timeout", at: 700 });
    s.handleTimeout(700);
    expect(drainTransmits(s).map((t) => t.bytes)).toEqual([granted!.bytes]);
    s.handleInput(750, req(Primitive.FloorRequestStatusAck, 1, { version: 2, responder: true }), "p");
    s.handleTimeout(1700);
    expect(drainTransmits(s)).toEqual([]);
  });

  it("udp: a participant that never acks is dropped and its floor freed", () => {
    const s = new FloorServer({ transport: "udp", conferenceId: CONF, floorIds: [FLOOR], policy: "grant" });
    s.handleInput(
      0,
      req(Primitive.FloorRequest, 6, {
        version: 2,
        attributes: [{ kind: "floorId", mandatory: false, value: FLOOR }],
      }),
      "p",
    );
    const events: FloorServerEvent[] = [];
    for (let t = 0; t <= 20_000; t += 100) {
      s.handleTimeout(t);
      for (let o = s.pollOutput(); o.kind !== "timeout"; o = s.pollOutput())
        if (o.kind === "event") events.push(o.event);
    }
    expect(events.map((e) => e.type)).toEqual(["floor-granted", "peer-unreachable", "floor-released"]);
    expect(s.floor(FLOOR)).toEqual({ name: "free" });
  });

  it("participant acks a UDP notification once and ignores its retransmission", () => {
    const p = new FloorParticipant({ transport: "udp", conferenceId: CONF, userId: USER, floorId: FLOOR });
    p.start(0);
    drainTransmits(p);
    p.handleInput(10, { ...req(Primitive.HelloAck, 1, { version: 2, responder: true }) });
    p.requestFloor(20);
    drainTransmits(p);
    const note: BfcpMessage = {
      ...req(Primitive.FloorRequestStatus, 9, { version: 2 }),
      attributes: [floorRequestInformation(3, [FLOOR], RequestStatus.Granted)],
    };
    p.handleInput(30, note);
    p.handleInput(40, note);
    const acks = drainTransmits(p);
    expect(acks.map((a) => [a.message.primitive, a.message.transactionId, a.message.responder])).toEqual([
      [Primitive.FloorRequestStatusAck, 9, true],
      [Primitive.FloorRequestStatusAck, 9, true],
    ]);
    expect(p.state).toEqual({ name: "granted", floorRequestId: 3 });
  });

  it("participant fails on an Error answer and reports its code", () => {
    const p = new FloorParticipant({ transport: "tcp", conferenceId: CONF, userId: USER, floorId: FLOOR });
    p.start(0);
    p.handleInput(
      5,
      req(Primitive.Error, 1, {
        attributes: [{ kind: "errorCode", mandatory: true, code: 2, details: new Uint8Array() }],
      }),
    );
    expect(p.state).toMatchObject({ name: "failed", errorCode: 2 });
  });
});
