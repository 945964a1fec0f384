import { readdirSync, readFileSync, statSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { corpus } from "../../../test/support/corpora.js";
import { ParseError } from "../parse-error.js";
import { answerOffer } from "./answer-offer.js";
import { defaultCapabilities } from "./capabilities.js";
import { readSdp } from "./media-section.js";

const SAMPLES = corpus("sip-samples");
const FUZZ = corpus("fuzz");
const local = defaultCapabilities();
const options = {
  address: "127.0.0.1",
  ports: { audio: 40000, video: 40002 },
  srtp: "optional" as const,
  keys: { audio: new Uint8Array(30).fill(1), video: new Uint8Array(30).fill(2) },
};

interface Row {
  readonly file: string;
  readonly kind: string;
  readonly features: readonly string[];
}
const rows: Row[] = readFileSync(`${SAMPLES}/INDEX.tsv`, "utf8")
  .trim()
  .split("\n")
  .slice(1)
  .map((l) => l.split("\t"))
  .map((c) => ({ file: c[0]!, kind: c[2]!, features: c[4]!.split(",").map((f) => f.trim()) }));

const has = (r: Row, prefix: string) => r.features.some((f) => f.startsWith(prefix));

describe("real room-system SDP from sip-samples/ (answered as the room)", () => {
  it("has the corpus", () => expect(rows.length).toBeGreaterThan(20));

  it.each(rows)("$file", (row) => {
    const body = sdpBodyOf(readFileSync(`${SAMPLES}/${row.file}`, "latin1"));
    const offer = readSdp(body);
    const result = answerOffer(body, local, options);
    const answered = result.ok ? readSdp(result.sdp) : undefined;
    if (answered) {
      // RFC 3264 §6: same number of m-lines, same order, same media types.
      expect(answered.media.map((m) => m.mediaType)).toEqual(offer.media.map((m) => m.mediaType));
      expect(answered.media.every((m) => m.address === "127.0.0.1" || m.port === 0)).toBe(true);
    }
    const offeredH264 = offer.media.some(
      (m) => m.kind === "video" && m.port !== 0 && m.codecs.some((c) => c.name.toUpperCase() === "H264"),
    );
    if (offeredH264) {
      expect(result.ok && result.session.video?.codec?.name.toUpperCase()).toBe("H264");
    }
    if (has(row, "bfcp")) {
      // BFCP is not answered by the core: the m=application line is rejected with port 0.
      const i = offer.media.findIndex((m) => m.kind === "bfcp");
      expect(i).toBeGreaterThanOrEqual(0);
      if (answered) {
        expect(answered.media[i]?.port).toBe(0);
        expect(answered.media[i]?.mLine).toMatch(/^m=application 0 /);
      }
    }
    if (has(row, "content-slides") && answered) {
      const i = offer.media.findIndex((m) => m.kind === "slides");
      expect(answered.media[i]?.port).toBe(0);
    }
    if (has(row, "srtp-sdes")) {
      expect(offer.media.some((m) => m.crypto.length > 0)).toBe(true);
      if (result.ok) expect(result.session.audio?.srtp?.suite).toBe("AES_CM_128_HMAC_SHA1_80");
    }
  });

  it("Cisco E20 best-effort SRTP (crypto on RTP/AVP): SRTP agreed with the tag of the first usable line", () => {
    const body = sdpBodyOf(readFileSync(`${SAMPLES}/cisco-e20-te4-srtp-bfcp-invite-01.sip`, "latin1"));
    const r = answerOffer(body, local, options);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.audio?.protocol).toBe("RTP/AVP");
    expect(r.session.audio?.srtp?.tag).toBe(0); // tag 1 carries UNENCRYPTED_SRTCP, which we refuse
    expect(r.session.audio?.lines.crypto).toMatch(/^a=crypto:0 AES_CM_128_HMAC_SHA1_80 inline:hVC/);
    expect(r.sdp).toMatch(/a=crypto:0 AES_CM_128_HMAC_SHA1_80 inline:AQEBAQEB/);
    expect(r.session.video?.rtcpFb).toEqual(["nack pli"]); // only "a=rtcp-fb:* nack pli" is offered
    // The offer lists PT 97 (mode 0) before PT 98 (mode 1): the first one we support wins.
    expect(r.session.video?.codec?.payloadType).toBe(97);
    expect(r.session.video?.codec?.fmtp["packetization-mode"]).toBe("0");
    expect(r.session.video?.codec?.fmtp["profile-level-id"]).toBe("42800d");
  });

  it("Polycom VSX 7000 (no H.264): video rejected naming the codecs, audio kept", () => {
    const body = sdpBodyOf(readFileSync(`${SAMPLES}/polycom-vsx7000-200ok-01.sip`, "latin1"));
    const r = answerOffer(body, local, options);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.video).toBeUndefined();
    expect(r.rejected[0]?.reason).toMatch(/H263/);
    expect(r.session.audio?.codec?.name).toBe("G722");
    expect(r.session.audio?.codec?.clockRate).toBe(8000);
  });

  it("Pexip audio-only MP4A-LATM + BFCP: 488 with a Warning naming why", () => {
    const body = sdpBodyOf(readFileSync(`${SAMPLES}/pexip-pexep-audio-bfcp-invite-01.sip`, "latin1"));
    const r = answerOffer(body, local, options);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.status).toBe(488);
    expect(r.warning).toMatch(/^399 127\.0\.0\.1 ".*MP4A-LATM.*"$/);
  });

  it("Huawei MC850 (audio port 0 without rtpmap): audio rejected, video answered", () => {
    const body = sdpBodyOf(readFileSync(`${SAMPLES}/huawei-mc850-200ok-01.sip`, "latin1"));
    const r = answerOffer(body, local, options);
    if (!r.ok) throw new Error(r.reason);
    expect(r.session.audio).toBeUndefined();
    expect(r.session.video?.codec?.fmtp["profile-level-id"]).toMatch(/^4208/);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = `${dir}/${f}`;
    return statSync(p).isDirectory() ? listFiles(p) : [p];
  });
}

