import { headerFieldValues, type SipMessageHead } from "../protocol/sip/message-head.js";

/** The SDP bodies of a SIP message and how many multipart alternatives were set aside. */
export interface SdpBodies {
  /** The body to grade (the last application/sdp alternative, RFC 2046 §5.1.4), if any. */
  readonly sdp?: string;
  readonly alternativesSkipped: number;
}

const SDP_START = /(^|\r?\n)v=/;

/** The SDP part of a text: from its v= line on (anything before it is not SDP). */
function fromVersionLine(text: string): string | undefined {
  const m = SDP_START.exec(text);
  if (!m) return undefined;
  return text.slice(m.index + m[1]!.length);
}

/**
 * RFC 3261 §7.4 and RFC 5621: a body is SDP when Content-Type says application/sdp (or, for
 * equipment that leaves Content-Type out, when it starts like SDP); multipart bodies (RFC 2046
 * §5.1) are split on their boundary and the application/sdp parts kept.
 */
export function sdpBodiesOf(head: SipMessageHead): SdpBodies {
  const type = (headerFieldValues(head, "content-type")[0] ?? "").trim();
  const body = head.body;
  if (/^multipart\//i.test(type)) {
    const parts = multipartSdp(body, type);
    if (parts.length === 0) return { alternativesSkipped: 0 };
    const alternative = /^multipart\/alternative/i.test(type);
    const chosen = alternative ? parts.at(-1)! : parts[0]!;
    return { sdp: chosen, alternativesSkipped: parts.length - 1 };
  }
  if (type !== "" && !/^application\/sdp\b/i.test(type)) return { alternativesSkipped: 0 };
  const sdp = fromVersionLine(body);
  return sdp ? { sdp, alternativesSkipped: 0 } : { alternativesSkipped: 0 };
}

function multipartSdp(body: string, type: string): string[] {
  const m = /boundary\s*=\s*(?:"([^"]+)"|([^;\s]+))/i.exec(type);
  const boundary = m?.[1] ?? m?.[2];
  if (!boundary) return [];
  const out: string[] = [];
  for (const part of body.split(`--${boundary}`).slice(1)) {
    if (part.startsWith("--")) break; // the close delimiter
    const sep = /\r?\n\r?\n/.exec(part);
    const headers = sep ? part.slice(0, sep.index) : "";
    const content = sep ? part.slice(sep.index + sep[0].length) : part;
    const ct = /content-type\s*:\s*([^\r\n;]+)/i.exec(headers)?.[1]?.trim();
    if (ct && !/^application\/sdp$/i.test(ct)) continue;
    const sdp = fromVersionLine(content);
    if (sdp) out.push(sdp.replace(/\r?\n$/, "\r\n"));
  }
  return out;
}
