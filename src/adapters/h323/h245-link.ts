import { randomInt } from "node:crypto";
import { type H245Event, H245Session, type H245Transmit } from "../../protocol/h245/h245-session.js";
import { MachineDriver } from "../clock/machine-driver.js";

// One H.245 session (src/protocol/h245) on real time, whatever carries it: h245Control
// elements of Q.931 messages (tunnelling, H.323 §8.2.1) or the TPKT packets of a separate TCP
// connection (H.323 §8.2). Messages the session sends before a carrier is attached wait, in
// order, and go out when it is.

/** H.323 §6.2.8.4 Table 1: the terminal type of a terminal without MC. */
const TERMINAL_TYPE = 50;
/** What the session may send before a carrier exists (bounded: the far end controls nothing here). */
const MAX_WAITING = 64;

export class H245Link {
  readonly session: H245Session;
  private readonly driver: MachineDriver<H245Transmit, H245Event>;
  private carrier: ((bytes: Uint8Array) => void) | undefined;
  private waiting: Uint8Array[] = [];
  private stopped = false;

  constructor(onEvent: (e: H245Event) => void) {
    this.session = new H245Session({
      terminalType: TERMINAL_TYPE,
      // H.245 §C.2: a random 24-bit status determination number (randomness is the shell's).
      statusDeterminationNumber: () => randomInt(0, 0x1000000),
    });
    this.driver = new MachineDriver(this.session, (t) => this.transmit(t.bytes), onEvent, undefined, {
      unref: true,
    });
  }

  get attached(): boolean {
    return this.carrier !== undefined && !this.stopped;
  }

  /** Gives the session its carrier and sends what waited. */
  attach(carrier: (bytes: Uint8Array) => void): void {
    this.carrier = carrier;
    const waiting = this.waiting;
    this.waiting = [];
    for (const b of waiting) carrier(b);
  }

  /** One encoded MultimediaSystemControlMessage from the far end. */
  receive(bytes: Uint8Array): void {
    this.driver.input((now) => this.session.handleMessage(now, bytes));
  }

  /** Feeds the session an input of ours at the driver's time. */
  act(fn: (now: number, session: H245Session) => void): void {
    this.driver.input((now) => fn(now, this.session));
  }

  stop(): void {
    this.stopped = true;
    this.driver.stop();
  }

  private transmit(bytes: Uint8Array): void {
    if (this.stopped) return;
    if (this.carrier) this.carrier(bytes);
    else if (this.waiting.length < MAX_WAITING) this.waiting.push(bytes);
  }
}
