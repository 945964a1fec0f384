import { randomBytes } from "node:crypto";
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { basename, dirname, join } from "node:path";
import { performance } from "node:perf_hooks";
import { type CaptureAddress, CaptureWriter } from "../../protocol/capture/capture-writer.js";
import { serializeTpkt } from "../../protocol/tpkt/tpkt.js";
import type { H323MessageRecord } from "../h323/h323-call.js";
import type { WireAddress, WireTap } from "../net/wire-tap.js";
import type { SipWireEvent } from "../sip/node-sip-transport.js";

/** What the section comment of every capture we write says about how it was made. */
export const CAPTURE_COMMENT =
  "Recorded by vdm-test at its own sockets, not by a packet capture: every SIP message, RTP/RTCP " +
  "(SRTP/SRTCP as sent, still encrypted) and BFCP datagram or stream our side sent or received, " +
  "stamped with the clock at the moment of the send or receive. IP and UDP headers carry the real " +
  "addresses and ports; TCP handshakes, sequence/acknowledgment numbers and FINs are synthesised " +
  "around the bytes each side wrote. SIP over TLS is written as its decrypted plaintext on the real " +
  "TCP ports, each such packet with a comment saying so; the TLS records themselves are not in the file.";

/** The comment on each packet of SIP that crossed the network inside TLS. */
export const TLS_PLAINTEXT_COMMENT = "SIP over TLS, recorded as decrypted plaintext";

/** Pending bytes that trigger a write; with the flush timer this bounds memory however long the call. */
const FLUSH_BYTES = 64 * 1024;
const FLUSH_INTERVAL_MS = 500;

export interface CaptureRecorderOptions {
  /** Wall clock in microseconds since 1970 (default: performance.timeOrigin + performance.now()). */
  readonly nowUs?: () => number;
  /** Extra text for the section comment (the command line, the target). */
  readonly note?: string;
}

export interface CaptureResult {
  readonly path: string;
  readonly packets: number;
  readonly bytes: number;
}

/** IPv4-mapped IPv6 ("::ffff:127.0.0.1") as IPv4; brackets and zone ids dropped. */
function hostOf(a: WireAddress): CaptureAddress {
  let host = a.host.replace(/^\[|\]$/g, "").replace(/%.*$/, "");
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(host);
  if (mapped) host = mapped[1]!;
  return { host, port: a.port };
}

/**
 * Records our own signalling and media to a pcapng file while a call runs (`--pcap FILE`), as a
 * WireTap given to the SIP transport, the RTP endpoints and the BFCP links. The file is streamed:
 * blocks are written to a hidden temporary file beside the target every 64 KiB or half second,
 * and `finish` renames it into place, so readers see the whole capture or none. Writes are
 * synchronous (small, and into the page cache) so that `finish` can also run from a Ctrl-C handler.
 * A write error stops the recording (the call goes on) and is reported by `finish`.
 */
export class CaptureRecorder implements WireTap {
  private readonly writer: CaptureWriter;
  private readonly nowUs: () => number;
  private fd: number | undefined;
  private readonly tmp: string;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  private written = 0;
  private failure: Error | undefined;
  private readonly timer: NodeJS.Timeout;
  private result: CaptureResult | undefined;

  private constructor(
    readonly path: string,
    opts: CaptureRecorderOptions,
  ) {
    this.nowUs = opts.nowUs ?? (() => Math.round((performance.timeOrigin + performance.now()) * 1000));
    this.writer = new CaptureWriter({
      comment: opts.note ? `${CAPTURE_COMMENT}\n${opts.note}` : CAPTURE_COMMENT,
      application: "vdm-test",
      interfaceName: "vdm-test sockets",
    });
    const dir = dirname(path);
    mkdirSync(dir, { recursive: true });
    this.tmp = join(dir, `.${basename(path)}.${randomBytes(6).toString("hex")}.partial`);
    this.fd = openSync(this.tmp, "wx");
    this.push(this.writer.header());
    this.flush();
    this.timer = setInterval(() => this.flush(), FLUSH_INTERVAL_MS);
    this.timer.unref();
  }

  /** Creates the temporary file; throws Node's error when the folder cannot be written. */
  static open(path: string, opts: CaptureRecorderOptions = {}): CaptureRecorder {
    return new CaptureRecorder(path, opts);
  }

  get packets(): number {
    return this.writer.packets;
  }

