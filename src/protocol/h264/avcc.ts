import { need, ParseError } from "../parse-error.js";

/** SPS and PPS carried out of band, and how long the NAL length fields are. */
export interface AvcDecoderConfig {
  readonly profileIdc: number;
  readonly profileCompatibility: number;
  readonly levelIdc: number;
  /** 1, 2 or 4: bytes in front of each NAL unit in AVCC samples. */
  readonly lengthSize: number;
  readonly sps: readonly Uint8Array[];
  readonly pps: readonly Uint8Array[];
}

// ISO/IEC 14496-15 §5.3.3.1 AVCDecoderConfigurationRecord (what FLV and MP4 carry as extradata):
//  configurationVersion u(8) = 1 | AVCProfileIndication u(8) | profile_compatibility u(8)
//  AVCLevelIndication u(8) | reserved '111111'b + lengthSizeMinusOne u(2)
//  reserved '111'b + numOfSequenceParameterSets u(5) | { sequenceParameterSetLength u(16), SPS }*
//  numOfPictureParameterSets u(8) | { pictureParameterSetLength u(16), PPS }*
//  [high-profile chroma/bit-depth fields: not read]
export function parseAvcDecoderConfig(buf: Uint8Array): AvcDecoderConfig {
  const F = "AVCDecoderConfigurationRecord";
  need(buf, 0, 6, F, "header");
  if (buf[0] !== 1) throw new ParseError(F, "configurationVersion", 0, `expected 1, got ${buf[0]}`);
  const lengthSize = (buf[4]! & 0x03) + 1;
  if (lengthSize === 3)
    throw new ParseError(F, "lengthSizeMinusOne", 4, "a NAL length of 3 bytes is not allowed");
  let o = 5;
  const readSets = (count: number, field: string): Uint8Array[] => {
    const sets: Uint8Array[] = [];
    for (let i = 0; i < count; i++) {
      need(buf, o, 2, F, `${field}Length`);
      const len = (buf[o]! << 8) | buf[o + 1]!;
      need(buf, o + 2, len, F, field);
      sets.push(buf.slice(o + 2, o + 2 + len));
      o += 2 + len;
    }
    return sets;
  };
  const sps = readSets(buf[o++]! & 0x1f, "sequenceParameterSet");
  need(buf, o, 1, F, "numOfPictureParameterSets");
  const pps = readSets(buf[o++]!, "pictureParameterSet");
  return {
    profileIdc: buf[1]!,
    profileCompatibility: buf[2]!,
    levelIdc: buf[3]!,
    lengthSize,
    sps,
    pps,
  };
}

export function serializeAvcDecoderConfig(c: AvcDecoderConfig): Uint8Array {
  const sets = (list: readonly Uint8Array[]): number[] =>
    list.flatMap((s) => [s.length >> 8, s.length & 0xff, ...s]);
  return Uint8Array.from([
    1,
    c.profileIdc,
    c.profileCompatibility,
    c.levelIdc,
    0xfc | (c.lengthSize - 1),
    0xe0 | c.sps.length,
    ...sets(c.sps),
    c.pps.length,
    ...sets(c.pps),
  ]);
}

// ISO/IEC 14496-15 §5.3.4.2: an AVC sample is a run of { NALUnitLength u(8*lengthSize), NAL unit }.
export function splitLengthPrefixed(buf: Uint8Array, lengthSize: number): Uint8Array[] {
  const nals: Uint8Array[] = [];
  let o = 0;
  while (o < buf.length) {
    need(buf, o, lengthSize, "AVC sample", "NALUnitLength");
    let len = 0;
    for (let i = 0; i < lengthSize; i++) len = len * 256 + buf[o + i]!;
    need(buf, o + lengthSize, len, "AVC sample", "NALUnit");
    if (len > 0) nals.push(buf.slice(o + lengthSize, o + lengthSize + len));
    o += lengthSize + len;
  }
  return nals;
}

export function joinLengthPrefixed(nals: readonly Uint8Array[], lengthSize = 4): Uint8Array {
  const out = new Uint8Array(nals.reduce((s, n) => s + lengthSize + n.length, 0));
  let o = 0;
  for (const n of nals) {
    for (let i = 0; i < lengthSize; i++)
      out[o + i] = Math.floor(n.length / 256 ** (lengthSize - 1 - i)) & 0xff;
    out.set(n, o + lengthSize);
    o += lengthSize + n.length;
  }
  return out;
}
