import { type Codec, formatFmtp, rtpmapValue } from "./codec.js";
import type { Origin } from "./sdp-types.js";

/** "IN IP4 a" or "IN IP6 a" (RFC 8866 §5.7). */
export function addressField(address: string): string {
  return `IN ${address.includes(":") ? "IP6" : "IP4"} ${address}`;
}

/** RFC 8866 §5: v=, o=, s=, c=, t= in the mandated order. */
export function sessionLines(origin: Origin, address: string, sessionName: string): string[] {
  return [
    "v=0",
    `o=${origin.username} ${origin.sessionId} ${origin.sessionVersion} ${addressField(origin.address)}`,
    `s=${sessionName}`,
    `c=${addressField(address)}`,
    "t=0 0",
  ];
}

/** a=rtpmap and a=fmtp lines of one payload format. */
export function codecLines(c: Codec): string[] {
  const lines = [`a=rtpmap:${c.payloadType} ${rtpmapValue(c)}`];
  const fmtp = formatFmtp(c.fmtp);
  if (fmtp !== "") lines.push(`a=fmtp:${c.payloadType} ${fmtp}`);
  return lines;
}

export function toSdp(lines: readonly string[]): string {
  return `${lines.join("\r\n")}\r\n`;
}
