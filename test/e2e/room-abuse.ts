// Garbage, truncated SIP and the RFC 4475 torture messages, sent to a running room. Only what is
// safe to send on loopback goes whole: no INVITE is ever complete (a complete one would be
// answered and the room would send media to the c= address in its SDP, which is not loopback),
// so responses can only come back to our own socket (the room stamps received and rport).
import { createSocket } from "node:dgram";
import { readdirSync, readFileSync } from "node:fs";
import { connect, type Socket } from "node:net";
import { join } from "node:path";

const HOST = "127.0.0.1";
const TORTURE_DIR = "/work/shared/corpora/torture";
/** How long to wait for late answers after the last message. */
const SETTLE_MS = 600;

export interface AbuseResult {
  /** One line per thing sent: "<file> whole" / "<file> head/2" / "garbage #3 (1200 bytes)". */
  readonly sent: string[];
  /** Status lines of the responses that came back. */
  readonly responses: string[];
}

interface Probe {
  readonly label: string;
  readonly bytes: Uint8Array;
}

function headerEnd(bytes: Uint8Array): number {
  const text = Buffer.from(bytes).toString("latin1");
  const crlf = text.indexOf("\r\n\r\n");
  const lf = text.indexOf("\n\n");
  const ends = [crlf, lf].filter((i) => i >= 0);
  return ends.length > 0 ? Math.min(...ends) : bytes.length;
}

