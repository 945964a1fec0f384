import type { H225, H245 } from "../../../src/protocol/asn1/index.js";
import {
  h323UserInformation,
  multimediaSystemControlMessage,
  rasMessage,
} from "../../../src/protocol/asn1/index.js";
import { loadGoldenPdus } from "../asn1-pdus.js";

// The PDUs of ../shared/peers/h323/captures/d-h46018.pcapng (GnuGk with H.460.18/.19 between
// two H323Plus endpoints, dave callee and erin caller; see that folder's INDEX.md), decoded.
// Frame numbers are the capture's. RAS and H.245 come whole; a Q.931 frame's
// H323-UserInformation comes first, then the H.245 messages tunnelled in it.

export const H46018_CAPTURE = "d-h46018";

export interface CapturedRas {
  readonly frame: number;
  readonly bytes: Uint8Array;
  readonly ras: H225.RasMessage;
}

export function capturedRas(): CapturedRas[] {
  return loadGoldenPdus()
    .filter((p) => p.capture === H46018_CAPTURE && p.type === "RasMessage")
    .map((p) => ({ frame: p.frame, bytes: p.bytes, ras: rasMessage.decode(p.bytes) }));
}

export function rasAt(frame: number): CapturedRas {
  const r = capturedRas().find((p) => p.frame === frame);
  if (!r) throw new Error(`d-h46018 has no RAS message in frame ${frame}`);
  return r;
}

export function uuAt(frame: number): { bytes: Uint8Array; uu: H225.H323UserInformation } {
  const p = loadGoldenPdus().find(
    (x) => x.capture === H46018_CAPTURE && x.frame === frame && x.type === "H323-UserInformation",
  );
  if (!p) throw new Error(`d-h46018 has no H323-UserInformation in frame ${frame}`);
  return { bytes: p.bytes, uu: h323UserInformation.decode(p.bytes) };
}

/** The H.245 messages of a frame, in order. */
export function h245At(frame: number): H245.MultimediaSystemControlMessage[] {
  return loadGoldenPdus()
    .filter(
      (x) => x.capture === H46018_CAPTURE && x.frame === frame && x.type === "MultimediaSystemControlMessage",
    )
    .map((p) => multimediaSystemControlMessage.decode(p.bytes));
}
