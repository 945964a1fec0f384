import { describe, expect, it } from "vitest";
import { intervals, runMachine } from "../../../../test/support/sip/run-machine.js";
import { InviteServerTransaction } from "./invite-server-transaction.js";
import { RFC3261_TIMERS } from "./timers.js";

const r = (label: string) => ({ text: `SIP/2.0 ${label}\r\n\r\n`, destination: "peer", label });

describe("RFC 3261 §17.2.1 INVITE server transaction", () => {
  it("retransmits a non-2xx final response on Timer G (500, 1000, 2000, 4000, 4000...) until Timer H", () => {
    const t = new InviteServerTransaction(false, RFC3261_TIMERS);
    t.responseSent(486, r("486 INVITE"), 0);
    const run = runMachine(t, 0, 60_000);
    expect(
      intervals(
        run.transmits.map((x) => x.at),
        0,
      ),
    ).toEqual([500, 1000, 2000, 4000, 4000, 4000, 4000, 4000, 4000, 4000]);
    expect(run.events).toEqual([{ at: 32_000, event: { kind: "timeout", timer: "H", label: "486 INVITE" } }]);
    expect(t.state).toBe("terminated");
  });

  it("stops on the ACK (Confirmed), absorbs further ACKs, and ends on Timer I = T4", () => {
    const t = new InviteServerTransaction(false, RFC3261_TIMERS);
    t.responseSent(404, r("404 INVITE"), 0);
    expect(runMachine(t, 0, 1_000).transmits.map((x) => x.at)).toEqual([500]);
    expect(t.receiveAck(1_000)).toEqual({ deliver: true, retransmission: false });
    expect(t.state).toBe("confirmed");
    expect(t.receiveAck(1_100)).toEqual({ deliver: false, retransmission: true });
    const run = runMachine(t, 1_100, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.end).toBe(6_000);
    expect(t.state).toBe("terminated");
  });

  it("answers a retransmitted INVITE with the last provisional, then with the final response", () => {
    const t = new InviteServerTransaction(false, RFC3261_TIMERS);
    expect(t.receiveInvite()).toEqual({ deliver: false, retransmission: true });
    expect(t.pollOutput().kind).toBe("timeout"); // nothing sent yet, nothing to repeat
    t.responseSent(180, r("180 INVITE"), 10);
    t.receiveInvite();
    expect(t.pollOutput()).toEqual({ kind: "transmit", transmit: r("180 INVITE") });
    t.responseSent(480, r("480 INVITE"), 20);
    t.receiveInvite();
    expect(t.pollOutput()).toEqual({ kind: "transmit", transmit: r("480 INVITE") });
  });

  it("RFC 6026 Accepted: absorbs INVITE retransmissions, leaves 2xx retransmission to the core, ends on Timer L", () => {
    const t = new InviteServerTransaction(false, RFC3261_TIMERS);
    expect(t.responseSent(200, r("200 INVITE"), 100)).toEqual({ retransmission: false });
    expect(t.state).toBe("accepted");
    expect(t.receiveInvite()).toEqual({ deliver: false, retransmission: true });
    expect(t.responseSent(200, r("200 INVITE"), 600)).toEqual({ retransmission: true });
    const run = runMachine(t, 600, 120_000);
    expect(run.transmits).toEqual([]);
    expect(run.end).toBe(100 + 32_000);
    expect(t.state).toBe("terminated");
  });

  it("over a reliable transport: no Timer G, Timer H still, Timer I of zero", () => {
    const t = new InviteServerTransaction(true, RFC3261_TIMERS);
    t.responseSent(486, r("486 INVITE"), 0);
    const run = runMachine(t, 0, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.events.map((e) => e.at)).toEqual([32_000]);
    const u = new InviteServerTransaction(true, RFC3261_TIMERS);
    u.responseSent(486, r("486 INVITE"), 0);
    u.receiveAck(5);
    expect(u.state).toBe("terminated");
  });
});
