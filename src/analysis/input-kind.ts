/**
 * What a file handed to `vdm-test analyze` holds, judged by its first bytes (magic numbers).
 *
 * pcap (libpcap file format, draft-ietf-opsawg-pcap §4): magic 0xA1B2C3D4 (µs) or 0xA1B23C4D (ns),
 * written in the writer's byte order. pcapng (draft-ietf-opsawg-pcapng §4.1): the Section Header
 * Block type 0x0A0D0D0A, the same in both byte orders. A SIP message starts with a Request-Line or
 * Status-Line (RFC 3261 §7); bare SDP with "v=0" (RFC 8866 §5).
 */
export type InputKind = "pcap" | "pcapng" | "sip-text" | "sdp" | "unknown";

/** Bytes `detectInputKind` wants to see (fewer work, with less certainty for text). */
export const INPUT_SNIFF_BYTES = 512;

const PCAP_MAGICS = new Set([0xa1b2c3d4, 0xd4c3b2a1, 0xa1b23c4d, 0x4d3cb2a1]);
const REQUEST_LINE = /^[A-Za-z][A-Za-z0-9\-.!%*_+`'~]* (sips?|tel):\S+ SIP\/2\.0\r?$/;
const STATUS_LINE = /^SIP\/2\.0 \d{3}( |\r?$)/;

export function detectInputKind(head: Uint8Array): InputKind {
  if (head.length >= 4) {
    const be = ((head[0]! << 24) | (head[1]! << 16) | (head[2]! << 8) | head[3]!) >>> 0;
    if (be === 0x0a0d0d0a) return "pcapng";
    if (PCAP_MAGICS.has(be)) return "pcap";
  }
  const text = latin1(head.subarray(0, INPUT_SNIFF_BYTES)).replace(/^\uFEFF/, "");
  const firstLine = text.replace(/^[\r\n\s]+/, "").split("\n")[0] ?? "";
  if (REQUEST_LINE.test(firstLine) || STATUS_LINE.test(firstLine)) return "sip-text";
  if (/^v=0\r?$/.test(firstLine)) return "sdp";
  return "unknown";
}

export function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i += 4096) {
    s += String.fromCharCode(...b.subarray(i, Math.min(b.length, i + 4096)));
  }
  return s;
}
