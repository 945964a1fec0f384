// Q.931 §4.4 Table 4-2: message types. H.225.0 §7.2 uses the ones named in its §7.3-7.4
// (Setup, Call Proceeding, Alerting, Connect, Release Complete, Facility, Progress, Notify,
// Information, Status, Status Inquiry, Setup Acknowledge) and forbids the rest.

export const Q931MessageType = {
  alerting: 0x01,
  callProceeding: 0x02,
  progress: 0x03,
  setup: 0x05,
  connect: 0x07,
  setupAcknowledge: 0x0d,
  connectAcknowledge: 0x0f,
  userInformation: 0x20,
  disconnect: 0x45,
  restart: 0x46,
  release: 0x4d,
  releaseComplete: 0x5a,
  facility: 0x62,
  notify: 0x6e,
  statusEnquiry: 0x75,
  information: 0x7b,
  status: 0x7d,
} as const;

export type Q931MessageName = keyof typeof Q931MessageType;

const NAMES = new Map<number, Q931MessageName>(
  Object.entries(Q931MessageType).map(([name, code]) => [code, name as Q931MessageName]),
);

/** The message's name, or undefined for a type this table does not hold. */
export function q931MessageName(code: number): Q931MessageName | undefined {
  return NAMES.get(code);
}
