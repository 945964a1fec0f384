import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { CaptureAnalyzer } from "../../src/analysis/capture-analyzer.js";
import { mediaLossCheck, sipDialogCheck } from "../../src/analysis/capture-checks.js";
import { h323CallCheck } from "../../src/analysis/h323-call-check.js";
import type { H323LegFacts } from "../../src/analysis/h323-call-facts.js";
import type { MediaStreamFacts } from "../../src/analysis/media-stream.js";
import { type SipDialog, SipDialogTracker } from "../../src/analysis/sip-dialogs.js";
import type { FileAnalysis } from "../../src/app/analyze/analyze-file.js";
import { buildCaptureReports } from "../../src/app/analyze/capture-report.js";
import { CHECK_IDS, CHECK_REGISTRY, type CheckId } from "../../src/conformance/check-registry.js";
import type { Evidence } from "../../src/conformance/evidence.js";
import {
  FUNCTIONS,
  type FunctionNumber,
  type FunctionsInput,
  functionChecks,
} from "../../src/conformance/functions/function-checks.js";
import { gradeAll, REQUIREMENT_CHECKS } from "../../src/conformance/grade-all.js";
import type { H323Evidence } from "../../src/conformance/h323-evidence.js";
import { registrationChecks } from "../../src/conformance/h323-registration-checks.js";
import type { RegistrationEvidence } from "../../src/conformance/h323-registration-evidence.js";
import type { H460WireInput } from "../../src/conformance/h460-evidence.js";
import { readH460Evidence } from "../../src/conformance/h460-wire.js";
import { type HearFarEndEvidence, hearFarEndCheck } from "../../src/conformance/hear-far-end-check.js";
import { mirrorCheck } from "../../src/conformance/mirror-check.js";
import {
  type FloorEvidence,
  floorCheck,
  type PresentationSkip,
  type ReceiveSlidesEvidence,
  receiveSlidesCheck,
  type SlidesInMirrorEvidence,
  skippedPresentationChecks,
  slidesReplaceMirrorCheck,
} from "../../src/conformance/presentation-check.js";
import { readSavedMessages } from "../../src/conformance/saved-messages.js";
import { classifyAudio } from "../../src/media/audio/analysis.js";
import { renderMusic } from "../../src/media/audio/music.js";
import { analyzeMirror, type MirrorAnalysis } from "../../src/media/mirror-analysis.js";
import { createReceiveStats } from "../../src/media/rtp-stats.js";
import { parseSipMessage } from "../../src/protocol/sip/message-head.js";
import type { Phrase } from "../../src/report/i18n/bilingual.js";
import type { Check, CheckStatus } from "../../src/report/model.js";
import { sine, whiteNoise } from "../support/audio/test-signals.js";
import { corpus } from "../support/corpora.js";
import { seenByGnuGk } from "../support/h323/h46018-timeline.js";

// "Every check has at least one test where it passes and one where it fails", and "no check is
// hard-coded: removing the evidence a check relies on flips it". One row per check id in the
// registry (src/conformance/check-registry.ts): an input that passes, one that fails (or, where
// the worst verdict is warn by design, the reason and a warning input), and the passing input
// with the evidence it relied on taken away, which must give "not tested", never "pass".
// Inputs are real room-system messages from the shared corpus where a message can show the
// check, edited by named line replacements where the corpus has no failing example, and small
// measurements (media, presentation, capture) where only a live call or capture has the figures.

const ROOT = join(import.meta.dirname, "../..");
const SAMPLES = corpus("sip-samples");
const FIXTURES = join(ROOT, "fixtures/sip");

// ---------------------------------------------------------------------------------------------
// Inputs from saved messages

function savedEvidence(text: string, what: string): Evidence {
  const read = readSavedMessages(text);
  if (!read.ok) throw new Error(`${what}: ${read.reason}`);
  return read.evidence;
}

/** A corpus message as the engine reads it (`vdm-test check`). */
function sample(file: string): Evidence {
  return savedEvidence(readFileSync(join(SAMPLES, file), "latin1"), file);
}

/**
 * A corpus message with lines edited: each [from, to] must match (an edit that matches nothing
 * would leave the real message as it was and prove nothing).
 */
function edited(file: string, edits: readonly (readonly [string | RegExp, string])[]): Evidence {
  let text = readFileSync(join(SAMPLES, file), "latin1");
  for (const [from, to] of edits) {
    const before = text;
    text = text.replace(from, to);
    if (text === before) throw new Error(`${file}: edit ${String(from)} matched nothing`);
  }
  return savedEvidence(text, file);
}

function fixture(file: string, edits: readonly (readonly [string, string])[] = []): Evidence {
  let text = readFileSync(join(FIXTURES, file), "latin1");
  for (const [from, to] of edits) {
    if (!text.includes(from)) throw new Error(`${file}: edit ${from} matched nothing`);
    text = text.replace(from, to);
  }
  return savedEvidence(text, file);
}

/**
 * `e` without the part at a dotted path ("sdp", "transport.resolution"). The part must be there:
 * taking away what was never given would show nothing.
 */
function without<T extends object>(e: T, path: string): T {
  const [head, ...rest] = path.split(".") as [string, ...string[]];
  const o = e as Record<string, unknown>;
  if (!(head in o) || o[head] === undefined) throw new Error(`no ${path} to remove`);
  if (rest.length === 0) {
    const { [head]: _removed, ...others } = o;
    return others as T;
  }
  return { ...o, [head]: without(o[head] as object, rest.join(".")) } as T;
}

// ---------------------------------------------------------------------------------------------
// The table

interface Case<I> {
  readonly input: I;
  /** What the input is, for the test name. */
  readonly from: string;
}

/** For checks whose worst verdict is warn by design: why a fail would be wrong. */
interface WorstIsWarn {
  readonly worstIsWarn: string;
}

/** What taking the evidence away must give, when it is not "not-tested", and why. */
interface AbsentStatus {
  /** "omitted": the check is not in the report at all. */
  readonly status: CheckStatus | "omitted";
  readonly why: string;
}

