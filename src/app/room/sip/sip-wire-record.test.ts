import { describe, expect, it } from "vitest";
import type { SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import { SipWireRecord } from "./sip-wire-record.js";

function event(direction: "in" | "out", firstLine: string, callId: string): SipWireEvent {
  return {
    at: 0,
    direction,
    transport: "udp",
    local: { host: "127.0.0.1", port: 5060 },
    remote: { host: "127.0.0.1", port: 5062 },
    text: `${firstLine}\r\nCall-ID: ${callId}\r\nCSeq: 1 INVITE\r\n\r\n`,
  };
}

describe("SipWireRecord", () => {
  it("keeps a refused INVITE's messages only until the refusal", () => {
    const w = new SipWireRecord(4);
    w.record(event("in", "INVITE sip:r SIP/2.0", "a"), 0);
    w.record(event("out", "SIP/2.0 100 Trying", "a"), 1);
    expect(w.firstInvite("a", 2)?.text).toMatch(/^INVITE /);
    w.refused("a");
    w.record(event("out", "SIP/2.0 488 Not Acceptable Here", "a"), 3);
    w.record(event("in", "ACK sip:r SIP/2.0", "a"), 4);
    expect(w.sizes(5)).toEqual({ pending: 0, calls: 0, probes: 0 });
  });

  it("keeps a taken call's messages from its INVITE on, until the room is done with it", () => {
    const w = new SipWireRecord(4);
    w.record(event("in", "INVITE sip:r SIP/2.0", "b"), 0);
    w.record(event("out", "SIP/2.0 180 Ringing", "b"), 1);
    w.keep("b", 2);
    w.record(event("out", "SIP/2.0 200 OK", "b"), 3);
    expect(w.ofCall("b", 4).map((e) => e.text.split("\r\n")[0])).toEqual([
      "INVITE sip:r SIP/2.0",
      "SIP/2.0 180 Ringing",
      "SIP/2.0 200 OK",
    ]);
    w.forget("b");
    expect(w.sizes(5).calls).toBe(0);
  });

  it("keeps nothing of messages outside a call or probe, and lets a pending INVITE expire", () => {
    const w = new SipWireRecord(4);
    w.record(event("in", "OPTIONS sip:r SIP/2.0", "c"), 0);
    w.record(event("in", "SIP/2.0 200 OK", "d"), 0);
    expect(w.sizes(1)).toEqual({ pending: 0, calls: 0, probes: 0 });
    w.record(event("in", "INVITE sip:r SIP/2.0", "e"), 0);
    expect(w.sizes(7_999).pending).toBe(1);
    expect(w.sizes(8_000).pending).toBe(0);
  });

  it("caps the messages kept per pending INVITE, and the pending INVITEs themselves", () => {
    const w = new SipWireRecord(4);
    for (let i = 0; i < 100; i++) w.record(event("in", "INVITE sip:r SIP/2.0", "flood"), i);
    w.keep("flood", 100);
    expect(w.ofCall("flood", 100)).toHaveLength(16);
    for (let i = 0; i < 5000; i++) w.record(event("in", "INVITE sip:r SIP/2.0", `id-${i}`), 200);
    expect(w.sizes(200).pending).toBe(1024);
  });

  it("files a probe's messages under the probe, and frees them when taken", () => {
    const w = new SipWireRecord(4);
    w.probeStarted("p", 0);
    w.record(event("out", "OPTIONS sip:c SIP/2.0", "p"), 1);
    w.record(event("in", "SIP/2.0 200 OK", "p"), 2);
    expect(w.takeProbe("p", 3)).toHaveLength(2);
    expect(w.sizes(4).probes).toBe(0);
  });
});
