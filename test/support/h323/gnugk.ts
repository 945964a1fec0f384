import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { type PeerExit, PeerProcess, waitListening } from "./peer-process.js";
import { h323Peers } from "./peers.js";

// GnuGk (the GNU Gatekeeper, README of ../shared/peers/h323) as a gatekeeper-routed gatekeeper
// on one loopback address of its own, as recipes/gnugk-routed.ini configures it, with what keeps
// it off every other address: RAS, call signalling and status bound to Home only, no multicast
// discovery listener (224.0.1.41) and no broadcast listener (0.0.0.0:1719), so it runs without
// a network namespace. DefaultDomain strips "@example.com" from url-ID/email-ID aliases.

export interface GnugkOptions {
  /** Its Home address (127.x.y.z). */
  readonly host: string;
  /** RAS port (default 1719). */
  readonly rasPort?: number;
  /** Gatekeeper-routed call signalling port (default 1720). */
  readonly signalPort?: number;
  readonly name?: string;
  /** DefaultDomain (default example.com). */
  readonly domain?: string;
}

export class GnugkPeer {
  private constructor(
    readonly options: GnugkOptions,
    readonly process: PeerProcess,
    private readonly configDir: string,
  ) {}

  static async start(options: GnugkOptions): Promise<GnugkPeer> {
    const configDir = await mkdtemp(join(tmpdir(), "vdm-gnugk-"));
    const ini = join(configDir, "gnugk.ini");
    const signal = options.signalPort ?? 1720;
    await writeFile(
      ini,
      [
        "[Gatekeeper::Main]",
        `Name=${options.name ?? "TestGK"}`,
        `Home=${options.host}`,
        "TimeToLive=300",
        "UseMulticastListener=0",
        "UseBroadcastListener=0",
        `UnicastRasPort=${options.rasPort ?? 1719}`,
        `StatusPort=${20_000 + Math.floor(Math.random() * 40_000)}`,
        `DefaultDomain=${options.domain ?? "example.com"}`,
        "CompareAliasType=0",
        "[RoutedMode]",
        "GKRouted=1",
        "H245Routed=1",
        `CallSignalPort=${signal}`,
        "AcceptUnregisteredCalls=1",
        "H245TunnelingTranslation=1",
        "[Gatekeeper::Auth]",
        "default=allow",
        "[Proxy]",
        "Enable=0",
        "",
      ].join("\n"),
    );
    const p = await PeerProcess.start({
      label: `gnugk ${options.host}`,
      bin: h323Peers().gnugk,
      args: ["-c", ini, "-ttt", "-o", "gnugk.log"],
      traceFiles: ["gnugk.log"],
      maxLifetimeS: 180,
    });
    const peer = new GnugkPeer(options, p, configDir);
    try {
      await p.waitFor(/GNU Gatekeeper with ID '[^']*' started/, 15_000);
      await waitListening(options.host, signal, 15_000);
    } catch (err) {
      await peer.stop();
      throw err;
    }
    return peer;
  }

  /** "HOST:PORT" of its RAS. */
  get ras(): string {
    return `${this.options.host}:${this.options.rasPort ?? 1719}`;
  }

  /** Its trace so far (-ttt): every RAS and call signalling message, and its routing decisions. */
  trace(): Promise<string> {
    return readFile(join(this.process.dir, "gnugk.log"), "utf8").catch(() => "");
  }

  async stop(): Promise<PeerExit> {
    // GnuGk reads no stdin: it is stopped by the kill that follows the grace period.
    const exit = await this.process.stop([], 1000);
    await rm(this.configDir, { recursive: true, force: true });
    return exit;
  }
}
