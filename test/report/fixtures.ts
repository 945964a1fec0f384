import { readFileSync } from "node:fs";
import { join } from "node:path";
import { yuvToPng } from "../../src/adapters/media/snapshots.js";
import { renderPatternFrame } from "../../src/media/test-pattern.js";
import type { Check, Report, SipMessageRecord } from "../../src/report/model.js";
import { mergePoints, mirrorLatencyPoints, pointsFromSamples } from "../../src/report/timeline.js";
import { REPO_ROOT } from "../support/cli/index.js";

export const GOLDEN_DIR = join(REPO_ROOT, "fixtures", "golden", "report");

/** Saved reports: a real embedded-room call, `vdm-test check` of an AVer 200 OK, a graded capture. */
export type InputName = "call" | "check" | "capture";

/** A saved call report whose measured figures a test may edit. */
export interface EditableCall extends Report {
  checks: (Check & {
    evidence: { returnedSharePct: number; latencyMs: { p50: number }; requestToGrantMs: number };
  })[];
  facts: Record<string, unknown> & { video: { receive: { lossPct: number }[] } };
}

/** A fresh copy of the saved call report, to edit. */
export function editableCall(): EditableCall {
  return structuredClone(loadInput("call")) as EditableCall;
}

export function loadInput(name: InputName): Report {
  return JSON.parse(readFileSync(join(GOLDEN_DIR, "input", `${name}.json`), "utf8")) as Report;
}

const OFFER = [
  "INVITE sip:endpoint@192.168.62.89 SIP/2.0",
  "Via: SIP/2.0/UDP 127.0.0.1:5062;rport;branch=z9hG4bKq1w2e3",
  "Max-Forwards: 70",
  "From: <sip:vdm-test@127.0.0.1>;tag=abc123",
  "To: <sip:endpoint@192.168.62.89>",
  "Call-ID: 8f14e45fceea167a5a36dedd4bea2543",
  "CSeq: 1 INVITE",
  "Contact: <sip:vdm-test@127.0.0.1:5062>",
  "Content-Type: application/sdp",
  "",
  "v=0",
  "o=vdm-test 3912 3912 IN IP4 127.0.0.1",
  "s=vdm-test",
  "c=IN IP4 127.0.0.1",
  "t=0 0",
  "m=audio 40000 RTP/AVP 111 9",
  "a=rtpmap:111 opus/48000/2",
  "a=rtpmap:9 G722/8000",
  "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz",
  "a=sendrecv",
  "m=video 40002 RTP/AVP 96",
  "a=rtpmap:96 H264/90000",
  "a=fmtp:96 profile-level-id=42e01f;packetization-mode=1",
  "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:d0RmdmcmVCspeEc3QGZiNWpVLFJhQX1cfHAwJSoj",
  "a=sendrecv",
  "",
].join("\r\n");

function answer(): string {
  const text = readFileSync(
    join(REPO_ROOT, "fixtures", "bfcp", "sip-samples", "aver-evc130-tcpbfcp-200ok-01.sip"),
    "utf8",
  );
  return text
    .replace("__branch__", "z9hG4bKq1w2e3")
    .replace("__callid__", "8f14e45fceea167a5a36dedd4bea2543")
    .replace(/\r?\n/g, "\r\n");
}

function png(family: number, number: number): string {
  const spec = { width: 320, height: 180, family, number };
  return yuvToPng(renderPatternFrame(spec), 320, 180, { width: 160, height: 90 }).toString("base64");
}

/** Sampled once a second for 9 s; a burst of loss in second 5 and a jitter spike with it. */
function samples(bytesPerSecond: number, packetsPerSecond: number) {
  let bytes = 0;
  let expected = 0;
  let lost = 0;
  return Array.from({ length: 10 }, (_, s) => {
    if (s > 0) {
      bytes += bytesPerSecond * (s === 5 ? 0.8 : 1);
      expected += packetsPerSecond;
      lost += s === 5 ? Math.round(packetsPerSecond * 0.04) : 0;
    }
    return { atMs: s * 1000 + 2, bytes, expected, lost, jitterMs: s === 5 ? 18 : 4 + (s % 3) };
  });
}

/**
 * A report with everything a renderer can show: the real call's checks and facts, the six
 * requirements and their checks from the AVer answer (one made to fail, with advice), both SDPs,
 * timelines, snapshots, and a text that needs escaping.
 */
export function richReport(): Report {
  const call = loadInput("call");
  const check = loadInput("check");
  const failing: Check = {
    id: "encryption.srtp-signalled",
    title: "SRTP offered or answered",
    serves: ["encryption"],
    status: "fail",
    summary:
      'we offered SRTP (a=crypto) and the answer has RTP/AVP without a=crypto: media is sent in the clear <"plain">',
    evidence: { offered: ["AES_CM_128_HMAC_SHA1_80"], answered: [] },
    specRef: "RFC 4568 §7.1.2; RFC 3711",
    lines: [
      "m=audio 30000 RTP/AVP 9",
      "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:WVNfX19zZW1jdGwgKCkgewkyMjA7fQp9CnVubGVz",
    ],
    text: {
      en: {
        summary: "we offered SRTP and the answer has none: media would be sent in the clear",
        advice: "Turn on SRTP with SDES (RFC 4568) for SIP calls, and answer a=crypto offers with a=crypto.",
      },
      sv: {
        summary: "vi erbjöd SRTP och svaret har ingen: media skulle skickas okrypterat",
        advice:
          "Slå på SRTP med SDES (RFC 4568) för SIP-samtal och svara på erbjudanden med a=crypto med a=crypto.",
      },
    },
  };
  const checks = [...call.checks, ...check.checks.map((c) => (c.id === failing.id ? failing : c))];
  const requirements = check.requirements!.map((r) =>
    r.requirement === "encryption"
      ? {
          ...r,
          status: "fail" as const,
          decidedBy: [failing.id],
          notTested: r.notTested.filter((id) => id !== failing.id),
        }
      : r,
  );
  const sip: SipMessageRecord[] = call.sip.map((m, i) => {
    if (i === 0) return { ...m, message: OFFER };
    if (m.firstLine === "SIP/2.0 200 OK" && i === 3) return { ...m, message: answer() };
    return m;
  });
  const sent = Array.from({ length: 240 }, (_, n) => ({ number: n, atMs: 1500 + (n * 1000) / 30 }));
  const returned = sent.map((f) => ({
    number: f.number,
    atMs: f.atMs + 40 + (f.number % 30) + (f.atMs > 5000 && f.atMs < 6000 ? 80 : 0),
  }));
  return {
    ...call,
    outcome: "fail",
    checks,
    requirements,
    sip,
    snapshots: { sent: png(0, 60), mirrored: png(0, 57), presentation: png(1, 10) },
    timeline: {
      video: mergePoints(pointsFromSamples(samples(160_000, 140)), mirrorLatencyPoints(sent, returned)),
      audio: pointsFromSamples(samples(9_000, 50)),
    },
  };
}
