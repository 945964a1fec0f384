import { describe, expect, it } from "vitest";
import { multimediaSystemControlMessage } from "../asn1/index.js";
import { IllegalTransitionError } from "../machine.js";
import { type H239Message, readH239 } from "./h239-messages.js";
import { H239Token, type H239TokenEvent } from "./h239-token.js";
import { type H245Event, H245Session, type H245Transmit } from "./h245-session.js";

// The H.239 token (H.239 §11.2) between two end systems on simulated time: each machine's
// messages are handed to the other as H.239 messages, as the H.245 session would.

function drain(t: H239Token) {
  const sent: H239Message[] = [];
  const events: H239TokenEvent[] = [];
  for (let o = t.pollOutput(); o.kind !== "timeout"; o = t.pollOutput()) {
    if (o.kind === "transmit") sent.push(readH239(o.transmit)!);
    else events.push(o.event);
  }
  return { sent, events };
}

function pump(a: H239Token, b: H239Token, now: number) {
  const log: { a: H239TokenEvent[]; b: H239TokenEvent[]; wire: string[] } = { a: [], b: [], wire: [] };
  for (let moved = true; moved; ) {
    moved = false;
    for (const [from, to, side] of [
      [a, b, "a"],
      [b, a, "b"],
    ] as const) {
      const out = drain(from);
      log[side].push(...out.events);
      for (const m of out.sent) {
        log.wire.push(`${side}:${m.type}${"result" in m ? `:${m.result}` : ""}`);
        to.handleMessage(now, m);
        moved = true;
      }
    }
  }
  return log;
}

describe("H.239 presentation token (H.239 §11.2)", () => {
  it("request, acknowledge, owner indication, release: both sides agree who holds it", () => {
    const a = new H239Token();
    const b = new H239Token();
    a.request(0, 103, 50);
    const log = pump(a, b, 1);
    expect(log.wire).toEqual([
      "a:presentationTokenRequest",
      "b:presentationTokenResponse:acknowledge",
      "a:presentationTokenIndicateOwner",
    ]);
    expect(a.currentState).toBe("held");
    expect(b.currentState).toBe("remoteHolds");
    expect(b.ownerChannel).toBe(103);
    expect(log.a).toContainEqual({ type: "tokenGranted", channelId: 103 });
    expect(log.b).toContainEqual({ type: "remoteRequested", channelId: 103, granted: true });
    a.release(2);
    const after = pump(a, b, 2);
    expect(after.wire).toEqual(["a:presentationTokenRelease"]);
    expect(after.b).toEqual([{ type: "remoteReleased", channelId: 103 }]);
    expect([a.currentState, b.currentState]).toEqual(["free", "free"]);
  });

  it("the policy deny rejects: the asker stays without the token", () => {
    const a = new H239Token();
    const b = new H239Token();
    b.policy = "deny";
    a.request(0, 5, 9);
    const log = pump(a, b, 1);
    expect(log.a).toEqual([{ type: "tokenRejected", channelId: 5, reason: "the far end rejected it" }]);
    expect([a.currentState, b.currentState]).toEqual(["free", "free"]);
  });

  it("granting while holding takes the token from us (tokenLost)", () => {
    const a = new H239Token();
    const b = new H239Token();
    a.request(0, 7, 9);
    pump(a, b, 1);
    b.request(2, 8, 10);
    const log = pump(a, b, 2);
    expect(log.a).toContainEqual({ type: "tokenLost", channelId: 7 });
    expect(a.currentState).toBe("remoteHolds");
    expect(b.currentState).toBe("held");
  });

  it("both ask at once: the larger symmetryBreaking holds the token", () => {
    const a = new H239Token();
    const b = new H239Token();
    a.request(0, 1, 100);
    b.request(0, 2, 20);
    const log = pump(a, b, 1);
    expect(a.currentState).toBe("held");
    expect(b.currentState).toBe("remoteHolds");
    expect(log.b.find((e) => e.type === "tokenRejected")).toMatchObject({ channelId: 2 });
  });

  it("both ask with equal symmetryBreaking: neither holds it", () => {
    const a = new H239Token();
    const b = new H239Token();
    a.request(0, 1, 33);
    b.request(0, 2, 33);
    pump(a, b, 1);
    expect([a.currentState, b.currentState]).toEqual(["free", "free"]);
  });

  it("no response within the bound: the request fails, told as a rejection", () => {
    const a = new H239Token(1000);
    a.request(0, 1, 3);
    drain(a);
    expect(a.pollOutput()).toEqual({ kind: "timeout", at: 1000 });
    a.handleTimeout(999);
    expect(a.currentState).toBe("requesting");
    a.handleTimeout(1000);
    expect(drain(a).events).toEqual([
      { type: "tokenRejected", channelId: 1, reason: "no presentationTokenResponse within 1000 ms" },
    ]);
    expect(a.currentState).toBe("free");
  });

  it("out of order: a response never asked for, a release by a non-holder, a response for another channel", () => {
    const a = new H239Token();
    a.handleMessage(0, {
      type: "presentationTokenResponse",
      result: "acknowledge",
      terminalLabel: 0,
      channelId: 4,
    });
    a.handleMessage(0, { type: "presentationTokenRelease", terminalLabel: 0, channelId: 4 });
    const before = drain(a);
    expect(before.sent).toEqual([]);
    a.request(0, 9, 5);
    drain(a);
    a.handleMessage(0, {
      type: "presentationTokenResponse",
      result: "acknowledge",
      terminalLabel: 0,
      channelId: 4,
    });
    const { sent, events } = drain(a);
    expect(sent).toEqual([]);
    expect([...before.events, ...events]).toEqual([
      { type: "tokenOutOfOrder", message: "presentationTokenResponse", state: "free" },
      { type: "tokenOutOfOrder", message: "presentationTokenRelease", state: "free" },
      { type: "tokenOutOfOrder", message: "presentationTokenResponse", state: "requesting" },
    ]);
    expect(a.currentState).toBe("requesting");
  });

  it("asking twice or releasing what we do not hold is a bug of ours", () => {
    const a = new H239Token();
    expect(() => a.release(0)).toThrow(IllegalTransitionError);
    a.request(0, 1, 1);
    expect(() => a.request(0, 1, 1)).toThrow(IllegalTransitionError);
  });

  it("a flow control release request is refused", () => {
    const a = new H239Token();
    a.handleMessage(0, { type: "flowControlReleaseRequest", channelId: 3, bitRate: 100 });
    expect(drain(a).sent).toEqual([{ type: "flowControlReleaseResponse", result: "reject", channelId: 3 }]);
  });
});

