import { ParseError } from "../parse-error.js";
import { parseAttributes } from "./attributes.js";
import {
  type BfcpMessage,
  COMMON_HEADER_LENGTH,
  FRAGMENT_HEADER_LENGTH,
  messageFrom,
  parseBfcpHeader,
  parseBfcpMessage,
  serializeBfcpMessage,
  writeHeader,
} from "./message.js";

// RFC 8855 §6.2.3 (fragmentation over unreliable transports): a message too big
// for one datagram is sent as fragments that each carry the common header with
// the F bit set, the same Transaction ID, Payload Length of the whole message,
// and Fragment Offset / Fragment Length (4-octet units, excluding the header)
// locating their slice of the payload. The receiver reassembles them before
// parsing the attributes.

/** Splits a message into datagrams of at most `maxDatagram` octets (one datagram when it fits). */
export function fragmentBfcpMessage(msg: BfcpMessage, maxDatagram: number): Uint8Array[] {
  const whole = serializeBfcpMessage(msg);
  if (whole.length <= maxDatagram) return [whole];
  const chunk = Math.floor((maxDatagram - FRAGMENT_HEADER_LENGTH) / 4) * 4;
  if (chunk <= 0) throw new RangeError(`maxDatagram ${maxDatagram} leaves no room for a fragment`);
  const payload = whole.subarray(COMMON_HEADER_LENGTH);
  const out: Uint8Array[] = [];
  for (let off = 0; off < payload.length; off += chunk) {
    const part = payload.subarray(off, Math.min(off + chunk, payload.length));
    const dgram = new Uint8Array(FRAGMENT_HEADER_LENGTH + part.length);
    writeHeader(dgram, msg, payload.length, { offsetBytes: off, lengthBytes: part.length });
    dgram.set(part, FRAGMENT_HEADER_LENGTH);
    out.push(dgram);
  }
  return out;
}

interface Pending {
  readonly firstSeen: number;
  readonly payload: Uint8Array;
  readonly have: Set<number>;
  received: number;
}

/**
 * Reassembles fragmented messages received over UDP. Unfragmented datagrams pass straight through.
 * Incomplete series are dropped `timeoutMs` after their first fragment (time is an argument).
 */
export class BfcpReassembler {
  private readonly pending = new Map<string, Pending>();

  constructor(private readonly timeoutMs = 10_000) {}

  /**
   * Takes one datagram; returns the whole message when it is complete, undefined while fragments
   * are missing. Throws ParseError for a malformed datagram or an inconsistent fragment.
   */
  push(now: number, datagram: Uint8Array, peer = ""): BfcpMessage | undefined {
    this.expire(now);
    const h = parseBfcpHeader(datagram);
    if (!h.fragment) return parseBfcpMessage(datagram);
    const { offsetBytes, lengthBytes } = h.fragment;
    if (datagram.length !== FRAGMENT_HEADER_LENGTH + lengthBytes) {
      throw new ParseError(
        "BFCP",
        "header.fragmentLength",
        14,
        `fragment length ${lengthBytes} does not match ${datagram.length - FRAGMENT_HEADER_LENGTH} payload bytes`,
      );
    }
    if (lengthBytes === 0 || offsetBytes + lengthBytes > h.payloadBytes) {
      throw new ParseError(
        "BFCP",
        "header.fragmentOffset",
        12,
        `fragment [${offsetBytes}, ${offsetBytes + lengthBytes}) lies outside payload of ${h.payloadBytes}`,
      );
    }
    const key = `${peer}|${h.conferenceId}|${h.userId}|${h.transactionId}|${h.primitive}|${h.responder}`;
    let p = this.pending.get(key);
    if (p && p.payload.length !== h.payloadBytes) {
      throw new ParseError("BFCP", "header.payloadLength", 2, "fragments disagree on the payload length");
    }
    if (!p) {
      p = {
        firstSeen: now,
        payload: new Uint8Array(h.payloadBytes),
        have: new Set(),
        received: 0,
      };
      this.pending.set(key, p);
    }
    // Count each 4-octet unit once so duplicated fragments do not complete a message early.
    for (let u = offsetBytes; u < offsetBytes + lengthBytes; u += 4) {
      if (!p.have.has(u)) {
        p.have.add(u);
        p.received += 4;
      }
    }
    p.payload.set(datagram.subarray(FRAGMENT_HEADER_LENGTH), offsetBytes);
    if (p.received < h.payloadBytes) return undefined;
    this.pending.delete(key);
    const whole = new Uint8Array(COMMON_HEADER_LENGTH + p.payload.length);
    whole.set(p.payload, COMMON_HEADER_LENGTH);
    return messageFrom(h, parseAttributes(whole, COMMON_HEADER_LENGTH, whole.length));
  }

  /** Series still waiting for fragments. */
  get incomplete(): number {
    return this.pending.size;
  }

  private expire(now: number): void {
    for (const [k, p] of this.pending) {
      if (now - p.firstSeen >= this.timeoutMs) this.pending.delete(k);
    }
  }
}
