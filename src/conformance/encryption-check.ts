import type { MediaSection } from "../protocol/sdp/media-section.js";
import type { Check } from "../report/model.js";
import { type CheckBase, listOf, notTested, toCheck, type Verdict } from "./check-text.js";
import { activeRtpSections, answerCannotShow, readableSdps, sdpMissingReason } from "./endpoint-sdp.js";
import { type Evidence, type SdpEvidence, whyUnavailable } from "./evidence.js";
import { endpointRequests, endpointResponses, headerLines, vias } from "./sip-facts.js";

type Protection = "sdes" | "sdes-best-effort" | "dtls" | "none";

interface SectionProtection {
  readonly section: MediaSection;
  readonly protection: Protection;
  readonly suites: readonly string[];
  readonly why?: string;
}

/** RFC 4568 suites that encrypt; NULL_* authenticate only (RFC 4568 §6.2 lists no NULL cipher as secure). */
const encrypts = (suite: string) => !/^NULL_/i.test(suite);

function hasFingerprint(section: MediaSection, sessionLines: readonly string[]): boolean {
  return [...section.lines, ...sessionLines].some((l) => l.startsWith("a=fingerprint:"));
}

function protectionOf(section: MediaSection, sessionLines: readonly string[]): SectionProtection {
  const suites = section.crypto.map((c) => c.attribute.suite);
  const encrypting = suites.filter(encrypts);
  // RFC 5764 §8: UDP/TLS/RTP/SAVP(F) keys SRTP by DTLS, announced by a=fingerprint.
  if (/TLS\/RTP\/SAVP/i.test(section.protocol) && hasFingerprint(section, sessionLines)) {
    return { section, protection: "dtls", suites: [] };
  }
  if (encrypting.length > 0) {
    // RFC 4568 §5: a=crypto on RTP/AVP is the "best effort" SRTP room systems use (SAVP otherwise).
    return { section, protection: /SAVP/i.test(section.protocol) ? "sdes" : "sdes-best-effort", suites };
  }
  const why =
    suites.length > 0
      ? `only ${suites.join(", ")} (no encryption)`
      : section.cryptoErrors.length > 0
        ? `a=crypto unreadable: ${section.cryptoErrors[0]}`
        : /SAVP/i.test(section.protocol)
          ? `${section.protocol} without a=crypto or a=fingerprint`
          : `${section.protocol} without a=crypto`;
  return { section, protection: "none", suites, why };
}

function mediaName(s: MediaSection): string {
  return s.kind === "slides" ? "slides" : s.kind === "video" ? "video" : s.mediaType;
}

const SIGNALLED: CheckBase = {
  id: "encryption.srtp-signalled",
  title: "SRTP offered or answered",
  serves: ["encryption"],
  specRef: "RFC 3711; RFC 4568 (SDES); RFC 5764 (DTLS-SRTP)",
};

/** Every active audio/video/slides line of the endpoint carries SRTP keys (SDES) or DTLS-SRTP. */
export function srtpSignalledCheck(e: Evidence): Check {
  return toCheck(SIGNALLED, srtpSignalled(e));
}

