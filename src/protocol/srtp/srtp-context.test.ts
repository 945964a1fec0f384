import { createHmac } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { RtpHeader, SrtcpSession, SrtpSession } from "werift";
import { corpus } from "../../../test/support/corpora.js";
import { ParseError } from "../parse-error.js";
import { parseRtpPacket, serializeRtpPacket } from "../rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { deriveSessionKeys } from "./key-derivation.js";
import { createReplayWindow } from "./replay-window.js";
import { createSrtpContext } from "./srtp-context.js";
import { SrtpError } from "./srtp-error.js";
import { type SrtpSuite, splitKeyMaterial } from "./srtp-suite.js";

const hex = (s: string) => Uint8Array.from(Buffer.from(s.replace(/\s+/g, ""), "hex"));
const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");

// RFC 3711 Appendix B.3 master key and salt (also libsrtp's test_key).
const MASTER_KEY = hex("E1F97A0D3E018BE0D64FA32C06DE4139");
const MASTER_SALT = hex("0EC675AD498AFEEBB6960B3AABE6");
const MATERIAL = Uint8Array.from([...MASTER_KEY, ...MASTER_SALT]);
const OTHER = Uint8Array.from({ length: 30 }, (_, i) => (i * 7 + 3) & 0xff);

// libsrtp srtp_validate(): SSRC 0xcafebabe, seq 0x1234, 16 octets of 0xab, default (_80) policy.
const PLAIN_RTP = hex("800f1234 decafbad cafebabe abababab abababab abababab abababab");
const SRTP_80 = hex("800f1234 decafbad cafebabe 4e55dc4c e79978d8 8ca4d215 949d2402 b78d6acc 99ea179b 8dbb");
const PLAIN_RTCP = hex("81c8000b cafebabe abababab abababab abababab abababab");
const SRTCP_80 = hex("81c8000b cafebabe 7128035b e487b9bd bef89041 f977a5a8 80000001 993e08cd 54d6c123 0798");

describe("RFC 3711 Appendix B.3 key derivation", () => {
  it("derives the published cipher key, salt and auth key", () => {
    const { rtp } = deriveSessionKeys(MASTER_KEY, MASTER_SALT);
    expect(toHex(rtp.encryptionKey)).toBe("c61e7a93744f39ee10734afe3ff7a087");
    expect(toHex(rtp.salt)).toBe("30cbbc08863d8c85d49db34a9ae1");
    expect(toHex(rtp.authenticationKey)).toBe("cebe321f6ff7716b6fd4ab49af256a156d38baa4");
  });
});

describe("RFC 3711 AES_CM_128_HMAC_SHA1_80 known packets (libsrtp srtp_validate vectors)", () => {
  it("protects RTP to the reference ciphertext and tag", () => {
    const ctx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_80", localKey: MATERIAL, remoteKey: OTHER });
    expect(toHex(ctx.protectRtp(PLAIN_RTP))).toBe(toHex(SRTP_80));
  });

  it("unprotects the reference SRTP packet", () => {
    const ctx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_80", localKey: OTHER, remoteKey: MATERIAL });
    expect(toHex(ctx.unprotectRtp(SRTP_80))).toBe(toHex(PLAIN_RTP));
  });

  it("protects and unprotects the reference SRTCP packet (index 1, E set)", () => {
    const tx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_80", localKey: MATERIAL, remoteKey: OTHER });
    expect(toHex(tx.protectRtcp(PLAIN_RTCP))).toBe(toHex(SRTCP_80));
    const rx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_80", localKey: OTHER, remoteKey: MATERIAL });
    expect(toHex(rx.unprotectRtcp(SRTCP_80))).toBe(toHex(PLAIN_RTCP));
  });
});

