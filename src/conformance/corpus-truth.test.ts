import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { corpus } from "../../test/support/corpora.js";
import type { CheckStatus } from "../report/model.js";
import { gradeAll } from "./grade-all.js";
import { REQUIREMENTS, requirementVerdicts } from "./requirements.js";
import { readSavedMessages } from "./saved-messages.js";

const SAMPLES = corpus("sip-samples");
const FIXTURES = join(import.meta.dirname, "../../fixtures/sip");

const CODE: Record<string, CheckStatus> = {
  P: "pass",
  F: "fail",
  W: "warn",
  "-": "not-tested",
  "?": "inconclusive",
};

/**
 * The expected verdict per requirement, in the order H.264, encryption, URI, H.460, H.239, SIP,
 * written by reading each file (P pass, F fail, W warn, - not tested). Why, in short:
 * - H.264 W: H.264 is there but its level/max-fs/max-mbps cannot carry 720p30 (E20 1344 MB,
 *   VSX 6000A level 1.2, MC850 level 2.2, MXP 35000 MB/s, RFC 6184 level 3).
 * - encryption "-" on 200 OKs without a=crypto: an answer carries crypto only if the offer did.
 * - URI W: From or Contact is a bare IP; "-" for responses (From/To are the caller's) with a Contact by IP is still W.
 * - H.460 W: no ICE and/or no rtcp-mux (and no rport on Huawei/Yealink/Sony/HDX/Lync INVITEs).
 * - H.239 "-" on answers without any BFCP m-line (the offer had none); W when BFCP comes without a
 *   slides video (HDX, Yealink INVITE, Pexip) or the slides video has port 0 (Yealink 200 OK).
 * - SIP W: no session timer, no Allow, or Allow without OPTIONS (Huawei).
 */
const EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ["aver-evc130-tcpbfcp-200ok-01.sip", "P-W-PW"],
  ["aver-evc130-udpbfcp-invite-01.sip", "PFWWPW"],
  ["cisco-c20-tc3-bfcp-invite-01.sip", "PFWWPP"],
  ["cisco-ce-anonymised-bfcp-ix-invite-01.sip", "PFWWPP"],
  ["cisco-cucm105-200ok-01.sip", "P-W--P"],
  ["cisco-e20-te4-200ok-01.sip", "W-W--P"],
  ["cisco-e20-te4-srtp-bfcp-invite-01.sip", "WPPWPP"],
  ["cisco-jabber-video-movi-bfcp-invite-01.sip", "PFPWPP"],
  ["huawei-mc850-200ok-01.sip", "W-W--W"],
  ["huawei-viewpoint9030-200ok-01.sip", "P-W--W"],
  ["huawei-viewpoint9030-invite-01.sip", "PFWWFW"],
  ["microsoft-lync2013-ice-srtp-invite-01.sip", "FPPWFP"],
  ["pexip-pexep-audio-bfcp-invite-01.sip", "FPWWWW"],
  ["polycom-hdx8000-200ok-01.sip", "P-W--W"],
  ["polycom-hdx8000-ipv6-tcpbfcp-invite-01.sip", "PFWWWP"],
  ["polycom-hdx8000-tcpbfcp-sdp-answer-s-only-02.sdp", "PF-WW-"],
  ["polycom-hdx8000-tcpbfcp-sdp-offer-01.sdp", "PF-WW-"],
  ["polycom-vsx6000a-200ok-01.sip", "W-W--W"],
  ["polycom-vsx7000-200ok-01.sip", "F-W--W"],
  ["sony-pcs-xg77-invite-01.sip", "PFWWFW"],
  ["tandberg-mxp-200ok-01.sip", "W-W--W"],
  ["yealink-vc400-tcpbfcp-200ok-01.sip", "P-W-WW"],
  ["yealink-vc400-udpbfcp-invite-01.sip", "PFWWWW"],
];

const FIXTURE_EXPECTED: ReadonlyArray<readonly [string, string]> = [
  ["constructed-ideal-endpoint-invite.sip", "PPPPPP"],
  ["rfc3261-11.2-options-200.sip", "-----W"],
  ["rfc3665-3.1-f1-invite.sip", "FFPWFW"],
  ["rfc4317-2.1-offer.sdp", "FF-WF-"],
  ["rfc4568-4-srtp-offer.sdp", "FP-WF-"],
  ["rfc6184-8.4-h264-offer.sdp", "WF-WF-"],
  ["rfc8839-ice-offer.sdp", "FF-WF-"],
];

function grade(path: string) {
  const read = readSavedMessages(readFileSync(path, "latin1"));
  if (!read.ok) throw new Error(`${path}: ${read.reason}`);
  const checks = gradeAll(read.evidence);
  return { read, checks, verdicts: requirementVerdicts(checks) };
}

function expectVerdicts(path: string, expected: string) {
  const { verdicts } = grade(path);
  const got = Object.fromEntries(verdicts.map((v) => [v.requirement, v.status]));
  const want = Object.fromEntries(REQUIREMENTS.map((r, i) => [r, CODE[expected[i]!]]));
  expect(got).toEqual(want);
}