function srtpSignalled(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const per = readableSdps(e).flatMap(({ reading }) =>
    activeRtpSections(reading).map((s) => protectionOf(s, reading.sessionLines)),
  );
  if (per.length === 0) {
    return {
      status: "inconclusive",
      en: { summary: "no active audio or video line to grade" },
      sv: { summary: "ingen aktiv ljud- eller videorad att bedöma" },
    };
  }
  const lines = per.flatMap((p) => [
    p.section.mLine,
    ...p.section.crypto.map((c) => c.line),
    ...p.section.lines.filter((l) => l.startsWith("a=fingerprint:")),
  ]);
  const suites = [...new Set(per.flatMap((p) => p.suites))];
  const evidence = {
    streams: per.map((p) => ({
      media: mediaName(p.section),
      protocol: p.section.protocol,
      protection: p.protection,
      suites: p.suites,
      ...(p.why ? { why: p.why } : {}),
    })),
    suites,
  };
  const plain = per.filter((p) => p.protection === "none");
  if (plain.length === per.length && answerCannotShow(e, /^a=(crypto|fingerprint):/m)) {
    return notTested(
      "no SRTP in the answer, but an answer carries a=crypto only when the offer did (RFC 4568 §7.1.2), and the offer had none or is not in the evidence",
      "ingen SRTP i svaret, men ett svar har a=crypto bara om erbjudandet hade det (RFC 4568 §7.1.2), och erbjudandet hade inget eller finns inte med",
      evidence,
    );
  }
  if (plain.length > 0) {
    const which = listOf(plain.map((p) => `${mediaName(p.section)} (${p.why})`));
    const partly = plain.length < per.length;
    return {
      status: "fail",
      en: {
        summary: `${partly ? "not all media is encrypted" : "no SRTP"}: ${which}`,
        advice:
          "Turn encryption on in the endpoint (SRTP, e.g. 'Encryption: On' or 'Best effort'); without it the whole meeting is sent unencrypted.",
      },
      sv: {
        summary: `${partly ? "inte all media är krypterad" : "ingen SRTP"}: ${which}`,
        advice:
          "Slå på kryptering i utrustningen (SRTP, t.ex. 'Encryption: On' eller 'Best effort'); utan den skickas hela mötet okrypterat.",
      },
      evidence,
      lines,
    };
  }
  const kinds = [...new Set(per.map((p) => p.protection))];
  const how = kinds.includes("dtls")
    ? "DTLS-SRTP"
    : kinds.includes("sdes-best-effort")
      ? "SDES on RTP/AVP (best effort)"
      : "SDES on RTP/SAVP";
  const howSv = kinds.includes("dtls")
    ? "DTLS-SRTP"
    : kinds.includes("sdes-best-effort")
      ? "SDES på RTP/AVP (best effort)"
      : "SDES på RTP/SAVP";
  const suiteText = suites.length ? `: ${listOf(suites)}` : "";
  return {
    status: "pass",
    en: { summary: `SRTP on every media line (${per.length}), ${how}${suiteText}` },
    sv: { summary: `SRTP på varje medierad (${per.length}), ${howSv}${suiteText}` },
    evidence,
    lines,
  };
}

const KEYS: CheckBase = {
  id: "encryption.key-exchange",
  title: "SRTP keys protected in signalling",
  serves: ["encryption"],
  specRef: "RFC 4568 §8.3 (SDES needs a secure signalling channel); RFC 3261 §26.2 (TLS)",
};

function sdesSections(e: Evidence): { sdp: SdpEvidence; section: MediaSection }[] {
  return readableSdps(e).flatMap(({ sdp, reading }) =>
    activeRtpSections(reading)
      .filter((s) => s.crypto.length > 0)
      .map((section) => ({ sdp, section })),
  );
}

/** The SIP transports the endpoint's SDP crossed, hop by hop, and the lines that say so. */
function signallingHops(e: Evidence): { transports: string[]; lines: string[] } | undefined {
  if (e.transport?.sipTransport) {
    return { transports: [e.transport.sipTransport.toUpperCase()], lines: [] };
  }
  const carriers = [...endpointRequests(e), ...endpointResponses(e)].filter((m) =>
    m.head.body.includes("v="),
  );
  const m = carriers[0];
  if (!m) return undefined;
  if (m.transport) return { transports: [m.transport.toUpperCase()], lines: headerLines(m.head, "via") };
  const hops = vias(m.head).flatMap((v) => (v.via ? [v.via.transport] : []));
  if (hops.length === 0) return undefined;
  return { transports: hops, lines: headerLines(m.head, "via") };
}

const OLD_TLS = /^(SSLv|TLSv1(\.[01])?$)/;