describe("AES_CM_128_HMAC_SHA1_32 (RFC 4568 §6.2.2: 32-bit SRTP tag, 80-bit SRTCP tag)", () => {
  it("the SRTP tag is the first 4 octets of the HMAC, the ciphertext is unchanged", () => {
    const ctx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_32", localKey: MATERIAL, remoteKey: OTHER });
    const out = ctx.protectRtp(PLAIN_RTP);
    expect(out.length).toBe(PLAIN_RTP.length + 4);
    expect(toHex(out)).toBe(toHex(SRTP_80.subarray(0, PLAIN_RTP.length + 4)));
  });

  it("SRTCP keeps the 80-bit tag", () => {
    const ctx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_32", localKey: MATERIAL, remoteKey: OTHER });
    expect(toHex(ctx.protectRtcp(PLAIN_RTCP))).toBe(toHex(SRTCP_80));
  });

  it("unprotects a _32 packet and rejects it under _80", () => {
    const rx32 = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_32",
      localKey: OTHER,
      remoteKey: MATERIAL,
    });
    const packet32 = SRTP_80.subarray(0, PLAIN_RTP.length + 4);
    expect(toHex(rx32.unprotectRtp(packet32))).toBe(toHex(PLAIN_RTP));
    const rx80 = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_80",
      localKey: OTHER,
      remoteKey: MATERIAL,
    });
    expect(() => rx80.unprotectRtp(packet32)).toThrow(SrtpError);
  });
});

function rtp(
  seq: number,
  ssrc = 0x11223344,
  payload = Uint8Array.from({ length: 40 }, (_, i) => i),
): Uint8Array {
  return serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(96),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(seq * 3000),
    ssrc: asSsrc(ssrc),
    csrcs: [],
    payload,
    paddingLength: 0,
  });
}

function pair(suite: SrtpSuite) {
  const a = createSrtpContext({ suite, localKey: MATERIAL, remoteKey: OTHER });
  const b = createSrtpContext({ suite, localKey: OTHER, remoteKey: MATERIAL });
  return { a, b };
}

describe.each(["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"] as const)("%s round trips", (suite) => {
  it("between two contexts with swapped keys, both directions, across a sequence wrap", () => {
    const { a, b } = pair(suite);
    for (let i = 0; i < 300; i++) {
      const seq = (65400 + i) & 0xffff;
      const p = rtp(seq);
      const enc = a.protectRtp(p);
      expect(toHex(enc.subarray(12, 52))).not.toBe(toHex(p.subarray(12)));
      expect(b.unprotectRtp(enc)).toEqual(p);
      const back = rtp(seq, 0x55667788);
      expect(a.unprotectRtp(b.protectRtp(back))).toEqual(back);
    }
  });

  it("RTCP round trip", () => {
    const { a, b } = pair(suite);
    for (let i = 0; i < 5; i++) expect(b.unprotectRtcp(a.protectRtcp(PLAIN_RTCP))).toEqual(PLAIN_RTCP);
  });

  it("keeps the header extension in the clear and authenticated", () => {
    const { a, b } = pair(suite);
    const p = hex("900f1234 decafbad cafebabe bede0001 10ff0000 abababab");
    const enc = a.protectRtp(p);
    expect(toHex(enc.subarray(0, 20))).toBe(toHex(p.subarray(0, 20)));
    expect(b.unprotectRtp(enc)).toEqual(p);
  });

  it("a flipped bit anywhere fails authentication with SrtpError", () => {
    const { a, b } = pair(suite);
    const enc = a.protectRtp(rtp(10));
    for (const at of [1, 5, 13, 30, enc.length - 1]) {
      const bad = enc.slice();
      bad[at] = bad[at]! ^ 0x01;
      const err = catchError(() => b.unprotectRtp(bad));
      expect(err).toBeInstanceOf(SrtpError);
      expect((err as SrtpError).failure).toBe("authentication");
    }
    expect(b.unprotectRtp(enc)).toEqual(rtp(10)); // a failed packet does not poison the state
  });

  it("refuses replays (same packet twice, and packets older than the window)", () => {
    const { a, b } = pair(suite);
    const first = a.protectRtp(rtp(1));
    b.unprotectRtp(first);
    expect((catchError(() => b.unprotectRtp(first)) as SrtpError).failure).toBe("replay");
    for (let s = 2; s < 200; s++) b.unprotectRtp(a.protectRtp(rtp(s)));
    const old = a.protectRtp(rtp(5));
    expect((catchError(() => b.unprotectRtp(old)) as SrtpError).failure).toBe("replay");
    const rtcp = a.protectRtcp(PLAIN_RTCP);
    b.unprotectRtcp(rtcp);
    expect((catchError(() => b.unprotectRtcp(rtcp)) as SrtpError).failure).toBe("replay");
  });

  it("accepts reordered packets within the window, including across the wrap", () => {
    const { a, b } = pair(suite);
    const packets = [65533, 65534, 65535, 0, 1, 2].map((s) => a.protectRtp(rtp(s)));
    for (const i of [0, 3, 1, 4, 2, 5]) b.unprotectRtp(packets[i]!);
    expect(b.unprotectRtp(a.protectRtp(rtp(3)))).toEqual(rtp(3));
  });
});

