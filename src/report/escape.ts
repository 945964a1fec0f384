/**
 * Replaces what XML 1.0 §2.2 does not allow in a document at all (C0 controls other than tab, LF
 * and CR, lone surrogates, U+FFFE/U+FFFF) by U+FFFD: SIP messages and evidence can carry them, and
 * no escape makes them legal.
 */
export function xmlChars(s: string): string {
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += s[i]! + s[i + 1]!;
        i++;
        continue;
      }
      out += "\uFFFD";
    } else if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) ||
      (c >= 0xdc00 && c <= 0xdfff) ||
      c >= 0xfffe
    ) {
      out += "\uFFFD";
    } else out += s[i]!;
  }
  return out;
}

/** Escapes text for XML and HTML element content and double- or single-quoted attributes. */
export function escapeXml(s: string): string {
  return xmlChars(s)
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** HTML uses the same escaping; `&apos;` is valid HTML5. */
export const escapeHtml = escapeXml;
