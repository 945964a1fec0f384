import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { type Session, SessionState } from "sip.js";
import { encodeAudioPayloads } from "../../adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { OfferAnswerHandler } from "../../adapters/media/session-description-handler.js";
import { makeSnapshots } from "../../adapters/media/snapshots.js";
import { localAddressFor } from "../../adapters/net/local-address.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import {
  DialogSessionTimer,
  readSessionExpires,
  sendReinvite,
  timerRequestOf,
} from "../../adapters/sip/session-timer.js";
import { createUserAgent } from "../../adapters/sip/user-agent.js";
import type { Evidence, PresentationEvidence, SipTransportName } from "../../conformance/evidence.js";
import {
  type CallbackEvidence,
  type EchoCallEvidence,
  FUNCTIONS,
  type FunctionNumber,
  functionChecks,
  type ReachEvidence,
} from "../../conformance/functions/function-checks.js";
import { gate } from "../../conformance/functions/profile-gate.js";
import { gradeAll } from "../../conformance/grade-all.js";
import { hearFarEndCheck } from "../../conformance/hear-far-end-check.js";
import { mirrorCheck } from "../../conformance/mirror-check.js";
import {
  floorCheck,
  type PresentationSkip,
  receiveSlidesCheck,
  skippedPresentationChecks,
  slidesReplaceMirrorCheck,
} from "../../conformance/presentation-check.js";
import { requirementVerdicts } from "../../conformance/requirements.js";
import { mainSource, sipRecords, sipRetransmissionFacts } from "../../conformance/wire-evidence.js";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { renderMarkerAudio } from "../../media/audio/markers.js";
import { FrameFamily } from "../../media/frame-code.js";
import { analyzeMirror } from "../../media/mirror-analysis.js";
import type { StreamStats } from "../../media/rtp-stats.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { parseCallTarget, parseRoutedCallTarget } from "../../protocol/sip/call-target.js";
import { callIdOf, minSeLenient } from "../../protocol/sip/header-readers.js";
import { parseSipMessage } from "../../protocol/sip/message-head.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import {
  formatSessionExpires,
  RECOMMENDED_SESSION_EXPIRES,
  RFC4028_MIN_SE,
  uacTimerFromAnswer,
} from "../../protocol/sip/session-timer.js";
import { type Phrase, stepDetailFields } from "../../report/i18n/bilingual.js";
import { type Check, REPORT_SCHEMA_VERSION, type Report, type Step } from "../../report/model.js";
import {
  mergePoints,
  mirrorLatencyPoints,
  pointsFromSamples,
  type StreamSample,
} from "../../report/timeline.js";
import { VERSION } from "../../version.js";
import { sendOptions } from "../options.js";
import { PRESENTATION_USER, type Room } from "../room/room.js";
import { CALLBACK_USER, ECHO_USER } from "../room/room-aliases.js";
import { aliasUri, callbackCall, echoCall, presentationAliasCall } from "./alias-calls.js";
import { callEvidence } from "./call-evidence.js";
import { CallbackAnswerer } from "./callback-answerer.js";
import { CallerMedia, type CallerMediaOptions } from "./caller-media.js";
import { startEmbeddedRoom } from "./embedded-room.js";
import {
  type PresentationPhaseResult,
  receiveSlidesEvidence,
  runPresentationPhase,
} from "./presentation-phase.js";
import { analyseReceivedAudio } from "./received-audio.js";
import { CallSetupError, hangUp, type PlacedCall, placeInvite, sleep } from "./sip-call.js";

export { CallSetupError } from "./sip-call.js";

export interface CallOptions {
  /** Who to call; undefined starts an embedded room on loopback and calls it. */
  target?: string;
  transport?: SipTransportProtocol;
  srtp: SrtpPolicy;
  durationS: number;
  localAddress?: string;
  from?: string;
  proxy?: string;
  user?: string;
  password?: string;
  ca?: string;
  insecure?: boolean;
  video: { width: number; height: number; fps: number; bitrateKbps: number };
  /** Seconds to wait for an answer. */
  answerTimeoutS?: number;
  /** Offer BFCP and a slides stream and test presentation (default true; `--no-presentation` turns it off). */
  presentation?: boolean;
  /** BFCP transport we offer (RFC 8856 TCP/BFCP or UDP/BFCP); default tcp. */
  bfcpTransport?: "tcp" | "udp";
  /** Test-room functions to run (`--functions`); default all nine. */
  functions?: ReadonlySet<FunctionNumber>;
  /** Where the callback alias should call back instead of our Contact (`--callback-uri`). */
  callbackUri?: string;
  /** Answer the callback (default true); false plays a callee that ignores the INVITE. */
  answerCallback?: boolean;
  /** Seconds to wait for the callback INVITE (default 8). */
  callbackWaitS?: number;
  /** Skip the OPTIONS ping at the start (the --matrix short calls). */
  skipOptions?: boolean;
  /** An already running room the embedded call should use (the --matrix runs share one). */
  room?: Room;
  /** Receives the evidence the requirements were graded from (to grade it again, or keep it). */
  onEvidence?: (evidence: Evidence) => void;
  /** Records our SIP, RTP/RTCP and BFCP traffic as it crosses our sockets (`--pcap`). */
  capture?: CallCapture;
  /** Session-Expires of our INVITE (RFC 4028 §7.1; default 1800 s); false sends none (still Supported: timer). */
  sessionExpiresS?: number | false;
  /** Refresh the session when the far end makes us the refresher (default true); false plays an endpoint that never does. */
  sessionRefresh?: boolean;
}

