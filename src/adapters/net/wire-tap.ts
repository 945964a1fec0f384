/** One end of a socket as the operating system saw it. */
export interface WireAddress {
  readonly host: string;
  readonly port: number;
}

/**
 * Sees bytes as they cross one of our sockets, for a capture of our own traffic (`--pcap`).
 * Called synchronously at the moment of the send or the receive, with the bytes on the wire
 * (SRTP still protected); a tap must not keep `bytes` beyond the call, nor throw.
 */
export interface WireTap {
  /** A UDP datagram we sent ("out") or received ("in"). */
  datagram(direction: "in" | "out", local: WireAddress, remote: WireAddress, bytes: Uint8Array): void;
  /**
   * Bytes written to ("out") or read from ("in") a TCP connection, in order. The first call for a
   * connection opens it; `stream` with no bytes and `closed` ends it.
   */
  stream(
    direction: "in" | "out",
    local: WireAddress,
    remote: WireAddress,
    bytes: Uint8Array,
    /** A note kept with the packets (e.g. that TLS was recorded as plaintext). */
    comment?: string,
  ): void;
  /** A TCP connection was set up; `initiator` says which side connected. */
  streamOpened?(local: WireAddress, remote: WireAddress, initiator: "local" | "remote"): void;
  /** A TCP connection closed. */
  streamClosed?(local: WireAddress, remote: WireAddress): void;
}
