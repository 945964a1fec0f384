import type { H225 } from "../asn1/index.js";
import type { HostPort } from "../h323/transport-address.js";
import type { RasMessage } from "./ras-message.js";
import { rejectReason, requestSeqNum } from "./ras-names.js";
import {
  aliasLabel,
  callSignalAddressOf,
  destinationAliases,
  endpointAliases,
  rasAddressOf,
} from "./ras-views.js";

// One line for each RAS message, for the report's ladder and the shell's messages: the
// requestSeqNum, then what decides the exchange (aliases, addresses, timeToLive, the reason of a
// reject, the delay of a RequestInProgress).

const hp = (a: HostPort) => `${a.host}:${a.port}`;

function aliasesPart(list: readonly H225.AliasAddress[], label: string): string[] {
  return list.length ? [`${label} ${list.map(aliasLabel).join(", ")}`] : [];
}

/** The H.460 features (H.460.1 §7) a featureSet lists, e.g. "features 18, 19". */
function featuresPart(fs: H225.FeatureSet | undefined): string[] {
  const ids = [
    ...(fs?.neededFeatures ?? []),
    ...(fs?.desiredFeatures ?? []),
    ...(fs?.supportedFeatures ?? []),
  ]
    .map((g) => (g.id.choice === "standard" ? String(g.id.value) : g.id.choice))
    .filter((x, i, all) => all.indexOf(x) === i);
  return ids.length ? [`features ${ids.join(", ")}`] : [];
}

/** The fields that matter in this kind of message, in reading order. */
function partsOf(m: RasMessage): string[] {
  const ras = rasAddressOf(m);
  const signal = callSignalAddressOf(m);
  switch (m.choice) {
    case "gatekeeperRequest":
      return [
        ...(m.value.gatekeeperIdentifier ? [`gatekeeper ${m.value.gatekeeperIdentifier}`] : []),
        ...aliasesPart(endpointAliases(m), "aliases"),
        ...(ras ? [`RAS ${hp(ras)}`] : []),
        ...featuresPart(m.value.featureSet),
      ];
    case "gatekeeperConfirm":
      return [
        ...(m.value.gatekeeperIdentifier ? [`gatekeeper ${m.value.gatekeeperIdentifier}`] : []),
        ...(ras ? [`RAS ${hp(ras)}`] : []),
        ...featuresPart(m.value.featureSet),
      ];
    case "registrationRequest":
      if (m.value.keepAlive === true) {
        return [
          "keepAlive",
          ...(m.value.endpointIdentifier ? [`endpoint ${m.value.endpointIdentifier}`] : []),
          ...(m.value.timeToLive !== undefined ? [`timeToLive ${m.value.timeToLive} s`] : []),
        ];
      }
      return [
        ...aliasesPart(endpointAliases(m), "aliases"),
        ...(signal ? [`call signalling ${hp(signal)}`] : []),
        ...(m.value.timeToLive !== undefined ? [`timeToLive ${m.value.timeToLive} s`] : []),
        ...featuresPart(m.value.featureSet),
      ];
    case "registrationConfirm":
      return [
        `endpoint ${m.value.endpointIdentifier}`,
        ...aliasesPart(endpointAliases(m), "aliases"),
        ...(m.value.timeToLive !== undefined ? [`timeToLive ${m.value.timeToLive} s`] : []),
        ...featuresPart(m.value.featureSet),
      ];
    case "unregistrationRequest":
      return [
        ...(m.value.endpointIdentifier ? [`endpoint ${m.value.endpointIdentifier}`] : []),
        ...(m.value.reason ? [`reason ${m.value.reason.choice}`] : []),
      ];
    case "admissionRequest":
      return [
        ...aliasesPart(destinationAliases(m), "to"),
        ...(signal ? [`to ${hp(signal)}`] : []),
        ...(m.value.answerCall ? ["answering"] : []),
        `call reference ${m.value.callReferenceValue}`,
        `bandwidth ${m.value.bandWidth}`,
      ];
    case "admissionConfirm":
      return [
        ...(signal ? [`call signalling ${hp(signal)}`] : []),
        m.value.callModel.choice,
        ...aliasesPart(destinationAliases(m), "destination"),
        `bandwidth ${m.value.bandWidth}`,
      ];
    case "disengageRequest":
      return [`reason ${m.value.disengageReason.choice}`, `call reference ${m.value.callReferenceValue}`];
    case "infoRequest":
      return [`call reference ${m.value.callReferenceValue}`, ...(ras ? [`reply to ${hp(ras)}`] : [])];
    case "infoRequestResponse":
      return [`${m.value.perCallInfo?.length ?? 0} calls`, ...(m.value.unsolicited ? ["unsolicited"] : [])];
    case "locationRequest":
      return [...aliasesPart(destinationAliases(m), "for"), ...(ras ? [`reply to ${hp(ras)}`] : [])];
    case "locationConfirm":
      return signal ? [`call signalling ${hp(signal)}`] : [];
    case "requestInProgress":
      return [`delay ${m.value.delay} ms`];
    case "bandwidthRequest":
    case "bandwidthConfirm":
      return [`bandwidth ${m.value.bandWidth}`];
    default: {
      const reason = rejectReason(m);
      return reason ? [`reason ${reason}`] : [];
    }
  }
}

/** "#3 to url-ID h323:bob@example.se, call reference 7, bandwidth 7680". */
export function rasSummary(m: RasMessage): string {
  const seq = requestSeqNum(m);
  return [...(seq !== undefined ? [`#${seq}`] : []), ...partsOf(m)].join(", ").replace(/^(#\d+),/, "$1");
}
