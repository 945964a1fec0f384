import type { Session } from "sip.js";
import { OfferAnswerHandler } from "../../../../adapters/media/session-description-handler.js";
import type { BoundListener, SipWireEvent } from "../../../../adapters/sip/node-sip-transport.js";
import { createUserAgent, type SipUserAgent } from "../../../../adapters/sip/user-agent.js";
import type { FunctionNumber } from "../../../../conformance/functions/function-checks.js";
import { sipRecords } from "../../../../conformance/wire-evidence.js";
import type { RoutedCallTarget } from "../../../../protocol/sip/call-target.js";
import { RECOMMENDED_SESSION_EXPIRES } from "../../../../protocol/sip/session-timer.js";
import type { Phrase } from "../../../../report/i18n/bilingual.js";
import type { SipMessageRecord } from "../../../../report/model.js";
import { CALLBACK_URI_HEADER } from "../../../room/room-aliases.js";
import { CallSetupError } from "../../call-setup-error.js";
import type { CallerMedia, CallerMediaOptions } from "../../caller-media.js";
import type { CallLine, PlaceRequest, StepSink } from "../call-leg.js";
import { CallbackAnswerer } from "./callback-answerer.js";
import { type PlacedCall, placeInvite } from "./invite.js";
import { type InviteAttempt, retryAfter, timerHeaders } from "./invite-retry.js";
import { NO_PROBE, type OptionsProbe, probeOptions } from "./options-probe.js";
import { SipLeg, type SipLineState } from "./sip-leg.js";

export interface SipLineOptions {
  readonly target: RoutedCallTarget;
  readonly localAddress: string;
  readonly from?: string;
  readonly user?: string;
  readonly password?: string;
  readonly ca?: string;
  readonly insecure?: boolean;
  /** Send OPTIONS before the call (default true). */
  readonly probe?: boolean;
  /** Sees each SIP message as it crosses the wire (`--pcap`). */
  readonly onWire?: (event: SipWireEvent) => void;
  /** Session-Expires of the main call's INVITE (RFC 4028 §7.1; default 1800 s); false sends none. */
  readonly sessionExpiresS?: number | false;
  /** Refresh the session when the far end makes us the refresher (default true). */
  readonly sessionRefresh?: boolean;
  /** Answer the room's callback (default true); false plays a callee that ignores the INVITE. */
  readonly answerCallback?: boolean;
  /** The media party for an answered callback. */
  readonly callbackMedia: () => CallerMediaOptions;
}

/**
 * Our SIP endpoint for one run: one sip.js user agent for the main call, the alias calls and
 * the callback that comes back to its Contact. Opening it sends OPTIONS first (unless told not to).
 */
export class SipLine implements CallLine {
  private constructor(
    private readonly opts: SipLineOptions,
    private readonly ua: SipUserAgent,
    private readonly listening: readonly BoundListener[],
    private readonly probe: OptionsProbe,
    readonly callbacks: CallbackAnswerer,
    /** The user agent's messages. */
    private readonly wire: readonly SipWireEvent[],
    /** The media party of the INVITE being sent (sip.js asks for it when it builds the offer). */
    private readonly outgoing: { media?: CallerMedia },
  ) {}

  get target(): string {
    return this.opts.target.text;
  }

  readonly protocol = "sip";
  /** SIP reaches every alias function. */
  readonly aliasLimits: ReadonlyMap<FunctionNumber, Phrase> = new Map();

  /** Sends OPTIONS (writing the "options" step) and starts the user agent. */
  static async open(opts: SipLineOptions, steps: StepSink): Promise<SipLine> {
    const probe = opts.probe === false ? NO_PROBE : await probeOptions(opts.target, opts, steps);
    const answerer = new CallbackAnswerer({
      answer: opts.answerCallback !== false,
      media: opts.callbackMedia,
    });
    const wire: SipWireEvent[] = [];
    const outgoing: { media?: CallerMedia } = {};
    const ua = createUserAgent({
      uri: opts.from ?? `sip:vdm-test@${opts.localAddress}`,
      displayName: "vdm-test",
      listen: [{ protocol: opts.target.protocol, host: opts.localAddress, port: 0 }],
      ...(opts.target.proxy ? { proxy: opts.target.proxy } : {}),
      ...(opts.user ? { username: opts.user } : {}),
      ...(opts.password ? { password: opts.password } : {}),
      tls: { ...(opts.ca ? { ca: opts.ca } : {}), insecure: opts.insecure ?? false },
      // RFC 4028 §7.1: the INVITE says Supported: timer.
      supported: ["timer"],
      sessionDescriptionHandlerFactory: (session: Session) => {
        const media = answerer.mediaFor(session) ?? outgoing.media;
        if (!media) throw new Error("no media party for this session");
        return new OfferAnswerHandler(media);
      },
      delegate: { onInvite: (inv) => answerer.onInvite(inv) },
      onWire: (e) => {
        wire.push(e);
        opts.onWire?.(e);
      },
    });
    const listening = await ua.start();
    return new SipLine(opts, ua, listening, probe, answerer, wire, outgoing);
  }

