import { ParseError } from "../parse-error.js";
import { asSsrc, type Ssrc } from "../rtp/types.js";
import type { SdesChunk, SdesItem, SourceDescription } from "./rtcp-types.js";

const FORMAT = "RTCP SDES";
export const SDES_END = 0;
export const SDES_CNAME = 1;

/*
 * RFC 3550 §6.5 SDES: Source Description RTCP Packet
 *
 *         0                   1                   2                   3
 *         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * header |V=2|P|    SC   |  PT=SDES=202  |             length            |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * chunk  |                          SSRC/CSRC_1                          |
 *   1    +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                           SDES items                          |
 *        |                              ...                              |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 *
 * RFC 3550 §6.5.1 CNAME item:
 *        |    CNAME=1    |     length    | user and domain name        ...
 *
 * Each chunk's item list ends with one or more null octets (type 0) up to the next 32-bit boundary.
 */
export function parseSdes(body: Uint8Array, count: number, base: number): SourceDescription {
  const chunks: SdesChunk[] = [];
  let off = 0;
  for (let c = 0; c < count; c++) {
    if (off + 4 > body.length) {
      throw new ParseError(
        FORMAT,
        `chunk ${c}.ssrc`,
        base + off,
        `chunk ${c} of ${count} starts past the end`,
      );
    }
    const ssrc = asSsrc(new DataView(body.buffer, body.byteOffset + off, 4).getUint32(0));
    off += 4;
    const items: SdesItem[] = [];
    for (;;) {
      if (off >= body.length) {
        throw new ParseError(
          FORMAT,
          `chunk ${c}.items`,
          base + off,
          "item list has no terminating null octet",
        );
      }
      const itemType = body[off]!;
      if (itemType === SDES_END) {
        off = (off + 4) & ~3; // skip the null octet and pad to the next word
        break;
      }
      if (off + 2 > body.length)
        throw new ParseError(FORMAT, `chunk ${c}.item.length`, base + off, "item length missing");
      const len = body[off + 1]!;
      if (off + 2 + len > body.length) {
        throw new ParseError(
          FORMAT,
          `chunk ${c}.item.value`,
          base + off,
          `item of ${len} octets overruns the packet`,
        );
      }
      items.push({ itemType, value: body.slice(off + 2, off + 2 + len) });
      off += 2 + len;
    }
    chunks.push({ ssrc, items });
  }
  return { type: "sdes", chunks };
}

export function serializeSdes(p: SourceDescription): { count: number; body: Uint8Array } {
  if (p.chunks.length > 31) throw new RangeError("RTCP SDES: at most 31 chunks");
  const parts: number[] = [];
  for (const chunk of p.chunks) {
    parts.push(...u32(chunk.ssrc));
    let len = 0;
    for (const item of chunk.items) {
      if (item.value.length > 255) throw new RangeError("RTCP SDES: item value longer than 255 octets");
      parts.push(item.itemType, item.value.length, ...item.value);
      len += 2 + item.value.length;
    }
    // At least one null octet, then pad the chunk to a 32-bit boundary.
    const pad = 4 - (len % 4);
    for (let i = 0; i < pad; i++) parts.push(0);
  }
  return { count: p.chunks.length, body: Uint8Array.from(parts) };
}

/** Builds an SDES packet carrying one CNAME for `ssrc`. */
export function cnameSdes(ssrc: Ssrc, cname: string): SourceDescription {
  return {
    type: "sdes",
    chunks: [{ ssrc, items: [{ itemType: SDES_CNAME, value: new TextEncoder().encode(cname) }] }],
  };
}

/** The CNAME of `ssrc` in an SDES packet, decoded as UTF-8. */
export function sdesCname(p: SourceDescription, ssrc?: Ssrc): string | undefined {
  for (const chunk of p.chunks) {
    if (ssrc !== undefined && chunk.ssrc !== ssrc) continue;
    const item = chunk.items.find((i) => i.itemType === SDES_CNAME);
    if (item) return new TextDecoder().decode(item.value);
  }
  return undefined;
}

function u32(n: number): number[] {
  return [(n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff];
}
