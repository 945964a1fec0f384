import type { H225, H245 } from "../asn1/index.js";
import type { CallPdu } from "../h225/call-pdu.js";
import { readCapabilitySet } from "./capability-set.js";
import { readChannel } from "./logical-channel.js";
import { describeDataType } from "./media-codec.js";
import { type HostPort, readH225Address, readH245Address } from "./transport-address.js";

// One name and one line for each message of an H.323 call, for the report's ladder: the
// Q.931 message with what its H.225.0 body says about media and H.245 (fast start, tunnelling,
// h245Address, release reason and cause), and H.245 messages by their ASN.1 name.

const upperFirst = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const hp = (a: HostPort | undefined) => (a ? `${a.host}:${a.port}` : "?");

/** "Setup", "CallProceeding", "ReleaseComplete"... */
export function q931Name(pdu: CallPdu): string {
  return upperFirst(pdu.message.type);
}

export function q931Summary(pdu: CallPdu): string {
  const uu = pdu.uu["h323-uu-pdu"];
  const body = uu["h323-message-body"];
  const v = (body.value ?? {}) as Partial<
    H225.SetupUUIE & H225.ConnectUUIE & H225.ReleaseCompleteUUIE & H225.FacilityUUIE
  >;
  const parts: string[] = [];
  if (v.fastStart?.length)
    parts.push(`fastStart ${v.fastStart.length} channel${v.fastStart.length > 1 ? "s" : ""}`);
  if (v.fastConnectRefused === null) parts.push("fastConnectRefused");
  if (uu.h245Tunneling) parts.push("h245Tunneling");
  if (uu.h245Control?.length) parts.push(`${uu.h245Control.length} tunnelled H.245`);
  if (v.h245Address) parts.push(`h245Address ${hp(readH225Address(v.h245Address))}`);
  if (body.choice === "setup") {
    const aliases = (v.destinationAddress ?? []).map(aliasText).filter((a) => a !== "");
    if (aliases.length) parts.unshift(`to ${aliases.join(", ")}`);
  }
  if (body.choice === "releaseComplete" && v.reason) parts.push(`reason ${v.reason.choice}`);
  if (body.choice === "facility" && v.reason) parts.push(`reason ${v.reason.choice}`);
  if (pdu.message.cause) parts.push(`cause ${pdu.message.cause.value}`);
  return parts.join(", ");
}

export function aliasText(a: H225.AliasAddress): string {
  switch (a.choice) {
    case "h323-ID":
    case "url-ID":
    case "email-ID":
    case "dialedDigits":
      return a.value;
    default:
      return "";
  }
}

/** "TerminalCapabilitySet", "OpenLogicalChannelAck", "MiscellaneousCommand"... */
export function h245Name(m: H245.MultimediaSystemControlMessage): string {
  if (m.choice === "$unknown") return "Unknown";
  if (m.value.choice === "miscellaneousCommand" && m.value.value.type.choice === "videoFastUpdatePicture")
    return "VideoFastUpdatePicture";
  return upperFirst(m.value.choice);
}

export function h245Summary(m: H245.MultimediaSystemControlMessage): string {
  if (m.choice === "$unknown") return "";
  const v = m.value;
  switch (v.choice) {
    case "terminalCapabilitySet":
      return readCapabilitySet(v.value).names.join(", ");
    case "openLogicalChannel": {
      const c = readChannel(v.value);
      if (!c) return `channel ${v.value.forwardLogicalChannelNumber}`;
      return `channel ${c.number} ${describeDataType(c.dataType)}, RTCP ${hp(c.mediaControlChannel)}`;
    }
    case "openLogicalChannelAck": {
      const p = v.value.forwardMultiplexAckParameters;
      const ack = p?.choice === "h2250LogicalChannelAckParameters" ? p.value : undefined;
      return `channel ${v.value.forwardLogicalChannelNumber}, RTP ${hp(readH245Address(ack?.mediaChannel))}, RTCP ${hp(readH245Address(ack?.mediaControlChannel))}`;
    }
    case "openLogicalChannelReject":
      return `channel ${v.value.forwardLogicalChannelNumber}: ${v.value.cause.choice}`;
    case "closeLogicalChannel":
    case "closeLogicalChannelAck":
      return `channel ${v.value.forwardLogicalChannelNumber}`;
    case "masterSlaveDetermination":
      return `terminal type ${v.value.terminalType}`;
    case "masterSlaveDeterminationAck":
      return `you are ${v.value.decision.choice}`;
    case "miscellaneousCommand":
      return `channel ${v.value.logicalChannelNumber}`;
    case "endSessionCommand":
      return v.value.choice;
    default:
      return "";
  }
}