  /** "sip:testrum@host:5060;transport=tcp" with the user part replaced: the alias on the same address. */
  aliasTarget(user: string): string {
    return this.opts.target.text.replace(/^(sips?:)(?:[^@;?]*@)?/i, `$1${user}@`);
  }

  /** The state every leg of the line reads its evidence from. */
  private get state(): SipLineState {
    const protocol = this.opts.target.protocol;
    return {
      ua: this.ua,
      target: this.opts.target,
      localAddress: this.opts.localAddress,
      listening: this.listening,
      wire: this.wire,
      probe: this.probe,
      tlsVerification:
        protocol === "tls"
          ? this.opts.insecure
            ? "skipped (--insecure)"
            : this.opts.ca
              ? "system CAs and --ca"
              : "system CAs"
          : undefined,
    };
  }

  /**
   * Sends the INVITE. The main call asks for a session timer, mends a 422 or a 488 to
   * best-effort SRTP by asking once more (each with fresh media), and runs the answer's timer.
   */
  async place(request: PlaceRequest): Promise<SipLeg> {
    const main = request.main;
    const sessionExpiresS = this.opts.sessionExpiresS;
    let attempt: InviteAttempt = {
      timerAsk:
        main && sessionExpiresS !== false
          ? { sessionExpiresS: sessionExpiresS ?? RECOMMENDED_SESSION_EXPIRES }
          : undefined,
      srtp: request.srtp,
    };
    let media = await request.openMedia(attempt.srtp);
    main?.steps("resolve", "ok", this.opts.target.text);
    let call: PlacedCall;
    for (;;) {
      try {
        call = await this.invite(request, media, attempt, main?.steps);
        break;
      } catch (e) {
        const retry =
          main && e instanceof CallSetupError
            ? retryAfter(
                { status: e.status, minSe: e.minSe, retryAfter: e.retryAfter, message: e.message },
                attempt,
              )
            : undefined;
        if (!retry) {
          main?.steps("answered", "failed", e instanceof Error ? e.message : String(e));
          throw e;
        }
        main?.steps("answered", "failed", retry.step);
        attempt = retry.next;
        media.close();
        if (retry.waitMs) await new Promise((r) => setTimeout(r, retry.waitMs));
        media = await request.openMedia(attempt.srtp);
      }
    }
    const leg = new SipLeg(this.state, call, media, attempt, main?.steps);
    if (main) {
      const ok = call.ok;
      const agent = leg.remoteAgent;
      main.steps("answered", "ok", `${ok.statusCode} ${ok.reasonPhrase}${agent ? ` (${agent})` : ""}`);
      media.startMedia();
      leg.startSessionTimer(this.opts.sessionRefresh !== false);
    }
    return leg;
  }

  private invite(
    request: PlaceRequest,
    media: CallerMedia,
    attempt: InviteAttempt,
    steps: StepSink | undefined,
  ): Promise<PlacedCall> {
    this.outgoing.media = media;
    const protocol = this.opts.target.protocol.toUpperCase();
    return placeInvite(
      this.ua,
      request.target,
      {
        answerTimeoutS: request.answerTimeoutS,
        extraHeaders: [
          ...timerHeaders(attempt.timerAsk),
          ...(request.callbackUri ? [`${CALLBACK_URI_HEADER}: <${request.callbackUri}>`] : []),
        ],
        ...(steps ? { mediaNotes: () => media.negotiationNotes.join("; ") } : {}),
      },
      steps
        ? {
            onTrying: () =>
              steps("connect", "ok", {
                en: `100 Trying over ${protocol}`,
                sv: `100 Trying över ${protocol}`,
              }),
            onProgress: (code, reason) => {
              if (code > 100) steps("ringing", "ok", `${code} ${reason}`);
            },
          }
        : {},
    );
  }

  ladder(startedAtMs: number): SipMessageRecord[] {
    return sipRecords(
      // The probe's exchange as its answer gave it (none when it failed), then the user agent's.
      [...("wire" in this.probe.result ? this.probe.result.wire : []), ...this.wire].sort(
        (a, b) => a.at - b.at,
      ),
      startedAtMs,
    );
  }

  async close(): Promise<void> {
    await this.ua.stop().catch(() => {});
  }
}
