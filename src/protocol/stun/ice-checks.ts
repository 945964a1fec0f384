import { ParseError } from "../parse-error.js";
import {
  decodeErrorCode,
  decodePriority,
  decodeText,
  decodeXorMappedAddress,
  encodeErrorCode,
  encodeIceRole,
  encodePriority,
  encodeUsername,
  encodeXorMappedAddress,
  type TransportAddress,
  USE_CANDIDATE,
} from "./stun-attributes.js";
import { signStunMessage, verifyFingerprint, verifyMessageIntegrity } from "./stun-integrity.js";
import {
  parseStunMessage,
  STUN_ATTR,
  STUN_BINDING,
  type StunMessage,
  stunAttribute,
} from "./stun-message.js";

/** Our side of the short-term credentials (RFC 8445 §7.2.2): USERNAME is "ours:theirs" on checks to us. */
export interface LocalIce {
  readonly ufrag: string;
  readonly pwd: string;
}

/** One connectivity check that reached us, as evidence. */
export interface ReceivedCheck {
  readonly at: number;
  readonly from: TransportAddress;
  readonly component: number;
  readonly useCandidate: boolean;
  readonly role?: "controlling" | "controlled";
  readonly priority?: number;
  /** The status we answered: 200 success, 400/401 error (RFC 8489 §9.1.3). */
  readonly status: number;
  readonly reason?: string;
}

export type CheckAnswer =
  | { readonly kind: "answer"; readonly response: Uint8Array; readonly check: ReceivedCheck }
  | { readonly kind: "ignored"; readonly reason: string };

const encoder = new TextEncoder();

/**
 * RFC 8445 §7.3 with RFC 8489 §9.1.3 (short-term credentials): answers one Binding request on a
 * candidate. A bad FINGERPRINT is dropped silently (it may not be STUN at all, RFC 8489 §7.3);
 * no USERNAME or MESSAGE-INTEGRITY gets 400; a USERNAME not starting with our ufrag, or an
 * integrity not made with our password, gets 401. A success carries XOR-MAPPED-ADDRESS (the
 * source, RFC 8445 §7.3.1.1's peer-reflexive discovery), MESSAGE-INTEGRITY with our password and
 * FINGERPRINT (RFC 8445 §7.1).
 */
export function answerCheck(
  packet: Uint8Array,
  from: TransportAddress,
  component: number,
  local: LocalIce,
  now: number,
): CheckAnswer {
  const msg = readStun(packet);
  if ("reason" in msg) return { kind: "ignored", reason: msg.reason };
  if (msg.method !== STUN_BINDING || msg.cls !== "request")
    return { kind: "ignored", reason: `not a Binding request (${msg.cls} 0x${msg.method.toString(16)})` };
  if (verifyFingerprint(packet) === "mismatch")
    return { kind: "ignored", reason: "FINGERPRINT does not match" };
  const base = {
    at: now,
    from,
    component,
    useCandidate: stunAttribute(msg, STUN_ATTR.USE_CANDIDATE) !== undefined,
    ...role(msg),
    ...priority(msg),
  };
  const username = stunAttribute(msg, STUN_ATTR.USERNAME);
  const integrity = verifyMessageIntegrity(packet, encoder.encode(local.pwd));
  if (!username || integrity === "absent") return error(msg, 400, "Bad Request", base);
  const ours = decodeText(username).split(":")[0];
  if (ours !== local.ufrag)
    return error(msg, 401, "Unauthorized", { ...base, reason: `USERNAME ${decodeText(username)}` });
  if (integrity !== "ok") return error(msg, 401, "Unauthorized", { ...base, reason: "MESSAGE-INTEGRITY" });
  const response = signStunMessage(
    {
      method: STUN_BINDING,
      cls: "success",
      transactionId: msg.transactionId,
      attributes: [encodeXorMappedAddress(from, msg.transactionId)],
    },
    encoder.encode(local.pwd),
    true,
  );
  return { kind: "answer", response, check: { ...base, status: 200 } };
}

