export { AES_BLOCK, cbcDecrypt, cbcEncrypt, ctsDecrypt, ctsEncrypt } from "./aes-cbc.js";
export { bigintToBytes, bytesToBigint, modPow } from "./big-unsigned.js";
export { H235CallKeys, type H235KeyRecord, type MediaKind } from "./call-keys.js";
export { DH_GROUPS, type DhGroup, dhGroupByOid } from "./dh-groups.js";
export { chooseDhOffer, type DhOffer, dhClearTokens, hasH235V3Token, readDhOffers } from "./dh-tokens.js";
export { checkHalfKey, type DhKeyPair, dhKeyPair, dhSharedSecret } from "./diffie-hellman.js";
export { H235Error, type H235Failure } from "./h235-error.js";
export { OID_AES128_CBC, OID_DH1024, OID_DH1536, OID_DH2048, OID_H235_V3 } from "./h235-oids.js";
export {
  channelAlgorithms,
  plainDataType,
  securedCapabilities,
  securedDataType,
  withSecurityCapabilities,
} from "./h245-security.js";
export { AES128_KEY_LENGTH, masterKeyFromSharedSecret } from "./key-derivation.js";
export {
  encryptionUpdateAck,
  encryptionUpdateCommand,
  encryptionUpdateRequest,
  type KeyUpdate,
  readKeyUpdate,
} from "./key-update.js";
export {
  H235MediaCrypto,
  type H235ReceiveCounters,
  type H235ReceiveMeasurement,
  type PayloadCheck,
} from "./media-crypto.js";
export { buildEncryptionSync, h235KeyCodec, type MediaKey, readEncryptionSync } from "./media-key.js";
export { decryptRtpPayload, encryptRtpPayload, type H235Padding, h235Iv } from "./rtp-payload-cipher.js";
export {
  RANDOMNESS_CHI_SQUARE_LIMIT,
  RANDOMNESS_MIN_OCTETS,
  type RandomnessReading,
  readRandomness,
  WireRandomness,
} from "./wire-randomness.js";
