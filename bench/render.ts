import type { ClipSummary } from "./load-generator.js";
import type { RampResult } from "./ramp.js";
import type { RtpengineResult } from "./rtpengine-baseline.js";
import type { StepReport } from "./step-verdict.js";

const COLUMNS = [
  ["calls", 6],
  ["Mbit/s in", 10],
  ["loss %", 8],
  ["room CPU %", 11],
  ["µs/pkt", 7],
  ["gen CPU %", 10],
  ["p50 ms", 8],
  ["p99 ms", 8],
  ["setup s", 8],
] as const;

const ms = (v: number | undefined) => (v === undefined ? "-" : v.toFixed(2));

export function renderClip(c: ClipSummary): string {
  return (
    `clip: ${c.frames} frames (${c.seconds.toFixed(1)} s) of 720p H.264 at ${c.videoKbps} kbit/s, ` +
    `${c.packetsPerSecond} video packets/s + ${c.audioPackets} Opus packets, encoded in ${(c.encodeMs / 1000).toFixed(1)} s`
  );
}

export function renderHeader(): string {
  return COLUMNS.map(([name, w]) => name.padStart(w)).join(" ") + "  notes";
}

export function renderStep(s: StepReport): string {
  const cells = [
    String(s.calls),
    s.mbitPerSecondIn.toFixed(1),
    (s.lossFraction * 100).toFixed(3),
    (s.roomCpu * 100).toFixed(0),
    s.roomMicrosPerPacket === undefined ? "-" : s.roomMicrosPerPacket.toFixed(1),
    (s.generatorCpu * 100).toFixed(0),
    ms(s.latencyP50Ms),
    ms(s.latencyP99Ms),
    (s.setupMs / 1000).toFixed(1),
  ];
  const flags = [
    s.passed ? "ok" : "FAIL",
    ...(s.roomSaturated ? ["room CPU saturated"] : []),
    ...(s.generatorSaturated ? ["generator CPU saturated"] : []),
    ...s.notes,
  ];
  return cells.map((c, i) => c.padStart(COLUMNS[i]![1])).join(" ") + "  " + flags.join("; ");
}

export function renderSummary(r: RampResult): string[] {
  const lines = [`stopped: ${r.stoppedBecause}`];
  if (r.limit === "generator")
    lines.push(
      "limit: the load generator (SRTP and sockets in JS on the same 2 cores), not the room: the room sustains at least this much",
    );
  else if (r.limit === "room") lines.push("limit: the room");
  else if (r.limit === "machine")
    lines.push(
      "limit: the machine: other processes held the cores while neither the room nor the generator used a whole one; the CPU-per-call projection below is the better estimate",
    );
  const cap = (name: string, c: RampResult["roomCapacity"]) =>
    c
      ? `${name} CPU per call ${(c.cpuPerCall * 100).toFixed(2)} % of a core: one whole core would carry about ${c.calls} calls`
      : `${name} CPU per call: not enough passed steps to estimate`;
  lines.push(cap("room", r.roomCapacity), cap("generator", r.generatorCapacity));
  lines.push(`sustained: ${r.sustained} calls`);
  return lines;
}

/** The room's CPU per mirrored packet beside rtpengine's, measured in the same run. */
export function renderPerPacket(
  step: StepReport | undefined,
  rtpengine: RtpengineResult | undefined,
): string[] {
  if (step?.roomMicrosPerPacket === undefined)
    return ["room µs per mirrored packet: no step to measure it on"];
  const room = step.roomMicrosPerPacket;
  const lines = [
    `room: ${room.toFixed(1)} µs of CPU per mirrored packet at ${step.calls} calls (${Math.round(step.mirroredPps)} packets/s mirrored; audio, music, RTCP and SIP included)${step.passed ? "" : ` [that step failed (${step.limit ?? "?"}): read with care]`}`,
  ];
  if (!rtpengine) return lines;
  if (!rtpengine.measured) {
    lines.push(`rtpengine: not measured (${rtpengine.reason})`);
    return lines;
  }
  const b = rtpengine.baseline;
  lines.push(
    `rtpengine: ${b.microsPerPacket.toFixed(1)} µs per SRTP packet decrypted and re-encrypted at ${Math.round(b.forwardedPps)} packets/s (loss ${b.lossPct.toFixed(2)} %, same machine, this run)`,
    `ratio room / rtpengine: ${(room / b.microsPerPacket).toFixed(2)}x`,
  );
  return lines;
}
