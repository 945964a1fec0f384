import type { Labels } from "./i18n/labels.js";
import type { LadderRecord } from "./model.js";

// What every renderer says of a ladder record, SIP or H.323, in one place.

/** True when the ladder holds H.225.0/H.245 messages (an H.323 call). */
export function isH323Ladder(records: readonly LadderRecord[]): boolean {
  return records.some((m) => m.protocol === "h225" || m.protocol === "h245");
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

/** The record's line with its marks: "(retransmission)", and "H.245 ... (tunnelled)". */
export function ladderLine(m: LadderRecord, L: Pick<Labels, "retransmission" | "tunnelled">): string {
  const prefix = m.protocol === "h245" ? "H.245 " : "";
  const marks = [m.retransmission ? L.retransmission : "", m.tunnelled ? L.tunnelled : ""].filter(Boolean);
  return `${prefix}${m.firstLine}${marks.length ? ` ${marks.join(" ")}` : ""}`;
}
