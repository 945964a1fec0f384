import type { Report } from "../../report/model.js";

/** Why a call ended before it could be graded. */
export class CallSetupError extends Error {
  override readonly name = "CallSetupError";
  constructor(
    readonly kind: "unreachable" | "rejected" | "no-answer" | "usage" | "media",
    message: string,
    readonly report?: Report,
    /** The final status of a rejected call (a SIP status code). */
    readonly status?: number,
    /** The Min-SE of a 422 (RFC 4028 §6), as written. */
    readonly minSe?: string,
    /** The Retry-After of a 503 (RFC 3261 §20.33), as written. */
    readonly retryAfter?: string,
  ) {
    super(message);
  }
}
