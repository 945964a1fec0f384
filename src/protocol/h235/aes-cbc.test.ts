import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cbcDecrypt, cbcEncrypt, ctsDecrypt, ctsEncrypt } from "./aes-cbc.js";
import { H235Error } from "./h235-error.js";

const hex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("AES-128-CBC (NIST SP 800-38A F.2.1)", () => {
  const key = hex("2b7e151628aed2a6abf7158809cf4f3c");
  const iv = hex("000102030405060708090a0b0c0d0e0f");
  const plain = hex("6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51");
  const cipher = "7649abac8119b246cee98e9b12e9197d5086cb9b507219ee95db113a917678b2";
  it("encrypts the two blocks of the test vector", () => {
    expect(toHex(cbcEncrypt(key, iv, plain))).toBe(cipher);
  });
  it("decrypts them back", () => {
    expect(toHex(cbcDecrypt(key, iv, hex(cipher)))).toBe(toHex(plain));
  });
});

describe("CBC with ciphertext stealing (RFC 3962 Appendix B vectors, AES-128, IV 0)", () => {
  const key = hex("636869636b656e207465726979616b69");
  const iv = new Uint8Array(16);
  // RFC 3962's CTS equals H.235.0's for lengths that are not whole blocks (the ones used here).
  const vectors: [string, string][] = [
    ["4920776f756c64206c696b652074686520", "c6353568f2bf8cb4d8a580362da7ff7f97"],
    [
      "4920776f756c64206c696b65207468652047656e6572616c20476175277320",
      "fc00783e0efdb2c1d445d4c8eff7ed2297687268d6ecccc0c07b25e25ecfe5",
    ],
    [
      "4920776f756c64206c696b65207468652047656e6572616c20476175277320436869636b656e2c20706c656173652c",
      "97687268d6ecccc0c07b25e25ecfe584b3fffd940c16a18c1b5549d2f838029e39312523a78662d5be7fcbcc98ebf5",
    ],
  ];
  for (const [p, c] of vectors) {
    it(`${p.length / 2} octets: encrypts to the RFC's ciphertext and back`, () => {
      expect(toHex(ctsEncrypt(key, iv, hex(p)))).toBe(c);
      expect(toHex(ctsDecrypt(key, iv, hex(c)))).toBe(p);
    });
  }

  it("property: decrypt(encrypt(x)) = x, same length, for every length n*16+m (n >= 1, 0 < m < 16)", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 17, maxLength: 300 }).filter((d) => d.length % 16 !== 0),
        (k, v, data) => {
          const c = ctsEncrypt(k, v, data);
          expect(c.length).toBe(data.length);
          expect(toHex(ctsDecrypt(k, v, c))).toBe(toHex(data));
        },
      ),
    );
  });

  it("refuses lengths that cannot be stolen from with an H235Error naming the payload", () => {
    for (const n of [0, 5, 16, 32]) {
      expect(() => ctsDecrypt(key, iv, new Uint8Array(n))).toThrow(H235Error);
    }
    expect(() => ctsDecrypt(key, iv, new Uint8Array(15))).toThrow(/rtp\.payload/);
  });
});