/** A recorder of our own traffic: the sockets' tap, and the SIP transport's wire events. */
export interface CallCapture extends WireTap {
  sip(event: SipWireEvent): void;
}

export interface CallProgress {
  step(step: Step): void;
  info(line: string): void;
}

/**
 * An address of the target (or of the proxy, when one is set) only to pick the local interface
 * that routes there; SIP itself resolves the target per RFC 3263 in the transport.
 */
async function lookupHost(host: string, proxy: string | undefined): Promise<string> {
  const name = proxy ? parseCallTarget(proxy).uri.host.replace(/^\[|\]$/g, "") : host;
  if (isIP(name)) return name;
  try {
    return (await lookup(name)).address;
  } catch (e) {
    throw new CallSetupError(
      "unreachable",
      `cannot resolve ${name}: ${(e as NodeJS.ErrnoException).code ?? String(e)}`,
    );
  }
}

/** The figures of one received stream worth keeping in a report (no per-second series yet). */
function streamSummary(s: StreamStats) {
  return {
    ssrc: s.ssrc,
    payloadType: s.payloadType,
    packets: s.packets,
    lost: s.lost,
    lossPct: Math.round(s.lossFraction * 10000) / 100,
    duplicates: s.duplicates,
    reordered: s.reordered,
    jitterMs: s.jitterMs === undefined ? undefined : Math.round(s.jitterMs * 100) / 100,
    maxJitterMs: s.maxJitterMs === undefined ? undefined : Math.round(s.maxJitterMs * 100) / 100,
    kbps:
      s.lastArrivalMs > s.firstArrivalMs
        ? Math.round((s.bytes * 8) / (s.lastArrivalMs - s.firstArrivalMs))
        : undefined,
  };
}

/** A far end that says it is a vdm-test room has the echo, callback and presentation aliases. */
const NO_PRESENTATION_FLAG: Phrase = {
  en: "skipped with --no-presentation",
  sv: "hoppades över med --no-presentation",
};

const FLOOR_OUTCOME_SV: Record<string, string> = {
  denied: "avslaget",
  revoked: "återkallat",
  failed: "misslyckades",
  timeout: "kom inte i tid",
  "not-requested": "begärdes inte",
};

/** A check's summary in both languages, for a progress step. */
function summaryOf(c: Check): Phrase {
  return { en: c.summary, sv: c.text?.sv.summary ?? c.summary };
}

export function isVdmTestRoom(agent: string | undefined): boolean {
  return /vdm-test room/i.test(agent ?? "");
}

/**
 * Places one test call and grades it: sends the test pattern and marker audio, measures the
 * mirrored frames and the audio that comes back, grades the far end's messages, SDP and media
 * against the six requirements, then (against a vdm-test room) makes the short calls to the
 * echo, callback and presentation aliases for functions 7-9, and returns the report.
 */
