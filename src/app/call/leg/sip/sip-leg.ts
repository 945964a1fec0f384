import { SessionState } from "sip.js";
import type { BoundListener, SipWireEvent } from "../../../../adapters/sip/node-sip-transport.js";
import {
  DialogSessionTimer,
  readSessionExpires,
  sendReinvite,
  timerRequestOf,
} from "../../../../adapters/sip/session-timer.js";
import type { SipUserAgent } from "../../../../adapters/sip/user-agent.js";
import type { ReachEvidence } from "../../../../conformance/functions/function-checks.js";
import { sipRetransmissionFacts } from "../../../../conformance/wire-evidence.js";
import type { NegotiatedSession } from "../../../../protocol/sdp/sdp-types.js";
import type { RoutedCallTarget } from "../../../../protocol/sip/call-target.js";
import { RFC4028_MIN_SE, uacTimerFromAnswer } from "../../../../protocol/sip/session-timer.js";
import type { Phrase } from "../../../../report/i18n/bilingual.js";
import type { SignallingFacts } from "../../call-report.js";
import type { CallerMedia } from "../../caller-media.js";
import type {
  CallLeg,
  PresentationChannel,
  RefreshOutcome,
  SignallingEvidence,
  StepSink,
} from "../call-leg.js";
import { hangUp, type PlacedCall, sessionTerminated } from "./invite.js";
import type { InviteAttempt } from "./invite-retry.js";
import type { OptionsProbe } from "./options-probe.js";
import { type SipCallEvidence, sipCallEvidence } from "./sip-evidence.js";

/** What every call of one SIP line shares: the user agent, its wire log, how it reached the target. */
export interface SipLineState {
  readonly ua: SipUserAgent;
  readonly target: RoutedCallTarget;
  readonly localAddress: string;
  readonly listening: readonly BoundListener[];
  /** Every SIP message of the user agent so far. */
  readonly wire: readonly SipWireEvent[];
  readonly probe: OptionsProbe;
  /** How the TLS peer is verified, for the report (TLS only). */
  readonly tlsVerification: string | undefined;
}

/** One SIP call we placed and that was answered: a CallLeg on sip.js. */
export class SipLeg implements CallLeg {
  readonly remoteAgent: string | undefined;
  private sessionTimer: DialogSessionTimer | undefined;
  private refreshed: RefreshOutcome | undefined;
  private graded: SipCallEvidence | undefined;

  constructor(
    private readonly line: SipLineState,
    private readonly call: PlacedCall,
    private readonly media: CallerMedia,
    private readonly attempt: InviteAttempt,
    /** The ladder of the main call; the alias calls write none. */
    private readonly steps: StepSink = () => {},
  ) {
    this.remoteAgent = call.ok.getHeader("server") ?? call.ok.getHeader("user-agent");
  }

  get srtpPolicy() {
    return this.attempt.srtp;
  }

  get callId(): string {
    return this.call.callId;
  }

  /**
   * The answer's session timer (RFC 4028 §7.4: the 2xx says whether there is one and who
   * refreshes), run when we refresh unless `refresh` is off; writes the "session-timer" step.
   */
  startSessionTimer(refresh: boolean): void {
    const steps = this.steps;
    const ok = this.call.ok;
    const answered = uacTimerFromAnswer(readSessionExpires(ok));
    const inviter = this.call.inviter;
    if (answered && refresh) {
      this.sessionTimer = new DialogSessionTimer(inviter, {
        ...answered,
        peerSupportsTimer: timerRequestOf(ok).uacSupportsTimer,
        policy: {
          minSeS: Math.min(this.attempt.timerAsk?.minSeS ?? RFC4028_MIN_SE, answered.intervalS),
          intervalS: answered.intervalS,
          refresher: "uas",
        },
        send: (headers) => sendReinvite(inviter, headers),
        onExpire: (t) =>
          steps("session-timer", "failed", {
            en: t.expired ?? "session expired",
            sv: `sessionen löpte ut: ingen förnyelse på ${(t.expiredAfterS ?? 0).toFixed(1)} s`,
          }),
      }).start();
    }
    steps("session-timer", answered ? "ok" : "skipped", timerStep(answered, this.sessionTimer !== undefined));
  }

