import { ParseError } from "../parse-error.js";
import { readU32 } from "./byte-order.js";
import {
  detectPcapMagic,
  PCAP_FILE_HEADER_LENGTH,
  PCAP_MODIFIED_RECORD_HEADER_LENGTH,
  PCAP_RECORD_HEADER_LENGTH,
  type PcapFileHeader,
  parsePcapFileHeader,
} from "./pcap-file.js";
import {
  enhancedPacketCapturedLength,
  PCAPNG_BLOCK_OVERHEAD,
  PCAPNG_ENHANCED_PACKET,
  PCAPNG_INTERFACE_DESCRIPTION,
  PCAPNG_PACKET_BLOCK,
  PCAPNG_SECTION_HEADER,
  PCAPNG_SIMPLE_PACKET,
  type PcapngInterface,
  parsePcapngInterface,
  parsePcapngSectionHeader,
  pcapngTimestamp,
  sectionByteOrder,
} from "./pcapng-block.js";

/**
 * Receives each packet of a capture file without any allocation by the parser: `data[start, end)`
 * is a view that stays valid (the parser never writes into a buffer it has handed out).
 */
export interface PacketSink {
  packet(
    data: Uint8Array,
    start: number,
    end: number,
    originalLength: number,
    interfaceIndex: number,
    linkType: number,
    seconds: number,
    nanoseconds: number,
  ): void;
}

/** An interface a capture was taken on. pcap files have one; pcapng one per IDB, over all sections. */
export interface CaptureInterface {
  /** Index over the whole file (pcapng interface ids restart in each section; these do not). */
  readonly index: number;
  readonly linkType: number;
  readonly snapLength: number;
  readonly name?: string;
}

/** A problem with one record that did not stop the reading. */
export interface CaptureWarning {
  /** 1-based number of the packet concerned, or 0 for a problem outside any packet. */
  readonly packet: number;
  readonly error: ParseError;
}

export interface CaptureFileLimits {
  /** Largest pcap record or pcapng block accepted, bytes. Default 16 MiB (as Wireshark). */
  readonly maxBlockLength: number;
  /** Warnings kept; later ones are only counted. Default 1000. */
  readonly maxWarnings: number;
}

export const DEFAULT_CAPTURE_FILE_LIMITS: CaptureFileLimits = {
  maxBlockLength: 16 * 1024 * 1024,
  maxWarnings: 1000,
};

export type CaptureFormat = "pcap" | "pcapng";

type State = "start" | "pcap" | "pcapng" | "failed" | "ended";

/**
 * A push parser for pcap and pcapng files: feed it the file in chunks of any size; each complete
 * packet goes to the sink as a view into the chunk (or, for a packet cut by a chunk boundary, into a
 * fresh buffer holding just that packet). Memory stays at one chunk plus one block.
 *
 * It never throws on bad input. A problem inside one packet is a warning; a problem that loses the
 * framing (bad magic, impossible length, trailer mismatch, truncation) stops the reading and is kept
 * in `failure`, and packets before it stay delivered.
 */
export class CaptureFileParser {
  private state: State = "start";
  private carry: Uint8Array = EMPTY;
  private carryLength = 0;
  /** File offset of the first byte not yet consumed (start of the unit in `carry`, if any). */
  private position = 0;
  private pcapHeader: PcapFileHeader | undefined;
  private recordHeaderLength = PCAP_RECORD_HEADER_LENGTH;
  private maxRecordLength = 0;
  private littleEndian = true;
  private sectionInterfaces: { readonly index: number; readonly iface: PcapngInterface }[] = [];
  private readonly time = { seconds: 0, nanoseconds: 0 };
  private readonly warningList: CaptureWarning[] = [];

  readonly interfaces: CaptureInterface[] = [];
  format: CaptureFormat | undefined;
  failure: ParseError | undefined;
  /** Packets delivered so far. */
  packets = 0;
  warningsDropped = 0;

  constructor(
    private readonly sink: PacketSink,
    private readonly limits: CaptureFileLimits = DEFAULT_CAPTURE_FILE_LIMITS,
  ) {}

  get warnings(): readonly CaptureWarning[] {
    return this.warningList;
  }

