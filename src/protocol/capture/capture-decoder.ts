import { formatIpv4, formatIpv6 } from "../net/ip-address.js";
import { DEFAULT_REASSEMBLY_LIMITS, IpReassembler, type ReassemblyLimits } from "../net/ip-reassembly.js";
import { parseIpv4 } from "../net/ipv4.js";
import { parseIpv6 } from "../net/ipv6.js";
import { isSupportedLinkType, networkLayerOffset } from "../net/link-layer.js";
import { IP_PROTOCOL_TCP, parseTcp } from "../net/tcp.js";
import { IP_PROTOCOL_UDP, parseUdp } from "../net/udp.js";
import { ParseError } from "../parse-error.js";
import {
  type CaptureFileLimits,
  CaptureFileParser,
  type CaptureFormat,
  type CaptureInterface,
  type CaptureWarning,
  DEFAULT_CAPTURE_FILE_LIMITS,
  relocateParseError,
} from "../pcap/capture-file-parser.js";
import type { CaptureTime } from "../pcap/capture-time.js";
import {
  DEFAULT_TCP_STREAM_LIMITS,
  type StreamChunk,
  TcpStream,
  type TcpStreamLimits,
} from "./tcp-stream.js";

/** A transport address. The same object is reused for the same address and port. */
export interface Endpoint {
  /** Dotted decimal (IPv4) or RFC 5952 text (IPv6). */
  readonly ip: string;
  readonly port: number;
}

/** A UDP datagram, or a contiguous piece of a TCP byte stream, found in a capture. */
export interface CapturedDatagram {
  /** 1-based number of the packet that completed it (as Wireshark numbers frames). */
  readonly number: number;
  readonly time: CaptureTime;
  /** Capture interface index (see `interfaces`). */
  readonly interface: number;
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly transport: "udp" | "tcp";
  /** UDP: the datagram's payload. TCP: the next stream bytes of this direction. A view, not a copy. */
  readonly payload: Uint8Array;
  /** UDP: the capture's snap length cut the payload. */
  readonly truncated: boolean;
  /** TCP: stream octets lost just before this payload (a stream framer resynchronises). 0 for UDP. */
  readonly gapBefore: number;
}

export interface CaptureStats {
  packets: number;
  /** Packets that were not IPv4/IPv6 (ARP, LLC, unknown link types). */
  nonIp: number;
  /** IP packets carrying neither UDP nor TCP (ICMP, ESP, ...). */
  otherProtocols: number;
  udpDatagrams: number;
  tcpSegments: number;
  fragments: number;
  reassembled: number;
  /** Packets that could not be decoded (each also a warning while the warning list has room). */
  malformed: number;
  tcpRetransmittedBytes: number;
  tcpGaps: number;
}

export interface CaptureDecoderOptions {
  readonly file?: CaptureFileLimits;
  readonly reassembly?: ReassemblyLimits;
  readonly tcp?: TcpStreamLimits;
  /** TCP directions tracked at once; the least recently used is dropped beyond. Default 4096. */
  readonly maxTcpStreams?: number;
}

export interface CaptureDecoder {
  /** Feeds the next chunk of the capture file; returns the datagrams and stream pieces it completed. */
  push(chunk: Uint8Array): CapturedDatagram[];
  /** The file has ended: returns TCP data still held (after its gaps) and settles `failure`. */
  end(): CapturedDatagram[];
  readonly format: CaptureFormat | undefined;
  readonly interfaces: readonly CaptureInterface[];
  /** Why reading stopped before the end of the file, when it did. */
  readonly failure: ParseError | undefined;
  readonly warnings: readonly CaptureWarning[];
  readonly stats: Readonly<CaptureStats>;
}

interface FlowDirection {
  readonly stream: TcpStream;
  readonly src: Endpoint;
  readonly dst: Endpoint;
  readonly interface: number;
  retransmittedBytes: number;
  gaps: number;
}

/**
 * Decodes a pcap/pcapng file pushed in chunks into UDP datagrams and reassembled TCP stream
 * pieces: link layer → IPv4/IPv6 (fragments reassembled) → UDP/TCP. Pure: time is the capture's.
 */
export function createCaptureDecoder(options: CaptureDecoderOptions = {}): CaptureDecoder {
  return new Decoder(options);
}

const MAX_ENDPOINTS = 100_000;

