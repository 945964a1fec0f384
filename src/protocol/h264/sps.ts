import { ParseError } from "../parse-error.js";
import { BitReader, BitWriter } from "./bit-reader.js";
import { NalType } from "./nal-unit.js";
import { nalToRbsp, rbspToNal } from "./rbsp.js";

/** What we need from a sequence parameter set: the profile, level and picture size. */
export interface Sps {
  readonly profileIdc: number;
  /** constraint_set0_flag..constraint_set5_flag and reserved_zero_2bits as one byte (set0 is the MSB). */
  readonly constraintFlags: number;
  readonly levelIdc: number;
  readonly spsId: number;
  /** 0 monochrome, 1 4:2:0, 2 4:2:2, 3 4:4:4. */
  readonly chromaFormatIdc: number;
  readonly frameMbsOnly: boolean;
  /** Coded size in macroblocks (frame MBs, i.e. field map units doubled when frame_mbs_only is 0). */
  readonly widthMbs: number;
  readonly heightMbs: number;
  /** Frame cropping offsets in luma samples. */
  readonly crop: {
    readonly left: number;
    readonly right: number;
    readonly top: number;
    readonly bottom: number;
  };
  /** Display size after cropping. */
  readonly width: number;
  readonly height: number;
}

// Profiles whose SPS carries chroma_format_idc and the bit depths (H.264 §7.3.2.1.1).
const HIGH_PROFILES = new Set([100, 110, 122, 244, 44, 83, 86, 118, 128, 138, 139, 134, 135]);

// H.264 §7.3.2.1.1 seq_parameter_set_data(), the fields up to frame cropping:
//
//  NAL header (1 byte, type 7)
//  profile_idc u(8) | constraint_set0..5_flag + reserved_zero_2bits u(8) | level_idc u(8)
//  seq_parameter_set_id ue(v)
//  [high profiles: chroma_format_idc ue(v), [separate_colour_plane_flag u(1)],
//    bit_depth_luma_minus8 ue(v), bit_depth_chroma_minus8 ue(v),
//    qpprime_y_zero_transform_bypass_flag u(1), seq_scaling_matrix_present_flag u(1) [lists]]
//  log2_max_frame_num_minus4 ue(v) | pic_order_cnt_type ue(v) [+ its fields]
//  max_num_ref_frames ue(v) | gaps_in_frame_num_value_allowed_flag u(1)
//  pic_width_in_mbs_minus1 ue(v) | pic_height_in_map_units_minus1 ue(v)
//  frame_mbs_only_flag u(1) [mb_adaptive_frame_field_flag u(1)] | direct_8x8_inference_flag u(1)
//  frame_cropping_flag u(1) [frame_crop_left/right/top/bottom_offset ue(v) x4]
//  vui_parameters_present_flag u(1) ...        (not read)
export function parseSps(nal: Uint8Array): Sps {
  if (nal.length === 0) throw new ParseError("H.264 SPS", "nal_unit_header", 0, "needs 1 byte, only 0 left");
  if ((nal[0]! & 0x1f) !== NalType.sps) {
    throw new ParseError("H.264 SPS", "nal_unit_type", 0, `expected 7, got ${nal[0]! & 0x1f}`);
  }
  const r = new BitReader(nalToRbsp(nal.subarray(1)), "H.264 SPS");
  const profileIdc = r.u(8, "profile_idc");
  const constraintFlags = r.u(8, "constraint_set_flags");
  const levelIdc = r.u(8, "level_idc");
  const spsId = r.ueMax("seq_parameter_set_id", 31);
  let chromaFormatIdc = 1;
  let separateColourPlane = false;
  if (HIGH_PROFILES.has(profileIdc)) {
    chromaFormatIdc = r.ueMax("chroma_format_idc", 3);
    if (chromaFormatIdc === 3) separateColourPlane = r.flag("separate_colour_plane_flag");
    r.ueMax("bit_depth_luma_minus8", 6);
    r.ueMax("bit_depth_chroma_minus8", 6);
    r.flag("qpprime_y_zero_transform_bypass_flag");
    if (r.flag("seq_scaling_matrix_present_flag")) {
      const lists = chromaFormatIdc !== 3 ? 8 : 12;
      for (let i = 0; i < lists; i++) {
        if (r.flag("seq_scaling_list_present_flag")) skipScalingList(r, i < 6 ? 16 : 64);
      }
    }
  }
  r.ueMax("log2_max_frame_num_minus4", 12);
  const pocType = r.ueMax("pic_order_cnt_type", 2);
  if (pocType === 0) r.ueMax("log2_max_pic_order_cnt_lsb_minus4", 12);
  else if (pocType === 1) {
    r.flag("delta_pic_order_always_zero_flag");
    r.se("offset_for_non_ref_pic");
    r.se("offset_for_top_to_bottom_field");
    const n = r.ueMax("num_ref_frames_in_pic_order_cnt_cycle", 255);
    for (let i = 0; i < n; i++) r.se("offset_for_ref_frame");
  }
  r.ueMax("max_num_ref_frames", 16);
  r.flag("gaps_in_frame_num_value_allowed_flag");
  const widthMbs = r.ueMax("pic_width_in_mbs_minus1", 1023) + 1;
  const heightMapUnits = r.ueMax("pic_height_in_map_units_minus1", 1023) + 1;
  const frameMbsOnly = r.flag("frame_mbs_only_flag");
  if (!frameMbsOnly) r.flag("mb_adaptive_frame_field_flag");
  r.flag("direct_8x8_inference_flag");
  let crop = { left: 0, right: 0, top: 0, bottom: 0 };
  const cropOffset = r.byteOffset;
  if (r.flag("frame_cropping_flag")) {
    crop = {
      left: r.ueMax("frame_crop_left_offset", 8192),
      right: r.ueMax("frame_crop_right_offset", 8192),
      top: r.ueMax("frame_crop_top_offset", 8192),
      bottom: r.ueMax("frame_crop_bottom_offset", 8192),
    };
  }
  // H.264 §7.4.2.1.1, equations 7-19..7-22: crop units depend on chroma subsampling and field coding.
  const arrayType = separateColourPlane ? 0 : chromaFormatIdc;
  const subWidthC = chromaFormatIdc === 3 ? 1 : 2;
  const subHeightC = chromaFormatIdc === 1 ? 2 : 1;
  const cropUnitX = arrayType === 0 ? 1 : subWidthC;
  const cropUnitY = (arrayType === 0 ? 1 : subHeightC) * (frameMbsOnly ? 1 : 2);
  const heightMbs = heightMapUnits * (frameMbsOnly ? 1 : 2);
  const width = widthMbs * 16 - cropUnitX * (crop.left + crop.right);
  const height = heightMbs * 16 - cropUnitY * (crop.top + crop.bottom);
  if (width <= 0 || height <= 0) {
    throw new ParseError("H.264 SPS", "frame_cropping", cropOffset + 1, `cropping leaves ${width}x${height}`);
  }
  const cropLuma = {
    left: crop.left * cropUnitX,
    right: crop.right * cropUnitX,
    top: crop.top * cropUnitY,
    bottom: crop.bottom * cropUnitY,
  };
  return {
    profileIdc,
    constraintFlags,
    levelIdc,
    spsId,
    chromaFormatIdc,
    frameMbsOnly,
    widthMbs,
    heightMbs,
    crop: cropLuma,
    width,
    height,
  };
}

