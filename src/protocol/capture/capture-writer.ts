import { parseIpv4Address, parseIpv6Address } from "../net/ip-address.js";
import { internetChecksum, onesSum, serializeIpv4 } from "../net/ipv4.js";
import { serializeIpv6 } from "../net/ipv6.js";
import { LinkType } from "../net/link-layer.js";
import { IP_PROTOCOL_TCP, serializeTcp, TcpFlag } from "../net/tcp.js";
import { IP_PROTOCOL_UDP, serializeUdp } from "../net/udp.js";
import {
  PCAPNG_ENHANCED_PACKET,
  type PcapngOption,
  serializePcapngBlock,
  serializePcapngInterface,
  serializePcapngOptions,
  serializePcapngSectionHeader,
} from "../pcap/pcapng-block.js";
import { concatBytes } from "./capture-builder.js";

/**
 * Writes a pcapng capture (draft-ietf-opsawg-pcapng) of traffic seen at the socket layer: each
 * UDP datagram and each piece of a TCP byte stream becomes a raw IP packet (LINKTYPE_RAW, no link
 * header to invent) with the real addresses and ports. For streams, the TCP segments around the
 * bytes are synthesised: a three-way handshake when a connection is first seen, sequence and
 * acknowledgment numbers that count the bytes of each direction (RFC 9293 §3.4), so that Wireshark
 * and our own decoder reassemble the stream, and FINs when it closes. Checksums are computed.
 * Pure: the caller passes time and gets bytes to append to the file.
 */
export interface CaptureAddress {
  /** Dotted IPv4 or IPv6 text. */
  readonly host: string;
  readonly port: number;
}

export interface CaptureWriterOptions {
  /** Section comment (shb_comment): what the capture holds and how it was made. */
  readonly comment?: string;
  /** shb_userappl. */
  readonly application?: string;
  /** if_name of the one interface. */
  readonly interfaceName?: string;
}

/** Largest TCP payload per synthesised segment (keeps each IPv4 packet under 65535 octets). */
export const SYNTH_MSS = 32768;
const SNAP_LENGTH = 262144;
const OPT_COMMENT = 1;
const SHB_USERAPPL = 4;
const ENCODER = new TextEncoder();

interface Connection {
  readonly client: CaptureAddress;
  readonly server: CaptureAddress;
  /** Next sequence number each side will send: [client, server]. */
  readonly next: [number, number];
  finished: boolean;
}

const key = (a: CaptureAddress) => `${a.host}|${a.port}`;
const connectionKey = (a: CaptureAddress, b: CaptureAddress) => {
  const x = key(a);
  const y = key(b);
  return x < y ? `${x}|${y}` : `${y}|${x}`;
};
const same = (a: CaptureAddress, b: CaptureAddress) => a.host === b.host && a.port === b.port;

export class CaptureWriter {
  private readonly connections = new Map<string, Connection>();
  private ipId = 0;
  private connectionCount = 0;
  private packetCount = 0;

  constructor(private readonly options: CaptureWriterOptions = {}) {}

  /** Packets written so far (not counting the header). */
  get packets(): number {
    return this.packetCount;
  }

  /** The Section Header Block and the one Interface Description Block (raw IP, microseconds). */
  header(): Uint8Array {
    const options: PcapngOption[] = [];
    if (this.options.comment)
      options.push({ code: OPT_COMMENT, value: ENCODER.encode(this.options.comment) });
    if (this.options.application)
      options.push({ code: SHB_USERAPPL, value: ENCODER.encode(this.options.application) });
    return concatBytes([
      serializePcapngSectionHeader({ littleEndian: true, versionMajor: 1, versionMinor: 0 }, options),
      serializePcapngInterface(
        {
          linkType: LinkType.RAW,
          snapLength: SNAP_LENGTH,
          tsBase: 10,
          tsExponent: 6,
          tsOffset: 0,
          ...(this.options.interfaceName ? { name: this.options.interfaceName } : {}),
        },
        true,
      ),
    ]);
  }

