import { NalType } from "../protocol/h264/nal-unit.js";

// RFC 6184 §5.2-§5.8: the first NAL unit type carried by an H.264 RTP payload.
//  single NAL (types 1-23):  payload[0] is the NAL header
//  STAP-A (24):              [STAP-A hdr][size:16][NAL hdr ...]
//  FU-A (28):                [FU indicator][S|E|R|Type] (start fragment when S = 1)
// A keyframe starts with SPS/PPS (in a STAP-A or alone) or with the first fragment of an IDR slice.

/**
 * True when this H.264 RTP payload starts a keyframe: an SPS, a PPS or the start of an IDR slice.
 * A switch of the mirror's source waits for one, so the receiver never decodes the new source
 * from a predicted picture. Short or unknown payloads give false; nothing throws.
 */
export function startsKeyframe(payload: Uint8Array): boolean {
  if (payload.length === 0) return false;
  const type = payload[0]! & 0x1f;
  if (type === NalType.stapA) return payload.length > 3 && isKeyNal(payload[3]! & 0x1f);
  if (type === NalType.fuA) {
    if (payload.length < 2) return false;
    const start = (payload[1]! & 0x80) !== 0;
    return start && isKeyNal(payload[1]! & 0x1f);
  }
  return isKeyNal(type);
}

function isKeyNal(type: number): boolean {
  return type === NalType.sps || type === NalType.pps || type === NalType.sliceIdr;
}
