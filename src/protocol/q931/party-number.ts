import { ParseError } from "../parse-error.js";
import { Q931EncodeError } from "./message.js";
import { checkField, lastOctet, octetAt, parseIa5, serializeIa5 } from "./octets.js";

// Called party number (Q.931 §4.5.8), Calling party number (Q.931 §4.5.10) and Connected
// number (Q.951 §3.2.2, same coding as Calling party number), as H.225.0 §7.2.2.x use them.
//
//    8   7   6   5   4   3   2   1
//  | ext | type of number | numbering plan |  octet 3
//  | 1 | presentation | 0 0 0 | screening   |  octet 3a (calling/connected only, when ext = 0)
//  | 0 |          number digits (IA5)       |  octets 4..

export interface PartyNumber {
  /** 0 unknown, 1 international, 2 national, 3 network specific, 4 subscriber, 6 abbreviated. */
  readonly typeOfNumber: number;
  /** 0 unknown, 1 E.164 (ISDN/telephony), 3 data, 4 telex, 8 national, 9 private. */
  readonly numberingPlan: number;
  /** Octet 3a (calling/connected number): 0 allowed, 1 restricted, 2 not available. */
  readonly presentation?: number;
  /** Octet 3a: 0 user-provided not screened, ..., 3 network provided. */
  readonly screening?: number;
  readonly digits: string;
}

type Which = "calledPartyNumber" | "callingPartyNumber" | "connectedNumber";

export function parsePartyNumber(contents: Uint8Array, which: Which): PartyNumber {
  const octet3 = octetAt(contents, 0, `${which}.typeOfNumber`);
  const base = { typeOfNumber: (octet3 >> 4) & 0x07, numberingPlan: octet3 & 0x0f };
  if (octet3 & 0x80) return { ...base, digits: parseIa5(contents, 1, `${which}.digits`) };
  if (which === "calledPartyNumber") {
    // Q.931 §4.5.8 has no octet 3a: the extension bit must be 1.
    lastOctet(contents, 0, `${which}.typeOfNumber`);
  }
  const octet3a = lastOctet(contents, 1, `${which}.presentation`);
  if (octet3a & 0x1c)
    throw new ParseError("Q.931", `${which}.spare`, 1, "spare bits 5-3 of octet 3a are not 0");
  return {
    ...base,
    presentation: (octet3a >> 5) & 0x03,
    screening: octet3a & 0x03,
    digits: parseIa5(contents, 2, `${which}.digits`),
  };
}

export function serializePartyNumber(n: PartyNumber, which: Which): Uint8Array {
  const octet3 =
    (checkField(n.typeOfNumber, 7, `${which}.typeOfNumber`) << 4) |
    checkField(n.numberingPlan, 15, `${which}.numberingPlan`);
  const digits = serializeIa5(n.digits, `${which}.digits`);
  if (n.presentation === undefined && n.screening === undefined) {
    return Uint8Array.from([0x80 | octet3, ...digits]);
  }
  if (which === "calledPartyNumber") {
    throw new Q931EncodeError("Q.931: a called party number has no presentation or screening (no octet 3a)");
  }
  const octet3a =
    0x80 |
    (checkField(n.presentation ?? 0, 3, `${which}.presentation`) << 5) |
    checkField(n.screening ?? 0, 3, `${which}.screening`);
  return Uint8Array.from([octet3, octet3a, ...digits]);
}
