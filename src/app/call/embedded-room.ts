import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import { defaultTlsCacheDir, Room } from "../room/room.js";
import { CallSetupError } from "./call-setup-error.js";

export interface EmbeddedRoom {
  readonly room: Room;
  /** The room's URI on the transport asked for. */
  readonly target: string;
  /** The room's certificate (PEM) to trust for TLS, when it listens on TLS. */
  readonly ca?: string;
}

/**
 * The test room `vdm-test call` hosts on loopback when no URI is given: UDP and TCP listeners,
 * TLS (with the cached self-signed certificate) or H.323 (`--protocol h323`) when asked for, SRTP optional, mirror on. An existing
 * room (shared by the --matrix calls) is reused.
 */
export async function startEmbeddedRoom(
  protocol: SipTransportProtocol | "h323",
  existing?: Room,
  withTls = protocol === "tls",
): Promise<EmbeddedRoom> {
  const room =
    existing ??
    (await Room.start({
      listen: [
        { protocol: "udp", host: "127.0.0.1", port: 0 },
        { protocol: "tcp", host: "127.0.0.1", port: 0 },
        ...(withTls ? [{ protocol: "tls" as const, host: "127.0.0.1", port: 0 }] : []),
        ...(protocol === "h323" ? [{ protocol: "h323" as const, host: "127.0.0.1", port: 0 }] : []),
      ],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 40000, to: 49999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      tls: { cacheDir: defaultTlsCacheDir() },
    }));
  if (protocol === "h323") {
    const h323 = room.h323Listening;
    if (!h323) {
      if (!existing) await room.stop();
      throw new CallSetupError(
        "unreachable",
        `the embedded room does not answer H.323: ${room.h323Failure?.error ?? "no H.323 listener"}`,
      );
    }
    return { room, target: `h323:testrum@127.0.0.1:${h323.port}` };
  }
  const l = room.listening.find((x) => x.protocol === protocol) ?? room.listening[0]!;
  const transport = l.protocol === "udp" ? "" : `;transport=${l.protocol}`;
  return {
    room,
    target: `sip:testrum@127.0.0.1:${l.port}${transport}`,
    ...(room.certificate ? { ca: room.certificate.cert } : {}),
  };
}
