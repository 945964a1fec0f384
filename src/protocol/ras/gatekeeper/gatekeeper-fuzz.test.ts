import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../../test/support/asn1-pdus.js";
import { GatekeeperHarness, gatekeeperConfig } from "../../../../test/support/ras/gatekeeper-harness.js";
import type { HostPort } from "../../h323/transport-address.js";
import { decodeRas, encodeRas, type RasMessage } from "../ras-message.js";
import { rasAddressOf } from "../ras-views.js";

// The gatekeeper fed the RAS of real endpoints (captures c-gk-routed and d-h46018 of
// ../shared/peers/h323: ooh323c and H323Plus registering to GnuGk, one with H.460.18), then
// those datagrams mutated, truncated and flooded: it answers what it should, never throws, and
// every answer it sends decodes.

const RAS = loadGoldenPdus().filter(
  (p) => p.type === "RasMessage" && (p.capture === "c-gk-routed" || p.capture === "d-h46018"),
);
const REQUESTS = RAS.filter(
  (p) => /Request$/.test(decodeRas(p.bytes).choice) || decodeRas(p.bytes).choice === "infoRequestResponse",
);

/**
 * Named as the captures' GnuGk (recipes/gnugk-*.ini Name=TestGK: the endpoints' RRQs name it),
 * with an unlimited rate: these tests are about decoding, not the rate limit.
 */
const OPEN = {
  ...gatekeeperConfig({
    rate: { perSourceBurst: 1e9, perSourcePerS: 1e9, globalBurst: 1e9, globalPerS: 1e9, maxSources: 4096 },
  }),
  gatekeeperId: "TestGK",
};

const SOURCE: HostPort = { host: "127.0.0.2", port: 1719 };

/** The endpointIdentifier GnuGk gave, replaced by ours, so the capture's later requests refer to our registrations. */
function withEndpointId(m: RasMessage, ids: Map<string, string>): RasMessage {
  if (m.choice === "$unknown" || m.choice === "admissionConfirmSequence") return m;
  const v = m.value as { endpointIdentifier?: string };
  const ours = v.endpointIdentifier === undefined ? undefined : ids.get(v.endpointIdentifier);
  return ours === undefined
    ? m
    : ({ choice: m.choice, value: { ...m.value, endpointIdentifier: ours } } as RasMessage);
}

