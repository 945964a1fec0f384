import type { Labels } from "./i18n/labels.js";
import type { LadderRecord } from "./model.js";

// What every renderer says of a ladder record, SIP or H.323, in one place.

/** True for an H.225.0 (RAS or call signalling) or H.245 record. */
export function isH323Record(m: LadderRecord): boolean {
  return m.protocol === "h225" || m.protocol === "h245" || m.protocol === "ras";
}

/** True when the ladder holds H.225.0/H.245 messages (an H.323 call). */
export function isH323Ladder(records: readonly LadderRecord[]): boolean {
  return records.some(isH323Record);
}

/** The ladder's heading and the heading of its full messages. */
export function ladderHeadings(
  records: readonly LadderRecord[],
  L: Pick<Labels, "sipLadder" | "h323Ladder" | "sipMessages" | "h323Messages">,
): { readonly ladder: string; readonly messages: string } {
  return isH323Ladder(records)
    ? { ladder: L.h323Ladder, messages: L.h323Messages }
    : { ladder: L.sipLadder, messages: L.sipMessages };
}

/** The record's line with its marks: "(retransmission)", "H.245 ... (tunnelled)", "RAS GRQ...". */
export function ladderLine(m: LadderRecord, L: Pick<Labels, "retransmission" | "tunnelled">): string {
  const prefix = m.protocol === "h245" ? "H.245 " : m.protocol === "ras" ? "RAS " : "";
  const marks = [m.retransmission ? L.retransmission : "", m.tunnelled ? L.tunnelled : ""].filter(Boolean);
  return `${prefix}${m.firstLine}${marks.length ? ` ${marks.join(" ")}` : ""}`;
}
