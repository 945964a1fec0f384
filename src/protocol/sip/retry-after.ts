import { ParseError } from "../parse-error.js";

/**
 * RFC 3261 §20.33 Retry-After: when the refused request may be tried again.
 *
 *   Retry-After  =  "Retry-After" HCOLON delta-seconds [ comment ] *( SEMI retry-param )
 *   retry-param  =  ("duration" EQUAL delta-seconds) / generic-param
 *
 * Only what a caller acts on is read: the delay, and a duration when one is given. A comment
 * in parentheses is skipped, not interpreted. Pure.
 */
export interface RetryAfter {
  readonly deltaSeconds: number;
  readonly durationSeconds?: number;
}

/** delta-seconds = 1*DIGIT (RFC 3261 §25.1); longer than 10 digits is no delay anyone means. */
const DELTA = /^\d{1,10}$/;

export function parseRetryAfter(text: string): RetryAfter {
  const value = text.trim();
  const head = /^(\d*)\s*(\([^)]*\))?\s*/.exec(value)!;
  const delta = head[1] ?? "";
  if (!DELTA.test(delta))
    throw new ParseError(
      "SIP",
      "Retry-After.delta-seconds",
      0,
      `"${value}" does not start with delta-seconds`,
    );
  let rest = value.slice(head[0].length);
  let durationSeconds: number | undefined;
  while (rest.length > 0) {
    const param = /^;\s*([^=;\s]+)\s*(?:=\s*([^;\s]*))?\s*/.exec(rest);
    if (!param)
      throw new ParseError(
        "SIP",
        "Retry-After.retry-param",
        value.length - rest.length,
        `"${rest}" is not a ;name=value parameter`,
      );
    if (param[1]!.toLowerCase() === "duration") {
      if (!DELTA.test(param[2] ?? ""))
        throw new ParseError(
          "SIP",
          "Retry-After.duration",
          value.length - rest.length,
          `duration "${param[2] ?? ""}" is not delta-seconds`,
        );
      durationSeconds = Number(param[2]);
    }
    rest = rest.slice(param[0].length);
  }
  return { deltaSeconds: Number(delta), ...(durationSeconds !== undefined ? { durationSeconds } : {}) };
}

export function serializeRetryAfter(r: RetryAfter): string {
  return `${r.deltaSeconds}${r.durationSeconds !== undefined ? `;duration=${r.durationSeconds}` : ""}`;
}

/** The Retry-After of a response as a caller reads it: undefined when absent or unreadable. */
export function retryAfterLenient(text: string | undefined): RetryAfter | undefined {
  if (text === undefined) return undefined;
  try {
    return parseRetryAfter(text);
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}
