import { fragmentNal } from "./fu-a.js";
import { serializeStapA, stapASize } from "./stap-a.js";

/** One RTP payload; the caller adds the RTP header (sequence number, the AU's timestamp). */
export interface H264RtpPayload {
  readonly payload: Uint8Array;
  /** RFC 6184 §5.1: set on the last packet of an access unit. */
  readonly marker: boolean;
}

export interface H264PacketizerOptions {
  /** RFC 6184 §6.2/§6.3 packetization-mode: 0 single NAL unit only, 1 non-interleaved. Default 1. */
  readonly packetizationMode?: 0 | 1;
  /** Largest RTP payload in bytes. Default 1200. */
  readonly mtu?: number;
}

export const DEFAULT_H264_MTU = 1200;

/** Mode 0 cannot carry a NAL larger than the MTU: the encoder must produce smaller slices. */
export class NalTooLargeError extends Error {
  override readonly name = "NalTooLargeError";
  constructor(
    readonly nalSize: number,
    readonly mtu: number,
  ) {
    super(
      `H.264 packetization-mode 0: a NAL of ${nalSize} bytes exceeds the MTU of ${mtu}; ` +
        "encode with slices no larger than the MTU (x264 slice-max-size)",
    );
  }
}

/**
 * RFC 6184 packetizer for one access unit.
 * Mode 1 (§6.3): NALs up to the MTU go alone (§5.6) or, when several consecutive ones fit together,
 * in a STAP-A (§5.7.1; typically SPS+PPS+SEI); larger NALs are split into FU-A (§5.8).
 * Mode 0 (§6.2): single NAL unit packets only; throws NalTooLargeError for a NAL over the MTU.
 */
export function packetizeAccessUnit(
  nals: readonly Uint8Array[],
  options: H264PacketizerOptions = {},
): H264RtpPayload[] {
  const mtu = options.mtu ?? DEFAULT_H264_MTU;
  if (!Number.isInteger(mtu) || mtu < 3) throw new RangeError(`MTU must be an integer ≥ 3, got ${mtu}`);
  const payloads: Uint8Array[] = [];
  const units = nals.filter((n) => n.length > 0);
  if (options.packetizationMode === 0) {
    for (const n of units) {
      if (n.length > mtu) throw new NalTooLargeError(n.length, mtu);
      payloads.push(n);
    }
  } else {
    let group: Uint8Array[] = [];
    const flush = (): void => {
      if (group.length === 1) payloads.push(group[0]!);
      else if (group.length > 1) payloads.push(serializeStapA(group));
      group = [];
    };
    for (const n of units) {
      if (n.length > mtu) {
        flush();
        payloads.push(...fragmentNal(n, mtu));
      } else if (stapASize([...group, n]) <= mtu) {
        group.push(n);
      } else {
        flush();
        group.push(n);
      }
    }
    flush();
  }
  return payloads.map((payload, i) => ({ payload, marker: i === payloads.length - 1 }));
}
