import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { H323MessageRecord } from "../../../src/adapters/h323/h323-call.js";
import { concatBytes } from "../../../src/protocol/capture/capture-builder.js";
import { CaptureWriter } from "../../../src/protocol/capture/capture-writer.js";
import { type RasMessageKind, rasAbbreviation } from "../../../src/protocol/ras/ras-names.js";
import { serializeTpkt } from "../../../src/protocol/tpkt/tpkt.js";
import { TSHARK } from "./link-capture.js";

// The engine's message log of a call (H323MessageRecord: every Q.931/H.225.0 and H.245 message
// sent and received) written as TCP pseudo-streams to a pcapng, one packet per message with the
// record's index in its comment, and read back by tshark (Wireshark's Q.931, H.225.0 and H.245
// dissectors). Call signalling is found by tshark's own heuristics (any port); a separate H.245
// connection is decoded as H.245 with -d ("decode as"), which tshark otherwise learns only from
// an h245Address it has seen. Tunnelled H.245 records are inside their Q.931 carrier's packet.

const COMMENT = "vdm-record-";

/** What tshark made of the packet that carried one record. */
export interface TsharkVerdict {
  readonly record: H323MessageRecord;
  readonly index: number;
  readonly frame: number;
  /** tshark flagged the packet malformed, or an expert error in it. */
  readonly malformed: boolean;
  /** Q.931 message type as tshark names it ("SETUP", "RELEASE COMPLETE"). */
  readonly q931?: string;
  /** The H323-UU-PDU h323-message-body alternative ("setup", "empty"...). */
  readonly body?: string;
  /** The top-level H.245 alternatives in the packet, in order ("terminalCapabilitySet"...). */
  readonly h245: readonly string[];
  /** The RasMessage alternative of a RAS datagram ("gatekeeperRequest"...). */
  readonly ras?: string;
}

export interface MessageLogCapture {
  readonly capture: Uint8Array;
  /** tshark -d arguments for the separate H.245 connections. */
  readonly decodeAs: readonly string[];
}

/** The records as a pcapng: each connection opened by its first writer, closed at the end. */
export function messageLogCapture(records: readonly H323MessageRecord[]): MessageLogCapture {
  const w = new CaptureWriter({ comment: "vdm-test H.323 message log" });
  const parts = [w.header()];
  const q931Ports = new Set<number>();
  const h245Ports = new Set<number>();
  let lastUs = 0;
  const rasPorts = new Set<number>();
  records.forEach((r, i) => {
    if (r.tunnelled) return;
    // Strictly increasing times, from the records' own clock.
    const us = Math.max(Math.round(r.atMs * 1000), lastUs + 1);
    lastUs = us;
    const [src, dst] = r.direction === "sent" ? [r.local, r.remote] : [r.remote, r.local];
    if (r.channel === "ras") {
      // RAS: one datagram each, to or from the gatekeeper's port.
      rasPorts.add(r.remote.port);
      parts.push(w.datagram(us, src, dst, r.bytes, `${COMMENT}${i}`));
      return;
    }
    (r.channel === "q931" ? q931Ports : h245Ports).add(r.local.port).add(r.remote.port);
    parts.push(w.stream(us, src, dst, serializeTpkt(r.bytes), `${COMMENT}${i}`));
  });
  parts.push(w.closeAll(lastUs + 1000));
  const decodeAs = [...h245Ports]
    .filter((p) => !q931Ports.has(p))
    .flatMap((p) => ["-d", `tcp.port==${p},h245`])
    .concat([...rasPorts].filter((p) => p !== 1719).flatMap((p) => ["-d", `udp.port==${p},h225`]));
  return { capture: concatBytes(parts), decodeAs };
}

/** One packet of tshark's PDML: its frame number, comment and the fields named here. */
interface PdmlPacket {
  frame: number;
  comment?: string;
  malformed: boolean;
  q931?: string;
  body?: string;
  h245: string[];
  ras?: string;
}

const attr = (line: string, name: string) => new RegExp(`${name}="([^"]*)"`).exec(line)?.[1];
/** "request: terminalCapabilitySet (2)" -> "terminalCapabilitySet". */
const choiceName = (showname: string | undefined) => /: (\S+) \(\d+\)$/.exec(showname ?? "")?.[1];
const H245_TOP = new Set(["h245.request", "h245.response", "h245.command", "h245.indication"]);

