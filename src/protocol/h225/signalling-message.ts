import { ParseError } from "../parse-error.js";
import {
  type BearerCapability,
  type CallReference,
  type CallState,
  type Cause,
  H225_USER_USER_PROTOCOL,
  type NotificationIndicator,
  type PartyNumber,
  type ProgressIndicator,
  parseBearerCapability,
  parseCallState,
  parseCause,
  parseNotificationIndicator,
  parsePartyNumber,
  parseProgressIndicator,
  parseQ931Message,
  parseSignal,
  parseTextElement,
  parseUserUser,
  type Q931Element,
  Q931ElementId,
  type Q931Message,
  Q931MessageType,
  q931MessageName,
  serializeBearerCapability,
  serializeCallState,
  serializeCause,
  serializeNotificationIndicator,
  serializePartyNumber,
  serializeProgressIndicator,
  serializeQ931Message,
  serializeSignal,
  serializeTextElement,
  serializeUserUser,
} from "../q931/index.js";

// Q.931 as H.225.0 §7 profiles it for H.323 call signalling: the messages of §7.3-7.4, a
// two-octet call reference (§7.2.2.2), and the elements H.225.0 allows, read into typed
// fields. The H323-UserInformation (H.225.0 §7.6) travels PER-encoded in the User-user
// element after protocol discriminator 0x05; it is handed on as bytes here. Elements this
// profile does not type (Facility's contents are typed, Channel identification, High layer
// compatibility, codeset 5/6 elements...) are kept in `otherElements` and written back.

export const H225_MESSAGE_TYPES = [
  "setup",
  "callProceeding",
  "alerting",
  "connect",
  "releaseComplete",
  "facility",
  "progress",
  "notify",
  "information",
  "status",
  "statusEnquiry",
  "setupAcknowledge",
] as const;

export type H225MessageType = (typeof H225_MESSAGE_TYPES)[number];

/** The H.225.0 messages that carry an h323-message-body and so must have User-user (§7.3). */
const NEEDS_USER_USER: ReadonlySet<H225MessageType> = new Set([
  "setup",
  "callProceeding",
  "alerting",
  "connect",
  "releaseComplete",
  "facility",
  "progress",
  "notify",
]);

export interface H225SignallingMessage {
  readonly type: H225MessageType;
  readonly callReference: CallReference;
  readonly bearerCapability?: BearerCapability;
  readonly cause?: Cause;
  readonly callState?: CallState;
  /** Facility element (Q.932 §4.3.3) contents as sent. */
  readonly facility?: Uint8Array;
  readonly progressIndicator?: ProgressIndicator;
  readonly notificationIndicator?: NotificationIndicator;
  readonly display?: string;
  readonly keypad?: string;
  readonly signal?: number;
  readonly connectedNumber?: PartyNumber;
  readonly callingPartyNumber?: PartyNumber;
  readonly calledPartyNumber?: PartyNumber;
  /** The PER-encoded H323-UserInformation (User-user contents after discriminator 0x05). */
  readonly userInformation?: Uint8Array;
  /** Elements not typed above, and repeats of typed ones, in the order they came. */
  readonly otherElements: readonly Q931Element[];
}

type TypedField = Exclude<keyof H225SignallingMessage, "type" | "callReference" | "otherElements">;

interface FieldCodec {
  readonly field: TypedField;
  readonly id: number;
  parse(contents: Uint8Array): unknown;
  serialize(value: never): Uint8Array;
}

function userInformationOf(contents: Uint8Array): Uint8Array {
  const uu = parseUserUser(contents);
  if (uu.protocolDiscriminator !== H225_USER_USER_PROTOCOL) {
    throw new ParseError(
      "H.225.0",
      "userUser.protocolDiscriminator",
      0,
      `protocol discriminator ${uu.protocolDiscriminator}, expected 5 (X.208/X.209 coded user information)`,
    );
  }
  return uu.information;
}

