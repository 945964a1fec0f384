import { describe, expect, it } from "vitest";
import {
  arq,
  brq,
  drq,
  GatekeeperHarness,
  gatekeeperConfig,
  grq,
  h323Id,
  irr,
  lrq,
  ROOM,
  ROOM_RAS,
  rrq,
  urq,
} from "../../../../test/support/ras/gatekeeper-harness.js";
import { readH225Address } from "../../h323/transport-address.js";

// H.225.0 §7.8-7.14 as the room's gatekeeper answers them, on simulated time.

const EP = { host: "127.0.0.2", port: 1719 };
const EP2 = { host: "127.0.0.3", port: 1719 };

function registered(h: GatekeeperHarness, aliases = [h323Id("alice")], from = EP, ttl?: number) {
  const x = h.send(
    rrq({
      aliases,
      ...(ttl !== undefined ? { ttl } : {}),
      callSignal: { host: from.host, port: 1720 },
      ras: from,
    }),
    from,
  );
  if (x.answer?.choice !== "registrationConfirm") throw new Error(`expected RCF, got ${x.answer?.choice}`);
  return x.answer.value;
}

describe("GRQ (H.225.0 §7.8.1)", () => {
  it("GCF names the gatekeeper and its RAS address", () => {
    const h = new GatekeeperHarness();
    const x = h.send(grq(), EP);
    expect(x.answer?.choice).toBe("gatekeeperConfirm");
    if (x.answer?.choice !== "gatekeeperConfirm") return;
    expect(x.answer.value.requestSeqNum).toBe(9);
    expect(x.answer.value.gatekeeperIdentifier).toBe("vdm-room");
    expect(readH225Address(x.answer.value.rasAddress)).toEqual(ROOM_RAS);
    expect(x.transmit?.to).toEqual(EP);
  });

  it("GRJ terminalExcluded when another gatekeeper is asked for", () => {
    const x = new GatekeeperHarness().send(grq("other-gk"), EP);
    expect(x.answer).toMatchObject({
      choice: "gatekeeperReject",
      value: { rejectReason: { choice: "terminalExcluded" } },
    });
  });
});

