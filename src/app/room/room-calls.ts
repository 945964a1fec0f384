import { CallRegistry } from "./call-registry.js";
import { gradeCaller } from "./caller-grading.js";
import { RoomCall, type RoomCallContext } from "./room-call.js";
import type { RoomCallMedia } from "./room-call-media.js";
import type {
  FrontEvent,
  IncomingRoomCall,
  RoomCallHandle,
  RoomFront,
  RoomOfferOutcome,
  RoomRefusal,
} from "./room-front.js";
import type { RoomEvent, RoomOptions } from "./room-options.js";

/** When a caller refused for a full room may try again (RFC 3261 §20.33 Retry-After, seconds). */
const RETRY_AFTER_FULL_S = 10;

export interface RoomCallsOptions extends Omit<RoomCallContext, "ended" | "emit"> {
  readonly maxCalls: number;
  /** The media side of a new call (no socket opened yet). */
  readonly openMedia: (call: IncomingRoomCall) => RoomCallMedia;
  readonly onEvent?: RoomOptions["onEvent"];
  readonly onCallerReport?: RoomOptions["onCallerReport"];
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * The room as its signalling fronts see it: admits calls up to the cap, negotiates each offer
 * once with the call's own media, keeps the calls, and grades each caller when its call ends.
 * Nothing here knows which protocol brought a call.
 */
export class RoomCalls implements RoomFront {
  private readonly registry: CallRegistry<RoomCall>;
  private readonly pendingReports = new Set<Promise<void>>();

  constructor(private readonly opts: RoomCallsOptions) {
    this.registry = new CallRegistry(opts.maxCalls);
  }

  get size(): number {
    return this.registry.size;
  }

  event(e: FrontEvent): void {
    this.emit(e);
  }

  admission(): RoomRefusal | undefined {
    if (this.registry.size < this.opts.maxCalls) return undefined;
    return {
      kind: "refuse",
      status: 503,
      reason: `the room is full (${this.opts.maxCalls} calls)`,
      retryAfterS: RETRY_AFTER_FULL_S,
    };
  }

  async offer(incoming: IncomingRoomCall, handle: RoomCallHandle): Promise<RoomOfferOutcome> {
    const full = this.admission();
    if (full) return full;
    const media = this.opts.openMedia(incoming);
    const call = new RoomCall(incoming, handle, media, {
      ...this.opts,
      emit: (e) => this.emit(e),
      ended: (c) => this.ended(c),
    });
    if (this.registry.admit(incoming.callId, call) !== "admitted") {
      media.close();
      return {
        kind: "refuse",
        status: 503,
        reason: `call ${incoming.callId} is already in the room`,
        retryAfterS: 1,
      };
    }
    try {
      const r = await media.negotiate(incoming.offer);
      if (!r.ok) {
        this.drop(call);
        return { kind: "refuse", status: 488, reason: r.reason, warning: r.warning };
      }
      return { kind: "answer", answer: await media.createAnswer(), call };
    } catch (e) {
      // No free RTP ports, or a socket that would not open: the room is full in another way.
      this.drop(call);
      return {
        kind: "refuse",
        status: 503,
        reason: `no media for the call: ${e instanceof Error ? e.message : String(e)}`,
        retryAfterS: RETRY_AFTER_FULL_S,
      };
    }
  }

  /** Hangs up every call (BYE, or 480 to calls not yet answered) and waits for their reports. */
  async hangUpAll(): Promise<void> {
    const calls = this.registry.all();
    const endings = calls.map((c) =>
      // The call may already be ending; say so rather than hide it.
      c.handle.hangUp().catch((e: unknown) =>
        this.emit({
          callId: c.incoming.callId,
          kind: "error",
          from: c.incoming.from,
          detail: `could not hang up: ${e instanceof Error ? e.message : String(e)}`,
        }),
      ),
    );
    await Promise.race([Promise.all(endings), sleep(1500)]);
    for (const c of calls) c.media.close();
    await Promise.race([Promise.all(this.pendingReports), sleep(3000)]);
  }

  private emit(e: Omit<RoomEvent, "atMs">): void {
    this.opts.onEvent?.({ atMs: Date.now(), ...e });
  }

  /** A call refused after it was admitted: its sockets close, the front keeps nothing of it. */
  private drop(call: RoomCall): void {
    this.registry.remove(call.incoming.callId);
    call.media.close();
  }

  private ended(call: RoomCall): void {
    this.registry.remove(call.incoming.callId);
    const onReport = this.opts.onCallerReport;
    if (!onReport) {
      call.handle.close();
      return;
    }
    const p = this.report(call)
      .then(onReport)
      .catch((e: unknown) =>
        this.emit({
          callId: call.incoming.callId,
          kind: "error",
          from: call.incoming.from,
          detail: `could not grade the caller: ${e instanceof Error ? e.message : String(e)}`,
        }),
      )
      .finally(() => {
        call.handle.close();
        this.pendingReports.delete(p);
      });
    this.pendingReports.add(p);
  }

  private async report(call: RoomCall) {
    const callback = call.callback ? await call.callback.catch(() => undefined) : undefined;
    const { callId, from, dialled, alias } = call.incoming;
    return gradeCaller({
      callId,
      from,
      dialled,
      alias,
      startedAt: call.startedAt,
      endedAt: this.opts.now(),
      signalling: await call.handle.signalling(call.startedAt),
      media: call.media,
      ...(call.callback ? { callback } : {}),
      ...(call.hungUp ? { hungUp: call.hungUp } : {}),
    });
  }
}
