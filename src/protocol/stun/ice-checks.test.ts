import { describe, expect, it } from "vitest";
import { answerCheck, bindingRequest, readCheckResponse } from "./ice-checks.js";
import { encodeUsername } from "./stun-attributes.js";
import { signStunMessage } from "./stun-integrity.js";
import { STUN_BINDING } from "./stun-message.js";

const room = { ufrag: "RoOm", pwd: "roompasswordroompassword" };
const caller = { ufrag: "CaLl", pwd: "callerpasswordcallerpass" };
const tid = Uint8Array.from({ length: 12 }, (_, i) => i + 1);
const from = { address: "127.0.0.1", port: 40002 };

function check(nominate: boolean, remote = room) {
  return bindingRequest({
    transactionId: tid,
    localUfrag: caller.ufrag,
    remote,
    priority: 1853824767,
    tieBreaker: 42n,
    nominate,
  });
}

describe("ICE connectivity checks (RFC 8445 §7.2, §7.3)", () => {
  it("a controlling agent's check is answered with XOR-MAPPED-ADDRESS, integrity and fingerprint; USE-CANDIDATE is recorded", () => {
    const a = answerCheck(check(true), from, 1, room, 1234);
    expect(a.kind).toBe("answer");
    if (a.kind !== "answer") return;
    expect(a.check).toEqual({
      at: 1234,
      from,
      component: 1,
      useCandidate: true,
      role: "controlling",
      priority: 1853824767,
      status: 200,
    });
    expect(readCheckResponse(a.response, tid, room.pwd)).toEqual({
      kind: "success",
      integrity: "ok",
      mapped: from,
    });
    // Read with the wrong password, the same response does not authenticate.
    expect(readCheckResponse(a.response, tid, caller.pwd)).toMatchObject({
      kind: "success",
      integrity: "mismatch",
    });
    // An answer to another transaction is not ours.
    expect(readCheckResponse(a.response, new Uint8Array(12), room.pwd).kind).toBe("ignored");
    const plain = answerCheck(check(false), from, 1, room, 0);
    expect(plain.kind === "answer" && plain.check.useCandidate).toBe(false);
  });

  it("a check for another ufrag or signed with another password gets 401; one without credentials gets 400", () => {
    const wrongUfrag = answerCheck(check(false, { ufrag: "XXXX", pwd: room.pwd }), from, 1, room, 0);
    expect(wrongUfrag.kind === "answer" && wrongUfrag.check.status).toBe(401);
    const wrongPwd = answerCheck(
      check(false, { ufrag: room.ufrag, pwd: "another-password-entirely" }),
      from,
      1,
      room,
      0,
    );
    expect(wrongPwd.kind === "answer" && wrongPwd.check).toMatchObject({
      status: 401,
      reason: "MESSAGE-INTEGRITY",
    });
    if (wrongPwd.kind === "answer")
      expect(readCheckResponse(wrongPwd.response, tid, room.pwd)).toEqual({
        kind: "error",
        code: 401,
        reason: "Unauthorized",
      });
    const bare = signStunMessage(
      { method: STUN_BINDING, cls: "request", transactionId: tid, attributes: [encodeUsername("RoOm:CaLl")] },
      undefined,
      true,
    );
    expect(answerCheck(bare, from, 1, room, 0)).toMatchObject({ kind: "answer", check: { status: 400 } });
  });

  it("ignores what is not a Binding request, or whose FINGERPRINT is wrong", () => {
    const req = check(false);
    const badFp = req.slice();
    badFp[badFp.length - 1]! ^= 0xff;
    expect(answerCheck(badFp, from, 1, room, 0)).toMatchObject({ kind: "ignored", reason: /FINGERPRINT/ });
    expect(answerCheck(req.subarray(0, 30), from, 1, room, 0).kind).toBe("ignored");
    const a = answerCheck(req, from, 1, room, 0);
    if (a.kind === "answer") expect(answerCheck(a.response, from, 1, room, 0).kind).toBe("ignored");
  });
});
