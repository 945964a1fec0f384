/**
 * The SIP side of a relay that stands between two user agents as a stateless proxy would
 * (RFC 3261 §16.11): it puts its own Via on each request it forwards (§16.6 step 8) and takes it
 * off the response (§16.7 step 3), so responses come back through it; it points each Contact at
 * itself so in-dialog requests (ACK, re-INVITE, BYE, the callback's INVITE) pass it too; and it
 * rewrites the SDP body with the caller's function, fixing Content-Length. Pure text in, text out.
 */

export interface RelayAddress {
  readonly host: string;
  readonly port: number;
}

export interface RelaySipOptions {
  readonly relay: RelayAddress;
  /** Rewrites an SDP body (application/sdp); the Call-ID names the dialog. */
  readonly sdp?: (body: string, callId: string) => string;
  /** Where the message came from: a request's top Via learns it (RFC 3581 §4). */
  readonly from?: RelayAddress;
}

function splitMessage(text: string): { head: string; body: string } | undefined {
  const at = text.indexOf("\r\n\r\n");
  return at < 0 ? undefined : { head: text.slice(0, at), body: text.slice(at + 4) };
}

/** The value of the first header named `long` or its compact form (RFC 3261 §7.3.3). */
export function headerValue(head: string, long: string, compact: string): string | undefined {
  const re = new RegExp(`^(?:${long}|${compact})[ \\t]*:[ \\t]*([^\\r\\n]*)`, "im");
  return re.exec(head)?.[1]?.trim();
}

export function isSipRequest(text: string): boolean {
  return !text.startsWith("SIP/2.0 ");
}

/** The branch of the relay's own Via, derived from the request's so a CANCEL matches its INVITE. */
function relayBranch(head: string): string {
  const top = headerValue(head, "Via", "v") ?? "";
  const branch = /;\s*branch=([^;,\s]+)/i.exec(top)?.[1] ?? "z9hG4bK";
  return `${branch.startsWith("z9hG4bK") ? branch : `z9hG4bK${branch}`}.relay`;
}

function relayVia(head: string, relay: RelayAddress): string {
  return `Via: SIP/2.0/UDP ${relay.host}:${relay.port};branch=${relayBranch(head)};rport`;
}

/** Removes the first Via value (a header of its own, or the first of a comma-separated list). */
function popVia(head: string): string {
  const lines = head.split("\r\n");
  const i = lines.findIndex((l) => /^(?:Via|v)[ \t]*:/i.test(l));
  if (i < 0) return head;
  const line = lines[i]!;
  const colon = line.indexOf(":");
  const values = line.slice(colon + 1);
  const comma = values.indexOf(",");
  if (comma < 0) lines.splice(i, 1);
  else lines[i] = `${line.slice(0, colon + 1)} ${values.slice(comma + 1).trim()}`;
  return lines.join("\r\n");
}

/**
 * RFC 3581 §4 (and RFC 3261 §18.2.1): the server that receives a request fills a bare rport
 * with the source port and adds received with the source address; the relay is that server for
 * the sender's Via, which the far end never sees on top.
 */
function stampReceived(head: string, from: RelayAddress): string {
  return head.replace(/^((?:Via|v)[ \t]*:[ \t]*)([^,\r\n]*)/im, (_, name: string, via: string) => {
    if (!/;\s*rport(?=;|$)/i.test(via)) return `${name}${via}`;
    const filled = via.replace(/;\s*rport(?=;|$)/i, `;rport=${from.port}`);
    return `${name}${/;\s*received=/i.test(filled) ? filled : `${filled};received=${from.host}`}`;
  });
}

function pointContacts(head: string, relay: RelayAddress): string {
  return head.replace(
    /^((?:Contact|m)[ \t]*:[^\r\n]*?sips?:(?:[^@>;\s]*@)?)([^>;\s]+)/gim,
    `$1${relay.host}:${relay.port}`,
  );
}

function fixBody(head: string, body: string, opts: RelaySipOptions): { head: string; body: string } {
  const type = headerValue(head, "Content-Type", "c") ?? "";
  if (!opts.sdp || !/^application\/sdp/i.test(type) || body.length === 0) return { head, body };
  const callId = headerValue(head, "Call-ID", "i") ?? "";
  const fixed = opts.sdp(body, callId);
  const length = new TextEncoder().encode(fixed).length;
  const withLength = /^(?:Content-Length|l)[ \t]*:/im.test(head)
    ? head.replace(/^(Content-Length|l)([ \t]*:)[ \t]*\d+/im, `$1$2 ${length}`)
    : `${head}\r\nContent-Length: ${length}`;
  return { head: withLength, body: fixed };
}

/**
 * One SIP message as the relay forwards it. A request gains the relay's Via; a response loses
 * its top Via (the relay's, put there when the request passed). Undefined for text that is not a
 * SIP message (a keep-alive CRLF): the relay passes that on as it is.
 */
export function relaySipMessage(text: string, opts: RelaySipOptions): string | undefined {
  const parts = splitMessage(text);
  if (!parts) return undefined;
  let head = parts.head;
  if (isSipRequest(head)) {
    if (opts.from) head = stampReceived(head, opts.from);
    const eol = head.indexOf("\r\n");
    head = `${head.slice(0, eol)}\r\n${relayVia(head, opts.relay)}${head.slice(eol)}`;
  } else {
    head = popVia(head);
  }
  head = pointContacts(head, opts.relay);
  const fixed = fixBody(head, parts.body, opts);
  return `${fixed.head}\r\n\r\n${fixed.body}`;
}
