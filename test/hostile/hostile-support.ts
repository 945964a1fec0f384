// Shared pieces of the hostile-network suite: the torture corpus with what RFC 4475/5118 expect,
// raw sockets on the suite's loopback addresses, and a room to aim at.
import { createSocket, type Socket as UdpSocket } from "node:dgram";
import { readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export const FIXTURES = resolve(dirname(fileURLToPath(import.meta.url)), "../../fixtures");
/** The room of the suite listens here; attackers and probes use 127.0.0.31-39. */
export const ROOM_HOST = "127.0.0.30";

/** One torture message and what the RFCs expect of a room answering it over UDP. */
export interface TortureCase {
  readonly file: string;
  readonly bytes: Buffer;
  /** A status code, "call" (the INVITE starts a call: 100 Trying), or "none" (silence). */
  readonly expect: string;
  readonly why: string;
}

export function tortureCases(): TortureCase[] {
  const dir = join(FIXTURES, "sip", "torture");
  const rows = readFileSync(join(dir, "EXPECTED.tsv"), "utf8").trim().split("\n").slice(1);
  return rows.map((row) => {
    const [file, expect, why] = row.split("\t") as [string, string, string];
    return { file, expect, why, bytes: readFileSync(join(dir, file)) };
  });
}

/**
 * Points an INVITE that the room will answer at loopback: its Contact becomes `contact` and the
 * SDP's c=/o= addresses 127.0.0.1 or ::1, Content-Length moved by as many octets as the body
 * changed (so a message whose length was wrong stays wrong by as much). Everything else, the
 * syntax under test included, is left as it is. Without this the room would send its media, and
 * the BYE after an unacknowledged 200, to the documentation addresses in the corpus.
 */
export function toLoopback(bytes: Buffer, contact: string): Buffer {
  const text = bytes.toString("latin1");
  const split = /\r?\n\r?\n/.exec(text);
  if (!split) return bytes;
  const head = text.slice(0, split.index);
  const sep = split[0];
  const body = text.slice(split.index + sep.length);
  const newBody = body.replace(/IN IP4 [^\s]+/g, "IN IP4 127.0.0.1").replace(/IN IP6 [^\s]+/g, "IN IP6 ::1");
  const delta = newBody.length - body.length;
  const eol = head.includes("\r\n") ? "\r\n" : "\n";
  const lines: string[] = [];
  let inContact = false;
  for (const line of head.split(/\r?\n/)) {
    // A folded line (RFC 3261 §7.3.1) continues the header field above it.
    if (/^[ \t]/.test(line) && inContact) continue;
    inContact = /^(contact|m)[ \t]*:/i.test(line);
    const cl = /^(content-length|l)([ \t]*:[ \t]*)(\d+)\s*$/i.exec(line);
    lines.push(inContact ? `Contact: <${contact}>` : cl ? `${cl[1]}${cl[2]}${Number(cl[3]) + delta}` : line);
  }
  const newHead = lines.join(eol);
  return Buffer.from(newHead + sep + newBody, "latin1");
}

/**
 * Splits the cases into rounds in which no two share a top-Via branch and sent-by: many corpus
 * files reuse "z9hG4bKkdjuw" or "z9hG4bKas3-111", and to one room the second of two such
 * requests is a retransmission of the first (RFC 3261 §17.2.3), rightly answered where the first
 * came from. Each round goes to a room of its own, so every message is judged on its own.
 */
export function collisionFreeRounds(cases: readonly TortureCase[]): TortureCase[][] {
  const rounds: Array<{ keys: Set<string>; cases: TortureCase[] }> = [];
  for (const c of cases) {
    const text = c.bytes.toString("latin1");
    const via = /^(?:via|v)[ \t]*:[ \t]*([^\r\n]*)/im.exec(text)?.[1] ?? "";
    const branch = /branch=([^;,\s]+)/i.exec(via)?.[1];
    const sentBy = /\/\s*[A-Za-z]+\s+([^;,\s]+)/.exec(via)?.[1] ?? "";
    const key = branch ? `${branch}|${sentBy.toLowerCase()}` : `${c.file}`;
    let round = rounds.find((r) => !r.keys.has(key));
    if (!round) {
      round = { keys: new Set(), cases: [] };
      rounds.push(round);
    }
    round.keys.add(key);
    round.cases.push(c);
  }
  return rounds.map((r) => r.cases);
}

/** The first line of a SIP message. */
export function startLine(message: string): string {
  return message.slice(0, message.indexOf("\r\n"));
}

/** The status code of a response, or undefined for anything else. */
export function statusOf(message: string): number | undefined {
  const m = /^SIP\/2\.0 (\d{3})/.exec(message);
  return m ? Number(m[1]) : undefined;
}

/** A UDP socket on `host` that keeps every datagram it receives, with a wait for a match. */
export async function udpPeer(host: string) {
  const socket: UdpSocket = createSocket("udp4");
  const received: string[] = [];
  /** "address:port" each datagram came from, in order. */
  const sources: string[] = [];
  const waiters = new Set<() => void>();
  socket.on("message", (msg, rinfo) => {
    received.push(msg.toString("utf8"));
    sources.push(`${rinfo.address}:${rinfo.port}`);
    for (const w of [...waiters]) w();
  });
  await new Promise<void>((r) => socket.bind(0, host, () => r()));
  return {
    host,
    port: socket.address().port,
    received,
    sources,
    socket,
    send(bytes: Uint8Array | string, port: number, to = ROOM_HOST): void {
      socket.send(bytes, port, to);
    },
    /** The first received message satisfying `match`, or undefined after `ms`. */
    waitFor(match: (m: string) => boolean, ms: number): Promise<string | undefined> {
      return new Promise((resolve) => {
        const check = () => {
          const found = received.find(match);
          if (found === undefined) return;
          clearTimeout(timer);
          waiters.delete(check);
          resolve(found);
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          resolve(undefined);
        }, ms);
        waiters.add(check);
        check();
      });
    },
    close(): Promise<void> {
      return new Promise((r) => socket.close(() => r()));
    },
  };
}

/** A TCP connection from `host` that keeps what it receives and whether it was closed. */
export async function tcpPeer(host: string, port: number) {
  const socket: Socket = connect({ host: ROOM_HOST, port, localAddress: host });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  socket.on("error", () => {});
  const state = { text: "", closed: false };
  socket.on("data", (chunk: Buffer) => {
    state.text += chunk.toString("utf8");
  });
  socket.on("close", () => {
    state.closed = true;
  });
  return { socket, state, localPort: socket.localPort ?? 0 };
}

/** A well-formed OPTIONS from `host:port` (RFC 3261 §11), to ask "are you still there?". */
export function optionsProbe(host: string, port: number, callId: string, transport = "UDP"): string {
  return [
    `OPTIONS sip:testrum@${ROOM_HOST} SIP/2.0`,
    `Via: SIP/2.0/${transport} ${host}:${port};branch=z9hG4bK-${callId};rport`,
    "Max-Forwards: 70",
    `From: <sip:probe@${host}>;tag=${callId}`,
    `To: <sip:testrum@${ROOM_HOST}>`,
    `Call-ID: ${callId}`,
    "CSeq: 1 OPTIONS",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

/** Polls `check` until true or `ms` pass (no fixed sleeps: the machine may be busy). */
export async function eventually(check: () => boolean, ms: number): Promise<boolean> {
  const until = Date.now() + ms;
  while (!check()) {
    if (Date.now() > until) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
  return true;
}
