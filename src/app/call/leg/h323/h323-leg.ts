import { encryptionEvidence } from "../../../../adapters/h323/h235-security.js";
import type {
  H245Mode,
  H323Call,
  H323CallEnd,
  H323MessageRecord,
} from "../../../../adapters/h323/h323-call.js";
import type { H323Evidence } from "../../../../conformance/h323-evidence.js";
import { readH323Evidence } from "../../../../conformance/h323-wire.js";
import type { NegotiatedSession } from "../../../../protocol/sdp/sdp-types.js";
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
import { H239Floor } from "./h239-floor.js";
import type { H323Target } from "./h323-target.js";

/** Why an H.323 call has no presentation channel here. */
export const NO_H239: Record<"fastStart" | "slides" | "farEnd", Phrase> = {
  fastStart: {
    en: "H.239 needs H.245 capabilities, which a fast start call agrees its media without: call with --h245 tunnel or separate",
    sv: "H.239 kräver H.245-förmågor, som ett snabbstartat samtal kommer överens om media utan: ring med --h245 tunnel eller separate",
  },
  slides: {
    en: "the far end accepted no presentation line (no H.239 extended video in its capabilities)",
    sv: "motparten tog inte emot någon presentationsrad (ingen H.239 extended video bland dess förmågor)",
  },
  farEnd: {
    en: "the far end declared no H.239 (control capability and presentation video) in its capability set",
    sv: "motparten angav inget H.239 (kontrollförmåga och presentationsvideo) i sin förmågeuppsättning",
  },
};

/** Why an H.323 call is not refreshed mid-call. */
const NO_REFRESH: Phrase = {
  en: "H.323 has no mid-call session refresh (no re-INVITE, no session timer): none was sent",
  sv: "H.323 har ingen förnyelse av sessionen mitt i samtalet (ingen re-INVITE, ingen sessionstimer): ingen skickades",
};

/** The SIP half of the evidence is absent on an H.323 call; the SIP checks say so. */
const NOT_SIP: Phrase = {
  en: "not tested: H.323 call",
  sv: "inte testat: H.323-samtal",
};

/** One H.323 call we placed and that was answered: a CallLeg on the H.323 engine. */
export class H323Leg implements CallLeg {
  readonly remoteAgent: string | undefined;
  readonly srtpPolicy = "off";
  private end: H323CallEnd | undefined;
  private readonly ending: Promise<void>;
  private refreshed: RefreshOutcome | undefined;
  private graded: H323Evidence | undefined;
  private floor: H239Floor | undefined;

  constructor(
    private readonly target: H323Target,
    private readonly mode: H245Mode,
    private readonly call: H323Call,
    private readonly media: CallerMedia,
    /** The ladder of the main call; the alias calls write none. */
    private readonly steps: StepSink = () => {},
    /** Through a gatekeeper: where the call went (the ACF's address) and the RAS messages. */
    private readonly via?: {
      readonly remote: { readonly host: string; readonly port: number };
      readonly ras: () => readonly H323MessageRecord[];
    },
  ) {
    this.remoteAgent = call.facts().vendor;
    this.ending = call.whenEnded().then((end) => {
      this.end = end;
    });
    // The far end asks us for a keyframe of our test pattern (H.245 videoFastUpdatePicture).
    call.onKeyframeRequest(() => media.videoSender?.requestKeyframe());
  }

  get callId(): string {
    return this.call.callId;
  }

  negotiated(): NegotiatedSession | undefined {
    return this.media.session;
  }

  /** H.239 (H.239 §9, §11.2): the token and presentation channel in H.245, our slides line. */
  presentation(): PresentationChannel | { readonly unavailable: Phrase } {
    const h239 = this.call.presentation();
    if (!h239) return { unavailable: NO_H239.fastStart };
    if (!this.media.slidesMedia || !this.media.slides) return { unavailable: NO_H239.slides };
    if (!h239.farEndCapable) return { unavailable: NO_H239.farEnd };
    this.floor ??= new H239Floor(h239, this.media.slides);
    return { slides: this.media.slidesMedia, floor: this.floor };
  }

  /** H.245 miscellaneousCommand videoFastUpdatePicture, timed to the next keyframe that arrives. */
  requestKeyframe(now: number): boolean {
    return this.media.probeKeyframe(now, () => this.call.requestKeyframe());
  }

  /** H.323 has nothing like a re-INVITE or a session timer: the step says so, nothing is faked. */
  async refresh(): Promise<RefreshOutcome> {
    this.steps("refresh", "skipped", NO_REFRESH);
    this.refreshed = { status: "error", ms: 0, detail: NO_REFRESH.en };
    return this.refreshed;
  }

  ended(): boolean {
    return this.end !== undefined;
  }

  whenEnded(): Promise<void> {
    return this.ending;
  }

  /** endSessionCommand and ReleaseComplete (H.323 §8.5), unless the far end ended the call first. */
  async hangUp(): Promise<{ readonly byPeer: boolean; readonly how: string }> {
    const byPeer = this.end?.byPeer ?? false;
    if (!this.end) await this.call.hangUp();
    return { byPeer, how: "ReleaseComplete" };
  }

  /** The far end's H.225.0 and H.245 read from the call's bytes, once, when grading asks. */
  private h323Evidence(): H323Evidence {
    this.graded ??= {
      ...readH323Evidence({
        endpointRole: "callee",
        mode: this.mode,
        messages: [...(this.via?.ras() ?? []), ...this.call.messages()],
      }),
      encryption: encryptionEvidence(this.call.encryption(), "callee"),
    };
    return this.graded;
  }

  evidence(): SignallingEvidence {
    const first = this.call.messages().find((m) => m.channel === "q931");
    const local = first ? `${first.local.host}:${first.local.port}` : this.target.host;
    return {
      messages: [],
      transport: {},
      unavailable: [
        { part: "sip", reason: NOT_SIP },
        { part: "options", reason: NOT_SIP },
        { part: "resolution", reason: NOT_SIP },
      ],
      path: {
        answered: true,
        target: this.target.text,
        transport: "h323",
        local,
        remote: this.via
          ? `${this.via.remote.host}:${this.via.remote.port}`
          : `${this.target.host}:${this.target.port}`,
      },
      h323: this.h323Evidence(),
    };
  }

  reportFacts(): SignallingFacts {
    const facts = this.call.facts();
    const end = this.end;
    return {
      transport: "h323",
      path: this.evidence().path,
      resolution: [],
      tls: [],
      reinvite: this.refreshed,
      h323: {
        callId: this.call.callId,
        mode: this.mode,
        tunnelling: facts.tunnelling,
        fastStartAccepted: facts.fastStartAccepted,
        separateH245: facts.separateH245,
        vendor: facts.vendor,
        calledAliases: facts.calledAliases,
        remoteAliases: facts.remoteAliases,
        capabilities: facts.capabilities,
        ...(facts.releaseReason ? { releaseReason: facts.releaseReason } : {}),
        ...(facts.q850Cause !== undefined ? { q850Cause: facts.q850Cause } : {}),
        ...(end ? { ended: end } : {}),
      },
    };
  }
}
