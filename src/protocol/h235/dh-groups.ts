import { OID_DH1024, OID_DH1536, OID_DH2048 } from "./h235-oids.js";

/** One Diffie-Hellman group of H.235.6, named by the tokenOID that carries it. */
export interface DhGroup {
  readonly tokenOID: string;
  /** Modulus length in bits (the DHset bit-string length for halfkey, modSize, generator). */
  readonly bits: number;
  readonly prime: bigint;
  readonly generator: bigint;
}

// RFC 2409 §6.2 (second Oakley group) and RFC 3526 §2 and §3: the 1024-, 1536- and 2048-bit MODP
// groups, generator 2, that H.235.6 names by the DH1024 / DH1536 / DH2048 token OIDs.
const OAKLEY_1024 =
  "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
  "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
  "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece65381ffffffffffffffff";
const MODP_1536 =
  "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
  "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
  "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
  "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca237327ffffffffffffffff";
const MODP_2048 =
  "ffffffffffffffffc90fdaa22168c234c4c6628b80dc1cd129024e088a67cc74020bbea63b139b22514a08798e3404dd" +
  "ef9519b3cd3a431b302b0a6df25f14374fe1356d6d51c245e485b576625e7ec6f44c42e9a637ed6b0bff5cb6f406b7ed" +
  "ee386bfb5a899fa5ae9f24117c4b1fe649286651ece45b3dc2007cb8a163bf0598da48361c55d39a69163fa8fd24cf5f" +
  "83655d23dca3ad961c62f356208552bb9ed529077096966d670c354e4abc9804f1746c08ca18217c32905e462e36ce3b" +
  "e39e772c180e86039b2783a2ec07a28fb5c55df06f4c52c9de2bcbf6955817183995497cea956ae515d2261898fa0510" +
  "15728e5a8aacaa68ffffffffffffffff";

export const DH_GROUPS: readonly DhGroup[] = [
  { tokenOID: OID_DH1024, bits: 1024, prime: BigInt(`0x${OAKLEY_1024}`), generator: 2n },
  { tokenOID: OID_DH1536, bits: 1536, prime: BigInt(`0x${MODP_1536}`), generator: 2n },
  { tokenOID: OID_DH2048, bits: 2048, prime: BigInt(`0x${MODP_2048}`), generator: 2n },
];

export function dhGroupByOid(tokenOID: string): DhGroup | undefined {
  return DH_GROUPS.find((g) => g.tokenOID === tokenOID);
}
