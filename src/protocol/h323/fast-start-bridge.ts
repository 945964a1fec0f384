import { type H245, openLogicalChannel } from "../asn1/index.js";
import { fastStartProposals } from "../h245/fast-start.js";
import { ParseError } from "../parse-error.js";
import type { Codec } from "../sdp/codec.js";
import type { Direction } from "../sdp/sdp-types.js";
import { type LocalMedia, type LocalStream, streamsOf } from "./local-media.js";
import { type ChannelReading, readChannel, withH2250 } from "./logical-channel.js";
import { dataTypeOfCodec, type MediaKindAV, mediaPacketizationOf, sameFormat } from "./media-codec.js";
import { type RemoteStream, remoteAnswerSdp, remoteOfferSdp } from "./remote-sdp.js";
import { h245Address } from "./transport-address.js";

// Fast start (H.323 §8.1.7) as SDP offer/answer. The caller proposes, per medium and codec, a
// channel it transmits (forward parameters: codec, its RTCP address) and one it receives
// (reverse parameters: codec, its RTP and RTCP addresses); H.323 §8.1.7.1: the callee "shall
// select ... at most one" proposal per direction and session, and returns those OLCs with its
// own addresses filled in: its RTP and RTCP address in the forward channel it receives on, its
// RTCP address in the reverse channel it sends on. Channel numbers are kept, so the caller
// finds its proposal again.

/** One of our proposals: which stream and codec, which way. */
export interface FastStartProposal {
  readonly number: number;
  readonly direction: "forward" | "reverse";
  readonly kind: MediaKindAV;
  readonly streamIndex: number;
  readonly codec: Codec;
}

export interface FastStartOffer {
  readonly elements: Uint8Array[];
  readonly proposals: readonly FastStartProposal[];
}

const sends = (d: Direction) => d === "sendrecv" || d === "sendonly";
const receives = (d: Direction) => d === "sendrecv" || d === "recvonly";

/** Distinct formats of a stream (H.264 modes 0 and 1 differ in their mediaPacketization). */
function distinctCodecs(s: LocalStream): Codec[] {
  const out: Codec[] = [];
  for (const c of s.codecs) if (!out.some((o) => sameFormat(o, c))) out.push(c);
  return out;
}

/** The caller's fastStart elements from its SDP offer. */
export function fastStartOffer(local: LocalMedia): FastStartOffer {
  const elements: Uint8Array[] = [];
  const proposals: FastStartProposal[] = [];
  let number = 1;
  for (const s of streamsOf(local)) {
    for (const codec of distinctCodecs(s)) {
      const dataType = dataTypeOfCodec(codec)!;
      const [tx, rx] = fastStartProposals([
        {
          sessionID: s.sessionID,
          dataType,
          rtp: h245Address(s.rtp),
          rtcp: h245Address(s.rtcp),
          channelNumber: number,
          ...(codec.payloadType >= 96 ? { dynamicRTPPayloadType: codec.payloadType } : {}),
          ...(mediaPacketizationOf(codec) ? { mediaPacketization: mediaPacketizationOf(codec) } : {}),
        },
      ]);
      const base = { kind: s.kind, streamIndex: s.index, codec };
      if (sends(s.direction)) {
        elements.push(tx!);
        proposals.push({ ...base, number, direction: "forward" });
      }
      if (receives(s.direction)) {
        elements.push(rx!);
        proposals.push({ ...base, number: number + 1, direction: "reverse" });
      }
      number += 2;
    }
  }
  return { elements, proposals };
}

function decodeAll(elements: readonly Uint8Array[], field: string): ChannelReading[] {
  return elements.flatMap((bytes, i) => {
    try {
      const c = readChannel(openLogicalChannel.decode(bytes));
      return c ? [c] : [];
    } catch (e) {
      if (e instanceof ParseError) throw new ParseError("H.323", `${field}[${i}]`, e.offset, e.message);
      throw e;
    }
  });
}

/** What the caller learns from the callee's fast start answer. */
export interface FastStartAnswerReading {
  readonly sdp: string;
  /** Accepted channels: our proposal and the callee's element. */
  readonly accepted: readonly { readonly proposal: FastStartProposal; readonly channel: ChannelReading }[];
}

/** The caller reads the callee's fastStart elements into an SDP answer to its offer. */
export function readFastStartAnswer(
  local: LocalMedia,
  offer: FastStartOffer,
  elements: readonly Uint8Array[],
  sessionId: string,
): FastStartAnswerReading {
  const accepted = decodeAll(elements, "fastStart").flatMap((channel) => {
    const proposal = offer.proposals.find(
      (p) => p.number === channel.number && p.direction === channel.direction,
    );
    return proposal ? [{ proposal, channel }] : [];
  });
  const streams = new Map<number, RemoteStream>();
  for (const s of streamsOf(local)) {
    const fwd = accepted.find(
      (a) => a.proposal.streamIndex === s.index && a.proposal.direction === "forward",
    );
    const rev = accepted.find(
      (a) => a.proposal.streamIndex === s.index && a.proposal.direction === "reverse",
    );
    if (!fwd && !rev) continue;
    const codec = (fwd ?? rev)!.proposal.codec;
    const rtcp = fwd?.channel.mediaControlChannel ?? rev?.channel.mediaControlChannel;
    streams.set(s.index, {
      kind: s.kind,
      ...(fwd?.channel.mediaChannel ? { rtp: fwd.channel.mediaChannel } : {}),
      ...(rtcp ? { rtcp } : {}),
      codecs: [codec],
      // The callee's direction: it receives on our forward channel and sends on our reverse one.
      direction: fwd && rev ? "sendrecv" : fwd ? "recvonly" : "sendonly",
    });
  }
  return { sdp: remoteAnswerSdp(local, streams, sessionId), accepted };
}

