import type { RtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { createSequenceUnwrapper } from "../../protocol/rtp/sequence.js";

/**
 * Collects received audio RTP payloads in sequence order, with the arrival time of each, so the
 * whole stream can be decoded and analysed at the end of the call. Lost packets become holes.
 */
export class AudioReceiver {
  private readonly unwrapper = createSequenceUnwrapper();
  private readonly bySeq = new Map<number, { payload: Uint8Array; atMs: number }>();
  private first: number | undefined;
  packets = 0;
  /** Packets with a payload type other than the negotiated audio codec (telephone-event, CN, ...). */
  otherPayloadTypes = 0;

  constructor(private readonly payloadType: number) {}

  push(packet: RtpPacket, atMs: number): void {
    if (packet.payloadType !== this.payloadType) {
      this.otherPayloadTypes++;
      return;
    }
    const ext = this.unwrapper.unwrap(packet.sequenceNumber);
    if (this.first === undefined || ext < this.first) this.first = ext;
    if (!this.bySeq.has(ext)) {
      this.bySeq.set(ext, { payload: Uint8Array.from(packet.payload), atMs });
      this.packets++;
    }
  }

  /** Payloads from the first to the highest sequence number, `undefined` where one is missing. */
  payloads(): (Uint8Array | undefined)[] {
    const high = this.unwrapper.highest;
    if (this.first === undefined || high === undefined) return [];
    const out: (Uint8Array | undefined)[] = [];
    for (let s = this.first; s <= high; s++) out.push(this.bySeq.get(s)?.payload);
    return out;
  }

  /** Arrival time of the first packet (the start of the decoded PCM). */
  firstArrivalMs(): number | undefined {
    return this.first === undefined ? undefined : this.bySeq.get(this.first)?.atMs;
  }
}
