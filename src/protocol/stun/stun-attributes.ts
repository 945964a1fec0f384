import { ParseError } from "../parse-error.js";
import { STUN_ATTR, STUN_MAGIC_COOKIE, type StunAttribute } from "./stun-message.js";

const FORMAT = "STUN";

function exact(a: StunAttribute, length: number, field: string): DataView {
  if (a.value.length !== length)
    throw new ParseError(FORMAT, field, -1, `value is ${a.value.length} octets, expected ${length}`);
  return new DataView(a.value.buffer, a.value.byteOffset, a.value.byteLength);
}

export interface TransportAddress {
  readonly address: string;
  readonly port: number;
}

/**
 * RFC 8489 §14.2: XOR-MAPPED-ADDRESS.
 *
 *    0                   1                   2                   3
 *   |0 0 0 0 0 0 0 0|    Family     |         X-Port                |
 *   |                X-Address (Variable)                           |
 *
 * X-Port is the port XOR the cookie's top 16 bits; an IPv4 X-Address is XOR the cookie, an
 * IPv6 one XOR the cookie followed by the transaction id.
 */
export function encodeXorMappedAddress(to: TransportAddress, transactionId: Uint8Array): StunAttribute {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(to.address);
  const raw = v4 ? Uint8Array.from(v4.slice(1).map(Number)) : ipv6Bytes(to.address);
  const value = new Uint8Array(4 + raw.length);
  const view = new DataView(value.buffer);
  value[1] = v4 ? 0x01 : 0x02;
  view.setUint16(2, to.port ^ (STUN_MAGIC_COOKIE >>> 16));
  const mask = xorMask(transactionId);
  for (let i = 0; i < raw.length; i++) value[4 + i] = raw[i]! ^ mask[i]!;
  return { type: STUN_ATTR.XOR_MAPPED_ADDRESS, value };
}

export function decodeXorMappedAddress(a: StunAttribute, transactionId: Uint8Array): TransportAddress {
  if (a.value.length < 4)
    throw new ParseError(FORMAT, "XOR-MAPPED-ADDRESS", -1, `value is ${a.value.length} octets, below 4`);
  const family = a.value[1];
  const size = family === 0x01 ? 4 : family === 0x02 ? 16 : undefined;
  if (size === undefined)
    throw new ParseError(
      FORMAT,
      "XOR-MAPPED-ADDRESS.family",
      1,
      `family 0x${family!.toString(16)} is unknown`,
    );
  const view = exact(a, 4 + size, "XOR-MAPPED-ADDRESS");
  const mask = xorMask(transactionId);
  const raw = a.value.slice(4).map((b, i) => b ^ mask[i]!);
  const port = view.getUint16(2) ^ (STUN_MAGIC_COOKIE >>> 16);
  if (size === 4) return { address: [...raw].join("."), port };
  const groups: string[] = [];
  for (let i = 0; i < 16; i += 2) groups.push(((raw[i]! << 8) | raw[i + 1]!).toString(16));
  return { address: compressIpv6(groups), port };
}

function xorMask(transactionId: Uint8Array): Uint8Array {
  const mask = new Uint8Array(16);
  new DataView(mask.buffer).setUint32(0, STUN_MAGIC_COOKIE);
  mask.set(transactionId.subarray(0, 12), 4);
  return mask;
}

function ipv6Bytes(address: string): Uint8Array {
  const [head = "", tail] = address.split("::");
  const part = (s: string | undefined) => (s ? s.split(":") : []);
  const left = part(head);
  const right = part(tail);
  const groups =
    tail === undefined ? left : [...left, ...Array(8 - left.length - right.length).fill("0"), ...right];
  if (groups.length !== 8 || groups.some((g) => !/^[0-9a-f]{1,4}$/i.test(g)))
    throw new RangeError(`not an IP address: ${address}`);
  const out = new Uint8Array(16);
  groups.forEach((g, i) => {
    const n = Number.parseInt(g, 16);
    out[2 * i] = n >> 8;
    out[2 * i + 1] = n & 0xff;
  });
  return out;
}