interface RowSpec<I> {
  readonly grade: (input: I) => Check | undefined;
  readonly pass: Case<I>;
  readonly fail: Case<I> | WorstIsWarn;
  readonly warn?: Case<I>;
  /** The evidence the verdict rests on, taken away: each must not pass. */
  readonly absent: readonly Case<I>[];
  readonly absentStatus?: AbsentStatus;
}

interface Outcome {
  readonly from: string;
  readonly check: Check | undefined;
}

/** A row with its input type erased, so rows of different inputs sit in one table. */
interface Row {
  readonly run: (which: "pass" | "fail" | "warn") => Outcome | undefined;
  readonly absent: () => Outcome[];
  readonly worstIsWarn?: string;
  readonly absentStatus?: AbsentStatus;
}

function row<I>(spec: RowSpec<I>): Row {
  const run = (c: Case<I>): Outcome => ({ from: c.from, check: spec.grade(c.input) });
  return {
    run: (which) => {
      const c = which === "pass" ? spec.pass : which === "warn" ? spec.warn : spec.fail;
      return c && "input" in c ? run(c) : undefined;
    },
    absent: () => spec.absent.map(run),
    ...("worstIsWarn" in spec.fail ? { worstIsWarn: spec.fail.worstIsWarn } : {}),
    ...(spec.absentStatus ? { absentStatus: spec.absentStatus } : {}),
  };
}

const graded = (id: CheckId) => (e: Evidence) => gradeAll(e).find((c) => c.id === id);

/**
 * A requirement check, graded by gradeAll. `relies` lists the evidence parts the pass rests on;
 * each set is taken from the passing evidence in turn and must leave the check "not tested".
 */
function engineRow(
  id: CheckId,
  spec: Omit<RowSpec<Evidence>, "grade" | "absent"> & { readonly relies: readonly (readonly string[])[] },
): Row {
  const absent = spec.relies.map((parts) => ({
    input: parts.reduce<Evidence>((e, p) => without(e, p), spec.pass.input),
    from: `${spec.pass.from} without ${parts.join(" and ")}`,
  }));
  return row({ ...spec, grade: graded(id), absent });
}

const c = <I>(from: string, input: I): Case<I> => ({ from, input });
const file = (name: string): Case<Evidence> => c(name, sample(name));

// Live measurements, small and plain.
const H264_720P30 = {
  codec: "H264",
  packetsReceived: 2400,
  framesDecoded: 300,
  width: 1280,
  height: 720,
  frameRate: 30,
  profileLevelId: "42e01f",
};
const LOOPBACK_RESOLUTION = {
  uri: "sip:room@vdm.test",
  steps: [
    { kind: "query", type: "NAPTR", name: "vdm.test", answers: [] },
    { kind: "query", type: "SRV", name: "_sip._udp.vdm.test", answers: ["0 0 5060 room.vdm.test."] },
    { kind: "query", type: "A", name: "room.vdm.test", answers: ["127.0.0.1"] },
  ],
  targets: 1,
  reached: true,
} as const;
const ICE_UNAUTHENTICATED = {
  direction: "endpoint-checked-us",
  requests: 6,
  succeeded: 0,
  nominated: [],
  streams: 2,
  failures: ["6 Binding requests failed MESSAGE-INTEGRITY"],
  addresses: ["127.0.0.1:50000"],
} as const;
const audioFrom = (port: number, latched = false) => ({
  kind: "audio" as const,
  sdpAddress: "127.0.0.1",
  sdpPort: 40000,
  source: { address: "127.0.0.1", port },
  ...(latched ? { latched } : {}),
});

/** The mirror, measured: frames sent every 33 ms, those in `back` returned 150 ms later. */
function mirror(back: (n: number) => boolean): MirrorAnalysis {
  const sent = Array.from({ length: 150 }, (_, n) => ({ number: n, atMs: n * 33 }));
  const returned = sent.filter((f) => back(f.number)).map((f) => ({ number: f.number, atMs: f.atMs + 150 }));
  return analyzeMirror(sent, returned, { startupGraceMs: 500, tailMs: 500 });
}
const MIRROR_OK = mirrorCheck(
  mirror(() => true),
  1200,
);
const MIRROR_NONE = mirrorCheck(
  mirror(() => false),
  1200,
);

const MUSIC = classifyAudio(renderMusic(8000, 3), 8000);
const hearing = (over: Partial<HearFarEndEvidence>): HearFarEndEvidence => ({
  codec: "PCMU",
  packetsReceived: 150,
  classification: MUSIC,
  echo: undefined,
  expectMusic: true,
  ...over,
});
const TONE = classifyAudio(sine(440, 8000, 3), 8000);
const HEAR_OK = hearFarEndCheck(hearing({}));
const HEAR_TONE = hearFarEndCheck(hearing({ classification: TONE }));

const SLIDES_SHOWN: SlidesInMirrorEvidence = {
  grantToFirstSlidesFrameMs: 320,
  slidesFrames: 60,
  slidesFramesSent: 64,
  cameraFramesWhilePresenting: 0,
  releaseToCameraMs: 280,
};
const SLIDES_LOST: SlidesInMirrorEvidence = {
  slidesFrames: 0,
  slidesFramesSent: 64,
  cameraFramesWhilePresenting: 0,
  releaseToCameraMs: 280,
};
const SLIDES_RECEIVED: ReceiveSlidesEvidence = {
  packets: 400,
  framesDecoded: 50,
  slidesFrames: 50,
  firstSlidesFrameMs: 900,
  decodeErrors: [],
};
const NO_SLIDES_RECEIVED: ReceiveSlidesEvidence = {
  packets: 0,
  framesDecoded: 0,
  slidesFrames: 0,
  decodeErrors: [],
};
const SKIP: PresentationSkip = {
  skipped: true,
  reason: { en: "the far end offered no BFCP", sv: "motparten erbjöd ingen BFCP" },
};

