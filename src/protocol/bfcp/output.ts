import type { BfcpMessage } from "./message.js";

// The str0m-style output of the floor control machines: what to send, what
// happened, and when to call handleTimeout next. Callers drain pollOutput()
// until it returns a "timeout" output.

export interface BfcpTransmit {
  readonly kind: "transmit";
  /** Opaque peer key the message goes to (the one passed to handleInput; "server" for a participant). */
  readonly peer: string;
  readonly message: BfcpMessage;
  /** The serialised message, ready for the socket (one datagram over UDP). */
  readonly bytes: Uint8Array;
}

export interface BfcpEventOutput<E> {
  readonly kind: "event";
  readonly event: E;
}

export interface BfcpTimeoutOutput {
  readonly kind: "timeout";
  /** When to call handleTimeout next; undefined when nothing is scheduled. */
  readonly at: number | undefined;
}

export type BfcpOutput<E> = BfcpTransmit | BfcpEventOutput<E> | BfcpTimeoutOutput;

/** FIFO of transmits and events behind pollOutput. */
export class Outbox<E> {
  private readonly queue: (BfcpTransmit | BfcpEventOutput<E>)[] = [];

  transmit(peer: string, message: BfcpMessage, bytes: Uint8Array): void {
    this.queue.push({ kind: "transmit", peer, message, bytes });
  }

  event(event: E): void {
    this.queue.push({ kind: "event", event });
  }

  poll(nextTimeout: number | undefined): BfcpOutput<E> {
    return this.queue.shift() ?? { kind: "timeout", at: nextTimeout };
  }
}
