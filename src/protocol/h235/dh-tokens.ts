import type { BitString, H235 } from "../asn1/index.js";
import { bigintToBytes, bytesToBigint } from "./big-unsigned.js";
import { DH_GROUPS, type DhGroup, dhGroupByOid } from "./dh-groups.js";
import { checkHalfKey, type DhKeyPair } from "./diffie-hellman.js";
import { H235Error } from "./h235-error.js";
import { OID_H235_V3 } from "./h235-oids.js";

/** A peer's Diffie-Hellman offer read from its Setup or Connect clearTokens. */
export interface DhOffer {
  readonly group: DhGroup;
  readonly halfKey: bigint;
  /** Index of the token in clearTokens, for the evidence. */
  readonly index: number;
}

function toBits(n: bigint, bits: number): BitString {
  return { bits: bigintToBytes(n, Math.ceil(bits / 8)), length: bits };
}

/** The unsigned integer written in the first `length` bits of the bit string. */
function fromBits(b: BitString): bigint {
  const octets = Math.ceil(b.length / 8);
  if (b.bits.length < octets) return -1n;
  return bytesToBigint(b.bits.subarray(0, octets)) >> BigInt(octets * 8 - b.length);
}

/**
 * H.235.6 §8: the clearTokens our Setup (caller) or Connect (callee) carries: the H.235 version 3
 * token, then one token per DH group with dhkey = { halfkey g^x mod p, modSize p, generator g },
 * each a bit string of the modulus length.
 */
export function dhClearTokens(pairs: readonly DhKeyPair[]): H235.ClearToken[] {
  return [
    { tokenOID: OID_H235_V3 },
    ...pairs.map((p) => ({
      tokenOID: p.group.tokenOID,
      dhkey: {
        halfkey: toBits(p.halfKey, p.group.bits),
        modSize: toBits(p.group.prime, p.group.bits),
        generator: toBits(p.group.generator, p.group.bits),
      },
    })),
  ];
}

/** True when the tokens hold the H.235 version 3 token. */
export function hasH235V3Token(tokens: readonly H235.ClearToken[] | undefined): boolean {
  return (tokens ?? []).some((t) => t.tokenOID === OID_H235_V3);
}

/**
 * The DH offers among the peer's clearTokens: tokens of the groups we know with a dhkey. A token
 * of a known group whose modulus or generator differs from the group's, or whose half key is out
 * of range, is refused (H235Error "bad-token" naming the token); other tokens are skipped.
 */
export function readDhOffers(tokens: readonly H235.ClearToken[] | undefined): DhOffer[] {
  const offers: DhOffer[] = [];
  (tokens ?? []).forEach((t, index) => {
    const group = dhGroupByOid(t.tokenOID);
    if (!group || !t.dhkey) return;
    const field = `clearTokens[${index}].dhkey`;
    const { halfkey, modSize, generator } = t.dhkey;
    // modSize and generator may be left empty: the token OID then names them (H.235.6 §8).
    if (modSize.length > 0 && fromBits(modSize) !== group.prime) {
      throw new H235Error("bad-token", `${field}.modSize`, `modulus is not the ${group.bits}-bit group's`);
    }
    if (generator.length > 0 && fromBits(generator) !== group.generator) {
      throw new H235Error("bad-token", `${field}.generator`, `generator is not ${group.generator}`);
    }
    if (halfkey.length === 0 || halfkey.length > group.bits) {
      throw new H235Error("bad-token", `${field}.halfkey`, `half key of ${halfkey.length} bits`);
    }
    const halfKey = fromBits(halfkey);
    checkHalfKey(group, halfKey, `${field}.halfkey`);
    offers.push({ group, halfKey, index });
  });
  return offers;
}

/** The strongest group in both `offers` and `supported` (by OID), if any. */
export function chooseDhOffer(
  offers: readonly DhOffer[],
  supported: readonly string[] = DH_GROUPS.map((g) => g.tokenOID),
): DhOffer | undefined {
  return offers
    .filter((o) => supported.includes(o.group.tokenOID))
    .sort((a, b) => b.group.bits - a.group.bits)[0];
}
