import { H235, type H245, perCodec } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";
import { AES_BLOCK, cbcDecrypt, cbcEncrypt } from "./aes-cbc.js";
import { H235Error } from "./h235-error.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import { AES128_KEY_LENGTH } from "./key-derivation.js";

/** H.235.0 H235Key, the value carried PER-encoded in EncryptionSync.h235Key. */
export const h235KeyCodec = perCodec<H235.H235Key>("H235Key", H235.H235Key);

/** A media key as the master hands it out for one logical channel. */
export interface MediaKey {
  /** H.245 EncryptionSync.synchFlag: the RTP payload type of the packets this key protects. */
  readonly synchFlag: number;
  readonly key: Uint8Array;
  readonly algorithmOID: string;
}

const ZERO_IV = new Uint8Array(AES_BLOCK);

/**
 * H.235.6 §8 (media key distribution): the master encrypts the media key with the key derived
 * from the DH secret and sends it as H235Key.secureSharedSecret (V3KeySyncMaterial:
 * algorithmOID, paramS, encryptedSessionKey) in the OpenLogicalChannel(Ack) encryptionSync.
 * The key is one AES block, encrypted in CBC with the IV paramS carries; paramS empty means an
 * all-zero IV, which is what we send (and what deployed H.235.6 endpoints send and expect).
 */
export function buildEncryptionSync(masterKey: Uint8Array, media: MediaKey): H245.EncryptionSync {
  if (media.key.length !== AES128_KEY_LENGTH) throw new RangeError(`media key of ${media.key.length} octets`);
  const key: H235.H235Key = {
    choice: "secureSharedSecret",
    value: {
      algorithmOID: media.algorithmOID,
      paramS: {},
      encryptedSessionKey: cbcEncrypt(masterKey, ZERO_IV, media.key),
    },
  };
  return { synchFlag: media.synchFlag, h235Key: h235KeyCodec.encode(key) };
}

/** Reads the media key of an encryptionSync; H235Error("bad-key") names what is wrong. */
export function readEncryptionSync(
  masterKey: Uint8Array,
  sync: H245.EncryptionSync,
  field = "encryptionSync",
): MediaKey {
  let key: H235.H235Key;
  try {
    key = h235KeyCodec.decode(sync.h235Key);
  } catch (e) {
    if (e instanceof ParseError) throw new H235Error("bad-key", `${field}.h235Key`, e.message);
    throw e;
  }
  if (key.choice !== "secureSharedSecret") {
    throw new H235Error(
      "bad-key",
      `${field}.h235Key`,
      `${key.choice} is not the secureSharedSecret H.235.6 uses`,
    );
  }
  const v3 = key.value as H235.V3KeySyncMaterial;
  const algorithmOID = v3.algorithmOID ?? OID_AES128_CBC;
  if (algorithmOID !== OID_AES128_CBC) {
    throw new H235Error(
      "bad-key",
      `${field}.h235Key.algorithmOID`,
      `algorithm ${algorithmOID} is not AES-128-CBC`,
    );
  }
  const encrypted = v3.encryptedSessionKey;
  if (!encrypted || encrypted.length !== AES128_KEY_LENGTH) {
    throw new H235Error(
      "bad-key",
      `${field}.h235Key.encryptedSessionKey`,
      encrypted ? `${encrypted.length} octets, an AES-128 key has 16` : "absent",
    );
  }
  const iv = v3.paramS.iv16 ?? ZERO_IV;
  return { synchFlag: sync.synchFlag, key: cbcDecrypt(masterKey, iv, encrypted), algorithmOID };
}
