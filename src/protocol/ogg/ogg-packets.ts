import { ParseError } from "../parse-error.js";
import { OggFlag, type OggPage } from "./ogg-page.js";

/** A packet reassembled from its lacing, with the granule of the page on which it ends. */
export interface OggPacket {
  data: Uint8Array;
  /** Granule position of the page that completes this packet (RFC 3533 §6: it refers to the last packet ending there). */
  granulePosition: bigint;
  /** True when this packet is the last one completed on its page. */
  lastOnPage: boolean;
}

/**
 * RFC 3533 §5: reassembles the packets of one logical stream. A lacing value below 255 ends
 * a packet; a packet left open at the end of a page continues on the next page, whose
 * "continued" flag must then be set. An unfinished packet at the end of input is dropped.
 */
export function packetsFromPages(pages: readonly OggPage[]): OggPacket[] {
  const out: OggPacket[] = [];
  let pending: Uint8Array[] = [];
  pages.forEach((page, pageIndex) => {
    const continued = (page.flags & OggFlag.continued) !== 0;
    // A capture that starts mid-packet: drop the tail of that packet.
    let skipping = continued && pageIndex === 0;
    if (continued && pending.length === 0 && pageIndex > 0) {
      throw new ParseError(
        "Ogg",
        "header_type",
        -1,
        `page ${page.sequenceNumber} continues a packet but none is open`,
      );
    }
    if (!continued && pending.length > 0) {
      throw new ParseError(
        "Ogg",
        "header_type",
        -1,
        `page ${page.sequenceNumber} starts afresh while a packet is open`,
      );
    }
    const done: Uint8Array[] = [];
    let at = 0;
    for (const lace of page.segmentTable) {
      if (skipping) {
        at += lace;
        skipping = lace === 255;
        continue;
      }
      pending.push(page.body.subarray(at, at + lace));
      at += lace;
      if (lace < 255) {
        done.push(concat(pending));
        pending = [];
      }
    }
    done.forEach((data, i) => {
      out.push({ data, granulePosition: page.granulePosition, lastOnPage: i === done.length - 1 });
    });
  });
  return out;
}

/** What {@link pagesFromPackets} needs for each packet. */
export interface PacketToWrite {
  data: Uint8Array;
  /** Granule of the page this packet ends on. */
  granulePosition: bigint;
}

/**
 * RFC 3533 §5–6: writes each packet on a page of its own (spilling onto continued pages when
 * it needs more than 255 lacing values). The first page gets "begin of stream", the last
 * "end of stream" when `endOfStream` is set; pages where no packet ends carry granule −1.
 */
export function pagesFromPackets(
  packets: readonly PacketToWrite[],
  serialNumber: number,
  opts: { firstSequenceNumber?: number; beginOfStream?: boolean; endOfStream?: boolean } = {},
): OggPage[] {
  const pages: OggPage[] = [];
  let seq = opts.firstSequenceNumber ?? 0;
  for (const packet of packets) {
    const lacing = lacingFor(packet.data.length);
    let laceAt = 0;
    let byteAt = 0;
    let first = true;
    while (first || laceAt < lacing.length) {
      const table = lacing.subarray(laceAt, laceAt + 255);
      let bytes = 0;
      for (const lace of table) bytes += lace;
      laceAt += table.length;
      const ends = laceAt === lacing.length;
      pages.push({
        flags: first ? 0 : OggFlag.continued,
        granulePosition: ends ? packet.granulePosition : -1n,
        serialNumber,
        sequenceNumber: seq++,
        segmentTable: Uint8Array.from(table),
        body: packet.data.slice(byteAt, byteAt + bytes),
      });
      byteAt += bytes;
      first = false;
    }
  }
  const head = pages[0];
  if (head && opts.beginOfStream !== false) head.flags |= OggFlag.beginOfStream;
  const tail = pages[pages.length - 1];
  if (tail && opts.endOfStream) tail.flags |= OggFlag.endOfStream;
  return pages;
}

/** RFC 3533 §5: a packet of n bytes is floor(n/255) values of 255 and one final value n mod 255. */
export function lacingFor(length: number): Uint8Array {
  const full = Math.floor(length / 255);
  const out = new Uint8Array(full + 1).fill(255);
  out[full] = length % 255;
  return out;
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  let n = 0;
  for (const p of parts) n += p.length;
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