/** What the callee reads from Setup's fastStart. */
export interface FastStartOfferReading {
  readonly sdp: string;
  readonly proposals: readonly ChannelReading[];
}

/** The callee reads the caller's fastStart proposals into an SDP offer. */
export function readFastStartOffer(
  elements: readonly Uint8Array[],
  sessionId: string,
): FastStartOfferReading {
  const proposals = decodeAll(elements, "fastStart").filter(
    (p) => p.kind !== undefined && p.codec !== undefined && !p.presentation,
  );
  const streams: RemoteStream[] = [];
  for (const kind of ["audio", "video"] as const) {
    const mine = proposals.filter((p) => p.kind === kind);
    const rx = mine.filter((p) => p.direction === "reverse"); // the caller receives
    const tx = mine.filter((p) => p.direction === "forward"); // the caller sends
    const codecs: Codec[] = [];
    for (const p of [...rx, ...tx]) if (!codecs.some((c) => sameFormat(c, p.codec!))) codecs.push(p.codec!);
    renumberCollisions(codecs);
    if (codecs.length === 0) continue;
    const rtp = rx.find((p) => p.mediaChannel)?.mediaChannel;
    const rtcp =
      rx.find((p) => p.mediaControlChannel)?.mediaControlChannel ??
      tx.find((p) => p.mediaControlChannel)?.mediaControlChannel;
    streams.push({
      kind,
      ...(rtp ? { rtp } : {}),
      ...(rtcp ? { rtcp } : {}),
      codecs,
      direction: rx.length > 0 && tx.length > 0 ? "sendrecv" : rx.length > 0 ? "recvonly" : "sendonly",
    });
  }
  return { sdp: remoteOfferSdp(streams, sessionId), proposals };
}

/** The callee's answer: the elements for Connect and the channels they open. */
export interface FastStartAnswer {
  readonly elements: Uint8Array[];
  /** The accepted proposals, answered: "forward" ones the caller sends on, "reverse" ones we send on. */
  readonly channels: readonly ChannelReading[];
}

/** The callee answers the proposals that carry the codecs of its SDP answer. */
export function fastStartAnswer(proposals: readonly ChannelReading[], answer: LocalMedia): FastStartAnswer {
  const elements: Uint8Array[] = [];
  const channels: ChannelReading[] = [];
  for (const s of streamsOf(answer)) {
    const codec = s.codecs[0]!;
    const pick = (direction: "forward" | "reverse") =>
      proposals.find((p) => p.kind === s.kind && p.direction === direction && sameFormat(p.codec!, codec));
    // The caller's forward proposal is the channel we receive on; its reverse one we send on.
    const rx = receives(s.direction) ? pick("forward") : undefined;
    const tx = sends(s.direction) ? pick("reverse") : undefined;
    if (rx) {
      const fwd = rx.open.forwardLogicalChannelParameters;
      const olc: H245.OpenLogicalChannel = {
        ...rx.open,
        forwardLogicalChannelParameters: {
          ...fwd,
          multiplexParameters: withH2250(fwd.multiplexParameters, {
            mediaChannel: h245Address(s.rtp),
            mediaControlChannel: h245Address(s.rtcp),
          }),
        },
      };
      elements.push(openLogicalChannel.encode(olc));
      channels.push(rx);
    }
    if (tx?.open.reverseLogicalChannelParameters) {
      const rev = tx.open.reverseLogicalChannelParameters;
      const olc: H245.OpenLogicalChannel = {
        ...tx.open,
        reverseLogicalChannelParameters: {
          ...rev,
          multiplexParameters: withH2250(rev.multiplexParameters, {
            mediaControlChannel: h245Address(s.rtcp),
          }),
        },
      };
      elements.push(openLogicalChannel.encode(olc));
      channels.push(tx);
    }
  }
  return { elements, channels };
}

/** Two formats the far end left on one payload type (no dynamicRTPPayloadType): renumbered from 96. */
function renumberCollisions(codecs: Codec[]): void {
  const used = new Set<number>();
  for (let i = 0; i < codecs.length; i++) {
    let pt = codecs[i]!.payloadType;
    if (used.has(pt)) {
      pt = 96;
      while (used.has(pt) || codecs.some((c) => c.payloadType === pt)) pt++;
      codecs[i] = { ...codecs[i]!, payloadType: pt };
    }
    used.add(pt);
  }
}
