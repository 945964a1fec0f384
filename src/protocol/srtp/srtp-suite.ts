/**
 * RFC 4568 §6.2 SRTP crypto-suites we speak (both AES-128 counter mode with HMAC-SHA1,
 * RFC 3711 §5 defaults). The _32 suite shortens only the SRTP tag: "the SRTCP
 * authentication tag length is 80 bits" for both (RFC 4568 §6.2.2).
 */
export type SrtpSuite = "AES_CM_128_HMAC_SHA1_80" | "AES_CM_128_HMAC_SHA1_32";

export const SRTP_SUITES: readonly SrtpSuite[] = ["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"];

export interface SrtpSuiteParams {
  readonly keyLength: 16;
  readonly saltLength: 14;
  /** SRTP authentication tag length in octets. */
  readonly rtpTagLength: number;
  /** SRTCP authentication tag length in octets. */
  readonly rtcpTagLength: 10;
}

const PARAMS: Record<SrtpSuite, SrtpSuiteParams> = {
  AES_CM_128_HMAC_SHA1_80: { keyLength: 16, saltLength: 14, rtpTagLength: 10, rtcpTagLength: 10 },
  AES_CM_128_HMAC_SHA1_32: { keyLength: 16, saltLength: 14, rtpTagLength: 4, rtcpTagLength: 10 },
};

export function srtpSuiteParams(suite: SrtpSuite): SrtpSuiteParams {
  return PARAMS[suite];
}

export function isSrtpSuite(name: string): name is SrtpSuite {
  return (SRTP_SUITES as readonly string[]).includes(name);
}

/** Master key and salt of one direction (RFC 3711 §8.1); the SDES `inline:` value is key || salt. */
export interface SrtpKeyMaterial {
  readonly key: Uint8Array;
  readonly salt: Uint8Array;
  /** RFC 3711 §3.1 Master Key Identifier carried in each packet, when signalled (RFC 4568 §6.1 `|mki:len`). */
  readonly mki?: Uint8Array;
}

/** Splits 30 octets of SDES key material into a 16-octet master key and 14-octet master salt. */
export function splitKeyMaterial(material: Uint8Array, mki?: Uint8Array): SrtpKeyMaterial {
  if (material.length !== 30) {
    throw new RangeError(`SRTP: key material is ${material.length} octets, AES_CM_128 needs 16 + 14 = 30`);
  }
  // Copies into plain Uint8Arrays, also when `material` is a Buffer (whose slice() is a view).
  const copy = (from: number, to: number) => new Uint8Array(material.subarray(from, to));
  const base = { key: copy(0, 16), salt: copy(16, 30) };
  return mki ? { ...base, mki } : base;
}