describe.each(["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"] as const)(
  "%s never writes into the caller's buffer",
  (suite) => {
    /** Packets as views into one larger Buffer, at an odd offset, as a capture reader hands them out. */
    function inCapture(...packets: Uint8Array[]): { capture: Buffer; views: Buffer[] } {
      const capture = Buffer.alloc(3 + packets.reduce((n, p) => n + p.length, 0), 0x5a);
      let at = 3;
      const views = packets.map((p) => {
        capture.set(p, at);
        at += p.length;
        return capture.subarray(at - p.length, at);
      });
      return { capture, views };
    }

    it("protect and unprotect of Buffer views leave the Buffer as it was and return unshared arrays", () => {
      const { a, b } = pair(suite);
      const sent = [a.protectRtp(rtp(7)), a.protectRtcp(PLAIN_RTCP)];
      const { capture, views } = inCapture(rtp(8), PLAIN_RTCP, sent[0]!, sent[1]!);
      const before = Buffer.from(capture);
      const outputs = [
        a.protectRtp(views[0]!),
        a.protectRtcp(views[1]!),
        b.unprotectRtp(views[2]!),
        b.unprotectRtcp(views[3]!),
      ];
      expect(capture.equals(before)).toBe(true);
      expect(outputs[2]).toEqual(rtp(7));
      expect(outputs[3]).toEqual(PLAIN_RTCP);
      for (const out of outputs) {
        expect(out.buffer).not.toBe(capture.buffer);
        out.fill(0);
      }
      expect(capture.equals(before)).toBe(true);
    });

    it("an unencrypted SRTCP packet (E = 0) is returned as a copy too", () => {
      const { a, b } = pair(suite);
      const enc = a.protectRtcp(PLAIN_RTCP);
      // Rebuild it with E = 0 and the body in the clear, tagged with the sender's SRTCP auth key.
      const keys = deriveSessionKeys(MASTER_KEY, MASTER_SALT).rtcp;
      const clear = Uint8Array.from([...PLAIN_RTCP, 0, 0, 0, 1]);
      const tag = createHmac("sha1", keys.authenticationKey).update(clear).digest().subarray(0, 10);
      const { capture, views } = inCapture(Uint8Array.from([...clear, ...tag]));
      const before = Buffer.from(capture);
      const out = b.unprotectRtcp(views[0]!);
      expect(out).toEqual(PLAIN_RTCP);
      out.fill(0);
      expect(capture.equals(before)).toBe(true);
      expect(enc.length).toBe(clear.length + 10);
    });
  },
);

describe("interop with werift's SRTP (AES_CM_128_HMAC_SHA1_80, profile 1)", () => {
  const keys = {
    localMasterKey: Buffer.from(OTHER.subarray(0, 16)),
    localMasterSalt: Buffer.from(OTHER.subarray(16)),
    remoteMasterKey: Buffer.from(MASTER_KEY),
    remoteMasterSalt: Buffer.from(MASTER_SALT),
  };
  it("werift decrypts what we protect, and we unprotect what werift encrypts", () => {
    const ours = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_80",
      localKey: MATERIAL,
      remoteKey: OTHER,
    });
    const theirs = new SrtpSession({ keys, profile: 1 });
    for (const seq of [100, 101, 102]) {
      const p = rtp(seq);
      expect(new Uint8Array(theirs.decrypt(Buffer.from(ours.protectRtp(p))))).toEqual(p);
      const parsed = parseRtpPacket(p);
      const header = new RtpHeader({
        payloadType: 96,
        sequenceNumber: seq,
        timestamp: parsed.timestamp,
        ssrc: parsed.ssrc,
      });
      const enc = theirs.encrypt(Buffer.from(parsed.payload), header);
      expect(ours.unprotectRtp(new Uint8Array(enc))).toEqual(p);
    }
    const theirRtcp = new SrtcpSession({ keys, profile: 1 });
    expect(new Uint8Array(theirRtcp.decrypt(Buffer.from(ours.protectRtcp(PLAIN_RTCP))))).toEqual(PLAIN_RTCP);
    expect(ours.unprotectRtcp(new Uint8Array(theirRtcp.encrypt(Buffer.from(PLAIN_RTCP))))).toEqual(
      PLAIN_RTCP,
    );
  });

  it("in place, as the mirror relays: werift's packet unprotected and re-protected where it lies, werift reads it", () => {
    // The room: werift's peer (keys as above) sends to us; we send back what we got, with our keys.
    const room = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_80",
      localKey: MATERIAL,
      remoteKey: OTHER,
    });
    const theirs = new SrtpSession({ keys, profile: 1 });
    for (const seq of [7, 8, 9]) {
      const p = rtp(seq);
      const parsed = parseRtpPacket(p);
      const header = new RtpHeader({
        payloadType: 96,
        sequenceNumber: seq,
        timestamp: parsed.timestamp,
        ssrc: parsed.ssrc,
      });
      const datagram = new Uint8Array(theirs.encrypt(Buffer.from(parsed.payload), header));
      const plain = room.unprotectRtp(datagram, true);
      expect(plain).toEqual(p);
      const back = room.protectRtp(plain, true);
      expect(back.buffer).toBe(datagram.buffer);
      expect(new Uint8Array(theirs.decrypt(Buffer.from(back)))).toEqual(p);
    }
  });
});

