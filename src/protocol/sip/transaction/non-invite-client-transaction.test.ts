import { describe, expect, it } from "vitest";
import { intervals, runMachine } from "../../../../test/support/sip/run-machine.js";
import { NonInviteClientTransaction } from "./non-invite-client-transaction.js";
import { RFC3261_TIMERS } from "./timers.js";

const BYE = { text: "BYE sip:a@127.0.0.1 SIP/2.0\r\n\r\n", destination: "udp:peer", label: "BYE" };

describe("RFC 3261 §17.1.2 non-INVITE client transaction", () => {
  it("retransmits on Timer E at 500, 1000, 2000, 4000, 4000... ms and gives up on Timer F at 64*T1", () => {
    const t = new NonInviteClientTransaction(BYE, false, RFC3261_TIMERS, 0);
    const run = runMachine(t, 0, 60_000);
    const times = run.transmits.map((x) => x.at);
    expect(intervals(times, 0)).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000, 4000]);
    expect(run.transmits.every((x) => x.transmit === BYE)).toBe(true);
    expect(run.events).toEqual([{ at: 32_000, event: { kind: "timeout", timer: "F", label: "BYE" } }]);
    expect(t.state).toBe("terminated");
  });

  it("retransmits every T2 once a provisional response came (§17.1.2.2 Proceeding)", () => {
    const t = new NonInviteClientTransaction(BYE, false, RFC3261_TIMERS, 0);
    expect(runMachine(t, 0, 1_000).transmits.map((x) => x.at)).toEqual([500]);
    expect(t.receiveResponse(100, 1_000)).toEqual({ deliver: true, retransmission: false });
    expect(t.state).toBe("proceeding");
    // Timer E was armed for 1500 before the 100; it fires then and is reset to T2 from there.
    const times = runMachine(t, 1_000, 15_000).transmits.map((x) => x.at);
    expect(times).toEqual([1_500, 5_500, 9_500, 13_500]);
  });

  it("stops on the final response, absorbs its retransmissions and ends on Timer K = T4", () => {
    const t = new NonInviteClientTransaction(BYE, false, RFC3261_TIMERS, 0);
    expect(t.receiveResponse(200, 700)).toEqual({ deliver: true, retransmission: false });
    expect(t.state).toBe("completed");
    expect(t.receiveResponse(200, 1_200)).toEqual({ deliver: false, retransmission: true });
    const run = runMachine(t, 1_200, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.end).toBe(5_700);
    expect(t.state).toBe("terminated");
  });

  it("never retransmits over a reliable transport (§17.1.2.2: Timer E only for unreliable)", () => {
    const t = new NonInviteClientTransaction(BYE, true, RFC3261_TIMERS, 0);
    const run = runMachine(t, 0, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.events).toEqual([{ at: 32_000, event: { kind: "timeout", timer: "F", label: "BYE" } }]);
  });

  it("terminates at once on a final response over a reliable transport (Timer K = 0)", () => {
    const t = new NonInviteClientTransaction(BYE, true, RFC3261_TIMERS, 0);
    t.receiveResponse(200, 10);
    expect(t.state).toBe("terminated");
    expect(t.pollOutput()).toEqual({ kind: "timeout", at: undefined });
  });

  it("scales every timer with configured T1/T2/T4", () => {
    const t = new NonInviteClientTransaction(BYE, false, { t1: 100, t2: 300, t4: 1000 }, 0);
    const run = runMachine(t, 0, 60_000);
    expect(
      intervals(
        run.transmits.map((x) => x.at),
        0,
      ).slice(0, 5),
    ).toEqual([100, 200, 300, 300, 300]);
    expect(run.events[0]?.at).toBe(6_400);
  });
});
