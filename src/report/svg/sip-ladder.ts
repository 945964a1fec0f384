import { escapeXml } from "../escape.js";
import { isH323Record, ladderLine } from "../ladder.js";
import type { LadderRecord } from "../model.js";

export interface LadderLabels {
  readonly us: string;
  /** The lane name when a message has no remote address (saved messages). */
  readonly farEnd: string;
  /** Appended to the start line of a retransmitted message. */
  readonly retransmission: string;
  /** Appended to an H.245 message tunnelled in H.225.0. */
  readonly tunnelled: string;
}

const ROW = 30;
const TOP = 48;
const LANE_GAP = 440;
const LEFT = 130;

const COLOURS = {
  request: "#1f4e9a",
  provisional: "#777777",
  success: "#1d7a36",
  failure: "#b3261e",
} as const;
type Kind = keyof typeof COLOURS;

/**
 * H.225.0 and H.245 messages by name: acknowledgements and RAS confirms (GCF, RCF, ACF...)
 * succeed, rejects (GRJ, RRJ, ARJ...) and releases fail, RAS RequestInProgress is provisional.
 */
function h323Kind(name: string): Kind {
  if (/^(ReleaseComplete|.*Reject|EndSessionCommand|[A-Z]RJ\b)/.test(name)) return "failure";
  if (/^(Connect|.*Ack|[A-Z]CF\b)\b/.test(name)) return "success";
  if (/^(CallProceeding|Alerting|Progress|RIP)\b/.test(name)) return "provisional";
  return "request";
}

function kind(m: LadderRecord): Kind {
  if (isH323Record(m)) return h323Kind(m.firstLine);
  const code = /^SIP\/2\.0 (\d)/.exec(m.firstLine)?.[1];
  if (code === undefined) return "request";
  if (code === "1") return "provisional";
  if (code === "2") return "success";
  return "failure";
}

/**
 * A signalling ladder diagram (SIP, or H.225.0 and H.245) as inline SVG: one lane for us and one per far-end address, one arrow per
 * message in time order, the start line above it and the time at the left. Pure.
 */
export function sipLadder(sip: readonly LadderRecord[], labels: LadderLabels): string {
  const remotes = [...new Set(sip.map((m) => m.remote || labels.farEnd))];
  const lanes = [labels.us, ...remotes];
  const laneX = (i: number) => LEFT + i * LANE_GAP;
  const width = laneX(lanes.length - 1) + LEFT;
  const height = TOP + sip.length * ROW + 16;
  const parts = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-label="SIP ladder">`,
    `<defs>${(Object.keys(COLOURS) as Kind[])
      .map(
        (k) =>
          `<marker id="sip-arrow-${k}" viewBox="0 0 10 10" refX="10" refY="5" markerWidth="7" markerHeight="7" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="${COLOURS[k]}"/></marker>`,
      )
      .join("")}</defs>`,
  ];
  lanes.forEach((name, i) => {
    parts.push(
      `<text x="${laneX(i)}" y="20" text-anchor="middle" class="lane">${escapeXml(name)}</text>`,
      `<line x1="${laneX(i)}" x2="${laneX(i)}" y1="30" y2="${height - 8}" stroke="#999" stroke-dasharray="4 3"/>`,
    );
  });
  sip.forEach((m, row) => {
    const y = TOP + row * ROW + 14;
    const far = laneX(lanes.indexOf(m.remote || labels.farEnd));
    const [x1, x2] = m.direction === "sent" ? [laneX(0), far] : [far, laneX(0)];
    const k = kind(m);
    const c = COLOURS[k];
    const full = ladderLine(m, labels);
    const label = full.length > 60 ? `${full.slice(0, 59)}…` : full;
    parts.push(
      `<text x="${LEFT - 14}" y="${y + 4}" text-anchor="end" class="tick">${(m.atMs / 1000).toFixed(3)} s</text>`,
      `<line x1="${x1}" x2="${x2}" y1="${y}" y2="${y}" stroke="${c}" stroke-width="1.5" marker-end="url(#sip-arrow-${k})"/>`,
      `<text x="${(x1 + x2) / 2}" y="${y - 5}" text-anchor="middle" class="msg" fill="${c}">${escapeXml(label)}<title>${escapeXml(`${ladderLine({ ...m, retransmission: false, tunnelled: false }, labels)} (${m.transport})`)}</title></text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
