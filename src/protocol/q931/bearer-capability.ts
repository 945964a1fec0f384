import { Q931EncodeError } from "./message.js";
import { checkField, lastOctet, octetAt } from "./octets.js";

// Bearer capability information element: Q.931 §4.5.5, profiled by H.225.0 §7.2.2.1.
//
//    8   7   6   5   4   3   2   1
//  | 1 | coding  | info transfer capability |  octet 3
//  | 1 | transfer mode | info transfer rate |  octet 4
//  | 1 |        rate multiplier            |  octet 4.1 (only with rate 11000, multirate)
//  | ext | 0 1 | user info layer 1 protocol |  octet 5 (optional), then 5a.., 6, 7
//
// Octets from 5 on (the layer 1/2/3 protocol identifications, each with its own extension
// octets) are kept as they came in `layers`; bearerLayer1Protocol reads octet 5.

export interface BearerCapability {
  readonly codingStandard: number;
  /** 0 speech, 8 unrestricted digital information, 16 3.1 kHz audio, 24 digital with tones/video. */
  readonly transferCapability: number;
  /** 0 circuit mode, 2 packet mode. */
  readonly transferMode: number;
  /** 16 = 64 kbit/s, 24 = multirate (then rateMultiplier), 0 in packet mode. */
  readonly transferRate: number;
  readonly rateMultiplier?: number;
  /** Octets 5.. as sent. */
  readonly layers: Uint8Array;
}

export const MULTIRATE = 0x18;

/** H.225.0 §7.2.2.1: what a video endpoint sends: unrestricted digital, packet mode, H.221/H.242. */
export const H225_BEARER_CAPABILITY: BearerCapability = {
  codingStandard: 0,
  transferCapability: 8,
  transferMode: 2,
  transferRate: 0,
  layers: Uint8Array.of(0xa5),
};

export function parseBearerCapability(contents: Uint8Array): BearerCapability {
  const octet3 = lastOctet(contents, 0, "bearerCapability.transferCapability");
  const octet4 = lastOctet(contents, 1, "bearerCapability.transferRate");
  const transferRate = octet4 & 0x1f;
  let off = 2;
  let rateMultiplier: number | undefined;
  if (transferRate === MULTIRATE) {
    rateMultiplier = lastOctet(contents, off, "bearerCapability.rateMultiplier") & 0x7f;
    off++;
  }
  const bc: BearerCapability = {
    codingStandard: (octet3 >> 5) & 0x03,
    transferCapability: octet3 & 0x1f,
    transferMode: (octet4 >> 5) & 0x03,
    transferRate,
    layers: contents.slice(off),
  };
  return rateMultiplier === undefined ? bc : { ...bc, rateMultiplier };
}

export function serializeBearerCapability(bc: BearerCapability): Uint8Array {
  const octets = [
    0x80 |
      (checkField(bc.codingStandard, 3, "bearerCapability.codingStandard") << 5) |
      checkField(bc.transferCapability, 31, "bearerCapability.transferCapability"),
    0x80 |
      (checkField(bc.transferMode, 3, "bearerCapability.transferMode") << 5) |
      checkField(bc.transferRate, 31, "bearerCapability.transferRate"),
  ];
  if ((bc.transferRate === MULTIRATE) !== (bc.rateMultiplier !== undefined)) {
    throw new Q931EncodeError(
      "Q.931: bearerCapability.rateMultiplier goes with the multirate rate (24) only",
    );
  }
  if (bc.rateMultiplier !== undefined) {
    octets.push(0x80 | checkField(bc.rateMultiplier, 127, "bearerCapability.rateMultiplier"));
  }
  return Uint8Array.from([...octets, ...bc.layers]);
}

/** Octet 5's user information layer 1 protocol (5 = H.221/H.242), when octet 5 is there. */
export function bearerLayer1Protocol(bc: BearerCapability): number | undefined {
  const octet5 = bc.layers.length > 0 ? octetAt(bc.layers, 0, "bearerCapability.layer1") : undefined;
  return octet5 !== undefined && (octet5 & 0x60) === 0x20 ? octet5 & 0x1f : undefined;
}