describe("the gatekeeper on the captures' RAS", () => {
  it.each(["c-gk-routed", "d-h46018"])("%s: every request answered as a gatekeeper would", (capture) => {
    const h = new GatekeeperHarness(OPEN);
    const ids = new Map<string, string>();
    // Each endpoint's requests come from the address it registered from.
    const sources = new Map<string, HostPort>();
    const answers: string[] = [];
    let gnugkId: string | undefined;
    for (const p of RAS.filter((x) => x.capture === capture)) {
      const m = decodeRas(p.bytes);
      // GnuGk's answers tell which of its identifiers maps to ours.
      if (m.choice === "registrationConfirm" && gnugkId !== undefined)
        ids.set(m.value.endpointIdentifier, gnugkId);
      gnugkId = undefined;
      if (!REQUESTS.includes(p)) continue;
      const ours = withEndpointId(m, ids);
      const id = (ours.value as { endpointIdentifier?: string }).endpointIdentifier;
      const from = (id !== undefined ? sources.get(id) : undefined) ?? rasAddressOf(m) ?? SOURCE;
      const x = h.send(ours, from);
      if (
        x.answer?.choice === "registrationConfirm" &&
        m.choice === "registrationRequest" &&
        !m.value.keepAlive
      ) {
        gnugkId = x.answer.value.endpointIdentifier;
        sources.set(gnugkId, from);
      }
      answers.push(`${decodeRas(p.bytes).choice}->${x.answer?.choice ?? "none"}`);
    }
    // Real endpoints' requests get the answers GnuGk gave them: confirms throughout, but for
    // carol's call to url-ID h323:alice@example.com, which GnuGk maps to alice by its
    // DefaultDomain (recipes/gnugk-routed.ini) and the room's gatekeeper, with no domain of its
    // own, does not: no endpoint registered that url-ID.
    expect(answers.length).toBeGreaterThan(8);
    expect(
      answers.filter(
        (a) => !/->(gatekeeper|registration|admission|disengage|unregistration)Confirm$/.test(a),
      ),
    ).toEqual(capture === "c-gk-routed" ? ["admissionRequest->admissionReject"] : []);
    expect(h.gk.registrations()).toHaveLength(0);
  });

  it("H323Plus's H.460.18 registration keeps its declared feature sets as sent", () => {
    const h = new GatekeeperHarness(OPEN);
    const rrq = RAS.find((p) => p.capture === "d-h46018" && p.frame === 3);
    if (!rrq) throw new Error("d-h46018#3 missing");
    const sent = decodeRas(rrq.bytes);
    expect(h.sendBytes(rrq.bytes, SOURCE).answer?.choice).toBe("registrationConfirm");
    const r = h.gk.registeredEndpoint({ h323Id: "dave" });
    expect(r?.features.supported.map((f) => f.id)).toEqual([
      { choice: "standard", value: 18 },
      { choice: "standard", value: 23 },
    ]);
    expect(sent.choice === "registrationRequest" && r?.features.supported).toEqual(
      sent.choice === "registrationRequest" ? sent.value.featureSet?.supportedFeatures : undefined,
    );
    expect(r?.requestedTtlS).toBe(60);
  });

  it("every truncated prefix of every captured request is dropped as malformed or answered, never thrown", () => {
    const h = new GatekeeperHarness(OPEN);
    let datagrams = 0;
    for (const p of REQUESTS) {
      for (let n = 0; n < p.bytes.length; n++) {
        h.sendBytes(p.bytes.subarray(0, n), SOURCE);
        datagrams++;
      }
    }
    const s = h.gk.stats;
    expect(s.received).toBe(datagrams);
    expect(s.malformed + s.ignored + s.answered).toBe(datagrams);
    expect(s.malformed).toBeGreaterThan(datagrams / 2);
  });

  it("fast-check: mutated captured RAS never throws; at most one answer per datagram, and it decodes", () => {
    const request = fc.constantFrom(...REQUESTS.map((p) => p.bytes));
    const mutation = fc.oneof(
      fc.record({ kind: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
      fc.record({ kind: fc.constant("set" as const), at: fc.nat(), value: fc.integer({ min: 0, max: 255 }) }),
      fc.record({
        kind: fc.constant("insert" as const),
        at: fc.nat(),
        value: fc.integer({ min: 0, max: 255 }),
      }),
      fc.record({ kind: fc.constant("cut" as const), at: fc.nat() }),
    );
    fc.assert(
      fc.property(request, fc.array(mutation, { minLength: 1, maxLength: 6 }), (bytes, muts) => {
        let b = Uint8Array.from(bytes);
        for (const m of muts) {
          const at = m.at % (b.length + 1);
          if (m.kind === "flip" && at < b.length) b[at]! ^= 1 << m.bit;
          else if (m.kind === "set" && at < b.length) b[at] = m.value;
          else if (m.kind === "insert")
            b = Uint8Array.from([...b.subarray(0, at), m.value, ...b.subarray(at)]);
          else if (m.kind === "cut") b = b.subarray(0, at);
        }
        const h = new GatekeeperHarness(OPEN);
        const x = h.sendBytes(b, SOURCE);
        expect(
          x.events.filter((e) => e.kind === "message" && e.record.direction === "sent").length,
        ).toBeLessThanOrEqual(1);
        if (x.transmit) expect(encodeRas(decodeRas(x.transmit.bytes))).toEqual(x.transmit.bytes);
      }),
      { numRuns: 2000 },
    );
  });

  it("fast-check: a random datagram never throws", () => {
    const h = new GatekeeperHarness(OPEN);
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (b) => {
        h.sendBytes(b, SOURCE);
      }),
      { numRuns: 3000 },
    );
    expect(h.gk.stats.received).toBeGreaterThanOrEqual(3000);
  });
});
