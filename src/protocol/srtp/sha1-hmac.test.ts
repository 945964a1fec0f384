import { createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { PlainHmacSha1 } from "./sha1-hmac.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const ref = (key: Uint8Array, ...parts: Uint8Array[]) => {
  const h = createHmac("sha1", key);
  for (const p of parts) h.update(p);
  return h.digest("hex");
};

describe("PlainHmacSha1 (RFC 2104 over RFC 3174 SHA-1)", () => {
  it("RFC 2202 test cases 1 and 2", () => {
    const c1 = new PlainHmacSha1(new Uint8Array(20).fill(0x0b));
    expect(hex(c1.digest(new TextEncoder().encode("Hi There")))).toBe(
      "b617318655057264e28bc0b6fb378c8ef146be00",
    );
    const c2 = new PlainHmacSha1(new TextEncoder().encode("Jefe"));
    expect(hex(c2.digest(new TextEncoder().encode("what do ya want for nothing?")))).toBe(
      "effcdf6ae5eb2fa2d27416d5f184df9c259a7c79",
    );
  });

  it("RFC 2202 test case 6: a key longer than the block is hashed first", () => {
    const h = new PlainHmacSha1(new Uint8Array(80).fill(0xaa));
    const m = new TextEncoder().encode("Test Using Larger Than Block-Size Key - Hash Key First");
    expect(hex(h.digest(m))).toBe("aa4ae5e15272d00e95705637ce8a3b55ed402112");
  });

  it("matches createHmac for any key, message and suffix, at every padding boundary", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 100 }),
        fc.uint8Array({ maxLength: 400 }),
        fc.option(fc.uint8Array({ maxLength: 70 })),
        (key, message, suffix) => {
          const h = new PlainHmacSha1(key);
          const got = suffix === null ? h.digest(message) : h.digest(message, suffix);
          const want = suffix === null ? ref(key, message) : ref(key, message, suffix);
          // A second digest under the same key is not disturbed by the first.
          return hex(got) === want && hex(h.digest(message)) === ref(key, message);
        },
      ),
      { numRuns: 500 },
    );
    const h = new PlainHmacSha1(new Uint8Array(20).fill(3));
    for (let n = 0; n <= 200; n++) {
      const m = new Uint8Array(n).fill(n);
      expect(hex(h.digest(m)), `${n} octets`).toBe(ref(new Uint8Array(20).fill(3), m));
    }
  });

  it("returns a new array each time", () => {
    const h = new PlainHmacSha1(new Uint8Array(20));
    const a = h.digest(new Uint8Array(10));
    const b = h.digest(new Uint8Array(11));
    expect(a).not.toBe(b);
    expect(hex(a)).not.toBe(hex(b));
  });
});