  negotiated(): NegotiatedSession | undefined {
    return this.media.session;
  }

  presentation(): PresentationChannel | { readonly unavailable: Phrase } {
    const { bfcp, floor, slidesMedia } = this.media;
    if (!bfcp || !floor) {
      const note = this.media.presentationNotes.find((n) => /BFCP/.test(n));
      return {
        unavailable: {
          en: `the far end agreed no BFCP: ${note ?? "no BFCP in the answer"}`,
          sv: `motparten kom inte överens om BFCP: ${note ?? "ingen BFCP i svaret"}`,
        },
      };
    }
    if (!slidesMedia) {
      return {
        unavailable: {
          en: "the far end agreed no slides video (a=content:slides)",
          sv: "motparten kom inte överens om någon presentationsvideo (a=content:slides)",
        },
      };
    }
    return { control: bfcp, slides: slidesMedia, floor };
  }

  /** RTCP PLI with FIR on the main video (RFC 4585 §6.3.1, RFC 5104 §4.3.1). */
  requestKeyframe(now: number): boolean {
    return this.media.probeKeyframe(now);
  }

  /** A re-INVITE with the same media, which is a session refresh too (RFC 4028 §10). */
  async refresh(): Promise<RefreshOutcome> {
    const { response: _, ...outcome } = await (this.sessionTimer?.refreshNow() ??
      sendReinvite(this.call.inviter));
    this.refreshed = outcome;
    this.steps("re-invite", typeof outcome.status === "number" && outcome.status < 300 ? "ok" : "failed", {
      en: `${outcome.status} in ${outcome.ms} ms${outcome.detail ? `: ${outcome.detail}` : ""}`,
      sv: `${outcome.status} efter ${outcome.ms} ms${outcome.detail ? `: ${outcome.detail}` : ""}`,
    });
    return outcome;
  }

  ended(): boolean {
    return this.call.state() === SessionState.Terminated;
  }

  whenEnded(): Promise<void> {
    return sessionTerminated(this.call.inviter);
  }

  async hangUp(): Promise<{ readonly byPeer: boolean; readonly how: string }> {
    return { byPeer: await hangUp(this.call), how: "BYE" };
  }

  /** Read once, when grading asks: later calls of the line (the aliases) do not change it. */
  evidence(): SignallingEvidence {
    this.graded ??= sipCallEvidence(this.line, this.call.callId);
    return this.graded.evidence;
  }

  reportFacts(): SignallingFacts {
    this.evidence();
    const graded = this.graded!;
    const probe = this.line.probe;
    return {
      transport: this.line.target.protocol,
      ...(this.attempt.savpRetry ? { srtpOfferRefused: this.attempt.savpRetry.refused } : {}),
      tlsVerification: this.line.tlsVerification,
      options: probe.facts ?? ("error" in probe.result ? { error: probe.result.error } : undefined),
      path: graded.evidence.path satisfies ReachEvidence,
      resolution: graded.resolutionSteps,
      tls: this.line.ua.transport.tlsFacts(),
      reinvite: this.refreshed,
      ...(this.attempt.timerRetry ? { sessionTimerRefused: this.attempt.timerRetry.refused } : {}),
      ...(this.sessionTimer ? { sessionTimer: this.sessionTimer.summary } : {}),
      ...sipRetransmissionFacts([...("wire" in probe.result ? probe.result.wire : []), ...this.line.wire]),
    };
  }
}

function timerStep(
  answered: { intervalS: number; weRefresh: boolean } | undefined,
  running: boolean,
): Phrase {
  if (!answered) return { en: "no Session-Expires in the answer", sv: "ingen Session-Expires i svaret" };
  const who = answered.weRefresh
    ? running
      ? { en: "we refresh", sv: "vi förnyar" }
      : {
          en: "we should refresh but do not (refresh off)",
          sv: "vi borde förnya men gör det inte (förnyelse av)",
        }
    : { en: "the far end refreshes", sv: "motparten förnyar" };
  return {
    en: `Session-Expires ${answered.intervalS} s, ${who.en}`,
    sv: `Session-Expires ${answered.intervalS} s, ${who.sv}`,
  };
}
