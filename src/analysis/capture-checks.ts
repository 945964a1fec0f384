import type { Check, CheckStatus } from "../report/model.js";
import type { BfcpFacts } from "./bfcp-observer.js";
import type { CaptureAnalysis } from "./capture-analyzer.js";
import { dialogStreams, offerAnswer, rtpStreams } from "./dialog-streams.js";
import type { MediaStreamFacts } from "./media-stream.js";
import type { SipDialog } from "./sip-dialogs.js";

/**
 * Verdicts a capture can support for one dialog (or, with no readable dialog, for the media
 * alone): SIP (INVITE answered, ACK, BYE), H.264 (negotiated, received with SPS/PPS/IDR and a
 * picture size), encryption (SRTP negotiated and the packets not plain), presentation (BFCP seen,
 * floor granted, slides stream), and "not testable from a capture" for what needs a live call.
 */
export function captureChecks(a: CaptureAnalysis, dialog: SipDialog | undefined): Check[] {
  const streams = dialogStreams(a, dialog);
  const media = rtpStreams(streams);
  const tlsReason =
    a.tls.length > 0
      ? `SIP over TLS (${a.tls
          .map((t) => `${t.src} → ${t.dst}`)
          .slice(0, 2)
          .join(", ")}) cannot be read from a capture`
      : undefined;
  return [
    ...sipChecks(dialog, tlsReason),
    ...h264Checks(dialog, media),
    encryptionCheck(dialog, media),
    ...presentationChecks(
      dialog,
      a.bfcp.get(dialog?.callId ?? "") ?? (dialog ? undefined : a.bfcp.get("")),
      media,
    ),
    mediaQualityCheck(media),
    symmetricRtpCheck(media),
    ...notTestable(),
  ];
}

function check(
  id: string,
  title: string,
  serves: string[],
  status: CheckStatus,
  summary: string,
  evidence: Record<string, unknown> = {},
  specRef?: string,
): Check {
  return { id, title, serves, status, summary, evidence, ...(specRef ? { specRef } : {}) };
}

function sipChecks(d: SipDialog | undefined, tlsReason: string | undefined): Check[] {
  const missing = tlsReason ?? "no SIP dialog in the capture";
  if (!d || d.invites === 0) {
    const why = d ? "the dialog has no INVITE" : missing;
    return [
      check("sip.invite-answered", "INVITE answered", ["SIP"], "not-tested", why, {}, "RFC 3261 §13.2"),
      check("sip.ack", "ACK sent", ["SIP"], "not-tested", why, {}, "RFC 3261 §13.2.2.4"),
      check("sip.bye", "BYE ends the call", ["SIP"], "not-tested", why, {}, "RFC 3261 §15"),
    ];
  }
  const final = d.inviteFinal;
  const answered: Check =
    final === undefined
      ? check(
          "sip.invite-answered",
          "INVITE answered",
          ["SIP"],
          "fail",
          `no final response to the INVITE in the capture (provisional: ${d.provisional.join(", ") || "none"})`,
          { provisional: d.provisional },
          "RFC 3261 §13.2",
        )
      : check(
          "sip.invite-answered",
          "INVITE answered",
          ["SIP"],
          final < 300 ? "pass" : "fail",
          `the INVITE was answered ${final}${d.provisional.length ? ` after ${d.provisional.join(", ")}` : ""}`,
          { finalStatus: final, provisional: d.provisional },
          "RFC 3261 §13.2",
        );
  const ok = final !== undefined && final >= 200 && final < 300;
  const ack = !ok
    ? check("sip.ack", "ACK sent", ["SIP"], "not-tested", "no 2xx to acknowledge", {}, "RFC 3261 §13.2.2.4")
    : check(
        "sip.ack",
        "ACK sent",
        ["SIP"],
        d.ackSeen ? "pass" : "fail",
        d.ackSeen ? "the 2xx was acknowledged" : "the 2xx was never acknowledged (no ACK in the capture)",
        { ackSeen: d.ackSeen },
        "RFC 3261 §13.2.2.4",
      );
  const bye = !ok
    ? check(
        "sip.bye",
        "BYE ends the call",
        ["SIP"],
        "not-tested",
        "the call was not established",
        {},
        "RFC 3261 §15",
      )
    : !d.byeSeen
      ? check(
          "sip.bye",
          "BYE ends the call",
          ["SIP"],
          "warn",
          "no BYE in the capture: the call had not ended when the capture stopped, or it was dropped",
          {},
          "RFC 3261 §15",
        )
      : check(
          "sip.bye",
          "BYE ends the call",
          ["SIP"],
          d.byeFinal !== undefined && d.byeFinal < 300 ? "pass" : "warn",
          d.byeFinal !== undefined ? `BYE answered ${d.byeFinal}` : "BYE sent, no answer in the capture",
          { byeFinal: d.byeFinal ?? null },
          "RFC 3261 §15.1.2",
        );
  return [answered, ack, bye];
}