/** A complete request we may send whole: not INVITE (see above), not a response. */
function safeWhole(bytes: Uint8Array): boolean {
  const first = Buffer.from(bytes.subarray(0, 200)).toString("latin1").split(/\r?\n/)[0] ?? "";
  if (/^SIP\//i.test(first)) return true; // a response: the room drops it (its Via is not ours)
  const method = /^(\S+) /.exec(first)?.[1];
  return (
    method !== undefined && !/^INVITE$/i.test(method) && !/maddr/i.test(Buffer.from(bytes).toString("latin1"))
  );
}

/** Every torture message cut inside its header section (never framed as a message), and the safe ones whole. */
export function tortureProbes(): Probe[] {
  const files = readdirSync(TORTURE_DIR)
    .filter((f) => f.endsWith(".dat"))
    .sort();
  const probes: Probe[] = [];
  for (const f of files) {
    const bytes = new Uint8Array(readFileSync(join(TORTURE_DIR, f)));
    const head = headerEnd(bytes);
    probes.push({ label: `${f} head/2`, bytes: bytes.subarray(0, Math.max(1, head >> 1)) });
    if (head > 3) probes.push({ label: `${f} head-3`, bytes: bytes.subarray(0, head - 3) });
    if (safeWhole(bytes)) probes.push({ label: `${f} whole`, bytes });
  }
  return probes;
}

/** xorshift32: the same garbage on every run. */
function prng(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => {
    s ^= s << 13;
    s >>>= 0;
    s ^= s >>> 17;
    s ^= s << 5;
    s >>>= 0;
    return s;
  };
}

/** Random bytes, binary that starts like SIP, RTP- and STUN-looking packets, keep-alives. */
export function garbageProbes(maxBytes: number): Probe[] {
  const next = prng(0x5eed);
  const random = (n: number) => Uint8Array.from({ length: n }, () => next() & 0xff);
  const probes: Probe[] = [];
  for (const n of [1, 2, 12, 100, 1200, Math.min(maxBytes, 9000)]) {
    probes.push({ label: `random ${n} bytes`, bytes: random(n) });
  }
  const sipThenBinary = new Uint8Array([
    ...Buffer.from("INVITE sip:testrum@127.0.0.1 SIP/2.0\r\n"),
    ...random(300),
  ]);
  probes.push({ label: "request line then binary", bytes: sipThenBinary });
  probes.push({
    label: "RTP-like",
    bytes: new Uint8Array([0x80, 0x60, 0, 1, 0, 0, 0, 0, 0xde, 0xad, 0xbe, 0xef, ...random(160)]),
  });
  probes.push({
    label: "STUN binding request",
    bytes: new Uint8Array([0, 1, 0, 0, 0x21, 0x12, 0xa4, 0x42, ...random(12)]),
  });
  probes.push({ label: "CRLF keep-alive", bytes: Buffer.from("\r\n\r\n") });
  probes.push({
    label: "headers only, no blank line",
    bytes: Buffer.from("OPTIONS sip:x SIP/2.0\r\nVia: SIP/2.0/UDP"),
  });
  probes.push({
    label: "huge Content-Length",
    bytes: Buffer.from(
      "OPTIONS sip:testrum@127.0.0.1 SIP/2.0\r\nVia: SIP/2.0/UDP 127.0.0.1;branch=z9hG4bKabuse1\r\n" +
        "Call-ID: abuse1\r\nCSeq: 1 OPTIONS\r\nFrom: <sip:a@127.0.0.1>;tag=1\r\nTo: <sip:b@127.0.0.1>\r\n" +
        "Max-Forwards: 70\r\nContent-Length: 99999999999999999999\r\n\r\nx",
    ),
  });
  return probes;
}

function statusLines(text: string): string[] {
  return [...text.matchAll(/^SIP\/2\.0 \d{3} [^\r\n]*/gm)].map((m) => m[0]);
}

/** Sends every probe as one datagram to the room's UDP port and collects what comes back. */
export async function abuseUdp(port: number): Promise<AbuseResult> {
  const socket = createSocket("udp4");
  const responses: string[] = [];
  socket.on("message", (msg) => responses.push(...statusLines(msg.toString("utf8"))));
  await new Promise<void>((r) => socket.bind(0, HOST, r));
  const sent: string[] = [];
  try {
    for (const p of [...garbageProbes(9000), ...tortureProbes()]) {
      await new Promise<void>((resolve, reject) =>
        socket.send(p.bytes, port, HOST, (e) => (e ? reject(e) : resolve())),
      );
      sent.push(`${p.label} (${p.bytes.length} bytes)`);
      // a short gap: this is robustness, not a flood test
      await new Promise((r) => setTimeout(r, 2));
    }
    await new Promise((r) => setTimeout(r, SETTLE_MS));
  } finally {
    socket.close();
  }
  return { sent, responses };
}

function tcpExchange(port: number, bytes: Uint8Array, waitMs: number): Promise<string> {
  return new Promise((resolve) => {
    let text = "";
    const socket: Socket = connect({ host: HOST, port });
    const done = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(text);
    };
    const timer = setTimeout(done, waitMs);
    socket.on("connect", () => socket.write(bytes));
    socket.on("data", (d: Buffer) => {
      text += d.toString("utf8");
    });
    socket.on("error", done);
    socket.on("close", done);
  });
}

/**
 * Sends every probe on its own TCP connection to the room (a truncated message leaves the room
 * waiting for the rest until we hang up) and collects the responses on those connections.
 */
export async function abuseTcp(port: number): Promise<AbuseResult> {
  const probes = [...garbageProbes(65536), ...tortureProbes()];
  const sent: string[] = [];
  const responses: string[] = [];
  // A few connections at a time, each kept open long enough for an answer.
  for (let i = 0; i < probes.length; i += 16) {
    const batch = probes.slice(i, i + 16);
    const texts = await Promise.all(batch.map((p) => tcpExchange(port, p.bytes, 150)));
    batch.forEach((p, k) => {
      sent.push(`${p.label} (${p.bytes.length} bytes)`);
      responses.push(...statusLines(texts[k]!));
    });
  }
  // The whole requests back to back on one connection: the stream framer must split them (no
  // truncated INVITE here, whose head could run on into the next message).
  const whole = Buffer.concat(probes.filter((p) => p.label.endsWith(" whole")).map((p) => p.bytes));
  responses.push(...statusLines(await tcpExchange(port, whole, SETTLE_MS)));
  sent.push(`the whole requests on one connection (${whole.length} bytes)`);
  return { sent, responses };
}
