import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { ParseError } from "../parse-error.js";
import { formatCryptoAttribute, parseCryptoAttribute } from "./crypto-attribute.js";

describe("RFC 4568 §9.1 a=crypto", () => {
  it("parses the RFC 4568 §4 example with lifetime and MKI", () => {
    const a = parseCryptoAttribute(
      "1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:4",
    );
    expect(a.tag).toBe(1);
    expect(a.suite).toBe("AES_CM_128_HMAC_SHA1_80");
    expect(a.keys[0]?.keySalt.length).toBe(30);
    expect(a.keys[0]?.lifetime).toBe("2^20");
    expect(a.keys[0]?.mki).toEqual({ value: 1, length: 4 });
    expect(formatCryptoAttribute(a)).toBe(
      "1 AES_CM_128_HMAC_SHA1_80 inline:PS1uQCVeeCFCanVmcjkpPywjNWhcYD0mXXtxaVBR|2^20|1:4",
    );
  });

  it("keeps session parameters (Cisco UNENCRYPTED_SRTCP)", () => {
    const a = parseCryptoAttribute(
      "1 AES_CM_128_HMAC_SHA1_80 inline:hVC+Q/anjaTWFLQ+idPs5SNo4UJ0KM616KBXEZV8|2^48 UNENCRYPTED_SRTCP",
    );
    expect(a.sessionParams).toEqual(["UNENCRYPTED_SRTCP"]);
    expect(a.keys[0]?.lifetime).toBe("2^48");
  });

  it.each([
    ["non-decimal tag", "a AES_CM_128_HMAC_SHA1_80 inline:AAAA", "tag"],
    ["ten-digit tag", "1234567890 AES_CM_128_HMAC_SHA1_80 inline:AAAA", "tag"],
    ["missing key params", "1 AES_CM_128_HMAC_SHA1_80", "key-params"],
    ["unknown key method", "1 AES_CM_128_HMAC_SHA1_80 uri:http://x", "key-method"],
    ["bad base64", "1 AES_CM_128_HMAC_SHA1_80 inline:@@@@", "key-salt"],
    ["garbage key-info", "1 AES_CM_128_HMAC_SHA1_80 inline:AAAA|x", "key-info"],
    ["MKI length 0", "1 AES_CM_128_HMAC_SHA1_80 inline:AAAA|1:0", "mki-length"],
  ])("rejects %s", (_n, value, field) => {
    try {
      parseCryptoAttribute(value);
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).field).toBe(field);
    }
  });

  it("pjsip fuzz-sdes seeds: every a=crypto line parses or fails with ParseError", () => {
    const dir = corpus("fuzz/pjsip-seed/sdes");
    let lines = 0;
    for (const f of readdirSync(dir)) {
      for (const line of readFileSync(`${dir}/${f}`, "latin1").split(/\r?\n/)) {
        if (!line.startsWith("a=crypto:")) continue;
        lines++;
        try {
          const a = parseCryptoAttribute(line.slice(9));
          expect(parseCryptoAttribute(formatCryptoAttribute(a))).toEqual(a);
        } catch (e) {
          expect(e, f).toBeInstanceOf(ParseError);
        }
      }
    }
    expect(lines).toBeGreaterThan(10);
  });

  it("parse never throws anything but ParseError; what parses re-serialises (property)", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        try {
          const a = parseCryptoAttribute(s);
          expect(parseCryptoAttribute(formatCryptoAttribute(a))).toEqual(a);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
      { numRuns: 2000 },
    );
  });
});
