import { need, ParseError } from "../parse-error.js";
import { parseBye, serializeBye } from "./bye.js";
import { FIR_FMT, parseFir, serializeFir } from "./fir.js";
import { NACK_FMT, parseGenericNack, serializeGenericNack } from "./generic-nack.js";
import { PLI_FMT, parsePli, serializePli } from "./pli.js";
import { parseReceiverReport, serializeReceiverReport } from "./receiver-report.js";
import {
  RTCP_BYE,
  RTCP_PSFB,
  RTCP_RR,
  RTCP_RTPFB,
  RTCP_SDES,
  RTCP_SR,
  type RtcpPacket,
} from "./rtcp-types.js";
import { parseSdes, serializeSdes } from "./sdes.js";
import { parseSenderReport, serializeSenderReport } from "./sender-report.js";

const FORMAT = "RTCP";

/*
 * RFC 3550 §6.4.1 common header of every RTCP packet
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|  count  |       PT      |             length            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * length: the packet's length in 32-bit words minus one, header and padding included.
 * RFC 3550 §6.1: several packets are stacked into one compound datagram with no separators.
 */

/** Parses every packet of an RTCP compound datagram. Unknown packet types are kept, skipped by length. */
export function parseRtcpCompound(buf: Uint8Array): RtcpPacket[] {
  if (buf.length === 0) throw new ParseError(FORMAT, "header", 0, "empty datagram");
  const packets: RtcpPacket[] = [];
  let off = 0;
  while (off < buf.length) {
    need(buf, off, 4, FORMAT, "header");
    const b0 = buf[off]!;
    const version = b0 >> 6;
    if (version !== 2)
      throw new ParseError(FORMAT, "header.version", off, `version is ${version}, expected 2`);
    const count = b0 & 0x1f;
    const packetType = buf[off + 1]!;
    const length = ((buf[off + 2]! << 8) | buf[off + 3]!) * 4 + 4;
    need(buf, off, length, FORMAT, "header.length");
    let end = off + length;
    if (b0 & 0x20) {
      // RFC 3550 §6.4.1: the last octet of the padding counts the padding octets, itself included.
      const pad = buf[end - 1]!;
      if (pad === 0 || pad > length - 4) {
        throw new ParseError(
          FORMAT,
          "padding",
          end - 1,
          `padding count ${pad} does not fit a ${length}-octet packet`,
        );
      }
      end -= pad;
    }
    packets.push(parseOne(buf.subarray(off + 4, end), packetType, count, off + 4));
    off += length;
  }
  return packets;
}

function parseOne(body: Uint8Array, packetType: number, count: number, base: number): RtcpPacket {
  switch (packetType) {
    case RTCP_SR:
      return parseSenderReport(body, count, base);
    case RTCP_RR:
      return parseReceiverReport(body, count, base);
    case RTCP_SDES:
      return parseSdes(body, count, base);
    case RTCP_BYE:
      return parseBye(body, count, base);
    case RTCP_PSFB:
      if (count === PLI_FMT) return parsePli(body, base);
      if (count === FIR_FMT) return parseFir(body, base);
      break;
    case RTCP_RTPFB:
      if (count === NACK_FMT) return parseGenericNack(body, base);
      break;
  }
  return { type: "unknown", packetType, count, body: body.slice() };
}

function bodyOf(p: RtcpPacket): { packetType: number; count: number; body: Uint8Array } {
  switch (p.type) {
    case "sr":
      return { packetType: RTCP_SR, ...serializeSenderReport(p) };
    case "rr":
      return { packetType: RTCP_RR, ...serializeReceiverReport(p) };
    case "sdes":
      return { packetType: RTCP_SDES, ...serializeSdes(p) };
    case "bye":
      return { packetType: RTCP_BYE, ...serializeBye(p) };
    case "pli":
      return { packetType: RTCP_PSFB, ...serializePli(p) };
    case "fir":
      return { packetType: RTCP_PSFB, ...serializeFir(p) };
    case "nack":
      return { packetType: RTCP_RTPFB, ...serializeGenericNack(p) };
    case "unknown":
      return { packetType: p.packetType, count: p.count, body: p.body };
  }
}

/** Serialises packets into one compound datagram (no padding; bodies are padded to 32-bit words). */
export function serializeRtcpCompound(packets: readonly RtcpPacket[]): Uint8Array {
  const parts = packets.map(bodyOf);
  const total = parts.reduce((n, p) => n + 4 + ((p.body.length + 3) & ~3), 0);
  const out = new Uint8Array(total);
  let off = 0;
  for (const { packetType, count, body } of parts) {
    const padded = (body.length + 3) & ~3;
    const words = (4 + padded) / 4 - 1;
    if (words > 0xffff) throw new RangeError("RTCP: packet longer than 65536 words");
    out[off] = 0x80 | (count & 0x1f);
    out[off + 1] = packetType & 0xff;
    out[off + 2] = words >> 8;
    out[off + 3] = words & 0xff;
    out.set(body, off + 4);
    off += 4 + padded;
  }
  return out;
}
