import type { H225 } from "../asn1/index.js";
import { Q850Cause } from "../q931/cause.js";

// H.225.0 §7.2.2.8 Table 5: the Q.850 cause value that goes with each ReleaseCompleteReason,
// so a ReleaseComplete says the same thing in its Cause element and its UUIE.

export type ReleaseReasonName = Exclude<H225.ReleaseCompleteReason["choice"], "$unknown">;

const CAUSE_OF_REASON: Record<ReleaseReasonName, number> = {
  noBandwidth: Q850Cause.noCircuitAvailable,
  gatekeeperResources: Q850Cause.resourceUnavailable,
  unreachableDestination: Q850Cause.noRouteToDestination,
  destinationRejection: Q850Cause.normalCallClearing,
  invalidRevision: Q850Cause.incompatibleDestination,
  noPermission: Q850Cause.protocolError,
  unreachableGatekeeper: Q850Cause.networkOutOfOrder,
  gatewayResources: Q850Cause.switchingEquipmentCongestion,
  badFormatAddress: Q850Cause.invalidNumberFormat,
  adaptiveBusy: Q850Cause.temporaryFailure,
  inConf: Q850Cause.userBusy,
  undefinedReason: Q850Cause.normalUnspecified,
  facilityCallDeflection: Q850Cause.normalCallClearing,
  securityDenied: Q850Cause.normalUnspecified,
  calledPartyNotRegistered: Q850Cause.subscriberAbsent,
  callerNotRegistered: Q850Cause.normalUnspecified,
  newConnectionNeeded: Q850Cause.resourceUnavailable,
  nonStandardReason: Q850Cause.interworking,
  replaceWithConferenceInvite: Q850Cause.normalUnspecified,
  genericDataReason: Q850Cause.normalUnspecified,
  neededFeatureNotSupported: Q850Cause.normalUnspecified,
  tunnelledSignallingRejected: Q850Cause.interworking,
  // Added after the table (H.225.0 v5+): no cause of their own.
  invalidCID: Q850Cause.normalUnspecified,
  securityError: Q850Cause.normalUnspecified,
  hopCountExceeded: Q850Cause.normalUnspecified,
};

/** The Q.850 cause H.225.0 Table 5 gives a release reason. */
export function causeOfReleaseReason(reason: ReleaseReasonName): number {
  return CAUSE_OF_REASON[reason];
}

/** A reason that takes no value, as the UUIE carries it (nonStandard/conference/security reasons need one). */
export function releaseReason(
  reason: Exclude<ReleaseReasonName, "nonStandardReason" | "replaceWithConferenceInvite" | "securityError">,
): H225.ReleaseCompleteReason {
  return { choice: reason, value: null } as H225.ReleaseCompleteReason;
}
