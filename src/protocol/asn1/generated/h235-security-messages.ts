// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module H235-SECURITY-MESSAGES

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";
import { bits, bool, chars, choice, f, int, nul, octets, oid, openType, ref, seq, seqOf, size } from "../descriptor-builders.js";

/** H235-SECURITY-MESSAGES.ChallengeString (line 6) */
export type ChallengeString = Uint8Array;
export const ChallengeString: AsnType = octets(size(8, 128, false));

/** H235-SECURITY-MESSAGES.TimeStamp (line 7) */
export type TimeStamp = number;
export const TimeStamp: AsnType = int(1, 4294967295);

/** H235-SECURITY-MESSAGES.RandomVal (line 8) */
export type RandomVal = number;
export const RandomVal: AsnType = int();

/** H235-SECURITY-MESSAGES.Password (line 9) */
export type Password = string;
export const Password: AsnType = chars("BMPString", size(1, 128, false), 16, undefined, false);

/** H235-SECURITY-MESSAGES.Identifier (line 10) */
export type Identifier = string;
export const Identifier: AsnType = chars("BMPString", size(1, 128, false), 16, undefined, false);

/** H235-SECURITY-MESSAGES.KeyMaterial (line 11) */
export type KeyMaterial = BitString;
export const KeyMaterial: AsnType = bits(size(1, 2048, false));

/** H235-SECURITY-MESSAGES.KeyMaterialExt (line 12) */
export type KeyMaterialExt = BitString;
export const KeyMaterialExt: AsnType = bits(size(2049, 65536, false));