describe("MKI (RFC 3711 §3.1)", () => {
  it("carries the sender's MKI between payload and tag and strips it on receive", () => {
    const mki = Uint8Array.of(0, 0, 0, 1);
    const a = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_80",
      localKey: { key: MASTER_KEY, salt: MASTER_SALT, mki },
      remoteKey: OTHER,
    });
    const b = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_80",
      localKey: OTHER,
      remoteKey: MATERIAL,
      remoteMkiLength: 4,
    });
    const enc = a.protectRtp(PLAIN_RTP);
    expect(toHex(enc.subarray(PLAIN_RTP.length, PLAIN_RTP.length + 4))).toBe("00000001");
    expect(b.unprotectRtp(enc)).toEqual(PLAIN_RTP);
    expect(b.unprotectRtcp(a.protectRtcp(PLAIN_RTCP))).toEqual(PLAIN_RTCP);
  });
});

describe("RFC 3711 §3.3.2 replay window", () => {
  it("tracks new, duplicate and too-old indices", () => {
    const w = createReplayWindow(64);
    expect(w.check(1000)).toBe("new");
    w.accept(1000);
    expect(w.check(1000)).toBe("duplicate");
    expect(w.check(999)).toBe("new");
    expect(w.check(936)).toBe("too-old");
    expect(w.check(937)).toBe("new");
    w.accept(1200);
    expect(w.check(1000)).toBe("too-old");
    expect(w.check(1199)).toBe("new");
  });
});

describe("hostile input (pjsip fuzz-srtp seeds, random bytes)", () => {
  const dir = corpus("fuzz/pjsip-seed/srtp");
  const files = readdirSync(dir);
  it("never throws anything but SrtpError or ParseError", () => {
    expect(files.length).toBeGreaterThan(100);
    const ctx = createSrtpContext({ suite: "AES_CM_128_HMAC_SHA1_80", localKey: OTHER, remoteKey: MATERIAL });
    const ctx32 = createSrtpContext({
      suite: "AES_CM_128_HMAC_SHA1_32",
      localKey: OTHER,
      remoteKey: MATERIAL,
    });
    for (const f of files) {
      const bytes = new Uint8Array(readFileSync(`${dir}/${f}`));
      for (const c of [ctx, ctx32]) {
        for (const op of [c.unprotectRtp, c.unprotectRtcp]) {
          const err = catchError(() => op(bytes));
          if (err !== undefined)
            expect(err instanceof SrtpError || err instanceof ParseError, `${f}: ${err}`).toBe(true);
        }
      }
    }
  });
});

function catchError(f: () => unknown): unknown {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe("splitKeyMaterial", () => {
  it("copies the key and salt out of a Buffer instead of viewing it", () => {
    const material = Buffer.from(MATERIAL);
    const { key, salt } = splitKeyMaterial(material);
    material.fill(0);
    expect(key).toEqual(MASTER_KEY);
    expect(salt).toEqual(MASTER_SALT);
  });
});
