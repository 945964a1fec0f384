import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { createInterface } from "node:readline";

const ORACLE = join(import.meta.dirname, "oracle.sh");

/** Why the oracle cannot run here (no Erlang asn1), or undefined when it can. */
export function oracleUnavailable(): string | undefined {
  const which = spawnSync("sh", ["-c", "command -v escript"], { encoding: "utf8" });
  if (which.status !== 0) return "Erlang is not installed (apt-get install erlang-base erlang-asn1)";
  const lib = "/usr/lib/erlang/lib";
  if (!existsSync(lib) || !readdirSync(lib).some((d) => d.startsWith("asn1-")))
    return "Erlang's asn1 application is not installed (apt-get install erlang-asn1)";
  return undefined;
}

/**
 * One long-lived `oracle.sh serve`: Erlang/OTP's asn1 compiled for aligned PER from the same
 * modules. One request per line, one answer per line, answered in order.
 */
export class PerOracle {
  private readonly child: ChildProcess;
  private readonly waiting: { resolve: (line: string) => void; reject: (e: Error) => void }[] = [];
  private stderr = "";
  private exited: Error | undefined;

  constructor() {
    this.child = spawn("sh", [ORACLE, "serve"], { stdio: ["pipe", "pipe", "pipe"] });
    this.child.stderr!.on("data", (d: Buffer) => {
      this.stderr = (this.stderr + d.toString()).slice(-2000);
    });
    createInterface({ input: this.child.stdout! }).on("line", (line) => this.waiting.shift()?.resolve(line));
    this.child.on("exit", (code) => {
      this.exited = new Error(`oracle.sh serve exited with ${code}: ${this.stderr.trim()}`);
      for (const w of this.waiting.splice(0)) w.reject(this.exited);
    });
  }

  /** Sends "OP TYPE ARG"; resolves with the result after "ok ", rejects on "error ...". */
  request(op: "decode" | "decode-json" | "encode" | "roundtrip", type: string, arg: string): Promise<string> {
    if (this.exited) return Promise.reject(this.exited);
    return new Promise((resolve, reject) => {
      this.waiting.push({
        resolve: (line) => {
          if (line.startsWith("ok ")) resolve(line.slice(3));
          else reject(new Error(`oracle: ${line} (request: ${op} ${type} ${arg.slice(0, 300)})`));
        },
        reject,
      });
      this.child.stdin!.write(`${op} ${type} ${arg.replace(/\n/g, " ")}\n`);
    });
  }

  close(): void {
    this.child.stdin!.end();
  }
}
