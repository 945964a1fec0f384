import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { H323MessageRecord } from "../../../src/adapters/h323/h323-call.js";
import { concatBytes } from "../../../src/protocol/capture/capture-builder.js";
import { CaptureWriter } from "../../../src/protocol/capture/capture-writer.js";
import { decodeRas } from "../../../src/protocol/ras/ras-message.js";
import { TSHARK } from "../h323/link-capture.js";

// RAS records (channel "ras") written as UDP datagrams to a pcapng, decoded as H.225.0 RAS by
// tshark ("-d udp.port==P,h225.ras" for a port other than 1719), and compared with what we meant
// to send: a malformed flag or another RasMessage alternative than ours is a problem.

const COMMENT = "vdm-ras-";

/** One line per RAS message we sent that tshark flags malformed or reads as another message. */
export function sentRasProblems(records: readonly H323MessageRecord[]): string[] {
  const ras = records.map((r, i) => ({ r, i })).filter(({ r }) => r.channel === "ras");
  const sent = ras.filter(({ r }) => r.direction === "sent");
  if (sent.length === 0) return ["no RAS message sent"];
  const w = new CaptureWriter({ comment: "vdm-test RAS" });
  const parts = [w.header()];
  const ports = new Set<number>();
  let lastUs = 0;
  for (const { r, i } of ras) {
    const us = Math.max(Math.round(r.atMs * 1000), lastUs + 1);
    lastUs = us;
    const [src, dst] = r.direction === "sent" ? [r.local, r.remote] : [r.remote, r.local];
    ports.add(r.local.port);
    parts.push(w.datagram(us, src, dst, r.bytes, `${COMMENT}${i}`));
  }
  const dir = mkdtempSync(join(tmpdir(), "vdm-ras-"));
  try {
    const file = join(dir, "ras.pcapng");
    writeFileSync(file, concatBytes(parts));
    const decodeAs = [...ports].filter((p) => p !== 1719).flatMap((p) => ["-d", `udp.port==${p},h225`]);
    const t = spawnSync(TSHARK, ["-r", file, ...decodeAs, "-T", "pdml"], {
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    if (t.status !== 0)
      throw new Error(`tshark exited ${t.status}: ${t.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    const packets = pdml(t.stdout);
    return sent.flatMap(({ r, i }) => {
      const p = packets.get(i);
      const ours = decodeRas(r.bytes).choice;
      if (!p) return [`#${i} ${r.name}: no packet in tshark's output`];
      if (p.malformed) return [`#${i} ${r.name}: malformed in tshark`];
      if (p.choice !== ours)
        return [`#${i} ${r.name}: tshark reads ${p.choice ?? "no RasMessage"}, we sent ${ours}`];
      return [];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const attr = (line: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(line)?.[1];

/** By record index: the RasMessage alternative tshark read and whether it flagged the packet. */
function pdml(xml: string): Map<number, { choice?: string; malformed: boolean }> {
  const out = new Map<number, { choice?: string; malformed: boolean }>();
  let p: { index: number; choice?: string; malformed: boolean } | undefined;
  for (const line of xml.split("\n")) {
    if (line.includes("<packet>")) p = { index: -1, malformed: false };
    if (!p) continue;
    const name = attr(line, "name");
    if (name === "frame.comment") {
      const c = attr(line, "show") ?? "";
      if (c.startsWith(COMMENT)) {
        p.index = Number(c.slice(COMMENT.length));
        out.set(p.index, p);
      }
    } else if (name === "_ws.malformed" || /<proto name="_ws.malformed"/.test(line)) p.malformed = true;
    else if (name === "_ws.expert.severity" && Number(attr(line, "show")) >= 0x800000) p.malformed = true;
    else if (name === "h225.RasMessage" && p.choice === undefined)
      p.choice = /: (\S+) \(\d+\)$/.exec(attr(line, "showname") ?? "")?.[1];
  }
  return out;
}
