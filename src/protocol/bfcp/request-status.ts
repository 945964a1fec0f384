import { type BfcpAttribute, findAttribute, findAttributes } from "./attributes.js";
import type { BfcpMessage } from "./message.js";

// RFC 8855 §5.2.15, §5.2.17, §5.2.18: where a FloorRequestStatus carries the
// state of a floor request. OVERALL-REQUEST-STATUS is preferred; peers that
// only send FLOOR-REQUEST-STATUS (per floor) are read from there.

export interface FloorRequestState {
  readonly floorRequestId: number;
  /** RFC 8855 §5.2.5 Request Status value, undefined when the message carries none. */
  readonly status: number | undefined;
  readonly queuePosition: number;
  readonly floorIds: readonly number[];
  readonly statusInfo: string | undefined;
}

/** The first FLOOR-REQUEST-INFORMATION of a FloorRequestStatus / UserStatus / FloorStatus. */
export function readFloorRequestState(msg: BfcpMessage): FloorRequestState | undefined {
  const fri = findAttribute(msg.attributes, "floorRequestInformation");
  return fri ? fromInformation(fri.id, fri.children) : undefined;
}

function fromInformation(floorRequestId: number, children: readonly BfcpAttribute[]): FloorRequestState {
  const overall = findAttribute(children, "overallRequestStatus");
  const perFloor = findAttributes(children, "floorRequestStatus");
  const rs =
    (overall && findAttribute(overall.children, "requestStatus")) ??
    perFloor.map((f) => findAttribute(f.children, "requestStatus")).find((r) => r !== undefined);
  const info =
    (overall && findAttribute(overall.children, "statusInfo")) ??
    perFloor.map((f) => findAttribute(f.children, "statusInfo")).find((r) => r !== undefined);
  return {
    floorRequestId,
    status: rs?.status,
    queuePosition: rs?.queuePosition ?? 0,
    floorIds: perFloor.map((f) => f.id),
    statusInfo: info?.text,
  };
}

/** Builds FLOOR-REQUEST-INFORMATION for one request over `floorIds`, all in `status`. */
export function floorRequestInformation(
  floorRequestId: number,
  floorIds: readonly number[],
  status: number,
  queuePosition = 0,
): BfcpAttribute {
  const rs: BfcpAttribute = { kind: "requestStatus", mandatory: false, status, queuePosition };
  return {
    kind: "floorRequestInformation",
    mandatory: false,
    id: floorRequestId,
    children: [
      { kind: "overallRequestStatus", mandatory: false, id: floorRequestId, children: [rs] },
      ...floorIds.map(
        (id): BfcpAttribute => ({ kind: "floorRequestStatus", mandatory: false, id, children: [rs] }),
      ),
    ],
  };
}
