/**
 * Tokens of ASN.1 module text (ITU-T X.680 §12): identifiers and type references (letters,
 * digits and single hyphens), numbers, character strings in double quotes, and the symbols the
 * H.225.0 / H.245 / H.235 / H.460 modules use. Comments ("--" to the end of the line or the
 * next "--", and "/* ... *\/") are dropped.
 */
export type Token =
  | { kind: "word"; text: string; line: number }
  | { kind: "number"; text: string; line: number }
  | { kind: "string"; text: string; line: number }
  | { kind: "symbol"; text: string; line: number };

export class AsnSyntaxError extends Error {
  override readonly name = "AsnSyntaxError";
  constructor(
    readonly line: number,
    detail: string,
  ) {
    super(`ASN.1 line ${line}: ${detail}`);
  }
}

const SYMBOLS = [
  "::=",
  "...",
  "..",
  "[[",
  "]]",
  "{",
  "}",
  "(",
  ")",
  "[",
  "]",
  ",",
  ";",
  "|",
  "^",
  "<",
  ">",
  "@",
  "!",
  ".",
  "&",
  "-",
  ":",
];

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  let line = 1;
  const n = text.length;
  while (i < n) {
    const c = text[i]!;
    if (c === "\n") {
      line++;
      i++;
      continue;
    }
    if (c === " " || c === "\t" || c === "\r" || c === "\f") {
      i++;
      continue;
    }
    if (c === "-" && text[i + 1] === "-") {
      // X.680 §12.6.3: a comment ends at the next "--" or at the end of the line.
      i += 2;
      while (i < n && text[i] !== "\n" && !(text[i] === "-" && text[i + 1] === "-")) i++;
      if (text[i] === "-") i += 2;
      continue;
    }
    if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      if (end < 0) throw new AsnSyntaxError(line, "unterminated /* comment");
      for (let k = i; k < end; k++) if (text[k] === "\n") line++;
      i = end + 2;
      continue;
    }
    if (/[A-Za-z]/.test(c)) {
      let j = i + 1;
      while (
        j < n &&
        (/[A-Za-z0-9]/.test(text[j]!) ||
          (text[j] === "-" && /[A-Za-z0-9]/.test(text[j + 1] ?? "") && text[j + 1] !== "-"))
      )
        j++;
      out.push({ kind: "word", text: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (/[0-9]/.test(c)) {
      let j = i + 1;
      while (j < n && /[0-9]/.test(text[j]!)) j++;
      out.push({ kind: "number", text: text.slice(i, j), line });
      i = j;
      continue;
    }
    if (c === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= n) throw new AsnSyntaxError(line, "unterminated character string");
        if (text[j] === '"') {
          // X.680 §12.14: a doubled quote stands for one quote character.
          if (text[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += text[j];
        j++;
      }
      out.push({ kind: "string", text: s, line });
      i = j + 1;
      continue;
    }
    const sym = SYMBOLS.find((s) => text.startsWith(s, i));
    if (!sym) throw new AsnSyntaxError(line, `unexpected character "${c}"`);
    out.push({ kind: "symbol", text: sym, line });
    i += sym.length;
  }
  return out;
}
