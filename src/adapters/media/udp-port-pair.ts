import { createSocket, type Socket } from "node:dgram";

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

/**
 * Binds an even RTP port and the odd port above it for RTCP (RFC 3550 §11), or one port when
 * muxing. Tries random even ports in the range until both bind.
 */
export async function bindPortPair(address: string, range: PortRange, mux: boolean): Promise<BoundPair> {
  const type = address.includes(":") ? "udp6" : "udp4";
  const span = Math.floor((range.to - range.from) / 2);
  for (let attempt = 0; attempt < 64; attempt++) {
    const port = range.from + 2 * Math.floor(Math.random() * span) + (range.from % 2);
    const rtp = createSocket({ type, recvBufferSize: 4 << 20 });
    try {
      await bind(rtp, address, port);
    } catch {
      rtp.close();
      continue;
    }
    if (mux) return { rtp, rtcp: undefined, rtpPort: port };
    const rtcp = createSocket({ type });
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
