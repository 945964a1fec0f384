/**
 * What a transaction hands to the transport: the exact wire text it sent before, to the place
 * it sent it. `D` is opaque to the core (the shell's way back to a socket or a connection).
 */
export interface SipTransmit<D> {
  readonly text: string;
  readonly destination: D;
  /** "INVITE", "ACK" or "200 INVITE": what is retransmitted, for counting and logs. */
  readonly label: string;
}

/** A message sent once, kept so it can be sent again. */
export interface SentMessage<D> {
  readonly text: string;
  readonly destination: D;
  readonly label: string;
}

/** What a transaction reports: a timer that ended it without the expected message. */
export interface TransactionTimeout {
  readonly kind: "timeout";
  /** Timer B, F (no final response), H (no ACK for a non-2xx final response). */
  readonly timer: "B" | "F" | "H";
  readonly label: string;
}

export type TransactionEvent = TransactionTimeout;

/** Whether an incoming message goes on to the transaction user (sip.js) and was a repeat. */
export interface ReceiveVerdict {
  readonly deliver: boolean;
  readonly retransmission: boolean;
}

export const DELIVER: ReceiveVerdict = { deliver: true, retransmission: false };
export const ABSORB_REPEAT: ReceiveVerdict = { deliver: false, retransmission: true };
