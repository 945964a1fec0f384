import { describe, expect, it } from "vitest";
import { registrationChecks } from "../../src/conformance/h323-registration-checks.js";
import type { RegistrationEvidence } from "../../src/conformance/h323-registration-evidence.js";
import { seenByGnuGk } from "../support/h323/h46018-timeline.js";

// The H.460.18 verdict in the room's report about a registration: dave's RAS with GnuGk in
// d-h46018.pcapng, as the room's gatekeeper keeps a registration's messages.

function daveRegistration(confirm18: boolean, keep = Infinity): RegistrationEvidence {
  const ras = seenByGnuGk().messages.filter((m) => m.channel === "ras");
  const kept = ras.slice(0, keep);
  return {
    endpointIdentifier: "701371295_endp",
    aliases: [{ kind: "h323-ID", value: "dave" }],
    callSignalAddresses: [{ host: "127.0.0.6", port: 1720 }],
    rasAddresses: [{ host: "127.0.0.4", port: 39078 }],
    source: { host: "127.0.0.4", port: 39078 },
    timeToLive: { requestedS: 60, grantedS: 19 },
    features: { needed: [], desired: [], supported: [], genericData: [] },
    registeredAtMs: ras[0]!.atMs,
    lastRefreshAtMs: ras.at(-1)!.atMs,
    keepAlives: [],
    keepAliveCount: 0,
    messages: kept
      .filter((m) => confirm18 || m.direction === "received")
      .map((m) => ({ atMs: m.atMs, direction: m.direction, name: "", summary: "", bytes: m.bytes })),
    messageCount: ras.length,
  };
}

describe("a registration's H.460.18 verdict", () => {
  it("advertised, confirmed, kept alive: inconclusive, the SCI left to the call's report", () => {
    const c = registrationChecks(daveRegistration(true)).find((x) => x.id === "traversal.h460-18")!;
    // a registration holds RAS only: the Facility on the outward connection is in the call's
    // record, so the SCI is judged there, not here (where it would look unanswered)
    expect(c.status).toBe("inconclusive");
    expect(c.summary).toMatch(/kept its registration alive \(1 keep-alive RRQs/);
    expect(c.summary).toMatch(/not observed: an incoming call by ServiceControlIndication/);
  });

  it("without the gatekeeper's confirmations: not tested, naming what the endpoint advertised", () => {
    const c = registrationChecks(daveRegistration(false)).find((x) => x.id === "traversal.h460-18")!;
    expect(c.status).toBe("not-tested");
    expect(c.summary).toMatch(/advertised H\.460\.18 \(supported\)/);
  });

  it("the first messages only: the observation ends at the last one kept", () => {
    const c = registrationChecks(daveRegistration(true, 4)).find((x) => x.id === "traversal.h460-18")!;
    expect(c.status).toBe("inconclusive");
    expect(c.summary).toMatch(/not observed: a keep-alive RRQ/);
  });
});
