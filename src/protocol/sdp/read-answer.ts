import { firstOf } from "./answer-offer.js";
import type { LocalMediaOffer, LocalOffer } from "./build-offer.js";
import { type Codec, sameCodecName } from "./codec.js";
import { directionOf, receives, sends, withOldStyleHold } from "./direction.js";
import { packetizationMode } from "./h264.js";
import { type DescribedCodec, type MediaSection, readSdp } from "./media-section.js";
import { rejectedMedia, remoteTransport, telephoneEventOf } from "./negotiated-media.js";
import type { NegotiatedMedia, NegotiatedSession, NegotiatedSrtp } from "./sdp-types.js";
import { isSecureProfile } from "./srtp-negotiation.js";

export type ReadAnswerResult =
  | { readonly ok: true; readonly session: NegotiatedSession }
  | { readonly ok: false; readonly reason: string; readonly session?: NegotiatedSession };

const AUXILIARY = ["telephone-event", "cn", "red", "ulpfec", "flexfec", "rtx"];

/**
 * RFC 3264 §7: the offerer reads the answer into the same negotiated model. Throws ParseError for
 * a body that is not SDP; returns `ok: false` when the answer breaks the offer/answer rules or
 * leaves no usable audio or video.
 */
export function readAnswer(offer: LocalOffer, answerSdp: string): ReadAnswerResult {
  const answer = readSdp(answerSdp);
  // RFC 3264 §6: "The answer MUST contain exactly the same number of "m=" lines as the offer".
  if (answer.media.length !== offer.media.length) {
    return {
      ok: false,
      reason: `the answer has ${answer.media.length} m= lines, the offer had ${offer.media.length}`,
    };
  }
  const media = answer.media.map((section, i) => readSection(offer.media[i]!, section, offer));
  const session: NegotiatedSession = {
    role: "offerer",
    localOrigin: offer.origin,
    remoteOrigin: answer.origin,
    localSdp: offer.sdp,
    remoteSdp: answerSdp,
    media,
    ...firstOf(media),
  };
  if (!session.audio && !session.video) {
    const reasons = media
      .map((m) => `m-line ${m.index} (${m.kind}): ${m.rejectReason ?? "accepted"}`)
      .join("; ");
    return { ok: false, reason: `no usable audio or video stream: ${reasons}`, session };
  }
  return { ok: true, session };
}

function findOffered(mine: LocalMediaOffer, c: DescribedCodec): Codec | undefined {
  return mine.codecs.find(
    (o) =>
      sameCodecName(o.name, c.name) &&
      o.clockRate === c.clockRate &&
      (!sameCodecName(o.name, "H264") || packetizationMode(o.fmtp) === packetizationMode(c.fmtp)),
  );
}

function readSection(mine: LocalMediaOffer, section: MediaSection, offer: LocalOffer): NegotiatedMedia {
  const localSection = mine.lines;
  const fail = (reason: string) => rejectedMedia(section, reason, localSection);
  if (mine.kind !== "audio" && mine.kind !== "video") {
    // Sections written by other modules (BFCP, slides): recorded as accepted or not, raw lines kept.
    if (section.port === 0) return fail("rejected by the answerer (port 0)");
    const { rejectReason: _unused, ...base } = fail("");
    return { ...base, accepted: true, localPort: mine.port, localRtcpPort: mine.port };
  }
  if (section.port === 0) return fail("rejected by the answerer (port 0)");
  if (section.mediaType !== mine.kind)
    return fail(`answer has m=${section.mediaType} where we offered m=${mine.kind}`);
  if (!section.address) return fail("no connection address (c=) in the answer");
  let codec: Codec | undefined;
  let described: DescribedCodec | undefined;
  for (const c of section.codecs) {
    if (AUXILIARY.includes(c.name.toLowerCase())) continue;
    if (findOffered(mine, c)) {
      codec = {
        payloadType: c.payloadType,
        name: c.name,
        clockRate: c.clockRate,
        channels: c.channels,
        fmtp: c.fmtp,
      };
      described = c;
      break;
    }
  }
  if (!codec || !described)
    return fail(
      `the answer chose no codec we offered (${section.codecs.map((c) => c.name).join(", ") || "none"})`,
    );

  let srtp: NegotiatedSrtp | undefined;
  let cryptoLine: string | undefined;
  const answered = section.crypto[0];
  if (answered) {
    const ours = mine.crypto.find(
      (c) => c.tag === answered.attribute.tag && c.suite === answered.attribute.suite,
    );
    const key = answered.attribute.keys[0];
    if (!ours || !key || key.keySalt.length !== 30) {
      return fail(
        `the answer's a=crypto (tag ${answered.attribute.tag} ${answered.attribute.suite}) matches none we offered`,
      );
    }
    srtp = {
      suite: ours.suite,
      tag: ours.tag,
      localKey: ours.key,
      remoteKey: key.keySalt,
      remoteMkiLength: key.mki?.length ?? 0,
    };
    cryptoLine = answered.line;
  } else if (offer.srtp === "mandatory" || isSecureProfile(section.protocol)) {
    return fail(`the answer has no a=crypto for ${section.protocol}`);
  }

  const te = section.codecs.find(
    (c) =>
      sameCodecName(c.name, "telephone-event") &&
      mine.telephoneEvents.some((t) => t.clockRate === c.clockRate),
  );
  const rtcpFb = described.rtcpFb.filter((f) => mine.rtcpFb.includes(f));
  const rtcpMux = mine.rtcpMux && section.rtcpMux;
  const remoteDirection = withOldStyleHold(section.direction, section.address);
  const direction = directionOf(
    sends(mine.direction) && receives(remoteDirection),
    receives(mine.direction) && sends(remoteDirection),
  );
  return {
    index: section.index,
    kind: mine.kind,
    mediaType: section.mediaType,
    protocol: section.protocol,
    accepted: true,
    localPort: mine.port,
    localRtcpPort: rtcpMux ? mine.port : mine.port + 1,
    rtcpMux,
    remote: remoteTransport(section, section.address, rtcpMux),
    codec,
    ...telephoneEventOf(te),
    rtcpFb,
    direction,
    remoteDirection,
    remoteHold: !receives(remoteDirection),
    ...(srtp ? { srtp } : {}),
    ...(mine.ssrc !== undefined ? { localSsrc: mine.ssrc } : {}),
    ...(section.content !== undefined ? { content: section.content } : {}),
    ...(section.label !== undefined ? { label: section.label } : {}),
    lines: {
      media: section.mLine,
      ...(section.connectionLine ? { connection: section.connectionLine } : {}),
      codec: described.lines,
      telephoneEvent: te ? te.lines : [],
      rtcp: [section.rtcpLine, rtcpMux ? section.rtcpMuxLine : undefined].filter(
        (l): l is string => l !== undefined,
      ),
      rtcpFb: described.rtcpFbLines,
      ...(cryptoLine ? { crypto: cryptoLine } : {}),
      ...(section.directionLine ? { direction: section.directionLine } : {}),
      ...(section.contentLine ? { content: section.contentLine } : {}),
    },
    localSection,
    remoteSection: section.lines,
  };
}
