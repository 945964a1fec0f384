import { describe, expect, it } from "vitest";
import { intervals, runMachine } from "../../../../test/support/sip/run-machine.js";
import { InviteClientTransaction } from "./invite-client-transaction.js";
import { RFC3261_TIMERS } from "./timers.js";

const INVITE = { text: "INVITE sip:a@127.0.0.1 SIP/2.0\r\n\r\n", destination: 1, label: "INVITE" };
const ACK = { text: "ACK sip:a@127.0.0.1 SIP/2.0\r\n\r\n", destination: 1, label: "ACK" };

describe("RFC 3261 §17.1.1 INVITE client transaction", () => {
  it("retransmits on Timer A with intervals that double (no T2 cap) until Timer B at 64*T1", () => {
    const t = new InviteClientTransaction(INVITE, false, RFC3261_TIMERS, 0);
    const run = runMachine(t, 0, 60_000);
    expect(
      intervals(
        run.transmits.map((x) => x.at),
        0,
      ),
    ).toEqual([500, 1000, 2000, 4000, 8000, 16000]);
    expect(run.events).toEqual([{ at: 32_000, event: { kind: "timeout", timer: "B", label: "INVITE" } }]);
    expect(t.state).toBe("terminated");
  });

  it("stops retransmitting on a provisional response and never times out in Proceeding", () => {
    const t = new InviteClientTransaction(INVITE, false, RFC3261_TIMERS, 0);
    runMachine(t, 0, 1_600);
    expect(t.receiveResponse(100, undefined, 1_600)).toEqual({ deliver: true, retransmission: false });
    const run = runMachine(t, 1_600, 120_000);
    expect(run.transmits).toEqual([]);
    expect(run.events).toEqual([]);
    expect(t.state).toBe("proceeding");
  });

  it("RFC 6026: a 2xx moves to Accepted; the same 2xx again is a retransmission, another To tag a fork", () => {
    const t = new InviteClientTransaction(INVITE, false, RFC3261_TIMERS, 0);
    expect(t.receiveResponse(200, "a", 300)).toEqual({ deliver: true, retransmission: false });
    expect(t.state).toBe("accepted");
    expect(t.receiveResponse(200, "a", 800)).toEqual({ deliver: true, retransmission: true });
    expect(t.receiveResponse(200, "b", 900)).toEqual({ deliver: true, retransmission: false });
    const run = runMachine(t, 900, 120_000);
    expect(run.transmits).toEqual([]);
    expect(run.end).toBe(300 + 32_000); // Timer M
    expect(t.state).toBe("terminated");
  });

  it("answers a retransmitted non-2xx final response with the ACK again, not passing it up", () => {
    const t = new InviteClientTransaction(INVITE, false, RFC3261_TIMERS, 0);
    expect(t.receiveResponse(486, "x", 200)).toEqual({ deliver: true, retransmission: false });
    expect(t.ackSent(ACK)).toEqual({ retransmission: false });
    expect(t.receiveResponse(486, "x", 700)).toEqual({ deliver: false, retransmission: true });
    expect(t.pollOutput()).toEqual({ kind: "transmit", transmit: ACK });
    const run = runMachine(t, 700, 120_000);
    expect(run.end).toBe(200 + 32_000); // Timer D: at least 32 s over UDP
    expect(t.state).toBe("terminated");
  });

  it("over a reliable transport: no Timer A, Timer B still, and Timer D of zero", () => {
    const t = new InviteClientTransaction(INVITE, true, RFC3261_TIMERS, 0);
    const run = runMachine(t, 0, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.events.map((e) => e.at)).toEqual([32_000]);
    const u = new InviteClientTransaction(INVITE, true, RFC3261_TIMERS, 0);
    u.receiveResponse(603, "t", 50);
    expect(u.state).toBe("terminated");
  });
});
