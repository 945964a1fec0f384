import { bigintToBytes, bytesToBigint, modPow } from "./big-unsigned.js";
import type { DhGroup } from "./dh-groups.js";
import { H235Error } from "./h235-error.js";

/**
 * Our side of one H.235.6 Diffie-Hellman exchange: the private exponent (random octets the shell
 * draws) and the half key g^x mod p that goes into the ClearToken's dhkey.halfkey.
 */
export interface DhKeyPair {
  readonly group: DhGroup;
  readonly privateKey: bigint;
  readonly halfKey: bigint;
}

/** Builds the key pair from random octets (at least 32, so the exponent has 256 bits or more). */
export function dhKeyPair(group: DhGroup, random: Uint8Array): DhKeyPair {
  if (random.length < 32) throw new RangeError("DH: a private exponent needs at least 32 random octets");
  // Reduce into 2..p-2 so the exponent is never 0 or 1.
  const privateKey = (bytesToBigint(random) % (group.prime - 3n)) + 2n;
  return { group, privateKey, halfKey: modPow(group.generator, privateKey, group.prime) };
}

/**
 * Checks a peer half key: it must lie in 2..p-2, since 0, 1 and p-1 give a shared secret the
 * peer (or anyone on the path) knows in advance.
 */
export function checkHalfKey(group: DhGroup, halfKey: bigint, field: string): void {
  if (halfKey < 2n || halfKey > group.prime - 2n) {
    throw new H235Error("bad-token", field, `half key outside 2..p-2 of the ${group.bits}-bit group`);
  }
}

/** g^(xy) mod p as octets of the modulus length (leading zeros kept). */
export function dhSharedSecret(own: DhKeyPair, peerHalfKey: bigint, field = "dhkey.halfkey"): Uint8Array {
  checkHalfKey(own.group, peerHalfKey, field);
  const secret = modPow(peerHalfKey, own.privateKey, own.group.prime);
  return bigintToBytes(secret, own.group.bits / 8);
}