describe("RRQ (H.225.0 §7.9.1)", () => {
  it("a full RRQ is confirmed with an endpointIdentifier, the granted timeToLive and its aliases", () => {
    const h = new GatekeeperHarness();
    const x = h.send(
      rrq({ aliases: [h323Id("alice"), { choice: "url-ID", value: "h323:alice@example.se" }], ttl: 60 }),
      EP,
    );
    expect(x.answer?.choice).toBe("registrationConfirm");
    if (x.answer?.choice !== "registrationConfirm") return;
    const rcf = x.answer.value;
    expect(rcf.timeToLive).toBe(60);
    expect(rcf.gatekeeperIdentifier).toBe("vdm-room");
    expect(rcf.terminalAlias).toHaveLength(2);
    expect(readH225Address(rcf.callSignalAddress[0])).toEqual(ROOM);
    const reg = x.events.find((e) => e.kind === "registered");
    expect(reg?.kind === "registered" && reg.registration.endpointIdentifier).toBe(rcf.endpointIdentifier);
    expect(h.gk.registeredEndpoint({ h323Id: "ALICE" })?.endpointIdentifier).toBe(rcf.endpointIdentifier);
    expect(h.gk.registeredEndpoint({ urlId: "h323:alice@example.se" })?.callSignalAddresses).toEqual([
      { host: "127.0.0.2", port: 1720 },
    ]);
  });

  it("timeToLive is kept within the gatekeeper's bounds", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ minTtlS: 30, maxTtlS: 600, defaultTtlS: 300 }));
    expect(registered(h, [h323Id("a")], EP, 5).timeToLive).toBe(30);
    expect(registered(h, [h323Id("b")], EP2, 100_000).timeToLive).toBe(600);
    expect(registered(h, [h323Id("c")], { host: "127.0.0.4", port: 1719 }).timeToLive).toBe(300);
  });

  it("an alias another endpoint holds gets RRJ duplicateAlias naming it", () => {
    const h = new GatekeeperHarness();
    registered(h, [h323Id("alice")], EP);
    const x = h.send(
      rrq({ aliases: [h323Id("bob"), h323Id("Alice")], callSignal: { host: EP2.host, port: 1720 } }),
      EP2,
    );
    expect(x.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "duplicateAlias", value: [{ choice: "h323-ID", value: "Alice" }] } },
    });
    expect(x.events.some((e) => e.kind === "refused" && e.reason === "duplicateAlias")).toBe(true);
    expect(h.gk.registeredEndpoint({ h323Id: "bob" })).toBeUndefined();
  });

  it("the room's own aliases are reserved (RRJ duplicateAlias)", () => {
    const x = new GatekeeperHarness().send(rrq({ aliases: [h323Id("echo")] }), EP);
    expect(x.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "duplicateAlias" } },
    });
  });

  it("past the cap: RRJ resourceUnavailable, and GRJ resourceUnavailable", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ maxRegistrations: 2 }));
    registered(h, [h323Id("a")], { host: "127.0.1.1", port: 1719 });
    registered(h, [h323Id("b")], { host: "127.0.1.2", port: 1719 });
    const x = h.send(rrq({ aliases: [h323Id("c")], callSignal: { host: "127.0.1.3", port: 1720 } }), {
      host: "127.0.1.3",
      port: 1719,
    });
    expect(x.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "resourceUnavailable" } },
    });
    expect(h.send(grq(), EP).answer).toMatchObject({
      choice: "gatekeeperReject",
      value: { rejectReason: { choice: "resourceUnavailable" } },
    });
    expect(h.gk.registrations()).toHaveLength(2);
  });

  it("too many aliases: RRJ invalidAlias", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ maxAliases: 2 }));
    const x = h.send(rrq({ aliases: [h323Id("a"), h323Id("b"), h323Id("c")] }), EP);
    expect(x.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "invalidAlias" } },
    });
  });

  it("another gatekeeperIdentifier: RRJ", () => {
    const x = new GatekeeperHarness().send(rrq({ aliases: [h323Id("a")], gatekeeperIdentifier: "gk2" }), EP);
    expect(x.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "undefinedReason" } },
    });
  });

  it("a needed H.460 feature the gatekeeper lacks: RRJ neededFeatureNotSupported; declared sets are kept as sent", () => {
    const h = new GatekeeperHarness();
    const needed = h.send(
      rrq({
        aliases: [h323Id("a")],
        featureSet: {
          replacementFeatureSet: false,
          neededFeatures: [{ id: { choice: "standard", value: 18 } }],
        },
      }),
      EP,
    );
    expect(needed.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "neededFeatureNotSupported" } },
    });
    const params = [
      { id: { choice: "standard" as const, value: 1 }, content: { choice: "bool" as const, value: true } },
    ];
    const ok = h.send(
      rrq({
        aliases: [h323Id("a")],
        featureSet: {
          replacementFeatureSet: false,
          desiredFeatures: [{ id: { choice: "standard", value: 19 }, parameters: params }],
          supportedFeatures: [
            { id: { choice: "standard", value: 18 } },
            { id: { choice: "standard", value: 23 } },
          ],
        },
      }),
      EP,
    );
    expect(ok.answer?.choice).toBe("registrationConfirm");
    const r = h.gk.registeredEndpoint({ h323Id: "a" });
    expect(r?.features.supported.map((f) => f.id)).toEqual([
      { choice: "standard", value: 18 },
      { choice: "standard", value: 23 },
    ]);
    expect(r?.features.desired[0]?.parameters).toEqual(params);
    expect(r?.features.needed).toEqual([]);
  });

  it("a full RRQ again from the same endpoint refreshes it; with new aliases it replaces it", () => {
    const h = new GatekeeperHarness();
    const first = registered(h, [h323Id("alice")]);
    h.now += 10_000;
    const again = h.send(rrq({ aliases: [h323Id("alice")] }), EP);
    expect(again.answer).toMatchObject({
      choice: "registrationConfirm",
      value: { endpointIdentifier: first.endpointIdentifier },
    });
    expect(h.gk.registeredEndpoint({ h323Id: "alice" })?.keepAlives).toEqual([
      { at: h.now, kind: "full", sinceLastMs: 10_000, inTime: true },
    ]);
    const renamed = h.send(rrq({ aliases: [h323Id("alicia")] }), EP);
    expect(renamed.events.map((e) => e.kind)).toEqual(["message", "ended", "registered", "message"]);
    expect(h.gk.registeredEndpoint({ h323Id: "alice" })).toBeUndefined();
    expect(h.gk.registrations()).toHaveLength(1);
  });

  it("lightweight RRQ refreshes; from an unknown identifier or another host: RRJ fullRegistrationRequired", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h, [h323Id("alice")], EP, 60);
    h.now += 50_000;
    const ka = h.send(rrq({ keepAlive: true, endpointIdentifier: rcf.endpointIdentifier, seq: 2 }), EP);
    expect(ka.answer).toMatchObject({
      choice: "registrationConfirm",
      value: { requestSeqNum: 2, timeToLive: 60 },
    });
    expect(ka.events.some((e) => e.kind === "refreshed" && e.lightweight)).toBe(true);
    const forged = h.send(rrq({ keepAlive: true, endpointIdentifier: rcf.endpointIdentifier }), EP2);
    expect(forged.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "fullRegistrationRequired" } },
    });
    const unknown = h.send(rrq({ keepAlive: true, endpointIdentifier: "nobody" }), EP);
    expect(unknown.answer).toMatchObject({
      choice: "registrationReject",
      value: { rejectReason: { choice: "fullRegistrationRequired" } },
    });
    const r = h.gk.registeredEndpoint({ h323Id: "alice" });
    expect(r?.keepAliveCount).toBe(1);
    expect(r?.keepAlives[0]).toMatchObject({ kind: "lightweight", sinceLastMs: 50_000, inTime: true });
  });
});

