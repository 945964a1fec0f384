import { describe, expect, it } from "vitest";
import { runMachine } from "../../../../test/support/sip/run-machine.js";
import { parseSipMessage } from "../message-head.js";
import { TransactionLayer } from "./transaction-layer.js";

interface Msg {
  method: string;
  branch: string;
  sentBy?: string;
  cseq?: number;
  toTag?: string;
}

function request(m: Msg): string {
  return [
    `${m.method} sip:room@127.0.0.1 SIP/2.0`,
    `Via: SIP/2.0/UDP ${m.sentBy ?? "127.0.0.1:5070"};branch=${m.branch};rport`,
    "From: <sip:caller@127.0.0.1>;tag=f1",
    `To: <sip:room@127.0.0.1>${m.toTag ? `;tag=${m.toTag}` : ""}`,
    "Call-ID: c1",
    `CSeq: ${m.cseq ?? 1} ${m.method === "ACK" ? "ACK" : m.method}`,
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

function response(status: number, m: Msg): string {
  return [
    `SIP/2.0 ${status} Whatever`,
    `Via: SIP/2.0/UDP ${m.sentBy ?? "127.0.0.1:5070"};branch=${m.branch};rport=5070;received=127.0.0.1`,
    "From: <sip:caller@127.0.0.1>;tag=f1",
    `To: <sip:room@127.0.0.1>;tag=${m.toTag ?? "t1"}`,
    "Call-ID: c1",
    `CSeq: ${m.cseq ?? 1} ${m.method}`,
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

const B = "z9hG4bK-1";
const head = parseSipMessage;

describe("RFC 3261 §17 transaction layer", () => {
  it("retransmits our INVITE over UDP until a provisional response and counts it", () => {
    const layer = new TransactionLayer<string>();
    const invite = request({ method: "INVITE", branch: B });
    expect(layer.sent(head(invite), invite, "peer", false, 0)).toBe(false);
    const run = runMachine(layer, 0, 2_000);
    expect(run.transmits.map((x) => [x.at, x.transmit.text, x.transmit.destination])).toEqual([
      [500, invite, "peer"],
      [1_500, invite, "peer"],
    ]);
    expect(layer.received(head(response(100, { method: "INVITE", branch: B })), false, 2_000).deliver).toBe(
      true,
    );
    expect(runMachine(layer, 2_000, 60_000).transmits).toEqual([]);
    expect(layer.counts.tally()).toEqual({ sent: { INVITE: 2 }, received: {} });
  });

  it("does not retransmit over a reliable transport", () => {
    const layer = new TransactionLayer<string>();
    const options = request({ method: "OPTIONS", branch: B });
    layer.sent(head(options), options, "tcp", true, 0);
    const run = runMachine(layer, 0, 60_000);
    expect(run.transmits).toEqual([]);
    expect(run.events).toEqual([{ at: 32_000, event: { kind: "timeout", timer: "F", label: "OPTIONS" } }]);
  });

  it("absorbs a retransmitted request and answers it with the last response sent", () => {
    const layer = new TransactionLayer<string>();
    const bye = request({ method: "BYE", branch: B, toTag: "t1" });
    expect(layer.received(head(bye), false, 0)).toEqual({ deliver: true, retransmission: false });
    expect(layer.received(head(bye), false, 100)).toEqual({ deliver: false, retransmission: true });
    expect(runMachine(layer, 100, 100).transmits).toEqual([]); // Trying: discarded
    const ok = response(200, { method: "BYE", branch: B });
    expect(layer.sent(head(ok), ok, "back", false, 200)).toBe(false);
    expect(layer.received(head(bye), false, 700)).toEqual({ deliver: false, retransmission: true });
    expect(
      runMachine(layer, 700, 700).transmits.map((x) => [x.transmit.text, x.transmit.destination]),
    ).toEqual([[ok, "back"]]);
    expect(layer.counts.tally()).toEqual({ sent: { "200 BYE": 1 }, received: { BYE: 2 } });
  });

  it("§17.2.3: matches on branch, sent-by and method; the ACK for a non-2xx matches its INVITE", () => {
    const layer = new TransactionLayer<string>();
    const invite = request({ method: "INVITE", branch: B });
    expect(layer.received(head(invite), false, 0).deliver).toBe(true);
    // Same branch from another sent-by, or another method: other transactions.
    expect(
      layer.received(head(request({ method: "INVITE", branch: B, sentBy: "127.0.0.2:5070" })), false, 1)
        .deliver,
    ).toBe(true);
    expect(layer.received(head(request({ method: "CANCEL", branch: B })), false, 2).deliver).toBe(true);
    expect(layer.size.servers).toBe(3);
    const busy = response(486, { method: "INVITE", branch: B });
    layer.sent(head(busy), busy, "back", false, 10);
    expect(runMachine(layer, 10, 600).transmits.map((x) => x.at)).toEqual([510]); // Timer G
    const ack = request({ method: "ACK", branch: B, toTag: "t1" });
    expect(layer.received(head(ack), false, 700)).toEqual({ deliver: true, retransmission: false });
    expect(layer.received(head(ack), false, 800)).toEqual({ deliver: false, retransmission: true });
    expect(runMachine(layer, 800, 10_000).transmits).toEqual([]); // Timer G stopped by the ACK
  });

  it("passes the ACK for a 2xx once and absorbs its repeats", () => {
    const layer = new TransactionLayer<string>();
    const ack = request({ method: "ACK", branch: "z9hG4bK-ack", toTag: "t1" });
    expect(layer.received(head(ack), false, 0)).toEqual({ deliver: true, retransmission: false });
    expect(layer.received(head(ack), false, 500)).toEqual({ deliver: false, retransmission: true });
    expect(layer.received(head(ack), false, 40_000)).toEqual({ deliver: true, retransmission: false });
  });

  it("re-sends our ACK when a non-2xx final response to our INVITE comes again", () => {
    const layer = new TransactionLayer<string>();
    const invite = request({ method: "INVITE", branch: B });
    layer.sent(head(invite), invite, "peer", false, 0);
    const busy = response(486, { method: "INVITE", branch: B });
    expect(layer.received(head(busy), false, 100)).toEqual({ deliver: true, retransmission: false });
    const ack = request({ method: "ACK", branch: B, toTag: "t1" });
    expect(layer.sent(head(ack), ack, "peer", false, 101)).toBe(false);
    expect(layer.received(head(busy), false, 600)).toEqual({ deliver: false, retransmission: true });
    expect(runMachine(layer, 600, 600).transmits.map((x) => x.transmit.text)).toEqual([ack]);
    expect(layer.counts.tally()).toEqual({ sent: { ACK: 1 }, received: { "486 INVITE": 1 } });
  });

  it("marks the TU's own repeat of a 2xx (the §13.3.1.4 retransmission) without adding one", () => {
    const layer = new TransactionLayer<string>();
    layer.received(head(request({ method: "INVITE", branch: B })), false, 0);
    const ok = response(200, { method: "INVITE", branch: B });
    expect(layer.sent(head(ok), ok, "back", false, 10)).toBe(false);
    expect(layer.sent(head(ok), ok, "back", false, 510)).toBe(true);
    expect(runMachine(layer, 510, 10_000).transmits).toEqual([]);
    expect(layer.counts.tally().sent).toEqual({ "200 INVITE": 1 });
  });

  it("leaves messages without an RFC 3261 branch or CSeq to the transaction user", () => {
    const layer = new TransactionLayer<string>();
    const old = request({ method: "OPTIONS", branch: "1234" });
    expect(layer.received(head(old), false, 0)).toEqual({ deliver: true, retransmission: false });
    expect(layer.received(head(old), false, 1)).toEqual({ deliver: true, retransmission: false });
    expect(layer.size).toEqual({ clients: 0, servers: 0 });
  });

  it("keeps at most maxTransactions, forgetting the oldest", () => {
    const layer = new TransactionLayer<string>({ maxTransactions: 2 });
    for (const b of ["z9hG4bK-a", "z9hG4bK-b", "z9hG4bK-c"])
      layer.received(head(request({ method: "OPTIONS", branch: b })), false, 0);
    expect(layer.size.servers).toBe(2);
    expect(layer.received(head(request({ method: "OPTIONS", branch: "z9hG4bK-a" })), false, 1).deliver).toBe(
      true,
    );
    expect(layer.received(head(request({ method: "OPTIONS", branch: "z9hG4bK-c" })), false, 1).deliver).toBe(
      false,
    );
  });

  it("a lost BYE and a lost 200: the BYE completes through one retransmission each way", () => {
    const caller = new TransactionLayer<string>();
    const room = new TransactionLayer<string>();
    const bye = request({ method: "BYE", branch: B, toTag: "t1" });
    const ok = response(200, { method: "BYE", branch: B });
    caller.sent(head(bye), bye, "room", false, 0); // lost
    const first = runMachine(caller, 0, 500).transmits; // Timer E at 500
    expect(first.map((x) => x.at)).toEqual([500]);
    expect(room.received(head(bye), false, 501).deliver).toBe(true); // the TU answers:
    room.sent(head(ok), ok, "caller", false, 502); // lost
    const second = runMachine(caller, 500, 1_500).transmits; // Timer E at 1500
    expect(second.map((x) => x.at)).toEqual([1_500]);
    expect(room.received(head(bye), false, 1_501).deliver).toBe(false);
    const again = runMachine(room, 1_501, 1_501).transmits;
    expect(again.map((x) => x.transmit.text)).toEqual([ok]);
    expect(caller.received(head(ok), false, 1_502)).toEqual({ deliver: true, retransmission: false });
    expect(runMachine(caller, 1_502, 60_000).transmits).toEqual([]);
    expect(caller.counts.tally()).toEqual({ sent: { BYE: 2 }, received: {} });
    expect(room.counts.tally()).toEqual({ sent: { "200 BYE": 1 }, received: { BYE: 1 } });
  });

  it("rejects timers the RFC cannot mean", () => {
    expect(() => new TransactionLayer({ timers: { t1: 0 } })).toThrow(/T1 must be > 0/);
    expect(() => new TransactionLayer({ timers: { t1: 5000, t2: 4000 } })).toThrow(/T1 must not exceed T2/);
  });
});