/** SDES keys travel in the SDP: they are secret only when every SIP hop is TLS (RFC 4568 §8.3). */
export function keyExchangeCheck(e: Evidence): Check {
  return toCheck(KEYS, keyExchange(e));
}

function keyExchange(e: Evidence): Verdict {
  const missing = sdpMissingReason(e);
  if (missing) return notTested(missing.en, missing.sv);
  const sdes = sdesSections(e);
  if (sdes.length === 0) {
    return notTested(
      "no SDES keys in the SDP, so there were no keys to protect",
      "inga SDES-nycklar i SDP, så det fanns inga nycklar att skydda",
    );
  }
  const hops = signallingHops(e);
  const cryptoLine = sdes[0]!.section.crypto[0]!.line.replace(/inline:[^|\s]+/, "inline:<key>");
  if (!hops) {
    const why = whyUnavailable(e, ["transport"], {
      en: "the SIP transport is not known (bare SDP)",
      sv: "SIP-transporten är okänd (bara SDP)",
    });
    return notTested(`SDES keys present, but ${why.en}`, `SDES-nycklar finns, men ${why.sv}`);
  }
  const evidence: Record<string, unknown> = { hops: hops.transports };
  const lines = [...hops.lines, cryptoLine];
  const clear = [...new Set(hops.transports.filter((t) => t !== "TLS"))];
  if (clear.length > 0) {
    return {
      status: "warn",
      en: {
        summary: `SDES keys sent over SIP/${clear.join(", SIP/")}: anyone on the path can read them and decrypt the media`,
        advice:
          "Use SIP over TLS (sips: or transport=tls) end to end when SRTP keys are exchanged with SDES.",
      },
      sv: {
        summary: `SDES-nycklar skickas över SIP/${clear.join(", SIP/")}: vem som helst på vägen kan läsa dem och dekryptera median`,
        advice:
          "Använd SIP över TLS (sips: eller transport=tls) hela vägen när SRTP-nycklar utbyts med SDES.",
      },
      evidence,
      lines,
    };
  }
  const tls = e.transport?.tls;
  if (tls) {
    evidence["tls"] = {
      protocol: tls.protocol,
      cipher: tls.cipher,
      peerVerified: tls.peerVerified,
      certificate: tls.peerCertificate,
    };
    if (tls.error || !tls.protocol) {
      return {
        status: "fail",
        en: {
          summary: `TLS failed: ${tls.error ?? "no handshake"}`,
          advice: "Fix the endpoint's TLS certificate and settings.",
        },
        sv: {
          summary: `TLS misslyckades: ${tls.error ?? "ingen handskakning"}`,
          advice: "Rätta utrustningens TLS-certifikat och inställningar.",
        },
        evidence,
        lines,
      };
    }
    if (OLD_TLS.test(tls.protocol) || (!tls.peerVerified && tls.ourRole !== "server")) {
      const what = OLD_TLS.test(tls.protocol)
        ? `${tls.protocol} is outdated`
        : `the certificate was not verified (${tls.verifyError ?? "untrusted"})`;
      const whatSv = OLD_TLS.test(tls.protocol)
        ? `${tls.protocol} är föråldrad`
        : `certifikatet kunde inte verifieras (${tls.verifyError ?? "ej betrott"})`;
      return {
        status: "warn",
        en: {
          summary: `SDES keys over TLS, but ${what}`,
          advice: "Use TLS 1.2 or later with a certificate from a CA the peers trust.",
        },
        sv: {
          summary: `SDES-nycklar över TLS, men ${whatSv}`,
          advice: "Använd TLS 1.2 eller senare med ett certifikat från en CA som motparterna litar på.",
        },
        evidence,
        lines,
      };
    }
    return {
      status: "pass",
      en: {
        summary: `SDES keys over ${tls.protocol} (${tls.cipher ?? "cipher unknown"}), ${tls.ourRole === "server" ? "the endpoint connected to our certificate" : "certificate verified"}`,
      },
      sv: {
        summary: `SDES-nycklar över ${tls.protocol} (${tls.cipher ?? "okänt chiffer"}), ${tls.ourRole === "server" ? "utrustningen anslöt till vårt certifikat" : "certifikatet verifierat"}`,
      },
      evidence,
      lines,
    };
  }
  return {
    status: "pass",
    en: {
      summary: `SDES keys sent only over TLS (${hops.transports.length === 1 ? "1 SIP hop" : `${hops.transports.length} SIP hops`})`,
    },
    sv: { summary: `SDES-nycklarna skickades bara över TLS (${hops.transports.length} SIP-steg)` },
    evidence,
    lines,
  };
}