function videoCodecs(d: SipDialog | undefined): { offered: string[]; answered: string[] } | undefined {
  const { offer, answer } = offerAnswer(d);
  if (!offer?.reading) return undefined;
  const names = (r: typeof offer.reading) =>
    (r?.media ?? [])
      .filter((m) => m.kind === "video" && m.port !== 0)
      .flatMap((m) => m.codecs.map((c) => c.name));
  return { offered: names(offer.reading), answered: answer?.reading ? names(answer.reading) : [] };
}

function h264Checks(d: SipDialog | undefined, media: MediaStreamFacts[]): Check[] {
  const spec = "RFC 6184; ITU-T H.264";
  const codecs = videoCodecs(d);
  const negotiated = !codecs
    ? check(
        "h264.negotiated",
        "H.264 negotiated",
        ["H.264"],
        "not-tested",
        "no SDP offer/answer in the capture",
        {},
        spec,
      )
    : codecs.answered.length === 0 && codecs.offered.length === 0
      ? check(
          "h264.negotiated",
          "H.264 negotiated",
          ["H.264"],
          "fail",
          "no video m-line was offered",
          codecs,
          spec,
        )
      : codecs.answered.some((c) => /^h264$/i.test(c)) ||
          (codecs.answered.length === 0 && codecs.offered.some((c) => /^h264$/i.test(c)))
        ? check(
            "h264.negotiated",
            "H.264 negotiated",
            ["H.264"],
            "pass",
            `H.264 in the video ${codecs.answered.length ? "answer" : "offer"}`,
            codecs,
            spec,
          )
        : check(
            "h264.negotiated",
            "H.264 negotiated",
            ["H.264"],
            "fail",
            `video negotiated without H.264 (${codecs.answered.join(", ") || "rejected"})`,
            codecs,
            spec,
          );
  const video = media.filter((s) => s.h264 !== undefined && s.binding?.kind !== "slides");
  if (video.length === 0) {
    const opaque = media.some(
      (s) => s.binding?.kind === "video" && s.binding.srtpNegotiated && !s.binding.senderKey,
    );
    return [
      negotiated,
      check(
        "h264.received",
        "H.264 received",
        ["H.264"],
        opaque ? "inconclusive" : "not-tested",
        opaque
          ? "the video is SRTP without its key in the capture: its H.264 cannot be read"
          : "no H.264 RTP stream in the capture",
        {},
        spec,
      ),
    ];
  }
  const per = video.map((s) => {
    const h = s.h264!;
    const decodable = h.spsCount > 0 && h.ppsCount > 0 && h.idrCount > 0 && h.width !== undefined;
    return {
      stream: `${s.src} → ${s.dst}`,
      decodable,
      packets: h.packets,
      sps: h.spsCount,
      pps: h.ppsCount,
      idr: h.idrCount,
      resolution: h.width !== undefined ? `${h.width}x${h.height}` : null,
      frameRate: h.frameRate ?? null,
      idrIntervalS: h.idrIntervalS ?? null,
    };
  });
  const bad = per.filter((p) => !p.decodable);
  const received = check(
    "h264.received",
    "H.264 received",
    ["H.264"],
    bad.length === 0 ? "pass" : "fail",
    bad.length === 0
      ? per.map((p) => `${p.stream}: ${p.resolution} ${p.frameRate ?? "?"} fps, ${p.idr} IDR`).join("; ")
      : `${bad.map((p) => p.stream).join(", ")}: missing ${bad.map((p) => [p.sps ? "" : "SPS", p.pps ? "" : "PPS", p.idr ? "" : "IDR"].filter(Boolean).join("/")).join(", ")} — a decoder cannot start`,
    { streams: per },
    spec,
  );
  return [negotiated, received];
}

