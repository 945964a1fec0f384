import { describe, expect, it } from "vitest";
import { serializeRtpPacket } from "../rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { H235Error } from "./h235-error.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import { H235MediaCrypto } from "./media-crypto.js";

const toHex = (b: Uint8Array) => Buffer.from(b).toString("hex");
const keyA = { synchFlag: 96, key: new Uint8Array(16).fill(0xa1), algorithmOID: OID_AES128_CBC };
const keyB = { synchFlag: 96, key: new Uint8Array(16).fill(0xb2), algorithmOID: OID_AES128_CBC };

const packet = (seq: number, length: number, pt = 96) =>
  serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(pt),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(seq * 3000),
    ssrc: asSsrc(7),
    csrcs: [],
    payload: Uint8Array.from({ length }, (_, i) => (i * 13 + seq) & 0x7f),
    paddingLength: 0,
  });
// a payload check in the manner of a codec check: the first octet's top bit is clear
const check = (p: Uint8Array) => p.length === 0 || (p[0]! & 0x80) === 0;

describe("H235MediaCrypto: one leg's H.235.6 transform", () => {
  it("encrypts with the send key of the packet's payload type; the receiver decrypts and counts", () => {
    const tx = new H235MediaCrypto("rtp");
    const rx = new H235MediaCrypto("rtp", check);
    tx.setSendKey(keyA);
    rx.addReceiveKey(keyA);
    for (let s = 0; s < 20; s++) {
      const clear = packet(s, 30 + s);
      const wire = tx.protectRtp(clear)!;
      expect(toHex(wire)).not.toBe(toHex(clear));
      expect(toHex(rx.unprotectRtp(wire))).toBe(toHex(clear));
    }
    expect(rx.counters).toEqual({ decrypted: 20, failed: 0, noKey: 0, heldBack: 0, clear: 0 });
  });

  it("holds packets back until the send key comes; the receiver counts packets before any key", () => {
    const tx = new H235MediaCrypto();
    expect(tx.protectRtp(packet(1, 40))).toBeUndefined();
    expect(tx.counters.heldBack).toBe(1);
    const rx = new H235MediaCrypto();
    expect(() => rx.unprotectRtp(packet(1, 40))).toThrow(/no-key/);
    expect(rx.counters.noKey).toBe(1);
  });

  it("a packet of another payload type is tried with the keys held", () => {
    const tx = new H235MediaCrypto();
    tx.setSendKey(keyA);
    const rx = new H235MediaCrypto("rtp", check);
    rx.addReceiveKey(keyA);
    expect(toHex(rx.unprotectRtp(tx.protectRtp(packet(3, 33, 97))!))).toBe(toHex(packet(3, 33, 97)));
  });

  it("key update: after the new key, packets under either key decrypt during the switch-over", () => {
    const oldTx = new H235MediaCrypto();
    oldTx.setSendKey(keyA);
    const newTx = new H235MediaCrypto();
    newTx.setSendKey(keyB);
    const rx = new H235MediaCrypto("rtp", check);
    rx.addReceiveKey(keyA);
    rx.addReceiveKey(keyB);
    for (let s = 0; s < 10; s++) {
      expect(toHex(rx.unprotectRtp(oldTx.protectRtp(packet(s, 21))!))).toBe(toHex(packet(s, 21)));
      expect(toHex(rx.unprotectRtp(newTx.protectRtp(packet(s + 100, 21))!))).toBe(toHex(packet(s + 100, 21)));
    }
    expect(rx.counters.decrypted).toBe(20);
    expect(rx.counters.failed).toBe(0);
  });

  it("a key update that does not decrypt the stream: packets fail and are counted, nothing crashes", () => {
    const tx = new H235MediaCrypto();
    tx.setSendKey(keyA);
    const rx = new H235MediaCrypto("rtp", check);
    rx.addReceiveKey(keyB);
    let thrown = 0;
    for (let s = 0; s < 50; s++) {
      try {
        rx.unprotectRtp(tx.protectRtp(packet(s, 21 + (s % 7)))!);
      } catch (e) {
        expect(e).toBeInstanceOf(H235Error);
        thrown++;
      }
    }
    expect(thrown).toBe(rx.counters.failed);
    expect(rx.counters.failed).toBeGreaterThan(45);
  });

  // One by one, a clear packet of whole blocks "decrypts" to something; only the length rules and
  // the payload check catch it. The wire randomness measure (wire-randomness.ts) judges the stream.
  it("packets arriving in clear: those too short or failing the payload check are caught", () => {
    const rx = new H235MediaCrypto("rtp", check);
    rx.addReceiveKey(keyA);
    let failed = 0;
    for (let s = 0; s < 50; s++) {
      try {
        rx.unprotectRtp(packet(s, 10 + s));
      } catch {
        failed++;
      }
    }
    expect(failed).toBe(rx.counters.failed);
    expect(failed).toBeGreaterThanOrEqual(15);
    expect(rx.measurement().wireOctets).toBeGreaterThan(0);
  });

  it("leaves RTCP as it is (H.235.6 encrypts RTP payloads only)", () => {
    const c = new H235MediaCrypto();
    const rtcp = Uint8Array.of(0x80, 200, 0, 1, 0, 0, 0, 7);
    expect(c.protectRtcp(rtcp)).toBe(rtcp);
    expect(c.unprotectRtcp(rtcp)).toBe(rtcp);
  });
});