  /** One UDP datagram (RFC 768) from `src` to `dst` at `timeUs` (microseconds since 1970). */
  datagram(timeUs: number, src: CaptureAddress, dst: CaptureAddress, payload: Uint8Array, comment?: string) {
    const udp = serializeUdp(src.port, dst.port, payload);
    return this.packet(timeUs, src, dst, IP_PROTOCOL_UDP, udp, 6, comment);
  }

  /**
   * A TCP connection from `client` to `server` is set up: SYN, SYN-ACK, ACK (RFC 9293 §3.5).
   * A connection already open between the two is left as it is (empty result).
   */
  open(timeUs: number, client: CaptureAddress, server: CaptureAddress): Uint8Array {
    const k = connectionKey(client, server);
    const existing = this.connections.get(k);
    if (existing && !existing.finished) return new Uint8Array(0);
    const n = ++this.connectionCount;
    // Deterministic initial sequence numbers, different per connection and side.
    const isn: [number, number] = [(n * 0x01000193 + 0x10000) >>> 0, (n * 0x7feb352d + 0x20000) >>> 0];
    const c: Connection = { client, server, next: [isn[0], isn[1]], finished: false };
    this.connections.set(k, c);
    const { SYN, ACK } = TcpFlag;
    // Each SYN takes one sequence number; each side acknowledges the other's.
    const out = [this.segment(timeUs, c, 0, SYN, new Uint8Array(0), false)];
    c.next[0] = (c.next[0] + 1) >>> 0;
    out.push(this.segment(timeUs, c, 1, SYN | ACK, new Uint8Array(0), true));
    c.next[1] = (c.next[1] + 1) >>> 0;
    out.push(this.segment(timeUs, c, 0, ACK, new Uint8Array(0), true));
    return concatBytes(out);
  }

  /**
   * Bytes `src` wrote to the connection with `dst`, as one or more PSH+ACK segments. When no open
   * connection joins the two, `src` is taken to have opened one (SIP and BFCP clients speak first).
   */
  stream(timeUs: number, src: CaptureAddress, dst: CaptureAddress, payload: Uint8Array, comment?: string) {
    const parts: Uint8Array[] = [];
    let c = this.connections.get(connectionKey(src, dst));
    if (!c || c.finished) {
      parts.push(this.open(timeUs, src, dst));
      c = this.connections.get(connectionKey(src, dst))!;
    }
    const side = same(src, c.client) ? 0 : 1;
    for (let o = 0; o < payload.length; o += SYNTH_MSS) {
      const piece = payload.subarray(o, Math.min(payload.length, o + SYNTH_MSS));
      parts.push(this.segment(timeUs, c, side, TcpFlag.PSH | TcpFlag.ACK, piece, true, comment));
      c.next[side] = (c.next[side]! + piece.length) >>> 0;
    }
    return concatBytes(parts);
  }

  /** The connection closes: FIN from `from`, FIN from the other side, last ACK (RFC 9293 §3.6). */
  close(timeUs: number, from: CaptureAddress, to: CaptureAddress): Uint8Array {
    const k = connectionKey(from, to);
    const c = this.connections.get(k);
    if (!c || c.finished) return new Uint8Array(0);
    c.finished = true;
    const a = same(from, c.client) ? 0 : 1;
    const b = 1 - a;
    const { FIN, ACK } = TcpFlag;
    const out = [this.segment(timeUs, c, a, FIN | ACK, new Uint8Array(0), true)];
    c.next[a] = (c.next[a]! + 1) >>> 0;
    out.push(this.segment(timeUs, c, b, FIN | ACK, new Uint8Array(0), true));
    c.next[b] = (c.next[b]! + 1) >>> 0;
    out.push(this.segment(timeUs, c, a, ACK, new Uint8Array(0), true));
    this.connections.delete(k);
    return concatBytes(out);
  }

