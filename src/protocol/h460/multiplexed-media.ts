import { need } from "../parse-error.js";

// H.460.19 multiplexed media: many channels share one server port (multiplexedMediaChannel /
// multiplexedMediaControlChannel of TraversalParameters) and each datagram starts with the
// 32-bit multiplexID, in network byte order, that the receiver assigned to the channel; the
// RTP or RTCP packet follows unchanged.
//
//  0                   1                   2                   3
//  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                          multiplexID                          |
// +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
// |                 RTP or RTCP packet ...                        |

const FORMAT = "H.460.19 multiplexed media";
export const MULTIPLEX_ID_LENGTH = 4;

export interface MultiplexedPacket {
  readonly multiplexID: number;
  /** The RTP/RTCP packet, a view into the datagram. */
  readonly packet: Uint8Array;
}

/** Splits a multiplexed datagram; the packet after the ID must not be empty. */
export function parseMultiplexedPacket(buf: Uint8Array): MultiplexedPacket {
  need(buf, 0, MULTIPLEX_ID_LENGTH, FORMAT, "multiplexID");
  need(buf, MULTIPLEX_ID_LENGTH, 1, FORMAT, "packet");
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  return { multiplexID: view.getUint32(0), packet: buf.subarray(MULTIPLEX_ID_LENGTH) };
}

export function serializeMultiplexedPacket(m: MultiplexedPacket): Uint8Array {
  if (!Number.isInteger(m.multiplexID) || m.multiplexID < 0 || m.multiplexID > 0xffffffff) {
    throw new RangeError(`H.460.19: multiplexID ${m.multiplexID} is outside 0..4294967295`);
  }
  const out = new Uint8Array(MULTIPLEX_ID_LENGTH + m.packet.length);
  new DataView(out.buffer).setUint32(0, m.multiplexID);
  out.set(m.packet, MULTIPLEX_ID_LENGTH);
  return out;
}
