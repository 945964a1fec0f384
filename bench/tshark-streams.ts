/**
 * Reading `tshark -q -z rtp,streams` (Wireshark 4.0's table) to compare its RTP streams with the
 * analyzer's: one key per flow and SSRC, "src:port dst:port 0xSSRC", with its packet count.
 */
/** tshark's `rtp,streams` rows as "src dst SSRC" → packets (rows of one key summed). */
export function parseTsharkRtpStreams(stdout: string): Map<string, number> {
  const rows = new Map<string, number>();
  for (const line of stdout.split("\n")) {
    const m =
      /^\s*[\d.]+\s+[\d.]+\s+(\S+)\s+(\d+)\s+(\S+)\s+(\d+)\s+(0x[0-9A-Fa-f]{8})\s+.+?\s+(\d+)\s+-?\d+ \(/.exec(
        line,
      );
    if (!m) continue;
    const key = `${m[1]}:${m[2]} ${m[3]}:${m[4]} ${m[5]!.toUpperCase().replace("0X", "0x")}`;
    rows.set(key, (rows.get(key) ?? 0) + Number(m[6]));
  }
  return rows;
}

/** Keys present on one side only, or with different packet counts. */
export function streamMismatches(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): string[] {
  const out: string[] = [];
  for (const k of new Set([...a.keys(), ...b.keys()]))
    if (a.get(k) !== b.get(k)) out.push(`${k}: ${a.get(k) ?? "-"} vs ${b.get(k) ?? "-"}`);
  return out;
}
