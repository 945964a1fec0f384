import { ParseError } from "../parse-error.js";
import { BSD_LOOPBACK_HEADER_LENGTH, parseBsdLoopback } from "./bsd-loopback.js";
import { ETHERTYPE_IPV4, ETHERTYPE_IPV6, ethernetNetworkOffset } from "./ethernet.js";
import { LINUX_SLL_HEADER_LENGTH } from "./linux-sll.js";
import { LINUX_SLL2_HEADER_LENGTH } from "./linux-sll2.js";

/** LINKTYPE_* values (tcpdump.org/linktypes.html) this reader understands. */
export const LinkType = {
  NULL: 0,
  ETHERNET: 1,
  RAW: 101,
  LOOP: 108,
  LINUX_SLL: 113,
  IPV4: 228,
  IPV6: 229,
  LINUX_SLL2: 276,
} as const;

/** Whether packets of this link type can be decoded to IP. */
export function isSupportedLinkType(linkType: number): boolean {
  return Object.values(LinkType).includes(linkType as (typeof LinkType)[keyof typeof LinkType]);
}

/**
 * Offset of the IPv4/IPv6 header in `b[start, end)` captured on `linkType`, or -1 when the frame
 * carries something else (ARP, LLC, an unknown link type). Throws ParseError on a cut link header.
 */
export function networkLayerOffset(linkType: number, b: Uint8Array, start: number, end: number): number {
  switch (linkType) {
    case LinkType.ETHERNET:
      return ethernetNetworkOffset(b, start, end);
    case LinkType.RAW:
    case LinkType.IPV4:
    case LinkType.IPV6:
      return start;
    case LinkType.NULL:
    case LinkType.LOOP:
      return parseBsdLoopback(b, start, end) === "other" ? -1 : start + BSD_LOOPBACK_HEADER_LENGTH;
    case LinkType.LINUX_SLL:
      return cooked(b, start, end, LINUX_SLL_HEADER_LENGTH, start + 14, "Linux SLL");
    case LinkType.LINUX_SLL2:
      return cooked(b, start, end, LINUX_SLL2_HEADER_LENGTH, start, "Linux SLL2");
    default:
      return -1;
  }
}

function cooked(
  b: Uint8Array,
  start: number,
  end: number,
  length: number,
  protocolAt: number,
  format: string,
): number {
  if (end - start < length)
    throw new ParseError(format, "header", start, `needs ${length} bytes, only ${end - start} present`);
  const protocol = (b[protocolAt]! << 8) | b[protocolAt + 1]!;
  return protocol === ETHERTYPE_IPV4 || protocol === ETHERTYPE_IPV6 ? start + length : -1;
}
