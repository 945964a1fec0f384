import { createHmac, timingSafeEqual } from "node:crypto";
import { crc32 } from "./crc32.js";
import {
  padded,
  parseStunMessage,
  STUN_ATTR,
  STUN_HEADER_LENGTH,
  type StunMessage,
  serializeStunMessage,
} from "./stun-message.js";

/** RFC 8489 §14.7: the CRC is XORed with 0x5354554e ("STUN"). */
const FINGERPRINT_XOR = 0x5354554e;
const MI_LENGTH = 20;

export type IntegrityResult = "ok" | "absent" | "mismatch";

/**
 * Serializes `msg` and appends MESSAGE-INTEGRITY (RFC 8489 §14.5: HMAC-SHA1 over the message up
 * to the attribute, with the header length already counting it) when a key is given, then
 * FINGERPRINT (§14.7: CRC-32 over everything before it, length counting it, XOR 0x5354554e).
 * The short-term key of ICE (RFC 8445 §7.2.2) is the password's octets.
 */
export function signStunMessage(
  msg: StunMessage,
  key: Uint8Array | undefined,
  fingerprint: boolean,
): Uint8Array {
  if (msg.attributes.some((a) => a.type === STUN_ATTR.MESSAGE_INTEGRITY || a.type === STUN_ATTR.FINGERPRINT))
    throw new RangeError("signStunMessage: MESSAGE-INTEGRITY and FINGERPRINT are added here, not given");
  const attributes = [
    ...msg.attributes,
    ...(key ? [{ type: STUN_ATTR.MESSAGE_INTEGRITY, value: new Uint8Array(MI_LENGTH) }] : []),
    ...(fingerprint ? [{ type: STUN_ATTR.FINGERPRINT, value: new Uint8Array(4) }] : []),
  ];
  const out = serializeStunMessage({ ...msg, attributes });
  const view = new DataView(out.buffer, out.byteOffset, out.byteLength);
  const fpOffset = fingerprint ? out.length - 8 : out.length;
  if (key) {
    const miOffset = fpOffset - (4 + MI_LENGTH);
    out.set(hmac(key, out, miOffset), miOffset + 4);
  }
  if (fingerprint) view.setUint32(fpOffset + 4, (crc32(out, 0, fpOffset) ^ FINGERPRINT_XOR) >>> 0);
  return out;
}

/** Where each attribute starts in the message (header included). */
function offsets(msg: StunMessage): number[] {
  const at: number[] = [];
  let off = STUN_HEADER_LENGTH;
  for (const a of msg.attributes) {
    at.push(off);
    off += 4 + padded(a.value.length);
  }
  return at;
}

/** HMAC-SHA1 over `buf[0, end)` with the header length set to end at the MESSAGE-INTEGRITY attribute. */
function hmac(key: Uint8Array, buf: Uint8Array, miOffset: number): Uint8Array {
  const signed = buf.slice(0, miOffset);
  new DataView(signed.buffer).setUint16(2, miOffset + 4 + MI_LENGTH - STUN_HEADER_LENGTH);
  return createHmac("sha1", key).update(signed).digest();
}

/** Checks MESSAGE-INTEGRITY of a received message (RFC 8489 §9.1.3); attributes after it are ignored. */
export function verifyMessageIntegrity(buf: Uint8Array, key: Uint8Array): IntegrityResult {
  const msg = parseStunMessage(buf);
  const i = msg.attributes.findIndex((a) => a.type === STUN_ATTR.MESSAGE_INTEGRITY);
  if (i < 0) return "absent";
  const value = msg.attributes[i]!.value;
  if (value.length !== MI_LENGTH) return "mismatch";
  const expected = hmac(key, buf, offsets(msg)[i]!);
  return timingSafeEqual(expected, value) ? "ok" : "mismatch";
}

/** Checks FINGERPRINT, which must be the last attribute (RFC 8489 §14.7). */
export function verifyFingerprint(buf: Uint8Array): IntegrityResult {
  const msg = parseStunMessage(buf);
  const last = msg.attributes.at(-1);
  const i = msg.attributes.findIndex((a) => a.type === STUN_ATTR.FINGERPRINT);
  if (i < 0) return "absent";
  if (last?.type !== STUN_ATTR.FINGERPRINT || last.value.length !== 4) return "mismatch";
  const off = offsets(msg).at(-1)!;
  const want = (crc32(buf, 0, off) ^ FINGERPRINT_XOR) >>> 0;
  return new DataView(last.value.buffer, last.value.byteOffset, 4).getUint32(0) === want ? "ok" : "mismatch";
}
