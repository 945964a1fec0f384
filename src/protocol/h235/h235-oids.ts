/**
 * Object identifiers of H.235.6 (H.323 security: encryption profile with native H.235/H.245 key
 * management) and the media algorithms it names.
 */

/** H.235.6: clear token announcing an H.235 version 3 capable endpoint ("V3"). */
export const OID_H235_V3 = "0.0.8.235.0.3.24";

/** H.235.6 Diffie-Hellman group tokens (tokenOID of the ClearToken carrying dhkey). */
export const OID_DH1024 = "0.0.8.235.0.3.43";
export const OID_DH1536 = "0.0.8.235.0.3.44";
export const OID_DH2048 = "0.0.8.235.0.3.45";

/** NIST AES-128 in CBC mode (the media algorithm H.235.6 names for AES-128). */
export const OID_AES128_CBC = "2.16.840.1.101.3.4.1.2";
