import type { H245 } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";

// ITU-T H.239 §8 (H.239 messages): the presentation token and flow control release travel as
// H.245 generic messages (H.245 GenericMessage) with messageIdentifier {itu-t recommendation h
// 239 generic-message(2)} (H.239 Appendix I), a subMessageIdentifier naming the message
// (H.239 §8.2) and its GenericParameters (H.239 §8.3). Which H.245 message kind carries each
// is fixed (H.239 §8.1, §8.4, §8.5):
//
//   flowControlReleaseRequest (1)        genericRequest     channelId, bitRate
//   flowControlReleaseResponse (2)       genericResponse    acknowledge | reject, channelId
//   presentationTokenRequest (3)         genericRequest     terminalLabel, channelId, symmetryBreaking
//   presentationTokenResponse (4)        genericResponse    acknowledge | reject, terminalLabel, channelId
//   presentationTokenRelease (5)         genericCommand     terminalLabel, channelId
//   presentationTokenIndicateOwner (6)   genericIndication  terminalLabel, channelId
//
// A message with the H.239 identifier that breaks these rules is a ParseError naming the field.

/** H.239 Appendix I: the generic message identifier. */
export const H239_MESSAGE_ID = "0.0.8.239.2";

/** H.239 §8.3: the GenericParameter identifiers. */
export const H239Param = {
  bitRate: 41,
  channelId: 42,
  symmetryBreaking: 43,
  terminalLabel: 44,
  acknowledge: 126,
  reject: 127,
} as const;

const SUB = {
  flowControlReleaseRequest: 1,
  flowControlReleaseResponse: 2,
  presentationTokenRequest: 3,
  presentationTokenResponse: 4,
  presentationTokenRelease: 5,
  presentationTokenIndicateOwner: 6,
} as const;

type Kind = "request" | "response" | "command" | "indication";
const KIND_OF: Record<keyof typeof SUB, Kind> = {
  flowControlReleaseRequest: "request",
  flowControlReleaseResponse: "response",
  presentationTokenRequest: "request",
  presentationTokenResponse: "response",
  presentationTokenRelease: "command",
  presentationTokenIndicateOwner: "indication",
};

export type H239Result = "acknowledge" | "reject";

export type H239Message =
  | { readonly type: "flowControlReleaseRequest"; readonly channelId: number; readonly bitRate: number }
  | { readonly type: "flowControlReleaseResponse"; readonly result: H239Result; readonly channelId: number }
  | {
      readonly type: "presentationTokenRequest";
      readonly terminalLabel: number;
      readonly channelId: number;
      /** H.239 §11.1: 1..127, compared when both ends ask at once. */
      readonly symmetryBreaking: number;
    }
  | {
      readonly type: "presentationTokenResponse";
      readonly result: H239Result;
      readonly terminalLabel: number;
      readonly channelId: number;
    }
  | { readonly type: "presentationTokenRelease"; readonly terminalLabel: number; readonly channelId: number }
  | {
      readonly type: "presentationTokenIndicateOwner";
      readonly terminalLabel: number;
      readonly channelId: number;
    };

export type H239MessageType = H239Message["type"];

const unsigned = (id: number, value: number): H245.GenericParameter => ({
  parameterIdentifier: { choice: "standard", value: id },
  parameterValue: { choice: "unsignedMin", value },
});
const flag = (id: number): H245.GenericParameter => ({
  parameterIdentifier: { choice: "standard", value: id },
  parameterValue: { choice: "logical", value: null },
});

function content(m: H239Message): H245.GenericParameter[] {
  switch (m.type) {
    case "flowControlReleaseRequest":
      return [unsigned(H239Param.channelId, m.channelId), unsigned(H239Param.bitRate, m.bitRate)];
    case "flowControlReleaseResponse":
      return [flag(H239Param[m.result]), unsigned(H239Param.channelId, m.channelId)];
    case "presentationTokenRequest":
      return [
        unsigned(H239Param.terminalLabel, m.terminalLabel),
        unsigned(H239Param.channelId, m.channelId),
        unsigned(H239Param.symmetryBreaking, m.symmetryBreaking),
      ];
    case "presentationTokenResponse":
      return [
        flag(H239Param[m.result]),
        unsigned(H239Param.terminalLabel, m.terminalLabel),
        unsigned(H239Param.channelId, m.channelId),
      ];
    case "presentationTokenRelease":
    case "presentationTokenIndicateOwner":
      return [unsigned(H239Param.terminalLabel, m.terminalLabel), unsigned(H239Param.channelId, m.channelId)];
  }
}

/** The H.245 message that carries an H.239 message (H.239 §8.1). */
export function h239ToH245(m: H239Message): H245.MultimediaSystemControlMessage {
  const generic: H245.GenericMessage = {
    messageIdentifier: { choice: "standard", value: H239_MESSAGE_ID },
    subMessageIdentifier: SUB[m.type],
    messageContent: content(m),
  };
  switch (KIND_OF[m.type]) {
    case "request":
      return { choice: "request", value: { choice: "genericRequest", value: generic } };
    case "response":
      return { choice: "response", value: { choice: "genericResponse", value: generic } };
    case "command":
      return { choice: "command", value: { choice: "genericCommand", value: generic } };
    case "indication":
      return { choice: "indication", value: { choice: "genericIndication", value: generic } };
  }
}

