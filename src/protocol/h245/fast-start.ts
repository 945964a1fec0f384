import { type H245, openLogicalChannel } from "../asn1/index.js";

// Fast start (H.323 §8.1.7): the caller puts OpenLogicalChannel proposals in Setup's fastStart,
// two per medium: one for what it sends (forward parameters: the codec and its RTCP address)
// and one for what it receives (forward nullData, reverse parameters: the codec and its RTP
// and RTCP addresses). The callee answers in CallProceeding/Alerting/Connect with the
// proposals it takes, filled in with its own addresses. readFastStart reads either side's
// elements into one shape: which direction of the OLC carries media, its codec and addresses.

export interface FastStartMedia {
  readonly sessionID: number;
  readonly dataType: H245.DataType;
  /** Our RTP and RTCP addresses for this medium. */
  readonly rtp: H245.TransportAddress;
  readonly rtcp: H245.TransportAddress;
  /** The channel number of our transmit proposal; the receive proposal takes the next one. */
  readonly channelNumber: number;
  readonly dynamicRTPPayloadType?: number;
  /** The RTP payload format (H.241 §8.3: the packetization mode of H.264). */
  readonly mediaPacketization?: H245.H2250LogicalChannelParameters["mediaPacketization"];
}

function h2250(m: FastStartMedia, withRtp: boolean): H245.H2250LogicalChannelParameters {
  return {
    sessionID: m.sessionID,
    ...(withRtp ? { mediaChannel: m.rtp } : {}),
    mediaControlChannel: m.rtcp,
    ...(m.dynamicRTPPayloadType !== undefined ? { dynamicRTPPayloadType: m.dynamicRTPPayloadType } : {}),
    ...(m.mediaPacketization ? { mediaPacketization: m.mediaPacketization } : {}),
  };
}

/** The caller's fastStart elements: a transmit and a receive proposal per medium, encoded. */
export function fastStartProposals(media: readonly FastStartMedia[]): Uint8Array[] {
  return media.flatMap((m) => [
    openLogicalChannel.encode({
      forwardLogicalChannelNumber: m.channelNumber,
      forwardLogicalChannelParameters: {
        dataType: m.dataType,
        multiplexParameters: { choice: "h2250LogicalChannelParameters", value: h2250(m, false) },
      },
    }),
    openLogicalChannel.encode({
      forwardLogicalChannelNumber: m.channelNumber + 1,
      forwardLogicalChannelParameters: {
        dataType: { choice: "nullData", value: null },
        multiplexParameters: { choice: "none", value: null },
      },
      reverseLogicalChannelParameters: {
        dataType: m.dataType,
        multiplexParameters: { choice: "h2250LogicalChannelParameters", value: h2250(m, true) },
      },
    }),
  ]);
}

export interface FastStartChannel {
  readonly number: number;
  /** "forward": media flows from the OLC's proposer (the caller); "reverse": towards it. */
  readonly direction: "forward" | "reverse";
  readonly sessionID: number;
  readonly dataType: H245.DataType;
  readonly mediaChannel?: H245.TransportAddress;
  readonly mediaControlChannel?: H245.TransportAddress;
}

/**
 * The side of an OpenLogicalChannel that carries media (H.245 §6.2.10): the forward side, or,
 * when that is nullData, the reverse side (fast start, H.323 §8.1.7, proposes the media its
 * sender receives that way); undefined without H.225.0 (RTP) parameters.
 */
export function channelMediaSide(olc: H245.OpenLogicalChannel):
  | {
      readonly direction: "forward" | "reverse";
      readonly dataType: H245.DataType;
      readonly params: H245.H2250LogicalChannelParameters;
    }
  | undefined {
  const fwd = olc.forwardLogicalChannelParameters;
  const rev = olc.reverseLogicalChannelParameters;
  const [direction, dataType, mux] =
    fwd.dataType.choice !== "nullData" || rev === undefined
      ? (["forward", fwd.dataType, fwd.multiplexParameters] as const)
      : (["reverse", rev.dataType, rev.multiplexParameters] as const);
  if (mux?.choice !== "h2250LogicalChannelParameters") return undefined;
  return { direction, dataType, params: mux.value };
}

/** Reads fastStart elements (proposals or answers); throws ParseError naming the path on bad PER. */
export function readFastStart(elements: readonly Uint8Array[]): FastStartChannel[] {
  return elements.flatMap((bytes) => {
    const olc = openLogicalChannel.decode(bytes);
    const side = channelMediaSide(olc);
    if (side === undefined) return [];
    const { direction, dataType, params: p } = side;
    return [
      {
        number: olc.forwardLogicalChannelNumber,
        direction,
        sessionID: p.sessionID,
        dataType,
        ...(p.mediaChannel ? { mediaChannel: p.mediaChannel } : {}),
        ...(p.mediaControlChannel ? { mediaControlChannel: p.mediaControlChannel } : {}),
      },
    ];
  });
}
