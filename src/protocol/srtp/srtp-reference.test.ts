import { createCipheriv, createHmac } from "node:crypto";
import fc from "fast-check";
import { describe, it } from "vitest";
import { rtpHeaderLength } from "../rtp/rtp-packet.js";
import { deriveSessionKeys, type SessionKeys } from "./key-derivation.js";
import { AesCmKeystream, HmacSha1 } from "./session-crypto.js";
import { createSrtpContext } from "./srtp-context.js";
import { SRTP_SUITES, type SrtpSuite, srtpSuiteParams } from "./srtp-suite.js";

/*
 * A straightforward reference of RFC 3711 §3.3, §3.4, §4.1.1 and §4.2: a new aes-128-ctr cipher
 * and a new HMAC per packet, every buffer concatenated. The context must produce the same octets.
 * A failing case is reported as found (endOnFailure): shrinking kilobyte arrays takes minutes.
 */

const ROC_MOD = 0x1_0000_0000;

function refIv(salt: Uint8Array, ssrc: number, index: number): Uint8Array {
  const iv = new Uint8Array(16);
  iv.set(salt, 0);
  const x = new Uint8Array(16);
  new DataView(x.buffer).setUint32(4, ssrc); // SSRC * 2^64
  new DataView(x.buffer).setUint16(8, Math.floor(index / ROC_MOD)); // i * 2^16, i 48 bits
  new DataView(x.buffer).setUint32(10, index >>> 0);
  for (let i = 0; i < 16; i++) iv[i] = iv[i]! ^ x[i]!;
  return iv;
}

function refCtr(keys: SessionKeys, ssrc: number, index: number, data: Uint8Array): Uint8Array {
  const cipher = createCipheriv("aes-128-ctr", keys.encryptionKey, refIv(keys.salt, ssrc, index));
  return new Uint8Array(cipher.update(data));
}

function refHmac(keys: SessionKeys, data: Uint8Array): Uint8Array {
  return new Uint8Array(createHmac("sha1", keys.authenticationKey).update(data).digest());
}

/** Octet equality as a boolean: a failing property then shrinks quickly (no deep diffs of large arrays). */
const same = (a: Uint8Array, b: Uint8Array) => Buffer.from(a.buffer, a.byteOffset, a.length).equals(b);
const be32 = (n: number) => Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((p) => [...p]));

function refProtectRtp(keys: SessionKeys, tagLength: number, packet: Uint8Array, roc: number): Uint8Array {
  const h = rtpHeaderLength(packet);
  const seq = (packet[2]! << 8) | packet[3]!;
  const ssrc = new DataView(packet.buffer, packet.byteOffset).getUint32(8);
  const encrypted = concat(
    packet.subarray(0, h),
    refCtr(keys, ssrc, roc * 0x1_0000 + seq, packet.subarray(h)),
  );
  const tag = refHmac(keys, concat(encrypted, be32(roc))).subarray(0, tagLength);
  return concat(encrypted, tag);
}

function refProtectRtcp(keys: SessionKeys, packet: Uint8Array, index: number): Uint8Array {
  const ssrc = new DataView(packet.buffer, packet.byteOffset).getUint32(4);
  const encrypted = concat(
    packet.subarray(0, 8),
    refCtr(keys, ssrc, index, packet.subarray(8)),
    be32((index | 0x8000_0000) >>> 0),
  );
  return concat(encrypted, refHmac(keys, encrypted).subarray(0, 10));
}

const masterKey = fc.uint8Array({ minLength: 30, maxLength: 30 });

/** An RTP packet with random CSRCs, maybe a header extension, and a payload of 0 to 1500 octets. */
const rtpPacket = fc
  .record({
    ssrc: fc.nat({ max: 0xffff_ffff }),
    csrcCount: fc.integer({ min: 0, max: 3 }),
    extensionWords: fc.option(fc.integer({ min: 0, max: 3 })),
    payload: fc.uint8Array({ maxLength: 1500, size: "max" }),
    fill: fc.integer({ min: 0, max: 255 }),
  })
  .map(({ ssrc, csrcCount, extensionWords, payload, fill }) => {
    const ext = extensionWords === null ? 0 : 4 + 4 * extensionWords;
    const header = new Uint8Array(12 + 4 * csrcCount + ext).fill(fill);
    header[0] = 0x80 | (extensionWords === null ? 0 : 0x10) | csrcCount;
    header[1] = 96;
    new DataView(header.buffer).setUint32(8, ssrc);
    if (extensionWords !== null) {
      header[12 + 4 * csrcCount + 2] = 0;
      header[12 + 4 * csrcCount + 3] = extensionWords;
    }
    return { ssrc, bytes: concat(header, payload) };
  });

