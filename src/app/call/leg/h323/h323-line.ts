import {
  type H245Mode,
  type H323Aliases,
  type H323Call,
  type H323MessageRecord,
  H323SetupError,
  placeH323Call,
} from "../../../../adapters/h323/index.js";
import type { FunctionNumber } from "../../../../conformance/functions/function-checks.js";
import { h323LadderRecords } from "../../../../conformance/h323-ladder.js";
import type { Phrase } from "../../../../report/i18n/bilingual.js";
import type { LadderRecord } from "../../../../report/model.js";
import { CallSetupError } from "../../call-setup-error.js";
import { type CallerMedia, type CallerMediaOptions, MediaNegotiationError } from "../../caller-media.js";
import type { CallbackReceiver, CallLine, PlaceRequest, StepSink } from "../call-leg.js";
import { H323CallbackAnswerer } from "./h323-callback-answerer.js";
import { type DialAs, H323Gatekeeper } from "./h323-gatekeeper.js";
import { H323Leg, NO_H239 } from "./h323-leg.js";
import { type H323Target, parseH323Target, withAlias } from "./h323-target.js";

export interface H323LineOptions {
  readonly target: H323Target;
  /** Our address: the call signalling connection is bound to it, H.245 and media advertise it. */
  readonly localAddress: string;
  readonly mode: H245Mode;
  /** Our aliases in Setup's sourceAddress. */
  readonly calling: H323Aliases;
  /** Sees each H.323 message as it crosses the wire (`--pcap`). */
  readonly onMessage?: (m: H323MessageRecord) => void;
  /** Offer H.235.6 media encryption (DH in Setup, AES-128 keys in H.245; not with fast start). */
  readonly encryption?: "h235";
  /** The media party for the room's callback; without it the callback is not taken. */
  readonly callbackMedia?: () => CallerMediaOptions;
  /** Calls go through this gatekeeper (RAS): registered, admitted by ARQ, disengaged, unregistered. */
  readonly gatekeeper?: {
    readonly address: { readonly host: string; readonly port: number };
    readonly dialAs: DialAs;
    /** Both directions of a call, kbit/s, for the ARQ. */
    readonly bandwidthKbps: number;
  };
}

/** Why the room's callback (function 8) is not tested when the line takes no callback. */
const NO_CALLBACK: Phrase = {
  en: "not tested: this H.323 line takes no callback",
  sv: "inte testat: den här H.323-linjen tar inte emot någon återuppringning",
};

const MODE_TEXT: Record<H245Mode, Phrase> = {
  fastStart: { en: "fast start", sv: "snabbstart" },
  tunnelling: { en: "H.245 tunnelled", sv: "H.245 tunnlad" },
  separate: { en: "separate H.245 connection", sv: "separat H.245-anslutning" },
};

/** CallSetupError's kind for what the engine said: refused, unanswered or unreachable. */
function setupErrorKind(e: H323SetupError): CallSetupError["kind"] {
  if (e.q850Cause !== undefined || e.releaseReason !== undefined) return "rejected";
  if (/no answer|timed? ?out|within/i.test(e.message)) return "no-answer";
  return "unreachable";
}

/**
 * Our H.323 endpoint for one run (H.323 §8): each call is its own call signalling connection,
 * placed by the engine with our media as SDP. Without a gatekeeper calls go straight to the
 * target's host and port (H.323 §8.1.1, "direct call signalling"); with one, each is admitted
 * by RAS first and goes where the ACF says.
 */
export class H323Line implements CallLine {
  readonly protocol = "h323";
  readonly aliasLimits: ReadonlyMap<FunctionNumber, Phrase>;
  readonly callbacks: CallbackReceiver;
  private readonly calls: H323Call[] = [];
  /** The messages of calls that were not set up, for the ladder. */
  private readonly failed: H323MessageRecord[] = [];
  private readonly gatekeeper: H323Gatekeeper | undefined;
  private mainSteps: StepSink | undefined;

  constructor(private readonly opts: H323LineOptions) {
    this.gatekeeper = opts.gatekeeper
      ? new H323Gatekeeper({
          gatekeeper: opts.gatekeeper.address,
          dialAs: opts.gatekeeper.dialAs,
          localAddress: opts.localAddress,
          calling: opts.calling,
          bandwidthKbps: opts.gatekeeper.bandwidthKbps,
          ...(opts.onMessage ? { onMessage: opts.onMessage } : {}),
        })
      : undefined;
    const media = opts.callbackMedia;
    // The room calls back on port 1720 of the host our call came from (H.225.0 §6.1).
    this.callbacks = media
      ? new H323CallbackAnswerer({ host: opts.localAddress, media })
      : { arm: () => {}, outcome: async () => ({ aliasAnswered: false, arrived: false, answered: false }) };
    // The presentation alias's slides come over H.239, which a fast start call has no H.245 for.
    this.aliasLimits = new Map<FunctionNumber, Phrase>([
      ...(media ? [] : [[8, NO_CALLBACK] as const]),
      ...(opts.mode === "fastStart" ? [[9, NO_H239.fastStart] as const] : []),
    ]);
  }