/** H235-SECURITY-MESSAGES.NonStandardParameter (line 14) */
export type NonStandardParameter = {
  nonStandardIdentifier: string;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = seq([
  f("nonStandardIdentifier", oid),
  f("data", octets()),
]);

/** H235-SECURITY-MESSAGES.DHset (line 23) */
export type DHset = {
  halfkey: BitString;
  modSize: BitString;
  generator: BitString;
  $unknown?: UnknownExtension[];
};
export const DHset: AsnType = seq([
  f("halfkey", bits(size(0, 2048, false))),
  f("modSize", bits(size(0, 2048, false))),
  f("generator", bits(size(0, 2048, false))),
], []);

/** H235-SECURITY-MESSAGES.DHsetExt (line 32) */
export type DHsetExt = {
  halfkey: BitString;
  modSize?: BitString;
  generator?: BitString;
  $unknown?: UnknownExtension[];
};
export const DHsetExt: AsnType = seq([
  f("halfkey", bits(size(2049, 65536, false))),
  f("modSize", bits(size(2049, 65536, false)), true),
  f("generator", bits(size(2049, 65536, false)), true),
], []);

/** H235-SECURITY-MESSAGES.ECpoint (line 41) */
export type ECpoint = {
  x?: BitString;
  y?: BitString;
  $unknown?: UnknownExtension[];
};
export const ECpoint: AsnType = seq([
  f("x", bits(size(0, 511, false)), true),
  f("y", bits(size(0, 511, false)), true),
], []);

/** H235-SECURITY-MESSAGES.ECKASDH (line 48) */
export type ECKASDH = 
  | { choice: "eckasdhp"; value: {
    "public-key": ECpoint;
    modulus: BitString;
    base: ECpoint;
    weierstrassA: BitString;
    weierstrassB: BitString;
  } }
  | { choice: "eckasdh2"; value: {
    "public-key": ECpoint;
    fieldSize: BitString;
    base: ECpoint;
    weierstrassA: BitString;
    weierstrassB: BitString;
  } }
  | UnknownAlternative;
export const ECKASDH: AsnType = choice([
  f("eckasdhp", seq([
    f("public-key", ref("H235-SECURITY-MESSAGES.ECpoint", () => ECpoint)),
    f("modulus", bits(size(0, 511, false))),
    f("base", ref("H235-SECURITY-MESSAGES.ECpoint", () => ECpoint)),
    f("weierstrassA", bits(size(0, 511, false))),
    f("weierstrassB", bits(size(0, 511, false))),
  ])),
  f("eckasdh2", seq([
    f("public-key", ref("H235-SECURITY-MESSAGES.ECpoint", () => ECpoint)),
    f("fieldSize", bits(size(0, 511, false))),
    f("base", ref("H235-SECURITY-MESSAGES.ECpoint", () => ECpoint)),
    f("weierstrassA", bits(size(0, 511, false))),
    f("weierstrassB", bits(size(0, 511, false))),
  ])),
], []);

/** H235-SECURITY-MESSAGES.ECGDSASignature (line 90) */
export type ECGDSASignature = {
  r: BitString;
  s: BitString;
};
export const ECGDSASignature: AsnType = seq([
  f("r", bits(size(0, 511, false))),
  f("s", bits(size(0, 511, false))),
]);

/** H235-SECURITY-MESSAGES.TypedCertificate (line 101) */
export type TypedCertificate = {
  type: string;
  certificate: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const TypedCertificate: AsnType = seq([
  f("type", oid),
  f("certificate", octets()),
], []);

/** H235-SECURITY-MESSAGES.AuthenticationBES (line 108) */
export type AuthenticationBES = 
  | { choice: "default"; value: null }
  | { choice: "radius"; value: null }
  | UnknownAlternative;
export const AuthenticationBES: AsnType = choice([
  f("default", nul),
  f("radius", nul),
], []);

/** H235-SECURITY-MESSAGES.AuthenticationMechanism (line 115) */
export type AuthenticationMechanism = 
  | { choice: "dhExch"; value: null }
  | { choice: "pwdSymEnc"; value: null }
  | { choice: "pwdHash"; value: null }
  | { choice: "certSign"; value: null }
  | { choice: "ipsec"; value: null }
  | { choice: "tls"; value: null }
  | { choice: "nonStandard"; value: NonStandardParameter }
  | { choice: "authenticationBES"; value: AuthenticationBES }
  | { choice: "keyExch"; value: string }
  | UnknownAlternative;
export const AuthenticationMechanism: AsnType = choice([
  f("dhExch", nul),
  f("pwdSymEnc", nul),
  f("pwdHash", nul),
  f("certSign", nul),
  f("ipsec", nul),
  f("tls", nul),
  f("nonStandard", ref("H235-SECURITY-MESSAGES.NonStandardParameter", () => NonStandardParameter)),
], [
  f("authenticationBES", ref("H235-SECURITY-MESSAGES.AuthenticationBES", () => AuthenticationBES)),
  f("keyExch", oid),
]);

/** H235-SECURITY-MESSAGES.ClearToken (line 129) */
export type ClearToken = {
  tokenOID: string;
  timeStamp?: TimeStamp;
  password?: Password;
  dhkey?: DHset;
  challenge?: ChallengeString;
  random?: RandomVal;
  certificate?: TypedCertificate;
  generalID?: Identifier;
  nonStandard?: NonStandardParameter;
  eckasdhkey?: ECKASDH;
  sendersID?: Identifier;
  h235Key?: H235Key;
  profileInfo?: Array<ProfileElement>;
  dhkeyext?: DHsetExt;
  $unknown?: UnknownExtension[];
};
export const ClearToken: AsnType = seq([
  f("tokenOID", oid),
  f("timeStamp", ref("H235-SECURITY-MESSAGES.TimeStamp", () => TimeStamp), true),
  f("password", ref("H235-SECURITY-MESSAGES.Password", () => Password), true),
  f("dhkey", ref("H235-SECURITY-MESSAGES.DHset", () => DHset), true),
  f("challenge", ref("H235-SECURITY-MESSAGES.ChallengeString", () => ChallengeString), true),
  f("random", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal), true),
  f("certificate", ref("H235-SECURITY-MESSAGES.TypedCertificate", () => TypedCertificate), true),
  f("generalID", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier), true),
  f("nonStandard", ref("H235-SECURITY-MESSAGES.NonStandardParameter", () => NonStandardParameter), true),
], [
  f("eckasdhkey", ref("H235-SECURITY-MESSAGES.ECKASDH", () => ECKASDH), true),
  f("sendersID", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier), true),
  f("h235Key", ref("H235-SECURITY-MESSAGES.H235Key", () => H235Key), true),
  f("profileInfo", seqOf(ref("H235-SECURITY-MESSAGES.ProfileElement", () => ProfileElement)), true),
  f("dhkeyext", ref("H235-SECURITY-MESSAGES.DHsetExt", () => DHsetExt), true),
]);

