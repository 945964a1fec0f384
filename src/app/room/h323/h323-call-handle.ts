import type { H323Aliases, H323Call, IncomingH323Call } from "../../../adapters/h323/h323-call.js";
import type {
  CallbackOfferer,
  CallerSignalling,
  CapabilityProbe,
  OutgoingRoomCall,
  RoomCallHandle,
  SignallingSource,
} from "../room-front.js";
import { setupBack } from "./h323-callback.js";
import { h323CallerSignalling } from "./h323-caller-signalling.js";
import type { H323Engine } from "./h323-engine.js";
import type { RegisteredEndpoint } from "./room-gatekeeper.js";

type HandleState = "offered" | "answered" | "ended";

/** How long hangUp waits for the engine's endSessionCommand/ReleaseComplete exchange. */
const HANG_UP_WAIT_MS = 3000;
/** How long the callback waits for a registered caller to report the first call's end (DRQ). */
const DISENGAGE_WAIT_MS = 3000;

/**
 * One H.323 call as the room sees it: hang-up (ReleaseComplete, or a refusal while the room
 * still negotiates), no probe (H.323 has no OPTIONS), the callback as a Setup to the caller, and
 * its signalling facts. The call's messages stay with the engine's call until close().
 */
export class H323CallHandle implements RoomCallHandle {
  private state: HandleState = "offered";
  private call: H323Call | undefined;
  private answeredAtMs: number | undefined;
  /** The room hung up before the call was answered: the front refuses instead of answering. */
  hangUpRequested = false;

  constructor(
    private readonly incoming: IncomingH323Call,
    readonly source: SignallingSource,
    private readonly ctx: {
      readonly localHost: string;
      readonly place: H323Engine["place"];
      /** Where an endpoint registered with the room's gatekeeper under these aliases takes calls. */
      readonly registered?: (aliases: H323Aliases) => RegisteredEndpoint | undefined;
    },
  ) {}

  /** The call is answered: its signalling now runs on `call`. */
  answered(call: H323Call): void {
    if (this.state !== "offered") return;
    this.state = "answered";
    this.call = call;
    this.answeredAtMs = Date.now();
  }

  ended(): void {
    this.state = "ended";
  }

  async hangUp(): Promise<void> {
    if (this.state === "offered") {
      this.hangUpRequested = true;
      return;
    }
    if (this.state !== "answered" || !this.call) return;
    const call = this.call;
    await Promise.race([call.hangUp(), new Promise<void>((r) => setTimeout(r, HANG_UP_WAIT_MS).unref?.())]);
  }

  /** Asks the caller's video sender for a keyframe: H.245 videoFastUpdatePicture (H.245 §8.9). */
  requestKeyframe(): boolean {
    return this.call?.requestKeyframe() ?? false;
  }

  /** H.239 (H.239 §11): the call's presentation token, once answered with a slides line. */
  presentationToken() {
    return this.call?.presentation();
  }

  async probe(timeoutMs: number): Promise<CapabilityProbe> {
    return {
      target: `h323:${this.source.host}:${this.source.port}`,
      timeoutMs,
      error: "H.323 has no OPTIONS: the room cannot ask an H.323 caller what it supports",
    };
  }

  /**
   * Calls the caller back: at the address it registered with the room's gatekeeper under the
   * aliases of its Setup, when it did; else at the host the call came from.
   */
  async callBack(media: CallbackOfferer, answerTimeoutMs: number): Promise<OutgoingRoomCall> {
    const registered = this.ctx.registered?.(this.incoming.callingAliases);
    // A registered caller reports the first call's end to its gatekeeper (DRQ) once it has
    // cleared it: the callback waits for that (a bounded time), so its Setup does not come in
    // while the endpoint still holds the first call and refuses it as busy.
    if (registered && this.answeredAtMs !== undefined)
      await registered.disengagedSince(this.answeredAtMs, DISENGAGE_WAIT_MS);
    return setupBack(this.ctx.place, media, {
      localHost: this.ctx.localHost,
      callerHost: this.source.host,
      ...(registered ? { registered: registered.address } : {}),
      called: this.incoming.callingAliases,
      answerTimeoutMs,
    });
  }

  async signalling(startedAtMs: number): Promise<CallerSignalling> {
    return h323CallerSignalling({
      source: this.source,
      messages: (this.call ?? this.incoming).messages(),
      facts: (this.call ?? this.incoming).facts(),
      encryption: (this.call ?? this.incoming).encryption(),
      startedAtMs,
    });
  }

  close(): void {
    this.call = undefined;
  }
}
