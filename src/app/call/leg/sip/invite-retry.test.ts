import { describe, expect, it } from "vitest";
import { type InviteAttempt, MAX_BUSY_RETRIES, retryAfter, timerHeaders } from "./invite-retry.js";

const first: InviteAttempt = { timerAsk: { sessionExpiresS: 1800 }, srtp: "optional" };
const refusal = (status: number, minSe?: string) => ({
  status,
  minSe,
  message: `sip:x answered ${status}`,
});

describe("retryAfter (RFC 4028 §7.2, RFC 3264 §6)", () => {
  it("asks again after a 422 with Session-Expires at least its Min-SE, once", () => {
    const retry = retryAfter(refusal(422, "3600"), first);
    expect(retry?.next).toEqual({
      timerAsk: { sessionExpiresS: 3600, minSeS: 3600 },
      srtp: "optional",
      timerRetry: { refused: "sip:x answered 422", minSeS: 3600 },
    });
    expect(retry?.step.en).toBe("sip:x answered 422: asking again with Session-Expires 3600");
    expect(timerHeaders(retry?.next.timerAsk)).toEqual(["Session-Expires: 3600", "Min-SE: 3600"]);
    expect(retryAfter(refusal(422, "7200"), retry!.next)).toBeUndefined();
  });

  it("keeps a longer interval than the Min-SE asked for", () => {
    expect(retryAfter(refusal(422, "90"), first)?.next.timerAsk).toEqual({
      sessionExpiresS: 1800,
      minSeS: 90,
    });
  });

  it("gives up on a 422 without a readable Min-SE, or when we asked for no timer", () => {
    expect(retryAfter(refusal(422), first)).toBeUndefined();
    expect(retryAfter(refusal(422, "soon"), first)).toBeUndefined();
    expect(retryAfter(refusal(422, "90"), { ...first, timerAsk: undefined })).toBeUndefined();
  });

  it("offers RTP/SAVP after a 488 to best-effort SRTP, once, and never raises off or mandatory", () => {
    const retry = retryAfter(refusal(488), first);
    expect(retry?.next.srtp).toBe("mandatory");
    expect(retry?.next.savpRetry).toEqual({ refused: "sip:x answered 488" });
    expect(retryAfter(refusal(488), retry!.next)).toBeUndefined();
    expect(retryAfter(refusal(488), { ...first, srtp: "off" })).toBeUndefined();
    expect(retryAfter(refusal(486), first)).toBeUndefined();
  });

  it("writes no timer headers when none is asked for", () => {
    expect(timerHeaders(undefined)).toEqual([]);
    expect(timerHeaders({ sessionExpiresS: 1800 })).toEqual(["Session-Expires: 1800"]);
  });

  it("asks again after a 503 with a short Retry-After, waiting as it says, a bounded number of times (RFC 3261 §21.5.4)", () => {
    const busy = {
      status: 503,
      minSe: undefined,
      retryAfter: "5",
      message: "sip:x answered 503 No test room available",
    };
    let attempt = first;
    for (let n = 1; n <= MAX_BUSY_RETRIES; n++) {
      const retry = retryAfter(busy, attempt);
      expect(retry?.waitMs).toBe(5000);
      expect(retry?.next.busyRetries).toBe(n);
      expect(retry?.next.srtp).toBe("optional");
      expect(retry?.step.en).toBe(
        "sip:x answered 503 No test room available: asking again after 5 s, as its Retry-After says",
      );
      attempt = retry!.next;
    }
    expect(retryAfter(busy, attempt)).toBeUndefined();
  });

  it("a 503 without Retry-After, with a long or unreadable one, is final", () => {
    for (const retryAfterValue of [undefined, "60", "soon"]) {
      expect(
        retryAfter({ status: 503, minSe: undefined, retryAfter: retryAfterValue, message: "503" }, first),
      ).toBeUndefined();
    }
    expect(
      retryAfter({ status: 486, minSe: undefined, retryAfter: "5", message: "486" }, first),
    ).toBeUndefined();
  });
});
