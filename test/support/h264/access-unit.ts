import { joinAnnexB } from "../../../src/protocol/h264/annex-b.js";
import { isVcl, NalType, nalType } from "../../../src/protocol/h264/nal-unit.js";
import { firstMbInSlice } from "../../../src/protocol/h264/slice-header.js";
import { ParseError } from "../../../src/protocol/parse-error.js";

/** All NAL units of one coded picture, in decoding order. */
export interface AccessUnit {
  readonly nals: readonly Uint8Array[];
  /** An IDR slice is present: a decoder can start here. */
  readonly keyframe: boolean;
}

export function accessUnitToAnnexB(au: AccessUnit): Uint8Array {
  return joinAnnexB(au.nals);
}

export function makeAccessUnit(nals: readonly Uint8Array[]): AccessUnit {
  return { nals, keyframe: nals.some((n) => nalType(n) === NalType.sliceIdr) };
}

/**
 * Groups a NAL unit stream into access units. x264 with sliced threads emits several slices
 * per picture, so a picture is only over when something that starts the next one arrives.
 *
 * H.264 §7.4.1.2.3: after the last VCL NAL of a primary picture, a new access unit starts with
 * an access unit delimiter (9), SPS (7), PPS (8), SEI (6), types 14..18, or the first VCL NAL
 * of the next picture. We detect that first VCL NAL by first_mb_in_slice == 0, which holds for
 * every encoder that does not use arbitrary slice order (baseline ASO is not used by x264).
 */
export class AccessUnitAssembler {
  private nals: Uint8Array[] = [];
  private sawVcl = false;

  /** Adds one NAL unit; returns the access unit it completed, if any. */
  push(nal: Uint8Array): AccessUnit[] {
    if (nal.length === 0) return [];
    const type = nalType(nal);
    const out: AccessUnit[] = [];
    if (this.sawVcl && this.startsNewAccessUnit(nal, type)) out.push(...this.flush());
    this.nals.push(nal);
    if (isVcl(type)) this.sawVcl = true;
    return out;
  }

  /** End of stream: returns the access unit still open, if it has a picture. */
  flush(): AccessUnit[] {
    const nals = this.nals;
    const hadVcl = this.sawVcl;
    this.nals = [];
    this.sawVcl = false;
    return hadVcl ? [makeAccessUnit(nals)] : [];
  }

  private startsNewAccessUnit(nal: Uint8Array, type: number): boolean {
    if (
      type === NalType.aud ||
      type === NalType.sps ||
      type === NalType.pps ||
      type === NalType.sei ||
      (type >= 14 && type <= 18)
    ) {
      return true;
    }
    if (!isVcl(type)) return false;
    try {
      return firstMbInSlice(nal) === 0;
    } catch (e) {
      if (e instanceof ParseError) return false; // a damaged slice cannot prove a new picture
      throw e;
    }
  }
}
