import { ParseError } from "../parse-error.js";
import { joinAnnexB } from "./annex-b.js";
import { parseFuA } from "./fu-a.js";
import { NalType } from "./nal-unit.js";
import { parseStapA } from "./stap-a.js";

/** The RTP fields the depacketizer needs (header already parsed by the caller). */
export interface H264RtpPacket {
  readonly sequenceNumber: number;
  readonly timestamp: number;
  readonly marker: boolean;
  readonly payload: Uint8Array;
}

export interface DepacketizedAccessUnit {
  /** RTP timestamp shared by all packets of the access unit. */
  readonly timestamp: number;
  readonly nals: readonly Uint8Array[];
  /** The NAL units with 4-byte start codes, ready for a decoder. */
  readonly annexB: Uint8Array;
  /** An IDR slice (type 5) is present. */
  readonly keyframe: boolean;
  /** False when a packet of this access unit may have been lost or a NAL was dropped. */
  readonly complete: boolean;
  /** Sequence number of the packet that completed the access unit. */
  readonly lastSequenceNumber: number;
}

export interface H264DepacketizerStats {
  packets: number;
  /** Packets missing according to sequence numbers. */
  lost: number;
  /** Packets older than the last one accepted (reordered or duplicated): dropped. */
  late: number;
  /** Payloads that failed to parse, or use a type mode 1 does not allow (STAP-B, MTAP, FU-B). */
  malformed: number;
  /** NAL units thrown away because a fragment was missing. */
  droppedNals: number;
  accessUnits: number;
}

interface Fragment {
  header: number;
  parts: Uint8Array[];
}

/**
 * RFC 6184 depacketizer for packetization modes 0 and 1: single NAL unit packets (§5.6),
 * STAP-A (§5.7.1) and FU-A (§5.8). It never throws on payload content: damage is counted in
 * `stats`, an FU-A with a missing fragment is dropped whole (§5.8: "the receiver ... SHOULD
 * discard" a NAL unit with a lost fragment), and the access unit it belonged to is reported
 * with complete = false. An access unit ends at the marker bit or when the timestamp changes.
 */
export class H264Depacketizer {
  readonly stats: H264DepacketizerStats = {
    packets: 0,
    lost: 0,
    late: 0,
    malformed: 0,
    droppedNals: 0,
    accessUnits: 0,
  };
  private expectedSeq: number | undefined;
  private auTimestamp: number | undefined;
  private nals: Uint8Array[] = [];
  private damaged = false;
  private fragment: Fragment | undefined;
  private lastSeq = 0;

  push(packet: H264RtpPacket): DepacketizedAccessUnit[] {
    const out: DepacketizedAccessUnit[] = [];
    const seq = packet.sequenceNumber & 0xffff;
    let gap = 0;
    if (this.expectedSeq !== undefined) {
      const diff = (seq - this.expectedSeq) & 0xffff;
      if (diff >= 0x8000) {
        this.stats.late++;
        return out;
      }
      gap = diff;
    }
    this.stats.packets++;
    this.stats.lost += gap;
    this.expectedSeq = (seq + 1) & 0xffff;
    const ts = packet.timestamp >>> 0;
    if (this.auTimestamp !== undefined && ts !== this.auTimestamp) {
      // The marker packet never came: it was lost, or the sender does not set it.
      if (gap > 0) this.damaged = true;
      out.push(...this.finish());
    }
    if (gap > 0) {
      this.dropFragment();
      this.damaged = true; // lost packets may belong to this access unit
    }
    this.auTimestamp = ts;
    this.lastSeq = seq;
    this.accept(packet.payload);
    if (packet.marker) out.push(...this.finish());
    return out;
  }

  /** End of stream: reports the access unit still open. */
  flush(): DepacketizedAccessUnit[] {
    return this.finish();
  }

  private accept(payload: Uint8Array): void {
    try {
      if (payload.length === 0) throw new ParseError("RTP H.264", "payload", 0, "empty payload");
      const type = payload[0]! & 0x1f;
      if (type >= 1 && type <= 23) {
        this.dropFragment();
        this.nals.push(payload.slice());
      } else if (type === NalType.stapA) {
        const nals = parseStapA(payload);
        this.dropFragment();
        this.nals.push(...nals);
      } else if (type === NalType.fuA) {
        this.acceptFragment(payload);
      } else {
        throw new ParseError(
          "RTP H.264",
          "nal_unit_header.type",
          0,
          `type ${type} is not allowed in mode 0 or 1`,
        );
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.stats.malformed++;
      this.dropFragment();
      this.damaged = true;
    }
  }

  private acceptFragment(payload: Uint8Array): void {
    const fu = parseFuA(payload);
    if (fu.start) {
      this.dropFragment();
      this.fragment = {
        header: fu.fnri | fu.type,
        parts: [Uint8Array.of(fu.fnri | fu.type), fu.data.slice()],
      };
    } else if (!this.fragment || this.fragment.header !== (fu.fnri | fu.type)) {
      // Its start was lost (or it belongs to another NAL): nothing sane can be built from it.
      if (this.fragment) this.dropFragment();
      this.damaged = true;
      return;
    } else {
      this.fragment.parts.push(fu.data.slice());
    }
    if (fu.end && this.fragment) {
      const total = this.fragment.parts.reduce((s, p) => s + p.length, 0);
      const nal = new Uint8Array(total);
      let o = 0;
      for (const p of this.fragment.parts) {
        nal.set(p, o);
        o += p.length;
      }
      this.nals.push(nal);
      this.fragment = undefined;
    }
  }

  private dropFragment(): void {
    if (!this.fragment) return;
    this.fragment = undefined;
    this.stats.droppedNals++;
    this.damaged = true;
  }

  private finish(): DepacketizedAccessUnit[] {
    this.dropFragment();
    const nals = this.nals;
    const timestamp = this.auTimestamp;
    const complete = !this.damaged;
    this.nals = [];
    this.damaged = false;
    this.auTimestamp = undefined;
    if (timestamp === undefined || nals.length === 0) return [];
    this.stats.accessUnits++;
    return [
      {
        timestamp,
        nals,
        annexB: joinAnnexB(nals),
        keyframe: nals.some((n) => (n[0]! & 0x1f) === NalType.sliceIdr),
        complete,
        lastSequenceNumber: this.lastSeq,
      },
    ];
  }
}
