import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pickRoomPorts, type RoomPorts } from "./free-ports.js";
import { type ServeHandle, ServeStartError, startServe } from "./serve.js";

/** A background `vdm-test serve` on 127.0.0.1 and the ports it got. */
export interface RunningRoom {
  readonly serve: ServeHandle;
  readonly ports: RoomPorts;
  /** Its working directory (a fresh temp dir): the self-signed certificate goes under .vdm-test/tls/. */
  readonly cwd: string;
}

/**
 * Starts `vdm-test serve` on fresh loopback ports (UDP and TCP at P, TLS at P+1, RTP in a range of
 * 100) with `extraArgs` added, in a temp working directory. Retries with other ports when one was
 * taken between the check and the bind.
 */
export async function startRoom(extraArgs: readonly string[] = []): Promise<RunningRoom> {
  const cwd = await mkdtemp(join(tmpdir(), "vdm-e2e-room-"));
  for (let attempt = 1; ; attempt++) {
    const ports = await pickRoomPorts();
    const args = [
      "--listen",
      `udp:127.0.0.1:${ports.sip},tcp:127.0.0.1:${ports.sip},tls:127.0.0.1:${ports.tls}`,
      "--rtp-ports",
      `${ports.rtp.from}-${ports.rtp.to}`,
      ...extraArgs,
    ];
    try {
      return { serve: await startServe(args, { cwd }), ports, cwd };
    } catch (e) {
      const inUse = e instanceof ServeStartError && /EADDRINUSE/.test(e.run.stderr);
      if (!inUse || attempt >= 3) throw e;
    }
  }
}
