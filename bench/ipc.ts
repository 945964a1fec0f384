import type { ChildProcess } from "node:child_process";

/** A request from the bench to one of its child processes, and the child's reply. */
interface Request {
  readonly id: number;
  readonly method: string;
  readonly arg: unknown;
}
interface Reply {
  readonly id: number;
  readonly ok: boolean;
  readonly value?: unknown;
  readonly error?: string;
}

export type Handlers = Record<string, (arg: never) => unknown>;

/**
 * Child side: answers requests arriving over the fork IPC channel with `handlers`. The process
 * exits when the parent goes away, so nothing outlives the bench.
 */
export function serveRequests(handlers: Handlers): void {
  if (!process.send) throw new Error("this script runs as a child of the bench (child_process.fork)");
  process.on("message", (msg: Request) => {
    const handler = handlers[msg.method] as ((arg: unknown) => unknown) | undefined;
    const reply = (r: Omit<Reply, "id">) => process.send?.({ id: msg.id, ...r });
    if (!handler) {
      reply({ ok: false, error: `unknown method ${msg.method}` });
      return;
    }
    Promise.resolve()
      .then(() => handler(msg.arg))
      .then(
        (value) => reply({ ok: true, value }),
        (e: unknown) => reply({ ok: false, error: e instanceof Error ? e.message : String(e) }),
      );
  });
  process.on("disconnect", () => process.exit(0));
}

/** Parent side: one forked child answering requests; every request has a deadline. */
export class ChildClient {
  private nextId = 1;
  private readonly pending = new Map<
    number,
    { resolve: (v: unknown) => void; reject: (e: Error) => void; timer: NodeJS.Timeout }
  >();
  private exitError: Error | undefined;
  readonly exited: Promise<number | null>;

  constructor(
    readonly name: string,
    private readonly child: ChildProcess,
  ) {
    child.on("message", (msg: Reply) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      clearTimeout(p.timer);
      if (msg.ok) p.resolve(msg.value);
      else p.reject(new Error(`${name}: ${msg.error}`));
    });
    this.exited = new Promise((resolve) => {
      child.once("exit", (code, signal) => {
        this.exitError = new Error(`${name} exited (${signal ?? `code ${code}`})`);
        for (const p of this.pending.values()) {
          clearTimeout(p.timer);
          p.reject(this.exitError);
        }
        this.pending.clear();
        resolve(code);
      });
    });
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  request<T>(method: string, arg?: unknown, timeoutMs = 30_000): Promise<T> {
    if (this.exitError) return Promise.reject(this.exitError);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`${this.name}: ${method} got no answer within ${timeoutMs} ms`));
      }, timeoutMs);
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, timer });
      this.child.send({ id, method, arg } satisfies Request);
    });
  }

  /** Asks the child to stop, then ends it by its pid if it has not exited after `graceMs`. */
  async stop(graceMs = 5000): Promise<void> {
    if (this.exitError) return;
    await this.request("stop", undefined, graceMs).catch(() => {});
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    if (this.child.connected) this.child.disconnect();
    await this.exited;
    clearTimeout(timer);
  }
}