const ALL = new Set(FUNCTIONS);
const fn = (over: Partial<FunctionsInput>): FunctionsInput => ({ selected: ALL, checks: [], ...over });
const REACHED = {
  answered: true,
  target: "sip:room@vdm.test",
  transport: "tls",
  local: "127.0.0.1:5061",
  remote: "127.0.0.1:5071",
  natSeen: false,
};

/** A capture's SIP dialog, as the tracker builds it from [start line, CSeq] in order. */
function dialog(...messages: readonly (readonly [string, string])[]): SipDialog {
  const tracker = new SipDialogTracker();
  messages.forEach(([startLine, cseq], k) => {
    const text = [
      startLine,
      "Via: SIP/2.0/UDP 127.0.0.1:5062;branch=z9hG4bK-dlg",
      "From: <sip:alice@vdm.test>;tag=a1",
      "To: <sip:room@vdm.test>",
      "Call-ID: dialog-1@127.0.0.1",
      `CSeq: ${cseq}`,
      "Content-Length: 0",
      "",
      "",
    ].join("\r\n");
    tracker.add(parseSipMessage(text), {
      number: k + 1,
      timeMs: k * 10,
      src: "127.0.0.1:5062",
      dst: "127.0.0.1:5060",
      carrier: "udp",
    });
  });
  return tracker.list()[0]!;
}
const INVITE = ["INVITE sip:room@vdm.test SIP/2.0", "1 INVITE"] as const;
const OK_INVITE = ["SIP/2.0 200 OK", "1 INVITE"] as const;
const ACK = ["ACK sip:room@vdm.test SIP/2.0", "1 ACK"] as const;
const NO_CAPTURE: Phrase = { en: "no SIP in the capture", sv: "ingen SIP i inspelningen" };

/** One RTP stream as captured, its statistics measured from packets 0..199 minus `lost`. */
function stream(lost: (seq: number) => boolean): MediaStreamFacts {
  const stats = createReceiveStats({ clockRate: () => 8000 });
  for (let seq = 0; seq < 200; seq++) {
    if (lost(seq)) continue;
    stats.record(
      { ssrc: 0x1234, sequenceNumber: seq, timestamp: seq * 160, payloadType: 0, size: 172 },
      seq * 20,
    );
  }
  const ssrcs = stats.streams();
  return {
    src: "127.0.0.1:40000",
    dst: "127.0.0.1:41000",
    foundBy: "sdp",
    firstFrame: 1,
    packets: ssrcs.reduce((n, s) => n + s.packets, 0),
    nonRtp: 0,
    rtcp: { packets: 0, senderReports: 0, receiverReports: 0, byes: 0, feedback: 0 },
    ssrcs,
    ssrcChanges: 0,
    codec: "PCMU",
    protection: {
      authenticated: 0,
      authFailures: 0,
      unchecked: 0,
      rtcpAuthenticated: 0,
      rtcpAuthFailures: 0,
    },
    lastMs: 4000,
    idrTimesMs: [],
    keyframeRequestsMs: [],
    rtcpUnread: 0,
  };
}

/** A captured H.323 call signalling connection with these Q.931 messages, 100 ms apart. */
function h323Leg(...names: readonly string[]): H323LegFacts {
  return {
    connection: "127.0.0.2:1720 ↔ 127.0.0.3:40000",
    caller: "127.0.0.3:40000",
    callee: "127.0.0.2:1720",
    messages: names.map((name, i) => ({
      number: i + 1,
      timeMs: i * 100,
      src: name === "Setup" ? "127.0.0.3:40000" : "127.0.0.2:1720",
      dst: name === "Setup" ? "127.0.0.2:1720" : "127.0.0.3:40000",
      channel: "q931",
      name,
      summary: "",
      bytes: new Uint8Array(0),
      from: name === "Setup" ? "caller" : "callee",
    })),
    mode: "fastStart",
    setupSeen: names.includes("Setup"),
    channels: [],
    h239: [],
    keyframeRequests: [],
    receives: { caller: [], callee: [] },
    firstMs: 0,
    lastMs: names.length * 100,
  };
}

/** A capture file as analysed, with nothing in it but what capture.readable looks at. */
function captureFile(packets: number, failure?: string): FileAnalysis {
  return {
    path: "call.pcap",
    input: "pcap",
    bytes: 24 + packets * 100,
    analysis: new CaptureAnalyzer().finish(),
    capture: {
      interfaces: 1,
      stats: {
        packets,
        nonIp: 0,
        otherProtocols: 0,
        udpDatagrams: packets,
        tcpSegments: 0,
        fragments: 0,
        reassembled: 0,
        malformed: 0,
        tcpRetransmittedBytes: 0,
        tcpGaps: 0,
      },
      warnings: failure ? [failure] : [],
      ...(failure ? { failure } : {}),
    },
    elapsedMs: 1,
  };
}

const E20 = "cisco-e20-te4-srtp-bfcp-invite-01.sip";
const C20 = "cisco-c20-tc3-bfcp-invite-01.sip";
const LYNC = "microsoft-lync2013-ice-srtp-invite-01.sip";
const HUAWEI = "huawei-viewpoint9030-invite-01.sip";

// H.323 equipment's H.460: the capture of GnuGk and H323Plus dave (test/support/h323/h46018-timeline.ts).
const H460_CAPTURE = () => seenByGnuGk();
function h460Call(input: H460WireInput): Evidence {
  return {
    h323: {
      endpointRole: "callee",
      aliasesFrom: "Connect.connectedAddress",
      calledAliases: [],
      h245: { mode: "tunnelling", tunnelling: true, fastStart: false, separate: false },
      channels: [],
      messages: [],
      announced: { h460: ["19"], h239: false, h235: false },
      h460: readH460Evidence(input),
    },
  };
}
function withKeepAlives(input: H460WireInput): H460WireInput {
  const first = input.media.find((m) => m.to.port === 1024)!;
  const head = Uint8Array.of(0x80, 0xff, 0, 100, 0, 0, 0, 0, 0, 0, 0, 0);
  return { ...input, media: [{ ...first, atMs: first.atMs - 100, length: 12, head }, ...input.media] };
}

