import { performance } from "node:perf_hooks";
import { slidesPaths } from "../../../adapters/media/path-figures.js";
import type { CallbackEvidence, EchoCallEvidence } from "../../../conformance/functions/function-checks.js";
import { underNetwork } from "../../../conformance/network-bounds.js";
import { receiveSlidesCheck } from "../../../conformance/presentation-check.js";
import { wholeMarkersBack } from "../../../media/audio/markers-back.js";
import type { SrtpPolicy } from "../../../protocol/sdp/sdp-types.js";
import type { Check } from "../../../report/model.js";
import { CallSetupError } from "../call-setup-error.js";
import { type CallerMedia, type CallerMediaOptions, MARKER_PTIME_MS } from "../caller-media.js";
import type { CallLeg, CallLine } from "../leg/call-leg.js";
import { endedOrAfter } from "./call-clock.js";
import { receiveSlidesEvidence } from "./presentation-phase.js";
import { analyseReceivedAudio } from "./received-audio.js";

/** What every short call needs: our line, how to open media, and how long to wait for an answer. */
export interface AliasCallContext {
  readonly line: CallLine;
  /** Opens a media party with these options on top of the call's (it is closed with the run). */
  readonly openMedia: (extra: Partial<CallerMediaOptions>) => Promise<CallerMedia>;
  readonly srtp: SrtpPolicy;
  readonly answerTimeoutS: number;
  /** BFCP transport to offer on the presentation alias call. */
  readonly bfcpTransport: "tcp" | "udp";
}

/** Places a short call with media opened with `extra`; the media is given back with the leg. */
async function placeShortCall(
  ctx: AliasCallContext,
  target: string,
  extra: Partial<CallerMediaOptions>,
  opened: { media?: CallerMedia },
  callbackUri?: string,
): Promise<{ leg: CallLeg; media: CallerMedia }> {
  const leg = await ctx.line.place({
    target,
    srtp: ctx.srtp,
    answerTimeoutS: ctx.answerTimeoutS,
    openMedia: async () => {
      opened.media = await ctx.openMedia(extra);
      return opened.media;
    },
    ...(callbackUri ? { callbackUri } : {}),
  });
  const media = opened.media!;
  media.startMedia();
  return { leg, media };
}

/**
 * Markers come every 500 ms: 6 s of audio carries eleven, so that at the loss the checks still
 * grade (conformance/network-bounds.ts) the three needed come back with room to spare. That is
 * the bound; the call ends sooner once the audio back holds ECHO_ENOUGH whole markers (twice the
 * three needed), looked at every ECHO_LOOK_MS.
 */
const ECHO_MS = 6000;
const ECHO_ENOUGH = 6;
const ECHO_LOOK_MS = 100;
/**
 * The echoed tail takes a round trip to come back after we stop sending: the wait ends once no
 * audio came for ECHO_QUIET_MS (looked at every 20 ms), or at a bound above any round trip of a
 * passing echo.
 */
const ECHO_TAIL_MS = 400;
const ECHO_QUIET_MS = 60;
const TAIL_LOOK_MS = 20;

async function echoTail(received: () => number): Promise<void> {
  const bound = performance.now() + ECHO_TAIL_MS;
  let seen = received();
  let quietSince = performance.now();
  while (performance.now() < bound) {
    await new Promise((resolve) => setTimeout(resolve, TAIL_LOOK_MS));
    const now = received();
    if (now !== seen) {
      seen = now;
      quietSince = performance.now();
    } else if (performance.now() - quietSince >= ECHO_QUIET_MS) return;
  }
}

/**
 * Test-room function 7: a short audio call to the echo alias, which loops our audio back; our
 * markers found in what comes back prove the room heard us and give the audio round trip.
 */