const GENERIC: Record<string, Kind> = {
  genericRequest: "request",
  genericResponse: "response",
  genericCommand: "command",
  genericIndication: "indication",
};

/** The GenericMessage of an H.245 message and its kind, when it is one with the H.239 identifier. */
export function h239Generic(
  m: H245.MultimediaSystemControlMessage,
): { readonly kind: Kind; readonly generic: H245.GenericMessage } | undefined {
  if (m.choice === "$unknown") return undefined;
  const v = m.value as { choice: string; value: unknown };
  const kind = GENERIC[v.choice];
  if (kind === undefined) return undefined;
  const generic = v.value as H245.GenericMessage;
  const id = generic.messageIdentifier;
  return id.choice === "standard" && id.value === H239_MESSAGE_ID ? { kind, generic } : undefined;
}

const fail = (field: string, detail: string) => new ParseError("H.239", field, -1, detail);

/**
 * Reads an H.239 message from a decoded H.245 message: undefined when it is not H.239 (another
 * message, or a generic message with another identifier); ParseError when it claims H.239 but
 * breaks H.239 §8 (unknown subMessageIdentifier, wrong H.245 kind, missing or mistyped parameter).
 */
export function readH239(m: H245.MultimediaSystemControlMessage): H239Message | undefined {
  const g = h239Generic(m);
  if (!g) return undefined;
  const { kind, generic } = g;
  const sub = generic.subMessageIdentifier;
  const type = (Object.keys(SUB) as (keyof typeof SUB)[]).find((k) => SUB[k] === sub);
  if (type === undefined) throw fail("subMessageIdentifier", `unknown H.239 message ${sub ?? "(absent)"}`);
  if (KIND_OF[type] !== kind)
    throw fail("subMessageIdentifier", `${type} must be a generic ${KIND_OF[type]}, not a generic ${kind}`);
  const params = new Map<number, H245.ParameterValue>();
  for (const p of generic.messageContent ?? []) {
    if (p.parameterIdentifier.choice !== "standard") continue;
    if (params.has(p.parameterIdentifier.value))
      throw fail(`messageContent.${paramName(p.parameterIdentifier.value)}`, "parameter repeated");
    params.set(p.parameterIdentifier.value, p.parameterValue);
  }
  const num = (id: number, optional = false): number => {
    const v = params.get(id);
    if (v === undefined) {
      if (optional) return 0;
      throw fail(`messageContent.${paramName(id)}`, `${type} without ${paramName(id)}`);
    }
    if (v.choice !== "unsignedMin" && v.choice !== "unsigned32Min")
      throw fail(`messageContent.${paramName(id)}`, `${paramName(id)} is ${v.choice}, not unsignedMin`);
    return v.value as number;
  };
  const result = (): H239Result => {
    const ack = params.has(H239Param.acknowledge);
    const rej = params.has(H239Param.reject);
    if (ack === rej)
      throw fail("messageContent.acknowledge", `${type} needs exactly one of acknowledge and reject`);
    return ack ? "acknowledge" : "reject";
  };
  switch (type) {
    case "flowControlReleaseRequest":
      return { type, channelId: num(H239Param.channelId), bitRate: num(H239Param.bitRate) };
    case "flowControlReleaseResponse":
      return { type, result: result(), channelId: num(H239Param.channelId) };
    case "presentationTokenRequest": {
      const symmetryBreaking = num(H239Param.symmetryBreaking);
      if (symmetryBreaking < 1 || symmetryBreaking > 127)
        throw fail(
          "messageContent.symmetryBreaking",
          `symmetryBreaking ${symmetryBreaking} is outside 1..127`,
        );
      return {
        type,
        terminalLabel: num(H239Param.terminalLabel, true),
        channelId: num(H239Param.channelId),
        symmetryBreaking,
      };
    }
    case "presentationTokenResponse":
      return {
        type,
        result: result(),
        terminalLabel: num(H239Param.terminalLabel, true),
        channelId: num(H239Param.channelId),
      };
    case "presentationTokenRelease":
    case "presentationTokenIndicateOwner":
      return { type, terminalLabel: num(H239Param.terminalLabel, true), channelId: num(H239Param.channelId) };
  }
}

function paramName(id: number): string {
  const entry = Object.entries(H239Param).find(([, v]) => v === id);
  return entry ? entry[0] : `parameter ${id}`;
}

/** One line for the ladder: "presentationTokenResponse acknowledge (channel 103)". */
export function describeH239(m: H239Message): string {
  const result = "result" in m ? ` ${m.result}` : "";
  return `${m.type}${result} (channel ${m.channelId})`;
}
