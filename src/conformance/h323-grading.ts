import type { Phrase } from "../report/i18n/bilingual.js";
import type { Check, LocalText } from "../report/model.js";
import { notTested, toCheck } from "./check-text.js";
import { h323AliasCheck } from "./h323-alias-check.js";
import { h323EncryptionCheck } from "./h323-encryption-check.js";
import type { H323Evidence } from "./h323-evidence.js";
import { h323H239ExchangeCheck, h323H239H264Check, h323H239SignalledCheck } from "./h323-h239-check.js";
import { h323H264LevelCheck, h323H264SignalledCheck } from "./h323-h264-check.js";
import { h323UriReachCheck } from "./h323-uri-reach-check.js";
import { H46018_CHECK, H46019_CHECK, h46018Check, h46019Check } from "./h460-check.js";

// The six requirements of an H.323 call. H.264 and URI are graded from H.245 and the aliases;
// the decoded media and the keyframe response as for SIP. What H.323 has no counterpart for,
// or what vdm-test does not speak yet (H.235, H.460), says "not tested" with the reason; H.239 is
// graded from the endpoint's capabilities and token exchange (h323-h239-check.ts).

/** Checks graded from the H.323 evidence instead of SIP and SDP. */
const H323_GRADED: Readonly<Record<string, (h: H323Evidence) => Check>> = {
  "h264.signalled": h323H264SignalledCheck,
  "h264.level": h323H264LevelCheck,
  "uri.identity": h323AliasCheck,
  "uri.resolution": h323UriReachCheck,
  // H.239 (H.239 §7.1, §8.5, §9) in place of BFCP.
  "presentation.bfcp-signalled": h323H239SignalledCheck,
  "presentation.slides-h264": h323H239H264Check,
  "presentation.floor-and-slides": h323H239ExchangeCheck,
};

/** Checks of the media, graded from the same measurements whatever the signalling. */
const MEDIA_CHECKS: ReadonlySet<string> = new Set(["h264.media", "h264.keyframe-on-request"]);

/** Why each remaining check is not tested on an H.323 call, by id prefix or id. */
function notTestedReason(id: string, h: H323Evidence): Phrase | undefined {
  const announced = h.announced;
  if (id.startsWith("sip."))
    return {
      en: "not tested: H.323 call (call the endpoint with a sip: URI to grade its SIP)",
      sv: "inte testat: H.323-samtal (ring ändpunkten med en sip:-URI för att bedöma dess SIP)",
    };
  if (id.startsWith("encryption."))
    return {
      en: `not tested: H.323 call; H.235 media encryption was not measured on this call${announced.h235 ? " (the endpoint announced H.235)" : ""}`,
      sv: `inte testat: H.323-samtal; H.235-kryptering av media mättes inte i det här samtalet${announced.h235 ? " (ändpunkten angav H.235)" : ""}`,
    };
  if (id.startsWith("traversal."))
    return {
      en: "not tested: a SIP analogue; on an H.323 call H.460.18/.19 is graded as itself (traversal.h460-18, traversal.h460-19)",
      sv: "inte testat: en SIP-motsvarighet; i ett H.323-samtal bedöms H.460.18/.19 som sig självt (traversal.h460-18, traversal.h460-19)",
    };
  if (id === "uri.contact")
    return {
      en: "not tested: H.323 has no Contact; the endpoint's aliases are graded under uri.identity",
      sv: "inte testat: H.323 har ingen Contact; ändpunktens alias bedöms under uri.identity",
    };
  return undefined;
}

/** Over H.323 the keyframe is asked for with H.245, not RTCP: the same measurement, its request named. */
function keyframeOverH245(c: Check): Check {
  const h245 = (t: string | undefined) => t?.replaceAll("RTCP PLI/FIR", "H.245 videoFastUpdatePicture");
  const local = (l: LocalText): LocalText => ({
    summary: h245(l.summary)!,
    ...(l.advice !== undefined ? { advice: h245(l.advice)! } : {}),
  });
  return {
    ...c,
    title: "Keyframe after videoFastUpdatePicture",
    specRef: "ITU-T H.245 MiscellaneousCommand (videoFastUpdatePicture); H.323 §8.4",
    ...(c.text ? { text: { en: local(c.text.en), sv: local(c.text.sv) } } : {}),
  };
}

/**
 * The check `sipCheck` (as gradeAll made it from the same evidence) for an H.323 call: graded
 * from H.245 and the aliases, kept when it grades media, else not tested with the reason.
 */
export function asH323Check(sipCheck: Check, h: H323Evidence): Check {
  const graded = H323_GRADED[sipCheck.id];
  if (graded) return graded(h);
  const encryption = h.encryption && h323EncryptionCheck(sipCheck.id, h.encryption);
  if (encryption) return encryption;
  if (sipCheck.id === "h264.keyframe-on-request") return keyframeOverH245(sipCheck);
  if (MEDIA_CHECKS.has(sipCheck.id)) return sipCheck;
  const why = notTestedReason(sipCheck.id, h) ?? {
    en: "not tested: H.323 call",
    sv: "inte testat: H.323-samtal",
  };
  const base = {
    id: sipCheck.id,
    title: sipCheck.title,
    serves: sipCheck.serves,
    specRef: sipCheck.specRef ?? "",
  };
  return toCheck(base, notTested(why.en, why.sv, { protocol: "H.323" }));
}

/**
 * The H.460.18 and H.460.19 verdicts of H.323 equipment, from what it did with the room as its
 * gatekeeper; not tested, with the features it announced, when no gatekeeper of ours was in it.
 */
export function h460Checks(h: H323Evidence): Check[] {
  if (h.h460) return [h46018Check(h.h460), h46019Check(h.h460)];
  const features = h.announced.h460.length
    ? ` (it announced H.460.${h.announced.h460.join(", H.460.")})`
    : "";
  const why = {
    en: `not tested: the call went without the room's gatekeeper; H.460.18/.19 show only when the endpoint registers to it${features}`,
    sv: `inte testat: samtalet gick utan rummets gatekeeper; H.460.18/.19 syns bara när ändpunkten registrerar sig i den${features.replace("it announced", "den angav")}`,
  };
  return [H46018_CHECK, H46019_CHECK].map((base) =>
    toCheck(base, notTested(why.en, why.sv, { protocol: "H.323" })),
  );
}