/** Codeset 0 elements in ascending identifier order, the order Q.931 §4.5.1 puts them in. */
const CODECS: readonly FieldCodec[] = [
  {
    field: "bearerCapability",
    id: Q931ElementId.bearerCapability,
    parse: parseBearerCapability,
    serialize: serializeBearerCapability,
  },
  { field: "cause", id: Q931ElementId.cause, parse: parseCause, serialize: serializeCause },
  { field: "callState", id: Q931ElementId.callState, parse: parseCallState, serialize: serializeCallState },
  { field: "facility", id: Q931ElementId.facility, parse: (c) => c.slice(), serialize: (c: Uint8Array) => c },
  {
    field: "progressIndicator",
    id: Q931ElementId.progressIndicator,
    parse: parseProgressIndicator,
    serialize: serializeProgressIndicator,
  },
  {
    field: "notificationIndicator",
    id: Q931ElementId.notificationIndicator,
    parse: parseNotificationIndicator,
    serialize: serializeNotificationIndicator,
  },
  {
    field: "display",
    id: Q931ElementId.display,
    parse: parseTextElement,
    serialize: (t: string) => serializeTextElement(t, "display"),
  },
  {
    field: "keypad",
    id: Q931ElementId.keypadFacility,
    parse: parseTextElement,
    serialize: (t: string) => serializeTextElement(t, "keypad"),
  },
  { field: "signal", id: Q931ElementId.signal, parse: parseSignal, serialize: serializeSignal },
  {
    field: "connectedNumber",
    id: Q931ElementId.connectedNumber,
    parse: (c) => parsePartyNumber(c, "connectedNumber"),
    serialize: (n: PartyNumber) => serializePartyNumber(n, "connectedNumber"),
  },
  {
    field: "callingPartyNumber",
    id: Q931ElementId.callingPartyNumber,
    parse: (c) => parsePartyNumber(c, "callingPartyNumber"),
    serialize: (n: PartyNumber) => serializePartyNumber(n, "callingPartyNumber"),
  },
  {
    field: "calledPartyNumber",
    id: Q931ElementId.calledPartyNumber,
    parse: (c) => parsePartyNumber(c, "calledPartyNumber"),
    serialize: (n: PartyNumber) => serializePartyNumber(n, "calledPartyNumber"),
  },
  {
    field: "userInformation",
    id: Q931ElementId.userUser,
    parse: userInformationOf,
    serialize: (info: Uint8Array) =>
      serializeUserUser({ protocolDiscriminator: H225_USER_USER_PROTOCOL, information: info }),
  },
];

const BY_ID = new Map(CODECS.map((c) => [c.id, c]));

function typeOf(code: number): H225MessageType {
  const name = q931MessageName(code);
  if (name === undefined || !(H225_MESSAGE_TYPES as readonly string[]).includes(name)) {
    throw new ParseError(
      "H.225.0",
      "messageType",
      -1,
      `message type 0x${code.toString(16).padStart(2, "0")} is not one H.225.0 §7.3 uses`,
    );
  }
  return name as H225MessageType;
}

/** Reads a Q.931 message into the H.225.0 view; throws ParseError naming the field. */
export function fromQ931Message(q: Q931Message): H225SignallingMessage {
  const type = typeOf(q.messageType);
  // H.225.0 §7.2.2.2: "The call reference value ... shall be two octets long."
  if (q.callReference.length !== 2) {
    throw new ParseError(
      "H.225.0",
      "callReference.length",
      1,
      `call reference of ${q.callReference.length} octets, expected 2`,
    );
  }
  const typed: Partial<Record<TypedField, unknown>> = {};
  const otherElements: Q931Element[] = [];
  for (const e of q.elements) {
    const codec = e.kind === "variable" && e.codeset === 0 ? BY_ID.get(e.id) : undefined;
    if (codec === undefined || e.kind !== "variable" || codec.field in typed) {
      otherElements.push(e);
      continue;
    }
    typed[codec.field] = codec.parse(e.contents);
  }
  if (NEEDS_USER_USER.has(type) && typed.userInformation === undefined) {
    throw new ParseError("H.225.0", "userUser", -1, `User-user is mandatory in ${type} (H.225.0 §7.3)`);
  }
  if (type === "setup" && typed.bearerCapability === undefined) {
    throw new ParseError(
      "H.225.0",
      "bearerCapability",
      -1,
      "Bearer capability is mandatory in setup (Q.931 §3.1.14)",
    );
  }
  if (type === "status" && (typed.cause === undefined || typed.callState === undefined)) {
    throw new ParseError(
      "H.225.0",
      typed.cause ? "callState" : "cause",
      -1,
      "Cause and Call state are mandatory in status (Q.931 §3.1.16)",
    );
  }
  return { type, callReference: q.callReference, ...typed, otherElements } as H225SignallingMessage;
}

/** The Q.931 message with typed elements in ascending order, the others merged in by identifier. */
export function toQ931Message(m: H225SignallingMessage): Q931Message {
  const keyed: { key: number; element: Q931Element }[] = [];
  for (const c of CODECS) {
    const value = m[c.field];
    if (value !== undefined) {
      keyed.push({
        key: c.id,
        element: { kind: "variable", codeset: 0, id: c.id, contents: c.serialize(value as never) },
      });
    }
  }
  let tail = false;
  for (const e of m.otherElements) {
    // Past a shift or a single-octet element, keep the rest as it came, after codeset 0.
    if (e.kind === "single" || e.codeset !== 0) tail = true;
    keyed.push({ key: tail || e.kind === "single" ? 0x100 : e.id + 0.5, element: e });
  }
  keyed.sort((a, b) => a.key - b.key);
  return {
    callReference: m.callReference,
    messageType: Q931MessageType[m.type],
    elements: keyed.map((k) => k.element),
  };
}

export function parseH225SignallingMessage(bytes: Uint8Array): H225SignallingMessage {
  return fromQ931Message(parseQ931Message(bytes));
}

export function serializeH225SignallingMessage(m: H225SignallingMessage): Uint8Array {
  return serializeQ931Message(toQ931Message(m));
}