const TABLE: Record<CheckId, Row> = {
  "h264.signalled": engineRow("h264.signalled", {
    pass: file(C20),
    fail: file("polycom-vsx7000-200ok-01.sip"),
    relies: [["sdp"]],
  }),
  "h264.level": engineRow("h264.level", {
    pass: file(C20),
    fail: {
      worstIsWarn:
        "a level too low for 720p30 still carries H.264, at a lower resolution or rate; the requirement is H.264 itself (no H.264 fails h264.signalled)",
    },
    warn: file(E20),
    relies: [["sdp"]],
  }),
  "h264.media": engineRow("h264.media", {
    pass: c("720p30 H.264 decoded", { media: { video: H264_720P30 } }),
    fail: c("VP8 video (a VP8-only endpoint)", { media: { video: { ...H264_720P30, codec: "VP8" } } }),
    warn: c("1080p sent within level 3.1", {
      media: { video: { ...H264_720P30, width: 1920, height: 1080 } },
    }),
    relies: [["media"]],
  }),
  "h264.keyframe-on-request": engineRow("h264.keyframe-on-request", {
    pass: c("IDR 180 and 240 ms after PLI", {
      media: { video: { ...H264_720P30, keyframe: { requests: 2, responseMs: [180, 240] } } },
    }),
    fail: c("one PLI never answered", {
      media: { video: { ...H264_720P30, keyframe: { requests: 2, responseMs: [180, null] } } },
    }),
    warn: c("IDR 1.5 s after PLI", {
      media: { video: { ...H264_720P30, keyframe: { requests: 1, responseMs: [1500] } } },
    }),
    relies: [["media.video.keyframe"], ["media"]],
  }),
  "encryption.srtp-signalled": engineRow("encryption.srtp-signalled", {
    pass: file(E20),
    fail: file(C20),
    relies: [["sdp"]],
  }),
  "encryption.key-exchange": engineRow("encryption.key-exchange", {
    pass: file(E20),
    fail: c(`${E20} with a failed TLS handshake`, {
      ...sample(E20),
      transport: { tls: { peerVerified: false, error: "handshake failure (alert 40)" } },
    }),
    warn: c(
      `${E20} with its Vias over TCP (SDES keys in the clear)`,
      edited(E20, [
        [/SIP\/2\.0\/TLS/, "SIP/2.0/TCP"],
        [/SIP\/2\.0\/TLS/, "SIP/2.0/TCP"],
      ]),
    ),
    // The keys (SDP) and the hops they crossed (SIP Via) are each needed.
    relies: [["sdp"], ["sip"]],
  }),
  "encryption.srtp-on-the-wire": engineRow("encryption.srtp-on-the-wire", {
    pass: c("500 packets authenticated", {
      media: { srtp: { negotiated: true, packetsAuthenticated: 500, authFailures: 0, plainPackets: 0 } },
    }),
    fail: c("plain RTP agreed", {
      media: { srtp: { negotiated: false, packetsAuthenticated: 0, authFailures: 0, plainPackets: 500 } },
    }),
    warn: c("some packets failed authentication", {
      media: { srtp: { negotiated: true, packetsAuthenticated: 490, authFailures: 10, plainPackets: 0 } },
    }),
    relies: [["media.srtp"]],
  }),
  "uri.identity": engineRow("uri.identity", {
    pass: file(E20),
    fail: c(
      `${E20} with a From that has no URI scheme`,
      edited(E20, [['From: "TE002" <sip:TE002-sip@rd.pexip.com>', 'From: "TE002" <TE002-sip@rd.pexip.com>']]),
    ),
    warn: file(C20),
    relies: [["sip"]],
  }),
  "uri.contact": engineRow("uri.contact", {
    pass: file(E20),
    fail: c(`${E20} without its Contact`, edited(E20, [[/^Contact: .*\r?\n/m, ""]])),
    warn: file("polycom-vsx6000a-200ok-01.sip"),
    relies: [["sip"]],
  }),
  "uri.resolution": engineRow("uri.resolution", {
    pass: c("sip:room@vdm.test by SRV", { transport: { resolution: LOOPBACK_RESOLUTION } }),
    fail: c("sip:room@vdm.test resolved to nothing", {
      transport: { resolution: { ...LOOPBACK_RESOLUTION, targets: 0, reached: false } },
    }),
    warn: c("dialled by IP", {
      transport: { resolution: { ...LOOPBACK_RESOLUTION, uri: "sip:room@127.0.0.1", steps: [] } },
    }),
    relies: [["transport.resolution"]],
  }),
  "traversal.rport": engineRow("traversal.rport", {
    pass: file(C20),
    fail: c("our Via asked for rport, the response left it empty", {
      transport: { weAskedRport: true, ourViaInResponse: { received: "127.0.0.1" } },
    }),
    warn: file(HUAWEI),
    relies: [["sip"]],
  }),
  "traversal.nat": engineRow("traversal.nat", {
    pass: file("cisco-jabber-video-movi-bfcp-invite-01.sip"),
    fail: {
      worstIsWarn:
        "NAT is a fact of the network, not a fault of the endpoint; the worst case, a private SDP address behind NAT without ICE, can still be rescued by latching or an SBC (symmetric-rtp and the media checks fail when it is not)",
    },
    warn: c(`${C20} arriving from a public address`, {
      ...sample(C20),
      transport: { signallingSource: { address: "198.51.100.20", port: 41234 } },
    }),
    relies: [["sip"]],
  }),
  "traversal.ice": engineRow("traversal.ice", {
    pass: file(LYNC),
    fail: c(`${LYNC} whose ICE checks never authenticated`, {
      ...sample(LYNC),
      transport: { ice: ICE_UNAUTHENTICATED },
    }),
    warn: file(C20),
    relies: [["sdp"]],
  }),
  "traversal.rtcp-mux": engineRow("traversal.rtcp-mux", {
    pass: c("constructed-ideal-endpoint-invite.sip", fixture("constructed-ideal-endpoint-invite.sip")),
    fail: {
      worstIsWarn:
        "rtcp-mux saves a firewall pinhole; RTCP on its own port still works, so its absence is a remark (RFC 5761 is optional)",
    },
    warn: file(C20),
    relies: [["sdp"]],
  }),
  "traversal.symmetric-rtp": engineRow("traversal.symmetric-rtp", {
    pass: c("audio from the SDP port", { transport: { mediaSources: [audioFrom(40000)] } }),
    fail: {
      worstIsWarn:
        "media from another port than the SDP names still arrives once latched; media that never arrives is inconclusive here and fails the media checks and functions",
    },
    warn: c("audio from another port, after latching", {
      transport: { mediaSources: [audioFrom(40002, true)] },
    }),
    relies: [["transport.mediaSources"]],
  }),
  "traversal.h460-18": engineRow("traversal.h460-18", {
    pass: c(
      "d-h46018.pcapng: dave registered with H.460.18 and answered GnuGk's SCI",
      h460Call(H460_CAPTURE()),
    ),
    fail: c(
      "the same without dave's outward connection (no Facility after the SCI)",
      h460Call({ ...H460_CAPTURE(), messages: H460_CAPTURE().messages.filter((m) => m.channel !== "q931") }),
    ),
    warn: c(
      "the same without dave's ServiceControlResponse",
      h460Call({
        ...H460_CAPTURE(),
        messages: H460_CAPTURE().messages.filter((m) => !(m.channel === "ras" && m.bytes.length === 5)),
      }),
    ),
    relies: [["h323.h460"]],
  }),
  "traversal.h460-19": engineRow("traversal.h460-19", {
    pass: c(
      "d-h46018.pcapng with keep-alives at the keepAliveChannel",
      h460Call(withKeepAlives(H460_CAPTURE())),
    ),
    fail: c("d-h46018.pcapng with no media from dave", h460Call({ ...H460_CAPTURE(), media: [] })),
    warn: c("d-h46018.pcapng as captured: media, no keep-alive packet", h460Call(H460_CAPTURE())),
    relies: [["h323.h460"]],
  }),
  "presentation.bfcp-signalled": engineRow("presentation.bfcp-signalled", {
    pass: file(C20),
    fail: file(HUAWEI),
    warn: file("yealink-vc400-udpbfcp-invite-01.sip"),
    relies: [["sdp"]],
  }),
  "presentation.slides-h264": engineRow("presentation.slides-h264", {
    pass: file(C20),
    fail: c(
      `${C20} offering only H.263 and H.261 for slides`,
      edited(C20, [["m=video 2410 RTP/AVP 97 98 99 34 31", "m=video 2410 RTP/AVP 99 34 31"]]),
    ),
    relies: [["sdp"]],
  }),
  "presentation.floor-and-slides": engineRow("presentation.floor-and-slides", {
    pass: c("floor granted, H.264 slides decoded", {
      presentation: { floorGranted: true, grantMs: 40, slidesCodec: "H264", slidesFramesDecoded: 40 },
    }),
    fail: c("floor denied (presentation checks)", {
      presentation: { checks: [floorCheck({ outcome: "denied" })] },
    }),
    relies: [["presentation"]],
  }),
  "sip.transport": engineRow("sip.transport", {
    pass: file(C20),
    fail: c("no call worked on UDP or TLS", {
      transport: {
        attempts: [
          { transport: "udp", ok: false, detail: "408 Request Timeout" },
          { transport: "tls", ok: false, detail: "TLS handshake failed" },
        ],
      },
    }),
    warn: c("UDP worked, TLS did not", {
      transport: {
        attempts: [
          { transport: "udp", ok: true },
          { transport: "tls", ok: false, detail: "connection refused" },
        ],
      },
    }),
    relies: [["sip"]],
  }),
  "sip.methods": engineRow("sip.methods", {
    pass: file(C20),
    fail: c(
      `${C20} without BYE in Allow`,
      edited(C20, [["Allow: INVITE,ACK,CANCEL,BYE,", "Allow: INVITE,ACK,CANCEL,"]]),
    ),
    warn: file(HUAWEI),
    relies: [["sip"]],
  }),
  "sip.session-timer": engineRow("sip.session-timer", {
    pass: file(C20),
    fail: c(
      `${C20} with Session-Expires 60 (below the 90 s of RFC 4028 §4)`,
      edited(C20, [[/Session-Expires: *\d+/, "Session-Expires: 60"]]),
    ),
    warn: file(HUAWEI),
    relies: [["sip"]],
  }),
  "sip.options": engineRow("sip.options", {
    pass: c("rfc3261-11.2-options-200.sip", fixture("rfc3261-11.2-options-200.sip")),
    fail: c(
      "rfc3261-11.2-options-200.sip answered 405",
      fixture("rfc3261-11.2-options-200.sip", [["SIP/2.0 200 OK", "SIP/2.0 405 Method Not Allowed"]]),
    ),
    warn: c("our OPTIONS probe went unanswered", {
      optionsProbe: { target: "sip:alice@127.0.0.1:5062", timeoutMs: 4000 },
    }),
    relies: [["sip"]],
  }),

  "function-1.others-see-you": functionRow("function-1.others-see-you", 1, MIRROR_OK, MIRROR_NONE),
  "function-2.you-see-others": functionRow("function-2.you-see-others", 2, MIRROR_OK, MIRROR_NONE),
  "function-3.others-see-presentation": functionRow(
    "function-3.others-see-presentation",
    3,
    slidesReplaceMirrorCheck(true, SLIDES_SHOWN),
    slidesReplaceMirrorCheck(true, SLIDES_LOST),
  ),
  "function-4.you-hear-others": functionRow("function-4.you-hear-others", 4, HEAR_OK, HEAR_TONE),
  "function-5.reach-room": reachRow("function-5.reach-room", 5),
  "function-6.reach-room-outward": reachRow("function-6.reach-room-outward", 6),
  "function-7.others-hear-you": row({
    grade: byFunction("function-7.others-hear-you"),
    pass: c("8 markers came back", {
      ...fn({}),
      echo: {
        answered: true,
        codec: "PCMU",
        packetsSent: 250,
        packetsReceived: 248,
        markersFound: 8,
        roundTripMs: { p50: 120, max: 160 },
      },
    }),
    fail: c("audio came back without our markers", {
      ...fn({}),
      echo: { answered: true, codec: "PCMU", packetsSent: 250, packetsReceived: 248, markersFound: 0 },
    }),
    absent: [c("echo alias not called", fn({})), c("function 7 not chosen", fn({ selected: new Set([1]) }))],
  }),
  "function-8.others-can-call-you": row({
    grade: byFunction("function-8.others-can-call-you"),
    pass: c("called back and answered", {
      ...fn({}),
      callback: {
        aliasAnswered: true,
        arrived: true,
        answered: true,
        arrivalMs: 900,
        audioPacketsReceived: 120,
      },
    }),
    fail: c("the callback never arrived", {
      ...fn({}),
      callback: {
        aliasAnswered: true,
        arrived: false,
        answered: false,
        calledUri: "sip:alice@127.0.0.1:5062",
      },
    }),
    warn: c("answered but no audio on it", {
      ...fn({}),
      callback: { aliasAnswered: true, arrived: true, answered: true, audioPacketsReceived: 0 },
    }),
    absent: [c("callback alias not called", fn({}))],
  }),
  "function-9.receive-presentation": functionRow(
    "function-9.receive-presentation",
    9,
    receiveSlidesCheck(SLIDES_RECEIVED),
    receiveSlidesCheck(NO_SLIDES_RECEIVED),
  ),

  "mirror.see-yourself": row<{ analysis: MirrorAnalysis | undefined; packets: number }>({
    grade: (i) => mirrorCheck(i.analysis, i.packets),
    pass: c("all frames back after 150 ms", { analysis: mirror(() => true), packets: 1200 }),
    fail: c("video back, none of our frames in it", { analysis: mirror(() => false), packets: 1200 }),
    warn: c("two thirds of the frames back", { analysis: mirror((n) => n % 3 !== 0), packets: 1200 }),
    absent: [c("no video sent or received", { analysis: undefined, packets: 0 })],
    absentStatus: {
      status: "inconclusive",
      why: "graded only on a call that sends video; with no frames sent the mirror cannot be measured, which is inconclusive rather than not tested",
    },
  }),
  "audio.hear-far-end": row<HearFarEndEvidence>({
    grade: hearFarEndCheck,
    pass: c("the room's music heard", hearing({})),
    fail: c("a steady tone where music was expected", hearing({ classification: TONE })),
    warn: c("noise from a peer that plays no music", {
      ...hearing({ classification: classifyAudio(whiteNoise(8000, 3), 8000) }),
      expectMusic: false,
    }),
    absent: [
      c("no audio agreed or received", {
        codec: undefined,
        packetsReceived: 0,
        classification: undefined,
        echo: undefined,
        expectMusic: true,
      }),
    ],
    absentStatus: {
      status: "fail",
      why: "graded only on a call that was set up; a call on which no audio was agreed or arrived is the failure of function 4 itself",
    },
  }),
  "presentation.floor-granted": row<FloorEvidence | PresentationSkip>({
    grade: (i) => ("skipped" in i ? skippedPresentationChecks(i, false)[0] : floorCheck(i)),
    pass: c("granted and released", {
      outcome: "granted",
      requestToGrantMs: 40,
      release: "released",
      releaseMs: 30,
    }),
    fail: c("denied", { outcome: "denied" }),
    absent: [c("presentation not tried", SKIP)],
  }),
  "presentation.slides-replace-mirror": row<
    { granted: boolean; e: SlidesInMirrorEvidence } | PresentationSkip
  >({
    grade: (i) =>
      "skipped" in i ? skippedPresentationChecks(i, false)[1] : slidesReplaceMirrorCheck(i.granted, i.e),
    pass: c("slides shown, camera back", { granted: true, e: SLIDES_SHOWN }),
    fail: c("slides never came back", { granted: true, e: SLIDES_LOST }),
    absent: [c("floor not granted", { granted: false, e: SLIDES_SHOWN }), c("presentation not tried", SKIP)],
  }),
  "presentation.receive-slides": row<ReceiveSlidesEvidence | PresentationSkip>({
    grade: (i) => ("skipped" in i ? skippedPresentationChecks(i, true)[0] : receiveSlidesCheck(i)),
    pass: c("50 slides frames decoded", SLIDES_RECEIVED),
    fail: c("no packet on the slides stream", NO_SLIDES_RECEIVED),
    absent: [c("presentation alias not called", SKIP)],
  }),

  "sip.dialog": row<SipDialog | undefined>({
    grade: (d) => sipDialogCheck(d, NO_CAPTURE),
    pass: c(
      "INVITE, 200, ACK, BYE, 200",
      dialog(INVITE, OK_INVITE, ACK, ["BYE sip:room@vdm.test SIP/2.0", "2 BYE"], ["SIP/2.0 200 OK", "2 BYE"]),
    ),
    fail: c("INVITE, 486", dialog(INVITE, ["SIP/2.0 486 Busy Here", "1 INVITE"])),
    warn: c("INVITE, 200, ACK, no BYE", dialog(INVITE, OK_INVITE, ACK)),
    absent: [
      c("no SIP in the capture", undefined),
      c("an OPTIONS ping only", dialog(["OPTIONS sip:room@vdm.test SIP/2.0", "1 OPTIONS"])),
    ],
  }),
  "h323.call": row<{ leg: H323LegFacts; release?: H323Evidence["release"] }>({
    grade: (i) => h323CallCheck(i.leg, i.release),
    pass: c("Setup, Connect, ReleaseComplete", {
      leg: h323Leg("Setup", "CallProceeding", "Connect", "ReleaseComplete"),
      release: { reason: "undefinedReason" },
    }),
    fail: c("Setup, ReleaseComplete (busy)", {
      leg: h323Leg("Setup", "ReleaseComplete"),
      release: { q850Cause: 17 },
    }),
    absent: [c("the capture starts after the Setup", { leg: h323Leg("Connect", "ReleaseComplete") })],
  }),
  "media.loss": row<readonly MediaStreamFacts[]>({
    grade: mediaLossCheck,
    pass: c("200 packets, none lost", [stream(() => false)]),
    fail: c("1 packet in 10 lost", [stream((s) => s % 10 === 5)]),
    warn: c("1 packet in 40 lost", [stream((s) => s % 40 === 5)]),
    absent: [c("no RTP in the capture", [])],
  }),
  "ras.keep-alive": row<RegistrationEvidence>({
    grade: (e) => registrationChecks(e).find((x) => x.id === "ras.keep-alive"),
    pass: c(
      "three RRQ keepAlive, 50 s apart",
      registration(
        [
          [50_000, true],
          [50_000, true],
          [50_000, true],
        ],
        { atMs: 160_000, how: "unregistered" },
      ),
    ),
    fail: c("no refresh, expired", registration([], { atMs: 70_000, how: "expired" })),
    warn: c(
      "one refresh after 65 s",
      registration(
        [
          [50_000, true],
          [65_000, false],
        ],
        { atMs: 120_000, how: "unregistered" },
      ),
    ),
    absent: [
      c("unregistered after 20 s, no refresh due", registration([], { atMs: 20_000, how: "unregistered" })),
    ],
  }),
  "capture.readable": row<FileAnalysis>({
    grade: (fa) => buildCaptureReports(fa).reports[0]?.checks.find((x) => x.id === "capture.readable"),
    pass: c("120 packets read", captureFile(120)),
    fail: {
      worstIsWarn:
        "a capture read only in part is still graded as far as it goes; the graded checks carry the verdicts and the outcome cannot pass",
    },
    warn: c("file ends inside a record", captureFile(60, "file ends inside a record")),
    absent: [c("a SIP text file, no capture", { ...without(captureFile(0), "capture"), input: "sip-text" })],
    absentStatus: {
      status: "omitted",
      why: "a SIP text or SDP file is no capture: its report carries no capture.readable at all",
    },
  }),
};

