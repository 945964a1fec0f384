import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

// Kamailio beside the room in the flood bench: the same floods at a stateless Kamailio that
// answers OPTIONS 200 and INVITE 503 with Retry-After (sl module), as the room's front door does
// past its limits. A yardstick of what one SIP server on this machine answers, not a UA.

const KAMAILIO = "/usr/sbin/kamailio";

export interface KamailioTarget {
  readonly host: string;
  readonly port: number;
  stop(): Promise<void>;
}

export function kamailioInstalled(): boolean {
  return existsSync(KAMAILIO);
}

function config(host: string, port: number): string {
  return [
    "#!KAMAILIO",
    "debug=0",
    "log_stderror=yes",
    "children=2",
    "auto_aliases=no",
    `listen=udp:${host}:${port}`,
    'loadmodule "sl.so"',
    'loadmodule "textops.so"',
    "request_route {",
    '  if (is_method("ACK")) exit;',
    '  if (is_method("OPTIONS")) { sl_send_reply("200", "OK"); exit; }',
    '  if (is_method("INVITE")) { append_to_reply("Retry-After: 5\\r\\n"); sl_send_reply("503", "Service Unavailable"); exit; }',
    '  sl_send_reply("405", "Method Not Allowed");',
    "}",
    "",
  ].join("\n");
}

/** Starts Kamailio on host:port (UDP) and resolves once it listens. */
export async function startKamailioTarget(host: string, port: number): Promise<KamailioTarget> {
  const dir = await mkdtemp(join(tmpdir(), "vdm-flood-kamailio-"));
  const cfg = join(dir, "kamailio.cfg");
  await writeFile(cfg, config(host, port));
  const child: ChildProcess = spawn(
    KAMAILIO,
    ["-DD", "-E", "-f", cfg, "-Y", dir, "-w", dir, "-m", "64", "-M", "8"],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  // It prints its listeners on stdout, warnings on stderr.
  let output = "";
  for (const stream of [child.stdout, child.stderr])
    stream?.setEncoding("utf8").on("data", (s: string) => {
      output += s;
    });
  const exited = new Promise<void>((r) => child.once("exit", () => r()));
  const until = Date.now() + 10_000;
  while (!/Listening on/.test(output)) {
    if (child.exitCode !== null || Date.now() > until) {
      child.kill("SIGTERM");
      await rm(dir, { recursive: true, force: true });
      throw new Error(`kamailio did not start: ${output.split("\n").slice(-5).join(" | ")}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  // Its worker processes come up just after it prints its listeners.
  await new Promise((r) => setTimeout(r, 500));
  return {
    host,
    port,
    async stop() {
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 4000);
      await exited;
      clearTimeout(timer);
      await rm(dir, { recursive: true, force: true });
    },
  };
}
