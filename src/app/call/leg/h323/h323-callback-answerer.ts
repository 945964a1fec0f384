import { performance } from "node:perf_hooks";
import { type H323Call, H323Listener, type IncomingH323Call } from "../../../../adapters/h323/index.js";
import type { CallbackEvidence } from "../../../../conformance/functions/function-checks.js";
import { CallerMedia, type CallerMediaOptions } from "../../caller-media.js";
import { endedOrAfter } from "../../phases/call-clock.js";
import type { CallbackReceiver } from "../call-leg.js";
import { type CallbackArrival, callbackEvidence } from "../callback-arrival.js";
import { H225_CALL_SIGNALLING_PORT } from "./h323-target.js";

// Test-room function 8 over H.323: the room calls back the host our call came from on the
// call signalling port (H.225.0 §6.1: 1720). While armed we listen there; the first call is
// answered with audio, kept for a short media check and released. The listener lives only
// between arm() and the outcome, so no port is held for the rest of the run.

export interface H323CallbackOptions {
  readonly host: string;
  /** Default 1720, where the room calls back. */
  readonly port?: number;
  readonly media: () => CallerMediaOptions;
  /** How long the answered callback may last before we hang up ourselves. */
  readonly maxCallMs?: number;
}

export class H323CallbackAnswerer implements CallbackReceiver {
  private listening: Promise<H323Listener | Error> | undefined;
  private arrival: CallbackArrival | undefined;
  private readonly waiters: (() => void)[] = [];

  constructor(private readonly opts: H323CallbackOptions) {}

  arm(): void {
    this.arrival = undefined;
    const port = this.opts.port ?? H225_CALL_SIGNALLING_PORT;
    this.listening = H323Listener.open({ host: this.opts.host, port }).then(
      (l) => {
        l.onCall((incoming) => this.onCall(incoming));
        return l;
      },
      (e: unknown) => (e instanceof Error ? e : new Error(String(e))),
    );
  }

  private onCall(incoming: IncomingH323Call): void {
    if (this.arrival) {
      void incoming.refuse("busy").catch(() => {});
      return;
    }
    const from = incoming.callingAliases.h323Id ?? incoming.source.host;
    const arrival: CallbackArrival = {
      at: performance.now(),
      from,
      answered: false,
      done: Promise.resolve(),
    };
    this.arrival = arrival;
    for (const w of this.waiters.splice(0)) w();
    arrival.done = this.answer(incoming, arrival);
  }

  private async answer(incoming: IncomingH323Call, arrival: CallbackArrival): Promise<void> {
    let media: CallerMedia | undefined;
    let call: H323Call | undefined;
    try {
      media = await CallerMedia.open({ ...this.opts.media(), audioOnly: true, ice: false, srtp: "off" });
      await media.acceptOffer(incoming.sdpOffer);
      call = await incoming.answer(await media.createAnswer());
      arrival.answered = true;
      media.startMedia();
      await endedOrAfter(
        call.whenEnded().then(() => {}),
        this.opts.maxCallMs ?? 4000,
      );
      arrival.audioPacketsReceived = media.audio.counters.rtpReceived;
      await call.hangUp().catch(() => {});
    } catch (e) {
      arrival.failure = e instanceof Error ? e.message : String(e);
    } finally {
      media?.close();
    }
  }

  async outcome(since: number, timeoutMs: number, calledUri: string | undefined): Promise<CallbackEvidence> {
    const listener = await this.listening;
    this.listening = undefined;
    if (listener instanceof Error)
      return callbackEvidence(undefined, since, calledUri, `cannot take the callback: ${listener.message}`);
    if (!this.arrival) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, timeoutMs);
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
    const a = this.arrival;
    if (a) await a.done;
    await listener?.close();
    return callbackEvidence(
      a,
      since,
      calledUri,
      `no Setup on ${this.opts.host}:${this.opts.port ?? H225_CALL_SIGNALLING_PORT} within ${Math.round(timeoutMs / 1000)} s`,
    );
  }
}
