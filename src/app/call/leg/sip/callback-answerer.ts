import { performance } from "node:perf_hooks";
import { type Invitation, type Session, SessionState } from "sip.js";
import type { CallbackEvidence } from "../../../../conformance/functions/function-checks.js";
import { CallerMedia, type CallerMediaOptions } from "../../caller-media.js";
import { endedOrAfter } from "../../phases/call-clock.js";
import { type CallbackArrival, callbackEvidence } from "../callback-arrival.js";
import { sessionStateAfter, sessionTerminated } from "./invite.js";

export interface CallbackAnswererOptions {
  /** Answer the callback (default). False plays a callee that ignores the INVITE. */
  readonly answer: boolean;
  readonly media: () => CallerMediaOptions;
  /** How long the answered callback may last before we hang up ourselves. */
  readonly maxCallMs?: number;
}

/**
 * Our UA's side of test-room function 8 ("others can call you"): while armed, an incoming
 * INVITE is the room calling back; it is answered with audio, kept for a short media check and
 * then ended. INVITEs that arrive while not armed are refused with 486 Busy Here.
 */
export class CallbackAnswerer {
  private readonly media = new Map<Session, CallerMedia>();
  private armed = false;
  private arrival: CallbackArrival | undefined;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly opts: CallbackAnswererOptions) {}

  /** The media party for an incoming session (sip.js asks when it needs the SDP handler). */
  mediaFor(session: Session): CallerMedia | undefined {
    return this.media.get(session);
  }

  arm(): void {
    this.armed = true;
    this.arrival = undefined;
  }

  onInvite(invitation: Invitation): void {
    if (!this.armed || this.arrival) {
      void invitation.reject({ statusCode: 486 }).catch(() => {});
      return;
    }
    const arrival: CallbackArrival = {
      at: performance.now(),
      from: invitation.request.from.uri.toString(),
      answered: false,
      done: Promise.resolve(),
    };
    this.arrival = arrival;
    for (const w of this.waiters.splice(0)) w();
    if (!this.opts.answer) return;
    arrival.done = this.answer(invitation, arrival);
  }

  private async answer(invitation: Invitation, arrival: CallbackArrival): Promise<void> {
    let media: CallerMedia | undefined;
    try {
      media = await CallerMedia.open(this.opts.media());
      this.media.set(invitation, media);
      await invitation.accept();
      await sessionStateAfter(invitation, SessionState.Established, 1000);
      if (invitation.state !== SessionState.Established) {
        arrival.failure = `the callback did not get established (${invitation.state})`;
        return;
      }
      arrival.answered = true;
      media.startMedia();
      await endedOrAfter(sessionTerminated(invitation), this.opts.maxCallMs ?? 4000);
      arrival.audioPacketsReceived = media.audioReceiver?.packets ?? 0;
      if (invitation.state === SessionState.Established) await invitation.bye().catch(() => {});
    } catch (e) {
      arrival.failure = e instanceof Error ? e.message : String(e);
    } finally {
      media?.close();
    }
  }

  /**
   * Waits up to `timeoutMs` for the callback to arrive, then for its short call to finish, and
   * gives the evidence. `since` is when the room hung up the alias call (performance.now()).
   */
  async outcome(since: number, timeoutMs: number, calledUri: string | undefined): Promise<CallbackEvidence> {
    if (!this.arrival) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    this.armed = false;
    const a = this.arrival;
    if (a) await a.done;
    if (a && !a.failure && !this.opts.answer) a.failure = "the callee did not answer";
    return callbackEvidence(a, since, calledUri, `no INVITE within ${Math.round(timeoutMs / 1000)} s`);
  }
}
