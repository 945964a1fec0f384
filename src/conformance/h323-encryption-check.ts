import type { H235KeyRecord } from "../protocol/h235/call-keys.js";
import type { H235ReceiveMeasurement } from "../protocol/h235/media-crypto.js";
import type { Check } from "../report/model.js";
import { type CheckBase, notTested, toCheck, type Verdict } from "./check-text.js";

// The encryption requirement of an H.323 call, graded from H.235.6 as it happened: the DH
// tokens in Setup/Connect, the media keys in H.245 encryptionSync, and the endpoint's RTP as
// it arrived (decrypted, failed, in clear, and whether the wire octets look like ciphertext).
// The same three checks as for SIP (SRTP signalled, keys protected, media encrypted on the wire).

/** H.235.6 on one H.323 call, as the evidence of the endpoint under test. */
export interface H323EncryptionEvidence {
  /** The endpoint called the room ("caller", it offers) or answered our call ("callee", we offer). */
  readonly endpointRole: "caller" | "callee";
  /** Who offered DH tokens in the Setup: the endpoint (it called the room) or vdm-test. */
  readonly offeredBy?: "endpoint" | "vdm-test";
  readonly agreed?: {
    readonly group: { readonly tokenOID: string; readonly bits: number };
    /** vdm-test's H.245 role: the master hands out the media keys. */
    readonly ourRole?: "master" | "slave";
    readonly keyMessages: readonly H235KeyRecord[];
  };
  /** Why an offer did not lead to encryption. */
  readonly failure?: string;
  /** What the endpoint sent us, per medium, as it arrived. */
  readonly media: { readonly audio?: H235ReceiveMeasurement; readonly video?: H235ReceiveMeasurement };
}

const SIGNALLED: CheckBase = {
  id: "encryption.srtp-signalled",
  title: "H.235.6 media encryption agreed",
  serves: ["encryption"],
  specRef: "ITU-T H.235.6 (DH clearTokens in Setup/Connect; encryptionSync in H.245); H.235.0 §8",
};

const KEYS: CheckBase = {
  id: "encryption.key-exchange",
  title: "Media keys protected in signalling",
  serves: ["encryption"],
  specRef: "ITU-T H.235.6 (media keys encrypted under the Diffie-Hellman master key)",
};

const WIRE: CheckBase = {
  id: "encryption.srtp-on-the-wire",
  title: "Media encrypted on the wire",
  serves: ["encryption"],
  specRef: "ITU-T H.235.0 §9.3 (AES-128-CBC RTP payloads); H.235.6",
};

const groupName = (g: { bits: number }) => `DH-${g.bits}`;

const NOT_OFFERED = notTested(
  "vdm-test offered no H.235 media encryption on this call (--srtp off, or fast start)",
  "vdm-test erbjöd ingen H.235-kryptering av media i det här samtalet (--srtp off, eller snabbstart)",
);

function signalled(e: H323EncryptionEvidence): Verdict {
  const evidence: Record<string, unknown> = { ...e, media: undefined };
  if (!e.offeredBy && e.endpointRole === "callee") return NOT_OFFERED;
  if (!e.offeredBy) {
    return {
      status: "fail",
      en: {
        summary: "the endpoint offered no H.235 media encryption (no DH clearTokens in its Setup)",
        advice: "Turn on H.235 media encryption (AES-128, H.235.6) on the endpoint.",
      },
      sv: {
        summary: "ändpunkten erbjöd ingen H.235-kryptering av media (inga DH-clearTokens i dess Setup)",
        advice: "Slå på H.235-kryptering av media (AES-128, H.235.6) i ändpunkten.",
      },
      evidence,
    };
  }
  if (!e.agreed) {
    const why = e.failure ?? "no DH agreement";
    return {
      status: "fail",
      en: {
        summary: `H.235.6 not agreed: ${why}`,
        advice: "Turn on H.235 media encryption (AES-128, H.235.6) on the endpoint.",
      },
      sv: {
        summary: `H.235.6 avtalades inte: ${why}`,
        advice: "Slå på H.235-kryptering av media (AES-128, H.235.6) i ändpunkten.",
      },
      evidence,
    };
  }
  const bad = e.agreed.keyMessages.filter((m) => m.error);
  const lines = e.agreed.keyMessages.map(
    (m) =>
      `${m.direction} ${m.message} channel ${m.channel}${m.kind ? ` (${m.kind})` : ""}${m.error ? `: ${m.error}` : ""}`,
  );
  if (bad.length > 0) {
    return {
      status: "fail",
      en: {
        summary: `${groupName(e.agreed.group)} agreed, but ${bad.length} key message(s) unusable: ${bad[0]!.error}`,
        advice: "The endpoint's H.245 media keys (encryptionSync) must decrypt under the DH master key.",
      },
      sv: {
        summary: `${groupName(e.agreed.group)} avtalades, men ${bad.length} nyckelmeddelande(n) gick inte att använda: ${bad[0]!.error}`,
        advice:
          "Ändpunktens medienycklar i H.245 (encryptionSync) måste gå att dekryptera med DH-huvudnyckeln.",
      },
      evidence,
      lines,
    };
  }
  const keyed = e.agreed.keyMessages.length;
  return {
    status: "pass",
    en: {
      summary: `H.235.6 agreed: ${groupName(e.agreed.group)} in ${e.offeredBy === "endpoint" ? "Setup/Connect" : "Connect"}, ${keyed} media key message(s) in H.245`,
    },
    sv: {
      summary: `H.235.6 avtalat: ${groupName(e.agreed.group)} i ${e.offeredBy === "endpoint" ? "Setup/Connect" : "Connect"}, ${keyed} medienyckelmeddelande(n) i H.245`,
    },
    evidence,
    lines,
  };
}

