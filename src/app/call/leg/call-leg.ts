import type { TimedState } from "../../../adapters/bfcp/floor-history.js";
import type { SipMessageEvidence, TransportEvidence, Unavailable } from "../../../conformance/evidence.js";
import type {
  CallbackEvidence,
  FunctionNumber,
  ReachEvidence,
} from "../../../conformance/functions/function-checks.js";
import type { H323Evidence } from "../../../conformance/h323-evidence.js";
import type { BfcpNegotiation } from "../../../protocol/sdp/bfcp-sdp.js";
import type { NegotiatedMedia, NegotiatedSession, SrtpPolicy } from "../../../protocol/sdp/sdp-types.js";
import type { Phrase } from "../../../report/i18n/bilingual.js";
import type { LadderRecord, StepStatus } from "../../../report/model.js";
import type { SignallingFacts } from "../call-report.js";
import type { CallerMedia } from "../caller-media.js";

// What a signalling protocol gives the rest of a call. The SIP leg (leg/sip/) implements it on
// sip.js; an H.323 leg implements the same, and the phases, grading and the report stay as they
// are. Everything here is read after the call was answered.

/** Where a leg writes the steps of the report's ladder (connect, ringing, answered, ...). */
export type StepSink = (name: string, status: StepStatus, detail?: string | Phrase) => void;

/** The outcome of a mid-call refresh of the session (SIP re-INVITE, RFC 4028 §10). */
export interface RefreshOutcome {
  readonly status: number | "timeout" | "error";
  readonly ms: number;
  readonly detail?: string;
}

/**
 * The floor (BFCP, RFC 8855) or token (H.239) that lets one side present: we ask for it, hold it
 * while our slides are on, and release it.
 */
export interface FloorControl {
  readonly state: TimedState["state"];
  /** The floor server's errors (code, text), most recent last. */
  readonly errors: readonly { readonly code: number | undefined; readonly info: string | undefined }[];
  requestFloor(): boolean;
  releaseFloor(): boolean;
  /** Resolves with the first of these states reached within `timeoutMs`, else undefined. */
  waitFor(names: readonly TimedState["state"]["name"][], timeoutMs: number): Promise<TimedState | undefined>;
}

/** The presentation channel as agreed: its control stream (BFCP; none for H.239), the slides stream and the floor. */
export interface PresentationChannel {
  readonly control?: BfcpNegotiation;
  readonly slides: NegotiatedMedia;
  readonly floor: FloorControl;
}

/** The signalling half of the grading evidence: what the far end said and how it was reached. */
export interface SignallingEvidence {
  /** The far end's messages as received (answers to our call and probe). */
  readonly messages: readonly SipMessageEvidence[];
  /** The transport of the signalling; the media's sources are added by the media session. */
  readonly transport: Omit<TransportEvidence, "mediaSources" | "ice">;
  /** What the leg could not find out (no probe answer, no resolution). */
  readonly unavailable: readonly Unavailable[];
  /** How the call got through to the far end (function 1). */
  readonly path: ReachEvidence;
  /** The far end's H.225.0 and H.245, when the call was H.323. */
  readonly h323?: H323Evidence;
}

/** One answered call, whatever carries its signalling. */
export interface CallLeg {
  /** The far end's product name as it said it (SIP Server/User-Agent, H.225 vendor), if it did. */
  readonly remoteAgent: string | undefined;
  /** Our SRTP stance in the offer that was accepted (a leg may have raised it to get through). */
  readonly srtpPolicy: SrtpPolicy;
  /** The media agreed: per stream its codec, payload type, remote address, SRTP keys, rtcp-mux. */
  negotiated(): NegotiatedSession | undefined;
  /** The presentation channel and its floor once media runs, or why there is none. */
  presentation(): PresentationChannel | { readonly unavailable: Phrase };
  /** Asks the far end for a keyframe of its main video; false when no request could go out. */
  requestKeyframe(now: number): boolean;
  /** Refreshes the session mid-call and writes the step; the protocol's own way of doing it. */
  refresh(): Promise<RefreshOutcome>;
  /** True once the call has ended (the far end hung up, or the session expired). */
  ended(): boolean;
  /** Resolves when the call ends, however it ends. */
  whenEnded(): Promise<void>;
  /** Ends the call unless it already ended; `byPeer` when the far end had hung up first. */
  hangUp(): Promise<{ readonly byPeer: boolean; readonly how: string }>;
  /** What grading needs of the signalling. */
  evidence(): SignallingEvidence;
  /** What the report says of the signalling. */
  reportFacts(): SignallingFacts;
}

/** What placing a call needs: where, with which media, and what to do with the ladder's steps. */
export interface PlaceRequest {
  readonly target: string;
  /** Opens the media party for an offer with this SRTP stance (again after a refusal). */
  readonly openMedia: (srtp: SrtpPolicy) => Promise<CallerMedia>;
  readonly srtp: SrtpPolicy;
  readonly answerTimeoutS: number;
  /** The main call: retries after a refusal the protocol lets us mend, a session timer, steps. */
  readonly main?: { readonly steps: StepSink };
  /** Where the callback alias should call us back instead of our own address. */
  readonly callbackUri?: string;
}

/** The room's callback (function 8): armed before calling the alias, then waited for. */
export interface CallbackReceiver {
  arm(): void;
  /** Waits for the callback (`since`: when the alias hung up, run clock) and its short call. */
  outcome(since: number, timeoutMs: number, calledUri: string | undefined): Promise<CallbackEvidence>;
}

/** Our signalling endpoint for one run: places the main and the alias calls, takes the callback. */
export interface CallLine {
  /** The target as the line will call it (normalised). */
  readonly target: string;
  readonly protocol: "sip" | "h323";
  /** Alias functions (7-9) this line cannot test, with the reason. */
  readonly aliasLimits: ReadonlyMap<FunctionNumber, Phrase>;
  /** The address of the far end's alias `user` (the room's echo, callback, presentation). */
  aliasTarget(user: string): string;
  /** Places a call; rejects with CallSetupError when it is not answered. */
  place(request: PlaceRequest): Promise<CallLeg>;
  readonly callbacks: CallbackReceiver;
  /** Every signalling message of the run, for the report's ladder (times from `startedAtMs`). */
  ladder(startedAtMs: number): LadderRecord[];
  /** Ends what the line holds besides calls before the report is made (an H.323 registration). */
  finish?(): Promise<void>;
  close(): Promise<void>;
}
