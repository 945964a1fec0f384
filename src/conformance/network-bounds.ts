import type { Check } from "../report/model.js";
import { type CheckBase, type Phrase, toCheck, type Verdict } from "./check-text.js";

/**
 * What the network did to one media stream in one direction, as measured in the call: loss and
 * reordering from RTP sequence numbers (RFC 3550 §A.3), jitter by RFC 3550 §A.8, and for what we
 * sent, the far end's RTCP receiver reports (RFC 3550 §6.4.1) and the NACKs it sent (RFC 4585).
 */
export interface PathFigures {
  readonly stream: "audio" | "video";
  /** "sent": our stream as the far end received it; "received": the far end's as it reached us. */
  readonly direction: "sent" | "received";
  /** Packets the figures are about (sent by us, or expected from the far end). */
  readonly packets: number;
  /** Share of packets the network lost, before any retransmission filled the gap (0-100). */
  readonly lossPct: number | undefined;
  /** Share still missing after retransmissions (0-100), when NACKs were used. */
  readonly residualLossPct?: number;
  readonly jitterMs: number | undefined;
  readonly reordered?: number;
  /**
   * What we received is what we sent, looped back by a mirror or echo: it crossed the path twice
   * and its loss is judged against the round-trip bound.
   */
  readonly roundTrip?: boolean;
}

/**
 * Loss per direction above which a media check can no longer tell the endpoint from the path.
 * ITU-T Y.1541 §5 (Table 1) asks of an IP network carrying conversational media a loss ratio of
 * 1e-3 (classes 0-5) and ITU-T G.1050 models "poor" managed paths at a few per cent; at 15 %, a
 * three-packet video frame is hit one time in three before any repair, retransmissions are lost
 * in turn, and a mirror's frames cross that path twice. Our own measurements
 * (`npm run bench -- --only network`) show the checks passing a healthy endpoint up to 10 % and
 * losing their footing between 10 % and 20 %; 15 % is the line.
 */
export const MAX_LOSS_PCT = 15;
/** The same bound for a path crossed twice (mirror, echo): 1 − (1 − 15 %)² ≈ 27.75 %. */
export const MAX_ROUND_TRIP_LOSS_PCT = 100 * (1 - (1 - MAX_LOSS_PCT / 100) ** 2);
/**
 * Jitter (RFC 3550 §A.8 estimate) above which frame timing is the path's, not the endpoint's.
 * ITU-T Y.1541 Table 1 bounds delay variation at 50 ms for the interactive classes; our receiver
 * waits 450 ms for a missing packet (adapters/media/video-receiver.ts), so 150 ms of average
 * jitter leaves a retransmission no time to come back.
 */
export const MAX_JITTER_MS = 150;

const round1 = (v: number) => Math.round(v * 10) / 10;

/** The paths beyond the bounds, as phrases ("video we sent: 31% lost"). */
export function overBounds(paths: readonly PathFigures[]): Phrase[] {
  const out: Phrase[] = [];
  for (const p of paths) {
    const maxLoss = p.roundTrip ? MAX_ROUND_TRIP_LOSS_PCT : MAX_LOSS_PCT;
    const name = pathName(p);
    if (p.lossPct !== undefined && p.lossPct > maxLoss)
      out.push({
        en: `${name.en}: ${round1(p.lossPct)}% lost (bound ${round1(maxLoss)}%)`,
        sv: `${name.sv}: ${round1(p.lossPct)}% förlorat (gräns ${round1(maxLoss)}%)`,
      });
    if (p.jitterMs !== undefined && p.jitterMs > MAX_JITTER_MS)
      out.push({
        en: `${name.en}: jitter ${Math.round(p.jitterMs)} ms (bound ${MAX_JITTER_MS} ms)`,
        sv: `${name.sv}: jitter ${Math.round(p.jitterMs)} ms (gräns ${MAX_JITTER_MS} ms)`,
      });
  }
  return out;
}

function pathName(p: PathFigures): Phrase {
  const sv = p.stream === "audio" ? "ljud" : "video";
  if (p.direction === "sent") return { en: `${p.stream} we sent`, sv: `${sv} vi skickade` };
  return p.roundTrip
    ? { en: `${p.stream} looped back to us`, sv: `${sv} tillbaka till oss` }
    : { en: `${p.stream} we received`, sv: `${sv} vi tog emot` };
}

