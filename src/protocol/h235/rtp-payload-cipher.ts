import { ParseError } from "../parse-error.js";
import { rtpHeaderLength } from "../rtp/rtp-packet.js";
import { AES_BLOCK, cbcDecrypt, cbcEncrypt, ctsDecrypt, ctsEncrypt } from "./aes-cbc.js";
import { H235Error } from "./h235-error.js";

/**
 * How a payload that is not a whole number of blocks is encrypted (H.235.0 §9.3, "two methods
 * are available"): RTP padding (RFC 3550 §5.1, P bit set, the padding encrypted with the payload)
 * or ciphertext stealing (the payload keeps its length, P bit clear). A payload shorter than one
 * block cannot be stolen from and is always padded. "rtp-always" pads whole-block payloads too
 * (a full block of padding, as RFC 3550 allows): every packet then carries a padding count the
 * receiver can check, which tells a wrong key 15 times in 16.
 */
export type H235Padding = "rtp" | "rtp-always" | "cts";

/** Octets of the IV sequence: the RTP sequence number (2) and timestamp (4). */
const IV_SEQUENCE = 6;

/**
 * H.235.0 §9.3: the CBC initialisation vector of an RTP packet is its sequence number and
 * timestamp (6 octets as they stand in the header) repeated until the block is full: for AES,
 * seq ts seq ts seq ts[0..1].
 */
export function h235Iv(packet: Uint8Array, blockLength = AES_BLOCK): Uint8Array {
  const iv = new Uint8Array(blockLength);
  for (let i = 0; i < blockLength; i++) iv[i] = packet[2 + (i % IV_SEQUENCE)]!;
  return iv;
}

function header(packet: Uint8Array): number {
  try {
    return rtpHeaderLength(packet);
  } catch (e) {
    if (e instanceof ParseError) throw new H235Error("bad-ciphertext", "rtp.header", e.message);
    throw e;
  }
}

/** Encrypts the payload of one RTP packet with the media key; the header stays in clear. */
export function encryptRtpPayload(packet: Uint8Array, key: Uint8Array, padding: H235Padding): Uint8Array {
  const start = header(packet);
  let end = packet.length;
  if (packet[0]! & 0x20) end -= Math.min(packet[end - 1]!, end - start); // our own padding replaces any
  const payload = packet.subarray(start, end);
  if (payload.length === 0) return packet.slice(0, start);
  const iv = h235Iv(packet);
  const tail = payload.length % AES_BLOCK;
  const out = (body: Uint8Array, padded: boolean): Uint8Array => {
    const p = new Uint8Array(start + body.length);
    p.set(packet.subarray(0, start));
    p[0] = padded ? p[0]! | 0x20 : p[0]! & ~0x20;
    p.set(body, start);
    return p;
  };
  if (tail === 0 && padding !== "rtp-always") return out(cbcEncrypt(key, iv, payload), false);
  if (padding === "cts" && payload.length > AES_BLOCK) return out(ctsEncrypt(key, iv, payload), false);
  // RFC 3550 §5.1: the last padding octet counts the padding octets, itself included; every
  // padding octet holds the count (PKCS #7), which the receiver may check.
  const count = AES_BLOCK - tail;
  const padded = new Uint8Array(payload.length + count);
  padded.set(payload);
  padded.fill(count, payload.length);
  return out(cbcEncrypt(key, iv, padded), true);
}

/**
 * Decrypts the payload of one RTP packet; the result has the P bit clear and no padding.
 * Throws H235Error("bad-ciphertext") when the length or the decrypted padding count cannot come
 * from H.235 encryption (with a wrong key a padded packet fails this 15 times in 16).
 * `strict`: every padding octet must also hold the count (as PKCS #7 pads, and we do), which a
 * wrong key passes about once in 255; RFC 3550 leaves the other octets free, so it is optional.
 */
export function decryptRtpPayload(packet: Uint8Array, key: Uint8Array, strict = false): Uint8Array {
  const start = header(packet);
  const body = packet.subarray(start);
  if (body.length === 0) return packet.slice();
  const iv = h235Iv(packet);
  const padded = (packet[0]! & 0x20) !== 0;
  let plain: Uint8Array;
  if (padded) {
    if (body.length % AES_BLOCK !== 0) {
      throw new H235Error(
        "bad-ciphertext",
        "rtp.payload",
        `padded payload of ${body.length} octets is not whole blocks`,
      );
    }
    const clear = cbcDecrypt(key, iv, body);
    const count = clear[clear.length - 1]!;
    if (count === 0 || count > AES_BLOCK) {
      throw new H235Error(
        "bad-ciphertext",
        "rtp.padding",
        `decrypted padding count ${count} is not 1..${AES_BLOCK}`,
      );
    }
    if (strict && clear.subarray(clear.length - count).some((b) => b !== count)) {
      throw new H235Error("bad-ciphertext", "rtp.padding", "padding octets do not all hold the count");
    }
    plain = clear.subarray(0, clear.length - count);
  } else if (body.length % AES_BLOCK === 0) {
    plain = cbcDecrypt(key, iv, body);
  } else if (body.length > AES_BLOCK) {
    plain = ctsDecrypt(key, iv, body);
  } else {
    throw new H235Error(
      "bad-ciphertext",
      "rtp.payload",
      `${body.length} octets without padding cannot be ciphertext`,
    );
  }
  const out = new Uint8Array(start + plain.length);
  out.set(packet.subarray(0, start));
  out[0] = out[0]! & ~0x20;
  out.set(plain, start);
  return out;
}
