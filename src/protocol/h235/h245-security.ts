import type { H245 } from "../asn1/index.js";
import { OID_AES128_CBC } from "./h235-oids.js";

// H.235.0 §8 / H.245: a media capability that may run encrypted is announced by an
// h235SecurityCapability entry naming it (mediaCapability) with the algorithms, and an
// encrypted channel is opened with dataType h235Media wrapping the media type.

const AES128: H245.EncryptionAuthenticationAndIntegrity = {
  encryptionCapability: [{ choice: "algorithm", value: OID_AES128_CBC }],
};

/** The OLC dataType of an encrypted channel of `dataType` (audio or video). */
export function securedDataType(dataType: H245.DataType): H245.DataType {
  if (dataType.choice !== "audioData" && dataType.choice !== "videoData") return dataType;
  return {
    choice: "h235Media",
    value: {
      encryptionAuthenticationAndIntegrity: AES128,
      mediaType: dataType as H245.H235Media["mediaType"],
    },
  };
}

/** The media type inside h235Media, or the dataType itself. */
export function plainDataType(dataType: H245.DataType): H245.DataType {
  return dataType.choice === "h235Media"
    ? ((dataType.value as H245.H235Media).mediaType as H245.DataType)
    : dataType;
}

/** The encryption algorithms an h235Media dataType names, or undefined for a clear channel. */
export function channelAlgorithms(dataType: H245.DataType): string[] | undefined {
  if (dataType.choice !== "h235Media") return undefined;
  const e =
    (dataType.value as H245.H235Media).encryptionAuthenticationAndIntegrity.encryptionCapability ?? [];
  return e.flatMap((a) => (a.choice === "algorithm" ? [a.value as string] : []));
}

/**
 * Our capability set with an h235SecurityCapability (AES-128) for each audio and video receive
 * capability, numbered after the table and offered beside it in the same alternative sets.
 */
export function withSecurityCapabilities<T extends Omit<H245.TerminalCapabilitySet, "sequenceNumber">>(
  set: T,
): T {
  const table = set.capabilityTable ?? [];
  let next = Math.max(0, ...table.map((e) => e.capabilityTableEntryNumber)) + 1;
  const secured = new Map<number, number>();
  const added: H245.CapabilityTableEntry[] = [];
  for (const e of table) {
    const c = e.capability?.choice;
    if (c !== "receiveAudioCapability" && c !== "receiveVideoCapability") continue;
    secured.set(e.capabilityTableEntryNumber, next);
    added.push({
      capabilityTableEntryNumber: next,
      capability: {
        choice: "h235SecurityCapability",
        value: {
          encryptionAuthenticationAndIntegrity: AES128,
          mediaCapability: e.capabilityTableEntryNumber,
        },
      },
    });
    next++;
  }
  const descriptors = set.capabilityDescriptors?.map((d) => ({
    ...d,
    ...(d.simultaneousCapabilities
      ? {
          simultaneousCapabilities: d.simultaneousCapabilities.map((alt) => [
            ...alt,
            ...alt.flatMap((n) => (secured.has(n) ? [secured.get(n)!] : [])),
          ]),
        }
      : {}),
  }));
  return {
    ...set,
    capabilityTable: [...table, ...added],
    ...(descriptors ? { capabilityDescriptors: descriptors } : {}),
  };
}

/** The media capability numbers the far end's set says it can take encrypted with AES-128. */
export function securedCapabilities(set: H245.TerminalCapabilitySet): number[] {
  return (set.capabilityTable ?? []).flatMap((e) => {
    if (e.capability?.choice !== "h235SecurityCapability") return [];
    const v = e.capability.value as H245.H235SecurityCapability;
    const algs = v.encryptionAuthenticationAndIntegrity.encryptionCapability ?? [];
    return algs.some((a) => a.choice === "algorithm" && a.value === OID_AES128_CBC)
      ? [v.mediaCapability]
      : [];
  });
}
