import { createCipheriv } from "node:crypto";

/** RFC 3711 §4.3.2 key derivation labels. */
const LABEL = {
  rtpEncryption: 0x00,
  rtpAuthentication: 0x01,
  rtpSalt: 0x02,
  rtcpEncryption: 0x03,
  rtcpAuthentication: 0x04,
  rtcpSalt: 0x05,
} as const;

export interface SessionKeys {
  readonly encryptionKey: Uint8Array;
  readonly salt: Uint8Array;
  readonly authenticationKey: Uint8Array;
}

export interface DerivedKeys {
  readonly rtp: SessionKeys;
  readonly rtcp: SessionKeys;
}

/**
 * RFC 3711 §4.3.1 with key_derivation_rate 0 (r = 0): x = (label || r) XOR master_salt, and the
 * session key is the AES-CM keystream under the master key with IV = x * 2^16.
 */
function prf(masterKey: Uint8Array, masterSalt: Uint8Array, label: number, length: number): Uint8Array {
  const iv = new Uint8Array(16);
  iv.set(masterSalt, 0);
  // label || r is 56 bits, right-aligned against the 112-bit salt: the label lands on octet 7.
  iv[7] = iv[7]! ^ label;
  const cipher = createCipheriv("aes-128-ctr", masterKey, iv);
  return new Uint8Array(cipher.update(new Uint8Array(length)));
}

/** RFC 3711 §4.3: derives the SRTP and SRTCP session keys (AES-128: 16-octet key, 14-octet salt, 20-octet auth key). */
export function deriveSessionKeys(masterKey: Uint8Array, masterSalt: Uint8Array): DerivedKeys {
  if (masterKey.length !== 16)
    throw new RangeError(`SRTP: master key is ${masterKey.length} octets, needs 16`);
  if (masterSalt.length !== 14)
    throw new RangeError(`SRTP: master salt is ${masterSalt.length} octets, needs 14`);
  return {
    rtp: {
      encryptionKey: prf(masterKey, masterSalt, LABEL.rtpEncryption, 16),
      salt: prf(masterKey, masterSalt, LABEL.rtpSalt, 14),
      authenticationKey: prf(masterKey, masterSalt, LABEL.rtpAuthentication, 20),
    },
    rtcp: {
      encryptionKey: prf(masterKey, masterSalt, LABEL.rtcpEncryption, 16),
      salt: prf(masterKey, masterSalt, LABEL.rtcpSalt, 14),
      authenticationKey: prf(masterKey, masterSalt, LABEL.rtcpAuthentication, 20),
    },
  };
}
