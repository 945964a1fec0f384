import { createSocket, type RemoteInfo } from "node:dgram";

const HOST = "127.0.0.1";

/**
 * Removes, from every m=video section of `sdp`, the H.264 payload formats whose
 * packetization-mode (RFC 6184 §8.1, absent = 0) is not `keepMode`: their payload type in the m=
 * line and their a=rtpmap/a=fmtp/a=rtcp-fb lines. Other sections and codecs are left as they are.
 * Line ends are kept (CRLF in, CRLF out).
 */
export function keepOnlyH264Mode(sdp: string, keepMode: 0 | 1): string {
  const eol = sdp.includes("\r\n") ? "\r\n" : "\n";
  const lines = sdp.split(eol);
  const out: string[] = [];
  let section: string[] = [];
  const flush = () => {
    out.push(...filterVideoSection(section, keepMode));
    section = [];
  };
  for (const line of lines) {
    if (line.startsWith("m=")) flush();
    section.push(line);
  }
  flush();
  return out.join(eol);
}

function filterVideoSection(section: string[], keepMode: 0 | 1): string[] {
  const mLine = section[0];
  if (!mLine?.startsWith("m=video ")) return section;
  const h264 = new Set<string>();
  for (const l of section) {
    const m = /^a=rtpmap:(\d+) H264\//i.exec(l);
    if (m) h264.add(m[1]!);
  }
  const drop = new Set<string>();
  for (const pt of h264) {
    const fmtp = section.find((l) => l.startsWith(`a=fmtp:${pt} `)) ?? "";
    const mode = Number(/packetization-mode=(\d)/.exec(fmtp)?.[1] ?? "0");
    if (mode !== keepMode) drop.add(pt);
  }
  if (drop.size === 0) return section;
  const [m, port, proto, ...pts] = mLine.split(" ");
  const kept = pts.filter((p) => !drop.has(p));
  const attr = /^a=(?:rtpmap|fmtp|rtcp-fb):(\d+)[ ]/;
  return [
    [m, port, proto, ...kept].join(" "),
    ...section.slice(1).filter((l) => {
      const a = attr.exec(l);
      return !(a && drop.has(a[1]!));
    }),
  ];
}

/** Rewrites the SDP body of one SIP message and fixes its Content-Length; other messages pass. */
export function rewriteSipBody(message: string, rewrite: (sdp: string) => string): string {
  const split = message.indexOf("\r\n\r\n");
  if (split < 0) return message;
  const head = message.slice(0, split);
  if (!/^(?:Content-Type|c):\s*application\/sdp/im.test(head)) return message;
  const body = rewrite(message.slice(split + 4));
  const length = Buffer.byteLength(body, "utf8");
  const fixed = /^(?:Content-Length|l):/im.test(head)
    ? head.replace(/^(Content-Length|l):\s*\d+/im, `$1: ${length}`)
    : `${head}\r\nContent-Length: ${length}`;
  return `${fixed}\r\n\r\n${body}`;
}

/**
 * Points the Contact header(s) of a message at `to` where they name `from` (both host:port), so
 * that in-dialog requests (ACK, re-INVITE, BYE) come through the relay too.
 */
export function rewriteContact(message: string, from: string, to: string): string {
  const split = message.indexOf("\r\n\r\n");
  const head = split < 0 ? message : message.slice(0, split);
  const fixed = head.replace(/^(?:Contact|m):[^\r\n]*/gim, (line) => line.split(`@${from}`).join(`@${to}`));
  return split < 0 ? fixed : fixed + message.slice(split);
}

/** A running relay. */
export interface SipRelay {
  /** The port to send SIP to instead of the peer's. */
  readonly port: number;
  /** Messages whose SDP was rewritten so far. */
  readonly rewritten: () => number;
  close(): Promise<void>;
}

/**
 * A SIP-over-UDP relay on 127.0.0.1 that stands in front of one peer, passing every datagram on and
 * rewriting the SDP of those that go to the peer, initial INVITE and re-INVITEs alike. It makes a
 * peer that supports less than it does: e.g. `keepOnlyH264Mode(sdp, 0)` shows the peer offers
 * with H.264 packetization-mode 0 only, so the peer answers mode 0 and the caller must send single
 * NAL units. The peer's Contact is pointed at the relay so in-dialog requests pass it too.
 * Responses go back to whoever sent the last message (one caller at a time). Requests the peer
 * sends (its BYE) go to the caller's Contact directly, unchanged.
 */
export async function startSipRelay(peerPort: number, rewrite: (sdp: string) => string): Promise<SipRelay> {
  const sock = createSocket("udp4");
  let caller: RemoteInfo | undefined;
  let count = 0;
  sock.on("message", (msg, from) => {
    if (from.address === HOST && from.port === peerPort) {
      const out = rewriteContact(msg.toString("utf8"), `${HOST}:${peerPort}`, `${HOST}:${port}`);
      if (caller) sock.send(Buffer.from(out, "utf8"), caller.port, caller.address);
      return;
    }
    caller = from;
    const text = msg.toString("utf8");
    const out = rewriteSipBody(text, rewrite);
    if (out !== text) count++;
    sock.send(Buffer.from(out, "utf8"), peerPort, HOST);
  });
  await new Promise<void>((resolve, reject) => {
    sock.once("error", reject);
    sock.bind(0, HOST, () => resolve());
  });
  const port = sock.address().port;
  return {
    port,
    rewritten: () => count,
    close: () => new Promise((resolve) => sock.close(() => resolve())),
  };
}
