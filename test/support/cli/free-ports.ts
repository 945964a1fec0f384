import { closedTcpPort, closedUdpPort, randomInt, tcpFree, udpFree } from "../loopback-ports.js";

export { closedTcpPort, closedUdpPort };

/** Ports for one `vdm-test serve` on 127.0.0.1: SIP over UDP and TCP at `sip`, TLS at `sip + 1`. */
export interface RoomPorts {
  readonly sip: number;
  readonly tls: number;
  /** For --rtp-ports; the room skips ports that are taken, so the range need not be all free. */
  readonly rtp: { readonly from: number; readonly to: number };
}

/**
 * Picks SIP ports that are free right now, below the kernel's ephemeral range (32768+) so a
 * client socket cannot take them meanwhile, and apart from the ranges the baresip harness uses
 * (SIP 21000-29000, RTP 15000-20000). Another process may still bind them first: callers retry.
 */
export async function pickRoomPorts(): Promise<RoomPorts> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const sip = randomInt(30000, 32700);
    if (!(await udpFree(sip)) || !(await tcpFree(sip)) || !(await tcpFree(sip + 1))) continue;
    const from = randomInt(10000, 14900) & ~1;
    return { sip, tls: sip + 1, rtp: { from, to: from + 99 } };
  }
  throw new Error("found no free loopback SIP ports after 50 tries");
}
