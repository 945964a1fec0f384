import { describe, expect, it } from "vitest";
import { BitWriter } from "../../../src/protocol/h264/bit-reader.js";
import { type AccessUnit, AccessUnitAssembler } from "./access-unit.js";

/** A slice NAL whose header says first_mb_in_slice = firstMb. */
function slice(type: 1 | 5, firstMb: number): Uint8Array {
  const body = new BitWriter()
    .ue(firstMb)
    .ue(type === 5 ? 7 : 5)
    .ue(0)
    .trailingBits()
    .toBytes();
  return Uint8Array.from([type === 5 ? 0x65 : 0x41, ...body]);
}
const SPS = Uint8Array.of(0x67, 0x42);
const PPS = Uint8Array.of(0x68, 0xce);
const SEI = Uint8Array.of(0x06, 0x05);
const AUD = Uint8Array.of(0x09, 0xf0);

function assemble(nals: Uint8Array[]): AccessUnit[] {
  const a = new AccessUnitAssembler();
  return [...nals.flatMap((n) => a.push(n)), ...a.flush()];
}

describe("access unit assembly (H.264 §7.4.1.2.3)", () => {
  it("keeps all slices of one picture together (x264 sliced threads)", () => {
    const aus = assemble([
      SPS,
      PPS,
      SEI,
      slice(5, 0),
      slice(5, 1800),
      slice(1, 0),
      slice(1, 1800),
      slice(1, 0),
    ]);
    expect(aus.map((a) => a.nals.length)).toEqual([5, 2, 1]);
    expect(aus.map((a) => a.keyframe)).toEqual([true, false, false]);
  });

  it("starts a new access unit at AUD, SPS, PPS or SEI after a slice", () => {
    for (const starter of [AUD, SPS, PPS, SEI]) {
      const aus = assemble([slice(1, 0), slice(1, 20), starter, slice(1, 0)]);
      expect(aus.map((a) => a.nals.length)).toEqual([2, 2]);
    }
  });

  it("does not report parameter sets without a picture", () => {
    expect(assemble([SPS, PPS])).toEqual([]);
  });

  it("keeps a damaged slice in the current picture instead of throwing", () => {
    const aus = assemble([slice(1, 0), Uint8Array.of(0x41), slice(1, 0)]);
    expect(aus.map((a) => a.nals.length)).toEqual([2, 1]);
  });
});