/** H235-SECURITY-MESSAGES.ProfileElement (line 158) */
export type ProfileElement = {
  elementID: number;
  paramS?: Params;
  element?: Element;
  $unknown?: UnknownExtension[];
};
export const ProfileElement: AsnType = seq([
  f("elementID", int(0, 255)),
  f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params), true),
  f("element", ref("H235-SECURITY-MESSAGES.Element", () => Element), true),
], []);

/** H235-SECURITY-MESSAGES.Element (line 167) */
export type Element = 
  | { choice: "octets"; value: Uint8Array }
  | { choice: "integer"; value: number }
  | { choice: "bits"; value: BitString }
  | { choice: "name"; value: string }
  | { choice: "flag"; value: boolean }
  | UnknownAlternative;
export const Element: AsnType = choice([
  f("octets", octets()),
  f("integer", int()),
  f("bits", bits()),
  f("name", chars("BMPString", undefined, 16, undefined, false)),
  f("flag", bool),
], []);

/** H235-SECURITY-MESSAGES.IV8 (line 199) */
export type IV8 = Uint8Array;
export const IV8: AsnType = octets(size(8, 8, false));

/** H235-SECURITY-MESSAGES.IV16 (line 200) */
export type IV16 = Uint8Array;
export const IV16: AsnType = octets(size(16, 16, false));

