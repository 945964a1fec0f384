import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import type { AliasSet } from "../../protocol/h323/aliases.js";
import type { HostPort } from "../../protocol/h323/transport-address.js";
import {
  Gatekeeper,
  type GatekeeperEvent,
  type GatekeeperStats,
  type RasTransmit,
} from "../../protocol/ras/gatekeeper/gatekeeper.js";
import type { GatekeeperConfig } from "../../protocol/ras/gatekeeper/gatekeeper-config.js";
import type { Registration } from "../../protocol/ras/gatekeeper/registration.js";
import { MachineDriver } from "../clock/machine-driver.js";
import { stripMapped } from "./tpkt-connection.js";

// The room's gatekeeper on UDP (H.225.0 §7.7: RAS over UDP, port 1719): one socket, the
// sans-IO Gatekeeper behind it on wall-clock time (registration times go into reports), one
// timer for the next expiry. A datagram too large to be RAS is dropped before the machine
// sees it.

/** Larger datagrams are not RAS (real RRQs stay under 2 KB). */
const MAX_DATAGRAM = 16_384;

export interface GatekeeperSocketOptions {
  /** Where to bind (port 0: any). */
  readonly listen: HostPort;
  /** The gatekeeper's configuration; its RAS address defaults to the bound one. */
  readonly config: Omit<GatekeeperConfig, "rasAddress"> & { readonly rasAddress?: HostPort };
  /** Every event, RAS messages in and out among them (kind "message"; for `serve --pcap` too). */
  readonly onEvent?: (e: GatekeeperEvent) => void;
}

export class GatekeeperSocket {
  private readonly driver: MachineDriver<RasTransmit, GatekeeperEvent>;
  private closed = false;

  private constructor(
    private readonly socket: Socket,
    readonly address: HostPort,
    private readonly gatekeeper: Gatekeeper,
    opts: GatekeeperSocketOptions,
  ) {
    this.driver = new MachineDriver(
      gatekeeper,
      (t) => this.send(t),
      (e) => opts.onEvent?.(e),
      () => Date.now(),
      { unref: true },
    );
    socket.on("message", (bytes, rinfo) => this.receive(bytes, rinfo));
    // A datagram that cannot be sent (ICMP unreachable read back, say) is the peer's problem.
    socket.on("error", () => {});
  }

  static async open(opts: GatekeeperSocketOptions): Promise<GatekeeperSocket> {
    const socket = createSocket({ type: opts.listen.host.includes(":") ? "udp6" : "udp4" });
    await new Promise<void>((resolve, reject) => {
      socket.once("error", (e) => {
        socket.close();
        reject(e);
      });
      socket.bind(opts.listen.port, opts.listen.host, () => resolve());
    });
    socket.removeAllListeners("error");
    const bound = socket.address();
    const address = { host: stripMapped(bound.address), port: bound.port };
    const unspecified = address.host === "0.0.0.0" || address.host === "::";
    const rasAddress = opts.config.rasAddress ?? {
      host: unspecified ? opts.config.callSignalAddress.host : address.host,
      port: address.port,
    };
    const gatekeeper = new Gatekeeper({ ...opts.config, rasAddress });
    return new GatekeeperSocket(socket, address, gatekeeper, opts);
  }

  /** The registration holding one of these aliases: an endpoint that registered with this gatekeeper. */
  registeredEndpoint(aliases: AliasSet): Registration | undefined {
    return this.gatekeeper.registeredEndpoint(aliases);
  }

  registrations(): readonly Registration[] {
    return this.gatekeeper.registrations();
  }

  get stats(): Readonly<GatekeeperStats> {
    return this.gatekeeper.stats;
  }

  /** Ends every registration (each gets its "ended" event) and closes the socket. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.gatekeeper.stop(Date.now());
    this.driver.run();
    this.driver.stop();
    await new Promise<void>((resolve) => this.socket.close(() => resolve()));
  }

  private receive(bytes: Buffer, rinfo: RemoteInfo): void {
    if (this.closed || bytes.length > MAX_DATAGRAM) return;
    const from = { host: stripMapped(rinfo.address), port: rinfo.port };
    this.driver.input((now) => this.gatekeeper.handleDatagram(now, new Uint8Array(bytes), from));
  }

  private send(t: RasTransmit): void {
    if (this.closed) return;
    this.socket.send(t.bytes, t.to.port, t.to.host);
  }
}
