// Generated from src/protocol/asn1/modules by src/protocol/asn1/compiler. Do not edit:
// change the compiler or the module and run `npm run asn1:generate` (the files are committed,
// and a test fails when they differ from what the compiler writes).
// ASN.1 module H235-SECURITY-MESSAGES

import type { AsnType, BitString, UnknownAlternative, UnknownExtension } from "../descriptor.js";

/** H235-SECURITY-MESSAGES.ChallengeString (line 6) */
export type ChallengeString = Uint8Array;
export const ChallengeString: AsnType = { kind: "octetString", size: { lb: 8, ub: 128, ext: false } };

/** H235-SECURITY-MESSAGES.TimeStamp (line 7) */
export type TimeStamp = number;
export const TimeStamp: AsnType = { kind: "integer", lb: 1, ub: 4294967295 };

/** H235-SECURITY-MESSAGES.RandomVal (line 8) */
export type RandomVal = number;
export const RandomVal: AsnType = { kind: "integer" };

/** H235-SECURITY-MESSAGES.Password (line 9) */
export type Password = string;
export const Password: AsnType = { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 128, ext: false }, bits: 16, indexed: false };

/** H235-SECURITY-MESSAGES.Identifier (line 10) */
export type Identifier = string;
export const Identifier: AsnType = { kind: "charString", charset: "BMPString", size: { lb: 1, ub: 128, ext: false }, bits: 16, indexed: false };

/** H235-SECURITY-MESSAGES.KeyMaterial (line 11) */
export type KeyMaterial = BitString;
export const KeyMaterial: AsnType = { kind: "bitString", size: { lb: 1, ub: 2048, ext: false } };

/** H235-SECURITY-MESSAGES.KeyMaterialExt (line 12) */
export type KeyMaterialExt = BitString;
export const KeyMaterialExt: AsnType = { kind: "bitString", size: { lb: 2049, ub: 65536, ext: false } };

/** H235-SECURITY-MESSAGES.NonStandardParameter (line 14) */
export type NonStandardParameter = {
  nonStandardIdentifier: string;
  data: Uint8Array;
};
export const NonStandardParameter: AsnType = {
  kind: "sequence",
  root: [
    { name: "nonStandardIdentifier", type: { kind: "objectIdentifier" } },
    { name: "data", type: { kind: "octetString" } },
  ],
};

