import { isSrtpSuite, type SrtpSuite } from "../srtp/srtp-suite.js";
import type { DescribedCrypto, MediaSection } from "./media-section.js";
import type { SrtpPolicy } from "./sdp-types.js";

/** RFC 3711 / RFC 4568 §6.3: session parameters we can honour (window size hint, default KDR). */
function supportedSessionParams(params: readonly string[]): boolean {
  return params.every((p) => /^WSH=\d+$/.test(p) || p === "KDR=0" || p === "FEC_ORDER=FEC_SRTP");
}

export function isSecureProfile(protocol: string): boolean {
  return /^RTP\/SAVPF?$/i.test(protocol);
}

export const RTP_PROFILES = /^RTP\/S?AVPF?$/i;

/** The crypto line we accept, or undefined. One inline key, 30 octets, a suite we speak. */
export function pickCrypto(section: MediaSection, suites: readonly SrtpSuite[]): DescribedCrypto | undefined {
  const usable = section.crypto.filter(
    ({ attribute: a }) =>
      isSrtpSuite(a.suite) &&
      suites.includes(a.suite) &&
      a.keys.length === 1 &&
      a.keys[0]!.keySalt.length === 30 &&
      supportedSessionParams(a.sessionParams),
  );
  // RFC 4568 §7.1.2: the offer lists its preference first; among ours, keep the offerer's order.
  return usable[0];
}

export type SrtpDecision =
  | { readonly use: "plain" }
  | { readonly use: "srtp"; readonly crypto: DescribedCrypto; readonly suite: SrtpSuite }
  | { readonly use: "reject"; readonly reason: string };

/**
 * The answerer's SRTP decision for one offered RTP m-line:
 *  - RTP/SAVP(F) needs an acceptable a=crypto (RFC 4568 §7.1.2) and a policy other than off;
 *  - RTP/AVP with a=crypto ("best-effort SRTP") gets SRTP when we can, plain RTP otherwise,
 *    unless our policy is mandatory;
 *  - plain RTP without crypto is refused only under a mandatory policy.
 */
export function decideSrtp(
  section: MediaSection,
  policy: SrtpPolicy,
  suites: readonly SrtpSuite[],
): SrtpDecision {
  const secure = isSecureProfile(section.protocol);
  if (secure && policy === "off")
    return { use: "reject", reason: `${section.protocol} offered but our SRTP policy is off` };
  const crypto = policy === "off" ? undefined : pickCrypto(section, suites);
  if (crypto) return { use: "srtp", crypto, suite: crypto.attribute.suite as SrtpSuite };
  if (secure) {
    const offered = section.crypto.map((c) => c.attribute.suite).join(", ") || "none";
    return {
      use: "reject",
      reason: `${section.protocol} offered without an acceptable a=crypto (offered: ${offered})`,
    };
  }
  if (policy === "mandatory") {
    return {
      use: "reject",
      reason:
        section.crypto.length > 0
          ? "no acceptable a=crypto in the offer and our SRTP policy is mandatory"
          : "plain RTP offered (no a=crypto) and our SRTP policy is mandatory",
    };
  }
  return { use: "plain" };
}
