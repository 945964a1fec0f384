import { ParseError } from "../parse-error.js";

/** RFC 791 §3.1: dotted decimal for an IPv4 address held as an unsigned 32-bit number. */
export function formatIpv4(address: number): string {
  return `${address >>> 24}.${(address >>> 16) & 0xff}.${(address >>> 8) & 0xff}.${address & 0xff}`;
}

/** Dotted decimal to an unsigned 32-bit number. */
export function parseIpv4Address(text: string): number {
  const parts = text.split(".");
  if (parts.length !== 4 || parts.some((p) => !/^\d{1,3}$/.test(p) || Number(p) > 255)) {
    throw new ParseError("IPv4 address", "address", -1, `"${text}" is not dotted decimal`);
  }
  return parts.reduce((acc, p) => acc * 256 + Number(p), 0);
}

/** RFC 5952 §4: canonical text of a 16-octet IPv6 address (lower case, longest zero run as "::"). */
export function formatIpv6(b: Uint8Array, offset = 0): string {
  const words: number[] = [];
  for (let i = 0; i < 8; i++) words.push((b[offset + 2 * i]! << 8) | b[offset + 2 * i + 1]!);
  let bestStart = -1;
  let bestLength = 1; // §4.2.2: a single 16-bit 0 field is not shortened
  for (let i = 0; i < 8; ) {
    if (words[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && words[j] === 0) j++;
    if (j - i > bestLength) {
      bestStart = i;
      bestLength = j - i;
    }
    i = j;
  }
  // RFC 5952 §5: IPv4-mapped addresses keep the dotted quad.
  if (bestStart === 0 && bestLength === 5 && words[5] === 0xffff) {
    return `::ffff:${b[offset + 12]}.${b[offset + 13]}.${b[offset + 14]}.${b[offset + 15]}`;
  }
  const hex = words.map((w) => w.toString(16));
  if (bestStart < 0) return hex.join(":");
  return `${hex.slice(0, bestStart).join(":")}::${hex.slice(bestStart + bestLength).join(":")}`;
}

/** RFC 4291 §2.2 text (with "::", without an embedded dotted quad) to 16 octets. */
export function parseIpv6Address(text: string): Uint8Array {
  const bad = () => new ParseError("IPv6 address", "address", -1, `"${text}" is not an IPv6 address`);
  const halves = text.split("::");
  if (halves.length > 2) throw bad();
  const head = halves[0] ? halves[0].split(":") : [];
  const tail = halves.length === 2 && halves[1] ? halves[1].split(":") : [];
  const missing = 8 - head.length - tail.length;
  if ((halves.length === 1 && missing !== 0) || missing < 0 || (halves.length === 2 && missing < 1))
    throw bad();
  const words = [...head, ...Array<string>(halves.length === 2 ? missing : 0).fill("0"), ...tail];
  const out = new Uint8Array(16);
  words.forEach((w, i) => {
    if (!/^[0-9a-fA-F]{1,4}$/.test(w)) throw bad();
    const v = Number.parseInt(w, 16);
    out[2 * i] = v >> 8;
    out[2 * i + 1] = v & 0xff;
  });
  return out;
}
