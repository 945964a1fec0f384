import { ParseError } from "../parse-error.js";

/**
 * Frames SIP messages on a byte stream (TCP, TLS) and in datagrams (UDP).
 *
 * RFC 3261 §18.3: "In the case of stream-oriented transports such as TCP, the Content-Length
 * header field indicates the size of the body. All stream-oriented transports MUST use
 * Content-Length." and for datagrams: "If the transport packet ends before the end of the
 * message body, this is considered an error ... If a message has a Content-Length ... the
 * remainder of the datagram [past it] MUST be discarded."
 * RFC 3261 §7.5: CRLFs before the start line are ignored.
 * RFC 5626 §4.4.1: a CRLF CRLF "ping" on a stream is answered with a single CRLF "pong".
 *
 *   +-------------------+------+------------------------------+
 *   | start-line+headers | CRLF | body (Content-Length octets) |
 *   +-------------------+------+------------------------------+
 */
export type FramerOutput =
  | { readonly kind: "message"; readonly bytes: Uint8Array }
  /** RFC 5626 double-CRLF ping: the caller answers with one CRLF. */
  | { readonly kind: "ping" }
  /** RFC 5626 single-CRLF pong (or a stray keep-alive): nothing to do. */
  | { readonly kind: "pong" };

export interface FramerLimits {
  /** Longest header section accepted (start line + headers), bytes. Default 64 KiB. */
  readonly maxHeaderBytes: number;
  /** Largest Content-Length accepted, bytes. Default 1 MiB. */
  readonly maxBodyBytes: number;
}

export const DEFAULT_FRAMER_LIMITS: FramerLimits = { maxHeaderBytes: 64 * 1024, maxBodyBytes: 1024 * 1024 };

const FORMAT = "SIP stream";
const CR = 13;
const LF = 10;

/**
 * A stream framer. Feed it bytes with `push`; it returns the complete messages and keep-alives
 * found so far. Once it throws (bad or missing Content-Length, oversize), the stream has lost
 * framing for good: the caller closes the connection, and further pushes throw again.
 */
export class SipStreamFramer {
  private buffer: Uint8Array = new Uint8Array(0);
  private failure: ParseError | undefined;

  constructor(private readonly limits: FramerLimits = DEFAULT_FRAMER_LIMITS) {}

  /** Bytes held waiting for the rest of a message. */
  get pending(): number {
    return this.buffer.length;
  }

  push(chunk: Uint8Array): FramerOutput[] {
    if (this.failure) throw this.failure;
    this.buffer = concat(this.buffer, chunk);
    const out: FramerOutput[] = [];
    try {
      for (;;) {
        const next = this.next();
        if (next === undefined) break;
        out.push(next);
      }
    } catch (e) {
      if (e instanceof ParseError) this.failure = e;
      throw e;
    }
    return out;
  }

  private next(): FramerOutput | undefined {
    const b = this.buffer;
    if (b.length === 0) return undefined;
    if (b[0] === CR || b[0] === LF) return this.keepAlive();
    const headEnd = indexOfBlankLine(b, this.limits.maxHeaderBytes + 4);
    if (headEnd === undefined) {
      if (b.length > this.limits.maxHeaderBytes) {
        throw new ParseError(FORMAT, "head", 0, `header section exceeds ${this.limits.maxHeaderBytes} bytes`);
      }
      return undefined;
    }
    const length = contentLength(latin1(b.subarray(0, headEnd.start)), "stream", this.limits.maxBodyBytes);
    const total = headEnd.end + length;
    if (b.length < total) return undefined;
    this.buffer = b.slice(total);
    return { kind: "message", bytes: b.slice(0, total) };
  }

  private keepAlive(): FramerOutput | undefined {
    const b = this.buffer;
    if (startsWith(b, [CR, LF, CR, LF])) {
      this.buffer = b.slice(4);
      return { kind: "ping" };
    }
    if (startsWith(b, [CR, LF])) {
      // A lone CRLF may be half of a ping still in flight: wait unless something else follows.
      if (b.length === 2) return undefined;
      if (b.length === 3 && b[2] === CR) return undefined;
      this.buffer = b.slice(2);
      return { kind: "pong" };
    }
    if (b.length === 1 && b[0] === CR) return undefined;
    this.buffer = b.slice(1); // a bare CR or LF before a start line: ignore (RFC 3261 §7.5)
    return { kind: "pong" };
  }
}

