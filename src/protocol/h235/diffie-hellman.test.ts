import { createDiffieHellman, getDiffieHellman } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { bigintToBytes, bytesToBigint, modPow } from "./big-unsigned.js";
import { DH_GROUPS, dhGroupByOid } from "./dh-groups.js";
import { checkHalfKey, dhKeyPair, dhSharedSecret } from "./diffie-hellman.js";
import { H235Error } from "./h235-error.js";
import { OID_DH1024, OID_DH1536, OID_DH2048 } from "./h235-oids.js";
import { masterKeyFromSharedSecret } from "./key-derivation.js";

const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const random = (seed: number) => Uint8Array.from({ length: 32 }, (_, i) => (seed * 131 + i * 197 + 7) & 0xff);

describe("H.235.6 DH groups", () => {
  it("are the RFC 2409 / RFC 3526 MODP groups OpenSSL knows as modp2, modp5, modp14", () => {
    const names: [string, string][] = [
      [OID_DH1024, "modp2"],
      [OID_DH1536, "modp5"],
      [OID_DH2048, "modp14"],
    ];
    for (const [oid, name] of names) {
      const g = dhGroupByOid(oid)!;
      const theirs = getDiffieHellman(name);
      expect(g.prime.toString(16)).toBe(theirs.getPrime("hex"));
      expect(g.generator).toBe(BigInt(`0x${theirs.getGenerator("hex")}`));
      expect(g.prime.toString(2).length).toBe(g.bits);
    }
  });
});

describe("modPow and fixed-width octets", () => {
  it("small known values", () => {
    expect(modPow(4n, 13n, 497n)).toBe(445n);
    expect(modPow(2n, 0n, 7n)).toBe(1n);
    expect(modPow(5n, 3n, 1n)).toBe(0n);
  });
  it("property: agrees with repeated multiplication", () => {
    fc.assert(
      fc.property(
        fc.bigInt(0n, 1000n),
        fc.integer({ min: 0, max: 60 }),
        fc.bigInt(2n, 10_000n),
        (b, e, m) => {
          let r = 1n;
          for (let i = 0; i < e; i++) r = (r * b) % m;
          expect(modPow(b, BigInt(e), m)).toBe(r % m);
        },
      ),
    );
  });
  it("property: octets round-trip, and a value too wide is refused", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(toHex(bigintToBytes(bytesToBigint(b), b.length))).toBe(toHex(b));
      }),
    );
    expect(() => bigintToBytes(256n, 1)).toThrow(RangeError);
  });
});

describe("Diffie-Hellman agreement (H.235.6 §8)", () => {
  for (const group of DH_GROUPS) {
    it(`${group.bits}-bit: both ends reach the secret OpenSSL computes for the same exponents`, () => {
      const a = dhKeyPair(group, random(1));
      const b = dhKeyPair(group, random(2));
      const ab = dhSharedSecret(a, b.halfKey);
      expect(toHex(ab)).toBe(toHex(dhSharedSecret(b, a.halfKey)));
      expect(ab.length).toBe(group.bits / 8);
      const ossl = createDiffieHellman(bigintToBytes(group.prime, group.bits / 8), Uint8Array.of(2));
      ossl.setPrivateKey(Buffer.from(a.privateKey.toString(16).padStart(group.bits / 4, "0"), "hex"));
      ossl.setPublicKey(Buffer.from(bigintToBytes(a.halfKey, group.bits / 8)));
      const theirs = ossl.computeSecret(Buffer.from(bigintToBytes(b.halfKey, group.bits / 8)));
      expect(toHex(theirs).padStart(group.bits / 4, "0")).toBe(toHex(ab));
    });
  }

  it("refuses half keys that give a known secret (0, 1, p-1, p) with an H235Error", () => {
    const g = DH_GROUPS[0]!;
    for (const bad of [0n, 1n, g.prime - 1n, g.prime]) {
      expect(() => checkHalfKey(g, bad, "clearTokens[1].dhkey.halfkey")).toThrow(H235Error);
    }
    const own = dhKeyPair(g, random(3));
    expect(() => dhSharedSecret(own, 1n)).toThrow(/bad-token/);
  });

  it("needs 32 random octets for a private exponent", () => {
    expect(() => dhKeyPair(DH_GROUPS[0]!, new Uint8Array(8))).toThrow(RangeError);
  });

  it("the master key is the least significant 128 bits of the secret", () => {
    const secret = Uint8Array.from({ length: 128 }, (_, i) => i);
    expect(toHex(masterKeyFromSharedSecret(secret))).toBe("707172737475767778797a7b7c7d7e7f");
    expect(() => masterKeyFromSharedSecret(new Uint8Array(8))).toThrow(H235Error);
  });
});