describe("SDP fuzz seeds (janus sdp_fuzzer, pjsip sdp and sdes)", () => {
  const files = [
    ...listFiles(`${FUZZ}/janus/sdp_fuzzer`),
    ...listFiles(`${FUZZ}/pjsip-seed/sdp`),
    ...listFiles(`${FUZZ}/pjsip-seed/sdes`),
  ];
  it("has the seeds", () => expect(files.length).toBeGreaterThan(80));
  it.each(files)("%s: answers or fails with ParseError", (file) => {
    const text = readFileSync(file, "latin1");
    for (const srtp of ["off", "optional", "mandatory"] as const) {
      try {
        const r = answerOffer(text, local, { ...options, srtp });
        if (!r.ok) expect(r.status).toBe(488);
      } catch (e) {
        expect(e, String(e)).toBeInstanceOf(ParseError);
      }
    }
  });

  it("the 1 MB janus timeout input is refused by its size before any line is read", () => {
    const big = listFiles(`${FUZZ}/janus/sdp_fuzzer`).find((f) => statSync(f).size > 1_000_000)!;
    expect(() => answerOffer(readFileSync(big, "latin1"), local, options)).toThrow(/exceeds 65536/);
  });

  it("mutated real offers never throw anything but ParseError (property)", () => {
    const seeds = rows.slice(0, 8).map((r) => sdpBodyOf(readFileSync(`${SAMPLES}/${r.file}`, "latin1")));
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(fc.tuple(fc.nat(), fc.nat({ max: 20 }), fc.string({ maxLength: 12 })), { maxLength: 6 }),
        (seed, edits) => {
          let text = seed;
          for (const [at, del, ins] of edits) {
            const i = at % (text.length + 1);
            text = text.slice(0, i) + ins + text.slice(i + del);
          }
          try {
            answerOffer(text, local, options);
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

/** Test helper: the SDP body of a stored SIP message (or the file itself when it is bare SDP). */
function sdpBodyOf(message: string): string {
  if (/^v=0/.test(message)) return message;
  const split = /\r?\n\r?\n/.exec(message);
  if (!split) return "";
  const headers = message.slice(0, split.index);
  const body = message.slice(split.index + split[0].length);
  const boundary = /boundary="?([^";\r\n]+)"?/i.exec(headers)?.[1];
  if (!boundary) return body;
  // multipart/alternative (Lync): the first part that carries SDP.
  for (const part of body.split(`--${boundary}`)) {
    const partSplit = /\r?\n\r?\n/.exec(part);
    if (!partSplit) continue;
    const content = part.slice(partSplit.index + partSplit[0].length);
    if (/^v=0/m.test(content)) return content;
  }
  return "";
}
