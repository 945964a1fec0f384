import { describe, expect, it } from "vitest";
import { OID_H235_V3 } from "../../protocol/h235/h235-oids.js";
import { CallH235 } from "./h235-security.js";

// Bad tokens in a Setup or Connect: no crash, no encryption, the reason kept for the verdict.

describe("CallH235: DH offer and answer on a call", () => {
  it("caller and callee reach the same keys: what one encrypts the other decrypts", () => {
    const caller = new CallH235();
    const callee = new CallH235();
    const answer = callee.answerSetup(caller.setupTokens(), true);
    caller.connectTokens(answer);
    expect(caller.agreed?.group.bits).toBe(2048);
    const [a, b] = [caller.agreed!.keys, callee.agreed!.keys];
    a.role = "master";
    b.role = "slave";
    b.channelRequested(1, "audio", 9, a.openingChannel(1, "audio", 9));
    const clear = Uint8Array.from({ length: 172 }, (_, i) => (i === 0 ? 0x80 : i === 1 ? 9 : i));
    expect(b.crypto.audio.unprotectRtp(a.crypto.audio.protectRtp(clear)!)).toEqual(clear);
  });

  it("a half key of 1 in the Setup: no answer tokens, the field named, nothing thrown", () => {
    const caller = new CallH235();
    const tokens = caller.setupTokens();
    const dh = tokens[1]!.dhkey!;
    const bad = [
      tokens[0]!,
      {
        ...tokens[1]!,
        dhkey: { ...dh, halfkey: { bits: Uint8Array.of(...new Array(255).fill(0), 1), length: 2040 } },
      },
    ];
    const callee = new CallH235();
    expect(callee.answerSetup(bad, true)).toBeUndefined();
    expect(callee.agreed).toBeUndefined();
    expect(callee.failure).toMatch(/Setup tokens: H\.235: bad-token: .*clearTokens\[1\]\.dhkey/);
  });

  it("DH tokens without the V3 token, or with fast start: declined with the reason", () => {
    const tokens = new CallH235().setupTokens();
    const noV3 = new CallH235();
    expect(
      noV3.answerSetup(
        tokens.filter((t) => t.tokenOID !== OID_H235_V3),
        true,
      ),
    ).toBeUndefined();
    expect(noV3.failure).toMatch(/version 3 token/);
    const fast = new CallH235();
    expect(fast.answerSetup(tokens, false)).toBeUndefined();
    expect(fast.failure).toMatch(/fast start/);
  });

  it("a Connect whose token is of a group we did not offer, or missing: the caller says why", () => {
    const caller = new CallH235();
    caller.setupTokens();
    caller.connectTokens([{ tokenOID: OID_H235_V3 }]);
    expect(caller.failure).toMatch(/no DH token of a group we offered/);
    const none = new CallH235();
    none.setupTokens();
    none.connectTokens(undefined);
    expect(none.failure).toMatch(/no clearTokens/);
    expect(none.view()).toEqual({ offered: true, failure: none.failure });
  });
});