/** A registration with the room's gatekeeper, timeToLive 60 s, registered at 0 and kept as given. */
function registration(
  keepAlives: readonly [number, boolean][],
  ended?: RegistrationEvidence["ended"],
): RegistrationEvidence {
  return {
    endpointIdentifier: "vdm000001",
    aliases: [{ kind: "url-ID", value: "h323:alice@example.se" }],
    callSignalAddresses: [{ host: "127.0.0.2", port: 1720 }],
    rasAddresses: [{ host: "127.0.0.2", port: 1719 }],
    source: { host: "127.0.0.2", port: 1719 },
    timeToLive: { requestedS: 60, grantedS: 60 },
    features: { needed: [], desired: [], supported: [], genericData: [] },
    registeredAtMs: 0,
    lastRefreshAtMs: keepAlives.reduce((t, [ms]) => t + ms, 0),
    ...(ended ? { ended } : {}),
    keepAlives: keepAlives.map(([sinceLastMs, inTime], i) => ({
      at: keepAlives.slice(0, i + 1).reduce((t, [ms]) => t + ms, 0),
      kind: "lightweight" as const,
      sinceLastMs,
      inTime,
    })),
    keepAliveCount: keepAlives.length,
    messages: [],
    messageCount: 0,
  };
}

function byFunction(id: CheckId) {
  return (i: FunctionsInput) => functionChecks(i).find((x) => x.id === id);
}