  /** Bytes consumed so far. */
  get bytesRead(): number {
    return this.position + this.carryLength;
  }

  push(chunk: Uint8Array): void {
    if (this.state === "failed" || this.state === "ended") return;
    try {
      let offset = 0;
      if (this.carryLength > 0) {
        offset = this.completeCarry(chunk);
        if (offset < 0) return;
      }
      offset = this.consumeUnits(chunk, offset);
      if (offset < chunk.length) {
        this.carry = chunk.slice(offset);
        this.carryLength = this.carry.length;
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.fail(e);
    }
  }

  /** The file has ended: a partial record left over is reported as a truncation. */
  end(): void {
    if (this.state === "failed" || this.state === "ended") return;
    if (this.state === "start" && this.carryLength === 0) {
      this.fail(new ParseError("capture", "header", 0, "file is empty"));
      return;
    }
    if (this.carryLength > 0) {
      let needed: number;
      try {
        needed = this.unitLength(this.carry, 0, this.carryLength);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.fail(e);
        return;
      }
      const what = this.state === "start" ? "file header" : this.state === "pcap" ? "record" : "block";
      this.fail(
        new ParseError(
          this.format ?? "capture",
          what,
          this.position,
          `file ends inside a ${what}: ${this.carryLength} of ${needed} bytes present`,
        ),
      );
      return;
    }
    this.state = "ended";
  }

  private fail(e: ParseError): void {
    this.failure = e;
    this.state = "failed";
    this.carry = EMPTY;
    this.carryLength = 0;
  }

  private warn(error: ParseError, packet: number): void {
    if (this.warningList.length < this.limits.maxWarnings) this.warningList.push({ packet, error });
    else this.warningsDropped++;
  }

  /** Tops up the carried partial unit from `chunk`; returns the chunk offset after it, or -1. */
  private completeCarry(chunk: Uint8Array): number {
    let offset = 0;
    for (;;) {
      const needed = this.unitLength(this.carry, 0, this.carryLength);
      if (needed <= this.carryLength) {
        const unit = this.carry;
        // The unit may be handed out as views: never write into this buffer again.
        this.carry = EMPTY;
        this.carryLength = 0;
        this.consumeUnit(unit, 0, needed);
        this.position += needed;
        return offset;
      }
      if (this.carry.length < needed) {
        const grown = new Uint8Array(needed);
        grown.set(this.carry.subarray(0, this.carryLength));
        this.carry = grown;
      }
      const take = Math.min(needed - this.carryLength, chunk.length - offset);
      this.carry.set(chunk.subarray(offset, offset + take), this.carryLength);
      this.carryLength += take;
      offset += take;
      if (this.carryLength < needed) return -1;
    }
  }

  private consumeUnits(b: Uint8Array, offset: number): number {
    while (offset < b.length && this.state !== "failed") {
      const needed = this.unitLength(b, offset, b.length - offset);
      if (needed > b.length - offset) break;
      this.consumeUnit(b, offset, needed);
      offset += needed;
      this.position += needed;
    }
    return offset;
  }

  /**
   * Length of the unit (file header, record, block) starting at `b[offset]` when its header is
   * present in the `available` bytes; otherwise the header length, which is more than `available`.
   */
  private unitLength(b: Uint8Array, offset: number, available: number): number {
    switch (this.state) {
      case "start": {
        if (available < 4) return 4;
        if (readU32(b, offset, true) === PCAPNG_SECTION_HEADER) return this.blockLength(b, offset, available);
        if (detectPcapMagic(b.subarray(offset, offset + 4))) return PCAP_FILE_HEADER_LENGTH;
        throw new ParseError(
          "capture",
          "header.magic",
          this.position,
          `magic 0x${readU32(b, offset, false).toString(16).padStart(8, "0")} is neither pcap nor pcapng`,
        );
      }
      case "pcap": {
        const h = this.recordHeaderLength;
        if (available < h) return h;
        const captured = readU32(b, offset + 8, this.littleEndian);
        if (captured > this.maxRecordLength) {
          throw new ParseError(
            "pcap",
            "record.capturedLength",
            this.position + 8,
            `captured length ${captured} of packet ${this.packets + 1} exceeds ${this.maxRecordLength}`,
          );
        }
        return h + captured;
      }
      case "pcapng":
        return this.blockLength(b, offset, available);
      default:
        return 0;
    }
  }

  /** draft-ietf-opsawg-pcapng §3.1: block total length, checked (≥ 12, multiple of 4, bounded). */
  private blockLength(b: Uint8Array, offset: number, available: number): number {
    if (available < 8) return 8;
    let le = this.littleEndian;
    if (readU32(b, offset, true) === PCAPNG_SECTION_HEADER) {
      // The byte order of a new section is only known from its byte-order magic.
      if (available < 12) return 12;
      le = sectionByteOrder(b, offset);
    }
    const length = readU32(b, offset + 4, le);
    if (length < PCAPNG_BLOCK_OVERHEAD || length % 4 !== 0 || length > this.limits.maxBlockLength) {
      throw new ParseError(
        "pcapng",
        "block.totalLength",
        this.position + 4,
        `block total length ${length} is invalid (needs a multiple of 4 from 12 to ${this.limits.maxBlockLength})`,
      );
    }
    return length;
  }

  private consumeUnit(b: Uint8Array, offset: number, length: number): void {
    if (this.state === "start") {
      if (readU32(b, offset, true) === PCAPNG_SECTION_HEADER) {
        this.format = "pcapng";
        this.state = "pcapng";
        this.consumeBlock(b, offset, length);
      } else {
        this.startPcap(b.subarray(offset, offset + length));
      }
    } else if (this.state === "pcap") {
      this.consumeRecord(b, offset, length);
    } else {
      this.consumeBlock(b, offset, length);
    }
  }

  private startPcap(header: Uint8Array): void {
    const h = parsePcapFileHeader(header);
    this.format = "pcap";
    this.state = "pcap";
    this.pcapHeader = h;
    this.littleEndian = h.littleEndian;
    this.recordHeaderLength = h.modified ? PCAP_MODIFIED_RECORD_HEADER_LENGTH : PCAP_RECORD_HEADER_LENGTH;
    // Wireshark rejects records over 256 KiB unless the snap length says more.
    this.maxRecordLength = Math.min(Math.max(h.snapLength, 262144), this.limits.maxBlockLength);
    this.interfaces.push({ index: 0, linkType: h.linkType, snapLength: h.snapLength });
  }

  /** draft-ietf-opsawg-pcap §5. */
  private consumeRecord(b: Uint8Array, offset: number, length: number): void {
    const h = this.pcapHeader!;
    const le = this.littleEndian;
    const packet = ++this.packets;
    let seconds = readU32(b, offset, le);
    const fraction = readU32(b, offset + 4, le);
    let nanoseconds = h.nanoseconds ? fraction : fraction * 1000;
    if (nanoseconds >= 1e9) {
      this.warn(
        new ParseError(
          "pcap",
          "record.timestamp",
          this.position + 4,
          `${h.nanoseconds ? "nanoseconds" : "microseconds"} field ${fraction} is a second or more`,
        ),
        packet,
      );
      const carry = Math.floor(nanoseconds / 1e9);
      seconds += carry;
      nanoseconds -= carry * 1e9;
    }
    const start = offset + this.recordHeaderLength;
    this.sink.packet(
      b,
      start,
      offset + length,
      readU32(b, offset + 12, le),
      0,
      h.linkType,
      seconds,
      nanoseconds,
    );
  }

  private consumeBlock(b: Uint8Array, offset: number, length: number): void {
    const le =
      readU32(b, offset, true) === PCAPNG_SECTION_HEADER ? sectionByteOrder(b, offset) : this.littleEndian;
    if (readU32(b, offset + length - 4, le) !== length) {
      throw new ParseError(
        "pcapng",
        "block.trailingLength",
        this.position + length - 4,
        `trailing total length ${readU32(b, offset + length - 4, le)} differs from the leading ${length}`,
      );
    }
    const type = readU32(b, offset, le);
    switch (type) {
      case PCAPNG_SECTION_HEADER: {
        let shb: ReturnType<typeof parsePcapngSectionHeader>;
        try {
          shb = parsePcapngSectionHeader(b, offset, length);
        } catch (e) {
          if (e instanceof ParseError) throw relocateParseError(e, this.position - offset);
          throw e;
        }
        this.littleEndian = shb.littleEndian;
        this.sectionInterfaces = [];
        return;
      }
      case PCAPNG_INTERFACE_DESCRIPTION:
        this.addInterface(b, offset, length);
        return;
      case PCAPNG_ENHANCED_PACKET:
        this.enhancedPacket(b, offset, length, false);
        return;
      case PCAPNG_PACKET_BLOCK:
        this.enhancedPacket(b, offset, length, true);
        return;
      case PCAPNG_SIMPLE_PACKET:
        this.simplePacket(b, offset, length);
        return;
      default:
        return; // §3.1: a reader skips blocks it does not know, by their length.
    }
  }

  /** draft-ietf-opsawg-pcapng §4.2. A bad IDB is fatal: later packets would not know their link. */
  private addInterface(b: Uint8Array, offset: number, length: number): void {
    let iface: PcapngInterface;
    try {
      iface = parsePcapngInterface(b, offset, length, this.littleEndian);
    } catch (e) {
      if (e instanceof ParseError) throw relocateParseError(e, this.position - offset);
      throw e;
    }
    const index = this.interfaces.length;
    const described: CaptureInterface = { index, linkType: iface.linkType, snapLength: iface.snapLength };
    this.interfaces.push(iface.name === undefined ? described : { ...described, name: iface.name });
    this.sectionInterfaces.push({ index, iface });
  }

  /** §4.3 Enhanced Packet Block, or Appendix A obsolete Packet Block (16-bit interface id). */
  private enhancedPacket(b: Uint8Array, offset: number, length: number, obsolete: boolean): void {
    const le = this.littleEndian;
    const packet = ++this.packets;
    let captured: number;
    try {
      captured = enhancedPacketCapturedLength(b, offset, length, le);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.warn(relocateParseError(e, this.position - offset), packet);
      return;
    }
    const id = obsolete
      ? le
        ? b[offset + 8]! | (b[offset + 9]! << 8)
        : (b[offset + 8]! << 8) | b[offset + 9]!
      : readU32(b, offset + 8, le);
    const entry = this.sectionInterfaces[id];
    if (entry === undefined) {
      this.warn(
        new ParseError(
          "pcapng",
          "epb.interfaceId",
          this.position + 8,
          `interface ${id} was not described in this section`,
        ),
        packet,
      );
      return;
    }
    pcapngTimestamp(readU32(b, offset + 12, le), readU32(b, offset + 16, le), entry.iface, this.time);
    this.sink.packet(
      b,
      offset + 28,
      offset + 28 + captured,
      readU32(b, offset + 24, le),
      entry.index,
      entry.iface.linkType,
      this.time.seconds,
      this.time.nanoseconds,
    );
  }

  /** §4.4: interface 0, no timestamp: the packet gets the time of the packet before it. */
  private simplePacket(b: Uint8Array, offset: number, length: number): void {
    const packet = ++this.packets;
    if (length < 16) {
      this.warn(
        new ParseError("pcapng", "spb.length", this.position + 4, `block length ${length} is below 16`),
        packet,
      );
      return;
    }
    const entry = this.sectionInterfaces[0];
    if (entry === undefined) {
      this.warn(
        new ParseError("pcapng", "spb.interface", this.position, "no interface described in this section"),
        packet,
      );
      return;
    }
    const original = readU32(b, offset + 8, this.littleEndian);
    let captured = Math.min(original, length - 16);
    if (entry.iface.snapLength > 0) captured = Math.min(captured, entry.iface.snapLength);
    this.sink.packet(
      b,
      offset + 12,
      offset + 12 + captured,
      original,
      entry.index,
      entry.iface.linkType,
      this.time.seconds,
      this.time.nanoseconds,
    );
  }
}

const EMPTY = new Uint8Array(0);

/** The same error with its offset moved by `delta` (from a buffer offset to a file or packet offset). */
export function relocateParseError(e: ParseError, delta: number): ParseError {
  const suffix = e.message.lastIndexOf(" (");
  const detail = e.message.slice(e.format.length + 2, suffix < 0 ? undefined : suffix);
  return new ParseError(e.format, e.field, e.offset + delta, detail);
}
