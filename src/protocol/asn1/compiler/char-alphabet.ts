import type { CharStringKind } from "./ast.js";

/**
 * Effective permitted alphabets of the known-multiplier character strings and the number of
 * bits per character in the ALIGNED variant (X.691 §30.5.2-§30.5.4).
 */

function range(from: number, to: number): string {
  let s = "";
  for (let c = from; c <= to; c++) s += String.fromCharCode(c);
  return s;
}

const PRINTABLE = ` '()+,-./0123456789:=?ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz`;

/** The whole character set of each type (X.680 §41); BMPString and IA5String are code ranges. */
function fullAlphabet(kind: CharStringKind): { size: number; max: number; chars?: string } {
  switch (kind) {
    case "IA5String":
      return { size: 128, max: 127 };
    case "VisibleString":
      return { size: 95, max: 126, chars: range(32, 126) };
    case "PrintableString":
      return { size: PRINTABLE.length, max: 122, chars: PRINTABLE };
    case "NumericString":
      return { size: 11, max: 57, chars: " 0123456789" };
    case "BMPString":
      return { size: 65536, max: 65535 };
    case "GeneralString":
      throw new Error("GeneralString is not a known-multiplier type");
  }
}

export interface CharEncoding {
  /** Bits per character in the ALIGNED variant. */
  bits: number;
  /** The permitted alphabet sorted by code, when it is not a plain code range. */
  alphabet?: string;
  /** Characters are coded by their index in `alphabet` (X.691 §30.5.4). */
  indexed: boolean;
}

export function charEncoding(kind: CharStringKind, from: string | undefined): CharEncoding {
  const full = fullAlphabet(kind);
  const chars =
    from !== undefined
      ? [...new Set(from)].sort((a, b) => a.charCodeAt(0) - b.charCodeAt(0)).join("")
      : full.chars;
  const size = chars?.length ?? full.size;
  const max = chars ? chars.charCodeAt(chars.length - 1) : full.max;
  // §30.5.2: b is the smallest number of bits that can index the alphabet;
  // §30.5.3: the ALIGNED variant rounds it up to a power of two.
  let b = 0;
  while (2 ** b < size) b++;
  let bits = 1;
  while (bits < b) bits *= 2;
  if (b === 0) bits = 0;
  // §30.5.4: values are used as they are when they all fit in `bits`, else indexes
  const indexed = max > 2 ** bits - 1;
  return chars !== undefined ? { bits, alphabet: chars, indexed } : { bits, indexed };
}
