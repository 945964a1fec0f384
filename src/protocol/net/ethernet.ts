import { ParseError } from "../parse-error.js";

/*
 * IEEE 802.3 Ethernet II frame as captured (LINKTYPE_ETHERNET = 1; no preamble, FCS usually absent),
 * with IEEE 802.1Q / 802.1ad tags between the source address and the EtherType:
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                  Destination MAC (6 octets) ...
 * |                     Source MAC (6 octets) ...
 * |  TPID 0x8100 / 0x88a8 (opt.)  | PCP |D|      VLAN ID          |  repeated per tag
 * |          EtherType            |  payload ...
 */
export const ETHERTYPE_IPV4 = 0x0800;
export const ETHERTYPE_IPV6 = 0x86dd;
const VLAN_TPIDS = new Set([0x8100, 0x88a8, 0x9100]);
const FORMAT = "Ethernet";

export interface EthernetFrame {
  readonly destination: Uint8Array;
  readonly source: Uint8Array;
  /** 802.1Q tag control words (PCP, DEI, VLAN ID), outermost first. */
  readonly vlanTags: readonly number[];
  /** EtherType after the tags; a value below 0x0600 is an 802.3 length (LLC frame). */
  readonly etherType: number;
  /** Offset of the payload in the parsed buffer. */
  readonly payloadOffset: number;
}

/** Parses an Ethernet II header (with VLAN tags) at `start`; addresses are views. */
export function parseEthernet(b: Uint8Array, start = 0, end = b.length): EthernetFrame {
  if (end - start < 14)
    throw new ParseError(FORMAT, "header", start, `needs 14 bytes, only ${end - start} present`);
  const vlanTags: number[] = [];
  let o = start + 12;
  let type = (b[o]! << 8) | b[o + 1]!;
  while (VLAN_TPIDS.has(type)) {
    if (o + 6 > end) throw new ParseError(FORMAT, "vlan", o, "802.1Q tag truncated");
    vlanTags.push((b[o + 2]! << 8) | b[o + 3]!);
    o += 4;
    type = (b[o]! << 8) | b[o + 1]!;
  }
  return {
    destination: b.subarray(start, start + 6),
    source: b.subarray(start + 6, start + 12),
    vlanTags,
    etherType: type,
    payloadOffset: o + 2,
  };
}

export function serializeEthernet(f: Omit<EthernetFrame, "payloadOffset">, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(14 + 4 * f.vlanTags.length + payload.length);
  out.set(f.destination.subarray(0, 6), 0);
  out.set(f.source.subarray(0, 6), 6);
  let o = 12;
  for (const tci of f.vlanTags) {
    out.set([0x81, 0x00, tci >> 8, tci & 0xff], o);
    o += 4;
  }
  out[o] = f.etherType >> 8;
  out[o + 1] = f.etherType & 0xff;
  out.set(payload, o + 2);
  return out;
}

/** Hot path: offset of the IP header after an Ethernet header, or -1 for a non-IP frame. */
export function ethernetNetworkOffset(b: Uint8Array, start: number, end: number): number {
  if (end - start < 14)
    throw new ParseError(FORMAT, "header", start, `needs 14 bytes, only ${end - start} present`);
  let o = start + 12;
  let type = (b[o]! << 8) | b[o + 1]!;
  while (type === 0x8100 || type === 0x88a8 || type === 0x9100) {
    if (o + 6 > end) throw new ParseError(FORMAT, "vlan", o, "802.1Q tag truncated");
    o += 4;
    type = (b[o]! << 8) | b[o + 1]!;
  }
  return type === ETHERTYPE_IPV4 || type === ETHERTYPE_IPV6 ? o + 2 : -1;
}