/** Functions 1-4 and 9 follow the check that measured them. */
function functionRow(id: CheckId, n: FunctionNumber, passing: Check, failing: Check): Row {
  return row({
    grade: byFunction(id),
    pass: c(`${passing.id} passed`, fn({ checks: [passing] })),
    fail: c(`${failing.id} failed`, fn({ checks: [failing] })),
    absent: [
      c(`no ${passing.id} check`, fn({})),
      c(
        `function ${n} not chosen`,
        fn({ checks: [passing], selected: new Set(FUNCTIONS.filter((x) => x !== n)) }),
      ),
      c(
        `function ${n} unsupported by the far end`,
        fn({ checks: [passing], unsupported: new Map([[n, { en: "foreign room", sv: "främmande rum" }]]) }),
      ),
    ],
  });
}

function reachRow(id: CheckId, n: 5 | 6): Row {
  return row({
    grade: byFunction(id),
    pass: c("answered over TLS from 127.0.0.1", fn({ reach: REACHED })),
    fail: c(
      "408 from 127.0.0.1",
      fn({ reach: { ...REACHED, answered: false, failure: "408 Request Timeout" } }),
    ),
    absent: [
      c("no call placed", fn({})),
      c(`function ${n} not chosen`, fn({ reach: REACHED, selected: new Set([1]) })),
    ],
  });
}

