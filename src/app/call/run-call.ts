import { lookup } from "node:dns/promises";
import { isIP } from "node:net";
import { performance } from "node:perf_hooks";
import { type Core, Inviter, SessionState, UserAgent } from "sip.js";
import { decodeAudioPayloads } from "../../adapters/ffmpeg/audio-decoder.js";
import { encodeAudioPayloads } from "../../adapters/ffmpeg/audio-encoder.js";
import { resolveFfmpeg } from "../../adapters/ffmpeg/resolve.js";
import { OfferAnswerHandler } from "../../adapters/media/session-description-handler.js";
import { localAddressFor } from "../../adapters/net/local-address.js";
import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import { createUserAgent } from "../../adapters/sip/user-agent.js";
import { hearFarEndCheck } from "../../conformance/hear-far-end-check.js";
import { mirrorCheck } from "../../conformance/mirror-check.js";
import {
  floorCheck,
  type PresentationSkip,
  receiveSlidesCheck,
  skippedPresentationChecks,
  slidesReplaceMirrorCheck,
} from "../../conformance/presentation-check.js";
import { classifyAudio } from "../../media/audio/analysis.js";
import { AUDIO_CODECS, type AudioCodec } from "../../media/audio/codecs.js";
import { analyzeEcho } from "../../media/audio/echo-analysis.js";
import { findMarkers, renderMarkerAudio } from "../../media/audio/markers.js";
import { FrameFamily } from "../../media/frame-code.js";
import { analyzeMirror } from "../../media/mirror-analysis.js";
import type { StreamStats } from "../../media/rtp-stats.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import { parseCallTarget } from "../../protocol/sip/call-target.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import {
  type Check,
  overallOutcome,
  REPORT_SCHEMA_VERSION,
  type Report,
  type Step,
} from "../../report/model.js";
import { VERSION } from "../../version.js";
import { PRESENTATION_USER, Room } from "../room/room.js";
import { CallerMedia } from "./caller-media.js";
import {
  type PresentationPhaseResult,
  receiveSlidesEvidence,
  runPresentationPhase,
} from "./presentation-phase.js";

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
}

export interface CallProgress {
  step(step: Step): void;
  info(line: string): void;
}

/** Why a call ended before it could be graded. */
export class CallSetupError extends Error {
  override readonly name = "CallSetupError";
  constructor(
    readonly kind: "unreachable" | "rejected" | "no-answer" | "usage" | "media",
    message: string,
    readonly report?: Report,
  ) {
    super(message);
  }
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

/**
 * A session refresh: a re-INVITE with the same media (RFC 3261 §14.1, RFC 3264 §8). The far end
 * must answer 200 without interrupting media; the mirror measured across it shows whether it did.
 */
async function sendRefresh(
  inviter: Inviter,
): Promise<{ status: number | "timeout" | "error"; ms: number; detail?: string }> {
  const t = performance.now();
  const ms = () => Math.round(performance.now() - t);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve({ status: "timeout", ms: ms() }), 8000);
    const done = (status: number, detail?: string) => {
      clearTimeout(timer);
      resolve({ status, ms: ms(), ...(detail ? { detail } : {}) });
    };
    inviter
      .invite({
        requestDelegate: {
          onAccept: (r) => done(r.message.statusCode ?? 0),
          onReject: (r) => done(r.message.statusCode ?? 0, r.message.reasonPhrase),
        },
      })
      .catch((e: unknown) => {
        clearTimeout(timer);
        resolve({ status: "error", ms: ms(), detail: e instanceof Error ? e.message : String(e) });
      });
  });
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

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/**
 * Places one test call and grades it: sends the test pattern and marker audio, measures the
 * mirrored frames and the audio that comes back, and returns the report.
 */
