import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// Where the real H.323 peers (ooh323c-simple, simph323, gnugk) are: built from source by
// ../shared/peers/h323/build.sh (relative to the repository) into a cache folder it prints
// with --print-prefix; H323_PEERS=PREFIX points at another build. Tests that need a peer skip
// with a message when it is missing, or fail when VDM_REQUIRE_H323_PEERS=1 (CI builds them).

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
/** The peers' build script, next to the repository. */
export const H323_PEERS_BUILD = resolve(REPO, "../shared/peers/h323/build.sh");

export interface H323PeerBinaries {
  readonly prefix: string;
  readonly ooh323cSimple: string;
  readonly simph323: string;
  readonly gnugk: string;
}

export type H323PeerName = "ooh323cSimple" | "simph323" | "gnugk";
const FILE: Record<H323PeerName, string> = {
  ooh323cSimple: "ooh323c-simple",
  simph323: "simph323",
  gnugk: "gnugk",
};

/** The prefix of a finished build, or why there is none. */
export function locateH323Peers(
  env: NodeJS.ProcessEnv = process.env,
  build = H323_PEERS_BUILD,
): { prefix: string } | { missing: string } {
  const given = env["H323_PEERS"];
  if (given) {
    return existsSync(join(given, ".built"))
      ? { prefix: given }
      : { missing: `H323_PEERS=${given} holds no finished build (no .built)` };
  }
  if (!existsSync(build)) return { missing: `${build} not found (the H.323 peers' sources)` };
  const r = spawnSync("bash", [build, "--print-prefix"], { encoding: "utf8", timeout: 30_000 });
  const prefix = r.stdout.trim();
  if (r.status === 0 && prefix !== "") return { prefix };
  return { missing: `the H.323 peers are not built in ${prefix || "?"}: run ${build}` };
}

/** Every peer binary of the prefix, or why one is missing. */
export function h323PeerBinaries(
  located = locateH323Peers(),
): { binaries: H323PeerBinaries } | { missing: string } {
  if ("missing" in located) return located;
  const bin = (name: H323PeerName) => join(located.prefix, "bin", FILE[name]);
  for (const name of Object.keys(FILE) as H323PeerName[]) {
    if (!existsSync(bin(name))) return { missing: `${bin(name)} not found` };
  }
  return {
    binaries: {
      prefix: located.prefix,
      ooh323cSimple: bin("ooh323cSimple"),
      simph323: bin("simph323"),
      gnugk: bin("gnugk"),
    },
  };
}

const found = h323PeerBinaries();
/** Set when CI built the peers: a missing peer is then a failure, not a skip. */
export const h323PeersRequired = process.env["VDM_REQUIRE_H323_PEERS"] === "1";
/** Why the peers cannot run here (undefined when they can). */
export const h323PeersMissing: string | undefined = "missing" in found ? found.missing : undefined;
/** True when the H.323 interop tests must be skipped; says why on stderr once. */
export const skipH323Interop = h323PeersMissing !== undefined && !h323PeersRequired;
if (skipH323Interop) console.warn(`H.323 interop tests skipped: ${h323PeersMissing}`);

/** The peer binaries; throws the reason they are missing (a failing test when they are required). */
export function h323Peers(): H323PeerBinaries {
  if ("missing" in found) throw new Error(`H.323 peers missing: ${found.missing}`);
  return found.binaries;
}

let nextHost = 0;
/**
 * A loopback address for one peer or listener: 127.A.B.C, never 127.0.0.1 (ooh323c refuses it as
 * its own address and rewrites it as a destination). A comes from the process id, so test files
 * running at the same time most likely differ; B.C counts up within the process.
 */
export function h323LoopbackHost(): string {
  const n = nextHost++;
  return `127.${20 + (process.pid % 200)}.${Math.floor(n / 250) % 256}.${2 + (n % 250)}`;
}