// ---------------------------------------------------------------------------------------------
// What the code makes, found two ways: the check ids written in src/ (every CheckBase and check
// object says `id: "x.y"`), and the ids the producers actually return.

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(p);
    return d.name.endsWith(".ts") && !d.name.endsWith(".test.ts") ? [p] : [];
  });
}

function idsWrittenInSource(): Map<string, string> {
  const found = new Map<string, string>();
  for (const path of sourceFiles(join(ROOT, "src"))) {
    for (const m of readFileSync(path, "utf8").matchAll(/\bid: "([a-z0-9-]+(?:\.[a-z0-9-]+)+)"/g)) {
      found.set(m[1]!, relative(ROOT, path));
    }
  }
  return found;
}

function idsProduced(): string[] {
  const presentation = [...skippedPresentationChecks(SKIP, false), ...skippedPresentationChecks(SKIP, true)];
  return [
    ...gradeAll({}).map((x) => x.id),
    ...gradeAll(h460Call(H460_CAPTURE())).map((x) => x.id),
    ...functionChecks(fn({})).map((x) => x.id),
    mirrorCheck(undefined, 0).id,
    hearFarEndCheck(hearing({})).id,
    ...presentation.map((x) => x.id),
    sipDialogCheck(undefined, NO_CAPTURE).id,
    mediaLossCheck([]).id,
    ...buildCaptureReports(captureFile(1)).reports.flatMap((r) => r.checks.map((x) => x.id)),
    ...registrationChecks(registration([])).map((x) => x.id),
  ];
}