function error(
  msg: StunMessage,
  code: number,
  reason: string,
  base: Omit<ReceivedCheck, "status">,
): CheckAnswer {
  const response = signStunMessage(
    {
      method: STUN_BINDING,
      cls: "error",
      transactionId: msg.transactionId,
      attributes: [encodeErrorCode(code, reason)],
    },
    undefined,
    true,
  );
  return { kind: "answer", response, check: { ...base, status: code, reason: base.reason ?? reason } };
}

function role(msg: StunMessage): Pick<ReceivedCheck, "role"> {
  if (stunAttribute(msg, STUN_ATTR.ICE_CONTROLLING)) return { role: "controlling" };
  if (stunAttribute(msg, STUN_ATTR.ICE_CONTROLLED)) return { role: "controlled" };
  return {};
}

function priority(msg: StunMessage): Pick<ReceivedCheck, "priority"> {
  const p = stunAttribute(msg, STUN_ATTR.PRIORITY);
  if (!p) return {};
  try {
    return { priority: decodePriority(p) };
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return {};
  }
}

/**
 * RFC 8445 §7.2.2 (controlling agent): a Binding request to the peer's candidate with USERNAME
 * "theirs:ours", PRIORITY of the peer-reflexive candidate it could discover, ICE-CONTROLLING,
 * USE-CANDIDATE when nominating (§8.1.1), MESSAGE-INTEGRITY with the peer's password, FINGERPRINT.
 */
export function bindingRequest(opts: {
  readonly transactionId: Uint8Array;
  readonly localUfrag: string;
  readonly remote: LocalIce;
  readonly priority: number;
  readonly tieBreaker: bigint;
  readonly nominate: boolean;
}): Uint8Array {
  return signStunMessage(
    {
      method: STUN_BINDING,
      cls: "request",
      transactionId: opts.transactionId,
      attributes: [
        encodeUsername(`${opts.remote.ufrag}:${opts.localUfrag}`),
        encodePriority(opts.priority),
        encodeIceRole("controlling", opts.tieBreaker),
        ...(opts.nominate ? [USE_CANDIDATE] : []),
      ],
    },
    encoder.encode(opts.remote.pwd),
    true,
  );
}

export type CheckResponse =
  | {
      readonly kind: "success";
      readonly mapped?: TransportAddress;
      readonly integrity: "ok" | "absent" | "mismatch";
    }
  | { readonly kind: "error"; readonly code: number; readonly reason: string }
  | { readonly kind: "ignored"; readonly reason: string };

/** Reads the answer to one of our checks (RFC 8445 §7.2.5): its integrity is checked with the peer's password. */
export function readCheckResponse(
  packet: Uint8Array,
  transactionId: Uint8Array,
  remotePwd: string,
): CheckResponse {
  const msg = readStun(packet);
  if ("reason" in msg) return { kind: "ignored", reason: msg.reason };
  if (msg.method !== STUN_BINDING || (msg.cls !== "success" && msg.cls !== "error"))
    return { kind: "ignored", reason: "not a Binding response" };
  if (!sameBytes(msg.transactionId, transactionId)) return { kind: "ignored", reason: "another transaction" };
  if (msg.cls === "error") {
    const ec = stunAttribute(msg, STUN_ATTR.ERROR_CODE);
    try {
      return { kind: "error", ...(ec ? decodeErrorCode(ec) : { code: 0, reason: "no ERROR-CODE" }) };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return { kind: "error", code: 0, reason: e.message };
    }
  }
  const integrity = verifyMessageIntegrity(packet, encoder.encode(remotePwd));
  const xma = stunAttribute(msg, STUN_ATTR.XOR_MAPPED_ADDRESS);
  let mapped: TransportAddress | undefined;
  try {
    mapped = xma ? decodeXorMappedAddress(xma, msg.transactionId) : undefined;
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
  }
  return { kind: "success", integrity, ...(mapped ? { mapped } : {}) };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** The STUN message in `packet`, or why it is not one (a packet to ignore, never an exception). */
function readStun(packet: Uint8Array): StunMessage | { readonly reason: string } {
  try {
    return parseStunMessage(packet);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return { reason: e.message };
  }
}
