import { describe, expect, it } from "vitest";
import { refusalOf } from "./h323-refusal.js";

describe("the room's refusal as an H.225.0 ReleaseComplete (H.225.0 §7.6, Table 5)", () => {
  it("a full room: noBandwidth with cause 34, which RFC 3398 maps back to 503", () => {
    const r = refusalOf({
      kind: "refuse",
      status: 503,
      reason: "the room is full (50 calls)",
      retryAfterS: 10,
    });
    expect(r).toEqual({ reason: "noBandwidth", cause: 34, detail: "the room is full (50 calls)" });
  });

  it("an offer the room cannot take: undefinedReason with its cause 31", () => {
    const r = refusalOf({ kind: "refuse", status: 488, reason: "no common audio or video codec" });
    expect(r).toEqual({ reason: "undefinedReason", cause: 31, detail: "no common audio or video codec" });
  });
});
