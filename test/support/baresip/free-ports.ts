import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import type { BaresipPorts } from "./baresip-config.js";

const HOST = "127.0.0.1";
/** Ports baresip may pick RTP/RTCP pairs from; two streams need four. */
const RTP_RANGE_SIZE = 20;

function udpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const s = createSocket("udp4");
    s.once("error", () => {
      s.close();
      resolve(false);
    });
    s.bind(port, HOST, () => s.close(() => resolve(true)));
  });
}

function tcpFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = createServer();
    srv.once("error", () => resolve(false));
    srv.listen(port, HOST, () => srv.close(() => resolve(true)));
  });
}

/** A TCP port the kernel hands out on 127.0.0.1 right now. */
function ephemeralTcpPort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once("error", reject);
    srv.listen(0, HOST, () => {
      const addr = srv.address();
      const port = typeof addr === "object" && addr !== null ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

function randomInt(min: number, maxExclusive: number): number {
  return min + Math.floor(Math.random() * (maxExclusive - min));
}

/**
 * Picks loopback ports for one baresip: SIP (UDP+TCP at P, TLS at P+1), an RTP range and the ctrl_tcp
 * port. They are free when checked; another process may still take one before baresip binds it, so
 * the caller retries on a bind failure. Random bases keep parallel test workers apart.
 */
export async function pickBaresipPorts(): Promise<BaresipPorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sip = randomInt(21000, 29000);
    if (!(await udpFree(sip)) || !(await tcpFree(sip)) || !(await tcpFree(sip + 1))) continue;
    const rtpMin = randomInt(15000, 20000 - RTP_RANGE_SIZE) & ~1;
    const rtpMax = rtpMin + RTP_RANGE_SIZE - 1;
    let rtpFree = true;
    for (let p = rtpMin; p <= rtpMax && rtpFree; p++) rtpFree = await udpFree(p);
    if (!rtpFree) continue;
    const ctrl = await ephemeralTcpPort();
    if (ctrl === sip || ctrl === sip + 1) continue;
    return { sip, rtpMin, rtpMax, ctrl };
  }
  throw new Error("baresip: found no free loopback ports after 50 tries");
}
