/** Test helper: the SDP body of a stored SIP message (or the file itself when it is bare SDP). */
export function sdpBodyOf(message: string): string {
  if (/^v=0/.test(message)) return message;
  const split = /\r?\n\r?\n/.exec(message);
  if (!split) return "";
  const headers = message.slice(0, split.index);
  const body = message.slice(split.index + split[0].length);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary) return body;
  // multipart/alternative (Lync): the first part that carries SDP.
  for (const part of body.split(`--${boundary}`)) {
    const partSplit = /\r?\n\r?\n/.exec(part);
    if (!partSplit) continue;
    const content = part.slice(partSplit.index + partSplit[0].length);
    if (/^v=0/m.test(content)) return content;
  }
  return "";
}