describe("expiry (H.225.0 §7.9.1 timeToLive)", () => {
  it("a registration not kept alive expires after timeToLive and grace; one kept alive stays", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ minTtlS: 1, graceMs: 2_000 }));
    const quiet = registered(h, [h323Id("quiet")], EP, 10);
    const alive = registered(h, [h323Id("alive")], EP2, 10);
    expect(h.gk.pollOutput()).toEqual({ kind: "timeout", at: h.now + 12_000 });
    h.now += 9_000;
    h.send(rrq({ keepAlive: true, endpointIdentifier: alive.endpointIdentifier }), EP2);
    const events = h.advance(3_000);
    const ended = events.filter((e) => e.kind === "ended");
    expect(ended).toHaveLength(1);
    expect(ended[0]?.kind === "ended" && ended[0].registration.endpointIdentifier).toBe(
      quiet.endpointIdentifier,
    );
    expect(ended[0]?.kind === "ended" && ended[0].registration.ended).toEqual({ at: h.now, how: "expired" });
    expect(h.gk.registeredEndpoint({ h323Id: "quiet" })).toBeUndefined();
    expect(h.gk.registeredEndpoint({ h323Id: "alive" })).toBeDefined();
    // The expired alias is free again.
    expect(registered(h, [h323Id("quiet")], { host: "127.0.0.7", port: 1719 }).endpointIdentifier).not.toBe(
      quiet.endpointIdentifier,
    );
  });

  it("a late keep-alive is recorded as not in time", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ minTtlS: 1, graceMs: 5_000 }));
    const rcf = registered(h, [h323Id("late")], EP, 10);
    h.now += 13_000;
    h.send(rrq({ keepAlive: true, endpointIdentifier: rcf.endpointIdentifier }), EP);
    expect(h.gk.registeredEndpoint({ h323Id: "late" })?.keepAlives[0]).toMatchObject({
      inTime: false,
      sinceLastMs: 13_000,
    });
  });
});

describe("URQ (H.225.0 §7.9.3)", () => {
  it("UCF removes the registration; from another host or unknown: URJ notCurrentlyRegistered", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h);
    expect(h.send(urq(rcf.endpointIdentifier), EP2).answer).toMatchObject({
      choice: "unregistrationReject",
      value: { rejectReason: { choice: "notCurrentlyRegistered" } },
    });
    const x = h.send(urq(rcf.endpointIdentifier), EP);
    expect(x.answer).toMatchObject({ choice: "unregistrationConfirm", value: { requestSeqNum: 6 } });
    const ended = x.events.find((e) => e.kind === "ended");
    expect(ended?.kind === "ended" && ended.registration.ended?.how).toBe("unregistered");
    expect(h.gk.registrations()).toHaveLength(0);
  });
});

