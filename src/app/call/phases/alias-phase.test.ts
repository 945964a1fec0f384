import { describe, expect, it } from "vitest";
import { FakeCallLine, FakeClock } from "../../../../test/support/call/fake-call-leg.js";
import type { Phrase } from "../../../report/i18n/bilingual.js";
import type { StepStatus } from "../../../report/model.js";
import type { AliasCallContext } from "./alias-calls.js";
import { type AliasPhaseInput, runAliasCalls } from "./alias-phase.js";
import { NO_PRESENTATION_FLAG } from "./presentation-plan.js";

const TARGET = "sip:testrum@127.0.0.1:5060";

function context(line: FakeCallLine): AliasCallContext {
  return {
    line,
    openMedia: () => Promise.reject(new Error("no media in this test")),
    srtp: "optional",
    answerTimeoutS: 1,
    bfcpTransport: "tcp",
  };
}

const input = (over: Partial<AliasPhaseInput>): AliasPhaseInput => ({
  selected: new Set([7, 8, 9]),
  foreign: undefined,
  hungUpByPeer: false,
  presentationOffered: true,
  calledPresentationAlias: false,
  callbackUri: undefined,
  callbackWaitMs: 1000,
  ...over,
});

function recorder() {
  const steps: { name: string; status: StepStatus; en: string | undefined }[] = [];
  const sink = (name: string, status: StepStatus, detail?: string | Phrase) =>
    steps.push({ name, status, en: typeof detail === "string" ? detail : detail?.en });
  return { steps, sink };
}

describe("runAliasCalls (functions 7-9)", () => {
  it("calls nothing on a far end that is not a vdm-test room, and names it in the reason", async () => {
    const line = new FakeCallLine(new FakeClock(), TARGET);
    const { steps, sink } = recorder();
    const result = await runAliasCalls(
      context(line),
      input({ foreign: { remoteAgent: "Acme Codec 9" } }),
      sink,
    );
    expect(line.placed).toEqual([]);
    expect(steps).toEqual([]);
    expect([...result.unsupported.keys()]).toEqual([7, 8, 9]);
    expect(result.unsupported.get(8)?.en).toMatch(/^the far end \(Acme Codec 9\) is not a vdm-test room/);
  });

  it("leaves out what the line cannot reach, with the line's reason", async () => {
    const limits = new Map([[8, { en: "no callback over this line", sv: "ingen återuppringning" }]] as const);
    const line = new FakeCallLine(new FakeClock(), TARGET, new Map(), limits);
    const result = await runAliasCalls(
      context(line),
      input({ selected: new Set([8, 9]), presentationOffered: false }),
      recorder().sink,
    );
    expect(line.placed).toEqual([]);
    expect(result.callback).toBeUndefined();
    expect(result.unsupported.get(8)?.en).toBe("no callback over this line");
    expect(result.unsupported.get(9)).toBe(NO_PRESENTATION_FLAG);
  });

  it("does not call a room again that ended the main call", async () => {
    const line = new FakeCallLine(new FakeClock(), TARGET);
    const result = await runAliasCalls(context(line), input({ hungUpByPeer: true }), recorder().sink);
    expect(line.placed).toEqual([]);
    expect(result.unsupported.get(7)?.en).toBe("not tried: the far end ended the main call");
  });

  it("places the three alias calls at once, not one after another", async () => {
    const line = new FakeCallLine(new FakeClock(), TARGET);
    const { steps, sink } = recorder();
    const pending = runAliasCalls(context(line), input({}), sink);
    // All three INVITEs are out before any of them is answered or refused.
    expect(line.placed).toEqual(["alias:echo", "alias:callback", "alias:presentation"]);
    const result = await pending;
    expect(result.echo?.answered).toBe(false);
    expect(result.callback?.aliasAnswered).toBe(false);
    expect(result.slidesAlias?.summary).toMatch(/^the presentation alias call failed: /);
    expect(steps.map((s) => s.name).sort()).toEqual(["callback", "echo", "slides"]);
  });

  it("calls the echo alias at the line's address for it and reports a refused call as a failed step", async () => {
    const line = new FakeCallLine(new FakeClock(), TARGET);
    const { steps, sink } = recorder();
    const result = await runAliasCalls(context(line), input({ selected: new Set([7]) }), sink);
    expect(line.placed).toEqual(["alias:echo"]);
    expect(result.echo).toMatchObject({ answered: false, markersFound: 0 });
    expect(result.echo?.failure).toMatch(/refused the call/);
    expect(steps).toEqual([
      { name: "echo", status: "failed", en: expect.stringMatching(/^0 markers back: .*refused the call/) },
    ]);
  });

  it("leaves function 9 untested with --no-presentation, and skips it when the main call was the alias", async () => {
    const line = new FakeCallLine(new FakeClock(), TARGET);
    const off = await runAliasCalls(
      context(line),
      input({ selected: new Set([9]), presentationOffered: false }),
      recorder().sink,
    );
    expect(off.unsupported.get(9)).toEqual(NO_PRESENTATION_FLAG);
    const already = await runAliasCalls(
      context(line),
      input({ selected: new Set([9]), calledPresentationAlias: true }),
      recorder().sink,
    );
    expect(already.slidesAlias).toBeUndefined();
    expect(already.unsupported.size).toBe(0);
    expect(line.placed).toEqual([]);
  });
});
