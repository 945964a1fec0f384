import { describe, expect, it } from "vitest";
import { runMachine } from "../../../../test/support/sip/run-machine.js";
import { NonInviteServerTransaction } from "./non-invite-server-transaction.js";
import { RFC3261_TIMERS } from "./timers.js";

const r = (label: string) => ({ text: `SIP/2.0 ${label}\r\n\r\n`, destination: "peer", label });

describe("RFC 3261 §17.2.2 non-INVITE server transaction", () => {
  it("discards retransmissions in Trying, repeats the last 1xx in Proceeding and the final in Completed", () => {
    const t = new NonInviteServerTransaction(false, RFC3261_TIMERS);
    expect(t.receiveRequest()).toEqual({ deliver: false, retransmission: true });
    expect(t.pollOutput()).toEqual({ kind: "timeout", at: undefined });
    t.responseSent(100, r("100 BYE"), 10);
    t.receiveRequest();
    expect(t.pollOutput()).toEqual({ kind: "transmit", transmit: r("100 BYE") });
    t.responseSent(200, r("200 BYE"), 20);
    expect(t.state).toBe("completed");
    t.receiveRequest();
    t.receiveRequest();
    const run = runMachine(t, 30, 60_000);
    expect(run.transmits.map((x) => x.transmit.label)).toEqual(["200 BYE", "200 BYE"]);
    expect(run.end).toBe(20 + 32_000); // Timer J = 64*T1 over UDP
    expect(t.state).toBe("terminated");
  });

  it("never retransmits on its own and ends at once over a reliable transport (Timer J = 0)", () => {
    const t = new NonInviteServerTransaction(true, RFC3261_TIMERS);
    t.responseSent(200, r("200 OPTIONS"), 0);
    expect(t.state).toBe("terminated");
    expect(runMachine(t, 0, 60_000).transmits).toEqual([]);
  });

  it("counts an identical final response from the TU in Completed as a repeat", () => {
    const t = new NonInviteServerTransaction(false, RFC3261_TIMERS);
    t.responseSent(200, r("200 BYE"), 0);
    expect(t.responseSent(200, r("200 BYE"), 5)).toEqual({ retransmission: true });
    expect(t.responseSent(500, r("500 BYE"), 6)).toEqual({ retransmission: false });
  });
});