/** RFC 5952 §4.2.2: the longest run (two or more) of zero groups becomes "::". */
function compressIpv6(groups: readonly string[]): string {
  let best = { at: -1, len: 0 };
  for (let i = 0; i < 8; ) {
    if (groups[i] !== "0") {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && groups[j] === "0") j++;
    if (j - i > best.len) best = { at: i, len: j - i };
    i = j;
  }
  if (best.len < 2) return groups.join(":");
  return `${groups.slice(0, best.at).join(":")}::${groups.slice(best.at + best.len).join(":")}`;
}

/** RFC 8489 §14.3: USERNAME, UTF-8, under 513 octets. */
export function encodeUsername(username: string): StunAttribute {
  const value = new TextEncoder().encode(username);
  if (value.length > 512) throw new RangeError("STUN USERNAME is over 512 octets");
  return { type: STUN_ATTR.USERNAME, value };
}

export function decodeText(a: StunAttribute): string {
  return new TextDecoder("utf-8", { fatal: false }).decode(a.value);
}

/** RFC 8445 §7.1.1: PRIORITY, a 32-bit candidate priority. */
export function encodePriority(priority: number): StunAttribute {
  const value = new Uint8Array(4);
  new DataView(value.buffer).setUint32(0, priority >>> 0);
  return { type: STUN_ATTR.PRIORITY, value };
}

export function decodePriority(a: StunAttribute): number {
  return exact(a, 4, "PRIORITY").getUint32(0);
}

/** RFC 8445 §7.1.2: USE-CANDIDATE carries no value. */
export const USE_CANDIDATE: StunAttribute = { type: STUN_ATTR.USE_CANDIDATE, value: new Uint8Array(0) };

/** RFC 8445 §7.1.3: ICE-CONTROLLING / ICE-CONTROLLED, a 64-bit tie-breaker. */
export function encodeIceRole(role: "controlling" | "controlled", tieBreaker: bigint): StunAttribute {
  const value = new Uint8Array(8);
  new DataView(value.buffer).setBigUint64(0, BigInt.asUintN(64, tieBreaker));
  return { type: role === "controlling" ? STUN_ATTR.ICE_CONTROLLING : STUN_ATTR.ICE_CONTROLLED, value };
}

export function decodeTieBreaker(a: StunAttribute): bigint {
  return exact(
    a,
    8,
    a.type === STUN_ATTR.ICE_CONTROLLING ? "ICE-CONTROLLING" : "ICE-CONTROLLED",
  ).getBigUint64(0);
}

/**
 * RFC 8489 §14.8: ERROR-CODE.
 *
 *   |           Reserved, should be 0         |Class|     Number    |
 *   |      Reason Phrase (variable)                                ..
 */
export function encodeErrorCode(code: number, reason: string): StunAttribute {
  if (!Number.isInteger(code) || code < 300 || code > 699)
    throw new RangeError(`STUN error code ${code} is not 300-699`);
  const text = new TextEncoder().encode(reason);
  const value = new Uint8Array(4 + text.length);
  value[2] = Math.floor(code / 100);
  value[3] = code % 100;
  value.set(text, 4);
  return { type: STUN_ATTR.ERROR_CODE, value };
}

export function decodeErrorCode(a: StunAttribute): { code: number; reason: string } {
  if (a.value.length < 4)
    throw new ParseError(FORMAT, "ERROR-CODE", -1, `value is ${a.value.length} octets, below 4`);
  const cls = a.value[2]! & 0x07;
  const number = a.value[3]!;
  if (cls < 3 || cls > 6 || number > 99)
    throw new ParseError(FORMAT, "ERROR-CODE", 2, `class ${cls} number ${number} is not a 300-699 code`);
  return { code: cls * 100 + number, reason: new TextDecoder().decode(a.value.subarray(4)) };
}
