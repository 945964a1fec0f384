import type { Check } from "../model.js";
import type { Lang } from "./lang.js";

/**
 * Swedish titles of the checks, by id. A check's `title` is English; a check not listed here keeps
 * it in a Swedish report too.
 */
const TITLE_SV: Record<string, string> = {
  "mirror.see-yourself": "Du ser dig själv (spegel)",
  "audio.hear-far-end": "Du hör motparten (musik)",
  "audio.others-hear-you": "Andra hör dig",
  "presentation.floor-granted": "Presentation: ordet beviljas och lämnas (BFCP)",
  "presentation.slides-replace-mirror": "Presentation: din presentation ersätter din bild",
  "presentation.receive-slides": "Presentation: du tar emot andras presentation",
  "presentation.bfcp-signalled": "BFCP-presentation erbjuden",
  "presentation.slides-h264": "Presentationsvideo i H.264",
  "presentation.floor-and-slides": "Ordet beviljat och presentation mottagen",
  "presentation.bfcp": "BFCP-presentation",
  "presentation.slides": "Presentationsvideo",
  "h264.signalled": "H.264 erbjuden eller besvarad",
  "h264.level": "H.264-nivån räcker för 720p30",
  "h264.media": "H.264-video avkodad",
  "h264.keyframe-on-request": "Nyckelbild efter PLI/FIR",
  "h264.negotiated": "H.264 förhandlad",
  "h264.received": "H.264 mottagen",
  "encryption.srtp-signalled": "SRTP erbjuden eller besvarad",
  "encryption.key-exchange": "SRTP-nycklar skyddade i signaleringen",
  "encryption.srtp-on-the-wire": "Media krypterad på nätet",
  "encryption.srtp": "SRTP",
  "uri.identity": "Identiteten är användare@domän",
  "uri.contact": "Contact är en SIP-URI med domän",
  "uri.resolution": "Nåbar som användare@domän",
  "traversal.rport": "rport (RFC 3581)",
  "traversal.nat": "NAT upptäckt och hanterad",
  "traversal.ice": "ICE erbjuden",
  "traversal.rtcp-mux": "RTP och RTCP på samma port",
  "traversal.symmetric-rtp": "Symmetrisk RTP",
  "sip.methods": "Tillåtna SIP-metoder",
  "sip.session-timer": "Sessionstimers",
  "sip.dialog": "SIP-dialogen komplett: INVITE besvarad, ACK, BYE",
  "h323.call": "H.323-samtalet komplett: Setup besvarad med Connect, ReleaseComplete",
  "sip.transport": "SIP-transporter",
  "sip.options": "Svarar på OPTIONS",
  "sip.invite-answered": "INVITE besvarad",
  "sip.ack": "ACK skickad",
  "sip.bye": "BYE avslutar samtalet",
  "call.callback": "Återuppringning",
  "media.loss": "Paketförlust",
  "capture.readable": "Inspelningen läst",
  "ras.keep-alive": "Registreringen hålls vid liv inom timeToLive",
  "function-1.others-see-you": "Andra ser dig",
  "function-2.you-see-others": "Du ser andra",
  "function-3.others-see-presentation": "Andra ser din presentation",
  "function-4.you-hear-others": "Du hör andra",
  "function-5.reach-room": "Inringning fungerar (du når rummet)",
  "function-6.reach-room-outward": "Utringning fungerar (du når rummet härifrån)",
  "function-7.others-hear-you": "Andra hör dig (eko-alias)",
  "function-8.others-can-call-you": "Andra kan ringa dig (återuppringningsalias)",
  "function-9.receive-presentation": "Du tar emot andras presentationer",
};

export function checkTitle(c: Pick<Check, "id" | "title">, lang: Lang): string {
  return lang === "sv" ? (TITLE_SV[c.id] ?? c.title) : c.title;
}

/** The summary in the wanted language; the English `summary` when the check has no such text. */
export function checkSummary(c: Pick<Check, "summary" | "text">, lang: Lang): string {
  return c.text?.[lang].summary ?? c.summary;
}

/** The advice in the wanted language, or undefined when the check gives none. */
export function checkAdvice(c: Pick<Check, "text">, lang: Lang): string | undefined {
  const a = c.text?.[lang].advice;
  return a && a.trim() !== "" ? a : undefined;
}
