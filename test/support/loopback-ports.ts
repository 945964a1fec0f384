import { createSocket } from "node:dgram";
import { createServer } from "node:net";

/** Tests bind and advertise 127.0.0.1 only. */
export const LOOPBACK = "127.0.0.1";

/** True when a UDP socket can bind `port` on 127.0.0.1 right now. */
export function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createSocket("udp4");
    s.once("error", () => {
      s.close();
      resolve(false);
    });
    s.bind(port, LOOPBACK, () => s.close(() => resolve(true)));
  });
}

/** True when a TCP listener can bind `port` on 127.0.0.1 right now. */
export function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, LOOPBACK, () => srv.close(() => resolve(true)));
  });
}

export function randomInt(min: number, maxExclusive: number): number {
  return min + Math.floor(Math.random() * (maxExclusive - min));
}

/** A TCP port the kernel hands out on 127.0.0.1, closed again at once (nothing listens on it). */
export function closedTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, LOOPBACK, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

/** A UDP port on 127.0.0.1 that nothing listens on (datagrams to it vanish). */
export function closedUdpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createSocket("udp4");
    s.once("error", reject);
    s.bind(0, LOOPBACK, () => {
      const port = s.address().port;
      s.close(() => resolve(port));
    });
  });
}
