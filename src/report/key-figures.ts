import type { Report } from "./model.js";

export type FigureId =
  | "mirror.share"
  | "mirror.latency-p50"
  | "mirror.latency-p95"
  | "video.loss"
  | "audio.loss"
  | "video.jitter"
  | "audio.jitter"
  | "presentation.grant"
  | "reinvite.answer"
  | "sip.retransmissions";

export type FigureUnit = "%" | "ms" | "messages";

/** One figure a run measured, comparable between runs. */
export interface KeyFigure {
  readonly id: FigureId;
  readonly value: number;
  readonly unit: FigureUnit;
}

export interface FigureSpec {
  readonly better: "higher" | "lower";
  /** A change counts only beyond max(abs, rel × |old value|): runs are never identical. */
  readonly abs: number;
  readonly rel: number;
  readonly en: string;
  readonly sv: string;
}

export const FIGURES: Record<FigureId, FigureSpec> = {
  "mirror.share": { better: "higher", abs: 2, rel: 0, en: "mirrored frames", sv: "speglade bilder" },
  "mirror.latency-p50": {
    better: "lower",
    abs: 20,
    rel: 0.25,
    en: "mirror latency (median)",
    sv: "spegelns fördröjning (median)",
  },
  "mirror.latency-p95": {
    better: "lower",
    abs: 30,
    rel: 0.25,
    en: "mirror latency (p95)",
    sv: "spegelns fördröjning (p95)",
  },
  "video.loss": { better: "lower", abs: 0.5, rel: 0, en: "video packet loss", sv: "paketförlust video" },
  "audio.loss": { better: "lower", abs: 0.5, rel: 0, en: "audio packet loss", sv: "paketförlust ljud" },
  "video.jitter": { better: "lower", abs: 5, rel: 0.25, en: "video jitter", sv: "jitter video" },
  "audio.jitter": { better: "lower", abs: 5, rel: 0.25, en: "audio jitter", sv: "jitter ljud" },
  "presentation.grant": {
    better: "lower",
    abs: 50,
    rel: 0.5,
    en: "floor grant time",
    sv: "tid till beviljat ord",
  },
  "reinvite.answer": {
    better: "lower",
    abs: 100,
    rel: 0.5,
    en: "re-INVITE answer time",
    sv: "svarstid på om-INVITE",
  },
  // RFC 3261 §17: repeats sent and received; more of them means a lossier path or a slower peer.
  "sip.retransmissions": {
    better: "lower",
    abs: 1,
    rel: 0.5,
    en: "SIP retransmissions",
    sv: "SIP-omsändningar",
  },
};

function num(v: unknown): number | undefined {
  return typeof v === "number" && Number.isFinite(v) ? v : undefined;
}

function at(o: unknown, ...path: string[]): unknown {
  let v = o;
  for (const k of path)
    v = typeof v === "object" && v !== null ? (v as Record<string, unknown>)[k] : undefined;
  return v;
}

function worst(streams: unknown, key: string): number | undefined {
  if (!Array.isArray(streams)) return undefined;
  const values = streams.map((s) => num(at(s, key))).filter((v): v is number => v !== undefined);
  return values.length > 0 ? Math.max(...values) : undefined;
}

/** Sent plus received, from facts.sipRetransmissions; undefined when the run had none. */
function retransmissions(fact: unknown): number | undefined {
  const sum = (o: unknown) =>
    typeof o === "object" && o !== null ? Object.values(o).reduce<number>((a, v) => a + (num(v) ?? 0), 0) : 0;
  const total = sum(at(fact, "sent")) + sum(at(fact, "received"));
  return total > 0 ? total : undefined;
}

/**
 * The figures a reader compares between runs: mirror share and latency, loss, jitter, grant time.
 * Read from the checks' evidence and the facts; a figure the run did not measure is left out.
 */
export function keyFigures(r: Report): KeyFigure[] {
  const evidence = (id: string) => r.checks.find((c) => c.id === id && c.status !== "not-tested")?.evidence;
  const mirror = evidence("mirror.see-yourself");
  const grant = evidence("presentation.floor-granted");
  const candidates: [FigureId, number | undefined, FigureUnit][] = [
    ["mirror.share", num(at(mirror, "returnedSharePct")), "%"],
    ["mirror.latency-p50", num(at(mirror, "latencyMs", "p50")), "ms"],
    ["mirror.latency-p95", num(at(mirror, "latencyMs", "p95")), "ms"],
    ["video.loss", worst(at(r.facts, "video", "receive"), "lossPct"), "%"],
    ["audio.loss", worst(at(r.facts, "audio", "receive"), "lossPct"), "%"],
    ["video.jitter", worst(at(r.facts, "video", "receive"), "jitterMs"), "ms"],
    ["audio.jitter", worst(at(r.facts, "audio", "receive"), "jitterMs"), "ms"],
    ["presentation.grant", num(at(grant, "requestToGrantMs")), "ms"],
    ["reinvite.answer", num(at(r.facts, "reinvite", "ms")), "ms"],
    ["sip.retransmissions", retransmissions(r.facts.sipRetransmissions), "messages"],
  ];
  return candidates.flatMap(([id, value, unit]) => (value === undefined ? [] : [{ id, value, unit }]));
}

/** A figure for reading: rounded to what the measurement supports. */
export function formatFigure(f: Pick<KeyFigure, "value" | "unit">): string {
  const v = Math.abs(f.value) >= 10 ? Math.round(f.value) : Math.round(f.value * 10) / 10;
  return `${v}${f.unit === "%" ? " %" : f.unit === "ms" ? " ms" : ""}`;
}
