import { ParseError } from "../parse-error.js";
import { checkField, lastOctet, octetAt } from "./octets.js";

// The small fixed-format elements H.225.0 §7.2.2 carries: Progress indicator (Q.931
// §4.5.23), Notification indicator (Q.931 §4.5.22), Signal (Q.931 §4.5.28) and Call state
// (Q.931 §4.5.7).

//    8   7   6   5   4   3   2   1
//  | 1 | coding  | 0 |   location    |  octet 3
//  | 1 |   progress description    |  octet 4
export interface ProgressIndicator {
  readonly codingStandard: number;
  readonly location: number;
  /** 1 not end-to-end ISDN, 2 destination non-ISDN, 3 origination non-ISDN, 8 in-band information. */
  readonly description: number;
}

export function parseProgressIndicator(contents: Uint8Array): ProgressIndicator {
  const octet3 = lastOctet(contents, 0, "progressIndicator.location");
  if (octet3 & 0x10)
    throw new ParseError("Q.931", "progressIndicator.spare", 0, "spare bit 5 of octet 3 is 1");
  const description = lastOctet(contents, 1, "progressIndicator.description") & 0x7f;
  if (contents.length > 2) {
    throw new ParseError("Q.931", "progressIndicator.length", 2, `${contents.length} octets, expected 2`);
  }
  return { codingStandard: (octet3 >> 5) & 0x03, location: octet3 & 0x0f, description };
}

export function serializeProgressIndicator(p: ProgressIndicator): Uint8Array {
  return Uint8Array.of(
    0x80 |
      (checkField(p.codingStandard, 3, "progressIndicator.codingStandard") << 5) |
      checkField(p.location, 15, "progressIndicator.location"),
    0x80 | checkField(p.description, 127, "progressIndicator.description"),
  );
}

//    8   7   6   5   4   3   2   1
//  | 1 |   notification description    |  octet 3, then Q.932 §4.3 extensions kept as sent
export interface NotificationIndicator {
  /** 0 user suspended, 1 user resumed, 2 bearer service change; Q.932 adds more. */
  readonly description: number;
  readonly extension: Uint8Array;
}

export function parseNotificationIndicator(contents: Uint8Array): NotificationIndicator {
  const octet3 = lastOctet(contents, 0, "notificationIndicator.description");
  return { description: octet3 & 0x7f, extension: contents.slice(1) };
}

export function serializeNotificationIndicator(n: NotificationIndicator): Uint8Array {
  return Uint8Array.from([
    0x80 | checkField(n.description, 127, "notificationIndicator.description"),
    ...n.extension,
  ]);
}

/** Q.931 §4.5.28 Table 4-24: 0 dial tone on, 1 ring back tone on, 0x3f tones off, ... */
export function parseSignal(contents: Uint8Array): number {
  const value = octetAt(contents, 0, "signal.value");
  if (contents.length > 1)
    throw new ParseError("Q.931", "signal.length", 1, `${contents.length} octets, expected 1`);
  return value;
}

export function serializeSignal(value: number): Uint8Array {
  return Uint8Array.of(checkField(value, 255, "signal.value"));
}

//    8   7   6   5   4   3   2   1
//  | coding  |   call state value    |  octet 3
export interface CallState {
  readonly codingStandard: number;
  /** Q.931 §4.5.7 Table 4-8: U0 null, U1 call initiated, U3 outgoing call proceeding, U10 active... */
  readonly value: number;
}

export function parseCallState(contents: Uint8Array): CallState {
  const octet3 = octetAt(contents, 0, "callState.value");
  if (contents.length > 1) {
    throw new ParseError("Q.931", "callState.length", 1, `${contents.length} octets, expected 1`);
  }
  return { codingStandard: octet3 >> 6, value: octet3 & 0x3f };
}

export function serializeCallState(s: CallState): Uint8Array {
  return Uint8Array.of(
    (checkField(s.codingStandard, 3, "callState.codingStandard") << 6) |
      checkField(s.value, 63, "callState.value"),
  );
}
