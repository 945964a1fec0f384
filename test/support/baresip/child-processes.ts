import { readdir, readFile } from "node:fs/promises";

/** One live process below ours, as /proc tells it. */
export interface ChildProcessInfo {
  readonly pid: number;
  readonly ppid: number;
  /** The executable's name as the kernel keeps it (`comm`, at most 15 characters). */
  readonly name: string;
}

/**
 * `/proc/PID/stat`: "PID (comm) STATE PPID ...". comm may hold spaces and parentheses, so the name
 * runs to the LAST ")".
 */
function parseStat(text: string): ChildProcessInfo | undefined {
  const open = text.indexOf("(");
  const close = text.lastIndexOf(")");
  if (open < 0 || close < open) return undefined;
  const pid = Number(text.slice(0, open).trim());
  const rest = text
    .slice(close + 1)
    .trim()
    .split(" ");
  const state = rest[0];
  const ppid = Number(rest[1]);
  // A zombie has exited already; only its parent's wait() is missing.
  if (!Number.isInteger(pid) || !Number.isInteger(ppid) || state === "Z") return undefined;
  return { pid, ppid, name: text.slice(open + 1, close) };
}

/**
 * Every live descendant of `root` (default: this process), read from /proc (Linux only; an empty
 * list elsewhere). Used to prove that no baresip or ffmpeg outlives a test.
 */
export async function descendantProcesses(root = process.pid): Promise<ChildProcessInfo[]> {
  let entries: string[];
  try {
    entries = await readdir("/proc");
  } catch {
    return [];
  }
  const all: ChildProcessInfo[] = [];
  for (const e of entries) {
    if (!/^\d+$/.test(e)) continue;
    try {
      const info = parseStat(await readFile(`/proc/${e}/stat`, "utf8"));
      if (info) all.push(info);
    } catch {
      // the process ended while we looked
    }
  }
  const found: ChildProcessInfo[] = [];
  const parents = new Set([root]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const p of all) {
      if (parents.has(p.ppid) && !parents.has(p.pid)) {
        parents.add(p.pid);
        found.push(p);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * Waits up to `timeoutMs` until no descendant whose name matches `names` is alive; resolves with
 * those still alive then (empty when all are gone).
 */
export async function waitForNoDescendants(names: RegExp, timeoutMs: number): Promise<ChildProcessInfo[]> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const left = (await descendantProcesses()).filter((p) => names.test(p.name));
    if (left.length === 0 || Date.now() >= deadline) return left;
    await new Promise((r) => setTimeout(r, 100));
  }
}
