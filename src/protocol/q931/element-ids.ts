// Q.931 §4.5 Table 4-3: information element identifiers of codeset 0, with the Connected
// number of Q.951 §3 that H.225.0 §7.2.2 adds. Identifiers with bit 8 set are single-octet
// elements (Q.931 §4.5.1): the shifts (1001 xxxx), Congestion level (1011 xxxx), Repeat
// indicator (1101 xxxx), More data (1010 0000) and Sending complete (1010 0001).

export const Q931ElementId = {
  bearerCapability: 0x04,
  cause: 0x08,
  callIdentity: 0x10,
  callState: 0x14,
  channelIdentification: 0x18,
  facility: 0x1c,
  progressIndicator: 0x1e,
  networkSpecificFacilities: 0x20,
  notificationIndicator: 0x27,
  display: 0x28,
  dateTime: 0x29,
  keypadFacility: 0x2c,
  signal: 0x34,
  informationRate: 0x40,
  connectedNumber: 0x4c,
  callingPartyNumber: 0x6c,
  callingPartySubaddress: 0x6d,
  calledPartyNumber: 0x70,
  calledPartySubaddress: 0x71,
  redirectingNumber: 0x74,
  transitNetworkSelection: 0x78,
  restartIndicator: 0x79,
  lowLayerCompatibility: 0x7c,
  highLayerCompatibility: 0x7d,
  userUser: 0x7e,
} as const;

export type Q931ElementName = keyof typeof Q931ElementId;

const NAMES = new Map<number, Q931ElementName>(
  Object.entries(Q931ElementId).map(([name, id]) => [id, name as Q931ElementName]),
);

/** The element's name in codeset 0, or undefined when this table does not hold it. */
export function q931ElementName(id: number): Q931ElementName | undefined {
  return NAMES.get(id);
}