function withSeq(packet: Uint8Array, seq: number): Uint8Array {
  const p = packet.slice();
  p[2] = seq >>> 8;
  p[3] = seq & 0xff;
  return p;
}

function contexts(suite: SrtpSuite, a: Uint8Array, b: Uint8Array) {
  return {
    tx: createSrtpContext({ suite, localKey: a, remoteKey: b }),
    rx: createSrtpContext({ suite, localKey: b, remoteKey: a }),
  };
}

describe("AES-CM keystream and HMAC-SHA1 against a new cipher and HMAC per packet", () => {
  it("the keystream matches aes-128-ctr for any SSRC, 48-bit index, length and alignment", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 14, maxLength: 14 }),
        fc.nat({ max: 0xffff_ffff }),
        fc.integer({ min: 0, max: 2 ** 48 - 1 }),
        fc.uint8Array({ maxLength: 1600, size: "max" }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        (key, salt, ssrc, index, data, srcAt, dstAt) => {
          const keys = { encryptionKey: key, salt, authenticationKey: new Uint8Array(20) };
          const src = new Uint8Array(srcAt + data.length);
          src.set(data, srcAt);
          const dst = new Uint8Array(dstAt + data.length);
          const ks = new AesCmKeystream(key, salt);
          ks.xor(ssrc, index, src.subarray(srcAt), dst.subarray(dstAt));
          if (!same(dst.subarray(dstAt), refCtr(keys, ssrc, index, data))) return false;
          if (!same(src.subarray(srcAt), data)) return false; // the source is read, never written
          // In place gives the same, and a second packet under the same cipher is not affected by the first.
          const inPlace = data.slice();
          ks.xor(ssrc, index, inPlace, inPlace);
          return same(inPlace, refCtr(keys, ssrc, index, data));
        },
      ),
      { numRuns: 300, endOnFailure: true },
    );
  });

  it("keystreams taken from runs made ahead match aes-128-ctr, in order, with gaps, reordering and SSRC turns", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.uint8Array({ minLength: 14, maxLength: 14 }),
        fc.integer({ min: 0, max: 2 ** 48 - 40 }),
        fc.array(
          fc.record({
            step: fc.constantFrom(1, 1, 1, 1, 2, -1, 0, 17, -20),
            ssrc: fc.constantFrom(0x1234, 0x1234, 0x1234, 0xcafe),
            length: fc.constantFrom(1200, 1188, 512, 1504, 1505, 100, 1),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (key, salt, start, steps) => {
          const keys = { encryptionKey: key, salt, authenticationKey: new Uint8Array(20) };
          const ks = new AesCmKeystream(key, salt);
          let index = start;
          for (const { step, ssrc, length } of steps) {
            index = Math.min(2 ** 48 - 1, Math.max(0, index + step));
            const data = Uint8Array.from({ length }, (_, i) => (i * 7 + index) & 0xff);
            const out = new Uint8Array(length);
            ks.xor(ssrc, index, data, out);
            if (!same(out, refCtr(keys, ssrc, index, data))) return false;
          }
          return true;
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });

  it("the HMAC matches createHmac for any key and message", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 20, maxLength: 20 }),
        fc.uint8Array({ maxLength: 1600, size: "max" }),
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        (key, message, roc) => {
          const h = new HmacSha1(key);
          const keys = {
            encryptionKey: new Uint8Array(16),
            salt: new Uint8Array(14),
            authenticationKey: key,
          };
          if (!same(new Uint8Array(h.digest(message, roc)), refHmac(keys, concat(message, roc))))
            return false;
          return same(new Uint8Array(h.digest(message)), refHmac(keys, message));
        },
      ),
      { numRuns: 200, endOnFailure: true },
    );
  });
});