describe("the check registry lists every check the code makes", () => {
  it("every check id written in src/ is in the registry", () => {
    const written = idsWrittenInSource();
    const missing = [...written]
      .filter(([id]) => !CHECK_IDS.includes(id as CheckId))
      .map(([id, f]) => `${id} (${f})`);
    expect(missing, "check ids in code but not in src/conformance/check-registry.ts").toEqual([]);
    // The scan sees the requirement checks at least: it is looking at the right files.
    expect(written.size).toBeGreaterThanOrEqual(CHECK_REGISTRY.requirements.length);
  });

  it("every check id the producers return is in the registry, and the registry names nothing else", () => {
    const produced = new Set(idsProduced());
    expect([...produced].filter((id) => !CHECK_IDS.includes(id as CheckId))).toEqual([]);
    const written = idsWrittenInSource();
    expect(CHECK_IDS.filter((id) => !produced.has(id) && !written.has(id))).toEqual([]);
  });

  it("the requirement and function groups are exactly what gradeAll and functionChecks make, in order", () => {
    expect(gradeAll({}).map((x) => x.id)).toEqual([...CHECK_REGISTRY.requirements]);
    expect(REQUIREMENT_CHECKS).toHaveLength(CHECK_REGISTRY.requirements.length);
    expect(functionChecks(fn({})).map((x) => x.id)).toEqual([...CHECK_REGISTRY.functions]);
  });

  it("every registered check has a row in this table", () => {
    const rows = new Set(Object.keys(TABLE));
    expect(
      CHECK_IDS.filter((id) => !rows.has(id)),
      "check ids without a row in TABLE",
    ).toEqual([]);
    expect([...rows].filter((id) => !CHECK_IDS.includes(id as CheckId))).toEqual([]);
  });
});

describe("with no evidence at all, every check says not tested", () => {
  const files = readdirSync(SAMPLES).filter((f) => f !== "INDEX.tsv");
  it.each(files)("%s without its SIP and SDP", (name) => {
    const e = sample(name);
    const bare = { ...(e.unavailable ? { unavailable: e.unavailable } : {}) };
    expect(e.sip ?? e.sdp, `${name} gave no evidence to take away`).toBeDefined();
    const tested = gradeAll(bare).filter((x) => x.status !== "not-tested");
    expect(tested.map((x) => `${x.id}: ${x.status}`)).toEqual([]);
  });

  it("gradeAll({})", () => {
    const tested = gradeAll({}).filter((x) => x.status !== "not-tested");
    expect(tested.map((x) => `${x.id}: ${x.status}`)).toEqual([]);
  });
  it("functionChecks with no measurement", () => {
    const tested = functionChecks(fn({})).filter((x) => x.status !== "not-tested");
    expect(tested.map((x) => `${x.id}: ${x.status}`)).toEqual([]);
  });
});

// A registered id without a row is reported by "every registered check has a row", by name.
const rows = CHECK_IDS.flatMap((id) => {
  const r = (TABLE as Partial<Record<CheckId, Row>>)[id];
  return r ? [[id, r] as const] : [];
});
const describeOutcome = (o: Outcome | undefined) =>
  o?.check ? `${o.check.status}: ${o.check.summary}` : "no check";

describe("every check can pass", () => {
  it.each(rows)("%s", (id, r) => {
    const o = r.run("pass")!;
    expect(o.check?.id, o.from).toBe(id);
    expect(o.check?.status, `${o.from} -> ${describeOutcome(o)}`).toBe("pass");
  });
});

describe("every check can fail, or warn where its worst verdict is warn by design", () => {
  it.each(rows)("%s", (id, r) => {
    if (r.worstIsWarn) {
      // The exception is stated, and the warning it allows is shown to happen.
      expect(r.worstIsWarn.length).toBeGreaterThan(40);
      const w = r.run("warn");
      expect(w, `${id}: a check whose worst is warn needs a warn row`).toBeDefined();
      expect(w!.check?.status, `${w!.from} -> ${describeOutcome(w)}`).toBe("warn");
      return;
    }
    const o = r.run("fail")!;
    expect(o.check?.id, o.from).toBe(id);
    expect(o.check?.status, `${o.from} -> ${describeOutcome(o)}`).toBe("fail");
  });
});

describe("warning inputs warn", () => {
  const withWarn = rows.filter(([, r]) => r.run("warn") !== undefined);
  it.each(withWarn)("%s", (_id, r) => {
    const o = r.run("warn")!;
    expect(o.check?.status, `${o.from} -> ${describeOutcome(o)}`).toBe("warn");
  });
});

describe("taking away the evidence a check relies on leaves it not tested, never passed", () => {
  it.each(rows)("%s", (id, r) => {
    const want = r.absentStatus?.status ?? "not-tested";
    const outcomes = r.absent();
    expect(outcomes.length, `${id} has no case without its evidence`).toBeGreaterThan(0);
    const why = r.absentStatus ? ` (${want} by design: ${r.absentStatus.why})` : "";
    for (const o of outcomes) {
      const got = o.check ? o.check.status : "omitted";
      expect(got, `${o.from} -> ${describeOutcome(o)}`).not.toBe("pass");
      expect(got, `${o.from} -> ${describeOutcome(o)}${why}`).toBe(want);
      if (o.check) expect(o.check.id).toBe(id);
    }
  });
});