export async function runCall(opts: CallOptions, progress: CallProgress): Promise<Report> {
  const t0 = performance.now();
  const startedAt = new Date();
  const steps: Step[] = [];
  const step = (name: string, status: Step["status"], detail?: string | Phrase) => {
    const s: Step = { name, status, atMs: Math.round(performance.now() - t0), ...stepDetailFields(detail) };
    steps.push(s);
    progress.step(s);
  };
  const selected = opts.functions ?? new Set(FUNCTIONS);

  const ffmpeg = resolveFfmpeg();
  let ownRoom: Room | undefined;
  let room = opts.room;
  let targetText = opts.target;
  let ca = opts.ca;
  if (!targetText) {
    const embedded = await startEmbeddedRoom(opts.transport ?? "udp", room);
    ownRoom = room ? undefined : embedded.room;
    room = embedded.room;
    targetText = embedded.target;
    ca = ca ?? embedded.ca;
    step("room", "ok", { en: `embedded test room at ${targetText}`, sv: `inbyggt testrum på ${targetText}` });
  }

  const sipEvents: SipWireEvent[] = [];
  const optionsEvents: SipWireEvent[] = [];
  const opened: CallerMedia[] = [];
  try {
    const target = parseRoutedCallTarget(targetText, opts.transport, opts.proxy);
    const host = target.uri.host.replace(/^\[|\]$/g, "");
    const localAddress =
      opts.localAddress ?? (await localAddressFor(isIP(host) ? host : await lookupHost(host, opts.proxy)));
    const tlsOptions = { ...(ca ? { ca } : {}), insecure: opts.insecure ?? false };

    // The OPTIONS ping (RFC 3261 §11): reachability and what the far end says it supports.
    let optionsResult: { wire: SipWireEvent[] } | { error: string } = { error: "not sent" };
    let optionsFacts: Record<string, unknown> | undefined;
    if (!opts.skipOptions) {
      try {
        const r = await sendOptions({
          target: target.text,
          transport: target.protocol,
          localHost: localAddress,
          ...(opts.from ? { from: opts.from } : {}),
          ...(target.proxy ? { proxy: target.proxy } : {}),
          ...(ca ? { ca } : {}),
          ...(opts.insecure ? { insecure: true } : {}),
          ...(opts.capture ? { onWire: (e: SipWireEvent) => opts.capture?.sip(e) } : {}),
          timeoutMs: 3000,
        });
        optionsEvents.push(...r.wire);
        optionsResult = { wire: [...r.wire] };
        optionsFacts = {
          status: r.status,
          reason: r.reason,
          roundTripMs: Math.round(r.roundTripMs),
          allow: r.allow,
          supported: r.supported,
        };
        step("options", r.status < 300 ? "ok" : "failed", {
          en: `${r.status} ${r.reason} in ${Math.round(r.roundTripMs)} ms`,
          sv: `${r.status} ${r.reason} efter ${Math.round(r.roundTripMs)} ms`,
        });
      } catch (e) {
        const why = e instanceof Error ? e.message : String(e);
        optionsResult = { error: why };
        step("options", "failed", why);
      }
    }

    // Our outgoing audio, encoded for every codec we might agree on while signalling goes on.
    const markerPcm = renderMarkerAudio(48000, Math.min(120, Math.max(10, opts.durationS + 4)));
    const audioPayloads = new Map<AudioCodec, Uint8Array[]>(
      await Promise.all(
        AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(markerPcm, 48000, c, 20)] as const),
      ),
    );
    // What we offer: --srtp, or RTP/SAVP after a far end refused SRTP on RTP/AVP (see below).
    let srtp = opts.srtp;
    const mediaOptions = (extra: Partial<CallerMediaOptions>): CallerMediaOptions => ({
      localAddress,
      srtp,
      ffmpegPath: ffmpeg.path,
      video: opts.video,
      audioPayloads: (c) => audioPayloads.get(c),
      ...(opts.capture ? { tap: opts.capture } : {}),
      ...extra,
    });
    const presentationOn = opts.presentation !== false;
    const openMainMedia = async () => {
      const m = await CallerMedia.open(
        mediaOptions(presentationOn ? { presentation: { transport: opts.bfcpTransport ?? "tcp" } } : {}),
      );
      opened.push(m);
      return m;
    };
    let callerMedia = await openMainMedia();

    // One UA for the main call, the alias calls and the callback that comes back to its Contact.
    const outgoing: { media: CallerMedia } = { media: callerMedia };
    const answerer = new CallbackAnswerer({
      answer: opts.answerCallback !== false,
      media: () => mediaOptions({}),
    });
    const sip = createUserAgent({
      uri: opts.from ?? `sip:vdm-test@${localAddress}`,
      displayName: "vdm-test",
      listen: [{ protocol: target.protocol, host: localAddress, port: 0 }],
      ...(target.proxy ? { proxy: target.proxy } : {}),
      ...(opts.user ? { username: opts.user } : {}),
      ...(opts.password ? { password: opts.password } : {}),
      tls: tlsOptions,
      // RFC 4028 §7.1: the INVITE says Supported: timer.
      supported: ["timer"],
      sessionDescriptionHandlerFactory: (session: Session) =>
        new OfferAnswerHandler(answerer.mediaFor(session) ?? outgoing.media),
      delegate: { onInvite: (inv) => answerer.onInvite(inv) },
      onWire: (e) => {
        sipEvents.push(e);
        opts.capture?.sip(e);
      },
    });
    const listening = await sip.start();
    try {
      step("resolve", "ok", target.text);
      // RFC 4028 §7.1: the interval we ask for; after a 422, the Min-SE it named (§7.2).
      let timerAsk: { sessionExpiresS: number; minSeS?: number } | undefined =
        opts.sessionExpiresS === false
          ? undefined
          : { sessionExpiresS: opts.sessionExpiresS ?? RECOMMENDED_SESSION_EXPIRES };
      const invite = () =>
        placeInvite(
          sip,
          target.text,
          {
            answerTimeoutS: opts.answerTimeoutS ?? 30,
            extraHeaders: timerAsk
              ? [
                  `Session-Expires: ${formatSessionExpires({ deltaSeconds: timerAsk.sessionExpiresS, params: [] })}`,
                  ...(timerAsk.minSeS !== undefined ? [`Min-SE: ${timerAsk.minSeS}`] : []),
                ]
              : [],
            mediaNotes: () => callerMedia.negotiationNotes.join("; "),
          },
          {
            onTrying: () => {
              const over = target.protocol.toUpperCase();
              step("connect", "ok", { en: `100 Trying over ${over}`, sv: `100 Trying över ${over}` });
            },
            onProgress: (code, reason) => {
              if (code > 100) step("ringing", "ok", `${code} ${reason}`);
            },
          },
        );
      let call: PlacedCall;
      let savpRetry: { refused: string } | undefined;
      let timerRetry: { refused: string; minSeS: number } | undefined;
      try {
        for (;;) {
          try {
            call = await invite();
            break;
          } catch (e) {
            if (!(e instanceof CallSetupError)) throw e;
            const minSe = e.status === 422 ? minSeLenient(e.minSe)?.deltaSeconds : undefined;
            if (minSe !== undefined && timerAsk && !timerRetry) {
              // RFC 4028 §7.2: after a 422, retry with Session-Expires (and Min-SE) at least the
              // Min-SE the far end named.
              timerRetry = { refused: e.message, minSeS: minSe };
              timerAsk = { sessionExpiresS: Math.max(minSe, timerAsk.sessionExpiresS), minSeS: minSe };
              step("answered", "failed", {
                en: `${e.message}: asking again with Session-Expires ${timerAsk.sessionExpiresS}`,
                sv: `${e.message}: frågar igen med Session-Expires ${timerAsk.sessionExpiresS}`,
              });
            } else if (e.status === 488 && srtp === "optional" && !savpRetry) {
              // Best-effort SRTP (RTP/AVP with a=crypto) is refused by endpoints that require
              // RTP/SAVP: RFC 3264 §6 lets them answer 488, and a new offer with RTP/SAVP is the
              // way on (RFC 4568 §7.1.1, RFC 5939 §1).
              savpRetry = { refused: e.message };
              step("answered", "failed", {
                en: `${e.message}: offering SRTP as RTP/SAVP instead`,
                sv: `${e.message}: erbjuder SRTP som RTP/SAVP i stället`,
              });
              srtp = "mandatory";
            } else throw e;
            callerMedia.close();
            callerMedia = await openMainMedia();
            outgoing.media = callerMedia;
          }
        }
      } catch (e) {
        step("answered", "failed", e instanceof Error ? e.message : String(e));
        throw e;
      }
      const ok = call.ok;
      const state = call.state;
      const remoteAgent = ok.getHeader("server") ?? ok.getHeader("user-agent");
      step("answered", "ok", `${ok.statusCode} ${ok.reasonPhrase}${remoteAgent ? ` (${remoteAgent})` : ""}`);
      callerMedia.startMedia();
      // RFC 4028 §7.4: the 2xx says whether there is a session timer and who refreshes it.
      const answeredTimer = uacTimerFromAnswer(readSessionExpires(ok));
      const placed = call;
      const sessionTimer =
        answeredTimer && opts.sessionRefresh !== false
          ? new DialogSessionTimer(placed.inviter, {
              ...answeredTimer,
              peerSupportsTimer: timerRequestOf(ok).uacSupportsTimer,
              policy: {
                minSeS: Math.min(timerAsk?.minSeS ?? RFC4028_MIN_SE, answeredTimer.intervalS),
                intervalS: answeredTimer.intervalS,
                refresher: "uas",
              },
              send: (headers) => sendReinvite(placed.inviter, headers),
              onExpire: (t) =>
                step("session-timer", "failed", {
                  en: t.expired ?? "session expired",
                  sv: `sessionen löpte ut: ingen förnyelse på ${(t.expiredAfterS ?? 0).toFixed(1)} s`,
                }),
            }).start()
          : undefined;
      step(
        "session-timer",
        answeredTimer ? "ok" : "skipped",
        answeredTimer
          ? {
              en: `Session-Expires ${answeredTimer.intervalS} s, ${answeredTimer.weRefresh ? (sessionTimer ? "we refresh" : "we should refresh but do not (refresh off)") : "the far end refreshes"}`,
              sv: `Session-Expires ${answeredTimer.intervalS} s, ${answeredTimer.weRefresh ? (sessionTimer ? "vi förnyar" : "vi borde förnya men gör det inte (förnyelse av)") : "motparten förnyar"}`,
            }
          : { en: "no Session-Expires in the answer", sv: "ingen Session-Expires i svaret" },
      );
      const s = callerMedia.session!;
      const srtpSuite = (s.video?.srtp ?? s.audio?.srtp)?.suite;
      step("media", "ok", {
        en: [
          s.audio?.codec ? `audio ${s.audio.codec.name}` : "no audio",
          s.video?.codec ? `video ${s.video.codec.name}` : "no video",
          srtpSuite ? `SRTP ${srtpSuite}` : "plain RTP",
        ].join(", "),
        sv: [
          s.audio?.codec ? `ljud ${s.audio.codec.name}` : "inget ljud",
          s.video?.codec ? `video ${s.video.codec.name}` : "ingen video",
          srtpSuite ? `SRTP ${srtpSuite}` : "okrypterad RTP",
        ].join(", "),
      });

      const mediaStart = performance.now();
      // One sample a second of what we receive, for the report's timelines.
      const samples: { video: StreamSample[]; audio: StreamSample[] } = { video: [], audio: [] };
      const sampleOf = (streams: readonly StreamStats[]): StreamSample | undefined => {
        const s = [...streams].sort((a, b) => b.packets - a.packets)[0];
        return (
          s && {
            atMs: performance.now() - t0,
            bytes: s.bytes,
            expected: s.expected,
            lost: s.lost,
            jitterMs: s.jitterMs,
          }
        );
      };
      const sampler = setInterval(() => {
        const v = sampleOf(callerMedia.videoStats.streams());
        const a = sampleOf(callerMedia.audioStats?.streams() ?? []);
        if (v) samples.video.push(v);
        if (a) samples.audio.push(a);
      }, 1000);
      const deadline = mediaStart + opts.durationS * 1000;
      const refreshAt = mediaStart + (opts.durationS * 1000) / 2;
      // Keyframe requests on purpose (RFC 4585 PLI + RFC 5104 FIR), away from the refresh.
      const probeAt = [0.3, 0.8].map((f) => mediaStart + opts.durationS * 1000 * f);
      let reinvite: { status: number | "timeout" | "error"; ms: number; detail?: string } | undefined;
      while (performance.now() < deadline) {
        await sleep(Math.min(100, deadline - performance.now()));
        if (state() === SessionState.Terminated) break;
        if (probeAt.length > 0 && performance.now() >= probeAt[0]!) {
          if (callerMedia.probeKeyframe()) probeAt.shift();
          else if (performance.now() >= probeAt[0]! + 1000) probeAt.shift();
        }
        if (!reinvite && performance.now() >= refreshAt) {
          // The mid-call re-INVITE is a session refresh too (RFC 4028 §10).
          const { response: _, ...outcome } = await (sessionTimer?.refreshNow() ??
            sendReinvite(call.inviter));
          reinvite = outcome;
          step("re-invite", typeof reinvite.status === "number" && reinvite.status < 300 ? "ok" : "failed", {
            en: `${reinvite.status} in ${reinvite.ms} ms${reinvite.detail ? `: ${reinvite.detail}` : ""}`,
            sv: `${reinvite.status} efter ${reinvite.ms} ms${reinvite.detail ? `: ${reinvite.detail}` : ""}`,
          });
        }
      }
      const k = callerMedia.keyframeProbe;
      if (k.sentAt.length > 0) {
        // A keyframe may still be on its way: give it the bound a pass allows.
        for (let i = 0; i < 20 && k.responseMs.length < k.sentAt.length; i++) await sleep(50);
        callerMedia.endKeyframeProbe();
        step("keyframe", k.responseMs.every((x) => x !== null) ? "ok" : "failed", {
          en: `PLI answered in ${k.responseMs.map((x) => (x === null ? "—" : `${x} ms`)).join(", ")}`,
          sv: `PLI besvarad efter ${k.responseMs.map((x) => (x === null ? "—" : `${x} ms`)).join(", ")}`,
        });
      }
      // The mirrored picture as it stands at the end of the mirror window, for the report.
      const mirroredGop = callerMedia.videoReceiver?.lastGop();
      // Presentation, after the mirror window: our slides replace our picture, then it comes back.
      const alias = target.uri.user?.toLowerCase() === PRESENTATION_USER;
      let presentation: PresentationPhaseResult | undefined;
      let presentationSkip: PresentationSkip | undefined;
      if (!presentationOn) presentationSkip = { skipped: true, reason: NO_PRESENTATION_FLAG };
      else if (!selected.has(3) && !alias)
        presentationSkip = {
          skipped: true,
          reason: {
            en: "function 3 not chosen with --functions",
            sv: "funktion 3 inte vald med --functions",
          },
        };
      else if (!callerMedia.bfcp || !callerMedia.floor) {
        const note = callerMedia.presentationNotes.find((n) => /BFCP/.test(n));
        presentationSkip = {
          skipped: true,
          reason: {
            en: `the far end agreed no BFCP: ${note ?? "no BFCP in the answer"}`,
            sv: `motparten kom inte överens om BFCP: ${note ?? "ingen BFCP i svaret"}`,
          },
        };
      } else if (!callerMedia.slidesMedia) {
        presentationSkip = {
          skipped: true,
          reason: {
            en: "the far end agreed no slides video (a=content:slides)",
            sv: "motparten kom inte överens om någon presentationsvideo (a=content:slides)",
          },
        };
      }
      if (!presentationSkip && !alias && state() !== SessionState.Terminated) {
        presentation = await runPresentationPhase(callerMedia, () => state() === SessionState.Terminated);
        const f = presentation.floor;
        step(
          "presentation",
          f.outcome === "granted" && presentation.mirror.slidesFrames > 0 ? "ok" : "failed",
          f.outcome === "granted"
            ? {
                en: `floor granted in ${f.requestToGrantMs} ms, slides shown after ${presentation.mirror.grantToFirstSlidesFrameMs ?? "—"} ms, camera back after ${presentation.mirror.releaseToCameraMs ?? "—"} ms`,
                sv: `ordet beviljat efter ${f.requestToGrantMs} ms, presentationen visad efter ${presentation.mirror.grantToFirstSlidesFrameMs ?? "—"} ms, kameran tillbaka efter ${presentation.mirror.releaseToCameraMs ?? "—"} ms`,
              }
            : {
                en: `floor ${f.outcome}${f.reason ? `: ${f.reason}` : ""}`,
                sv: `ordet ${FLOOR_OUTCOME_SV[f.outcome] ?? f.outcome}${f.reason ? `: ${f.reason}` : ""}`,
              },
        );
      }
      clearInterval(sampler);
      await callerMedia.stopSending();
      // Late frames still count: the tail of the mirror takes a round trip to come back.
      await sleep(600);
      await callerMedia.closeReceivers();
      const hungUpByPeer = await hangUp(call);
      step(
        "hang-up",
        hungUpByPeer ? "failed" : "ok",
        hungUpByPeer ? { en: "the far end hung up first", sv: "motparten lade på först" } : "BYE",
      );

      const checks: Check[] = [];
      // The mirror: our camera frames that came back decoded.
      const vr = callerMedia.videoReceiver;
      const vs = callerMedia.videoSender;
      // The mirror window ends where the presentation began (our camera is not mirrored then).
      const mirrorEnd = presentation?.startedAt ?? Number.POSITIVE_INFINITY;
      const cameraFrames =
        vr?.frames.filter((f) => f.family === FrameFamily.camera && f.atMs < mirrorEnd + 1000) ?? [];
      const mirror = vs
        ? analyzeMirror(
            vs.sent.filter((f) => f.atMs < mirrorEnd),
            cameraFrames,
            { startupGraceMs: 1000, tailMs: 300 },
          )
        : undefined;
      const mirrorResult = mirrorCheck(mirror, callerMedia.video.counters.rtpReceived);
      checks.push(mirrorResult);
      step("mirror", mirrorResult.status === "pass" ? "ok" : "failed", summaryOf(mirrorResult));

      // The far end's audio.
      const heard = await analyseReceivedAudio(callerMedia);
      const foreign = !(room !== undefined || isVdmTestRoom(remoteAgent));
      const music = hearFarEndCheck({
        codec: heard.codec,
        packetsReceived: heard.packetsReceived,
        classification: heard.classification,
        echo: heard.echo,
        expectMusic: !foreign,
        ...(heard.decodeError ? { decodeError: heard.decodeError } : {}),
      });
      checks.push(music);
      step("music", music.status === "pass" ? "ok" : "failed", summaryOf(music));

      let presentationChecks: Check[];
      if (presentationSkip) presentationChecks = skippedPresentationChecks(presentationSkip, alias);
      else if (alias) {
        const c = receiveSlidesCheck(receiveSlidesEvidence(callerMedia, mediaStart));
        presentationChecks = [c];
        step("slides", c.status === "pass" ? "ok" : "failed", summaryOf(c));
      } else if (presentation) {
        presentationChecks = [
          floorCheck(presentation.floor),
          slidesReplaceMirrorCheck(presentation.floor.outcome === "granted", presentation.mirror),
        ];
      } else presentationChecks = [];

      // What the far end showed of the six requirements in this call.
      const sipTransport = target.protocol as SipTransportName;
      const resolution = sip.transport.resolutions().at(-1);
      const presentationEvidence: PresentationEvidence | undefined =
        presentationChecks.length > 0
          ? {
              ...(presentation
                ? {
                    floorGranted: presentation.floor.outcome === "granted",
                    ...(presentation.floor.requestToGrantMs !== undefined
                      ? { grantMs: presentation.floor.requestToGrantMs }
                      : {}),
                  }
                : {}),
              ...(callerMedia.slidesMedia?.codec ? { slidesCodec: callerMedia.slidesMedia.codec.name } : {}),
              checks: presentationChecks,
            }
          : undefined;
      const evidence = callEvidence({
        wire: sipEvents,
        callId: call.callId,
        options: optionsResult,
        sipTransport,
        tls: sip.transport.tlsFacts(),
        ...(resolution
          ? {
              resolution: {
                uri: target.text,
                steps: resolution.resolution.steps,
                targets: resolution.resolution.targets.length,
                ...(target.proxy ? { outboundProxy: target.proxy } : {}),
                ...sentRequestUri(sipEvents, call.callId),
              },
            }
          : {}),
        media: callerMedia,
        ourSrtp: srtp,
        ...(presentationEvidence ? { presentation: presentationEvidence } : {}),
        ...(presentationSkip ? { presentationUnavailable: presentationSkip.reason } : {}),
      });

      // Functions 7-9: short calls to the room's aliases (a vdm-test room has them).
      const unsupported = new Map<FunctionNumber, Phrase>();
      const callIds = new Set<string>([call.callId]);
      const ctx = {
        sip,
        media: mediaOptions,
        useMedia: (m: CallerMedia) => {
          opened.push(m);
          outgoing.media = m;
        },
        answerTimeoutS: Math.min(10, opts.answerTimeoutS ?? 10),
        callIds,
        bfcpTransport: opts.bfcpTransport ?? "tcp",
      };
      let echo: EchoCallEvidence | undefined;
      let callback: CallbackEvidence | undefined;
      let slidesAlias: Check | undefined;
      if (foreign) {
        const why = {
          en: `the far end (${remoteAgent ?? "no User-Agent/Server header"}) is not a vdm-test room: it has no echo, callback or presentation alias`,
          sv: `motparten (${remoteAgent ?? "inget User-Agent/Server-huvud"}) är inte ett vdm-test-rum: den har inget eko-, återuppringnings- eller presentationsalias`,
        };
        for (const n of [7, 8, 9] as const) unsupported.set(n, why);
      } else if (hungUpByPeer) {
        // A room that ended our call (shut down, or timed us out) is not called again.
        for (const n of [7, 8, 9] as const)
          unsupported.set(n, {
            en: "not tried: the far end ended the main call",
            sv: "inte prövat: motparten avslutade huvudsamtalet",
          });
      } else {
        if (selected.has(7)) {
          echo = await echoCall(ctx, aliasUri(target.text, ECHO_USER));
          step("echo", echo.markersFound >= 3 ? "ok" : "failed", {
            en: `${echo.markersFound} markers back${echo.roundTripMs ? `, round trip ${echo.roundTripMs.p50} ms` : ""}${echo.failure ? `: ${echo.failure}` : ""}`,
            sv: `${echo.markersFound} markörer tillbaka${echo.roundTripMs ? `, tur och retur ${echo.roundTripMs.p50} ms` : ""}${echo.failure ? `: ${echo.failure}` : ""}`,
          });
        }
        if (selected.has(8)) {
          callback = await callbackCall(
            ctx,
            aliasUri(target.text, CALLBACK_USER),
            answerer,
            opts.callbackUri,
            (opts.callbackWaitS ?? 8) * 1000,
          );
          step(
            "callback",
            callback.answered ? "ok" : "failed",
            callback.arrived
              ? {
                  en: `arrived after ${callback.arrivalMs} ms, ${callback.answered ? "answered" : "not answered"}`,
                  sv: `kom efter ${callback.arrivalMs} ms, ${callback.answered ? "besvarad" : "inte besvarad"}`,
                }
              : callback.failure
                ? { en: callback.failure, sv: callback.failure }
                : { en: "no callback", sv: "ingen återuppringning" },
          );
        }
        if (selected.has(9) && !alias) {
          if (!presentationOn) unsupported.set(9, NO_PRESENTATION_FLAG);
          else {
            slidesAlias = await presentationAliasCall(ctx, aliasUri(target.text, PRESENTATION_USER));
            step("slides", slidesAlias.status === "pass" ? "ok" : "failed", summaryOf(slidesAlias));
          }
        }
      }
      const via = evidence.transport?.ourViaInResponse;
      const local = listening[0] ? `${listening[0].host}:${listening[0].port}` : localAddress;
      const seenAs =
        via?.received || via?.rport
          ? `${via.received || localAddress}:${via.rport || listening[0]?.port}`
          : undefined;
      const reach: ReachEvidence = {
        answered: true,
        target: target.text,
        transport: target.protocol,
        local,
        ...(evidence.transport?.signallingSource
          ? {
              remote: `${evidence.transport.signallingSource.address}:${evidence.transport.signallingSource.port}`,
            }
          : {}),
        ...(seenAs ? { seenAs, natSeen: seenAs !== local } : {}),
      };

      opts.onEvidence?.(evidence);
      const requirementChecks = gradeAll(evidence);
      const allChecks = [checks[0]!, checks[1]!, ...requirementChecks, ...(slidesAlias ? [slidesAlias] : [])];
      const functions = functionChecks({
        selected,
        checks: allChecks,
        reach,
        ...(echo ? { echo } : {}),
        ...(callback ? { callback } : {}),
        unsupported,
      });
      const finalChecks = [...allChecks, ...functions];
      const lastSent = vs?.sent.at(-1);
      const shots = await makeSnapshots({
        ...(lastSent ? { sent: { ...opts.video, family: FrameFamily.camera, number: lastSent.number } } : {}),
        ...(mirroredGop ? { mirroredGop } : {}),
        ...(presentation?.presentationGop ? { presentationGop: presentation.presentationGop } : {}),
        ffmpegPath: ffmpeg.path,
      });
      const rel = (f: { number: number; atMs: number }) => ({ number: f.number, atMs: f.atMs - t0 });
      const timeline = {
        video: mergePoints(
          pointsFromSamples(samples.video),
          mirrorLatencyPoints(
            (vs?.sent ?? []).map(rel),
            (vr?.frames ?? []).filter((f) => f.family === FrameFamily.camera).map(rel),
          ),
        ),
        audio: pointsFromSamples(samples.audio),
      };
      const requirements = requirementVerdicts(finalChecks);
      const outcome = gate({ checks: finalChecks, requirements, profile: "vdm", required: [] }).outcome;

      return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: "vdm-test", version: VERSION },
        kind: "call",
        target: target.text,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - t0),
        steps,
        checks: finalChecks,
        facts: {
          transport: target.protocol,
          localAddress,
          remoteAgent,
          embeddedRoom: room !== undefined,
          srtpPolicy: srtp,
          ...(savpRetry ? { srtpOfferRefused: savpRetry.refused } : {}),
          tlsVerification:
            target.protocol === "tls"
              ? opts.insecure
                ? "skipped (--insecure)"
                : ca
                  ? "system CAs and --ca"
                  : "system CAs"
              : undefined,
          functions: functions.map((f) => ({ function: f.serves[0], status: f.status, summary: f.summary })),
          options: optionsFacts ?? ("error" in optionsResult ? { error: optionsResult.error } : undefined),
          path: reach,
          negotiated: {
            audio: s.audio && {
              codec: s.audio.codec?.name,
              payloadType: s.audio.codec?.payloadType,
              srtp: s.audio.srtp?.suite ?? null,
              remote: s.audio.remote,
            },
            video: s.video && {
              codec: s.video.codec?.name,
              payloadType: s.video.codec?.payloadType,
              fmtp: s.video.codec?.fmtp,
              srtp: s.video.srtp?.suite ?? null,
              remote: s.video.remote,
            },
          },
          video: {
            sent: vs?.stats,
            received: vr?.stats,
            structure: callerMedia.videoStructure.facts(),
            keyframeProbe: { requests: k.sentAt.length, responseMs: k.responseMs },
            depacketizer: vr?.depacketizerStats,
            endpoint: callerMedia.video.counters,
            source: mainSource(callerMedia.video.counters.sources),
            rtcp: callerMedia.videoRtcp?.stats,
            receive: callerMedia.videoStats.streams().map(streamSummary),
          },
          audio: {
            packetsSent: heard.packetsSent,
            packetsReceived: heard.packetsReceived,
            endpoint: callerMedia.audio.counters,
            rtcp: callerMedia.audioRtcp?.stats,
            receive: callerMedia.audioStats?.streams().map(streamSummary) ?? [],
          },
          echo,
          callback,
          resolution: resolution?.resolution.steps ?? [],
          tls: sip.transport.tlsFacts(),
          ffmpeg: { path: ffmpeg.path, source: ffmpeg.source },
          notes: callerMedia.negotiationNotes,
          reinvite,
          ...(timerRetry ? { sessionTimerRefused: timerRetry.refused } : {}),
          ...(sessionTimer ? { sessionTimer: sessionTimer.summary } : {}),
          ...sipRetransmissionFacts([...optionsEvents, ...sipEvents]),
          presentation: {
            offered: presentationOn,
            alias,
            bfcp: callerMedia.bfcp && {
              transport: callerMedia.bfcp.transport,
              proto: callerMedia.bfcp.proto,
              version: callerMedia.bfcp.version,
              floorctrl: { ours: callerMedia.bfcp.ourRole, theirs: callerMedia.bfcp.theirRole },
              setup: callerMedia.bfcp.setup ?? null,
              floorId: callerMedia.bfcp.floorId,
              label: callerMedia.bfcp.label,
              confId: callerMedia.bfcp.confId,
              userId: callerMedia.bfcp.userId,
              remote: `${callerMedia.bfcp.remoteAddress ?? "?"}:${callerMedia.bfcp.remotePort}`,
            },
            slides: callerMedia.slidesMedia && {
              codec: callerMedia.slidesMedia.codec?.name,
              payloadType: callerMedia.slidesMedia.codec?.payloadType,
              srtp: callerMedia.slidesMedia.srtp?.suite ?? null,
              label: callerMedia.slidesMedia.label,
              sent: callerMedia.slidesSender?.stats,
              received: callerMedia.slidesReceiver?.stats,
            },
            floorStates: callerMedia.floor?.history.map((h) => ({
              atMs: Math.round(h.at - t0),
              state: h.state.name,
            })),
            link: callerMedia.bfcpLink?.stats,
            notes: callerMedia.presentationNotes,
          },
        },
        sip: sipRecords(
          [...optionsEvents, ...sipEvents].sort((a, b) => a.at - b.at),
          startedAt.getTime(),
        ),
        outcome,
        requirements,
        snapshots: shots.snapshots,
        timeline,
      };
    } finally {
      await sip.stop().catch(() => {});
    }
  } finally {
    for (const m of opened) m.close();
    await ownRoom?.stop();
  }
}

/** The Request-URI of the INVITE with this Call-ID as we sent it, read from the wire. */
function sentRequestUri(wire: readonly SipWireEvent[], callId: string): { requestUri?: string } {
  for (const e of wire) {
    if (e.direction !== "out" || !e.text.startsWith("INVITE ")) continue;
    const head = parseSipMessage(e.text);
    if (head.startLine.kind === "request" && callIdOf(head) === callId)
      return { requestUri: head.startLine.uri };
  }
  return {};
}
