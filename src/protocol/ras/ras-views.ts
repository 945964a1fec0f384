import type { H225 } from "../asn1/index.js";
import { type AliasSet, readAliases } from "../h323/aliases.js";
import { type HostPort, readH225Address } from "../h323/transport-address.js";
import type { RasMessage } from "./ras-message.js";

// What a RAS message says about endpoints, as the plain shapes the rest of the code uses:
// the aliases of the endpoint that sent or is named by it, the aliases it asks for, and its
// RAS and call signalling addresses (H.225.0 §7.7-7.11 field by field).

/**
 * The aliases a message gives for its endpoint: GRQ/URQ/IRR endpointAlias, RRQ/RCF
 * terminalAlias, ARQ srcInfo, LRQ sourceInfo. Empty when it names none.
 */
export function endpointAliases(m: RasMessage): readonly H225.AliasAddress[] {
  switch (m.choice) {
    case "gatekeeperRequest":
    case "unregistrationRequest":
    case "infoRequestResponse":
      return m.value.endpointAlias ?? [];
    case "registrationRequest":
    case "registrationConfirm":
      return m.value.terminalAlias ?? [];
    case "admissionRequest":
      return m.value.srcInfo;
    case "locationRequest":
      return m.value.sourceInfo ?? [];
    default:
      return [];
  }
}

/** The destination a message names: ARQ/ACF/LRQ/LCF destinationInfo. Empty when none. */
export function destinationAliases(m: RasMessage): readonly H225.AliasAddress[] {
  switch (m.choice) {
    case "admissionRequest":
    case "admissionConfirm":
    case "locationConfirm":
      return m.value.destinationInfo ?? [];
    case "locationRequest":
      return m.value.destinationInfo;
    default:
      return [];
  }
}

/** The first alias of each kind the endpoint gives (h323-ID, url-ID, email-ID, dialedDigits). */
export function endpointAliasSet(m: RasMessage): AliasSet {
  return readAliases(endpointAliases(m));
}

/** First IPv4 address of a list (H.225.0 lists addresses in order of preference). */
function firstIpv4(list: readonly H225.TransportAddress[]): HostPort | undefined {
  for (const a of list) {
    const hp = readH225Address(a);
    if (hp) return hp;
  }
  return undefined;
}

/**
 * The RAS address a message gives: where its sender wants RAS answers (GRQ, GCF, RRQ, LCF,
 * IRR rasAddress; LRQ and IRQ replyAddress). IPv4 only.
 */
export function rasAddressOf(m: RasMessage): HostPort | undefined {
  switch (m.choice) {
    case "gatekeeperRequest":
    case "gatekeeperConfirm":
    case "locationConfirm":
    case "infoRequestResponse":
      return readH225Address(m.value.rasAddress);
    case "registrationRequest":
      return firstIpv4(m.value.rasAddress);
    case "locationRequest":
      return readH225Address(m.value.replyAddress);
    case "infoRequest":
      return readH225Address(m.value.replyAddress);
    default:
      return undefined;
  }
}

/**
 * The call signalling address a message gives: the endpoint's own (RRQ, RCF, URQ, IRR), or where
 * to place the call (ACF destCallSignalAddress, LCF callSignalAddress, ARQ destCallSignalAddress).
 */
export function callSignalAddressOf(m: RasMessage): HostPort | undefined {
  switch (m.choice) {
    case "registrationRequest":
    case "registrationConfirm":
    case "unregistrationRequest":
    case "infoRequestResponse":
      return firstIpv4(m.value.callSignalAddress);
    case "admissionConfirm":
      return readH225Address(m.value.destCallSignalAddress);
    case "admissionRequest":
      return readH225Address(m.value.destCallSignalAddress);
    case "locationConfirm":
      return readH225Address(m.value.callSignalAddress);
    default:
      return undefined;
  }
}

/** "h323-ID alice", "url-ID h323:alice@example.se", "dialedDigits 4660", "transportID 10.0.0.1:1720". */
export function aliasLabel(a: H225.AliasAddress): string {
  switch (a.choice) {
    case "h323-ID":
    case "url-ID":
    case "email-ID":
    case "dialedDigits":
      return `${a.choice} ${a.value}`;
    case "transportID": {
      const hp = readH225Address(a.value);
      return `transportID ${hp ? `${hp.host}:${hp.port}` : a.value.choice}`;
    }
    default:
      return a.choice;
  }
}
