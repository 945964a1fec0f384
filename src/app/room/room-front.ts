import type { SrtpTransform } from "../../adapters/media/rtp-endpoint.js";
import type { Evidence, TransportEvidence, Unavailable } from "../../conformance/evidence.js";
import type { LadderRecord } from "../../report/model.js";
import type { RoomAlias } from "./room-aliases.js";

/**
 * How a signalling front (SIP today, H.323 next) hands calls to the room. The room's media,
 * aliases and grading see only these types; everything protocol-specific (transactions, dialogs,
 * session timers, wire formats) stays in the front.
 *
 * One call's path: the front reads an incoming call, refuses what its own protocol must refuse,
 * then calls `RoomFront.offer` once. The room admits it or not (cap: 503 + Retry-After), opens
 * the call's media and negotiates the offer once; the front sends the answer or the refusal it
 * got. Then the front reports `established()` and `ended()`, and passes any later offer in the
 * same call (a SIP re-INVITE) to `reoffer`.
 */
/** How the room names itself to callers in every protocol (SIP Server, H.225.0 productId). */
export const ROOM_PRODUCT = "vdm-test room";

export interface RoomFront {
  /**
   * Whether a new call would be taken now: undefined, or why not and when to try again (the room
   * is full, or overloaded). A front asks before it builds any state for a call, so that what
   * the room cannot take costs it little (and H.323, which may answer a call before its media
   * offer is in, asks on Setup); `offer` asks again.
   */
  admits(): RoomBusy | undefined;
  offer(call: IncomingRoomCall, handle: RoomCallHandle): Promise<RoomOfferOutcome>;
  /** A line for the room's log about a call (incoming, refused, expired, error). */
  event(e: FrontEvent): void;
}

/** Why the room takes no new call now (answered 503 with Retry-After in SIP). */
export interface RoomBusy {
  readonly reason: string;
  /** RFC 3261 §20.33: when to try again, seconds. */
  readonly retryAfterS: number;
}

/** Where a call's signalling came from: the only address the room ever contacts by itself. */
export interface SignallingSource {
  /** "udp" | "tcp" | "tls" for SIP. */
  readonly transport: string;
  readonly host: string;
  readonly port: number;
}

/** What a front knows about a new call when it hands it to the room. */
export interface IncomingRoomCall {
  /** The signalling's own call identifier (SIP Call-ID). */
  readonly callId: string;
  /** Who calls: the identity graded (SIP From URI). */
  readonly from: string;
  /** What the caller dialled, as it wrote it. */
  readonly dialled: string;
  readonly alias: RoomAlias;
  readonly source: SignallingSource;
  /**
   * The caller's media offer as SDP (RFC 3264 offer/answer is the room's media model; a front
   * whose protocol describes media otherwise, as H.245 does, maps it to SDP and back).
   */
  readonly offer: string;
}

export type RoomOfferOutcome =
  | {
      readonly kind: "answer";
      /** The room's SDP answer, negotiated once. */
      readonly answer: string;
      readonly call: TakenRoomCall;
    }
  | RoomRefusal;

export interface RoomRefusal {
  readonly kind: "refuse";
  /** 503 (the room is full) or 488 (nothing in the offer the room can take). */
  readonly status: 503 | 488;
  readonly reason: string;
  /** RFC 3261 §20.43 Warning value (the room's agent in it), for a 488. */
  readonly warning?: string;
  /** RFC 3261 §20.33: when to try again, for a 503. */
  readonly retryAfterS?: number;
}

/** The room's side of a call it took: the front tells it what happens in the signalling. */
export interface TakenRoomCall {
  /** A later offer in the same call (SIP re-INVITE): resolves with the answer or rejects with why not. */
  reoffer(sdp: string): Promise<string>;
  /** The call is up (SIP: the 2xx was acknowledged). */
  established(): void;
  /** The call is over in the signalling (either side hung up, or it never came up). */
  ended(): void;
  /** The caller asked for a keyframe in the signalling (H.245 videoFastUpdatePicture), not in RTCP. */
  keyframeRequested(): void;
  /** Media is encrypted by the signalling's own means (H.323: H.235.6), not by SRTP from the SDP. */
  secureMedia?(transforms: MediaTransforms): void;
}

/** One transform per medium in SRTP's place on the RTP endpoints (H.235.6 on H.323). */
export interface MediaTransforms {
  readonly audio: SrtpTransform;
  readonly video: SrtpTransform;
}

