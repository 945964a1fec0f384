import type { MachineOutput } from "../machine.js";
import type { BfcpMessage } from "./message.js";

// The floor control machines follow the one sans-IO contract (src/protocol/machine.ts): their
// transmits are BFCP messages to a peer, and pollOutput() yields BfcpOutput until a "timeout".

/** One BFCP message to send. */
export interface BfcpTransmit {
  /** Opaque peer key the message goes to (the one passed to handleInput; "server" for a participant). */
  readonly peer: string;
  readonly message: BfcpMessage;
  /** The serialised message, ready for the socket (one datagram over UDP). */
  readonly bytes: Uint8Array;
}

/** What a floor control machine's pollOutput() yields. */
export type BfcpOutput<E> = MachineOutput<BfcpTransmit, E>;
