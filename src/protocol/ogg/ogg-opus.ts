import { ParseError } from "../parse-error.js";
import { packetsFromPages, pagesFromPackets } from "./ogg-packets.js";
import { type OggPage, parseOggPages, serialiseOggPage } from "./ogg-page.js";
import { type OpusHead, parseOpusHead, serialiseOpusHead } from "./opus-head.js";
import { type OpusTags, parseOpusTags, serialiseOpusTags } from "./opus-tags.js";
import { opusPacketSamples } from "./opus-toc.js";

/** An Ogg Opus stream split into its headers and audio packets (RFC 7845). */
export interface OggOpusStream {
  head: OpusHead;
  tags: OpusTags;
  /** Audio packets in order, one Opus packet each (one RTP payload each, RFC 7587). */
  packets: Uint8Array[];
}

/**
 * RFC 7845 §3: the first packet of the stream is OpusHead, the second OpusTags, then audio.
 * Reads a single-stream Ogg file (the first logical stream if several are multiplexed).
 */
export function readOggOpus(bytes: Uint8Array): OggOpusStream {
  const pages = parseOggPages(bytes);
  const first = pages[0];
  if (!first) throw new ParseError("Ogg", "page", 0, "no pages");
  const own = pages.filter((p) => p.serialNumber === first.serialNumber);
  const packets = packetsFromPages(own);
  if (packets.length < 2)
    throw new ParseError(
      "OggOpus",
      "headers",
      -1,
      `only ${packets.length} packets, OpusHead and OpusTags need 2`,
    );
  return {
    head: parseOpusHead(packets[0]!.data),
    tags: parseOpusTags(packets[1]!.data),
    packets: packets.slice(2).map((p) => p.data),
  };
}

export interface WriteOggOpusOptions {
  serialNumber?: number;
  /** RFC 7845 §4.2 pre-skip in 48 kHz samples (default 0: RTP carries no pre-skip). */
  preSkip?: number;
  /** Duration assumed for a packet whose TOC cannot be read (default 960 = 20 ms). */
  fallbackSamples?: number;
  channelCount?: number;
  vendor?: string;
}

/**
 * RFC 7845: writes OpusHead and OpusTags on pages of their own, then one audio packet per page
 * with granule position = pre-skip + 48 kHz samples decoded so far (§4), last page flagged EOS.
 */
export function writeOggOpus(packets: readonly Uint8Array[], opts: WriteOggOpusOptions = {}): Uint8Array {
  const serial = opts.serialNumber ?? 0x5644_4d31;
  const preSkip = opts.preSkip ?? 0;
  const head = serialiseOpusHead({
    version: 1,
    channelCount: opts.channelCount ?? 1,
    preSkip,
    inputSampleRate: 48000,
    outputGain: 0,
    mappingFamily: 0,
  });
  const tags = serialiseOpusTags({
    vendor: opts.vendor ?? "vdm-test",
    comments: [],
    trailing: new Uint8Array(0),
  });
  let granule = BigInt(preSkip);
  const audio = packets.map((data) => {
    granule += BigInt(samplesOrFallback(data, opts.fallbackSamples ?? 960));
    return { data, granulePosition: granule };
  });
  const pages: OggPage[] = [
    ...pagesFromPackets([{ data: head, granulePosition: 0n }], serial, { beginOfStream: true }),
    ...pagesFromPackets([{ data: tags, granulePosition: 0n }], serial, {
      firstSequenceNumber: 1,
      beginOfStream: false,
    }),
    ...pagesFromPackets(audio, serial, { firstSequenceNumber: 2, beginOfStream: false, endOfStream: true }),
  ];
  const parts = pages.map(serialiseOggPage);
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function samplesOrFallback(packet: Uint8Array, fallback: number): number {
  try {
    return opusPacketSamples(packet);
  } catch (err) {
    if (err instanceof ParseError) return fallback;
    throw err;
  }
}
