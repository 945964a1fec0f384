import { type H245, multimediaSystemControlMessage, rasMessage } from "../protocol/asn1/index.js";
import { type CallPdu, parseCallPdu } from "../protocol/h225/call-pdu.js";
import type { HostPort } from "../protocol/h323/transport-address.js";
import { type FeatureCarrier, featuresOf } from "../protocol/h460/feature-set.js";
import { incomingCallOf } from "../protocol/h460/incoming-call-indication.js";
import { isMediaKeepAlive } from "../protocol/h460/media-keep-alive.js";
import { MULTIPLEX_ID_LENGTH } from "../protocol/h460/multiplexed-media.js";
import { traversalFacilityCallId } from "../protocol/h460/traversal-facility.js";
import {
  channelTraversalOf,
  type MediaTraversal,
  mergedTraversal,
} from "../protocol/h460/traversal-parameters.js";
import { ParseError } from "../protocol/parse-error.js";
import type {
  ChannelFacts,
  FeatureStatement,
  H460Evidence,
  H460MediaArrival,
  H460WireInput,
  H460WireMessage,
  IncomingCallFacts,
  MediaPathFacts,
  SignallingKeepAlives,
} from "./h460-evidence.js";

// The H.460 evidence read again from the bytes on the wire: every RAS, call signalling and
// H.245 message between the endpoint and the room is decoded here, so the H.460 verdicts rest
// on what the endpoint said and did, not on what our stack made of it.

const RAS_NAMES: Readonly<Record<string, string>> = {
  gatekeeperRequest: "GRQ",
  gatekeeperConfirm: "GCF",
  registrationRequest: "RRQ",
  registrationConfirm: "RCF",
  admissionRequest: "ARQ",
  locationRequest: "LRQ",
  serviceControlIndication: "SCI",
  serviceControlResponse: "SCR",
};
const rasName = (choice: string) => RAS_NAMES[choice] ?? choice;
const UU_NAMES: Readonly<Record<string, string>> = {
  setup: "Setup",
  callProceeding: "CallProceeding",
  alerting: "Alerting",
  connect: "Connect",
  facility: "Facility",
};

export const hostPort = (a: HostPort) => `${a.host}:${a.port}`;
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

class Reading {
  advertised: FeatureStatement[] = [];
  confirmed: FeatureStatement[] = [];
  registrationRequests = 0;
  firstRcfAtMs: number | undefined;
  timeToLiveS: number | undefined;
  keepAliveRrqAtMs: number[] = [];
  calls: IncomingCallFacts[] = [];
  keepAlives = new Map<string, SignallingKeepAlives>();
  channels = new Map<string, ChannelFacts>();
  call = false;
  errors: string[] = [];

  patchCall(i: number, patch: Partial<IncomingCallFacts>): void {
    this.calls[i] = { ...this.calls[i]!, ...patch };
  }
}

function readRas(m: H460WireMessage, r: Reading): void {
  const ras = rasMessage.decode(m.bytes);
  const name = rasName(ras.choice);
  const features = featuresOf(ras.value as FeatureCarrier);
  if (m.direction === "received") {
    if (ras.choice === "gatekeeperRequest" || ras.choice === "registrationRequest") r.registrationRequests++;
    if (ras.choice === "registrationRequest" && ras.value.keepAlive) r.keepAliveRrqAtMs.push(m.atMs);
    const keepAliveRrq = ras.choice === "registrationRequest" && ras.value.keepAlive;
    if (features.length > 0 || name === "GRQ" || (name === "RRQ" && !keepAliveRrq))
      r.advertised.push({ atMs: m.atMs, message: name, features });
    if (ras.choice === "serviceControlResponse") {
      const i = r.calls.findIndex(
        (c) => c.requestSeqNum === ras.value.requestSeqNum && c.scrAtMs === undefined,
      );
      if (i >= 0) r.patchCall(i, { scrAtMs: m.atMs });
    }
    return;
  }
  if (ras.choice === "gatekeeperConfirm" || ras.choice === "registrationConfirm")
    r.confirmed.push({ atMs: m.atMs, message: name, features });
  if (ras.choice === "registrationConfirm") {
    r.firstRcfAtMs ??= m.atMs;
    if (ras.value.timeToLive !== undefined) r.timeToLiveS = ras.value.timeToLive;
  }
  const call = incomingCallOf(ras);
  if (call && ras.choice === "serviceControlIndication") {
    r.calls.push({
      sciAtMs: m.atMs,
      requestSeqNum: ras.value.requestSeqNum,
      callIdHex: hex(call.callId),
      address: call.callSignallingAddress,
    });
  }
}

