import { describe, expect, it } from "vitest";
import { rasAt } from "../../../test/support/h323/h46018-capture.js";
import { rasMessage } from "../asn1/index.js";
import { parseCallPdu } from "../h225/call-pdu.js";
import { IllegalTransitionError } from "../machine.js";
import { parseTpkt } from "../tpkt/tpkt.js";
import { incomingCallOf } from "./incoming-call-indication.js";
import { serializeTraversalFacility } from "./traversal-facility.js";
import { type SciTransmit, TraversalServer, type TraversalServerEvent } from "./traversal-server.js";

// The traversal server on simulated time: SCI out (and again on the RAS timer), the SCR, the
// endpoint's Facility on its own connection, or nothing until the give-up time.

const GK = { host: "127.0.0.4", port: 1720 };
const DAVE_RAS = { host: "127.0.0.4", port: 39078 };
const CALL_ID = new Uint8Array(Buffer.from("6c11d5239bf0f11198bff98a9fa708a0", "hex"));

function drain(s: TraversalServer) {
  const transmits: SciTransmit[] = [];
  const events: TraversalServerEvent[] = [];
  for (let o = s.pollOutput(); ; o = s.pollOutput()) {
    if (o.kind === "transmit") transmits.push(o.transmit);
    else if (o.kind === "event") events.push(o.event);
    else return { transmits, events, next: o.at };
  }
}

const facility = (callId = CALL_ID) => parseCallPdu(parseTpkt(serializeTraversalFacility(callId)));

describe("H.460.18 traversal server", () => {
  it("sends the SCI GnuGk sent dave (same bytes), takes the SCR, then the Facility", () => {
    const s = new TraversalServer({ signallingAddress: GK });
    const seq = s.announce(0, { callId: CALL_ID, endpointRas: DAVE_RAS });
    const first = drain(s);
    expect(first.transmits).toHaveLength(1);
    expect(first.transmits[0]!.to).toEqual(DAVE_RAS);
    expect(Buffer.from(first.transmits[0]!.bytes).toString("hex")).toBe(
      Buffer.from(rasAt(16).bytes).toString("hex"),
    );
    expect(first.next).toBe(3000);
    expect(s.handleRas(1, rasAt(17).ras, DAVE_RAS)).toBe(true);
    expect(seq).toBe(1);
    expect(drain(s).events).toEqual([
      { kind: "acknowledged", callIdHex: Buffer.from(CALL_ID).toString("hex"), atMs: 1 },
    ]);
    expect(s.handleFirstPdu(2, "tcp#1", facility())).toBe(Buffer.from(CALL_ID).toString("hex"));
    const done = drain(s);
    expect(done.events).toEqual([
      { kind: "connected", callIdHex: Buffer.from(CALL_ID).toString("hex"), connection: "tcp#1", atMs: 2 },
    ]);
    expect(done.next).toBeUndefined();
    expect(s.pending()).toEqual([]);
  });

  it("sends the SCI again every 3 s until the SCR, at most 2 times more", () => {
    const s = new TraversalServer({ signallingAddress: GK, openTimeoutMs: 20_000 });
    s.announce(0, { callId: CALL_ID, endpointRas: DAVE_RAS });
    const sent: number[] = [];
    for (let t = 0; t <= 12_000; t += 500) {
      s.handleTimeout(t);
      for (const x of drain(s).transmits) {
        sent.push(t);
        expect(incomingCallOf(rasMessage.decode(x.bytes))?.callSignallingAddress).toEqual(GK);
      }
    }
    expect(sent).toEqual([0, 3000, 6000]);
  });

  it("gives up when the endpoint never opens the connection, saying whether it acknowledged", () => {
    const s = new TraversalServer({ signallingAddress: GK, openTimeoutMs: 10_000 });
    s.announce(0, { callId: CALL_ID, endpointRas: DAVE_RAS });
    s.handleRas(50, rasAt(17).ras, DAVE_RAS);
    drain(s);
    s.handleTimeout(10_000);
    const [e] = drain(s).events;
    expect(e).toMatchObject({ kind: "not-opened", atMs: 10_000 });
    expect(e?.kind === "not-opened" && e.reason).toMatch(
      /no Facility on a connection to 127\.0\.0\.4:1720 .*acknowledged/,
    );
    // a Facility after the give-up is an ordinary connection, not this call
    expect(s.handleFirstPdu(11_000, "tcp#2", facility())).toBeUndefined();
  });

  it("ignores an SCR from another address or sequence number, and a Facility for another call", () => {
    const s = new TraversalServer({ signallingAddress: GK });
    s.announce(0, { callId: CALL_ID, endpointRas: DAVE_RAS });
    drain(s);
    expect(s.handleRas(1, rasAt(17).ras, { host: "127.0.0.66", port: 39078 })).toBe(false);
    expect(s.handleRas(1, { choice: "serviceControlResponse", value: { requestSeqNum: 9 } }, DAVE_RAS)).toBe(
      false,
    );
    expect(s.handleRas(1, rasAt(1).ras, DAVE_RAS)).toBe(false);
    expect(s.handleFirstPdu(2, "tcp#3", facility(new Uint8Array(16)))).toBeUndefined();
    expect(s.pending()).toEqual([{ callIdHex: Buffer.from(CALL_ID).toString("hex"), state: "announced" }]);
  });

  it("refuses to announce the same call twice", () => {
    const s = new TraversalServer({ signallingAddress: GK });
    s.announce(0, { callId: CALL_ID, endpointRas: DAVE_RAS });
    expect(() => s.announce(1, { callId: CALL_ID, endpointRas: DAVE_RAS })).toThrow(IllegalTransitionError);
  });
});
