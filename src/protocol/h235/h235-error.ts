/** Why H.235.6 key agreement, key distribution or media decryption failed. */
export type H235Failure =
  /** A DH half key outside 2..p-2, or DH parameters we do not know (H.235.6 DH groups). */
  | "bad-token"
  /** An encryptionSync / key update whose H235Key cannot be read or does not decrypt to a key. */
  | "bad-key"
  /** An RTP payload whose length or padding cannot be H.235.6 ciphertext. */
  | "bad-ciphertext"
  /** An RTP packet whose payload type carries no key we were given (synchFlag, H.235.0 §8.5). */
  | "no-key";

/** The one error type src/protocol/h235 throws; `field` names the offending field. */
export class H235Error extends Error {
  override readonly name = "H235Error";
  constructor(
    readonly failure: H235Failure,
    /** e.g. "clearTokens[1].dhkey.halfkey", "encryptionSync.h235Key", "rtp.payload". */
    readonly field: string,
    detail: string,
  ) {
    super(`H.235: ${failure}: ${detail} (${field})`);
  }
}