/** H235-SECURITY-MESSAGES.DHset (line 23) */
export type DHset = {
  halfkey: BitString;
  modSize: BitString;
  generator: BitString;
  $unknown?: UnknownExtension[];
};
export const DHset: AsnType = {
  kind: "sequence",
  root: [
    { name: "halfkey", type: { kind: "bitString", size: { lb: 0, ub: 2048, ext: false } } },
    { name: "modSize", type: { kind: "bitString", size: { lb: 0, ub: 2048, ext: false } } },
    { name: "generator", type: { kind: "bitString", size: { lb: 0, ub: 2048, ext: false } } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.DHsetExt (line 32) */
export type DHsetExt = {
  halfkey: BitString;
  modSize?: BitString;
  generator?: BitString;
  $unknown?: UnknownExtension[];
};
export const DHsetExt: AsnType = {
  kind: "sequence",
  root: [
    { name: "halfkey", type: { kind: "bitString", size: { lb: 2049, ub: 65536, ext: false } } },
    { name: "modSize", type: { kind: "bitString", size: { lb: 2049, ub: 65536, ext: false } }, optional: true },
    { name: "generator", type: { kind: "bitString", size: { lb: 2049, ub: 65536, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.ECpoint (line 41) */
export type ECpoint = {
  x?: BitString;
  y?: BitString;
  $unknown?: UnknownExtension[];
};
export const ECpoint: AsnType = {
  kind: "sequence",
  root: [
    { name: "x", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } }, optional: true },
    { name: "y", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } }, optional: true },
  ],
  additions: [
  ],
};

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
export const ECKASDH: AsnType = {
  kind: "choice",
  root: [
    { name: "eckasdhp", type: {
      kind: "sequence",
      root: [
        { name: "public-key", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ECpoint", get: () => ECpoint } },
        { name: "modulus", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
        { name: "base", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ECpoint", get: () => ECpoint } },
        { name: "weierstrassA", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
        { name: "weierstrassB", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
      ],
    } },
    { name: "eckasdh2", type: {
      kind: "sequence",
      root: [
        { name: "public-key", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ECpoint", get: () => ECpoint } },
        { name: "fieldSize", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
        { name: "base", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ECpoint", get: () => ECpoint } },
        { name: "weierstrassA", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
        { name: "weierstrassB", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
      ],
    } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.ECGDSASignature (line 90) */
export type ECGDSASignature = {
  r: BitString;
  s: BitString;
};
export const ECGDSASignature: AsnType = {
  kind: "sequence",
  root: [
    { name: "r", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
    { name: "s", type: { kind: "bitString", size: { lb: 0, ub: 511, ext: false } } },
  ],
};

/** H235-SECURITY-MESSAGES.TypedCertificate (line 101) */
export type TypedCertificate = {
  type: string;
  certificate: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const TypedCertificate: AsnType = {
  kind: "sequence",
  root: [
    { name: "type", type: { kind: "objectIdentifier" } },
    { name: "certificate", type: { kind: "octetString" } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.AuthenticationBES (line 108) */
export type AuthenticationBES = 
  | { choice: "default"; value: null }
  | { choice: "radius"; value: null }
  | UnknownAlternative;
export const AuthenticationBES: AsnType = {
  kind: "choice",
  root: [
    { name: "default", type: { kind: "null" } },
    { name: "radius", type: { kind: "null" } },
  ],
  additions: [
  ],
};

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
export const AuthenticationMechanism: AsnType = {
  kind: "choice",
  root: [
    { name: "dhExch", type: { kind: "null" } },
    { name: "pwdSymEnc", type: { kind: "null" } },
    { name: "pwdHash", type: { kind: "null" } },
    { name: "certSign", type: { kind: "null" } },
    { name: "ipsec", type: { kind: "null" } },
    { name: "tls", type: { kind: "null" } },
    { name: "nonStandard", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.NonStandardParameter", get: () => NonStandardParameter } },
  ],
  additions: [
    { name: "authenticationBES", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.AuthenticationBES", get: () => AuthenticationBES } },
    { name: "keyExch", type: { kind: "objectIdentifier" } },
  ],
};

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
export const ClearToken: AsnType = {
  kind: "sequence",
  root: [
    { name: "tokenOID", type: { kind: "objectIdentifier" } },
    { name: "timeStamp", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => TimeStamp }, optional: true },
    { name: "password", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Password", get: () => Password }, optional: true },
    { name: "dhkey", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.DHset", get: () => DHset }, optional: true },
    { name: "challenge", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ChallengeString", get: () => ChallengeString }, optional: true },
    { name: "random", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal }, optional: true },
    { name: "certificate", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TypedCertificate", get: () => TypedCertificate }, optional: true },
    { name: "generalID", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier }, optional: true },
    { name: "nonStandard", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.NonStandardParameter", get: () => NonStandardParameter }, optional: true },
  ],
  additions: [
    { name: "eckasdhkey", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ECKASDH", get: () => ECKASDH }, optional: true },
    { name: "sendersID", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier }, optional: true },
    { name: "h235Key", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.H235Key", get: () => H235Key }, optional: true },
    { name: "profileInfo", type: { kind: "sequenceOf", item: { kind: "ref", name: "H235-SECURITY-MESSAGES.ProfileElement", get: () => ProfileElement } }, optional: true },
    { name: "dhkeyext", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.DHsetExt", get: () => DHsetExt }, optional: true },
  ],
};

/** H235-SECURITY-MESSAGES.ProfileElement (line 158) */
export type ProfileElement = {
  elementID: number;
  paramS?: Params;
  element?: Element;
  $unknown?: UnknownExtension[];
};
export const ProfileElement: AsnType = {
  kind: "sequence",
  root: [
    { name: "elementID", type: { kind: "integer", lb: 0, ub: 255 } },
    { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params }, optional: true },
    { name: "element", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Element", get: () => Element }, optional: true },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.Element (line 167) */
export type Element = 
  | { choice: "octets"; value: Uint8Array }
  | { choice: "integer"; value: number }
  | { choice: "bits"; value: BitString }
  | { choice: "name"; value: string }
  | { choice: "flag"; value: boolean }
  | UnknownAlternative;
export const Element: AsnType = {
  kind: "choice",
  root: [
    { name: "octets", type: { kind: "octetString" } },
    { name: "integer", type: { kind: "integer" } },
    { name: "bits", type: { kind: "bitString" } },
    { name: "name", type: { kind: "charString", charset: "BMPString", bits: 16, indexed: false } },
    { name: "flag", type: { kind: "boolean" } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.IV8 (line 199) */
export type IV8 = Uint8Array;
export const IV8: AsnType = { kind: "octetString", size: { lb: 8, ub: 8, ext: false } };

/** H235-SECURITY-MESSAGES.IV16 (line 200) */
export type IV16 = Uint8Array;
export const IV16: AsnType = { kind: "octetString", size: { lb: 16, ub: 16, ext: false } };

/** H235-SECURITY-MESSAGES.Params (line 205) */
export type Params = {
  ranInt?: number;
  iv8?: IV8;
  iv16?: IV16;
  iv?: Uint8Array;
  clearSalt?: Uint8Array;
  $unknown?: UnknownExtension[];
};
export const Params: AsnType = {
  kind: "sequence",
  root: [
    { name: "ranInt", type: { kind: "integer" }, optional: true },
    { name: "iv8", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.IV8", get: () => IV8 }, optional: true },
  ],
  additions: [
    { name: "iv16", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.IV16", get: () => IV16 }, optional: true },
    { name: "iv", type: { kind: "octetString" }, optional: true },
    { name: "clearSalt", type: { kind: "octetString" }, optional: true },
  ],
};

/** H235-SECURITY-MESSAGES.EncodedGeneralToken (line 214) */
export type EncodedGeneralToken = Uint8Array;
export const EncodedGeneralToken: AsnType = { kind: "openType" };

/** H235-SECURITY-MESSAGES.PwdCertToken (line 215) */
export type PwdCertToken = ClearToken;
export const PwdCertToken: AsnType = { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => ClearToken };

/** H235-SECURITY-MESSAGES.EncodedPwdCertToken (line 216) */
export type EncodedPwdCertToken = Uint8Array;
export const EncodedPwdCertToken: AsnType = { kind: "openType" };

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
export const CryptoToken: AsnType = {
  kind: "choice",
  root: [
    { name: "cryptoEncryptedToken", type: {
      kind: "sequence",
      root: [
        { name: "tokenOID", type: { kind: "objectIdentifier" } },
        { name: "token", type: {
          kind: "sequence",
          root: [
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
            { name: "encryptedData", type: { kind: "octetString" } },
          ],
        } },
      ],
    } },
    { name: "cryptoSignedToken", type: {
      kind: "sequence",
      root: [
        { name: "tokenOID", type: { kind: "objectIdentifier" } },
        { name: "token", type: {
          kind: "sequence",
          root: [
            { name: "toBeSigned", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.EncodedGeneralToken", get: () => EncodedGeneralToken } },
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
            { name: "signature", type: { kind: "bitString" } },
          ],
        } },
      ],
    } },
    { name: "cryptoHashedToken", type: {
      kind: "sequence",
      root: [
        { name: "tokenOID", type: { kind: "objectIdentifier" } },
        { name: "hashedVals", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.ClearToken", get: () => ClearToken } },
        { name: "token", type: {
          kind: "sequence",
          root: [
            { name: "algorithmOID", type: { kind: "objectIdentifier" } },
            { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
            { name: "hash", type: { kind: "bitString" } },
          ],
        } },
      ],
    } },
    { name: "cryptoPwdEncr", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
        { name: "encryptedData", type: { kind: "octetString" } },
      ],
    } },
  ],
  additions: [
  ],
};

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
export const H235Key: AsnType = {
  kind: "choice",
  root: [
    { name: "secureChannel", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.KeyMaterial", get: () => KeyMaterial } },
    { name: "sharedSecret", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
        { name: "encryptedData", type: { kind: "octetString" } },
      ],
    } },
    { name: "certProtectedKey", type: {
      kind: "sequence",
      root: [
        { name: "toBeSigned", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.EncodedKeySignedMaterial", get: () => EncodedKeySignedMaterial } },
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
        { name: "signature", type: { kind: "bitString" } },
      ],
    } },
  ],
  additions: [
    { name: "secureSharedSecret", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.V3KeySyncMaterial", get: () => V3KeySyncMaterial } },
    { name: "secureChannelExt", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.KeyMaterialExt", get: () => KeyMaterialExt } },
  ],
};

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
export const KeySignedMaterial: AsnType = {
  kind: "sequence",
  root: [
    { name: "generalId", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier } },
    { name: "mrandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal } },
    { name: "srandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal }, optional: true },
    { name: "timeStamp", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TimeStamp", get: () => TimeStamp }, optional: true },
    { name: "encrptval", type: {
      kind: "sequence",
      root: [
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
        { name: "encryptedData", type: { kind: "octetString" } },
      ],
    } },
  ],
};

/** H235-SECURITY-MESSAGES.EncodedKeySignedMaterial (line 261) */
export type EncodedKeySignedMaterial = Uint8Array;
export const EncodedKeySignedMaterial: AsnType = { kind: "openType" };

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
export const H235CertificateSignature: AsnType = {
  kind: "sequence",
  root: [
    { name: "certificate", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TypedCertificate", get: () => TypedCertificate } },
    { name: "responseRandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal } },
    { name: "requesterRandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal }, optional: true },
    { name: "signature", type: {
      kind: "sequence",
      root: [
        { name: "toBeSigned", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.EncodedReturnSig", get: () => EncodedReturnSig } },
        { name: "algorithmOID", type: { kind: "objectIdentifier" } },
        { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
        { name: "signature", type: { kind: "bitString" } },
      ],
    } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.ReturnSig (line 272) */
export type ReturnSig = {
  generalId: Identifier;
  responseRandom: RandomVal;
  requestRandom?: RandomVal;
  certificate?: TypedCertificate;
};
export const ReturnSig: AsnType = {
  kind: "sequence",
  root: [
    { name: "generalId", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier } },
    { name: "responseRandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal } },
    { name: "requestRandom", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.RandomVal", get: () => RandomVal }, optional: true },
    { name: "certificate", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.TypedCertificate", get: () => TypedCertificate }, optional: true },
  ],
};

/** H235-SECURITY-MESSAGES.EncodedReturnSig (line 279) */
export type EncodedReturnSig = Uint8Array;
export const EncodedReturnSig: AsnType = { kind: "openType" };

/** H235-SECURITY-MESSAGES.KeySyncMaterial (line 280) */
export type KeySyncMaterial = {
  generalID: Identifier;
  keyMaterial: KeyMaterial;
  $unknown?: UnknownExtension[];
};
export const KeySyncMaterial: AsnType = {
  kind: "sequence",
  root: [
    { name: "generalID", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier } },
    { name: "keyMaterial", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.KeyMaterial", get: () => KeyMaterial } },
  ],
  additions: [
  ],
};

/** H235-SECURITY-MESSAGES.EncodedKeySyncMaterial (line 286) */
export type EncodedKeySyncMaterial = Uint8Array;
export const EncodedKeySyncMaterial: AsnType = { kind: "openType" };

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
export const V3KeySyncMaterial: AsnType = {
  kind: "sequence",
  root: [
    { name: "generalID", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Identifier", get: () => Identifier }, optional: true },
    { name: "algorithmOID", type: { kind: "objectIdentifier" }, optional: true },
    { name: "paramS", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params } },
    { name: "encryptedSessionKey", type: { kind: "octetString" }, optional: true },
    { name: "encryptedSaltingKey", type: { kind: "octetString" }, optional: true },
    { name: "clearSaltingKey", type: { kind: "octetString" }, optional: true },
    { name: "paramSsalt", type: { kind: "ref", name: "H235-SECURITY-MESSAGES.Params", get: () => Params }, optional: true },
    { name: "keyDerivationOID", type: { kind: "objectIdentifier" }, optional: true },
  ],
  additions: [
    { name: "genericKeyMaterial", type: { kind: "octetString" }, optional: true },
  ],
};
