import { need, ParseError } from "../parse-error.js";

const FORMAT = "OpusHead";
const MAGIC = "OpusHead";

/** RFC 7845 §5.1 identification header. */
export interface OpusHead {
  /** Version byte; the upper nibble (major version) must be 0. We write 1. */
  version: number;
  channelCount: number;
  /** Samples at 48 kHz to discard from the start of the decoded output. */
  preSkip: number;
  /** The original input rate, informational only (0 = unspecified). */
  inputSampleRate: number;
  /** Q7.8 dB gain, signed. */
  outputGain: number;
  mappingFamily: number;
  /** Present exactly when mappingFamily != 0. */
  mapping?: { streamCount: number; coupledCount: number; channelMapping: Uint8Array };
}

/*
 * RFC 7845 §5.1:
 *
 *  0                   1                   2                   3
 *  0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      'O'      |      'p'      |      'u'      |      's'      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |      'H'      |      'e'      |      'a'      |      'd'      |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |  Version = 1  | Channel Count |           Pre-skip            |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |                     Input Sample Rate (Hz)                    |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * |   Output Gain (Q7.8 in dB)    | Mapping Family|               |
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+               :
 * :               Optional Channel Mapping Table...               :
 * +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *
 * Little-endian. The mapping table (family != 0) is stream count, coupled count, then one
 * byte per channel.
 */
export function parseOpusHead(buf: Uint8Array): OpusHead {
  need(buf, 0, 19, FORMAT, "header");
  for (let i = 0; i < 8; i++) {
    if (buf[i] !== MAGIC.charCodeAt(i)) throw new ParseError(FORMAT, "magic", 0, 'magic is not "OpusHead"');
  }
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const version = buf[8]!;
  if (version >> 4 !== 0)
    throw new ParseError(FORMAT, "version", 8, `major version ${version >> 4} is not 0`);
  const channelCount = buf[9]!;
  if (channelCount === 0) throw new ParseError(FORMAT, "channel_count", 9, "channel count is 0");
  const head: OpusHead = {
    version,
    channelCount,
    preSkip: view.getUint16(10, true),
    inputSampleRate: view.getUint32(12, true),
    outputGain: view.getInt16(16, true),
    mappingFamily: buf[18]!,
  };
  if (head.mappingFamily === 0) {
    if (channelCount > 2)
      throw new ParseError(
        FORMAT,
        "channel_count",
        9,
        `family 0 allows 1 or 2 channels, not ${channelCount}`,
      );
    if (buf.length !== 19)
      throw new ParseError(FORMAT, "length", 19, `${buf.length - 19} trailing bytes after a family 0 header`);
    return head;
  }
  need(buf, 19, 2 + channelCount, FORMAT, "channel_mapping_table");
  if (buf.length !== 21 + channelCount) {
    throw new ParseError(
      FORMAT,
      "length",
      21 + channelCount,
      `${buf.length - 21 - channelCount} trailing bytes after the mapping table`,
    );
  }
  head.mapping = {
    streamCount: buf[19]!,
    coupledCount: buf[20]!,
    channelMapping: buf.slice(21, 21 + channelCount),
  };
  return head;
}

export function serialiseOpusHead(head: OpusHead): Uint8Array {
  const extra = head.mappingFamily === 0 ? 0 : 2 + head.channelCount;
  if (head.mappingFamily !== 0 && head.mapping?.channelMapping.length !== head.channelCount) {
    throw new RangeError("OpusHead: mapping family != 0 needs a mapping table of channelCount entries");
  }
  const out = new Uint8Array(19 + extra);
  const view = new DataView(out.buffer);
  for (let i = 0; i < 8; i++) out[i] = MAGIC.charCodeAt(i);
  out[8] = head.version;
  out[9] = head.channelCount;
  view.setUint16(10, head.preSkip, true);
  view.setUint32(12, head.inputSampleRate, true);
  view.setInt16(16, head.outputGain, true);
  out[18] = head.mappingFamily;
  if (head.mapping && head.mappingFamily !== 0) {
    out[19] = head.mapping.streamCount;
    out[20] = head.mapping.coupledCount;
    out.set(head.mapping.channelMapping, 21);
  }
  return out;
}