export type DatagramFrame =
  | { readonly kind: "message"; readonly bytes: Uint8Array }
  | { readonly kind: "keepalive" }
  /** Content-Length larger than the datagram: RFC 3261 §18.3 says answer 400 if a request. */
  | { readonly kind: "short-body"; readonly bytes: Uint8Array };

/** Frames one UDP datagram: trims leading CRLFs, cuts the body at Content-Length. */
export function frameDatagram(
  datagram: Uint8Array,
  limits: FramerLimits = DEFAULT_FRAMER_LIMITS,
): DatagramFrame {
  let start = 0;
  while (start < datagram.length && (datagram[start] === CR || datagram[start] === LF)) start++;
  if (start === datagram.length) return { kind: "keepalive" };
  const d = datagram.subarray(start);
  const headEnd = indexOfBlankLine(d, limits.maxHeaderBytes + 4);
  if (headEnd === undefined) {
    throw new ParseError("SIP datagram", "head", start, "no empty line ends the header section");
  }
  const length = contentLength(latin1(d.subarray(0, headEnd.start)), "datagram", limits.maxBodyBytes);
  if (Number.isNaN(length)) return { kind: "message", bytes: d.slice() };
  const total = headEnd.end + length;
  if (total > d.length) return { kind: "short-body", bytes: d.slice() };
  return { kind: "message", bytes: d.slice(0, total) };
}

/**
 * Reads Content-Length (or compact "l") from a header section. Missing gives NaN on a datagram
 * (the body is the rest of it, RFC 3261 §18.3) and an error on a stream.
 * Several values, a sign or non-digits are errors (RFC 4475 §3.1.2.3 ncl, §3.3.9 mcl01).
 */
export function contentLength(head: string, kind: "stream" | "datagram", maxBody: number): number {
  const format = kind === "stream" ? FORMAT : "SIP datagram";
  const values: string[] = [];
  const lines = head.split(/\r?\n/);
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    const m = /^(content-length|l)[ \t]*:(.*)$/i.exec(line);
    if (!m) continue;
    let value = m[2]!;
    // folded continuation lines belong to this header
    while (i + 1 < lines.length && /^[ \t]/.test(lines[i + 1]!)) value += ` ${lines[++i]!.trim()}`;
    values.push(value.trim());
  }
  if (values.length === 0) {
    if (kind === "datagram") return Number.NaN;
    throw new ParseError(format, "content-length", -1, "stream message without Content-Length");
  }
  if (values.length > 1 || values[0]!.includes(",")) {
    throw new ParseError(format, "content-length", -1, "more than one Content-Length");
  }
  const v = values[0]!;
  if (!/^\d{1,10}$/.test(v))
    throw new ParseError(format, "content-length", -1, `bad Content-Length "${v.slice(0, 20)}"`);
  const n = Number(v);
  if (n > maxBody)
    throw new ParseError(format, "content-length", -1, `Content-Length ${n} exceeds ${maxBody}`);
  return n;
}

function indexOfBlankLine(b: Uint8Array, limit: number): { start: number; end: number } | undefined {
  const stop = Math.min(b.length, limit);
  for (let i = 0; i + 1 < stop; i++) {
    if (b[i] !== LF) continue;
    // accept CRLFCRLF and (leniently) LFLF
    if (b[i + 1] === LF) return { start: i > 0 && b[i - 1] === CR ? i - 1 : i, end: i + 2 };
    if (b[i + 1] === CR && i + 2 < b.length && b[i + 2] === LF)
      return { start: b[i - 1] === CR ? i - 1 : i, end: i + 3 };
  }
  return undefined;
}

function startsWith(b: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.length <= b.length && prefix.every((x, i) => b[i] === x);
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b.slice();
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

function latin1(b: Uint8Array): string {
  let s = "";
  for (let i = 0; i < b.length; i++) s += String.fromCharCode(b[i]!);
  return s;
}