/** "network: video we sent 5.1% lost, jitter 3 ms; ..." for the paths with anything to say. */
export function networkLine(paths: readonly PathFigures[]): Phrase | undefined {
  const parts = paths.flatMap((p) => {
    if (p.lossPct === undefined && p.jitterMs === undefined) return [];
    const name = pathName(p);
    const loss = p.lossPct !== undefined ? `${round1(p.lossPct)}%` : "?";
    const residual = p.residualLossPct !== undefined && p.lossPct ? `, ${round1(p.residualLossPct)}%` : "";
    const jitter = p.jitterMs !== undefined ? `, jitter ${Math.round(p.jitterMs)} ms` : "";
    return [
      {
        en: `${name.en} ${loss} lost${residual ? `${residual} after retransmission` : ""}${jitter}`,
        sv: `${name.sv} ${loss} förlorat${residual ? `${residual} efter omsändning` : ""}${jitter}`,
      },
    ];
  });
  if (parts.length === 0) return undefined;
  return {
    en: `network: ${parts.map((p) => p.en).join("; ")}`,
    sv: `nätet: ${parts.map((p) => p.sv).join("; ")}`,
  };
}

/** Any loss worth naming beside a verdict (half a per cent), or jitter over 30 ms. */
export function networkWorthNaming(paths: readonly PathFigures[]): boolean {
  return paths.some((p) => (p.lossPct ?? 0) >= 0.5 || (p.jitterMs ?? 0) > 30);
}

/**
 * The verdict of a media check on a path beyond the bounds: inconclusive, never pass or fail,
 * with the figures and the advice to test from a better path. Undefined within the bounds.
 */
export function inconclusiveForNetwork(
  base: CheckBase,
  paths: readonly PathFigures[],
  evidence: Record<string, unknown>,
): Check | undefined {
  const v = networkVerdict(paths, evidence);
  return v ? toCheck(base, v) : undefined;
}

/** {@link inconclusiveForNetwork} as a Verdict, for checks built from verdicts. */
export function networkVerdict(
  paths: readonly PathFigures[],
  evidence: Record<string, unknown>,
): Verdict | undefined {
  const over = overBounds(paths);
  if (over.length === 0) return undefined;
  return {
    status: "inconclusive",
    en: {
      summary: `the network, not the endpoint, decided this: ${over.map((o) => o.en).join("; ")}`,
      advice:
        "The path lost or delayed too many packets to grade the endpoint. Test again from a better network path (wired, not over VPN or mobile data) before drawing conclusions.",
    },
    sv: {
      summary: `nätet, inte utrustningen, avgjorde detta: ${over.map((o) => o.sv).join("; ")}`,
      advice:
        "Vägen tappade eller fördröjde för många paket för att bedöma utrustningen. Testa igen från en bättre nätväg (trådbundet, inte via VPN eller mobildata) innan slutsatser dras.",
    },
    evidence: { ...evidence, network: paths },
  };
}

/** Adds the network figures to a verdict's evidence, and a line to its summary when it had loss. */
export function withNetwork(check: Check, paths: readonly PathFigures[]): Check {
  if (paths.length === 0) return check;
  const line = networkWorthNaming(paths) ? networkLine(paths) : undefined;
  const text = check.text;
  return {
    ...check,
    evidence: { ...check.evidence, network: paths },
    ...(line
      ? {
          summary: `${check.summary} (${line.en})`,
          ...(text
            ? {
                text: {
                  en: { ...text.en, summary: `${text.en.summary} (${line.en})` },
                  sv: { ...text.sv, summary: `${text.sv.summary} (${line.sv})` },
                },
              }
            : {}),
        }
      : {}),
  };
}

/**
 * Any media check graded under the network: inconclusive beyond the bounds (a check that could
 * not be decided anyway stays as it is), else the figures beside its verdict.
 */
export function underNetwork(check: Check, paths: readonly PathFigures[]): Check {
  if (paths.length === 0 || check.status === "not-tested" || check.status === "inconclusive") return check;
  const base = { id: check.id, title: check.title, serves: check.serves, specRef: check.specRef ?? "" };
  return inconclusiveForNetwork(base, paths, check.evidence) ?? withNetwork(check, paths);
}