export async function echoCall(ctx: AliasCallContext, uri: string): Promise<EchoCallEvidence> {
  const opened: { media?: CallerMedia } = {};
  try {
    const { leg, media } = await placeShortCall(ctx, uri, { audioOnly: true }, opened);
    const end = performance.now() + ECHO_MS;
    const ended = leg.whenEnded();
    while (performance.now() < end && !leg.ended()) {
      if (await endedOrAfter(ended, Math.min(ECHO_LOOK_MS, end - performance.now()))) break;
      const back = media.audioReceiver?.placed().arrivals ?? [];
      if (wholeMarkersBack(back, MARKER_PTIME_MS) >= ECHO_ENOUGH) break;
    }
    await media.stopSending();
    await echoTail(() => media.audioReceiver?.packets ?? 0);
    await media.closeReceivers();
    await leg.hangUp();
    const a = await analyseReceivedAudio(media);
    return {
      answered: true,
      ...(a.codec ? { codec: a.codec } : {}),
      packetsSent: a.packetsSent,
      packetsReceived: a.packetsReceived,
      markersFound: a.echo?.markersFound ?? 0,
      ...(a.echo?.roundTripMs ? { roundTripMs: a.echo.roundTripMs } : {}),
      ...(a.decodeError ? { failure: `audio did not decode: ${a.decodeError}` } : {}),
      network: media.paths({ video: false, audio: true }),
    };
  } catch (e) {
    return { answered: false, packetsSent: 0, packetsReceived: 0, markersFound: 0, failure: message(e) };
  } finally {
    opened.media?.close();
  }
}

/**
 * Test-room function 8: calls the callback alias, which answers, hangs up and calls us back at
 * our address (or `callbackUri`); the line's callback receiver takes that call.
 */
export async function callbackCall(
  ctx: AliasCallContext,
  uri: string,
  callbackUri: string | undefined,
  waitMs: number,
): Promise<CallbackEvidence> {
  const opened: { media?: CallerMedia } = {};
  try {
    ctx.line.callbacks.arm();
    const { leg, media } = await placeShortCall(ctx, uri, { audioOnly: true }, opened, callbackUri);
    // The room hangs up on its own; if it does not within the bound, we do.
    await endedOrAfter(leg.whenEnded(), waitMs);
    const hungUpAt = performance.now();
    const { byPeer } = await leg.hangUp();
    await media.closeReceivers();
    const outcome = await ctx.line.callbacks.outcome(hungUpAt, waitMs, callbackUri);
    return byPeer
      ? outcome
      : { ...outcome, failure: outcome.failure ?? "the room did not hang up to call back" };
  } catch (e) {
    return { aliasAnswered: false, arrived: false, answered: false, failure: message(e) };
  } finally {
    opened.media?.close();
  }
}

const SLIDES_MS = 4000;
/**
 * Our camera on the presentation alias call: nothing grades it there, and the call runs beside
 * the main call's 720p, so a small picture keeps the encoder's load off the main call.
 */
const SLIDES_CALL_CAMERA = { width: 320, height: 176, fps: 15, bitrateKbps: 200 } as const;
/** Five decoded slides frames are enough to grade; the call ends there. */
const SLIDES_ENOUGH = 5;
const SLIDES_LOOK_MS = 100;

/** Test-room function 9: the presentation alias presents to us; its slides must arrive and decode. */
export async function presentationAliasCall(ctx: AliasCallContext, uri: string): Promise<Check> {
  const opened: { media?: CallerMedia } = {};
  try {
    // H.323's presentation is H.239 (its token in H.245), SIP's BFCP.
    const presentation = { transport: ctx.line.protocol === "h323" ? ("h239" as const) : ctx.bfcpTransport };
    const { leg, media } = await placeShortCall(
      ctx,
      uri,
      { presentation, video: { ...SLIDES_CALL_CAMERA } },
      opened,
    );
    const start = performance.now();
    const end = start + SLIDES_MS;
    const ended = leg.whenEnded();
    // Decoded frames have no arrival event: look at them every 100 ms.
    while (performance.now() < end && !leg.ended()) {
      if (await endedOrAfter(ended, Math.min(SLIDES_LOOK_MS, end - performance.now()))) break;
      if ((media.slidesReceiver?.frames.length ?? 0) >= SLIDES_ENOUGH) break;
    }
    await media.stopSending();
    await media.closeReceivers();
    await leg.hangUp();
    return underNetwork(receiveSlidesCheck(receiveSlidesEvidence(media, start)), slidesPaths(media));
  } catch (e) {
    const c = receiveSlidesCheck({ packets: 0, framesDecoded: 0, slidesFrames: 0, decodeErrors: [] });
    const why = message(e);
    return {
      ...c,
      status: e instanceof CallSetupError && e.kind === "rejected" ? "fail" : "inconclusive",
      summary: `the presentation alias call failed: ${why}`,
      text: {
        en: { summary: `the presentation alias call failed: ${why}` },
        sv: { summary: `samtalet till presentationsaliaset misslyckades: ${why}` },
      },
    };
  } finally {
    opened.media?.close();
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
