import { describe, expect, it } from "vitest";
import { FakeCallLeg, FakeClock, fakeFloor } from "../../../../test/support/call/fake-call-leg.js";
import type { BfcpNegotiation } from "../../../protocol/sdp/bfcp-sdp.js";
import type { NegotiatedMedia } from "../../../protocol/sdp/sdp-types.js";
import type { PresentationChannel } from "../leg/call-leg.js";
import { NO_PRESENTATION_FLAG, planPresentation } from "./presentation-plan.js";

const channel: PresentationChannel = {
  control: { transport: "tcp", floorId: 1 } as BfcpNegotiation,
  slides: { kind: "slides", label: "3" } as NegotiatedMedia,
  floor: fakeFloor(),
};

describe("planPresentation", () => {
  const agreed = () => new FakeCallLeg(new FakeClock(), { presentation: channel });

  it("presents over the channel the leg agreed when function 3 is chosen", () => {
    expect(planPresentation({ offered: true, chosen: true, alias: false }, agreed())).toEqual({
      kind: "present",
      channel,
    });
  });

  it("receives instead when we called the presentation alias, chosen or not", () => {
    expect(planPresentation({ offered: true, chosen: false, alias: true }, agreed())).toEqual({
      kind: "receive",
    });
  });

  it("skips with --no-presentation before asking the leg anything", () => {
    const plan = planPresentation({ offered: false, chosen: true, alias: false }, agreed());
    expect(plan).toEqual({ kind: "skip", skip: { skipped: true, reason: NO_PRESENTATION_FLAG } });
  });

  it("skips when function 3 was not chosen", () => {
    const plan = planPresentation({ offered: true, chosen: false, alias: false }, agreed());
    expect(plan.kind === "skip" && plan.skip.reason.en).toBe("function 3 not chosen with --functions");
  });

  it("skips with the leg's reason when the far end agreed no presentation channel", () => {
    const unavailable = { en: "the far end agreed no BFCP: port 0", sv: "ingen BFCP" };
    const leg = new FakeCallLeg(new FakeClock(), { presentation: { unavailable } });
    expect(planPresentation({ offered: true, chosen: true, alias: false }, leg)).toEqual({
      kind: "skip",
      skip: { skipped: true, reason: unavailable },
    });
    // The alias call needs the channel too: without it, it is skipped the same way.
    expect(planPresentation({ offered: true, chosen: true, alias: true }, leg).kind).toBe("skip");
  });
});