function readQ931(m: H460WireMessage, r: Reading): void {
  const connection = `${hostPort(m.local)}-${hostPort(m.remote)}`;
  if (m.bytes.length === 0) {
    // H.460.18: the empty TPKT that keeps the call signalling connection open
    if (m.direction !== "received") return;
    const k = r.keepAlives.get(connection);
    r.keepAlives.set(connection, {
      connection,
      firstAtMs: k?.firstAtMs ?? m.atMs,
      lastAtMs: m.atMs,
      keepAlivesAtMs: [...(k?.keepAlivesAtMs ?? []), m.atMs],
    });
    return;
  }
  const pdu: CallPdu = parseCallPdu(m.bytes);
  const body = pdu.uu["h323-uu-pdu"]["h323-message-body"];
  if (body.choice === "setup") r.call = true;
  if (m.direction === "received") {
    const name = UU_NAMES[body.choice];
    const features = name ? featuresOf(body.value as FeatureCarrier) : [];
    if (features.length > 0) r.advertised.push({ atMs: m.atMs, message: name!, features });
    const callId = traversalFacilityCallId(pdu);
    const i = callId
      ? r.calls.findIndex((c) => c.callIdHex === hex(callId) && c.facilityAtMs === undefined)
      : -1;
    if (i >= 0) r.patchCall(i, { facilityAtMs: m.atMs, facilityFrom: m.remote });
    if (!r.keepAlives.has(connection))
      r.keepAlives.set(connection, { connection, firstAtMs: m.atMs, lastAtMs: m.atMs, keepAlivesAtMs: [] });
  } else if (body.choice === "setup") {
    const i = r.calls.findIndex(
      (c) => c.facilityFrom && hostPort(c.facilityFrom) === hostPort(m.remote) && c.setupAtMs === undefined,
    );
    if (i >= 0) r.patchCall(i, { setupAtMs: m.atMs });
  }
  const k = r.keepAlives.get(connection);
  if (k) r.keepAlives.set(connection, { ...k, lastAtMs: m.atMs });
  for (const h of pdu.uu["h323-uu-pdu"].h245Control ?? []) readH245(h, m, r);
}

function readH245(bytes: Uint8Array, m: H460WireMessage, r: Reading): void {
  const msg: H245.MultimediaSystemControlMessage = multimediaSystemControlMessage.decode(bytes);
  let number: number;
  let info: H245.GenericInformation[] | undefined;
  if (msg.choice === "request" && msg.value.choice === "openLogicalChannel") {
    number = msg.value.value.forwardLogicalChannelNumber;
    info = msg.value.value.genericInformation;
  } else if (msg.choice === "response" && msg.value.choice === "openLogicalChannelAck") {
    number = msg.value.value.forwardLogicalChannelNumber;
    info = msg.value.value.genericInformation;
  } else {
    return;
  }
  const traversal = channelTraversalOf(info);
  // A channel is named by who opened it: an OLC we sent and the endpoint's ack are one channel.
  const opener = (msg.choice === "request") === (m.direction === "sent") ? "ours" : "theirs";
  const key = `${opener} ${number}`;
  const c = r.channels.get(key) ?? { number, atMs: m.atMs, clientMarked: false };
  const params: MediaTraversal | undefined = traversal.parameters.length
    ? mergedTraversal(traversal)
    : undefined;
  if (m.direction === "sent") {
    r.channels.set(key, params ? { ...c, server: { ...c.server, ...params } } : c);
  } else {
    r.channels.set(key, {
      ...c,
      clientMarked: c.clientMarked || traversal.marked,
      ...(params ? { client: { ...c.client, ...params } } : {}),
    });
  }
}