/**
 * A signalling protocol's own presentation token (H.239 for H.323, H.239 §11), used by the room
 * in place of BFCP: the caller's presentation while it holds the token, the room's own on the
 * presentation alias.
 */
export interface PresentationToken {
  /** How the caller's token requests are answered (the room's floor policy). */
  setPolicy(policy: "grant" | "deny"): void;
  /** Takes the token and opens the room's presentation channel: where to send the slides. */
  present(): Promise<
    | {
        readonly ok: true;
        readonly rtp: { readonly host: string; readonly port: number };
        readonly rtcp?: { readonly host: string; readonly port: number };
        readonly requestToGrantMs: number;
      }
    | { readonly ok: false; readonly reason: string }
  >;
  /** The caller's presentation started (it holds the token, its channel was taken) or stopped. */
  onRemote(fn: (e: { readonly type: "started" | "stopped"; readonly channel: number }) => void): void;
  /** Asks the caller's presentation sender for a keyframe in the signalling. */
  requestKeyframe(): boolean;
  /** What the caller did wrong with the token (kept for its report). */
  readonly warnings: readonly string[];
}

/** What the room may ask of the front about one call it took. */
export interface RoomCallHandle {
  /** Hangs up (SIP: BYE, or 480 while not answered); resolves once done or given up. */
  hangUp(): Promise<void>;
  /**
   * Asks the caller what it supports (SIP: OPTIONS, RFC 3261 §11), at the address the call came
   * from. Never rejects: silence or a transport failure is the result.
   */
  probe(timeoutMs: number): Promise<CapabilityProbe>;
  /**
   * Asks the caller's video sender for a keyframe in the signalling as well as in RTCP, for a
   * protocol that has its own request (H.245 videoFastUpdatePicture); SIP has none. False when
   * nothing was sent.
   */
  requestKeyframe?(): boolean;
  /** The protocol's presentation token once the call is up (H.323: H.239), if the call has one. */
  presentationToken?(): PresentationToken | undefined;
  /** Calls the caller back at the address the call came from (the callback alias). */
  callBack(media: CallbackOfferer, answerTimeoutMs: number): Promise<OutgoingRoomCall>;
  /** The signalling facts grading needs, once the call is over (ladder times from `startedAtMs`, epoch ms). */
  signalling(startedAtMs: number): Promise<CallerSignalling>;
  /** The room is done with the call: the front frees what it kept for it. */
  close(): void;
}

/** The outcome of the room's capability query to a caller (SIP OPTIONS). */
export interface CapabilityProbe {
  readonly target: string;
  readonly timeoutMs: number;
  readonly status?: number;
  /** ms from sending to the final response. */
  readonly answeredMs?: number;
  /** Why no request went out, or why no response can come. */
  readonly error?: string;
}

/** The room's media side of a call it places: it makes the offer and takes the answer. */
export interface CallbackOfferer {
  createOffer(): Promise<string>;
  acceptAnswer(sdp: string): Promise<void>;
}

/** A call the room placed, as far as it got. */
export interface OutgoingRoomCall {
  /** Where the room called. */
  readonly uri: string;
  /** Any response came back (the call reached an endpoint). */
  readonly reached: boolean;
  /** The call got established. */
  readonly answered: boolean;
  /** The final status (SIP), "connected" (a protocol without status codes: H.323 Connect), or "timeout" / "error". */
  readonly status: number | "connected" | "timeout" | "error";
  readonly failure?: string;
  /** Still up (false once either side hung up). */
  isUp(): boolean;
  hangUp(): Promise<void>;
}

/**
 * The signalling half of a caller's grading: evidence the conformance engine reads (the caller's
 * messages, transport, TLS, the probe), the ladder shown in the report, and protocol facts kept
 * in it (SIP session timers). The media half comes from the room.
 */
export interface CallerSignalling {
  readonly evidence: Pick<Evidence, "sip" | "h323" | "optionsProbe"> & {
    readonly transport: TransportEvidence;
  };
  readonly unavailable: readonly Unavailable[];
  readonly ladder: readonly LadderRecord[];
  readonly facts: Readonly<Record<string, unknown>>;
}

export interface FrontEvent {
  readonly callId: string;
  readonly kind: "incoming" | "rejected" | "expired" | "error";
  readonly from: string;
  readonly detail: string;
}