function keys(e: H323EncryptionEvidence): Verdict {
  if (!e.agreed) return notTested("no H.235 media keys were exchanged", "inga H.235-medienycklar utbyttes");
  const g = groupName(e.agreed.group);
  return {
    status: "pass",
    en: { summary: `media keys sent only encrypted under the ${g} master key (H.235.6), never in clear` },
    sv: {
      summary: `medienycklarna skickades bara krypterade med ${g}-huvudnyckeln (H.235.6), aldrig i klartext`,
    },
    evidence: { group: e.agreed.group },
  };
}

function wire(e: H323EncryptionEvidence): Verdict {
  const media = Object.entries(e.media).filter(
    (x): x is [string, H235ReceiveMeasurement] => x[1] !== undefined,
  );
  const evidence: Record<string, unknown> = { media: e.media };
  const fix = {
    en: "Require H.235 media encryption on the endpoint so that media is never sent in the clear.",
    sv: "Kräv H.235-kryptering av media i ändpunkten så att media aldrig skickas okrypterat.",
  };
  if (!e.agreed && !e.offeredBy && e.endpointRole === "callee") return NOT_OFFERED;
  if (!e.agreed) {
    return {
      status: "fail",
      en: { summary: "media was agreed as plain RTP (no H.235)", advice: fix.en },
      sv: { summary: "media överenskoms som okrypterad RTP (ingen H.235)", advice: fix.sv },
      evidence,
    };
  }
  const sum = (f: (m: H235ReceiveMeasurement) => number) => media.reduce((n, [, m]) => n + f(m), 0);
  const decrypted = sum((m) => m.decrypted);
  const failed = sum((m) => m.failed);
  const clear = sum((m) => m.clear + m.noKey);
  const notCipher = media
    .filter(([, m]) => m.randomness === "not-ciphertext")
    .map(([k, m]) => `${k} (chi-square ${m.chiSquare} over ${m.wireOctets} octets)`);
  if (clear > 0 || notCipher.length > 0) {
    const what =
      clear > 0
        ? `${clear} packets arrived in clear or before any key`
        : `the wire octets of ${notCipher.join(", ")} are not ciphertext`;
    const whatSv =
      clear > 0
        ? `${clear} paket kom okrypterade eller före någon nyckel`
        : `oktetterna på tråden för ${notCipher.join(", ")} är inte chiffertext`;
    return {
      status: "fail",
      en: { summary: what, advice: fix.en },
      sv: { summary: whatSv, advice: fix.sv },
      evidence,
    };
  }
  if (decrypted === 0) {
    if (failed === 0) {
      return {
        status: "inconclusive",
        en: { summary: "H.235.6 agreed but no packets arrived to decrypt" },
        sv: { summary: "H.235.6 avtalades men inga paket kom att dekryptera" },
        evidence,
      };
    }
    return {
      status: "fail",
      en: {
        summary: `none of ${failed} packets decrypted with the keys in H.245`,
        advice: "The endpoint encrypts with keys other than the ones in encryptionSync.",
      },
      sv: {
        summary: `inget av ${failed} paket gick att dekryptera med nycklarna i H.245`,
        advice: "Ändpunkten krypterar med andra nycklar än de i encryptionSync.",
      },
      evidence,
    };
  }
  if (failed > 0) {
    return {
      status: "warn",
      en: {
        summary: `${decrypted} packets decrypted, ${failed} did not`,
        advice: "Some packets did not decrypt: look at key updates and padding.",
      },
      sv: {
        summary: `${decrypted} paket dekrypterades, ${failed} gick inte`,
        advice: "En del paket gick inte att dekryptera: se över nyckelbyten och utfyllnad.",
      },
      evidence,
    };
  }
  const few = media.some(([, m]) => m.randomness === "too-few-octets");
  return {
    status: "pass",
    en: {
      summary: `all ${decrypted} packets decrypted with the H.245 keys, none in clear${few ? "" : ", wire octets read as ciphertext"}`,
    },
    sv: {
      summary: `alla ${decrypted} paket dekrypterades med H.245-nycklarna, inga okrypterade${few ? "" : ", oktetterna på tråden ser ut som chiffertext"}`,
    },
    evidence,
  };
}

/** The H.323 check for an encryption check id, or undefined for another id. */
export function h323EncryptionCheck(id: string, e: H323EncryptionEvidence): Check | undefined {
  if (id === SIGNALLED.id) return toCheck(SIGNALLED, signalled(e));
  if (id === KEYS.id) return toCheck(KEYS, keys(e));
  if (id === WIRE.id) return toCheck(WIRE, wire(e));
  return undefined;
}
