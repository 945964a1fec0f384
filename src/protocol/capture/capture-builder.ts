import { serializeEthernet } from "../net/ethernet.js";
import { parseIpv4Address } from "../net/ip-address.js";
import { serializeIpv4 } from "../net/ipv4.js";
import { serializeTcp, type TcpSegment } from "../net/tcp.js";
import { serializeUdp } from "../net/udp.js";
import { serializePcapFileHeader, serializePcapRecord } from "../pcap/pcap-file.js";
import {
  type PcapngInterface,
  serializePcapngEnhancedPacket,
  serializePcapngInterface,
  serializePcapngSectionHeader,
} from "../pcap/pcapng-block.js";

/**
 * Builds small capture files from packets, for tests and benchmarks: the serialisers of each
 * layer composed. Not used when reading.
 */
export interface BuiltPacket {
  readonly seconds: number;
  /** Microseconds for a microsecond file, nanoseconds for a nanosecond file. */
  readonly fraction: number;
  readonly frame: Uint8Array;
  /** Defaults to the frame length. */
  readonly originalLength?: number;
}

export function concatBytes(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

export interface PcapOptions {
  readonly linkType: number;
  readonly littleEndian?: boolean;
  readonly nanoseconds?: boolean;
  readonly snapLength?: number;
}

export function buildPcap(o: PcapOptions, packets: readonly BuiltPacket[]): Uint8Array {
  const header = {
    littleEndian: o.littleEndian ?? true,
    nanoseconds: o.nanoseconds ?? false,
    modified: false,
    versionMajor: 2,
    versionMinor: 4,
    snapLength: o.snapLength ?? 262144,
    linkType: o.linkType,
    fcsLength: 0,
  };
  return concatBytes([
    serializePcapFileHeader(header),
    ...packets.map((p) =>
      serializePcapRecord(
        header,
        { seconds: p.seconds, fraction: p.fraction, originalLength: p.originalLength ?? p.frame.length },
        p.frame,
      ),
    ),
  ]);
}

export interface PcapngPacket {
  readonly interfaceId: number;
  /** Timestamp in the interface's units. */
  readonly timestamp: bigint;
  readonly frame: Uint8Array;
  readonly originalLength?: number;
}

/** One section: SHB, the interfaces, then the packets as EPBs. */
export function buildPcapngSection(
  littleEndian: boolean,
  interfaces: readonly PcapngInterface[],
  packets: readonly PcapngPacket[],
): Uint8Array {
  return concatBytes([
    serializePcapngSectionHeader({ littleEndian, versionMajor: 1, versionMinor: 0 }),
    ...interfaces.map((i) => serializePcapngInterface(i, littleEndian)),
    ...packets.map((p) =>
      serializePcapngEnhancedPacket(
        {
          interfaceId: p.interfaceId,
          timestampHigh: Number(p.timestamp >> 32n),
          timestampLow: Number(p.timestamp & 0xffffffffn),
          originalLength: p.originalLength ?? p.frame.length,
          data: p.frame,
        },
        littleEndian,
      ),
    ),
  ]);
}

export const ETHERNET_INTERFACE: PcapngInterface = {
  linkType: 1,
  snapLength: 262144,
  tsBase: 10,
  tsExponent: 6,
  tsOffset: 0,
};

const MAC_A = Uint8Array.of(0x02, 0, 0, 0, 0, 0x0a);
const MAC_B = Uint8Array.of(0x02, 0, 0, 0, 0, 0x0b);

/** Ethernet II + IPv4 + UDP. */
export function udp4Frame(
  src: string,
  sport: number,
  dst: string,
  dport: number,
  payload: Uint8Array,
): Uint8Array {
  return ethernet4(
    serializeIpv4({
      protocol: 17,
      source: parseIpv4Address(src),
      destination: parseIpv4Address(dst),
      payload: serializeUdp(sport, dport, payload),
    }),
  );
}

/** Ethernet II + IPv4 + TCP. */
export function tcp4Frame(src: string, dst: string, segment: TcpSegment): Uint8Array {
  return ethernet4(
    serializeIpv4({
      protocol: 6,
      source: parseIpv4Address(src),
      destination: parseIpv4Address(dst),
      payload: serializeTcp(segment),
    }),
  );
}

export function ethernet4(ipPacket: Uint8Array): Uint8Array {
  return serializeEthernet({ destination: MAC_B, source: MAC_A, vlanTags: [], etherType: 0x0800 }, ipPacket);
}
