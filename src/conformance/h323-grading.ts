import type { Phrase } from "../report/i18n/bilingual.js";
import type { Check, LocalText } from "../report/model.js";
import { notTested, toCheck } from "./check-text.js";
import { h323AliasCheck } from "./h323-alias-check.js";
import { h323EncryptionCheck } from "./h323-encryption-check.js";
import type { H323Evidence } from "./h323-evidence.js";
import { h323H264LevelCheck, h323H264SignalledCheck } from "./h323-h264-check.js";

// The six requirements of an H.323 call. H.264 and URI are graded from H.245 and the aliases;
// the decoded media and the keyframe response as for SIP. What H.323 has no counterpart for,
// or what vdm-test does not speak yet (H.235, H.460, H.239), says "not tested" with the reason.

/** Checks graded from the H.323 evidence instead of SIP and SDP. */
const H323_GRADED: Readonly<Record<string, (h: H323Evidence) => Check>> = {
  "h264.signalled": h323H264SignalledCheck,
  "h264.level": h323H264LevelCheck,
  "uri.identity": h323AliasCheck,
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
  if (id.startsWith("traversal.")) {
    const features = announced.h460.length
      ? ` (the endpoint announced H.460.${announced.h460.join(", H.460.")})`
      : "";
    const featuresSv = announced.h460.length
      ? ` (ändpunkten angav H.460.${announced.h460.join(", H.460.")})`
      : "";
    return {
      en: `not tested: H.323 call; H.460.18/.19 firewall traversal needs a gatekeeper, which vdm-test does not support yet${features}`,
      sv: `inte testat: H.323-samtal; brandväggsgenomgång med H.460.18/.19 kräver en gatekeeper, som vdm-test inte stöder än${featuresSv}`,
    };
  }
  if (id.startsWith("presentation."))
    return {
      en: `not tested: H.323 call; H.239 presentation is not supported by vdm-test yet${announced.h239 ? " (the endpoint announced H.239)" : ""}`,
      sv: `inte testat: H.323-samtal; presentation med H.239 stöds inte av vdm-test än${announced.h239 ? " (ändpunkten angav H.239)" : ""}`,
    };
  if (id === "uri.contact")
    return {
      en: "not tested: H.323 has no Contact; the endpoint's aliases are graded under uri.identity",
      sv: "inte testat: H.323 har ingen Contact; ändpunktens alias bedöms under uri.identity",
    };
  if (id === "uri.resolution")
    return {
      en: "not tested: H.323 call to a transport address; gatekeeper and DNS resolution of H.323 URLs are not supported yet",
      sv: "inte testat: H.323-samtal till en transportadress; gatekeeper och DNS-uppslag av H.323-URL:er stöds inte än",
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
