import { performance } from "node:perf_hooks";
import { SessionState } from "sip.js";
import { mediaPaths, slidesPaths } from "../../adapters/media/path-figures.js";
import type { SipUserAgent } from "../../adapters/sip/user-agent.js";
import type { CallbackEvidence, EchoCallEvidence } from "../../conformance/functions/function-checks.js";
import { underNetwork } from "../../conformance/network-bounds.js";
import { receiveSlidesCheck } from "../../conformance/presentation-check.js";
import type { Check } from "../../report/model.js";
import { CALLBACK_URI_HEADER } from "../room/room-aliases.js";
import type { CallbackAnswerer } from "./callback-answerer.js";
import { CallerMedia, type CallerMediaOptions } from "./caller-media.js";
import { receiveSlidesEvidence } from "./presentation-phase.js";
import { analyseReceivedAudio } from "./received-audio.js";
import { CallSetupError, hangUp, placeInvite, sleep } from "./sip-call.js";

/** "sip:testrum@host:5060;transport=tcp" with the user part replaced: the room's alias on the same address. */
export function aliasUri(target: string, user: string): string {
  return target.replace(/^(sips?:)(?:[^@;?]*@)?/i, `$1${user}@`);
}

/** What every short call needs: our UA, how to make media, and where the media party goes. */
export interface AliasCallContext {
  readonly sip: SipUserAgent;
  readonly media: (extra: Partial<CallerMediaOptions>) => CallerMediaOptions;
  /** Makes `m` the media party of the next outgoing INVITE. */
  readonly useMedia: (m: CallerMedia) => void;
  readonly answerTimeoutS: number;
  readonly callIds: Set<string>;
  /** BFCP transport to offer on the presentation alias call. */
  readonly bfcpTransport: "tcp" | "udp";
}

/**
 * Markers come every 500 ms: 6 s of audio carries eleven, so that at the loss the checks still
 * grade (conformance/network-bounds.ts) the three needed come back with room to spare.
 */
const ECHO_MS = 6000;

/**
 * Test-room function 7: a short audio call to the echo alias, which loops our audio back; our
 * markers found in what comes back prove the room heard us and give the audio round trip.
 */
export async function echoCall(ctx: AliasCallContext, uri: string): Promise<EchoCallEvidence> {
  const media = await CallerMedia.open(ctx.media({ audioOnly: true }));
  try {
    ctx.useMedia(media);
    const call = await placeInvite(ctx.sip, uri, { answerTimeoutS: ctx.answerTimeoutS });
    ctx.callIds.add(call.callId);
    media.startMedia();
    const end = performance.now() + ECHO_MS;
    while (performance.now() < end && call.state() !== SessionState.Terminated) await sleep(100);
    await media.stopSending();
    await sleep(400);
    await media.closeReceivers();
    await hangUp(call);
    const a = await analyseReceivedAudio(media);
    return {
      answered: true,
      ...(a.codec ? { codec: a.codec } : {}),
      packetsSent: a.packetsSent,
      packetsReceived: a.packetsReceived,
      markersFound: a.echo?.markersFound ?? 0,
      ...(a.echo?.roundTripMs ? { roundTripMs: a.echo.roundTripMs } : {}),
      ...(a.decodeError ? { failure: `audio did not decode: ${a.decodeError}` } : {}),
      network: mediaPaths(
        { ...media, audioClockRate: media.session?.audio?.codec?.clockRate },
        { video: false, audio: true },
      ),
    };
  } catch (e) {
    return { answered: false, packetsSent: 0, packetsReceived: 0, markersFound: 0, failure: message(e) };
  } finally {
    media.close();
  }
}

/**
 * Test-room function 8: calls the callback alias, which answers, hangs up and calls us back at
 * our Contact (or `callbackUri`); the answerer takes that call.
 */
export async function callbackCall(
  ctx: AliasCallContext,
  uri: string,
  answerer: CallbackAnswerer,
  callbackUri: string | undefined,
  waitMs: number,
): Promise<CallbackEvidence> {
  const media = await CallerMedia.open(ctx.media({ audioOnly: true }));
  try {
    ctx.useMedia(media);
    answerer.arm();
    const call = await placeInvite(ctx.sip, uri, {
      answerTimeoutS: ctx.answerTimeoutS,
      ...(callbackUri ? { extraHeaders: [`${CALLBACK_URI_HEADER}: <${callbackUri}>`] } : {}),
    });
    ctx.callIds.add(call.callId);
    media.startMedia();
    // The room hangs up on its own; if it does not within the bound, we do.
    const end = performance.now() + waitMs;
    while (call.state() !== SessionState.Terminated && performance.now() < end) await sleep(50);
    const hungUpAt = performance.now();
    const byPeer = await hangUp(call);
    await media.closeReceivers();
    const outcome = await answerer.outcome(hungUpAt, waitMs, callbackUri);
    return byPeer
      ? outcome
      : { ...outcome, failure: outcome.failure ?? "the room did not hang up to call back" };
  } catch (e) {
    return { aliasAnswered: false, arrived: false, answered: false, failure: message(e) };
  } finally {
    media.close();
  }
}

const SLIDES_MS = 4000;

/** Test-room function 9: the presentation alias presents to us; its slides must arrive and decode. */
export async function presentationAliasCall(ctx: AliasCallContext, uri: string): Promise<Check> {
  const media = await CallerMedia.open(ctx.media({ presentation: { transport: ctx.bfcpTransport } }));
  try {
    ctx.useMedia(media);
    const call = await placeInvite(ctx.sip, uri, { answerTimeoutS: ctx.answerTimeoutS });
    ctx.callIds.add(call.callId);
    media.startMedia();
    const start = performance.now();
    const end = start + SLIDES_MS;
    while (performance.now() < end && call.state() !== SessionState.Terminated) {
      await sleep(100);
      if ((media.slidesReceiver?.frames.length ?? 0) >= 5) break;
    }
    await media.stopSending();
    await media.closeReceivers();
    await hangUp(call);
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
    media.close();
  }
}

function message(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
