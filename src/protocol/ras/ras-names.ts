import type { RasMessage } from "./ras-message.js";

// The names H.225.0 gives the RAS messages (§7.7-7.11 and the RasMessage CHOICE of §7.6):
// the three-letter abbreviations the Recommendation and every trace use ("GRQ", "RCF"), and the
// request every confirm, reject or RequestInProgress answers, matched by requestSeqNum
// (H.225.0 §7.6: "requestSeqNum ... the same value shall be returned in the response").

export type RasMessageKind = Exclude<RasMessage["choice"], "$unknown">;

const ABBREVIATIONS: Readonly<Record<RasMessageKind, string>> = {
  gatekeeperRequest: "GRQ",
  gatekeeperConfirm: "GCF",
  gatekeeperReject: "GRJ",
  registrationRequest: "RRQ",
  registrationConfirm: "RCF",
  registrationReject: "RRJ",
  unregistrationRequest: "URQ",
  unregistrationConfirm: "UCF",
  unregistrationReject: "URJ",
  admissionRequest: "ARQ",
  admissionConfirm: "ACF",
  admissionReject: "ARJ",
  bandwidthRequest: "BRQ",
  bandwidthConfirm: "BCF",
  bandwidthReject: "BRJ",
  disengageRequest: "DRQ",
  disengageConfirm: "DCF",
  disengageReject: "DRJ",
  locationRequest: "LRQ",
  locationConfirm: "LCF",
  locationReject: "LRJ",
  infoRequest: "IRQ",
  infoRequestResponse: "IRR",
  nonStandardMessage: "NonStandardMessage",
  unknownMessageResponse: "XRS",
  requestInProgress: "RIP",
  resourcesAvailableIndicate: "RAI",
  resourcesAvailableConfirm: "RAC",
  infoRequestAck: "IACK",
  infoRequestNak: "INAK",
  serviceControlIndication: "SCI",
  serviceControlResponse: "SCR",
  admissionConfirmSequence: "ACF sequence",
};

/** "GRQ", "RCF", "RIP"...; "Unknown" for an extension alternative this version does not know. */
export function rasName(m: RasMessage): string {
  return m.choice === "$unknown" ? "Unknown" : ABBREVIATIONS[m.choice];
}

/** "GRQ" for "gatekeeperRequest". */
export function rasAbbreviation(kind: RasMessageKind): string {
  return ABBREVIATIONS[kind];
}

/**
 * The requestSeqNum of a message; undefined for an ACF sequence (its ACFs carry their own) and
 * an unknown alternative.
 */
export function requestSeqNum(m: RasMessage): number | undefined {
  if (m.choice === "$unknown" || m.choice === "admissionConfirmSequence") return undefined;
  return m.value.requestSeqNum;
}

/** The request a confirm or reject answers: "registrationConfirm" -> "registrationRequest". */
export const ANSWERS: Readonly<Partial<Record<RasMessageKind, RasMessageKind>>> = {
  gatekeeperConfirm: "gatekeeperRequest",
  gatekeeperReject: "gatekeeperRequest",
  registrationConfirm: "registrationRequest",
  registrationReject: "registrationRequest",
  unregistrationConfirm: "unregistrationRequest",
  unregistrationReject: "unregistrationRequest",
  admissionConfirm: "admissionRequest",
  admissionReject: "admissionRequest",
  admissionConfirmSequence: "admissionRequest",
  bandwidthConfirm: "bandwidthRequest",
  bandwidthReject: "bandwidthRequest",
  disengageConfirm: "disengageRequest",
  disengageReject: "disengageRequest",
  locationConfirm: "locationRequest",
  locationReject: "locationRequest",
  infoRequestResponse: "infoRequest",
  infoRequestAck: "infoRequestResponse",
  infoRequestNak: "infoRequestResponse",
  resourcesAvailableConfirm: "resourcesAvailableIndicate",
  serviceControlResponse: "serviceControlIndication",
};

/** The reason a reject gives (or the nakReason of an INAK), as its ASN.1 name. */
export function rejectReason(m: RasMessage): string | undefined {
  switch (m.choice) {
    case "gatekeeperReject":
    case "registrationReject":
    case "unregistrationReject":
    case "admissionReject":
    case "bandwidthReject":
    case "disengageReject":
    case "locationReject":
      return m.value.rejectReason.choice;
    case "infoRequestNak":
      return m.value.nakReason.choice;
    default:
      return undefined;
  }
}
