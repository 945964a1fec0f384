import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Check, CheckStatus } from "../report/model.js";
import type { Evidence, MediaEvidence, TransportEvidence } from "./evidence.js";
import { gradeAll } from "./grade-all.js";
import { readSavedMessages } from "./saved-messages.js";

const IDEAL = readFileSync(
  join(import.meta.dirname, "../../fixtures/sip/constructed-ideal-endpoint-invite.sip"),
  "latin1",
);

function evidenceOf(text: string): Evidence {
  const r = readSavedMessages(text);
  if (!r.ok) throw new Error(r.reason);
  return r.evidence;
}

function statusOf(e: Evidence, id: string): CheckStatus {
  return checkOf(e, id).status;
}

function checkOf(e: Evidence, id: string): Check {
  const c = gradeAll(e).find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id}`);
  return c;
}

/** The ideal INVITE with lines matching `re` removed. */
const without = (re: RegExp) =>
  IDEAL.split("\r\n")
    .filter((l) => !re.test(l))
    .join("\r\n");
/** The ideal INVITE with a substitution. */
const edited = (from: string | RegExp, to: string) => IDEAL.replace(from, to);
/** The ideal INVITE with one m-section (from its m= line to the next) removed. */
function withoutSection(mLine: RegExp): string {
  const lines = IDEAL.split("\r\n");
  const start = lines.findIndex((l) => mLine.test(l));
  let end = lines.findIndex((l, i) => i > start && l.startsWith("m="));
  if (end < 0) end = lines.length - 1;
  return [...lines.slice(0, start), ...lines.slice(end)].join("\r\n");
}

describe("every signalling check passes on the constructed ideal endpoint and flips when its evidence goes", () => {
  const ideal = evidenceOf(IDEAL);
  const flips: ReadonlyArray<readonly [string, string, CheckStatus, () => string]> = [
    ["h264.signalled", "H264 replaced by VP8", "fail", () => IDEAL.replaceAll("H264/90000", "VP8/90000")],
    ["h264.signalled", "main video removed, slides left", "fail", () => withoutSection(/^m=video 50002/)],
    [
      "h264.level",
      "level 1.3 without max-fs/max-mbps",
      "warn",
      () =>
        edited(
          "profile-level-id=42e01f;packetization-mode=1;max-fs=3600;max-mbps=108000",
          "profile-level-id=42e00d;packetization-mode=1",
        ),
    ],
    ["encryption.srtp-signalled", "a=crypto lines deleted", "fail", () => without(/^a=crypto:/)],
    [
      "encryption.srtp-signalled",
      "a=crypto deleted on audio only",
      "fail",
      () => IDEAL.replace(/a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:MTIz[^\r]*\r\n/, ""),
    ],
    ["encryption.key-exchange", "Via over UDP", "warn", () => edited("SIP/2.0/TLS", "SIP/2.0/UDP")],
    ["encryption.key-exchange", "a=crypto lines deleted", "not-tested", () => without(/^a=crypto:/)],
    [
      "uri.identity",
      "From by IP address",
      "warn",
      () => edited("sips:rum12@region.example.se>;tag", "sips:rum12@198.51.100.20>;tag"),
    ],
    [
      "uri.identity",
      "From is not a URI",
      "fail",
      () => edited('From: "Rum 12" <sips:rum12@region.example.se>', "From: <urn:x>"),
    ],
    [
      "uri.contact",
      "Contact by IP address",
      "warn",
      () => edited(/Contact: <[^>]*>/, "Contact: <sip:198.51.100.20:5061;transport=tls>"),
    ],
    ["uri.contact", "Contact deleted", "fail", () => without(/^Contact:/)],
    ["traversal.rport", "rport deleted", "warn", () => edited(";rport", "")],
    ["traversal.ice", "ICE lines deleted", "warn", () => without(/^a=(candidate|ice-)/)],
    ["traversal.rtcp-mux", "rtcp-mux deleted", "warn", () => without(/^a=rtcp-mux/)],
    ["presentation.bfcp-signalled", "BFCP m-section deleted", "fail", () => withoutSection(/^m=application/)],
    [
      "presentation.bfcp-signalled",
      "BFCP port 0",
      "fail",
      () => edited("m=application 50004", "m=application 0"),
    ],
    ["presentation.bfcp-signalled", "a=content:slides deleted", "warn", () => without(/^a=content:slides/)],
    [
      "presentation.bfcp-signalled",
      "floor points at a missing label",
      "warn",
      () => edited("a=floorid:2 mstrm:12", "a=floorid:2 mstrm:99"),
    ],
    [
      "presentation.slides-h264",
      "slides in H.263 only",
      "fail",
      () => IDEAL.replace(/(m=video 50006 RTP\/SAVP 97\r\na=rtpmap:97 )H264/, "$1H263-1998"),
    ],
    ["sip.methods", "BYE removed from Allow", "fail", () => edited("BYE, ", "")],
    ["sip.methods", "OPTIONS removed from Allow", "warn", () => edited("OPTIONS, ", "")],
    ["sip.methods", "Allow deleted", "warn", () => without(/^Allow:/)],
    [
      "sip.session-timer",
      "timer and Session-Expires deleted",
      "warn",
      () => without(/^(Session-Expires|Supported):/),
    ],
    [
      "sip.session-timer",
      "Session-Expires below 90 (RFC 4028 §4)",
      "fail",
      () => edited("Session-Expires: 1800", "Session-Expires: 30"),
    ],
    [
      "sip.session-timer",
      "Min-SE below 90 (RFC 4028 §5)",
      "fail",
      () =>
        edited("Session-Expires: 1800;refresher=uac", "Session-Expires: 1800;refresher=uac\r\nMin-SE: 60"),
    ],
    [
      "sip.session-timer",
      "Session-Expires below its own Min-SE (RFC 4028 §4)",
      "fail",
      () =>
        edited("Session-Expires: 1800;refresher=uac", "Session-Expires: 120;refresher=uac\r\nMin-SE: 600"),
    ],
    [
      "sip.session-timer",
      "unreadable Session-Expires",
      "fail",
      () => edited("Session-Expires: 1800;refresher=uac", "Session-Expires: 1800;refresher=both"),
    ],
  ];

  it.each([...new Set(flips.map(([id]) => id)), "sip.transport", "traversal.nat"])(
    "%s on the ideal INVITE",
    (id) => {
      expect(statusOf(ideal, id)).toBe(id === "traversal.nat" ? "not-tested" : "pass");
    },
  );

  it.each(flips)("%s: %s -> %s", (id, _what, status, text) => {
    expect(statusOf(evidenceOf(text()), id)).toBe(status);
  });

  it("sip.session-timer FAIL names the offending line and keeps it as evidence (RFC 4028 §4)", () => {
    const c = checkOf(
      evidenceOf(edited("Session-Expires: 1800", "Session-Expires: 30")),
      "sip.session-timer",
    );
    expect(c.summary).toMatch(
      /^Session-Expires: 30;refresher=uac: Session-Expires 30 s is below the 90 s minimum/,
    );
    expect(c.evidence).toMatchObject({
      sessionExpires: 30,
      faults: [expect.stringMatching(/^INVITE .*below the 90 s/)],
    });
    expect(c.lines).toContain("Session-Expires: 30;refresher=uac");
    const ok = checkOf(
      evidenceOf(
        edited("Session-Expires: 1800;refresher=uac", "Session-Expires: 1800;refresher=uac\r\nMin-SE: 90"),
      ),
      "sip.session-timer",
    );
    expect(ok.status).toBe("pass");
    expect(ok.evidence).toMatchObject({ sessionExpires: 1800, minSe: 90 });
  });

  it("an audio-only INVITE fails H.264 saying so", () => {
    const c = checkOf(
      evidenceOf(withoutSection(/^m=video 50006/).replace(/m=video 50002[\s\S]*?(?=m=application)/, "")),
      "h264.signalled",
    );
    expect(c.status).toBe("fail");
    expect(c.summary).toContain("audio only");
  });
});

describe("checks without evidence never pass", () => {
  it("empty evidence: every check is not tested, every requirement not tested", () => {
    const checks = gradeAll({});
    expect(checks.map((c) => c.status).filter((s) => s !== "not-tested")).toEqual([]);
  });

  it("a bare SDP leaves the SIP and URI checks not tested with the reason", () => {
    const e = evidenceOf(IDEAL.slice(IDEAL.indexOf("v=0")));
    const c = checkOf(e, "uri.identity");
    expect(c.status).toBe("not-tested");
    expect(c.summary).toContain("SDP only");
    expect(statusOf(e, "encryption.key-exchange")).toBe("not-tested");
    expect(statusOf(e, "encryption.srtp-signalled")).toBe("pass");
  });

  it("an unreadable SDP makes SDP checks not tested, not failed", () => {
    const e = evidenceOf(IDEAL.replace("m=audio 50000 RTP/SAVP 111 9", "m=audio 99999999 RTP/SAVP 111 9"));
    const c = checkOf(e, "h264.signalled");
    expect(c.status).toBe("not-tested");
    expect(c.summary).toContain("could not be read");
  });
});

const LIVE_SDP: Evidence = evidenceOf(IDEAL);

function live(media?: MediaEvidence, transport?: TransportEvidence, extra: Partial<Evidence> = {}): Evidence {
  return {
    ...LIVE_SDP,
    unavailable: [],
    ...(media ? { media } : {}),
    ...(transport ? { transport } : {}),
    ...extra,
  };
}

describe("media checks (live evidence)", () => {
  const video = {
    codec: "H264",
    packetsReceived: 900,
    framesDecoded: 180,
    width: 1280,
    height: 720,
    frameRate: 30,
  };

  it.each([
    ["decoded 720p30 within level 3.1", "pass", video],
    ["VP8 instead of H.264", "fail", { ...video, codec: "VP8" }],
    ["packets but no frame decoded", "fail", { ...video, framesDecoded: 0 }],
    ["no packets", "fail", { ...video, packetsReceived: 0, framesDecoded: 0 }],
    ["1080p beyond level 3.1", "warn", { ...video, width: 1920, height: 1080, profileLevelId: "42e01f" }],
    ["many decode errors", "warn", { ...video, decodeErrors: 40 }],
  ] as const)("h264.media: %s -> %s", (_what, status, v) => {
    expect(statusOf(live({ video: v }), "h264.media")).toBe(status);
  });

  it.each([
    ["all within 1 s", "pass", [120, 300]],
    ["one at 2 s", "warn", [120, 2000]],
    ["one at 5 s", "fail", [5000]],
    ["one never answered", "fail", [200, null]],
  ] as const)("h264.keyframe-on-request: %s -> %s", (_what, status, responseMs) => {
    const e = live({ video: { ...video, keyframe: { requests: responseMs.length, responseMs } } });
    expect(statusOf(e, "h264.keyframe-on-request")).toBe(status);
  });

  it("keyframe not requested: not tested", () => {
    expect(statusOf(live({ video }), "h264.keyframe-on-request")).toBe("not-tested");
  });

  it.each([
    [
      "all authenticate",
      "pass",
      { negotiated: true, packetsAuthenticated: 500, authFailures: 0, plainPackets: 0 },
    ],
    [
      "plain RTP agreed",
      "fail",
      { negotiated: false, packetsAuthenticated: 0, authFailures: 0, plainPackets: 500 },
    ],
    [
      "plain packets on SRTP",
      "fail",
      { negotiated: true, packetsAuthenticated: 400, authFailures: 0, plainPackets: 3 },
    ],
    [
      "none authenticate",
      "fail",
      { negotiated: true, packetsAuthenticated: 0, authFailures: 80, plainPackets: 0 },
    ],
    ["some fail", "warn", { negotiated: true, packetsAuthenticated: 400, authFailures: 2, plainPackets: 0 }],
    [
      "nothing arrived",
      "inconclusive",
      { negotiated: true, packetsAuthenticated: 0, authFailures: 0, plainPackets: 0 },
    ],
  ] as const)("encryption.srtp-on-the-wire: %s -> %s", (_what, status, srtp) => {
    expect(statusOf(live({ srtp }), "encryption.srtp-on-the-wire")).toBe(status);
  });

  const src = (kind: "audio" | "video", port: number, latched = false) => ({
    kind,
    sdpAddress: "198.51.100.20",
    sdpPort: kind === "audio" ? 50000 : 50002,
    source: { address: "198.51.100.20", port },
    latched,
  });
  it.each([
    ["from the SDP ports", "pass", [src("audio", 50000), src("video", 50002)]],
    ["video from another port", "warn", [src("audio", 50000), src("video", 40000)]],
    ["latched", "warn", [src("audio", 50000, true)]],
    [
      "nothing arrived",
      "inconclusive",
      [{ kind: "audio" as const, sdpAddress: "198.51.100.20", sdpPort: 50000 }],
    ],
  ] as const)("traversal.symmetric-rtp: %s -> %s", (_what, status, mediaSources) => {
    expect(statusOf(live(undefined, { mediaSources }), "traversal.symmetric-rtp")).toBe(status);
  });
});

describe("transport checks (live evidence)", () => {
  const tls = { protocol: "TLSv1.3", cipher: "TLS_AES_128_GCM_SHA256", peerVerified: true };
  it.each([
    ["TLS 1.3 verified", "pass", { sipTransport: "tls", tls }],
    [
      "certificate not verified",
      "warn",
      { sipTransport: "tls", tls: { ...tls, peerVerified: false, verifyError: "SELF_SIGNED" } },
    ],
    ["TLS 1.0", "warn", { sipTransport: "tls", tls: { ...tls, protocol: "TLSv1" } }],
    ["handshake failed", "fail", { sipTransport: "tls", tls: { peerVerified: false, error: "alert 40" } }],
    ["SIP over UDP", "warn", { sipTransport: "udp" }],
  ] as const)("encryption.key-exchange: %s -> %s", (_what, status, transport) => {
    expect(statusOf(live(undefined, transport as TransportEvidence), "encryption.key-exchange")).toBe(status);
  });

  it.each([
    ["filled", "pass", { rport: "40312", received: "203.0.113.5" }],
    ["left empty", "fail", { rport: "" }],
    ["absent", "fail", {}],
  ] as const)("traversal.rport honoured in the response: %s -> %s", (_what, status, via) => {
    expect(statusOf(live(undefined, { weAskedRport: true, ourViaInResponse: via }), "traversal.rport")).toBe(
      status,
    );
  });

  it("traversal.nat: packets from the declared address pass; from elsewhere with private SDP and no ICE warn", () => {
    const same = live(undefined, { signallingSource: { address: "198.51.100.20", port: 5061 } });
    expect(statusOf(same, "traversal.nat")).toBe("pass");
    const natted = evidenceOf(without(/^a=(candidate|ice-)/).replaceAll("198.51.100.20", "10.1.2.3"));
    const e = { ...natted, transport: { signallingSource: { address: "203.0.113.9", port: 40000 } } };
    const c = checkOf(e, "traversal.nat");
    expect(c.status).toBe("warn");
    expect(c.summary).toContain("10.1.2.3");
  });

  it.each([
    [
      "resolved and answered",
      "pass",
      { uri: "sips:testrum@vdm.example.se", steps: [], targets: 2, reached: true },
    ],
    ["by IP", "warn", { uri: "sip:testrum@192.0.2.1", steps: [], targets: 1, reached: true }],
    [
      "did not resolve",
      "fail",
      {
        uri: "sip:x@nowhere.example",
        steps: [{ kind: "error", type: "SRV", name: "_sip._udp.nowhere.example", error: "ENOTFOUND" }],
        targets: 0,
        reached: false,
      },
    ],
    ["no answer", "fail", { uri: "sip:x@vdm.example.se", steps: [], targets: 2, reached: false }],
  ] as const)("uri.resolution: %s -> %s", (_what, status, resolution) => {
    const c = checkOf(live(undefined, { resolution } as TransportEvidence), "uri.resolution");
    expect(c.status).toBe(status);
    expect(c.serves).toContain("function-5");
  });

  it("uri.resolution through an outbound proxy (RFC 3261 §8.1.2): says the proxy routed the Request-URI", () => {
    const proxyResolution = {
      uri: "sip:alice@vdm.test",
      steps: [{ kind: "decision", text: "sip:127.0.0.1:5060 is an IP address: no DNS" }],
      targets: 1,
      reached: true,
      outboundProxy: "sip:127.0.0.1:5060",
      requestUri: "sip:alice@vdm.test",
    };
    const c = checkOf(
      live(undefined, { resolution: proxyResolution } as TransportEvidence),
      "uri.resolution",
    );
    expect(c.status).toBe("pass");
    expect(c.summary).toBe(
      "sip:alice@vdm.test reached through the outbound proxy sip:127.0.0.1:5060 (Request-URI sip:alice@vdm.test)",
    );
    expect(c.evidence).toMatchObject({
      outboundProxy: "sip:127.0.0.1:5060",
      requestUri: "sip:alice@vdm.test",
    });
    // Without the proxy fact the same steps read as the URI's own resolution.
    const { outboundProxy: _p, requestUri: _r, ...direct } = proxyResolution;
    const plain = checkOf(live(undefined, { resolution: direct } as TransportEvidence), "uri.resolution");
    expect(plain.summary).toBe("sip:alice@vdm.test resolved (1 steps) and answered");
    // A Request-URI that is a bare IP is still no user@domain, proxy or not.
    const byIp = { ...proxyResolution, uri: "sip:alice@192.0.2.7", requestUri: "sip:alice@192.0.2.7" };
    expect(checkOf(live(undefined, { resolution: byIp } as TransportEvidence), "uri.resolution").status).toBe(
      "warn",
    );
  });

  it.each([
    [
      "all transports work",
      "pass",
      [
        { transport: "udp", ok: true },
        { transport: "tls", ok: true },
      ],
    ],
    [
      "TLS fails",
      "warn",
      [
        { transport: "udp", ok: true },
        { transport: "tls", ok: false, detail: "timeout" },
      ],
    ],
    ["none works", "fail", [{ transport: "udp", ok: false }]],
  ] as const)("sip.transport with a transport matrix: %s -> %s", (_what, status, attempts) => {
    expect(statusOf(live(undefined, { attempts } as TransportEvidence), "sip.transport")).toBe(status);
  });
});

describe("presentation and OPTIONS", () => {
  it.each([
    [
      "granted, H.264 slides",
      "pass",
      { floorGranted: true, grantMs: 40, slidesCodec: "H264", slidesFramesDecoded: 25 },
    ],
    ["not granted", "fail", { floorGranted: false }],
    ["granted, VP8 slides", "fail", { floorGranted: true, slidesCodec: "VP8", slidesFramesDecoded: 25 }],
    ["granted, nothing decoded", "fail", { floorGranted: true, slidesCodec: "H264", slidesFramesDecoded: 0 }],
    ["not tried", "not-tested", {}],
  ] as const)("presentation.floor-and-slides: %s -> %s", (_what, status, presentation) => {
    expect(statusOf(live(undefined, undefined, { presentation }), "presentation.floor-and-slides")).toBe(
      status,
    );
  });

  it("takes the presentation checks made elsewhere as evidence: their worst verdict decides H.239", () => {
    const theirs: Check[] = [
      {
        id: "presentation.floor-granted",
        title: "Floor granted",
        serves: ["function-3"],
        status: "pass",
        summary: "granted in 20 ms",
        evidence: {},
      },
      {
        id: "presentation.slides-back",
        title: "Slides came back",
        serves: ["function-3"],
        status: "fail",
        summary: "no slides frame",
        evidence: {},
      },
    ];
    const checks = gradeAll(live(undefined, undefined, { presentation: { checks: theirs } }));
    const mine = checks.find((c) => c.id === "presentation.floor-and-slides")!;
    expect(mine.status).toBe("fail");
    expect(mine.summary).toContain("no slides frame");
    expect(checks.map((c) => c.id)).toContain("presentation.slides-back");
  });

  const options = (
    status: string,
    headers = "Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\nSupported: replaces, timer\r\n",
  ) => `SIP/2.0 ${status}\r\nVia: SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1\r\nCSeq: 1 OPTIONS\r\n${headers}\r\n`;
  it.each([
    ["200 OK", "pass"],
    ["486 Busy Here", "warn"],
    ["501 Not Implemented", "fail"],
  ] as const)("sip.options: %s -> %s", (line, status) => {
    expect(statusOf(evidenceOf(options(line)), "sip.options")).toBe(status);
  });

  it.each([
    ["no Supported", "Allow: INVITE, ACK, BYE\r\n", /no Supported/],
    ["no Allow", "Supported: timer\r\n", /no Allow/],
    ["Allow without BYE", "Allow: INVITE, ACK, OPTIONS\r\nSupported:\r\n", /Allow lacks BYE/],
  ])("RFC 3261 §11.2: a 200 to OPTIONS with %s warns", (_name, headers, why) => {
    const c = checkOf(evidenceOf(options("200 OK", headers)), "sip.options");
    expect(c.status).toBe("warn");
    expect(c.summary).toMatch(why);
  });

  it("sip.options: the room's probe answered in time passes with its timing; unanswered it warns with the reason", () => {
    const answered = {
      ...evidenceOf(options("200 OK")),
      optionsProbe: { target: "sip:ep@127.0.0.1:5062", timeoutMs: 3000, answeredMs: 4.2 },
    };
    const pass = checkOf(answered, "sip.options");
    expect(pass.status).toBe("pass");
    expect(pass.evidence).toMatchObject({ status: 200, roundTripMs: 4.2, supported: ["replaces", "timer"] });
    expect(pass.summary).toMatch(/after 4.2 ms/);
    const silent: Evidence = {
      ...evidenceOf(IDEAL),
      optionsProbe: { target: "sip:ep@127.0.0.1:5062", timeoutMs: 3000 },
    };
    const warn = checkOf(silent, "sip.options");
    expect(warn.status).toBe("warn");
    expect(warn.summary).toMatch(/not answered: no final response within 3000 ms/);
  });

  it("sip.options without an OPTIONS answer: not tested", () => {
    expect(statusOf(evidenceOf(IDEAL), "sip.options")).toBe("not-tested");
  });
});

describe("responses: what only the caller decides is not held against the endpoint", () => {
  const ok = (via: string, sdp: string) =>
    `SIP/2.0 200 OK\r\nVia: ${via}\r\nCSeq: 1 INVITE\r\nContact: <sip:ep@example.se>\r\nContent-Type: application/sdp\r\n\r\n${sdp}`;
  const plainSdp =
    "v=0\r\no=- 1 1 IN IP4 192.0.2.7\r\ns=-\r\nc=IN IP4 192.0.2.7\r\nt=0 0\r\nm=video 5000 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=fmtp:96 profile-level-id=42e01f\r\n";

  it.each([
    ["SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport=5060;received=192.0.2.1", "pass"],
    ["SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;rport", "fail"],
    ["SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1", "not-tested"],
  ] as const)("rport in the caller's Via %s -> %s", (via, status) => {
    expect(statusOf(evidenceOf(ok(via, plainSdp)), "traversal.rport")).toBe(status);
  });

  it("an answer without crypto, ICE, rtcp-mux or BFCP: not tested (the offer may have had none)", () => {
    const e = evidenceOf(ok("SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", plainSdp));
    for (const id of [
      "encryption.srtp-signalled",
      "traversal.ice",
      "traversal.rtcp-mux",
      "presentation.bfcp-signalled",
      "uri.identity",
    ]) {
      expect([id, statusOf(e, id)]).toEqual([id, "not-tested"]);
    }
  });

  it("a live answer to our offer with SRTP and BFCP that has neither: fails", () => {
    const e = evidenceOf(ok("SIP/2.0/UDP 192.0.2.1;branch=z9hG4bK1", plainSdp));
    const ourOffer =
      "v=0\r\nm=video 1 RTP/AVP 96\r\na=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:x\r\nm=application 9 UDP/BFCP *\r\n";
    const withOffer = { ...e, negotiated: { role: "offerer", localSdp: ourOffer } } as unknown as Evidence;
    expect(statusOf(withOffer, "encryption.srtp-signalled")).toBe("fail");
    expect(statusOf(withOffer, "presentation.bfcp-signalled")).toBe("fail");
  });
});