  get target(): string {
    return this.opts.target.text;
  }

  aliasTarget(user: string): string {
    return withAlias(this.opts.target, user);
  }

  /**
   * Sends Setup with our media (fast start proposals, or capabilities and channels over H.245
   * as the mode says) and waits for the far end's media; rejects with CallSetupError.
   */
  async place(request: PlaceRequest): Promise<H323Leg> {
    const target = parseH323Target(request.target);
    const steps = request.main?.steps;
    this.mainSteps ??= steps;
    // H.323 carries no SDP crypto: media encryption there is H.235.6, agreed in the signalling.
    const media = await request.openMedia("off");
    const mode = this.opts.mode;
    steps?.("resolve", "ok", target.text);
    const admitted = await this.gatekeeper?.admit(target, steps);
    const remote = admitted?.remote ?? { host: target.host, port: target.port };
    let placed: Awaited<ReturnType<typeof placeH323Call>>;
    try {
      placed = await placeH323Call({
        local: { host: this.opts.localAddress },
        remote,
        called: admitted?.called ?? target.called,
        calling: this.opts.calling,
        ...(admitted ? { identity: admitted.identity } : {}),
        mode,
        sdpOffer: await media.createOffer(),
        answerTimeoutMs: request.answerTimeoutS * 1000,
        ...(this.opts.encryption ? { encryption: this.opts.encryption } : {}),
        ...(steps ? { onAlerting: () => steps("ringing", "ok", "Alerting") } : {}),
        ...(this.opts.onMessage ? { onMessage: this.opts.onMessage } : {}),
      });
    } catch (e) {
      // Admitted but never set up: the gatekeeper still hears that the call is over (DRQ).
      if (admitted) this.gatekeeper?.disengageWhenEnded(admitted.identity.callReference, Promise.resolve());
      const error = this.setupError(e);
      steps?.("answered", "failed", error.message);
      throw error;
    }
    this.calls.push(placed.call);
    if (admitted)
      this.gatekeeper?.disengageWhenEnded(admitted.identity.callReference, placed.call.whenEnded());
    await this.acceptAnswer(placed.call, media, placed.sdpAnswer, steps);
    // H.235.6: our RTP goes through the call's media keys, in SRTP's place on the endpoints.
    const secured = placed.call.encryption().agreed;
    if (secured) {
      media.audio.setSrtp(secured.media.audio);
      media.video.setSrtp(secured.media.video);
    }
    const leg = new H323Leg(target, mode, placed.call, media, steps, {
      remote,
      ras: () => this.gatekeeper?.messages() ?? [],
    });
    if (steps) {
      const m = MODE_TEXT[mode];
      const agent = leg.remoteAgent ? ` (${leg.remoteAgent})` : "";
      steps("connect", "ok", {
        en: `H.225.0 over TCP to ${remote.host}:${remote.port}, ${m.en}`,
        sv: `H.225.0 över TCP till ${remote.host}:${remote.port}, ${m.sv}`,
      });
      steps("answered", "ok", `Connect${agent}`);
      media.startMedia();
    }
    return leg;
  }

  /** Reads the far end's media; an answer we cannot use ends the call at once. */
  private async acceptAnswer(
    call: H323Call,
    media: CallerMedia,
    sdpAnswer: string,
    steps: StepSink | undefined,
  ): Promise<void> {
    try {
      await media.acceptAnswer(sdpAnswer);
    } catch (e) {
      if (!(e instanceof MediaNegotiationError)) throw e;
      await call.hangUp("the far end's media could not be used").catch(() => {});
      const message = `the call was answered but its media could not be used: ${e.message}`;
      steps?.("answered", "failed", message);
      throw new CallSetupError("media", message);
    }
  }

  private setupError(e: unknown): CallSetupError {
    if (e instanceof CallSetupError) return e;
    if (e instanceof H323SetupError) {
      this.failed.push(...e.messages);
      return new CallSetupError(setupErrorKind(e), e.message);
    }
    return new CallSetupError("unreachable", e instanceof Error ? e.message : String(e));
  }

  ladder(startedAtMs: number): LadderRecord[] {
    const all = [
      ...(this.gatekeeper?.messages() ?? []),
      ...this.failed,
      ...this.calls.flatMap((c) => c.messages()),
    ].sort((a, b) => a.atMs - b.atMs);
    return h323LadderRecords(all, startedAtMs);
  }

  /** With a gatekeeper: the DRQs of ended calls, then URQ, as steps of the report. */
  async finish(): Promise<void> {
    await this.gatekeeper?.finish(this.mainSteps);
  }

  /** Ends any call still up (each leg normally hung up already), then the registration. */
  async close(): Promise<void> {
    await Promise.all(this.calls.map((c) => c.hangUp("the run ended").catch(() => {})));
    await this.gatekeeper?.finish(undefined);
  }
}
