import type { H245 } from "../asn1/index.js";
import type { OutgoingChannel } from "../h245/logical-channels.js";
import { h264GenericCapability, readH264Capability } from "../h245/terminal-capabilities.js";
import type { Codec } from "../sdp/codec.js";
import type { Direction } from "../sdp/sdp-types.js";
import type { KindCodecs } from "./capability-set.js";
import { type LocalMedia, streamsOf } from "./local-media.js";
import type { ChannelReading } from "./logical-channel.js";
import { dataTypeOfCodec, type MediaKindAV, mediaPacketizationOf, sameFormat } from "./media-codec.js";
import { type RemoteStream, remoteAnswerSdp, remoteOfferSdp } from "./remote-sdp.js";
import { type HostPort, h245Address } from "./transport-address.js";

// Media over H.245 without fast start (H.245 §8.3-8.4, H.323 §8.1.3): each end tells what it
// receives in its TerminalCapabilitySet and opens one channel per medium it sends, choosing
// a codec from the other's set; OpenLogicalChannel carries the sender's RTCP address, the Ack
// the receiver's RTP and RTCP addresses (H.323 §6.2.8.1: "the receiver ... in the
// OpenLogicalChannelAck shall provide the mediaChannel"). From these the SDP each side's
// application reads is written.

const sends = (d: Direction) => d === "sendrecv" || d === "sendonly";

/** One channel we open: which stream, which codec, and its OLC request. */
export interface PlannedChannel {
  readonly kind: MediaKindAV;
  readonly streamIndex: number;
  readonly codec: Codec;
  readonly request: OutgoingChannel;
}

/**
 * H.264 at the lower of our level and the level the far end receives (H.241 §8.3.2.2: a
 * transmitter shall not exceed the receiver's capability).
 */
function cappedDataType(ours: Codec, theirs: Codec): H245.DataType | undefined {
  const d = dataTypeOfCodec(ours);
  const t = dataTypeOfCodec(theirs);
  if (d?.choice !== "videoData" || t?.choice !== "videoData") return d;
  if (d.value.choice !== "genericVideoCapability" || t.value.choice !== "genericVideoCapability") return d;
  const a = readH264Capability(d.value.value);
  const b = readH264Capability(t.value.value);
  if (!a || !b) return d;
  return {
    choice: "videoData",
    value: {
      choice: "genericVideoCapability",
      value: h264GenericCapability({ ...a, level: Math.min(a.level, b.level) }),
    },
  };
}

/**
 * The channels we open towards the far end: per stream we send on, our first codec the far
 * end receives, one it already sends us first (H.245 lets each direction choose its own codec;
 * SDP describes one per m-line). Channel numbers start at `firstNumber`.
 */
export function planChannels(
  local: LocalMedia,
  farEndReceives: readonly KindCodecs[],
  firstNumber = 1,
  /** Formats the far end already sends us: taken first, so each medium runs one codec both ways. */
  farEndSends: readonly Codec[] = [],
): PlannedChannel[] {
  const out: PlannedChannel[] = [];
  for (const s of streamsOf(local)) {
    if (!sends(s.direction)) continue;
    const theirs = farEndReceives.filter((k) => k.kind === s.kind).flatMap((k) => k.codecs);
    let chosen: { codec: Codec; dataType: H245.DataType } | undefined;
    const sentToUs = (c: Codec) => farEndSends.some((f) => sameFormat(f, c));
    const ordered = [...s.codecs.filter(sentToUs), ...s.codecs.filter((c) => !sentToUs(c))];
    for (const codec of ordered) {
      const match = theirs.find((t) => sameFormat(t, codec));
      const dataType = match ? cappedDataType(codec, match) : undefined;
      if (dataType) {
        chosen = { codec, dataType };
        break;
      }
    }
    if (!chosen) continue;
    out.push({
      kind: s.kind,
      streamIndex: s.index,
      codec: chosen.codec,
      request: {
        number: firstNumber + out.length,
        dataType: chosen.dataType,
        sessionID: s.sessionID,
        mediaControlChannel: h245Address(s.rtcp),
        ...(chosen.codec.payloadType >= 96 ? { dynamicRTPPayloadType: chosen.codec.payloadType } : {}),
        ...(mediaPacketizationOf(chosen.codec)
          ? { mediaPacketization: mediaPacketizationOf(chosen.codec) }
          : {}),
      },
    });
  }
  return out;
}