export async function runCall(opts: CallOptions, progress: CallProgress): Promise<Report> {
  const t0 = performance.now();
  const startedAt = new Date();
  const steps: Step[] = [];
  const step = (name: string, status: Step["status"], detail?: string) => {
    const s: Step = { name, status, atMs: Math.round(performance.now() - t0), ...(detail ? { detail } : {}) };
    steps.push(s);
    progress.step(s);
  };

  const ffmpeg = resolveFfmpeg();
  let room: Room | undefined;
  let targetText = opts.target;
  if (!targetText) {
    room = await Room.start({
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 40000, to: 49999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
    });
    targetText = `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
    step("room", "ok", `embedded test room at ${targetText}`);
  }

  const sipEvents: SipWireEvent[] = [];
  const media: { current?: CallerMedia } = {};
  try {
    const target = parseCallTarget(targetText, opts.transport);
    const host = target.uri.host.replace(/^\[|\]$/g, "");
    const localAddress =
      opts.localAddress ?? (await localAddressFor(isIP(host) ? host : await lookupHost(host, opts.proxy)));

    // Our outgoing audio, encoded for every codec we might agree on while signalling goes on.
    const markerPcm = renderMarkerAudio(48000, Math.min(120, Math.max(10, opts.durationS + 4)));
    const audioReady = Promise.all(
      AUDIO_CODECS.map(async (c) => [c, await encodeAudioPayloads(markerPcm, 48000, c, 20)] as const),
    ).then((entries) => new Map<AudioCodec, Uint8Array[]>(entries));
    const audioPayloads = await audioReady;

    const presentationOn = opts.presentation !== false;
    const callerMedia = await CallerMedia.open({
      localAddress,
      srtp: opts.srtp,
      ffmpegPath: ffmpeg.path,
      video: opts.video,
      audioPayloads: (c) => audioPayloads.get(c),
      ...(presentationOn ? { presentation: { transport: opts.bfcpTransport ?? "tcp" } } : {}),
    });
    media.current = callerMedia;

    const sip = createUserAgent({
      uri: opts.from ?? `sip:vdm-test@${localAddress}`,
      displayName: "vdm-test",
      listen: [{ protocol: target.protocol, host: localAddress, port: 0 }],
      ...(opts.proxy ? { proxy: opts.proxy } : {}),
      ...(opts.user ? { username: opts.user } : {}),
      ...(opts.password ? { password: opts.password } : {}),
      tls: { ...(opts.ca ? { ca: opts.ca } : {}), insecure: opts.insecure ?? false },
      sessionDescriptionHandlerFactory: () => new OfferAnswerHandler(callerMedia),
      onWire: (e) => sipEvents.push(e),
    });
    await sip.start();
    try {
      const ruri = UserAgent.makeURI(target.text);
      if (!ruri) throw new CallSetupError("usage", `not a SIP URI: ${target.text}`);
      step("resolve", "ok", target.text);
      const inviter = new Inviter(sip.userAgent, ruri, { earlyMedia: false });
      const state = (): SessionState => inviter.state;
      const answered = new Promise<Core.IncomingResponseMessage>((resolve, reject) => {
        const timer = setTimeout(
          () =>
            reject(
              new CallSetupError(
                "no-answer",
                `no answer from ${target.text} within ${opts.answerTimeoutS ?? 30} s`,
              ),
            ),
          (opts.answerTimeoutS ?? 30) * 1000,
        );
        inviter
          .invite({
            requestDelegate: {
              onTrying: () => step("connect", "ok", `100 Trying over ${target.protocol.toUpperCase()}`),
              onProgress: (r) => {
                const code = r.message.statusCode ?? 0;
                if (code > 100) step("ringing", "ok", `${code} ${r.message.reasonPhrase}`);
              },
              onAccept: (r) => {
                clearTimeout(timer);
                resolve(r.message);
              },
              onReject: (r) => {
                clearTimeout(timer);
                const failed = sip.transport.sendErrorFor(r.message.callId);
                if (failed && r.message.statusCode === 503 && !r.message.hasHeader("via")) {
                  reject(new CallSetupError("unreachable", failed.message));
                  return;
                }
                const warning = r.message.getHeader("warning");
                reject(
                  new CallSetupError(
                    "rejected",
                    `${target.text} answered ${r.message.statusCode} ${r.message.reasonPhrase}${warning ? ` (Warning: ${warning})` : ""}`,
                  ),
                );
              },
            },
          })
          .catch((e: unknown) => {
            clearTimeout(timer);
            reject(
              e instanceof CallSetupError
                ? e
                : new CallSetupError("unreachable", e instanceof Error ? e.message : String(e)),
            );
          });
      });
      const ok = await answered.catch((e: unknown) => {
        step("answered", "failed", e instanceof Error ? e.message : String(e));
        throw e;
      });
      const remoteAgent = ok.getHeader("server") ?? ok.getHeader("user-agent");
      step("answered", "ok", `${ok.statusCode} ${ok.reasonPhrase}${remoteAgent ? ` (${remoteAgent})` : ""}`);
      // sip.js sends the ACK and moves to Established after the SDH has read the answer.
      for (let i = 0; i < 50 && state() !== SessionState.Established; i++) await sleep(20);
      if (state() !== SessionState.Established) {
        throw new CallSetupError(
          "media",
          `the call did not get established (${state()}): ${callerMedia.negotiationNotes.join("; ") || "the answer's SDP was not usable"}`,
        );
      }
      callerMedia.startMedia();
      const s = callerMedia.session!;
      step(
        "media",
        "ok",
        [
          s.audio?.codec ? `audio ${s.audio.codec.name}` : "no audio",
          s.video?.codec ? `video ${s.video.codec.name}` : "no video",
          s.video?.srtp || s.audio?.srtp ? `SRTP ${(s.video?.srtp ?? s.audio?.srtp)!.suite}` : "plain RTP",
        ].join(", "),
      );

      const mediaStart = performance.now();
      const deadline = mediaStart + opts.durationS * 1000;
      const refreshAt = mediaStart + (opts.durationS * 1000) / 2;
      let reinvite: { status: number | "timeout" | "error"; ms: number; detail?: string } | undefined;
      while (performance.now() < deadline) {
        await sleep(Math.min(250, deadline - performance.now()));
        if (state() === SessionState.Terminated) break;
        if (!reinvite && performance.now() >= refreshAt) {
          reinvite = await sendRefresh(inviter);
          step(
            "re-invite",
            typeof reinvite.status === "number" && reinvite.status < 300 ? "ok" : "failed",
            `${reinvite.status} in ${reinvite.ms} ms${reinvite.detail ? `: ${reinvite.detail}` : ""}`,
          );
        }
      }
      // Presentation, after the mirror window: our slides replace our picture, then it comes back.
      const alias = target.uri.user?.toLowerCase() === PRESENTATION_USER;
      let presentation: PresentationPhaseResult | undefined;
      let presentationSkip: PresentationSkip | undefined;
      if (!presentationOn) presentationSkip = { skipped: true, reason: "skipped with --no-presentation" };
      else if (!callerMedia.bfcp || !callerMedia.floor) {
        presentationSkip = {
          skipped: true,
          reason: `the far end agreed no BFCP: ${callerMedia.presentationNotes.find((n) => /BFCP/.test(n)) ?? "no BFCP in the answer"}`,
        };
      } else if (!callerMedia.slidesMedia) {
        presentationSkip = { skipped: true, reason: "the far end agreed no slides video (a=content:slides)" };
      }
      if (!presentationSkip && !alias && state() !== SessionState.Terminated) {
        presentation = await runPresentationPhase(callerMedia, () => state() === SessionState.Terminated);
        const f = presentation.floor;
        step(
          "presentation",
          f.outcome === "granted" && presentation.mirror.slidesFrames > 0 ? "ok" : "failed",
          f.outcome === "granted"
            ? `floor granted in ${f.requestToGrantMs} ms, slides shown after ${presentation.mirror.grantToFirstSlidesFrameMs ?? "—"} ms, camera back after ${presentation.mirror.releaseToCameraMs ?? "—"} ms`
            : `floor ${f.outcome}${f.reason ? `: ${f.reason}` : ""}`,
        );
      }
      await callerMedia.stopSending();
      // Late frames still count: the tail of the mirror takes a round trip to come back.
      await sleep(600);
      await callerMedia.closeReceivers();
      const hungUpByPeer = state() === SessionState.Terminated;
      if (!hungUpByPeer) {
        await inviter.bye().catch(() => {});
        for (let i = 0; i < 25 && state() !== SessionState.Terminated; i++) await sleep(20);
      }
      step("hang-up", hungUpByPeer ? "failed" : "ok", hungUpByPeer ? "the far end hung up first" : "BYE");

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
      checks.push(mirrorCheck(mirror, callerMedia.video.counters.rtpReceived));
      step("mirror", checks[0]!.status === "pass" ? "ok" : "failed", checks[0]!.summary);

      // The far end's audio.
      const codec = callerMedia.audioCodec;
      const ar = callerMedia.audioReceiver;
      let classification: ReturnType<typeof classifyAudio> | undefined;
      let echo: ReturnType<typeof analyzeEcho> | undefined;
      let decodeError: string | undefined;
      if (codec && ar && ar.packets > 0) {
        try {
          const decoded = await decodeAudioPayloads(codec, ar.payloads());
          classification = classifyAudio(decoded.pcm, decoded.sampleRate);
          const found = findMarkers(decoded.pcm, decoded.sampleRate);
          echo = analyzeEcho(
            found,
            decoded.sampleRate,
            callerMedia.audioSender?.startedAt ?? 0,
            ar.firstArrivalMs() ?? 0,
          );
        } catch (e) {
          decodeError = e instanceof Error ? e.message.split("\n")[0] : String(e);
        }
      }
      const expectMusic = room !== undefined || /vdm-test room/i.test(remoteAgent ?? "");
      checks.push(
        hearFarEndCheck({
          codec: callerMedia.session?.audio?.codec?.name,
          packetsReceived: ar?.packets ?? 0,
          classification,
          echo,
          expectMusic,
          ...(decodeError ? { decodeError } : {}),
        }),
      );
      step("music", checks[1]!.status === "pass" ? "ok" : "failed", checks[1]!.summary);

      if (presentationSkip) checks.push(...skippedPresentationChecks(presentationSkip, alias));
      else if (alias) {
        const c = receiveSlidesCheck(receiveSlidesEvidence(callerMedia, mediaStart));
        checks.push(c);
        step("slides", c.status === "pass" ? "ok" : "failed", c.summary);
      } else if (presentation) {
        checks.push(
          floorCheck(presentation.floor),
          slidesReplaceMirrorCheck(presentation.floor.outcome === "granted", presentation.mirror),
        );
      }

      return {
        schemaVersion: REPORT_SCHEMA_VERSION,
        tool: { name: "vdm-test", version: VERSION },
        kind: "call",
        target: target.text,
        startedAt: startedAt.toISOString(),
        durationMs: Math.round(performance.now() - t0),
        steps,
        checks,
        facts: {
          transport: target.protocol,
          localAddress,
          remoteAgent,
          embeddedRoom: room !== undefined,
          srtpPolicy: opts.srtp,
          tlsVerification:
            target.protocol === "tls"
              ? opts.insecure
                ? "skipped (--insecure)"
                : opts.ca
                  ? "system CAs and --ca"
                  : "system CAs"
              : undefined,
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
            depacketizer: vr?.depacketizerStats,
            endpoint: callerMedia.video.counters,
            rtcp: callerMedia.videoRtcp?.stats,
            receive: callerMedia.videoStats.streams().map(streamSummary),
          },
          audio: {
            packetsSent: callerMedia.audioSender?.packetsSent ?? 0,
            packetsReceived: ar?.packets ?? 0,
            endpoint: callerMedia.audio.counters,
            rtcp: callerMedia.audioRtcp?.stats,
            receive: callerMedia.audioStats?.streams().map(streamSummary) ?? [],
          },
          resolution: sip.transport.resolutions().at(-1)?.resolution.steps ?? [],
          tls: sip.transport.tlsFacts(),
          ffmpeg: { path: ffmpeg.path, source: ffmpeg.source },
          notes: callerMedia.negotiationNotes,
          reinvite,
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
        sip: sipEvents.map((e) => ({
          atMs: Math.round(e.at - startedAt.getTime()),
          direction: e.direction === "out" ? "sent" : "received",
          transport: e.transport,
          remote: `${e.remote.host}:${e.remote.port}`,
          firstLine: e.text.slice(0, e.text.indexOf("\r\n") >>> 0),
        })),
        outcome: overallOutcome(checks),
      };
    } finally {
      await sip.stop().catch(() => {});
    }
  } finally {
    media.current?.close();
    await room?.stop();
  }
}
