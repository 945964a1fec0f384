import type { MediaSection, SessionReading } from "../protocol/sdp/media-section.js";
import type { SdpSeen, SipDialog } from "./sip-dialogs.js";
import type { BoundCodec, SenderKey, StreamBinding } from "./stream-binding.js";

/**
 * Where each party of a dialog said it receives each m-line (RFC 3264 §5: the address and port
 * in an SDP are where its author wants to receive): media sent to that address:port belongs to
 * that m-line, and RTCP to port + 1 or a=rtcp (RFC 3605), or the same port with rtcp-mux
 * (RFC 5761). The latest offer and answer win (a re-INVITE may move media).
 */
export function dialogBindings(d: SipDialog): Map<string, StreamBinding> {
  const out = new Map<string, StreamBinding>();
  const offer = latest(d.sdps, "offer");
  const answer = latest(d.sdps, "answer");
  if (!offer?.reading) return out;
  const o = offer.reading;
  const a = answer?.reading;
  for (const m of o.media) {
    const am = a?.media[m.index];
    // Media towards the offerer (sent by the answerer), then towards the answerer.
    add(out, d.callId, m, am, am, a !== undefined);
    if (am) add(out, d.callId, am, m, am, true);
  }
  return out;
}

function latest(sdps: readonly SdpSeen[], role: "offer" | "answer"): SdpSeen | undefined {
  for (let i = sdps.length - 1; i >= 0; i--) if (sdps[i]!.role === role && sdps[i]!.reading) return sdps[i];
  return undefined;
}

function add(
  out: Map<string, StreamBinding>,
  callId: string,
  receiver: MediaSection,
  sender: MediaSection | undefined,
  answer: MediaSection | undefined,
  answered: boolean,
): void {
  if (receiver.port === 0 || !receiver.address) return;
  if (answered && (!answer || answer.port === 0)) return; // rejected m-line: no media
  const codecs = new Map<number, BoundCodec>();
  for (const c of sender?.codecs ?? []) codecs.set(c.payloadType, { name: c.name, clockRate: c.clockRate });
  for (const c of receiver.codecs) codecs.set(c.payloadType, { name: c.name, clockRate: c.clockRate });
  const decisive = answer ?? receiver;
  const srtpNegotiated = /SAVP/i.test(decisive.protocol) || decisive.crypto.length > 0;
  const key = senderKey(sender, answer);
  const rtcpMux = receiver.rtcpMux && (sender?.rtcpMux ?? false);
  const base = {
    callId,
    mediaIndex: receiver.index,
    kind: receiver.kind,
    protocol: decisive.protocol,
    codecs,
    receiverAddress: receiver.address,
    receiverPort: receiver.port,
    ...(sender?.address ? { senderAddress: sender.address, senderPort: sender.port } : {}),
    srtpNegotiated,
    ...(key ? { senderKey: key } : {}),
    rtcpMux,
  };
  out.set(`${receiver.address}:${receiver.port}`, { ...base, rtcp: false });
  if (!rtcpMux && receiver.kind !== "bfcp") {
    const rtcpAddress = receiver.rtcpAddress ?? receiver.address;
    const rtcpPort = receiver.rtcpPort ?? receiver.port + 1;
    out.set(`${rtcpAddress}:${rtcpPort}`, { ...base, receiverPort: rtcpPort, rtcp: true });
  }
}

/** The key the sender protects with: its own a=crypto, the one the answer chose (RFC 4568 §7.1). */
function senderKey(
  sender: MediaSection | undefined,
  answer: MediaSection | undefined,
): SenderKey | undefined {
  if (!sender || !answer) return undefined;
  const tag = answer.crypto[0]?.attribute.tag;
  if (tag === undefined) return undefined;
  const c = sender.crypto.find((x) => x.attribute.tag === tag)?.attribute;
  const k = c?.keys[0];
  if (!c || !k) return undefined;
  return { suite: c.suite, keySalt: k.keySalt, mkiLength: k.mki?.length ?? 0 };
}

/** All m-lines of an SDP read from a bare SDP file, bound as if it were an offer alone. */
export function sdpFileBindings(reading: SessionReading): Map<string, StreamBinding> {
  const out = new Map<string, StreamBinding>();
  for (const m of reading.media) add(out, "sdp-file", m, undefined, undefined, false);
  return out;
}
