import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { concatBytes } from "../../../src/protocol/capture/capture-builder.js";
import { type CaptureAddress, CaptureWriter } from "../../../src/protocol/capture/capture-writer.js";
import type { LinkRecord } from "./call-link.js";

// Writes what two linked machines sent to a pcapng, over a synthesised TCP connection, and
// asks tshark about it: the third-party decoder that says whether our bytes are well formed.

export const TSHARK = "/usr/bin/tshark";
export const haveTshark = spawnSync(TSHARK, ["-v"]).status === 0;

/** One TCP connection's bytes, in the order they were written. */
export interface CapturedConnection {
  readonly client: CaptureAddress;
  readonly server: CaptureAddress;
  readonly writes: readonly { readonly fromClient: boolean; readonly bytes: Uint8Array }[];
}

/** A pcapng holding the connections one after the other, each opened and closed. */
export function connectionsCapture(connections: readonly CapturedConnection[]): Uint8Array {
  const w = new CaptureWriter({ comment: "vdm-test H.323 machines" });
  const parts = [w.header()];
  // One millisecond between packets, from a fixed start (no wall clock in a test capture).
  let t = 1_700_000_000_000_000;
  const tick = () => {
    t += 1000;
    return t;
  };
  for (const c of connections) {
    parts.push(w.open(tick(), c.client, c.server));
    for (const x of c.writes) {
      const [src, dst] = x.fromClient ? [c.client, c.server] : [c.server, c.client];
      parts.push(w.stream(tick(), src, dst, x.bytes));
    }
    parts.push(w.close(tick(), c.client, c.server));
  }
  return concatBytes(parts);
}

/** One connection per call link, from `a` (the client, its port counting up) to `b`. */
export function linkCapture(
  logs: readonly (readonly LinkRecord[])[],
  a: CaptureAddress,
  b: CaptureAddress,
): Uint8Array {
  return connectionsCapture(
    logs.map((log, i) => ({
      client: { ...a, port: a.port + i },
      server: b,
      writes: log
        .filter((r) => r.transmit)
        .map((r) => ({ fromClient: r.from === "a", bytes: r.transmit!.bytes })),
    })),
  );
}

/** Runs tshark on the capture with a display filter and fields; returns its rows. */
export function tsharkFields(capture: Uint8Array, filter: string, fields: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "vdm-h323-"));
  const file = join(dir, "link.pcapng");
  writeFileSync(file, capture);
  return tsharkFileFields(file, filter, fields);
}

/** Runs tshark on a capture file with a display filter and fields; returns its rows. */
export function tsharkFileFields(file: string, filter: string, fields: readonly string[]): string[][] {
  const r = spawnSync(
    TSHARK,
    ["-r", file, "-Y", filter, "-T", "fields", ...fields.flatMap((f) => ["-e", f])],
    {
      encoding: "utf8",
      timeout: 60_000,
    },
  );
  if (r.status !== 0)
    throw new Error(`tshark exited ${r.status}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
  return r.stdout
    .split("\n")
    .filter((l) => l !== "")
    .map((l) => l.split("\t"));
}