class Decoder implements CaptureDecoder {
  private readonly parser: CaptureFileParser;
  private readonly reassembler: IpReassembler;
  private readonly tcpLimits: TcpStreamLimits;
  private readonly maxStreams: number;
  private readonly maxWarnings: number;
  private readonly flows = new Map<string, FlowDirection>();
  private readonly endpoints4 = new Map<number, Endpoint>();
  private readonly endpoints6 = new Map<string, Endpoint>();
  private readonly unsupportedLinks = new Set<number>();
  private readonly ownWarnings: CaptureWarning[] = [];
  private out: CapturedDatagram[] = [];
  private number = 0;
  private iface = 0;
  private time: CaptureTime = { seconds: 0, nanoseconds: 0 };
  readonly stats: CaptureStats = {
    packets: 0,
    nonIp: 0,
    otherProtocols: 0,
    udpDatagrams: 0,
    tcpSegments: 0,
    fragments: 0,
    reassembled: 0,
    malformed: 0,
    tcpRetransmittedBytes: 0,
    tcpGaps: 0,
  };

  constructor(options: CaptureDecoderOptions) {
    const file = options.file ?? DEFAULT_CAPTURE_FILE_LIMITS;
    this.parser = new CaptureFileParser(this, file);
    this.reassembler = new IpReassembler(options.reassembly ?? DEFAULT_REASSEMBLY_LIMITS);
    this.tcpLimits = options.tcp ?? DEFAULT_TCP_STREAM_LIMITS;
    this.maxStreams = options.maxTcpStreams ?? 4096;
    this.maxWarnings = file.maxWarnings;
  }

  get format(): CaptureFormat | undefined {
    return this.parser.format;
  }
  get interfaces(): readonly CaptureInterface[] {
    return this.parser.interfaces;
  }
  get failure(): ParseError | undefined {
    return this.parser.failure;
  }
  get warnings(): readonly CaptureWarning[] {
    const fileWarnings = this.parser.warnings;
    if (this.ownWarnings.length === 0) return fileWarnings;
    return [...fileWarnings, ...this.ownWarnings].sort((a, b) => a.packet - b.packet);
  }

  push(chunk: Uint8Array): CapturedDatagram[] {
    this.out = [];
    this.parser.push(chunk);
    return this.out;
  }

  end(): CapturedDatagram[] {
    this.out = [];
    this.parser.end();
    // Fragments still waiting when the capture ends (cut short, or a fragment never captured).
    const waiting = this.reassembler.size;
    if (waiting > 0)
      this.warn(
        new ParseError(
          "IP",
          "fragment",
          -1,
          `${waiting} fragmented datagram${waiting === 1 ? "" : "s"} incomplete at the end of the capture; lost`,
        ),
      );
    for (const flow of this.flows.values()) this.emitChunks(flow, flow.stream.flush());
    this.flows.clear();
    return this.out;
  }

  /** PacketSink: one captured frame. */
  packet(
    b: Uint8Array,
    start: number,
    end: number,
    _originalLength: number,
    interfaceIndex: number,
    linkType: number,
    seconds: number,
    nanoseconds: number,
  ): void {
    this.stats.packets++;
    this.number = this.parser.packets;
    this.iface = interfaceIndex;
    this.time = { seconds, nanoseconds };
    try {
      const ip = networkLayerOffset(linkType, b, start, end);
      if (ip < 0) {
        this.stats.nonIp++;
        if (!isSupportedLinkType(linkType) && !this.unsupportedLinks.has(linkType)) {
          this.unsupportedLinks.add(linkType);
          this.warn(
            new ParseError(
              "capture",
              "linkType",
              -1,
              `link type ${linkType} is not supported; its packets are skipped`,
            ),
          );
        }
        return;
      }
      if (ip >= end) throw new ParseError("IP", "header", ip - start, "no IP header after the link header");
      const version = b[ip]! >> 4;
      if (version === 4) this.ipv4(b, ip, end);
      else if (version === 6) this.ipv6(b, ip, end);
      else throw new ParseError("IP", "version", ip - start, `version is ${version}, expected 4 or 6`);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.stats.malformed++;
      this.warn(e.offset >= 0 ? relocateParseError(e, -start) : e);
    }
  }

  private warn(error: ParseError): void {
    if (this.ownWarnings.length < this.maxWarnings) this.ownWarnings.push({ packet: this.number, error });
  }

