import {
  type PlacedAudio,
  placeAudioPackets,
  type ReceivedAudioPacket,
} from "../../media/audio/audio-placement.js";
import type { RtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { createSequenceUnwrapper } from "../../protocol/rtp/sequence.js";

/**
 * Collects received audio RTP payloads with the arrival time of each, so the whole stream can be
 * decoded and analysed at the end of the call, each packet at its place by RTP timestamp.
 */
export class AudioReceiver {
  private readonly unwrapper = createSequenceUnwrapper();
  private readonly bySeq = new Map<number, ReceivedAudioPacket>();
  packets = 0;
  /** Packets with a payload type other than the negotiated audio codec (telephone-event, CN, ...). */
  otherPayloadTypes = 0;

  constructor(
    private readonly payloadType: number,
    /** The codec's RTP clock rate (RFC 3551 §4.5). */
    private readonly clockRate: number,
  ) {}

  push(packet: RtpPacket, atMs: number): void {
    if (packet.payloadType !== this.payloadType) {
      this.otherPayloadTypes++;
      return;
    }
    const seq = this.unwrapper.unwrap(packet.sequenceNumber);
    if (!this.bySeq.has(seq)) {
      this.bySeq.set(seq, {
        seq,
        timestamp: packet.timestamp,
        payload: Uint8Array.from(packet.payload),
        atMs,
      });
      this.packets++;
    }
  }

  /** The payloads in stream order, `undefined` for each packet time nothing arrived, and their arrivals. */
  placed(): PlacedAudio {
    return placeAudioPackets([...this.bySeq.values()], this.clockRate);
  }
}
