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

/** One pcapng of one TCP connection from `a` (the client) to `b`, holding each transmit of the log. */
export function linkCapture(
  logs: readonly (readonly LinkRecord[])[],
  a: CaptureAddress,
  b: CaptureAddress,
): Uint8Array {
  const w = new CaptureWriter({ comment: "vdm-test H.225.0 machines" });
  const parts = [w.header()];
  let t = 1_700_000_000_000_000;
  logs.forEach((log, i) => {
    const client = { ...a, port: a.port + i };
    parts.push(w.open((t += 1000), client, b));
    for (const r of log) {
      if (!r.transmit) continue;
      const [src, dst] = r.from === "a" ? [client, b] : [b, client];
      parts.push(w.stream((t += 1000), src, dst, r.transmit.bytes));
    }
    parts.push(w.close((t += 1000), client, b));
  });
  return concatBytes(parts);
}

/** Runs tshark on the capture with a display filter and fields; returns its rows. */
export function tsharkFields(capture: Uint8Array, filter: string, fields: readonly string[]): string[][] {
  const dir = mkdtempSync(join(tmpdir(), "vdm-h323-"));
  const file = join(dir, "link.pcapng");
  writeFileSync(file, capture);
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
