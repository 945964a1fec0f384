import { ParseError } from "../parse-error.js";
import { asSsrc, type Ssrc } from "../rtp/types.js";
import type { Goodbye } from "./rtcp-types.js";

const FORMAT = "RTCP BYE";

/*
 * RFC 3550 §6.6 BYE: Goodbye RTCP Packet
 *
 *        0                   1                   2                   3
 *        0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *       |V=2|P|    SC   |   PT=BYE=203  |             length            |
 *       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *       |                           SSRC/CSRC                           |
 *       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *       :                              ...                              :
 *       +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * (opt) |     length    |               reason for leaving            ...
 *       +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 */
export function parseBye(body: Uint8Array, count: number, base: number): Goodbye {
  if (body.length < count * 4) {
    throw new ParseError(
      FORMAT,
      "ssrcs",
      base,
      `${count} SSRCs need ${count * 4} octets, body has ${body.length}`,
    );
  }
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const ssrcs: Ssrc[] = [];
  for (let i = 0; i < count; i++) ssrcs.push(asSsrc(v.getUint32(i * 4)));
  const at = count * 4;
  if (at >= body.length) return { type: "bye", ssrcs };
  const len = body[at]!;
  if (at + 1 + len > body.length) {
    throw new ParseError(FORMAT, "reason", base + at, `reason of ${len} octets overruns the packet`);
  }
  return { type: "bye", ssrcs, reason: body.slice(at + 1, at + 1 + len) };
}

export function serializeBye(p: Goodbye): { count: number; body: Uint8Array } {
  if (p.ssrcs.length > 31) throw new RangeError("RTCP BYE: at most 31 SSRCs");
  const reason = p.reason;
  if (reason && reason.length > 255) throw new RangeError("RTCP BYE: reason longer than 255 octets");
  const raw = p.ssrcs.length * 4 + (reason ? 1 + reason.length : 0);
  const body = new Uint8Array((raw + 3) & ~3);
  const v = new DataView(body.buffer);
  p.ssrcs.forEach((s, i) => {
    v.setUint32(i * 4, s >>> 0);
  });
  if (reason) {
    body[p.ssrcs.length * 4] = reason.length;
    body.set(reason, p.ssrcs.length * 4 + 1);
  }
  return { count: p.ssrcs.length, body };
}
