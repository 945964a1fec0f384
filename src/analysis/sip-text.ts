import { ParseError } from "../protocol/parse-error.js";
import { contentLength } from "../protocol/sip/stream-framer.js";

/**
 * Splits a text file holding one or more SIP messages (copied from a log, a trace or a ticket)
 * into single messages. RFC 3261 §18.3 frames messages on a stream by Content-Length; a file
 * pasted by hand often lacks it or has it wrong, so a message also ends where the next
 * start line begins after a blank line.
 */
export interface SipTextMessage {
  /** 1-based line number where the message starts. */
  readonly line: number;
  readonly text: string;
}

const START_LINE =
  /^(?:[A-Za-z][A-Za-z0-9\-.!%*_+`'~]* (?:sips?|tel):\S+ SIP\/2\.0|SIP\/2\.0 \d{3}(?: .*)?)$/;

export function splitSipText(text: string): SipTextMessage[] {
  const lines = text.replace(/^\uFEFF/, "").split(/\r?\n/);
  const starts: number[] = [];
  let inHead = false;
  for (let i = 0; i < lines.length; i++) {
    const l = lines[i]!;
    if (START_LINE.test(l) && (i === 0 || !inHead)) {
      starts.push(i);
      inHead = true;
    } else if (l === "") inHead = false;
  }
  const out: SipTextMessage[] = [];
  for (let k = 0; k < starts.length; k++) {
    const from = starts[k]!;
    const to = starts[k + 1] ?? lines.length;
    const chunk = lines.slice(from, to);
    const blank = chunk.indexOf("");
    const head = blank < 0 ? chunk : chunk.slice(0, blank);
    let body = blank < 0 ? "" : chunk.slice(blank + 1).join("\r\n");
    const declared = declaredLength(head.join("\r\n"));
    if (declared !== undefined && declared < body.length) body = body.slice(0, declared);
    else body = body.replace(/(\r\n)+$/, "\r\n");
    if (body.trim() === "") body = "";
    out.push({ line: from + 1, text: `${head.join("\r\n")}\r\n\r\n${body}` });
  }
  return out;
}

function declaredLength(head: string): number | undefined {
  try {
    const n = contentLength(head, "datagram", 1 << 20);
    return Number.isNaN(n) ? undefined : n;
  } catch (e) {
    if (e instanceof ParseError) return undefined;
    throw e;
  }
}