/** H235-SECURITY-MESSAGES.Params (line 205) */
export type Params = {
  ranInt?: number;
  iv8?: IV8;
  iv16?: IV16;
  iv?: Uint8Array;
  clearSalt?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Params: AsnType = seq([
  f("ranInt", int(), true),
  f("iv8", ref("H235-SECURITY-MESSAGES.IV8", () => IV8), true),
], [
  f("iv16", ref("H235-SECURITY-MESSAGES.IV16", () => IV16), true),
  f("iv", octets(), true),
  f("clearSalt", octets(), true),
]);

/** H235-SECURITY-MESSAGES.EncodedGeneralToken (line 214) */
export type EncodedGeneralToken = ClearToken;
export const EncodedGeneralToken: AsnType = openType(ref("H235-SECURITY-MESSAGES.ClearToken", () => ClearToken));

/** H235-SECURITY-MESSAGES.PwdCertToken (line 215) */
export type PwdCertToken = ClearToken;
export const PwdCertToken: AsnType = ref("H235-SECURITY-MESSAGES.ClearToken", () => ClearToken);

/** H235-SECURITY-MESSAGES.EncodedPwdCertToken (line 216) */
export type EncodedPwdCertToken = PwdCertToken;
export const EncodedPwdCertToken: AsnType = openType(ref("H235-SECURITY-MESSAGES.PwdCertToken", () => PwdCertToken));

/** H235-SECURITY-MESSAGES.CryptoToken (line 218) */
export type CryptoToken = 
  | { choice: "cryptoEncryptedToken"; value: {
    tokenOID: string;
    token: {
      algorithmOID: string;
      paramS: Params;
      encryptedData: Uint8Array;
    };
  } }
  | { choice: "cryptoSignedToken"; value: {
    tokenOID: string;
    token: {
      toBeSigned: EncodedGeneralToken;
      algorithmOID: string;
      paramS: Params;
      signature: BitString;
    };
  } }
  | { choice: "cryptoHashedToken"; value: {
    tokenOID: string;
    hashedVals: ClearToken;
    token: {
      algorithmOID: string;
      paramS: Params;
      hash: BitString;
    };
  } }
  | { choice: "cryptoPwdEncr"; value: {
    algorithmOID: string;
    paramS: Params;
    encryptedData: Uint8Array;
  } }
  | UnknownAlternative;
export const CryptoToken: AsnType = choice([
  f("cryptoEncryptedToken", seq([
    f("tokenOID", oid),
    f("token", seq([
      f("algorithmOID", oid),
      f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
      f("encryptedData", octets()),
    ])),
  ])),
  f("cryptoSignedToken", seq([
    f("tokenOID", oid),
    f("token", seq([
      f("toBeSigned", ref("H235-SECURITY-MESSAGES.EncodedGeneralToken", () => EncodedGeneralToken)),
      f("algorithmOID", oid),
      f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
      f("signature", bits()),
    ])),
  ])),
  f("cryptoHashedToken", seq([
    f("tokenOID", oid),
    f("hashedVals", ref("H235-SECURITY-MESSAGES.ClearToken", () => ClearToken)),
    f("token", seq([
      f("algorithmOID", oid),
      f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
      f("hash", bits()),
    ])),
  ])),
  f("cryptoPwdEncr", seq([
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
    f("encryptedData", octets()),
  ])),
], []);

/** H235-SECURITY-MESSAGES.H235Key (line 244) */
export type H235Key = 
  | { choice: "secureChannel"; value: KeyMaterial }
  | { choice: "sharedSecret"; value: {
    algorithmOID: string;
    paramS: Params;
    encryptedData: Uint8Array;
  } }
  | { choice: "certProtectedKey"; value: {
    toBeSigned: EncodedKeySignedMaterial;
    algorithmOID: string;
    paramS: Params;
    signature: BitString;
  } }
  | { choice: "secureSharedSecret"; value: V3KeySyncMaterial }
  | { choice: "secureChannelExt"; value: KeyMaterialExt }
  | UnknownAlternative;
export const H235Key: AsnType = choice([
  f("secureChannel", ref("H235-SECURITY-MESSAGES.KeyMaterial", () => KeyMaterial)),
  f("sharedSecret", seq([
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
    f("encryptedData", octets()),
  ])),
  f("certProtectedKey", seq([
    f("toBeSigned", ref("H235-SECURITY-MESSAGES.EncodedKeySignedMaterial", () => EncodedKeySignedMaterial)),
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
    f("signature", bits()),
  ])),
], [
  f("secureSharedSecret", ref("H235-SECURITY-MESSAGES.V3KeySyncMaterial", () => V3KeySyncMaterial)),
  f("secureChannelExt", ref("H235-SECURITY-MESSAGES.KeyMaterialExt", () => KeyMaterialExt)),
]);

/** H235-SECURITY-MESSAGES.KeySignedMaterial (line 254) */
export type KeySignedMaterial = {
  generalId: Identifier;
  mrandom: RandomVal;
  srandom?: RandomVal;
  timeStamp?: TimeStamp;
  encrptval: {
    algorithmOID: string;
    paramS: Params;
    encryptedData: Uint8Array;
  };
};
export const KeySignedMaterial: AsnType = seq([
  f("generalId", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier)),
  f("mrandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal)),
  f("srandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal), true),
  f("timeStamp", ref("H235-SECURITY-MESSAGES.TimeStamp", () => TimeStamp), true),
  f("encrptval", seq([
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
    f("encryptedData", octets()),
  ])),
]);

/** H235-SECURITY-MESSAGES.EncodedKeySignedMaterial (line 261) */
export type EncodedKeySignedMaterial = KeySignedMaterial;
export const EncodedKeySignedMaterial: AsnType = openType(ref("H235-SECURITY-MESSAGES.KeySignedMaterial", () => KeySignedMaterial));

/** H235-SECURITY-MESSAGES.H235CertificateSignature (line 263) */
export type H235CertificateSignature = {
  certificate: TypedCertificate;
  responseRandom: RandomVal;
  requesterRandom?: RandomVal;
  signature: {
    toBeSigned: EncodedReturnSig;
    algorithmOID: string;
    paramS: Params;
    signature: BitString;
  };
  $unknown?: UnknownExtension[];
};
export const H235CertificateSignature: AsnType = seq([
  f("certificate", ref("H235-SECURITY-MESSAGES.TypedCertificate", () => TypedCertificate)),
  f("responseRandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal)),
  f("requesterRandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal), true),
  f("signature", seq([
    f("toBeSigned", ref("H235-SECURITY-MESSAGES.EncodedReturnSig", () => EncodedReturnSig)),
    f("algorithmOID", oid),
    f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
    f("signature", bits()),
  ])),
], []);

/** H235-SECURITY-MESSAGES.ReturnSig (line 272) */
export type ReturnSig = {
  generalId: Identifier;
  responseRandom: RandomVal;
  requestRandom?: RandomVal;
  certificate?: TypedCertificate;
};
export const ReturnSig: AsnType = seq([
  f("generalId", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier)),
  f("responseRandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal)),
  f("requestRandom", ref("H235-SECURITY-MESSAGES.RandomVal", () => RandomVal), true),
  f("certificate", ref("H235-SECURITY-MESSAGES.TypedCertificate", () => TypedCertificate), true),
]);

/** H235-SECURITY-MESSAGES.EncodedReturnSig (line 279) */
export type EncodedReturnSig = ReturnSig;
export const EncodedReturnSig: AsnType = openType(ref("H235-SECURITY-MESSAGES.ReturnSig", () => ReturnSig));

/** H235-SECURITY-MESSAGES.KeySyncMaterial (line 280) */
export type KeySyncMaterial = {
  generalID: Identifier;
  keyMaterial: KeyMaterial;
  $unknown?: UnknownExtension[];
};
export const KeySyncMaterial: AsnType = seq([
  f("generalID", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier)),
  f("keyMaterial", ref("H235-SECURITY-MESSAGES.KeyMaterial", () => KeyMaterial)),
], []);

/** H235-SECURITY-MESSAGES.EncodedKeySyncMaterial (line 286) */
export type EncodedKeySyncMaterial = KeySyncMaterial;
export const EncodedKeySyncMaterial: AsnType = openType(ref("H235-SECURITY-MESSAGES.KeySyncMaterial", () => KeySyncMaterial));

/** H235-SECURITY-MESSAGES.V3KeySyncMaterial (line 290) */
export type V3KeySyncMaterial = {
  generalID?: Identifier;
  algorithmOID?: string;
  paramS: Params;
  encryptedSessionKey?: Uint8Array;
  encryptedSaltingKey?: Uint8Array;
  clearSaltingKey?: Uint8Array;
  paramSsalt?: Params;
  keyDerivationOID?: string;
  genericKeyMaterial?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const V3KeySyncMaterial: AsnType = seq([
  f("generalID", ref("H235-SECURITY-MESSAGES.Identifier", () => Identifier), true),
  f("algorithmOID", oid, true),
  f("paramS", ref("H235-SECURITY-MESSAGES.Params", () => Params)),
  f("encryptedSessionKey", octets(), true),
  f("encryptedSaltingKey", octets(), true),
  f("clearSaltingKey", octets(), true),
  f("paramSsalt", ref("H235-SECURITY-MESSAGES.Params", () => Params), true),
  f("keyDerivationOID", oid, true),
], [
  f("genericKeyMaterial", octets(), true),
]);
