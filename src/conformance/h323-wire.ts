import { type H225, type H245, multimediaSystemControlMessage } from "../protocol/asn1/index.js";
import { type CallPdu, parseCallPdu } from "../protocol/h225/call-pdu.js";
import { readFastStart } from "../protocol/h245/fast-start.js";
import { messageName } from "../protocol/h245/h245-session.js";
import { ParseError } from "../protocol/parse-error.js";
import { announcesH235, readCapabilitySet, readDataType } from "./h245-reading.js";
import { aliasOf } from "./h323-alias.js";
import type {
  H245CapabilityEvidence,
  H245ChannelEvidence,
  H245ModeName,
  H323Alias,
  H323Evidence,
  H323MessageEvidence,
  H323WireMessage,
} from "./h323-evidence.js";
import { readH239Evidence } from "./h323-h239.js";
import { readRasEvidence } from "./h323-ras-evidence.js";

// The H.323 evidence read from the bytes on the wire: every message the endpoint sent is decoded
// again here (H.225.0 §7 call signalling, H.245 messages on their own connection or tunnelled in
// h245Control), so the verdicts rest on what the endpoint said, not on what our stack made of it.

const MESSAGE_NAMES: Readonly<Record<string, string>> = {
  setup: "Setup",
  callProceeding: "CallProceeding",
  alerting: "Alerting",
  connect: "Connect",
  releaseComplete: "ReleaseComplete",
  facility: "Facility",
  progress: "Progress",
  notify: "Notify",
  information: "Information",
  status: "Status",
  statusEnquiry: "StatusEnquiry",
  setupAcknowledge: "SetupAcknowledge",
};

/** "request.terminalCapabilitySet" -> "TerminalCapabilitySet". */
export function h245MessageName(m: H245.MultimediaSystemControlMessage): string {
  const name = messageName(m).split(".").at(-1) ?? "";
  return name.charAt(0).toUpperCase() + name.slice(1);
}

export function h225MessageName(type: string): string {
  return MESSAGE_NAMES[type] ?? type;
}

function latin1(b: Uint8Array | undefined): string {
  if (!b) return "";
  return String.fromCharCode(...b.filter((x) => x !== 0)).trim();
}

/** The vendor of an EndpointType (H.225.0 §7.6 VendorIdentifier): "productId versionId". */
export function vendorOf(ep: H225.EndpointType | undefined): string | undefined {
  const v = ep?.vendor;
  if (!v) return undefined;
  const text = [latin1(v.productId), latin1(v.versionId)].filter(Boolean).join(" ");
  return text || `T.35 ${v.vendor.t35CountryCode}/${v.vendor.manufacturerCode}`;
}

/** H.460 features named in a featureSet or genericData (H.460.1 §7): "18", "19", ... */
function h460Features(features: {
  readonly neededFeatures?: readonly H225.GenericData[];
  readonly desiredFeatures?: readonly H225.GenericData[];
  readonly supportedFeatures?: readonly H225.GenericData[];
}): string[] {
  const all = [
    ...(features.neededFeatures ?? []),
    ...(features.desiredFeatures ?? []),
    ...(features.supportedFeatures ?? []),
  ];
  return all.map((g) => (g.id.choice === "standard" ? String(g.id.value) : g.id.choice));
}

export interface H323WireInput {
  readonly endpointRole: "caller" | "callee";
  /** The H.245 mode we ran the call in. */
  readonly mode: H245ModeName;
  /** Every message of the call, both directions, in wire order. */
  readonly messages: readonly H323WireMessage[];
}

/** What the walk over the endpoint's messages collects. */
class Collected {
  aliases: H323Alias[] | undefined;
  aliasesFrom = "";
  called: H323Alias[] = [];
  vendor: string | undefined;
  capabilities: H245CapabilityEvidence[] | undefined;
  channels: H245ChannelEvidence[] = [];
  messages: H323MessageEvidence[] = [];
  h460 = new Set<string>();
  h239 = false;
  h235 = false;
  tunnelling = false;
  fastStart = false;
  separate = false;
  release: H323Evidence["release"];
}

/** Decodes one call signalling PDU, or records why it did not decode. */
function decodePdu(bytes: Uint8Array, into: H323MessageEvidence[] | undefined): CallPdu | undefined {
  try {
    return parseCallPdu(bytes);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    into?.push({ channel: "h225", name: "undecodable", error: e.message });
    return undefined;
  }
}

/**
 * The H.323 evidence of a call: the endpoint's aliases, vendor, H.245 mode and capabilities,
 * the channels it opened and its messages. Pure.
 */
export function readH323Evidence(input: H323WireInput): H323Evidence {
  const c = new Collected();
  const ras = readRasEvidence(input.messages);
  for (const m of input.messages) {
    if (m.direction === "sent") {
      readSent(m, input.endpointRole, c);
      continue;
    }
    if (m.channel === "q931") readCallSignalling(m.bytes, input.endpointRole, c);
    else if (m.channel === "h245" && !m.tunnelled) {
      c.separate = true;
      readH245(m.bytes, false, c);
    }
  }
  return {
    endpointRole: input.endpointRole,
    ...(c.aliases ? { aliases: c.aliases } : {}),
    aliasesFrom:
      c.aliasesFrom || (input.endpointRole === "caller" ? "Setup.sourceAddress" : "Connect.connectedAddress"),
    calledAliases: c.called,
    ...(c.vendor ? { vendor: c.vendor } : {}),
    h245: { mode: input.mode, tunnelling: c.tunnelling, fastStart: c.fastStart, separate: c.separate },
    ...(c.capabilities ? { capabilities: c.capabilities } : {}),
    channels: c.channels,
    messages: c.messages,
    announced: { h460: [...c.h460], h239: c.h239, h235: c.h235 },
    h239: readH239Evidence(input.messages),
    ...(c.release ? { release: c.release } : {}),
    ...(ras ? { ras } : {}),
  };
}

