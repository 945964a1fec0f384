import type { LadderRecord } from "../report/model.js";
import type { H323WireMessage } from "./h323-evidence.js";

// The report's ladder for an H.323 call: one record per RAS, H.225.0 or H.245 message, named, with
// what it said on one line and its bytes as a hex dump.

/** The bytes kept per message in the report; longer messages are cut (a capability set is ~200). */
const MAX_DUMP_BYTES = 4096;

/** A hex dump, 16 octets per line with the offset, as Wireshark shows bytes. */
export function hexDump(bytes: Uint8Array): string {
  const shown = bytes.subarray(0, MAX_DUMP_BYTES);
  const lines: string[] = [];
  for (let at = 0; at < shown.length; at += 16) {
    const row = [...shown.subarray(at, at + 16)].map((b) => b.toString(16).padStart(2, "0")).join(" ");
    lines.push(`${at.toString(16).padStart(4, "0")}  ${row}`);
  }
  if (bytes.length > shown.length) lines.push(`[${bytes.length} octets, cut at ${MAX_DUMP_BYTES}]`);
  return lines.join("\n");
}

const CHANNELS = {
  q931: { title: "H.225.0 (Q.931)", protocol: "h225", transport: "tcp" },
  h245: { title: "H.245", protocol: "h245", transport: "tcp" },
  ras: { title: "H.225.0 RAS", protocol: "ras", transport: "udp" },
} as const;

/** The ladder records of an H.323 call (RAS with the gatekeeper included), times from `startedAtMs`. */
export function h323LadderRecords(messages: readonly H323WireMessage[], startedAtMs: number): LadderRecord[] {
  return messages.map((m) => {
    const ch = CHANNELS[m.channel];
    return {
      atMs: Math.round(m.atMs - startedAtMs),
      direction: m.direction,
      transport: ch.transport,
      remote: `${m.remote.host}:${m.remote.port}`,
      firstLine: m.summary ? `${m.name}: ${m.summary}` : m.name,
      message: `${ch.title}${m.tunnelled ? ", tunnelled in H.225.0" : ""}, ${m.bytes.length} octets\n${hexDump(m.bytes)}`,
      protocol: ch.protocol,
      ...(m.tunnelled ? { tunnelled: true } : {}),
    };
  });
}