function encryptionCheck(d: SipDialog | undefined, media: MediaStreamFacts[]): Check {
  const spec = "RFC 3711; RFC 4568";
  const bound = media.filter((s) => s.binding && !s.binding.rtcp);
  if (bound.length === 0) {
    const heuristic = media.map((s) => ({
      stream: `${s.src} → ${s.dst}`,
      h264Invalid: s.h264?.invalidHeaders ?? null,
      entropy: s.protection.payloadEntropy ?? null,
    }));
    return check(
      "encryption.srtp",
      "Media encrypted (SRTP)",
      ["encryption"],
      media.length ? "inconclusive" : "not-tested",
      media.length
        ? "no SDP names the streams, so whether SRTP was agreed is unknown"
        : d
          ? "no media in the capture"
          : "no dialog and no media in the capture",
      { streams: heuristic },
      spec,
    );
  }
  const per = bound.map((s) => {
    const b = s.binding!;
    const h = s.h264;
    const looksPlain =
      h !== undefined &&
      h.packets >= 10 &&
      h.invalidHeaders < h.packets * 0.05 &&
      s.protection.authenticated === 0;
    const looksEncrypted = h !== undefined && h.packets >= 10 && h.invalidHeaders > h.packets * 0.25;
    return {
      stream: `${s.src} → ${s.dst}`,
      kind: b.kind,
      protocol: b.protocol,
      negotiated: b.srtpNegotiated,
      keyInCapture: b.senderKey !== undefined,
      authenticated: s.protection.authenticated,
      authFailures: s.protection.authFailures,
      plain: b.srtpNegotiated
        ? s.protection.authenticated === 0 && (looksPlain || s.protection.authFailures > 0)
        : !looksEncrypted,
    };
  });
  if (per.some((p) => !p.negotiated))
    return check(
      "encryption.srtp",
      "Media encrypted (SRTP)",
      ["encryption"],
      "fail",
      `SRTP was not negotiated for ${per
        .filter((p) => !p.negotiated)
        .map((p) => p.kind)
        .join(", ")}: media crosses the network in the clear`,
      { streams: per },
      spec,
    );
  const plain = per.filter((p) => p.plain);
  if (plain.length > 0)
    return check(
      "encryption.srtp",
      "Media encrypted (SRTP)",
      ["encryption"],
      "fail",
      `SRTP negotiated but ${plain.map((p) => p.stream).join(", ")} ${plain.some((p) => p.authFailures > 0) ? "failed authentication with the announced key" : "carries plain RTP"}`,
      { streams: per },
      spec,
    );
  const verified = per.every((p) => p.authenticated > 0);
  return check(
    "encryption.srtp",
    "Media encrypted (SRTP)",
    ["encryption"],
    "pass",
    verified
      ? `SRTP negotiated; every stream's packets authenticated with the key in the SDP (${per.reduce((n, p) => n + p.authenticated, 0)} packets)`
      : "SRTP negotiated and the packets do not read as plain RTP",
    { streams: per },
    spec,
  );
}

function presentationChecks(
  d: SipDialog | undefined,
  bfcp: BfcpFacts | undefined,
  media: MediaStreamFacts[],
): Check[] {
  const spec = "RFC 8855; RFC 8856; RFC 4796";
  const { offer, answer } = offerAnswer(d);
  const bfcpLine = [offer, answer].some((s) =>
    s?.reading?.media.some((m) => m.kind === "bfcp" && m.port !== 0),
  );
  const slides = media.filter((s) => s.binding?.kind === "slides" && !s.binding.rtcp);
  if (!bfcp && !bfcpLine)
    return [
      check(
        "presentation.bfcp",
        "BFCP seen",
        ["H.239"],
        "not-tested",
        "no BFCP in the SDP and no BFCP messages in the capture",
        {},
        spec,
      ),
    ];
  const seen = check(
    "presentation.bfcp",
    "BFCP seen",
    ["H.239"],
    bfcp && bfcp.messages > 0 ? "pass" : "fail",
    bfcp && bfcp.messages > 0
      ? `${bfcp.messages} BFCP messages decoded (${Object.entries(bfcp.byPrimitive)
          .map(([k, v]) => `${k} ${v}`)
          .join(", ")})`
      : "BFCP was negotiated but no BFCP message was decoded",
    bfcp ? { byPrimitive: bfcp.byPrimitive, malformed: bfcp.malformed, errors: bfcp.errors } : {},
    spec,
  );
  const granted =
    !bfcp?.floorRequested && !bfcp?.floorGranted
      ? check(
          "presentation.floor-granted",
          "Floor granted",
          ["H.239"],
          "not-tested",
          "nobody requested the floor in the capture",
          {},
          "RFC 8855 §5.2.5",
        )
      : check(
          "presentation.floor-granted",
          "Floor granted",
          ["H.239"],
          bfcp.floorGranted ? "pass" : "fail",
          bfcp.floorGranted
            ? `FloorRequestStatus Granted at ${(bfcp.grantedAtMs! / 1000).toFixed(3)} s`
            : "the floor was requested but never granted",
          { grantedAtMs: bfcp.grantedAtMs ?? null },
          "RFC 8855 §5.2.5",
        );
  const slidesCheck =
    slides.length > 0
      ? check(
          "presentation.slides",
          "Slides stream present",
          ["H.239"],
          "pass",
          slides
            .map(
              (s) =>
                `${s.src} → ${s.dst}: ${s.packets} packets${s.h264?.width ? `, ${s.h264.width}x${s.h264.height}` : ""}`,
            )
            .join("; "),
          {},
          "RFC 4796",
        )
      : check(
          "presentation.slides",
          "Slides stream present",
          ["H.239"],
          bfcp?.floorGranted ? "fail" : "not-tested",
          bfcp?.floorGranted
            ? "the floor was granted but no slides stream carried packets"
            : "no slides stream in the capture",
          {},
          "RFC 4796",
        );
  return [seen, granted, slidesCheck];
}