  /** Closes every connection still open (end of the capture). */
  closeAll(timeUs: number): Uint8Array {
    return concatBytes([...this.connections.values()].map((c) => this.close(timeUs, c.client, c.server)));
  }

  private segment(
    timeUs: number,
    c: Connection,
    side: number,
    flags: number,
    payload: Uint8Array,
    withAck: boolean,
    comment?: string,
  ): Uint8Array {
    const src = side === 0 ? c.client : c.server;
    const dst = side === 0 ? c.server : c.client;
    const tcp = serializeTcp({
      sourcePort: src.port,
      destinationPort: dst.port,
      sequenceNumber: c.next[side]!,
      ...(withAck ? { acknowledgmentNumber: c.next[1 - side]! } : {}),
      flags,
      payload,
    });
    return this.packet(timeUs, src, dst, IP_PROTOCOL_TCP, tcp, 16, comment);
  }

  /** Wraps a UDP datagram or TCP segment in IPv4/IPv6 with its checksum at `checksumAt`, as an EPB. */
  private packet(
    timeUs: number,
    src: CaptureAddress,
    dst: CaptureAddress,
    protocol: number,
    transport: Uint8Array,
    checksumAt: number,
    comment: string | undefined,
  ): Uint8Array {
    const v6 = src.host.includes(":");
    if (v6 !== dst.host.includes(":")) throw new RangeError("capture: IPv4 and IPv6 ends in one packet");
    const s = v6 ? parseIpv6Address(src.host) : addressBytes4(parseIpv4Address(src.host));
    const d = v6 ? parseIpv6Address(dst.host) : addressBytes4(parseIpv4Address(dst.host));
    // RFC 768, RFC 9293 §3.1, RFC 8200 §8.1: the checksum covers a pseudo-header of the addresses.
    let sum = onesSum(s, 0);
    sum = onesSum(d, sum);
    sum += protocol + transport.length;
    transport[checksumAt] = 0;
    transport[checksumAt + 1] = 0;
    let check = internetChecksum(transport, sum);
    if (check === 0 && protocol === IP_PROTOCOL_UDP) check = 0xffff; // RFC 768: 0 means "none"
    transport[checksumAt] = check >> 8;
    transport[checksumAt + 1] = check & 0xff;
    this.ipId = (this.ipId + 1) & 0xffff;
    const ip = v6
      ? serializeIpv6({ source: s, destination: d, protocol, payload: transport, hopLimit: 64 })
      : serializeIpv4({
          protocol,
          source: parseIpv4Address(src.host),
          destination: parseIpv4Address(dst.host),
          identification: this.ipId,
          dontFragment: true,
          payload: transport,
        });
    this.packetCount++;
    return enhancedPacket(timeUs, ip, comment === undefined ? [] : [comment]);
  }
}

/** §4.3 Enhanced Packet Block on interface 0, with opt_comment options. */
function enhancedPacket(timeUs: number, data: Uint8Array, comments: readonly string[]): Uint8Array {
  const opts = serializePcapngOptions(
    comments.map((c) => ({ code: OPT_COMMENT, value: ENCODER.encode(c) })),
    true,
  );
  const padded = (data.length + 3) & ~3;
  const body = new Uint8Array(20 + padded + opts.length);
  const view = new DataView(body.buffer);
  const high = Math.floor(timeUs / 4294967296);
  view.setUint32(0, 0, true);
  view.setUint32(4, high, true);
  view.setUint32(8, timeUs - high * 4294967296, true);
  view.setUint32(12, data.length, true);
  view.setUint32(16, data.length, true);
  body.set(data, 20);
  body.set(opts, 20 + padded);
  return serializePcapngBlock(PCAPNG_ENHANCED_PACKET, body, true);
}

function addressBytes4(a: number): Uint8Array {
  return Uint8Array.of(a >>> 24, (a >>> 16) & 0xff, (a >>> 8) & 0xff, a & 0xff);
}
