import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findMarkers, renderMarkerAudio } from "./markers.js";
import { wholeMarkersBack } from "./markers-back.js";

const run = (n: number) => Array.from({ length: n }, (_, i) => i);

describe("wholeMarkersBack", () => {
  it("counts the markers a run of packets must hold, whatever their phase", () => {
    expect(wholeMarkersBack([], 20)).toBe(0);
    expect(wholeMarkersBack(run(9), 20)).toBe(0);
    expect(wholeMarkersBack(run(34), 20)).toBe(1);
    expect(wholeMarkersBack(run(58), 20)).toBe(1);
    expect(wholeMarkersBack(run(59), 20)).toBe(2);
    expect(wholeMarkersBack(run(300), 20)).toBe(11);
  });

  it("a missing packet splits the run", () => {
    const arrivals: (number | undefined)[] = run(70);
    expect(wholeMarkersBack(arrivals, 20)).toBe(2);
    arrivals[35] = undefined;
    expect(wholeMarkersBack(arrivals, 20)).toBe(2);
    arrivals[30] = undefined;
    expect(wholeMarkersBack(arrivals, 20)).toBe(1);
  });

  it("property: never more than the decoder finds in the same packets (none lost)", () => {
    const pcm = renderMarkerAudio(8000, 10);
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 10, max: 100 }), (from, count) => {
        // Packets `from` .. `from + count` of 20 ms (160 samples) came back, nothing else.
        const cut = pcm.subarray(from * 160, (from + count) * 160);
        const arrivals = run(cut.length / 160);
        expect(wholeMarkersBack(arrivals, 20)).toBeLessThanOrEqual(findMarkers(cut, 8000).length);
      }),
      { numRuns: 40 },
    );
  });
});