describe("ARQ (H.225.0 §7.10.1), direct routed", () => {
  it("to the room's alias: ACF with the room's call signalling address", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h);
    const x = h.send(
      arq({ endpointIdentifier: rcf.endpointIdentifier, destination: [h323Id("testrum")] }),
      EP,
    );
    expect(x.answer).toMatchObject({
      choice: "admissionConfirm",
      value: { bandWidth: 7680, callModel: { choice: "direct" } },
    });
    if (x.answer?.choice === "admissionConfirm")
      expect(readH225Address(x.answer.value.destCallSignalAddress)).toEqual(ROOM);
  });

  it("to a registered endpoint's alias: its address; answering a call: its own address", () => {
    const h = new GatekeeperHarness();
    const a = registered(h, [h323Id("alice")], EP);
    registered(h, [{ choice: "dialedDigits", value: "4660" }], EP2);
    const x = h.send(
      arq({
        endpointIdentifier: a.endpointIdentifier,
        destination: [{ choice: "dialedDigits", value: "4660" }],
      }),
      EP,
    );
    if (x.answer?.choice !== "admissionConfirm") throw new Error(`got ${x.answer?.choice}`);
    expect(readH225Address(x.answer.value.destCallSignalAddress)).toEqual({ host: EP2.host, port: 1720 });
    const answering = h.send(arq({ endpointIdentifier: a.endpointIdentifier, answerCall: true }), EP);
    if (answering.answer?.choice !== "admissionConfirm") throw new Error(`got ${answering.answer?.choice}`);
    expect(readH225Address(answering.answer.value.destCallSignalAddress)).toEqual({
      host: EP.host,
      port: 1720,
    });
  });

  it("to an address: the room's is admitted, another is not", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h);
    expect(
      h.send(arq({ endpointIdentifier: rcf.endpointIdentifier, destAddress: ROOM }), EP).answer?.choice,
    ).toBe("admissionConfirm");
    expect(
      h.send(
        arq({ endpointIdentifier: rcf.endpointIdentifier, destAddress: { host: "127.0.0.99", port: 1720 } }),
        EP,
      ).answer,
    ).toMatchObject({
      choice: "admissionReject",
      value: { rejectReason: { choice: "calledPartyNotRegistered" } },
    });
  });

  it("an unknown alias: ARJ calledPartyNotRegistered; an unregistered caller: ARJ callerNotRegistered", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h);
    expect(
      h.send(arq({ endpointIdentifier: rcf.endpointIdentifier, destination: [h323Id("nobody")] }), EP).answer,
    ).toMatchObject({
      choice: "admissionReject",
      value: { rejectReason: { choice: "calledPartyNotRegistered" } },
    });
    expect(
      h.send(arq({ endpointIdentifier: rcf.endpointIdentifier, destination: [h323Id("testrum")] }), EP2)
        .answer,
    ).toMatchObject({
      choice: "admissionReject",
      value: { rejectReason: { choice: "callerNotRegistered" } },
    });
  });
});

describe("LRQ (H.225.0 §7.11.1), for a neighbouring gatekeeper", () => {
  it("LCF for the room's aliases and registered ones; LRJ notRegistered else; always to the source", () => {
    const h = new GatekeeperHarness();
    registered(h, [h323Id("alice")], EP);
    const neighbour = { host: "127.0.0.8", port: 1719 };
    const room = h.send(lrq([{ choice: "dialedDigits", value: "100" }]), neighbour);
    expect(room.transmit?.to).toEqual(neighbour);
    if (room.answer?.choice !== "locationConfirm") throw new Error(`got ${room.answer?.choice}`);
    expect(readH225Address(room.answer.value.callSignalAddress)).toEqual(ROOM);
    expect(readH225Address(room.answer.value.rasAddress)).toEqual(ROOM_RAS);
    const alice = h.send(lrq([h323Id("alice")]), neighbour);
    if (alice.answer?.choice !== "locationConfirm") throw new Error(`got ${alice.answer?.choice}`);
    expect(readH225Address(alice.answer.value.callSignalAddress)).toEqual({ host: EP.host, port: 1720 });
    expect(h.send(lrq([h323Id("nobody")]), neighbour).answer).toMatchObject({
      choice: "locationReject",
      value: { rejectReason: { choice: "notRegistered" } },
    });
  });
});