  private ipv4(b: Uint8Array, start: number, end: number): void {
    const h = parseIpv4(b, start, end);
    if (h.moreFragments || h.fragmentOffset > 0) {
      this.stats.fragments++;
      if (h.truncated)
        throw new ParseError("IPv4", "fragment", start, "fragment cut by the snap length; datagram lost");
      const key = `4:${h.source}:${h.destination}:${h.protocol}:${h.identification}`;
      const result = this.reassembler.add(
        key,
        h.protocol,
        h.fragmentOffset,
        h.moreFragments,
        b.subarray(h.payloadStart, h.payloadEnd),
        this.seconds(),
      );
      for (const reason of result.dropped) this.warn(new ParseError("IPv4", "fragment", -1, reason));
      if (!result.payload) return;
      this.stats.reassembled++;
      this.transport4(
        h.protocol,
        h.source,
        h.destination,
        result.payload,
        0,
        result.payload.length,
        result.payload.length,
      );
      return;
    }
    this.transport4(
      h.protocol,
      h.source,
      h.destination,
      b,
      h.payloadStart,
      h.payloadEnd,
      start + h.totalLength,
    );
  }

  private transport4(
    protocol: number,
    source: number,
    destination: number,
    b: Uint8Array,
    start: number,
    end: number,
    declaredEnd: number,
  ): void {
    const truncated = declaredEnd > end;
    if (protocol === IP_PROTOCOL_UDP) {
      const u = parseUdp(b, start, end, truncated);
      this.stats.udpDatagrams++;
      this.out.push({
        number: this.number,
        time: this.time,
        interface: this.iface,
        src: this.endpoint4(source, u.sourcePort),
        dst: this.endpoint4(destination, u.destinationPort),
        transport: "udp",
        payload: b.subarray(u.payloadStart, u.payloadEnd),
        truncated: u.truncated,
        gapBefore: 0,
      });
    } else if (protocol === IP_PROTOCOL_TCP) {
      const t = parseTcp(b, start, end);
      this.tcp(
        this.endpoint4(source, t.sourcePort),
        this.endpoint4(destination, t.destinationPort),
        b,
        t,
        declaredEnd,
      );
    } else {
      this.stats.otherProtocols++;
    }
  }

  private ipv6(b: Uint8Array, start: number, end: number): void {
    const h = parseIpv6(b, start, end);
    let data = b;
    let payloadStart = h.payloadStart;
    let payloadEnd = h.payloadEnd;
    let protocol = h.protocol;
    if (h.fragment) {
      this.stats.fragments++;
      if (h.truncated)
        throw new ParseError("IPv6", "fragment", start, "fragment cut by the snap length; datagram lost");
      const key = `6:${formatIpv6(h.source)}:${formatIpv6(h.destination)}:${h.fragment.identification}`;
      const result = this.reassembler.add(
        key,
        h.protocol,
        h.fragment.offset,
        h.fragment.moreFragments,
        b.subarray(h.payloadStart, h.payloadEnd),
        this.seconds(),
      );
      for (const reason of result.dropped) this.warn(new ParseError("IPv6", "fragment", -1, reason));
      if (!result.payload) return;
      this.stats.reassembled++;
      // RFC 8200 §4.5: the reassembled payload may start with further extension headers.
      const inner = skipExtensions(result.payload, result.protocol);
      data = result.payload;
      payloadStart = inner.offset;
      payloadEnd = data.length;
      protocol = inner.protocol;
    }
    if (protocol !== IP_PROTOCOL_UDP && protocol !== IP_PROTOCOL_TCP) {
      this.stats.otherProtocols++;
      return;
    }
    const src = formatIpv6(h.source);
    const dst = formatIpv6(h.destination);
    const truncated = h.truncated && !h.fragment;
    if (protocol === IP_PROTOCOL_UDP) {
      const u = parseUdp(data, payloadStart, payloadEnd, truncated);
      this.stats.udpDatagrams++;
      this.out.push({
        number: this.number,
        time: this.time,
        interface: this.iface,
        src: this.endpoint6(src, u.sourcePort),
        dst: this.endpoint6(dst, u.destinationPort),
        transport: "udp",
        payload: data.subarray(u.payloadStart, u.payloadEnd),
        truncated: u.truncated,
        gapBefore: 0,
      });
    } else {
      const t = parseTcp(data, payloadStart, payloadEnd);
      const declaredEnd = h.fragment ? payloadEnd : start + 40 + h.payloadLength;
      this.tcp(
        this.endpoint6(src, t.sourcePort),
        this.endpoint6(dst, t.destinationPort),
        data,
        t,
        declaredEnd,
      );
    }
  }

