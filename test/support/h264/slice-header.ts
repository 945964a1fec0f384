import { BitReader } from "../../../src/protocol/h264/bit-reader.js";
import { isVcl } from "../../../src/protocol/h264/nal-unit.js";
import { nalToRbsp } from "../../../src/protocol/h264/rbsp.js";
import { ParseError } from "../../../src/protocol/parse-error.js";

// H.264 §7.3.3 slice_header(): the first field is first_mb_in_slice ue(v).
//  NAL header (1 byte, type 1..5) | first_mb_in_slice ue(v) | slice_type ue(v) | ...
// Only a few bytes are needed: a ue(v) of up to 32 bits fits in 8 bytes.
export function firstMbInSlice(nal: Uint8Array): number {
  if (nal.length === 0)
    throw new ParseError("H.264 slice", "nal_unit_header", 0, "needs 1 byte, only 0 left");
  const type = nal[0]! & 0x1f;
  if (!isVcl(type)) throw new ParseError("H.264 slice", "nal_unit_type", 0, `type ${type} is not a slice`);
  const r = new BitReader(nalToRbsp(nal.subarray(1, 12)), "H.264 slice");
  return r.ue("first_mb_in_slice");
}
