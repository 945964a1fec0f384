/** Why an SRTP/SRTCP packet was refused. */
export type SrtpFailure =
  /** RFC 3711 §3.4: the authentication tag did not verify (wrong key, corruption, forgery). */
  | "authentication"
  /** RFC 3711 §3.3.2: the packet index was already received or is older than the replay window. */
  | "replay"
  /** Too short to hold the tag / SRTCP index, or an MKI that does not match. */
  | "malformed";

/** The one error type the SRTP context throws (malformed RTP headers throw ParseError). */
export class SrtpError extends Error {
  override readonly name = "SrtpError";
  constructor(
    readonly failure: SrtpFailure,
    /** "SRTP" or "SRTCP". */
    readonly layer: "SRTP" | "SRTCP",
    /** SSRC of the refused packet, when it could be read. */
    readonly ssrc: number | undefined,
    detail: string,
  ) {
    super(`${layer}: ${failure}: ${detail}${ssrc === undefined ? "" : ` (SSRC 0x${ssrc.toString(16)})`}`);
  }
}
