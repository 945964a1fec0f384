import { need, ParseError } from "../parse-error.js";

// ffmpeg's FLV output frames each encoded picture as one tag with its exact size, so an access
// unit is known complete the moment its tag is, without waiting for the next start code (the
// raw "-f h264" stream cannot say where an access unit ends until the next one begins).
// Adobe FLV File Format Specification v10.1, Annex E.

/** One FLV tag (header fields and body). */
export interface FlvTag {
  /** 8 audio, 9 video, 18 script data. */
  readonly type: number;
  /** Milliseconds (TimestampExtended is the high byte). */
  readonly timestamp: number;
  readonly data: Uint8Array;
}

const FLV_HEADER_SIZE = 9;
const TAG_HEADER_SIZE = 11;
const PREVIOUS_TAG_SIZE = 4;

// E.2 FLV header, then E.3 body: PreviousTagSize0 u(32) = 0, then { tag, PreviousTagSize u(32) }*
//  'F' 'L' 'V' | Version u(8) | TypeFlags u(8) | DataOffset u(32) (= 9)
// E.4.1 FLV tag:
//  Reserved u(2) | Filter u(1) | TagType u(5) | DataSize u(24) | Timestamp u(24)
//  TimestampExtended u(8) | StreamID u(24) = 0 | Data (DataSize bytes)
/** Splits an FLV byte stream arriving in chunks of any size into tags. */
export class FlvTagReader {
  private buf: Uint8Array = new Uint8Array(0);
  private offset = 0;
  private state: "header" | "tags" = "header";

  push(chunk: Uint8Array): FlvTag[] {
    const merged = new Uint8Array(this.buf.length - this.offset + chunk.length);
    merged.set(this.buf.subarray(this.offset), 0);
    merged.set(chunk, this.buf.length - this.offset);
    this.buf = merged;
    this.offset = 0;
    const tags: FlvTag[] = [];
    for (;;) {
      if (this.state === "header") {
        if (this.buf.length < FLV_HEADER_SIZE) break;
        if (this.buf[0] !== 0x46 || this.buf[1] !== 0x4c || this.buf[2] !== 0x56) {
          throw new ParseError("FLV", "signature", 0, "stream does not start with 'FLV'");
        }
        const dataOffset = readU32(this.buf, 5);
        if (dataOffset < FLV_HEADER_SIZE)
          throw new ParseError("FLV", "DataOffset", 5, `${dataOffset} is below 9`);
        if (this.buf.length < dataOffset + PREVIOUS_TAG_SIZE) break;
        this.offset = dataOffset + PREVIOUS_TAG_SIZE;
        this.state = "tags";
        continue;
      }
      const o = this.offset;
      if (this.buf.length - o < TAG_HEADER_SIZE) break;
      const size = (this.buf[o + 1]! << 16) | (this.buf[o + 2]! << 8) | this.buf[o + 3]!;
      const end = o + TAG_HEADER_SIZE + size + PREVIOUS_TAG_SIZE;
      if (this.buf.length < end) break;
      const timestamp =
        this.buf[o + 7]! * 2 ** 24 + ((this.buf[o + 4]! << 16) | (this.buf[o + 5]! << 8) | this.buf[o + 6]!);
      tags.push({
        type: this.buf[o]! & 0x1f,
        timestamp,
        data: this.buf.slice(o + TAG_HEADER_SIZE, o + TAG_HEADER_SIZE + size),
      });
      this.offset = end;
    }
    return tags;
  }
}

function readU32(b: Uint8Array, o: number): number {
  return b[o]! * 2 ** 24 + ((b[o + 1]! << 16) | (b[o + 2]! << 8) | b[o + 3]!);
}

/** The AVC video tag body (E.4.3.1 VIDEODATA with AVCVIDEOPACKET). */
export interface FlvAvcPacket {
  /** 1 keyframe, 2 inter frame, ... */
  readonly frameType: number;
  /** 0 sequence header (AVCDecoderConfigurationRecord), 1 NAL units, 2 end of sequence. */
  readonly avcPacketType: number;
  /** Composition time offset in ms (signed). */
  readonly compositionTime: number;
  readonly body: Uint8Array;
}

// E.4.3.1: FrameType u(4) | CodecID u(4) (7 = AVC) | AVCPacketType u(8) | CompositionTime s(24) | data
export function parseFlvAvcPacket(data: Uint8Array): FlvAvcPacket {
  need(data, 0, 5, "FLV", "VIDEODATA.header");
  const codecId = data[0]! & 0x0f;
  if (codecId !== 7) throw new ParseError("FLV", "VIDEODATA.CodecID", 0, `expected 7 (AVC), got ${codecId}`);
  const ct = (data[2]! << 16) | (data[3]! << 8) | data[4]!;
  return {
    frameType: data[0]! >> 4,
    avcPacketType: data[1]!,
    compositionTime: ct & 0x800000 ? ct - 0x1000000 : ct,
    body: data.subarray(5),
  };
}