/** Our own Setup says whom we called (the endpoint is the callee). */
function readSent(m: H323WireMessage, role: "caller" | "callee", c: Collected): void {
  if (role !== "callee" || m.channel !== "q931") return;
  const pdu = decodePdu(m.bytes, undefined);
  const body = pdu?.uu["h323-uu-pdu"]["h323-message-body"];
  if (body?.choice === "setup") c.called = (body.value.destinationAddress ?? []).map(aliasOf);
}

function readCallSignalling(bytes: Uint8Array, role: "caller" | "callee", c: Collected): void {
  const pdu = decodePdu(bytes, c.messages);
  if (!pdu) return;
  const uu = pdu.uu["h323-uu-pdu"];
  c.messages.push({ channel: "h225", name: h225MessageName(pdu.message.type) });
  if (uu.h245Tunneling === true) c.tunnelling = true;
  for (const tunnelled of uu.h245Control ?? []) readH245(tunnelled, true, c);
  for (const f of h460Features({ supportedFeatures: uu.genericData ?? [] })) c.h460.add(f);
  const body = uu["h323-message-body"];
  switch (body.choice) {
    case "setup": {
      const s = body.value;
      c.aliases = s.sourceAddress?.map(aliasOf);
      c.aliasesFrom = "Setup.sourceAddress";
      c.called = (s.destinationAddress ?? []).map(aliasOf);
      c.vendor = vendorOf(s.sourceInfo) ?? c.vendor;
      for (const f of h460Features(s)) c.h460.add(f);
      if (s.tokens?.length || s.cryptoTokens?.length || s.h245SecurityCapability?.length) c.h235 = true;
      if (role === "caller") readFastStartOf(s.fastStart, "forward", c);
      return;
    }
    case "callProceeding":
    case "alerting":
    case "progress":
    case "connect": {
      const v = body.value as H225.ConnectUUIE;
      c.vendor = vendorOf(v.destinationInfo) ?? c.vendor;
      if (body.choice === "connect") {
        c.aliases = body.value.connectedAddress?.map(aliasOf);
        c.aliasesFrom = "Connect.connectedAddress";
      }
      for (const f of h460Features(v.featureSet ?? {})) c.h460.add(f);
      if (v.tokens?.length || v.cryptoTokens?.length) c.h235 = true;
      if (role === "callee") readFastStartOf(v.fastStart, "reverse", c);
      return;
    }
    case "releaseComplete": {
      const r = body.value;
      const cause = pdu.message.cause?.value;
      c.release = {
        ...(r.reason ? { reason: r.reason.choice } : {}),
        ...(cause !== undefined ? { q850Cause: cause } : {}),
      };
      return;
    }
    default:
      return;
  }
}

/**
 * The endpoint's own media channels in fastStart: a caller's proposals carrying media forward
 * (H.323 §8.1.7.1), a callee's answers carrying it in reverse, towards us (§8.1.7.2).
 */
function readFastStartOf(
  elements: readonly Uint8Array[] | undefined,
  theirs: "forward" | "reverse",
  c: Collected,
): void {
  if (!elements || elements.length === 0) return;
  let channels: ReturnType<typeof readFastStart>;
  try {
    channels = readFastStart(elements);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    c.messages.push({ channel: "h225", name: "fastStart", error: e.message });
    return;
  }
  c.fastStart = true;
  for (const ch of channels.filter((x) => x.direction === theirs)) {
    const reading = readDataType(ch.dataType);
    if (reading.name.includes("H.235")) c.h235 = true;
    // Alerting and Connect may both carry the same answers (H.323 §8.1.7.2): one entry each.
    if (c.channels.some((x) => x.via === "fastStart" && x.number === ch.number && x.name === reading.name))
      continue;
    c.channels.push({ number: ch.number, sessionId: ch.sessionID, via: "fastStart", ...reading });
  }
}

function readH245(bytes: Uint8Array, tunnelled: boolean, c: Collected): void {
  let m: H245.MultimediaSystemControlMessage;
  try {
    m = multimediaSystemControlMessage.decode(bytes);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    c.messages.push({ channel: "h245", name: "undecodable", tunnelled, error: e.message });
    return;
  }
  c.messages.push({ channel: "h245", name: h245MessageName(m), ...(tunnelled ? { tunnelled } : {}) });
  if (m.choice !== "request") return;
  const r = m.value;
  if (r.choice === "terminalCapabilitySet") {
    c.capabilities = readCapabilitySet(r.value);
    if (c.capabilities.some((x) => x.name.startsWith("H.239"))) c.h239 = true;
    if (announcesH235(r.value)) c.h235 = true;
  } else if (r.choice === "openLogicalChannel") {
    const olc = r.value;
    const p = olc.forwardLogicalChannelParameters;
    const mux = p.multiplexParameters;
    const sessionId = mux.choice === "h2250LogicalChannelParameters" ? mux.value.sessionID : 0;
    const reading = readDataType(p.dataType);
    if (reading.name.startsWith("H.239")) c.h239 = true;
    if (reading.name.includes("H.235")) c.h235 = true;
    c.channels.push({
      number: olc.forwardLogicalChannelNumber,
      sessionId,
      via: "openLogicalChannel",
      ...reading,
    });
  }
}
