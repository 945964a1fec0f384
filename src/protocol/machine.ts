// The one shape of every sans-IO state machine in the core (str0m's contract): inputs go in
// with the time they happened, and everything the machine wants done comes out of
// pollOutput(): a packet to send, an event for the application, or the time to call
// handleTimeout next. The machine never reads a clock, arms a timer or touches a socket; the
// shell's MachineDriver (src/adapters/clock/machine-driver.ts) runs it on real time, and tests
// run it on simulated time.

export interface MachineTransmit<T> {
  readonly kind: "transmit";
  readonly transmit: T;
}

export interface MachineEvent<E> {
  readonly kind: "event";
  readonly event: E;
}

export interface MachineTimeout {
  readonly kind: "timeout";
  /** When to call handleTimeout next (the machine's own time base); undefined when nothing is scheduled. */
  readonly at: number | undefined;
}

export type MachineOutput<T, E> = MachineTransmit<T> | MachineEvent<E> | MachineTimeout;

/** What a driver needs of a sans-IO machine. Inputs specific to a machine are its own methods. */
export interface SansIoMachine<T, E> {
  handleTimeout(now: number): void;
  /** Next transmit or event; a "timeout" output means the queue is empty. */
  pollOutput(): MachineOutput<T, E>;
}

/** FIFO of transmits and events behind pollOutput. */
export class MachineQueue<T, E> {
  private readonly queue: (MachineTransmit<T> | MachineEvent<E>)[] = [];

  transmit(transmit: T): void {
    this.queue.push({ kind: "transmit", transmit });
  }

  event(event: E): void {
    this.queue.push({ kind: "event", event });
  }

  get length(): number {
    return this.queue.length;
  }

  poll(nextTimeout: number | undefined): MachineOutput<T, E> {
    return this.queue.shift() ?? { kind: "timeout", at: nextTimeout };
  }
}

/** A transition a machine does not allow: a bug in the caller, never swallowed. */
export class IllegalTransitionError extends Error {
  constructor(machine: string, from: string, to: string) {
    super(`${machine}: illegal transition ${from} -> ${to}`);
    this.name = "IllegalTransitionError";
  }
}
