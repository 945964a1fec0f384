import type { AnswerOptions } from "./answer-offer.js";
import type { MediaSection } from "./media-section.js";
import type { NegotiatedMedia } from "./sdp-types.js";

/** What a handler answers for one offered m-section. */
export type HandlerAnswer =
  | { readonly accepted: true; readonly lines: readonly string[]; readonly media: NegotiatedMedia }
  | { readonly accepted: false; readonly reason: string };

/**
 * Plug-in point for m-lines the RTP core does not answer itself (BFCP per RFC 8856, a slides
 * video per RFC 4796). Handlers are asked in order before the built-in audio/video logic; the
 * first whose `matches` returns true answers the section. Without a handler such lines are
 * rejected with port 0 (RFC 3264 §6).
 */
export interface MediaHandler {
  readonly name: string;
  matches(section: MediaSection, all: readonly MediaSection[]): boolean;
  answer(section: MediaSection, context: MediaHandlerContext): HandlerAnswer;
}

export interface MediaHandlerContext {
  readonly options: AnswerOptions;
  /** Every section of the offer (BFCP needs to see the slides line it controls). */
  readonly sections: readonly MediaSection[];
  /** The same m-line as negotiated before, on a re-INVITE. */
  readonly previous?: NegotiatedMedia;
}
