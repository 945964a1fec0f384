import { createSocket } from "node:dgram";
import { connect, type Socket } from "node:net";

/** A well-formed OPTIONS (RFC 3261 §11) from a raw socket, for "does it still answer" probes. */
export function probeOptions(opts: {
  target: string;
  transport: "UDP" | "TCP";
  localPort: number;
  callId: string;
}): string {
  return [
    `OPTIONS ${opts.target} SIP/2.0`,
    `Via: SIP/2.0/${opts.transport} 127.0.0.1:${opts.localPort};branch=z9hG4bK-${opts.callId};rport`,
    "Max-Forwards: 70",
    `From: <sip:probe@127.0.0.1>;tag=${opts.callId}`,
    `To: <${opts.target}>`,
    `Call-ID: ${opts.callId}`,
    "CSeq: 1 OPTIONS",
    "Content-Length: 0",
    "",
    "",
  ].join("\r\n");
}

/** A UDP socket on 127.0.0.1 that collects every datagram it receives as text. */
export async function rawUdpClient() {
  const socket = createSocket("udp4");
  const received: string[] = [];
  const waiters: Array<() => void> = [];
  socket.on("message", (msg) => {
    received.push(msg.toString("utf8"));
    for (const w of waiters.splice(0)) w();
  });
  await new Promise<void>((resolve) => socket.bind(0, "127.0.0.1", resolve));
  const port = socket.address().port;
  return {
    port,
    received,
    send(bytes: Uint8Array | string, toPort: number): Promise<void> {
      return new Promise((resolve, reject) =>
        socket.send(bytes, toPort, "127.0.0.1", (e) => (e ? reject(e) : resolve())),
      );
    },
    /** Resolves with the first received message containing `needle`, or rejects after `ms`. */
    waitFor(needle: string, ms = 2000): Promise<string> {
      return waitUntil(() => received.find((m) => m.includes(needle)), waiters, ms, needle);
    },
    close(): Promise<void> {
      return new Promise((resolve) => socket.close(() => resolve()));
    },
  };
}

/** A TCP connection to 127.0.0.1 collecting what it receives; `closed` turns true on close. */
export async function rawTcpClient(port: number) {
  const socket: Socket = connect({ host: "127.0.0.1", port });
  await new Promise<void>((resolve, reject) => {
    socket.once("connect", resolve);
    socket.once("error", reject);
  });
  socket.on("error", () => {});
  let text = "";
  const state = { closed: false };
  const waiters: Array<() => void> = [];
  socket.on("data", (chunk: Buffer) => {
    text += chunk.toString("utf8");
    for (const w of waiters.splice(0)) w();
  });
  socket.on("close", () => {
    state.closed = true;
    for (const w of waiters.splice(0)) w();
  });
  return {
    localPort: socket.localPort ?? 0,
    state,
    received: () => text,
    write(bytes: Uint8Array | string): void {
      if (!socket.destroyed) socket.write(bytes);
    },
    waitFor(needle: string, ms = 2000): Promise<string> {
      return waitUntil(() => (text.includes(needle) ? text : undefined), waiters, ms, needle);
    },
    waitClosed(ms = 2000): Promise<true> {
      return waitUntil(() => (state.closed ? (true as const) : undefined), waiters, ms, "close");
    },
    close(): void {
      socket.destroy();
    },
  };
}

function waitUntil<T>(
  check: () => T | undefined,
  waiters: Array<() => void>,
  ms: number,
  what: string,
): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    const attempt = () => {
      const found = check();
      if (found !== undefined) {
        clearTimeout(timer);
        resolve(found);
      } else waiters.push(attempt);
    };
    attempt();
  });
}