function mediaQualityCheck(media: MediaStreamFacts[]): Check {
  const per = media.flatMap((s) =>
    s.ssrcs.map((x) => ({
      stream: `${s.src} → ${s.dst}`,
      ssrc: x.ssrc,
      packets: x.packets,
      lost: x.lost,
      lossPct: Math.round(x.lossFraction * 10000) / 100,
      jitterMs: x.jitterMs ?? null,
    })),
  );
  if (per.length === 0)
    return check(
      "media.loss",
      "Packet loss",
      ["function-1"],
      "not-tested",
      "no RTP in the capture",
      {},
      "RFC 3550 A.3",
    );
  const worst = per.reduce((w, p) => (p.lossPct > w.lossPct ? p : w));
  const status: CheckStatus = worst.lossPct > 5 ? "fail" : worst.lossPct > 1 ? "warn" : "pass";
  return check(
    "media.loss",
    "Packet loss",
    ["function-1"],
    status,
    `worst loss ${worst.lossPct}% (${worst.stream}); ${per.length} RTP source(s)`,
    { streams: per },
    "RFC 3550 A.3",
  );
}

function symmetricRtpCheck(media: MediaStreamFacts[]): Check {
  const known = media.filter((s) => s.symmetric !== undefined);
  if (known.length === 0)
    return check(
      "traversal.symmetric-rtp",
      "Symmetric RTP",
      ["SIP"],
      "not-tested",
      "no stream whose sender's SDP is in the capture",
      {},
      "RFC 4961",
    );
  const off = known.filter((s) => !s.symmetric);
  return check(
    "traversal.symmetric-rtp",
    "Symmetric RTP",
    ["SIP"],
    off.length === 0 ? "pass" : "warn",
    off.length === 0
      ? "every stream is sent from the address and port its sender announced"
      : `${off.map((s) => `${s.src} (SDP said ${s.binding!.senderAddress}:${s.binding!.senderPort})`).join(", ")}: sent from elsewhere than announced — NAT or asymmetric RTP`,
    {
      streams: known.map((s) => ({
        source: s.src,
        announced: `${s.binding!.senderAddress}:${s.binding!.senderPort}`,
        symmetric: s.symmetric,
      })),
    },
    "RFC 4961",
  );
}

function notTestable(): Check[] {
  const why = (what: string) => `not testable from a capture: ${what} needs a live call with the test room`;
  return [
    check(
      "mirror.see-yourself",
      "You see yourself",
      ["function-1"],
      "not-tested",
      why("the mirror (your own video coming back)"),
    ),
    check(
      "audio.hear-far-end",
      "You hear the far end",
      ["function-2"],
      "not-tested",
      why("hearing the room's music"),
    ),
    check(
      "audio.others-hear-you",
      "Others hear you",
      ["function-2"],
      "not-tested",
      why("whether your sound reaches the others"),
    ),
    check("call.callback", "Callback", ["function-4"], "not-tested", why("a call from the room back to you")),
  ];
}
