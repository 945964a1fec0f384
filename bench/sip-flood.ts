import { createSocket, type Socket } from "node:dgram";
import { performance } from "node:perf_hooks";

// SIP floods from one UDP source, shared by the flood bench and the hostile-network suite.

/** A UDP socket bound to `host` (a 127.x address of its own, so the room sees another source). */
export async function boundSocket(host: string): Promise<Socket> {
  const s = createSocket("udp4");
  await new Promise<void>((r) => s.bind(0, host, () => r()));
  s.setRecvBufferSize(8 * 1024 * 1024);
  return s;
}

/** Request `n` of a flood: a well-formed `method` to the room's user, an SDP offer in INVITEs. */
export function floodRequest(
  method: string,
  n: number,
  from: Socket,
  room: { host: string; port: number },
  tag: string,
): string {
  const local = from.address();
  const sdp = [
    "v=0",
    `o=- ${n} 1 IN IP4 ${local.address}`,
    "s=-",
    `c=IN IP4 ${local.address}`,
    "t=0 0",
    "m=audio 9 RTP/AVP 0",
    "",
  ].join("\r\n");
  const body = method === "INVITE" ? sdp : "";
  return [
    `${method} sip:testrum@${room.host}:${room.port} SIP/2.0`,
    `Via: SIP/2.0/UDP ${local.address}:${local.port};branch=z9hG4bK-${tag}-${n};rport`,
    "Max-Forwards: 70",
    `From: <sip:flood@${local.address}>;tag=${tag}${n}`,
    `To: <sip:testrum@${room.host}>`,
    `Call-ID: ${tag}-${n}`,
    `CSeq: 1 ${method}`,
    `Contact: <sip:flood@${local.address}:${local.port}>`,
    ...(body ? ["Content-Type: application/sdp"] : []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

/**
 * A flood of `method` at `rate` requests/s from one socket until stopped, paced every 5 ms; keeps
 * the final status each request got (by Call-ID).
 */
export class SipFlood {
  private sent = 0;
  private readonly finals = new Map<string, number>();
  private timer: ReturnType<typeof setInterval> | undefined;
  private startedAt = 0;
  private stoppedAt = 0;

  constructor(
    private readonly socket: Socket,
    private readonly method: string,
    private readonly rate: number,
    private readonly room: { host: string; port: number },
    private readonly tag: string,
  ) {
    socket.on("message", (m) => {
      const text = m.toString("latin1");
      const status = Number(text.slice(8, 11));
      const id = /\r\nCall-ID: (\S+)/.exec(text)?.[1];
      if (id && status >= 200) this.finals.set(id, status);
    });
  }

  /** Starts the flood (once), to stop by itself after `maxMs` if given. */
  start(maxMs?: number): void {
    if (this.startedAt > 0) return;
    this.startedAt = performance.now();
    this.timer = setInterval(() => {
      if (maxMs !== undefined && performance.now() - this.startedAt >= maxMs) {
        this.stop();
        return;
      }
      const due = Math.round(((performance.now() - this.startedAt) / 1000) * this.rate);
      while (this.sent < due)
        this.socket.send(
          floodRequest(this.method, this.sent++, this.socket, this.room, this.tag),
          this.room.port,
          this.room.host,
        );
    }, 5);
  }

  stop(): void {
    if (!this.timer) return;
    clearInterval(this.timer);
    this.timer = undefined;
    this.stoppedAt = performance.now();
  }

  /** Requests sent, the rate reached, and how many got each final status. */
  summary(): {
    sent: number;
    sentPerS: number;
    seconds: number;
    answered: number;
    statuses: Record<number, number>;
  } {
    const statuses: Record<number, number> = {};
    for (const s of this.finals.values()) statuses[s] = (statuses[s] ?? 0) + 1;
    const seconds = this.startedAt > 0 ? ((this.stoppedAt || performance.now()) - this.startedAt) / 1000 : 0;
    return {
      sent: this.sent,
      sentPerS: seconds > 0 ? Math.round(this.sent / seconds) : 0,
      seconds: Math.round(seconds * 10) / 10,
      answered: this.finals.size,
      statuses,
    };
  }
}
