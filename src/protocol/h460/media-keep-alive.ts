import { need, ParseError } from "../parse-error.js";
import { RTP_FIXED_HEADER_LENGTH } from "../rtp/rtp-packet.js";
import {
  asPayloadType,
  asRtpTimestamp,
  asSequenceNumber,
  asSsrc,
  type PayloadType,
  type RtpTimestamp,
  type SequenceNumber,
  type Ssrc,
} from "../rtp/types.js";

// H.460.19 media keep-alive: the client sends, from its RTP port to the server's
// keepAliveChannel, an RTP packet with the payload type it announced as keepAlivePayloadType
// and no payload: the RFC 3550 §5.1 fixed header alone, 12 octets. It opens the NAT/firewall
// pinhole before media flows and holds it open while none does; the server learns from it
// where to send media back. (RTCP needs no special packet: any RTCP from the RTCP port keeps
// that pinhole.) GnuGk takes a 12-octet RTP packet on the channel as the keep-alive; H323Plus
// sets the marker bit and counts the timestamp in 8 kHz units from its first keep-alive.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |V=2|0|0|   0   |M| keepAlivePT |       sequence number         |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                           timestamp                           |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |           synchronization source (SSRC) identifier            |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+

const FORMAT = "H.460.19 keep-alive";
export const MEDIA_KEEP_ALIVE_LENGTH = RTP_FIXED_HEADER_LENGTH;

export interface MediaKeepAlive {
  readonly payloadType: PayloadType;
  readonly marker: boolean;
  readonly sequenceNumber: SequenceNumber;
  readonly timestamp: RtpTimestamp;
  readonly ssrc: Ssrc;
}

/** Parses a keep-alive: exactly the 12-octet fixed header, version 2, no padding/extension/CSRC. */
export function parseMediaKeepAlive(buf: Uint8Array): MediaKeepAlive {
  need(buf, 0, MEDIA_KEEP_ALIVE_LENGTH, FORMAT, "header");
  if (buf.length !== MEDIA_KEEP_ALIVE_LENGTH) {
    throw new ParseError(
      FORMAT,
      "payload",
      MEDIA_KEEP_ALIVE_LENGTH,
      `${buf.length - 12} octets after the header, expected none`,
    );
  }
  const b0 = buf[0]!;
  if (b0 >> 6 !== 2) throw new ParseError(FORMAT, "version", 0, `version is ${b0 >> 6}, expected 2`);
  if ((b0 & 0x3f) !== 0) {
    throw new ParseError(FORMAT, "header", 0, "padding, extension or CSRC bits set in a header-only packet");
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return {
    payloadType: asPayloadType(buf[1]! & 0x7f),
    marker: (buf[1]! & 0x80) !== 0,
    sequenceNumber: asSequenceNumber(view.getUint16(2)),
    timestamp: asRtpTimestamp(view.getUint32(4)),
    ssrc: asSsrc(view.getUint32(8)),
  };
}

export function serializeMediaKeepAlive(k: MediaKeepAlive): Uint8Array {
  const out = new Uint8Array(MEDIA_KEEP_ALIVE_LENGTH);
  const view = new DataView(out.buffer);
  out[0] = 0x80;
  out[1] = (k.marker ? 0x80 : 0) | (k.payloadType & 0x7f);
  view.setUint16(2, k.sequenceNumber & 0xffff);
  view.setUint32(4, k.timestamp >>> 0);
  view.setUint32(8, k.ssrc >>> 0);
  return out;
}

/**
 * Whether a datagram that arrived on an RTP port is an H.460.19 keep-alive: header-only RTP,
 * with the announced payload type when one was announced.
 */
export function isMediaKeepAlive(buf: Uint8Array, payloadType?: number): boolean {
  if (buf.length !== MEDIA_KEEP_ALIVE_LENGTH || buf[0]! >> 6 !== 2 || (buf[0]! & 0x3f) !== 0) return false;
  return payloadType === undefined || (buf[1]! & 0x7f) === payloadType;
}