  private tcp(
    src: Endpoint,
    dst: Endpoint,
    b: Uint8Array,
    t: ReturnType<typeof parseTcp>,
    declaredEnd: number,
  ): void {
    this.stats.tcpSegments++;
    const flow = this.flow(src, dst);
    const payload = b.subarray(t.payloadStart, t.payloadEnd);
    // A segment cut by the snap length stands for more stream than was captured (IP length says how much).
    const wireLength = Math.max(payload.length, declaredEnd - t.payloadStart);
    const chunks = flow.stream.segment(t.sequenceNumber, t.flags, payload, wireLength);
    this.emitChunks(flow, chunks);
  }

  private flow(src: Endpoint, dst: Endpoint): FlowDirection {
    const key = `${src.ip}|${src.port}|${dst.ip}|${dst.port}`;
    let flow = this.flows.get(key);
    if (flow) {
      // Least recently used order: move to the end.
      this.flows.delete(key);
      this.flows.set(key, flow);
      return flow;
    }
    if (this.flows.size >= this.maxStreams) {
      const [oldestKey, oldest] = this.flows.entries().next().value as [string, FlowDirection];
      this.emitChunks(oldest, oldest.stream.flush());
      this.flows.delete(oldestKey);
      this.warn(
        new ParseError(
          "TCP",
          "streams",
          -1,
          `more than ${this.maxStreams} TCP directions; the oldest was dropped`,
        ),
      );
    }
    flow = {
      stream: new TcpStream(this.tcpLimits),
      src,
      dst,
      interface: this.iface,
      retransmittedBytes: 0,
      gaps: 0,
    };
    this.flows.set(key, flow);
    return flow;
  }

  private emitChunks(flow: FlowDirection, chunks: readonly StreamChunk[]): void {
    const s = flow.stream;
    this.stats.tcpRetransmittedBytes += s.retransmittedBytes - flow.retransmittedBytes;
    this.stats.tcpGaps += s.gaps - flow.gaps;
    flow.retransmittedBytes = s.retransmittedBytes;
    flow.gaps = s.gaps;
    for (const c of chunks) {
      this.out.push({
        number: this.number,
        time: this.time,
        interface: flow.interface,
        src: flow.src,
        dst: flow.dst,
        transport: "tcp",
        payload: c.data,
        truncated: false,
        gapBefore: c.gapBefore,
      });
    }
  }

  private seconds(): number {
    return this.time.seconds + this.time.nanoseconds / 1e9;
  }

  private endpoint4(address: number, port: number): Endpoint {
    const key = address * 65536 + port;
    let e = this.endpoints4.get(key);
    if (e === undefined) {
      if (this.endpoints4.size >= MAX_ENDPOINTS) this.endpoints4.clear();
      e = { ip: formatIpv4(address), port };
      this.endpoints4.set(key, e);
    }
    return e;
  }

  private endpoint6(address: string, port: number): Endpoint {
    const key = `${address}|${port}`;
    let e = this.endpoints6.get(key);
    if (e === undefined) {
      if (this.endpoints6.size >= MAX_ENDPOINTS) this.endpoints6.clear();
      e = { ip: address, port };
      this.endpoints6.set(key, e);
    }
    return e;
  }
}

/** RFC 8200 §4: walks extension headers at the start of a reassembled payload. */
function skipExtensions(b: Uint8Array, protocol: number): { offset: number; protocol: number } {
  let offset = 0;
  let next = protocol;
  for (let i = 0; i < 16 && (next === 0 || next === 43 || next === 60 || next === 51); i++) {
    if (offset + 8 > b.length)
      throw new ParseError("IPv6", `extension.${next}`, offset, "extension header truncated");
    const length = next === 51 ? (b[offset + 1]! + 2) * 4 : (b[offset + 1]! + 1) * 8;
    next = b[offset]!;
    offset += length;
  }
  if (offset > b.length)
    throw new ParseError("IPv6", "extension", offset, "extension headers run past the payload");
  return { offset, protocol: next };
}
