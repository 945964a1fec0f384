import { createCipheriv } from "node:crypto";
import { describe, expect, it } from "vitest";
import { H245, perCodec } from "../asn1/index.js";
import { H235Error } from "./h235-error.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import { buildEncryptionSync, h235KeyCodec, readEncryptionSync } from "./media-key.js";

const hex = (s: string) => new Uint8Array(Buffer.from(s, "hex"));
const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const encryptionSync = perCodec<H245.EncryptionSync>("EncryptionSync", H245.EncryptionSync);

const master = hex("000102030405060708090a0b0c0d0e0f");
const mediaKey = hex("101112131415161718191a1b1c1d1e1f");

describe("media key in encryptionSync (H.235.6 §8, H235Key.secureSharedSecret)", () => {
  const sync = buildEncryptionSync(master, { synchFlag: 96, key: mediaKey, algorithmOID: OID_AES128_CBC });

  it("carries the key encrypted with the master key (one AES block, zero IV = AES-128 of the key)", () => {
    const h235Key = h235KeyCodec.decode(sync.h235Key);
    expect(h235Key.choice).toBe("secureSharedSecret");
    const v3 = h235Key.value as { algorithmOID: string; encryptedSessionKey: Uint8Array; paramS: object };
    expect(v3.algorithmOID).toBe(OID_AES128_CBC);
    expect(v3.paramS).toEqual({});
    const ecb = createCipheriv("aes-128-ecb", master, null).setAutoPadding(false).update(mediaKey);
    expect(toHex(v3.encryptedSessionKey)).toBe(toHex(ecb));
    expect(sync.synchFlag).toBe(96);
  });

  it("is read back through PER with the same master key", () => {
    const wire = encryptionSync.decode(encryptionSync.encode(sync));
    const read = readEncryptionSync(master, wire);
    expect(toHex(read.key)).toBe(toHex(mediaKey));
    expect(read.synchFlag).toBe(96);
    expect(read.algorithmOID).toBe(OID_AES128_CBC);
  });

  it("uses the IV paramS carries when there is one", () => {
    const iv = hex("ffeeddccbbaa99887766554433221100");
    const enc = createCipheriv("aes-128-cbc", master, iv).setAutoPadding(false).update(mediaKey);
    const h235Key = h235KeyCodec.encode({
      choice: "secureSharedSecret",
      value: { algorithmOID: OID_AES128_CBC, paramS: { iv16: iv }, encryptedSessionKey: new Uint8Array(enc) },
    });
    expect(toHex(readEncryptionSync(master, { synchFlag: 0, h235Key }).key)).toBe(toHex(mediaKey));
  });

  describe("bad key material: an H235Error naming the field", () => {
    const bad = (h235Key: Uint8Array, field: RegExp) => {
      expect(() => readEncryptionSync(master, { synchFlag: 1, h235Key })).toThrow(H235Error);
      expect(() => readEncryptionSync(master, { synchFlag: 1, h235Key })).toThrow(field);
    };
    it("every truncated prefix of the H235Key", () => {
      for (let n = 1; n < sync.h235Key.length; n++)
        bad(sync.h235Key.subarray(0, n), /encryptionSync\.h235Key/);
    });
    it("a key other than secureSharedSecret", () => {
      bad(
        h235KeyCodec.encode({ choice: "secureChannel", value: { bits: new Uint8Array(16), length: 128 } }),
        /secureChannel is not/,
      );
    });
    it("another algorithm", () => {
      const k = h235KeyCodec.encode({
        choice: "secureSharedSecret",
        value: {
          algorithmOID: "2.16.840.1.101.3.4.1.42",
          paramS: {},
          encryptedSessionKey: new Uint8Array(16),
        },
      });
      bad(k, /algorithmOID/);
    });
    it("an encrypted key that is not 16 octets, or none", () => {
      for (const value of [
        { paramS: {}, encryptedSessionKey: new Uint8Array(15) },
        { paramS: {}, encryptedSessionKey: new Uint8Array(32) },
        { paramS: {} },
      ]) {
        bad(h235KeyCodec.encode({ choice: "secureSharedSecret", value }), /encryptedSessionKey/);
      }
    });
  });
});
