import type { BfcpMessage } from "../../protocol/bfcp/message.js";

/** Counters of one BFCP socket, for reports and for proving that bad input was survived. */
export interface BfcpLinkStats {
  messagesIn: number;
  messagesOut: number;
  /** Datagrams or stream frames that were not BFCP (dropped; a TCP stream that stops being BFCP is closed). */
  malformed: number;
  /** TCP connections accepted or made. */
  connections: number;
  /** TCP connections we closed because their bytes were not BFCP. */
  closedForMalformed: number;
}

/**
 * One BFCP transport (RFC 8855 §6): messages in with an opaque peer key, bytes out to a peer key.
 * A key the link does not know sends to its default peer (the one connection, or the SDP address).
 */
export interface BfcpLink {
  readonly transport: "tcp" | "udp";
  /** Our port: the TCP listening port or the UDP port. */
  readonly localPort: number;
  readonly stats: BfcpLinkStats;
  onMessage: (msg: BfcpMessage, peer: string) => void;
  send(peer: string, bytes: Uint8Array): void;
  close(): void;
}

export function emptyLinkStats(): BfcpLinkStats {
  return { messagesIn: 0, messagesOut: 0, malformed: 0, connections: 0, closedForMalformed: 0 };
}