  datagram(direction: "in" | "out", local: WireAddress, remote: WireAddress, bytes: Uint8Array): void {
    const [src, dst] = direction === "out" ? [local, remote] : [remote, local];
    this.record(() => this.writer.datagram(this.nowUs(), hostOf(src), hostOf(dst), bytes));
  }

  stream(
    direction: "in" | "out",
    local: WireAddress,
    remote: WireAddress,
    bytes: Uint8Array,
    comment?: string,
  ): void {
    const [src, dst] = direction === "out" ? [local, remote] : [remote, local];
    this.record(() => this.writer.stream(this.nowUs(), hostOf(src), hostOf(dst), bytes, comment));
  }

  streamOpened(local: WireAddress, remote: WireAddress, initiator: "local" | "remote"): void {
    const [client, server] = initiator === "local" ? [local, remote] : [remote, local];
    this.record(() => this.writer.open(this.nowUs(), hostOf(client), hostOf(server)));
  }

  streamClosed(local: WireAddress, remote: WireAddress): void {
    this.record(() => this.writer.close(this.nowUs(), hostOf(local), hostOf(remote)));
  }

  /** One SIP message from the transport's wire events: a datagram, or stream bytes (TLS as plaintext). */
  sip(e: SipWireEvent): void {
    const bytes = new TextEncoder().encode(e.text);
    if (e.transport === "udp") this.datagram(e.direction, e.local, e.remote, bytes);
    else
      this.stream(
        e.direction,
        e.local,
        e.remote,
        bytes,
        e.transport === "tls" ? TLS_PLAINTEXT_COMMENT : undefined,
      );
  }

  /**
   * One H.323 message: its TPKT packet (RFC 1006) on the TCP connection it went over, so
   * Wireshark decodes Q.931/H.225.0 and H.245; a RAS message as its UDP datagram. A tunnelled
   * H.245 message is already inside its Q.931 carrier and is not written twice.
   */
  h323(m: H323MessageRecord): void {
    if (m.tunnelled) return;
    const direction = m.direction === "sent" ? "out" : "in";
    // H.225.0 RAS is one PER message per UDP datagram (H.225.0 §7.7).
    if (m.channel === "ras") this.datagram(direction, m.local, m.remote, m.bytes);
    else this.stream(direction, m.local, m.remote, serializeTpkt(m.bytes));
  }

  /**
   * Closes the TCP connections still open, writes what is pending and renames the file into
   * place. Idempotent. Throws when recording failed (nothing is left behind then).
   */
  finish(): CaptureResult {
    if (this.result) return this.result;
    clearInterval(this.timer);
    if (!this.failure) this.record(() => this.writer.closeAll(this.nowUs()));
    this.flush();
    this.closeFd();
    if (this.failure) {
      rmSync(this.tmp, { force: true });
      throw new Error(`cannot write the capture ${this.path}: ${this.failure.message}`);
    }
    try {
      renameSync(this.tmp, this.path);
    } catch (e) {
      rmSync(this.tmp, { force: true });
      throw new Error(`cannot write the capture ${this.path}: ${(e as Error).message}`);
    }
    this.result = { path: this.path, packets: this.writer.packets, bytes: this.written };
    return this.result;
  }

  /** Drops the recording: the temporary file is removed, the target is not touched. */
  abort(): void {
    clearInterval(this.timer);
    this.closeFd();
    rmSync(this.tmp, { force: true });
    this.failure ??= new Error("aborted");
  }

  private record(make: () => Uint8Array): void {
    if (this.failure || this.fd === undefined) return;
    try {
      this.push(make());
    } catch (e) {
      // A packet the writer cannot frame (mixed address families, oversize) is skipped, never fatal.
      if (!(e instanceof RangeError)) this.failure = e as Error;
      return;
    }
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
  }

  private push(bytes: Uint8Array): void {
    if (bytes.length === 0) return;
    this.pending.push(bytes);
    this.pendingBytes += bytes.length;
  }

  private flush(): void {
    if (this.fd === undefined || this.pendingBytes === 0) return;
    const chunk = this.pending.length === 1 ? this.pending[0]! : Buffer.concat(this.pending);
    this.pending = [];
    this.pendingBytes = 0;
    try {
      for (let o = 0; o < chunk.length; ) o += writeSync(this.fd, chunk, o, chunk.length - o);
      this.written += chunk.length;
    } catch (e) {
      this.failure = e as Error;
      this.closeFd();
    }
  }

  private closeFd(): void {
    if (this.fd === undefined) return;
    try {
      closeSync(this.fd);
    } catch {
      // already closed
    }
    this.fd = undefined;
  }
}