describe("truth: every real room-system message in sip-samples/ gets its expected verdict per requirement", () => {
  it("covers every file of the corpus", () => {
    const files = readdirSync(SAMPLES).filter((f) => f !== "INDEX.tsv");
    expect(EXPECTED.map(([f]) => f).sort()).toEqual(files.sort());
  });
  it.each(EXPECTED)("%s -> %s", (file, expected) => expectVerdicts(join(SAMPLES, file), expected));
});

describe("truth: fixtures from RFC examples (fixtures/sip/)", () => {
  it.each(FIXTURE_EXPECTED)("%s -> %s", (file, expected) => expectVerdicts(join(FIXTURES, file), expected));
});

describe("what decided the corpus verdicts", () => {
  const check = (file: string, id: string) => {
    const c = grade(join(SAMPLES, file)).checks.find((x) => x.id === id);
    if (!c) throw new Error(`no check ${id}`);
    return c;
  };

  it("Cisco E20 INVITE: SRTP suites listed, keys only over TLS, BFCP floor 2 controls label 12", () => {
    const srtp = check("cisco-e20-te4-srtp-bfcp-invite-01.sip", "encryption.srtp-signalled");
    expect(srtp.evidence["suites"]).toEqual(["AES_CM_128_HMAC_SHA1_80", "AES_CM_128_HMAC_SHA1_32"]);
    expect(srtp.lines).toContain("m=audio 2326 RTP/AVP 100 102 103 9 18 11 8 0 101");
    const keys = check("cisco-e20-te4-srtp-bfcp-invite-01.sip", "encryption.key-exchange");
    expect(keys.status).toBe("pass");
    expect(keys.evidence["hops"]).toEqual(["TLS", "TLS"]);
    expect(keys.lines?.some((l) => l.includes("inline:<key>"))).toBe(true);
    const bfcp = check("cisco-e20-te4-srtp-bfcp-invite-01.sip", "presentation.bfcp-signalled");
    expect(bfcp.lines).toEqual(
      expect.arrayContaining([
        "m=application 5070 UDP/BFCP *",
        "a=floorid:2 mstrm:12",
        "a=content:slides",
        "a=label:12",
      ]),
    );
  });

  it("Polycom VSX 7000 answers with H.263 and H.261 only: H.264 fails naming them", () => {
    const c = check("polycom-vsx7000-200ok-01.sip", "h264.signalled");
    expect(c.status).toBe("fail");
    expect(c.summary).toContain("H263, H263-1998, H261");
    expect(c.text?.sv.summary).toContain("ingen H.264");
  });

  it("Lync: the last multipart/alternative SDP is graded; X-H264UC is not RFC 6184 H.264; ICE found", () => {
    const { read, checks } = grade(join(SAMPLES, "microsoft-lync2013-ice-srtp-invite-01.sip"));
    expect(read.notes.join()).toContain("last of 2 SDP alternatives");
    expect(checks.find((c) => c.id === "h264.signalled")?.summary).toContain(
      "X-H264UC is not RFC 6184 H.264",
    );
    expect(checks.find((c) => c.id === "traversal.ice")?.status).toBe("pass");
  });

  it("Jabber via VCS: NAT seen from Via received=, media anchored at a public address", () => {
    const c = check("cisco-jabber-video-movi-bfcp-invite-01.sip", "traversal.nat");
    expect(c.status).toBe("pass");
    expect(c.evidence["translations"]).toEqual(["192.168.1.8 -> 203.219.27.45 (Via received)"]);
  });

  it("Polycom VSX 6000A: Contact user '(null)' warns", () => {
    const c = check("polycom-vsx6000a-200ok-01.sip", "uri.contact");
    expect(c.status).toBe("warn");
    expect(c.summary).toContain('"(null)"');
  });

  it("E20 INVITE H.264 level: 1344 macroblocks cannot carry 720p30", () => {
    const c = check("cisco-e20-te4-srtp-bfcp-invite-01.sip", "h264.level");
    expect(c.status).toBe("warn");
    expect(c.evidence).toMatchObject({ maxFs: 1344, maxMbps: 40500, level: "1.3" });
  });

  it("no corpus file gets a media verdict: media checks are not tested in saved messages", () => {
    for (const [file] of EXPECTED) {
      const { checks } = grade(join(SAMPLES, file));
      for (const id of [
        "h264.media",
        "h264.keyframe-on-request",
        "encryption.srtp-on-the-wire",
        "traversal.symmetric-rtp",
      ]) {
        expect(checks.find((c) => c.id === id)?.status).toBe("not-tested");
      }
    }
  });

  it("every check carries a spec reference and both languages", () => {
    for (const [file] of EXPECTED) {
      for (const c of grade(join(SAMPLES, file)).checks) {
        expect(c.specRef).toBeTruthy();
        expect(c.text?.sv.summary).toBeTruthy();
        expect(c.text?.en.summary).toBe(c.summary);
        if (c.status === "fail") expect(c.text?.sv.advice && c.text.en.advice).toBeTruthy();
      }
    }
  });
});