/** The far end's channels and capabilities as the SDP offer the callee hands its application. */
export function offerFromChannels(
  farEndReceives: readonly KindCodecs[],
  incoming: readonly ChannelReading[],
  sessionId: string,
  /** Where the far end receives, per medium, once its Acks to our channels said it. */
  receivesAt: ReadonlyMap<MediaKindAV, HostPort> = new Map(),
  /** The far end's H.239 presentation as a slides line (presentation-bridge.ts). */
  presentation?: RemoteStream,
): string {
  const streams: RemoteStream[] = [];
  for (const kind of ["audio", "video"] as const) {
    const channel = incoming.find(
      (c) => c.kind === kind && !c.presentation && c.direction === "forward" && c.codec,
    );
    const receives = farEndReceives.filter((k) => k.kind === kind).flatMap((k) => k.codecs);
    if (!channel) continue;
    const codecs: Codec[] = [channel.codec!];
    for (const c of receives) if (!codecs.some((x) => sameFormat(x, c))) codecs.push(c);
    const rtp = receivesAt.get(kind);
    streams.push({
      kind,
      ...(rtp ? { rtp } : {}),
      ...(channel.mediaControlChannel ? { rtcp: channel.mediaControlChannel } : {}),
      codecs,
      direction: receives.length > 0 ? "sendrecv" : "sendonly",
    });
  }
  return remoteOfferSdp(presentation ? [...streams, presentation] : streams, sessionId);
}

/** What became of one channel we opened. */
export interface OpenedChannel {
  readonly planned: PlannedChannel;
  /** From the Ack: where the far end receives. */
  readonly rtp?: HostPort;
  readonly rtcp?: HostPort;
}

/**
 * The caller's SDP answer from the channels: ours the far end acknowledged (where it receives)
 * and the ones it opened to us (what it sends, its RTCP address).
 */
export function answerFromChannels(
  local: LocalMedia,
  opened: readonly OpenedChannel[],
  incoming: readonly ChannelReading[],
  sessionId: string,
  /** The far end's H.239 presentation as the answer to our slides line. */
  presentation?: RemoteStream,
): string {
  const streams = new Map<number, RemoteStream>();
  if (presentation && local.presentation) streams.set(local.presentation.index, presentation);
  for (const s of streamsOf(local)) {
    const ours = opened.find((o) => o.planned.streamIndex === s.index);
    const theirs = incoming.find(
      (c) => c.kind === s.kind && !c.presentation && c.direction === "forward" && c.codec,
    );
    if (!ours && !theirs) continue;
    // Our payload type for the format: the answer's numbers are the offer's (RFC 3264 §6.1).
    const theirCodec = theirs && (s.codecs.find((c) => sameFormat(c, theirs.codec!)) ?? theirs.codec!);
    // What we send first; what the far end sends beside it when it chose another format.
    const codecs = [ours?.planned.codec, theirCodec].filter((c): c is Codec => c !== undefined);
    const distinct = codecs.filter((c, i) => codecs.findIndex((x) => sameFormat(x, c)) === i);
    const rtcp = ours?.rtcp ?? theirs?.mediaControlChannel;
    streams.set(s.index, {
      kind: s.kind,
      ...(ours?.rtp ? { rtp: ours.rtp } : {}),
      ...(rtcp ? { rtcp } : {}),
      codecs: distinct,
      direction: ours && theirs ? "sendrecv" : ours ? "recvonly" : "sendonly",
    });
  }
  return remoteAnswerSdp(local, streams, sessionId);
}

/** Whether we take a channel the far end opens: a stream of that kind we receive, in a format we named. */
export function acceptsChannel(local: LocalMedia, channel: ChannelReading): boolean {
  const s = streamsOf(local).find((x) => x.kind === channel.kind);
  return (
    s !== undefined &&
    !channel.presentation &&
    (s.direction === "sendrecv" || s.direction === "recvonly") &&
    channel.codec !== undefined &&
    s.codecs.some((c) => sameFormat(c, channel.codec!))
  );
}
