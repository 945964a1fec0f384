import { need, ParseError } from "../parse-error.js";
import {
  asPayloadType,
  asRtpTimestamp,
  asSequenceNumber,
  asSsrc,
  type PayloadType,
  type RtpTimestamp,
  type SequenceNumber,
  type Ssrc,
} from "./types.js";

/** RFC 3550 §5.3.1: a header extension: 16-bit profile-defined word, then whole 32-bit words. */
export interface RtpHeaderExtension {
  /** "defined by profile" field, e.g. 0xBEDE for RFC 8285 one-byte elements. */
  readonly profile: number;
  /** Extension body; its length is a multiple of 4. */
  readonly data: Uint8Array;
}

export interface RtpPacket {
  readonly marker: boolean;
  readonly payloadType: PayloadType;
  readonly sequenceNumber: SequenceNumber;
  readonly timestamp: RtpTimestamp;
  readonly ssrc: Ssrc;
  readonly csrcs: readonly Ssrc[];
  readonly extension?: RtpHeaderExtension;
  /** A view into the parsed buffer (not a copy), without header and padding. */
  readonly payload: Uint8Array;
  /** Number of padding octets including the count octet; 0 means the P bit is clear. */
  readonly paddingLength: number;
}

const FORMAT = "RTP";
export const RTP_FIXED_HEADER_LENGTH = 12;

/*
 * RFC 3550 §5.1 RTP Fixed Header Fields
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |V=2|P|X|  CC   |M|     PT      |       sequence number         |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                           timestamp                           |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |           synchronization source (SSRC) identifier            |
 * +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * |            contributing source (CSRC) identifiers             |
 * |                             ....                              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * RFC 3550 §5.3.1 RTP Header Extension (when X = 1)
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      defined by profile       |           length              |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                        header extension                       |
 * |                             ....                              |
 */

/**
 * Length of the RTP header (fixed part, CSRCs and extension) of `buf`, with every length checked.
 * Used by the SRTP and mirror fast paths that must not copy the payload.
 */
export function rtpHeaderLength(buf: Uint8Array): number {
  need(buf, 0, RTP_FIXED_HEADER_LENGTH, FORMAT, "header");
  const b0 = buf[0]!;
  const version = b0 >> 6;
  if (version !== 2) throw new ParseError(FORMAT, "header.version", 0, `version is ${version}, expected 2`);
  const cc = b0 & 0x0f;
  let offset = RTP_FIXED_HEADER_LENGTH;
  need(buf, offset, cc * 4, FORMAT, "header.csrc");
  offset += cc * 4;
  if (b0 & 0x10) {
    need(buf, offset, 4, FORMAT, "header.extension");
    const words = (buf[offset + 2]! << 8) | buf[offset + 3]!;
    offset += 4;
    need(buf, offset, words * 4, FORMAT, "header.extension.data");
    offset += words * 4;
  }
  return offset;
}

/** RFC 3550 §5.1: parses one RTP packet. The payload is a view into `buf`. */
export function parseRtpPacket(buf: Uint8Array): RtpPacket {
  const headerLength = rtpHeaderLength(buf);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const b0 = buf[0]!;
  const b1 = buf[1]!;
  const cc = b0 & 0x0f;
  const csrcs: Ssrc[] = [];
  for (let i = 0; i < cc; i++) csrcs.push(asSsrc(view.getUint32(12 + i * 4)));
  let extension: RtpHeaderExtension | undefined;
  if (b0 & 0x10) {
    const at = 12 + cc * 4;
    extension = { profile: view.getUint16(at), data: buf.subarray(at + 4, headerLength) };
  }
  let end = buf.length;
  let paddingLength = 0;
  if (b0 & 0x20) {
    // RFC 3550 §5.1: the last octet of the padding counts how many octets to ignore, itself included.
    paddingLength = buf[buf.length - 1]!;
    if (paddingLength === 0) {
      throw new ParseError(FORMAT, "padding", buf.length - 1, "padding bit set but padding count is 0");
    }
    if (paddingLength > buf.length - headerLength) {
      throw new ParseError(
        FORMAT,
        "padding",
        buf.length - 1,
        `padding count ${paddingLength} exceeds the ${buf.length - headerLength} octets after the header`,
      );
    }
    end -= paddingLength;
  }
  const packet: RtpPacket = {
    marker: (b1 & 0x80) !== 0,
    payloadType: asPayloadType(b1 & 0x7f),
    sequenceNumber: asSequenceNumber(view.getUint16(2)),
    timestamp: asRtpTimestamp(view.getUint32(4)),
    ssrc: asSsrc(view.getUint32(8)),
    csrcs,
    payload: buf.subarray(headerLength, end),
    paddingLength,
  };
  return extension ? { ...packet, extension } : packet;
}

/** RFC 3550 §5.1: serialises an RTP packet (padding octets are zero except the final count). */
export function serializeRtpPacket(p: RtpPacket): Uint8Array {
  if (p.csrcs.length > 15) throw new RangeError(`RTP: ${p.csrcs.length} CSRCs, at most 15 fit`);
  if (p.paddingLength < 0 || p.paddingLength > 255) throw new RangeError("RTP: paddingLength must be 0..255");
  const ext = p.extension;
  if (ext && ext.data.length % 4 !== 0)
    throw new RangeError("RTP: extension data must be whole 32-bit words");
  const headerLength = 12 + p.csrcs.length * 4 + (ext ? 4 + ext.data.length : 0);
  const out = new Uint8Array(headerLength + p.payload.length + p.paddingLength);
  const view = new DataView(out.buffer);
  out[0] = 0x80 | (p.paddingLength > 0 ? 0x20 : 0) | (ext ? 0x10 : 0) | p.csrcs.length;
  out[1] = (p.marker ? 0x80 : 0) | (p.payloadType & 0x7f);
  view.setUint16(2, p.sequenceNumber & 0xffff);
  view.setUint32(4, p.timestamp >>> 0);
  view.setUint32(8, p.ssrc >>> 0);
  p.csrcs.forEach((c, i) => {
    view.setUint32(12 + i * 4, c >>> 0);
  });
  if (ext) {
    const at = 12 + p.csrcs.length * 4;
    view.setUint16(at, ext.profile & 0xffff);
    view.setUint16(at + 2, ext.data.length / 4);
    out.set(ext.data, at + 4);
  }
  out.set(p.payload, headerLength);
  if (p.paddingLength > 0) out[out.length - 1] = p.paddingLength;
  return out;
}

/**
 * Parses a packet that arrived on a media socket, where anything not RTP is dropped and counted
 * elsewhere: undefined instead of a ParseError. Other errors are bugs and still throw.
 */
export function tryParseRtpPacket(buf: Uint8Array): RtpPacket | undefined {
  try {
    return parseRtpPacket(buf);
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}
