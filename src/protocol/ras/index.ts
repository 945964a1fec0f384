export { decodeRas, encodeRas, MAX_RAS_BYTES, RAS_FORMAT, type RasMessage } from "./ras-message.js";
export {
  ANSWERS,
  type RasMessageKind,
  rasAbbreviation,
  rasName,
  rejectReason,
  requestSeqNum,
} from "./ras-names.js";
export { rasSummary } from "./ras-summary.js";
export {
  aliasLabel,
  callSignalAddressOf,
  destinationAliases,
  endpointAliases,
  endpointAliasSet,
  rasAddressOf,
} from "./ras-views.js";