describe.each(SRTP_SUITES)(
  "%s against the reference, with random keys, headers, payloads and ROCs",
  (suite) => {
    const tagLength = srtpSuiteParams(suite).rtpTagLength;

    it("protectRtp matches the reference and unprotectRtp returns the plaintext, as the ROC advances", () => {
      fc.assert(
        fc.property(
          masterKey,
          masterKey,
          rtpPacket,
          fc.integer({ min: 0, max: 0xffff }),
          fc.integer({ min: 1, max: 12 }),
          (a, b, packet, firstSeq, count) => {
            const { tx, rx } = contexts(suite, a, b);
            const keys = deriveSessionKeys(a.subarray(0, 16), a.subarray(16)).rtp;
            // Steps of 0x7000 stay within half the sequence space, so both sides follow each wrap.
            for (let i = 0; i < count; i++) {
              const extended = firstSeq + i * 0x7000;
              const roc = Math.floor(extended / 0x1_0000);
              const plain = withSeq(packet.bytes, extended & 0xffff);
              const sent = tx.protectRtp(plain);
              if (!same(sent, refProtectRtp(keys, tagLength, plain, roc))) return false;
              if (!same(rx.unprotectRtp(sent), plain)) return false;
            }
            return true;
          },
        ),
        { numRuns: 150, endOnFailure: true },
      );
    });

    it("unprotectRtp accepts what the reference protects", () => {
      fc.assert(
        fc.property(
          masterKey,
          masterKey,
          rtpPacket,
          fc.integer({ min: 0, max: 0xffff }),
          (a, b, packet, seq) => {
            const { rx } = contexts(suite, a, b);
            const keys = deriveSessionKeys(a.subarray(0, 16), a.subarray(16)).rtp;
            const plain = withSeq(packet.bytes, seq);
            return same(rx.unprotectRtp(refProtectRtp(keys, tagLength, plain, 0)), plain);
          },
        ),
        { numRuns: 150, endOnFailure: true },
      );
    });

    it("in place (a packet given up, as the mirror does): unprotect then protect match the reference", () => {
      fc.assert(
        fc.property(
          masterKey,
          masterKey,
          masterKey,
          rtpPacket,
          fc.integer({ min: 0, max: 0xffff }),
          fc.integer({ min: 1, max: 6 }),
          (a, b, c, packet, firstSeq, count) => {
            // Caller -> room with key a; the room forwards what it unprotected, protected with key c.
            const caller = contexts(suite, a, b).tx;
            const room = createSrtpContext({ suite, localKey: c, remoteKey: a });
            const out = deriveSessionKeys(c.subarray(0, 16), c.subarray(16)).rtp;
            for (let i = 0; i < count; i++) {
              const extended = firstSeq + i * 0x7000;
              const plain = withSeq(packet.bytes, extended & 0xffff);
              // A datagram in a buffer of its own, as a socket hands it over.
              const wire = caller.protectRtp(plain).slice();
              const opened = room.unprotectRtp(wire, true);
              if (opened.buffer !== wire.buffer || !same(opened, plain)) return false;
              const resent = room.protectRtp(opened, true);
              if (resent.buffer !== wire.buffer) return false; // written where it lay
              const roc = Math.floor(extended / 0x1_0000);
              if (!same(resent, refProtectRtp(out, tagLength, plain, roc))) return false;
            }
            // No room after the packet: a new array, the packet left as it was.
            const tight = withSeq(packet.bytes, 1);
            const before = tight.slice();
            const fresh = room.protectRtp(tight, true);
            return fresh.buffer !== tight.buffer && same(tight, before);
          },
        ),
        { numRuns: 150, endOnFailure: true },
      );
    });

    it("protectRtcp matches the reference (80-bit tag, E set) and unprotectRtcp returns the plaintext", () => {
      fc.assert(
        fc.property(
          masterKey,
          masterKey,
          fc.nat({ max: 0xffff_ffff }),
          fc.uint8Array({ maxLength: 1500, size: "max" }),
          fc.integer({ min: 1, max: 4 }),
          (a, b, ssrc, body, count) => {
            const { tx, rx } = contexts(suite, a, b);
            const keys = deriveSessionKeys(a.subarray(0, 16), a.subarray(16)).rtcp;
            const plain = concat(Uint8Array.of(0x80, 200, 0, 0), be32(ssrc), body);
            for (let index = 1; index <= count; index++) {
              const sent = tx.protectRtcp(plain);
              if (!same(sent, refProtectRtcp(keys, plain, index))) return false;
              if (!same(rx.unprotectRtcp(sent), plain)) return false;
            }
            return true;
          },
        ),
        { numRuns: 150, endOnFailure: true },
      );
    });
  },
);
