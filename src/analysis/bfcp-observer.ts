import {
  isKnownPrimitive,
  Primitive,
  primitiveName,
  RequestStatus,
  requestStatusName,
} from "../protocol/bfcp/constants.js";
import { type BfcpMessage, parseBfcpMessage } from "../protocol/bfcp/message.js";
import { readFloorRequestState } from "../protocol/bfcp/request-status.js";
import { BfcpStreamFramer } from "../protocol/bfcp/stream-framer.js";
import { ParseError } from "../protocol/parse-error.js";

/**
 * BFCP (RFC 8855) seen in a capture, decoded with the project's codec: over UDP one message per
 * datagram (§6.2), over TCP framed by the common header's length (§6.1). Keeps the first
 * messages for the report and whether a floor request was granted (FloorRequestStatus with
 * REQUEST-STATUS Granted, §5.2.5).
 */
export interface BfcpMessageSeen {
  readonly number: number;
  readonly timeMs: number;
  readonly src: string;
  readonly dst: string;
  readonly primitive: string;
  readonly transactionId: number;
  readonly userId: number;
  /** For FloorRequestStatus: the request status, e.g. "Granted". */
  readonly requestStatus?: string;
}

export interface BfcpFacts {
  readonly messages: number;
  readonly malformed: number;
  readonly byPrimitive: Readonly<Record<string, number>>;
  readonly floorRequested: boolean;
  readonly floorGranted: boolean;
  /** Capture time of the first FloorRequest, ms. */
  readonly requestedAtMs?: number;
  readonly grantedAtMs?: number;
  readonly first: readonly BfcpMessageSeen[];
  readonly errors: readonly string[];
}

const MAX_KEPT = 50;

/** Could this datagram be one BFCP message? (version 1/2, known primitive, length fits exactly.) */
export function looksLikeBfcp(b: Uint8Array): boolean {
  if (b.length < 12) return false;
  const version = b[0]! >> 5;
  if (version !== 1 && version !== 2) return false;
  if (!isKnownPrimitive(b[1]!)) return false;
  const fragmented = (b[0]! & 0x08) !== 0;
  const length = ((b[2]! << 8) | b[3]!) * 4;
  return fragmented ? b.length > 16 : b.length === 12 + length;
}

export class BfcpObserver {
  private count = 0;
  private malformed = 0;
  private readonly byPrimitive: Record<string, number> = {};
  private requestedAtMs: number | undefined;
  private grantedAtMs: number | undefined;
  private readonly kept: BfcpMessageSeen[] = [];
  private readonly errors: string[] = [];
  private readonly framers = new Map<string, BfcpStreamFramer | "broken">();

  datagram(b: Uint8Array, where: { number: number; timeMs: number; src: string; dst: string }): void {
    if ((b[0]! & 0x08) !== 0) {
      this.message(undefined, where, "fragmented BFCP over UDP is not reassembled");
      return;
    }
    try {
      this.message(parseBfcpMessage(b), where);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.message(undefined, where, e.message);
    }
  }

  /** A piece of a TCP stream; `gapBefore` bytes were lost before it (framing is then lost for good). */
  stream(
    b: Uint8Array,
    gapBefore: number,
    where: { number: number; timeMs: number; src: string; dst: string },
  ): void {
    const key = `${where.src}>${where.dst}`;
    let f = this.framers.get(key);
    if (f === undefined || gapBefore > 0) {
      if (gapBefore > 0)
        this.message(undefined, where, `${gapBefore} bytes of the BFCP stream were not captured`);
      f = new BfcpStreamFramer();
      this.framers.set(key, f);
    }
    if (f === "broken") return;
    f.push(b);
    try {
      for (let m = f.next(); m !== undefined; m = f.next()) this.message(parseBfcpMessage(m), where);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.framers.set(key, "broken");
      this.message(undefined, where, e.message);
    }
  }

  private message(
    m: BfcpMessage | undefined,
    where: { number: number; timeMs: number; src: string; dst: string },
    error?: string,
  ): void {
    if (!m) {
      this.malformed++;
      if (error && this.errors.length < 10) this.errors.push(`frame ${where.number}: ${error}`);
      return;
    }
    this.count++;
    const name = primitiveName(m.primitive);
    this.byPrimitive[name] = (this.byPrimitive[name] ?? 0) + 1;
    if (m.primitive === Primitive.FloorRequest) this.requestedAtMs ??= where.timeMs;
    let status: number | undefined;
    if (m.primitive === Primitive.FloorRequestStatus) {
      status = readFloorRequestState(m)?.status;
      if (status === RequestStatus.Granted) this.grantedAtMs ??= where.timeMs;
    }
    if (this.kept.length < MAX_KEPT) {
      this.kept.push({
        ...where,
        primitive: name,
        transactionId: m.transactionId,
        userId: m.userId,
        ...(status !== undefined ? { requestStatus: requestStatusName(status) } : {}),
      });
    }
  }

  facts(): BfcpFacts {
    return {
      messages: this.count,
      malformed: this.malformed,
      byPrimitive: { ...this.byPrimitive },
      floorRequested: this.requestedAtMs !== undefined,
      floorGranted: this.grantedAtMs !== undefined,
      ...(this.requestedAtMs !== undefined ? { requestedAtMs: this.requestedAtMs } : {}),
      ...(this.grantedAtMs !== undefined ? { grantedAtMs: this.grantedAtMs } : {}),
      first: [...this.kept],
      errors: [...this.errors],
    };
  }
}
