/**
 * A line safe to print: control characters (C0, DEL, C1) that a caller put in its SIP or SDP
 * (a display name, a session name) are shown as \xNN instead of reaching the terminal raw, where
 * they could move the cursor, clear the screen or forge log lines.
 */
export function printable(text: string): string {
  let out = "";
  for (const ch of text) {
    const code = ch.charCodeAt(0);
    out += code < 0x20 || (code >= 0x7f && code <= 0x9f) ? `\\x${code.toString(16).padStart(2, "0")}` : ch;
  }
  return out;
}