// H.264 §7.3.2.1.1.1 scaling_list(): delta_scale se(v) until nextScale becomes 0.
function skipScalingList(r: BitReader, size: number): void {
  let last = 8;
  let next = 8;
  for (let j = 0; j < size; j++) {
    if (next !== 0) {
      const delta = r.se("delta_scale");
      if (delta < -128 || delta > 127)
        throw new ParseError("H.264 SPS", "delta_scale", r.byteOffset, "out of range");
      next = (last + delta + 256) % 256;
    }
    last = next === 0 ? last : next;
  }
}

/** Fields a minimal SPS is built from (4:2:0, 8 bit, no scaling lists, POC type 2, no VUI). */
export interface SpsFields {
  profileIdc: number;
  constraintFlags: number;
  levelIdc: number;
  spsId: number;
  widthMbs: number;
  heightMbs: number;
  frameMbsOnly: boolean;
  /** Cropping in crop units (2 luma samples horizontally; 2 or 4 vertically). */
  crop: { left: number; right: number; top: number; bottom: number };
}

/** Writes an SPS NAL unit (nal_ref_idc 3) from `f`; parseSps reads back the same fields. */
export function serializeSps(f: SpsFields): Uint8Array {
  const w = new BitWriter().u(8, f.profileIdc).u(8, f.constraintFlags).u(8, f.levelIdc).ue(f.spsId);
  if (HIGH_PROFILES.has(f.profileIdc)) w.ue(1).ue(0).ue(0).flag(false).flag(false);
  w.ue(0).ue(2).ue(1).flag(false); // log2_max_frame_num-4, poc type 2, 1 ref frame, no gaps
  w.ue(f.widthMbs - 1).ue(f.frameMbsOnly ? f.heightMbs - 1 : f.heightMbs / 2 - 1);
  w.flag(f.frameMbsOnly);
  if (!f.frameMbsOnly) w.flag(false);
  w.flag(true);
  const cropped = f.crop.left + f.crop.right + f.crop.top + f.crop.bottom > 0;
  w.flag(cropped);
  if (cropped) w.ue(f.crop.left).ue(f.crop.right).ue(f.crop.top).ue(f.crop.bottom);
  w.flag(false).trailingBits();
  const rbsp = w.toBytes();
  const nal = rbspToNal(rbsp);
  const out = new Uint8Array(nal.length + 1);
  out[0] = 0x67;
  out.set(nal, 1);
  return out;
}