describe("DRQ, BRQ, IRR (H.225.0 §7.10.2, §7.10.3, §7.14.2)", () => {
  it("DCF and BCF for a registered endpoint, rejects for others; bandwidth within the bound", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ maxBandwidth: 10_000 }));
    const rcf = registered(h);
    h.now += 1234;
    expect(h.send(drq(rcf.endpointIdentifier), EP).answer).toMatchObject({
      choice: "disengageConfirm",
      value: { requestSeqNum: 4 },
    });
    // The call's end as the endpoint reported it (the room's callback waits for it).
    expect(h.gk.registeredEndpoint({ h323Id: "alice" })?.lastDisengageAt).toBe(h.now);
    expect(h.send(drq(rcf.endpointIdentifier), EP2).answer).toMatchObject({
      choice: "disengageReject",
      value: { rejectReason: { choice: "notRegistered" } },
    });
    expect(h.send(brq(rcf.endpointIdentifier, 50_000), EP).answer).toMatchObject({
      choice: "bandwidthConfirm",
      value: { bandWidth: 10_000 },
    });
    expect(h.send(brq("nobody", 100), EP).answer).toMatchObject({
      choice: "bandwidthReject",
      value: { rejectReason: { choice: "notBound" } },
    });
  });

  it("IRR: IACK when it asks for an answer, INAK when not registered, nothing otherwise", () => {
    const h = new GatekeeperHarness();
    const rcf = registered(h);
    expect(h.send(irr(rcf.endpointIdentifier, true), EP).answer).toMatchObject({
      choice: "infoRequestAck",
      value: { requestSeqNum: 7 },
    });
    expect(h.send(irr("nobody", true), EP).answer).toMatchObject({
      choice: "infoRequestNak",
      value: { nakReason: { choice: "notRegistered" } },
    });
    const quiet = h.send(irr(rcf.endpointIdentifier, false), EP);
    expect(quiet.transmit).toBeUndefined();
    expect(h.gk.stats.ignored).toBe(1);
  });

  it("every exchange of a registration is kept with it, bounded", () => {
    const h = new GatekeeperHarness(gatekeeperConfig({ messageHistory: 4 }));
    const rcf = registered(h);
    for (let i = 0; i < 3; i++) h.send(drq(rcf.endpointIdentifier), EP);
    const r = h.gk.registeredEndpoint({ h323Id: "alice" });
    expect(r?.messages.map((m) => `${m.direction} ${m.name}`)).toEqual([
      "received RRQ",
      "sent RCF",
      "received DRQ",
      "sent DCF",
    ]);
    expect(r?.messageCount).toBe(8);
  });
});

describe("bounds", () => {
  it("a flooding source is dropped past its rate while another source is still answered", () => {
    const h = new GatekeeperHarness(
      gatekeeperConfig({
        rate: { perSourceBurst: 5, perSourcePerS: 1, globalBurst: 100, globalPerS: 50, maxSources: 10 },
      }),
    );
    let answered = 0;
    for (let i = 0; i < 50; i++) if (h.send(grq(), EP).answer) answered++;
    expect(answered).toBe(5);
    expect(h.gk.stats.rateLimited).toBe(45);
    expect(h.send(grq(), EP2).answer?.choice).toBe("gatekeeperConfirm");
    h.now += 2_000;
    expect(h.send(grq(), EP).answer?.choice).toBe("gatekeeperConfirm");
  });

  it("forged sources cannot pass the global rate, and the sources remembered stay bounded", () => {
    const h = new GatekeeperHarness(
      gatekeeperConfig({
        rate: { perSourceBurst: 5, perSourcePerS: 1, globalBurst: 20, globalPerS: 1, maxSources: 64 },
      }),
    );
    let answered = 0;
    for (let i = 0; i < 1000; i++)
      if (h.send(grq(), { host: `127.1.${i >> 8}.${i & 255}`, port: 1719 }).answer) answered++;
    expect(answered).toBe(20);
    expect(h.gk.sourcesTracked).toBe(64);
  });

  it("datagrams that are not RAS are counted and dropped; a confirm nobody asked for is left", () => {
    const h = new GatekeeperHarness();
    for (const bytes of [new Uint8Array(0), Uint8Array.of(0x00), Uint8Array.of(0xff, 0xff, 0xff)]) {
      expect(h.sendBytes(bytes, EP).transmit).toBeUndefined();
    }
    expect(h.gk.stats.malformed).toBe(3);
    // 100 x 0x41 reads as a DisengageConfirm (choice 16, a long nonStandardData).
    expect(h.sendBytes(new Uint8Array(100).fill(0x41), EP).transmit).toBeUndefined();
    expect(h.gk.stats.ignored).toBe(1);
  });

  it("stop ends every registration", () => {
    const h = new GatekeeperHarness();
    registered(h, [h323Id("a")], EP);
    registered(h, [h323Id("b")], EP2);
    h.gk.stop(h.now);
    const ended = h.drain().events.filter((e) => e.kind === "ended");
    expect(ended.map((e) => e.kind === "ended" && e.registration.ended?.how)).toEqual([
      "gatekeeperStopped",
      "gatekeeperStopped",
    ]);
    expect(h.gk.registrations()).toHaveLength(0);
  });
});