const WIRE: CheckBase = {
  id: "encryption.srtp-on-the-wire",
  title: "Media encrypted on the wire",
  serves: ["encryption"],
  specRef: "RFC 3711 §3.3, §3.4 (authentication of received packets)",
};

/** The endpoint's packets authenticated as SRTP and none arrived as plain RTP. */
export function srtpOnWireCheck(e: Evidence): Check {
  const s = e.media?.srtp;
  if (!s) {
    const why = whyUnavailable(e, ["srtp", "media"], {
      en: "no media was measured",
      sv: "inga medier mättes",
    });
    return toCheck(WIRE, notTested(`not measured (${why.en})`, `inte mätt (${why.sv})`));
  }
  const evidence = { ...s };
  const fix = {
    en: "Require SRTP on the endpoint so that media is never sent in the clear.",
    sv: "Kräv SRTP i utrustningen så att media aldrig skickas okrypterat.",
  };
  if (!s.negotiated || s.plainPackets > 0) {
    const what = !s.negotiated
      ? "media was agreed as plain RTP"
      : `${s.plainPackets} packets arrived as plain RTP`;
    const whatSv = !s.negotiated
      ? "media överenskoms som okrypterad RTP"
      : `${s.plainPackets} paket kom som okrypterad RTP`;
    return toCheck(WIRE, {
      status: "fail",
      en: { summary: what, advice: fix.en },
      sv: { summary: whatSv, advice: fix.sv },
      evidence,
    });
  }
  if (s.packetsAuthenticated === 0) {
    if (s.authFailures === 0) {
      return toCheck(WIRE, {
        status: "inconclusive",
        en: { summary: "SRTP agreed but no packets arrived to authenticate" },
        sv: { summary: "SRTP överenskoms men inga paket kom att autentisera" },
        evidence,
      });
    }
    return toCheck(WIRE, {
      status: "fail",
      en: {
        summary: `none of ${s.authFailures} SRTP packets authenticated (wrong keys or suite)`,
        advice: "The endpoint encrypts with keys or a suite other than the ones agreed in SDP.",
      },
      sv: {
        summary: `inget av ${s.authFailures} SRTP-paket kunde autentiseras (fel nycklar eller svit)`,
        advice: "Utrustningen krypterar med andra nycklar eller en annan svit än de som avtalades i SDP.",
      },
      evidence,
    });
  }
  if (s.authFailures > 0) {
    return toCheck(WIRE, {
      status: "warn",
      en: {
        summary: `${s.packetsAuthenticated} packets authenticated, ${s.authFailures} failed`,
        advice: "Some packets failed SRTP authentication: look for key changes or replays.",
      },
      sv: {
        summary: `${s.packetsAuthenticated} paket autentiserade, ${s.authFailures} misslyckades`,
        advice:
          "En del paket klarade inte SRTP-autentiseringen: leta efter nyckelbyten eller återuppspelade paket.",
      },
      evidence,
    });
  }
  return toCheck(WIRE, {
    status: "pass",
    en: { summary: `all ${s.packetsAuthenticated} packets authenticated as SRTP, none plain` },
    sv: { summary: `alla ${s.packetsAuthenticated} paket autentiserade som SRTP, inga okrypterade` },
    evidence,
  });
}
