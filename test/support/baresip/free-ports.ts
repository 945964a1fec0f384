import { closedTcpPort as ephemeralTcpPort, randomInt, tcpFree, udpFree } from "../loopback-ports.js";
import type { BaresipPorts } from "./baresip-config.js";

/** Ports baresip may pick RTP/RTCP pairs from; two streams need four. */
const RTP_RANGE_SIZE = 20;

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
