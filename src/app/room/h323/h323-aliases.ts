import type { H323Address, H323Aliases } from "../../../adapters/h323/h323-call.js";
import type { H225 } from "../../../protocol/asn1/index.js";
import {
  aliasOf,
  CALLBACK_USER,
  ECHO_USER,
  PRESENTATION_USER,
  ROOM_USER,
  type RoomAlias,
} from "../room-aliases.js";

/**
 * The room's numbers, for endpoints that dial only digits (H.225.0 dialedDigits, an
 * IA5String of "0123456789#*,"): one per alias. Any other number reaches the room itself.
 */
export const ROOM_NUMBERS: Readonly<Record<string, RoomAlias>> = {
  "100": ROOM_USER,
  "101": ECHO_USER,
  "102": CALLBACK_USER,
  "103": PRESENTATION_USER,
};

const NAMED: readonly string[] = [ROOM_USER, ECHO_USER, CALLBACK_USER, PRESENTATION_USER];

/** "echo", "h323:echo@room", "sip:echo@room", "echo@room" → the user part, lower case. */
function userPart(text: string): string {
  const t = text.trim().replace(/^(?:h323|sips?|tel):/i, "");
  return (t.split("@")[0] ?? "").toLowerCase();
}

/** The alias one entry of destinationAddress names, if any. */
function named(kind: keyof H323Aliases, value: string): RoomAlias | undefined {
  if (kind === "dialedDigits") return ROOM_NUMBERS[value.trim()];
  if (kind === "urlId" && /^sips?:/i.test(value.trim())) {
    // A SIP URL-ID reads like a SIP Request-URI; a URL without an alias is not the room's default.
    const alias = aliasOf(value);
    return alias === ROOM_USER && userPart(value) !== ROOM_USER ? undefined : alias;
  }
  const user = userPart(value);
  return NAMED.includes(user) ? (user as RoomAlias) : undefined;
}

const KIND: Readonly<Record<string, keyof H323Aliases>> = {
  "h323-ID": "h323Id",
  "url-ID": "urlId",
  "email-ID": "emailId",
  dialedDigits: "dialedDigits",
};

/** Whether one AliasAddress names one of the room's aliases or numbers (what its gatekeeper reserves). */
export function namesRoomAlias(a: H225.AliasAddress): boolean {
  const kind = KIND[a.choice];
  return kind !== undefined && typeof a.value === "string" && named(kind, a.value) !== undefined;
}

/** In the order an alias is looked for: the names first, the number last. */
const ORDER: readonly (keyof H323Aliases)[] = ["h323Id", "urlId", "emailId", "dialedDigits"];

const LABEL: Record<keyof H323Aliases, string> = {
  h323Id: "h323-ID",
  urlId: "url-ID",
  emailId: "email-ID",
  dialedDigits: "dialedDigits",
};

/**
 * The room alias a Setup's destinationAddress (H.225.0 §7.3.10) calls: the first of h323-ID,
 * url-ID, email-ID and dialedDigits that names one; the room itself when none does (or the
 * Setup named no one, as a direct call to an address may).
 */
export function calledAlias(called: H323Aliases): RoomAlias {
  for (const kind of ORDER) {
    const value = called[kind];
    if (value === undefined) continue;
    const alias = named(kind, value);
    if (alias) return alias;
  }
  return ROOM_USER;
}

/** The aliases as the caller wrote them, for the room's log and the report ("h323-ID echo, dialedDigits 101"). */
export function describeAliases(aliases: H323Aliases): string {
  const parts = ORDER.filter((k) => aliases[k] !== undefined).map((k) => `${LABEL[k]} ${aliases[k]}`);
  return parts.length > 0 ? parts.join(", ") : "no alias";
}

/**
 * Who calls, as the report names the endpoint graded: its url-ID when it gave one (a URI
 * already), else its h323-ID, email-ID or number at the address the call came from.
 */
export function callerIdentity(calling: H323Aliases, source: H323Address): string {
  if (calling.urlId) return calling.urlId;
  const host = source.host.includes(":") ? `[${source.host}]` : source.host;
  const name = calling.h323Id ?? calling.emailId?.split("@")[0] ?? calling.dialedDigits;
  return name ? `h323:${name}@${host}` : `h323:${host}`;
}
