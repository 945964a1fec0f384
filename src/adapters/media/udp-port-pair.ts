import { createSocket, type Socket } from "node:dgram";
import { lookup as dnsLookup, type LookupOneOptions } from "node:dns";
import { isIP } from "node:net";

export interface PortRange {
  from: number;
  to: number;
}

export interface BoundPair {
  rtp: Socket;
  /** Undefined when RTP and RTCP share one port (RFC 5761 rtcp-mux). */
  rtcp: Socket | undefined;
  rtpPort: number;
}

function bind(socket: Socket, address: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => {
      socket.off("listening", onListening);
      reject(err);
    };
    const onListening = () => {
      socket.off("error", onError);
      resolve();
    };
    socket.once("error", onError);
    socket.once("listening", onListening);
    socket.bind(port, address);
  });
}

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string, family: number) => void;

/**
 * dgram resolves every destination before each send, even an address literal, and sends on the
 * next tick. Media goes to literals (from SDP or the latched source) at hundreds of packets a
 * second per call: those are answered at once, so the datagram leaves within send(); a name
 * still goes to the resolver.
 */
function literalLookup(host: string, options: LookupOneOptions, callback: LookupCallback): void {
  const version = isIP(host);
  if (version !== 0) callback(null, host, version);
  else dnsLookup(host, options, callback);
}

/**
 * Binds an even RTP port and the odd port above it for RTCP (RFC 3550 §11), or one port when
 * muxing. Tries random even ports in the range until both bind.
 */
export async function bindPortPair(address: string, range: PortRange, mux: boolean): Promise<BoundPair> {
  const type = address.includes(":") ? "udp6" : "udp4";
  const span = Math.floor((range.to - range.from) / 2);
  for (let attempt = 0; attempt < 64; attempt++) {
    const port = range.from + 2 * Math.floor(Math.random() * span) + (range.from % 2);
    const rtp = createSocket({ type, recvBufferSize: 4 << 20, lookup: literalLookup });
    try {
      await bind(rtp, address, port);
    } catch {
      rtp.close();
      continue;
    }
    if (mux) return { rtp, rtcp: undefined, rtpPort: port };
    const rtcp = createSocket({ type, lookup: literalLookup });
    try {
      await bind(rtcp, address, port + 1);
      return { rtp, rtcp, rtpPort: port };
    } catch {
      rtp.close();
      rtcp.close();
    }
  }
  throw new Error(`no free UDP port pair for media on ${address} in ${range.from}-${range.to}`);
}