function parsePdml(xml: string): PdmlPacket[] {
  const packets: PdmlPacket[] = [];
  let p: PdmlPacket | undefined;
  for (const line of xml.split("\n")) {
    if (line.includes("<packet>")) {
      p = { frame: 0, malformed: false, h245: [] };
      packets.push(p);
    }
    if (!p) continue;
    const name = attr(line, "name");
    if (name === "frame.number") p.frame = Number(attr(line, "show"));
    else if (name === "frame.comment") p.comment = attr(line, "show");
    else if (name === "_ws.malformed" || /<proto name="_ws.malformed"/.test(line)) p.malformed = true;
    else if (name === "_ws.expert.severity" && Number(attr(line, "show")) >= 0x800000) p.malformed = true;
    else if (name === "q931.message_type")
      p.q931 = /: (.+) \(0x[0-9a-f]+\)$/.exec(attr(line, "showname") ?? "")?.[1];
    else if (name === "h225.h323_message_body") p.body = choiceName(attr(line, "showname"));
    else if (name === "h225.RasMessage") p.ras = choiceName(attr(line, "showname"));
    else if (name && H245_TOP.has(name)) {
      const c = choiceName(attr(line, "showname"));
      if (c) p.h245.push(c);
    }
  }
  return packets;
}

/** Writes the records to a pcapng and has tshark dissect it; one verdict per untunnelled record. */
export function tsharkMessageLog(records: readonly H323MessageRecord[]): TsharkVerdict[] {
  const { capture, decodeAs } = messageLogCapture(records);
  const dir = mkdtempSync(join(tmpdir(), "vdm-h323-log-"));
  try {
    const file = join(dir, "call.pcapng");
    writeFileSync(file, capture);
    const r = spawnSync(TSHARK, ["-r", file, ...decodeAs, "-T", "pdml"], {
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 256 * 1024 * 1024,
    });
    if (r.status !== 0)
      throw new Error(`tshark exited ${r.status}: ${r.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    return parsePdml(r.stdout).flatMap((p) => {
      const index = p.comment?.startsWith(COMMENT) ? Number(p.comment.slice(COMMENT.length)) : -1;
      const record = records[index];
      if (!record) return [];
      return [{ record, index, frame: p.frame, malformed: p.malformed, h245: p.h245, ...pick(p) }];
    });
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const pick = (p: PdmlPacket) => ({
  ...(p.q931 !== undefined ? { q931: p.q931 } : {}),
  ...(p.body !== undefined ? { body: p.body } : {}),
  ...(p.ras !== undefined ? { ras: p.ras } : {}),
});

const norm = (s: string) => s.toLowerCase().replace(/[^a-z0-9]/g, "");
/** Record names that tshark shows as another top-level H.245 alternative. */
const H245_CARRIER: Record<string, string> = { videofastupdatepicture: "miscellaneouscommand" };

/**
 * What is wrong with the messages we sent, as tshark sees them, one line each (empty: nothing):
 * a packet flagged malformed, a message tshark does not name as we did (Q.931 type for call
 * signalling, the H.245 alternative for H.245), a tunnelled H.245 message missing from the
 * H.245 tshark found in our Q.931 messages, a record tshark never saw.
 */
export function sentMessageProblems(
  records: readonly H323MessageRecord[],
  verdicts: readonly TsharkVerdict[],
): string[] {
  const problems: string[] = [];
  const line = (r: H323MessageRecord, i: number, what: string) => `#${i} ${r.channel} ${r.name}: ${what}`;
  const byIndex = new Map(verdicts.map((v) => [v.index, v]));
  const tunnelledSeen: string[] = [];
  records.forEach((r, i) => {
    if (r.direction !== "sent" || r.tunnelled) return;
    const v = byIndex.get(i);
    if (!v) {
      problems.push(line(r, i, "no packet in tshark's output"));
      return;
    }
    if (v.malformed) problems.push(line(r, i, `frame ${v.frame} is malformed in tshark`));
    const want = norm(r.name);
    if (r.channel === "ras") {
      const kind = v.ras as RasMessageKind | undefined;
      if (kind === undefined || norm(rasAbbreviation(kind)) !== want)
        problems.push(line(r, i, `tshark reads RAS ${v.ras ?? "nothing"}`));
    } else if (r.channel === "q931") {
      if (norm(v.q931 ?? "") !== want) problems.push(line(r, i, `tshark reads Q.931 ${v.q931 ?? "nothing"}`));
      tunnelledSeen.push(...v.h245.map(norm));
    } else {
      const got = v.h245.map(norm);
      if (got.length !== 1 || got[0] !== (H245_CARRIER[want] ?? want))
        problems.push(line(r, i, `tshark reads H.245 ${v.h245.join(", ") || "nothing"}`));
    }
  });
  records.forEach((r, i) => {
    if (r.direction !== "sent" || !r.tunnelled) return;
    const want = norm(r.name);
    const at = tunnelledSeen.indexOf(H245_CARRIER[want] ?? want);
    if (at < 0) problems.push(line(r, i, "tunnelled, but not among the H.245 tshark found in our Q.931"));
    else tunnelledSeen.splice(at, 1);
  });
  return problems;
}
