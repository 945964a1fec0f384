import { ParseError } from "../parse-error.js";

/*
 * BSD loopback encapsulation (tcpdump.org/linktypes/LINKTYPE_NULL.html):
 *
 * +---------------------------+
 * |   Address family (AF_*)   |  4 octets: host byte order of the capturing machine for
 * +---------------------------+  LINKTYPE_NULL (0), network byte order for LINKTYPE_LOOP (108)
 * |  IPv4 or IPv6 packet ...
 *
 * AF_INET is 2 everywhere; AF_INET6 is 24 (NetBSD, OpenBSD, BSD/OS), 28 (FreeBSD, DragonFly),
 * 30 (Darwin) or 10 (Linux).
 */
export const BSD_LOOPBACK_HEADER_LENGTH = 4;
const AF_INET = 2;
const AF_INET6 = new Set([10, 24, 28, 30]);
const FORMAT = "BSD loopback";

export type LoopbackFamily = "ipv4" | "ipv6" | "other";

/**
 * The address family, read in either byte order: the writer's order is unknown for LINKTYPE_NULL,
 * but a family is below 2^16, so the order with the non-zero low half is the right one.
 */
export function parseBsdLoopback(b: Uint8Array, start = 0, end = b.length): LoopbackFamily {
  if (end - start < BSD_LOOPBACK_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "family", start, `needs 4 bytes, only ${end - start} present`);
  }
  const big = ((b[start]! << 24) | (b[start + 1]! << 16) | (b[start + 2]! << 8) | b[start + 3]!) >>> 0;
  const family =
    big > 0xffff
      ? ((b[start + 3]! << 24) | (b[start + 2]! << 16) | (b[start + 1]! << 8) | b[start]!) >>> 0
      : big;
  if (family === AF_INET) return "ipv4";
  return AF_INET6.has(family) ? "ipv6" : "other";
}

/** The 4-octet header for `family` (AF_INET6 written as 30, Darwin's value) in the given byte order. */
export function serializeBsdLoopback(
  family: "ipv4" | "ipv6",
  littleEndian: boolean,
  payload: Uint8Array,
): Uint8Array {
  const out = new Uint8Array(4 + payload.length);
  const af = family === "ipv4" ? AF_INET : 30;
  out[littleEndian ? 0 : 3] = af;
  out.set(payload, 4);
  return out;
}
