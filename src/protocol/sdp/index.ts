export {
  type AnswerOptions,
  type AnswerResult,
  answerOffer,
  type Rejection,
  warningHeader,
} from "./answer-offer.js";
export {
  buildOffer,
  type LocalMediaOffer,
  type LocalOffer,
  type OfferedCrypto,
  type OfferedStream,
  type OfferOptions,
} from "./build-offer.js";
export { type CodecCapability, defaultCapabilities, type LocalCapabilities } from "./capabilities.js";
export { type Codec, formatFmtp, parseFmtp, STATIC_PAYLOAD_TYPES, sameCodecName } from "./codec.js";
export {
  type CryptoAttribute,
  formatCryptoAttribute,
  parseCryptoAttribute,
  type SdesKey,
} from "./crypto-attribute.js";
export type { HandlerAnswer, MediaHandler, MediaHandlerContext } from "./media-handler.js";
export {
  type DescribedCodec,
  MAX_SDP_LENGTH,
  type MediaSection,
  readSdp,
  type SessionReading,
} from "./media-section.js";
export { rejectedMedia, rejectedMLine } from "./negotiated-media.js";
export { type ReadAnswerResult, readAnswer } from "./read-answer.js";
export type * from "./sdp-types.js";