describe("H.239 in the H.245 session", () => {
  function sessions() {
    const a = new H245Session({ terminalType: 50, statusDeterminationNumber: () => 1 });
    const b = new H245Session({ terminalType: 50, statusDeterminationNumber: () => 2 });
    return { a, b };
  }
  function run(
    from: H245Session,
    to: H245Session,
    now: number,
  ): { sent: H245Transmit[]; events: H245Event[] } {
    const sent: H245Transmit[] = [];
    const events: H245Event[] = [];
    for (let o = from.pollOutput(); o.kind !== "timeout"; o = from.pollOutput()) {
      if (o.kind === "transmit") {
        sent.push(o.transmit);
        to.handleMessage(now, o.transmit.bytes);
      } else events.push(o.event);
    }
    return { sent, events };
  }

  it("carries the token in generic messages and names them on the ladder", () => {
    const { a, b } = sessions();
    a.h239.request(0, 3, 77);
    expect(run(a, b, 0).sent.map((t) => t.name)).toEqual(["request.genericRequest"]);
    const answer = run(b, a, 1);
    expect(answer.sent.map((t) => t.name)).toEqual(["response.genericResponse"]);
    expect(answer.events).toContainEqual({ type: "remoteOwns", channelId: 3 });
    const granted = run(a, b, 2);
    expect(granted.events).toContainEqual({ type: "tokenGranted", channelId: 3 });
    expect(granted.sent.map((t) => t.name)).toEqual(["indication.genericIndication"]);
  });

  it("a malformed H.239 request is answered FunctionNotSupported (syntaxError) and reported", () => {
    const { a } = sessions();
    const bad = multimediaSystemControlMessage.encode({
      choice: "request",
      value: {
        choice: "genericRequest",
        value: { messageIdentifier: { choice: "standard", value: "0.0.8.239.2" }, subMessageIdentifier: 3 },
      },
    });
    a.handleMessage(0, bad);
    const out: string[] = [];
    let detail = "";
    for (let o = a.pollOutput(); o.kind !== "timeout"; o = a.pollOutput()) {
      if (o.kind === "transmit") out.push(o.transmit.name);
      else if (o.event.type === "h239Malformed") detail = o.event.detail;
    }
    expect(out).toEqual(["indication.functionNotSupported"]);
    expect(detail).toMatch(/presentationTokenRequest without (channelId|symmetryBreaking)/);
    expect(a.h239.currentState).toBe("free");
  });
});
