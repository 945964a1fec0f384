import { createSocket } from "node:dgram";

/**
 * The local address the operating system would use to reach `target`: a UDP socket is
 * "connected" (which only sets its default destination; no packet is sent) and asked for its
 * own address. This is what goes into SDP, Via and Contact unless the user says otherwise.
 */
export async function localAddressFor(target: string): Promise<string> {
  const type = target.includes(":") ? "udp6" : "udp4";
  const socket = createSocket(type);
  try {
    return await new Promise<string>((resolve, reject) => {
      socket.once("error", reject);
      socket.connect(9, target, () => resolve(socket.address().address));
    });
  } finally {
    socket.close();
  }
}
