import { H235Error } from "./h235-error.js";

/** AES-128 key length in octets. */
export const AES128_KEY_LENGTH = 16;

/**
 * H.235.6: the key that protects the media keys (the "master key" between the two endpoints) is
 * the least significant bits of the Diffie-Hellman shared secret, as many as the media
 * algorithm's key has (128 for AES-128). The secret is taken as a big-endian integer, so these
 * are its last octets.
 */
export function masterKeyFromSharedSecret(secret: Uint8Array, keyLength = AES128_KEY_LENGTH): Uint8Array {
  if (secret.length < keyLength) {
    throw new H235Error(
      "bad-token",
      "dhkey",
      `shared secret of ${secret.length} octets is shorter than the key`,
    );
  }
  return secret.slice(secret.length - keyLength);
}
