import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { H235 } from "../asn1/index.js";
import { H235 as H235Types, perCodec } from "../asn1/index.js";
import { DH_GROUPS, dhGroupByOid } from "./dh-groups.js";
import { chooseDhOffer, dhClearTokens, hasH235V3Token, readDhOffers } from "./dh-tokens.js";
import { dhKeyPair, dhSharedSecret } from "./diffie-hellman.js";
import { H235Error } from "./h235-error.js";
import { OID_DH1024, OID_DH2048, OID_H235_V3 } from "./h235-oids.js";

const clearToken = perCodec<H235.ClearToken>("ClearToken", H235Types.ClearToken);
const random = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed * 31 + i * 17 + 3) & 0xff);
const g1024 = dhGroupByOid(OID_DH1024)!;
const g2048 = dhGroupByOid(OID_DH2048)!;

describe("H.235.6 DH clear tokens (Setup / Connect)", () => {
  const caller = [dhKeyPair(g2048, random(1)), dhKeyPair(g1024, random(2))];
  const tokens = dhClearTokens(caller);

  it("carry the V3 token and one dhkey per group, each field a bit string of the modulus length", () => {
    expect(tokens[0]).toEqual({ tokenOID: OID_H235_V3 });
    expect(hasH235V3Token(tokens)).toBe(true);
    expect(tokens.map((t) => t.tokenOID)).toEqual([OID_H235_V3, OID_DH2048, OID_DH1024]);
    const t = tokens[2]!;
    expect(t.dhkey!.halfkey.length).toBe(1024);
    expect(t.dhkey!.modSize.length).toBe(1024);
    expect(t.dhkey!.generator.length).toBe(1024);
    expect(t.dhkey!.generator.bits[127]).toBe(2);
  });

  it("survive PER (ClearToken) and are read back as the offers; the strongest common group is chosen", () => {
    const wire = tokens.map((t) => clearToken.decode(clearToken.encode(t)));
    const offers = readDhOffers(wire);
    expect(offers.map((o) => o.group.bits)).toEqual([2048, 1024]);
    expect(offers[0]!.halfKey).toBe(caller[0]!.halfKey);
    expect(chooseDhOffer(offers)!.group.tokenOID).toBe(OID_DH2048);
    expect(chooseDhOffer(offers, [OID_DH1024])!.group.tokenOID).toBe(OID_DH1024);
    expect(chooseDhOffer(offers, ["1.2.3"])).toBeUndefined();
    // the callee answers in its group; both ends reach the same secret
    const callee = dhKeyPair(g1024, random(9));
    const [answer] = readDhOffers(dhClearTokens([callee]));
    expect(dhSharedSecret(caller[1]!, answer!.halfKey)).toEqual(dhSharedSecret(callee, offers[1]!.halfKey));
  });

  it("skip tokens of other kinds and groups we do not know", () => {
    expect(readDhOffers([{ tokenOID: "1.2.840.1" }, { tokenOID: OID_H235_V3 }])).toEqual([]);
    expect(readDhOffers(undefined)).toEqual([]);
    expect(hasH235V3Token(undefined)).toBe(false);
  });

  it("accept modSize and generator left empty (the token OID names them)", () => {
    const t = dhClearTokens([caller[1]!])[1]!;
    const bare = {
      ...t,
      dhkey: {
        ...t.dhkey!,
        modSize: { bits: new Uint8Array(0), length: 0 },
        generator: { bits: new Uint8Array(0), length: 0 },
      },
    };
    expect(readDhOffers([bare])[0]!.halfKey).toBe(caller[1]!.halfKey);
  });

  describe("bad tokens: an H235Error naming the field", () => {
    const good = dhClearTokens([caller[1]!])[1]!;
    const bits = (n: bigint, len: number) => ({
      bits: Uint8Array.from(Buffer.from(n.toString(16).padStart(len / 4, "0"), "hex")),
      length: len,
    });
    const cases: [string, H235.ClearToken, RegExp][] = [
      [
        "another modulus",
        { ...good, dhkey: { ...good.dhkey!, modSize: bits(g1024.prime - 2n, 1024) } },
        /dhkey\.modSize/,
      ],
      ["generator 5", { ...good, dhkey: { ...good.dhkey!, generator: bits(5n, 1024) } }, /dhkey\.generator/],
      ["half key 1", { ...good, dhkey: { ...good.dhkey!, halfkey: bits(1n, 1024) } }, /dhkey\.halfkey/],
      [
        "half key p-1",
        { ...good, dhkey: { ...good.dhkey!, halfkey: bits(g1024.prime - 1n, 1024) } },
        /dhkey\.halfkey/,
      ],
      [
        "empty half key",
        { ...good, dhkey: { ...good.dhkey!, halfkey: { bits: new Uint8Array(0), length: 0 } } },
        /dhkey\.halfkey/,
      ],
      [
        "half key wider than the group",
        { ...good, dhkey: { ...good.dhkey!, halfkey: bits(3n, 2048) } },
        /dhkey\.halfkey/,
      ],
    ];
    for (const [name, token, field] of cases) {
      it(name, () => {
        expect(() => readDhOffers([{ tokenOID: OID_H235_V3 }, token])).toThrow(H235Error);
        expect(() => readDhOffers([{ tokenOID: OID_H235_V3 }, token])).toThrow(field);
        expect(() => readDhOffers([{ tokenOID: OID_H235_V3 }, token])).toThrow(/clearTokens\[1\]/);
      });
    }
  });

  it("property: any dhkey of a known group gives offers or an H235Error, nothing else", () => {
    const bitString = fc
      .integer({ min: 0, max: 2048 })
      .chain((length) =>
        fc
          .uint8Array({ minLength: Math.ceil(length / 8), maxLength: Math.ceil(length / 8) })
          .map((b) => ({ bits: b, length })),
      );
    fc.assert(
      fc.property(
        fc.constantFrom(...DH_GROUPS.map((g) => g.tokenOID), "1.2.3"),
        bitString,
        bitString,
        bitString,
        (tokenOID, halfkey, modSize, generator) => {
          try {
            const offers = readDhOffers([{ tokenOID, dhkey: { halfkey, modSize, generator } }]);
            for (const o of offers) expect(o.halfKey > 1n && o.halfKey < o.group.prime - 1n).toBe(true);
          } catch (e) {
            expect(e).toBeInstanceOf(H235Error);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