/** RTCP packet types 200-204 (RFC 3550 §12.1) in the second octet. */
const isRtcp = (b: Uint8Array) => b.length >= 2 && b[1]! >= 200 && b[1]! <= 204;

function readMedia(
  arrivals: readonly H460MediaArrival[],
  channels: readonly ChannelFacts[],
): MediaPathFacts[] {
  const multiplexPorts = new Set(
    channels.flatMap((c) =>
      [c.server?.multiplexedMediaChannel, c.server?.multiplexedMediaControlChannel].flatMap((a) =>
        a ? [hostPort(a)] : [],
      ),
    ),
  );
  const keepAlivePts = new Set(
    channels.flatMap((c) =>
      c.client?.keepAlivePayloadType !== undefined ? [c.client.keepAlivePayloadType] : [],
    ),
  );
  const paths = new Map<string, MediaPathFacts>();
  for (const a of [...arrivals].sort((x, y) => x.atMs - y.atMs)) {
    const to = hostPort(a.to);
    const multiplexed = multiplexPorts.has(to) && a.length > MULTIPLEX_ID_LENGTH;
    const head = multiplexed ? a.head.subarray(MULTIPLEX_ID_LENGTH) : a.head;
    const length = multiplexed ? a.length - MULTIPLEX_ID_LENGTH : a.length;
    // a header-only RTP packet, with the payload type the endpoint announced if it announced one
    const keepAlive =
      length === 12 &&
      isMediaKeepAlive(head.subarray(0, 12)) &&
      (keepAlivePts.size === 0 || keepAlivePts.has(head[1]! & 0x7f));
    const rtcp = !keepAlive && isRtcp(head);
    const p = paths.get(to);
    const source = hostPort(a.from);
    paths.set(to, {
      to,
      firstAtMs: p?.firstAtMs ?? a.atMs,
      lastAtMs: a.atMs,
      atMs: [...(p?.atMs ?? []), a.atMs],
      keepAlives: (p?.keepAlives ?? 0) + (keepAlive ? 1 : 0),
      rtcp: (p?.rtcp ?? 0) + (rtcp ? 1 : 0),
      rtp: (p?.rtp ?? 0) + (!keepAlive && !rtcp ? 1 : 0),
      multiplexed: (p?.multiplexed ?? 0) + (multiplexed ? 1 : 0),
      sources: p?.sources.includes(source) ? p.sources : [...(p?.sources ?? []), source],
    });
  }
  return [...paths.values()];
}

/** Reads the H.460 evidence from the records of one endpoint; undecodable messages are listed, not fatal. */
export function readH460Evidence(input: H460WireInput): H460Evidence {
  const r = new Reading();
  const messages = [...input.messages].sort((a, b) => a.atMs - b.atMs);
  for (const m of messages) {
    try {
      if (m.channel === "ras") readRas(m, r);
      else if (m.channel === "q931") readQ931(m, r);
      else if (!m.tunnelled) readH245(m.bytes, m, r);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      r.errors.push(`${m.channel.toUpperCase()} at ${m.atMs}: ${e.message}`);
    }
  }
  const channels = [...r.channels.values()];
  return {
    advertised: r.advertised,
    registrationRequests: r.registrationRequests,
    confirmed: r.confirmed,
    ...(r.firstRcfAtMs !== undefined
      ? {
          registration: {
            firstRcfAtMs: r.firstRcfAtMs,
            ...(r.timeToLiveS !== undefined ? { timeToLiveS: r.timeToLiveS } : {}),
            keepAliveRrqAtMs: r.keepAliveRrqAtMs,
          },
        }
      : {}),
    incomingCalls: r.calls,
    signallingKeepAlives: [...r.keepAlives.values()],
    channels,
    media: readMedia(input.media, channels),
    call: r.call,
    startAtMs: messages[0]?.atMs ?? input.endAtMs,
    endAtMs: input.endAtMs,
    errors: r.errors,
  };
}
