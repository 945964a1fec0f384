import { describe, expect, it } from "vitest";
import { encryptRtpPayload } from "./rtp-payload-cipher.js";
import { RANDOMNESS_MIN_OCTETS, readRandomness, WireRandomness } from "./wire-randomness.js";

/** µ-law of a 440 Hz tone, 160 octets a packet: what a clear G.711 channel carries. */
function ulawTone(packet: number): Uint8Array {
  return Uint8Array.from({ length: 160 }, (_, i) => {
    const s = Math.round(8000 * Math.sin((2 * Math.PI * 440 * (packet * 160 + i)) / 8000));
    const sign = s < 0 ? 0x7f : 0xff;
    const mag = Math.min(Math.abs(s) + 132, 32635);
    const exp = Math.max(0, Math.floor(Math.log2(mag)) - 7);
    return sign & ~((exp << 4) | ((mag >> (exp + 3)) & 0x0f)) & 0xff;
  });
}

function rtp(seq: number, payload: Uint8Array): Uint8Array {
  const p = new Uint8Array(12 + payload.length);
  p.set([0x80, 0, seq >> 8, seq & 0xff, 0, 0, (seq * 160) >> 8, (seq * 160) & 0xff, 1, 2, 3, 4]);
  p.set(payload, 12);
  return p;
}

describe("wire randomness: does a channel carry ciphertext?", () => {
  const key = Uint8Array.from({ length: 16 }, (_, i) => i + 40);

  it("encrypted G.711 reads as ciphertext, the same audio in clear does not", () => {
    const enc = new WireRandomness();
    const clear = new WireRandomness();
    for (let s = 0; s < 100; s++) {
      enc.add(encryptRtpPayload(rtp(s, ulawTone(s)), key, "rtp").subarray(12));
      clear.add(ulawTone(s));
    }
    expect(readRandomness(enc)).toBe("ciphertext");
    expect(readRandomness(clear)).toBe("not-ciphertext");
    expect(clear.chiSquare()!).toBeGreaterThan(10 * enc.chiSquare()!);
  });

  it("encrypted silence (all one octet) still reads as ciphertext: CBC with per-packet IVs", () => {
    const enc = new WireRandomness();
    for (let s = 0; s < 60; s++)
      enc.add(encryptRtpPayload(rtp(s, new Uint8Array(160).fill(0xff)), key, "cts").subarray(12));
    expect(readRandomness(enc)).toBe("ciphertext");
  });

  it("says too few octets below the minimum, and has no reading before any", () => {
    const w = new WireRandomness();
    expect(w.chiSquare()).toBeUndefined();
    w.add(new Uint8Array(RANDOMNESS_MIN_OCTETS - 1));
    expect(readRandomness(w)).toBe("too-few-octets");
  });
});
