/**
 * Where a media session sends, decided once (symmetric RTP, RFC 4961, without the hijack).
 *
 * Re-latching on every packet lets anyone who can reach the media port take the stream: the
 * room would send to them and mix their packets into the caller's. So the latch moves at most
 * twice and only towards more trust:
 *
 *   open ──packet──▶ provisional (first plain source, when it is not the signalled address)
 *   open | provisional ──packet from the signalled address / authenticated (SRTP) / ICE──▶ final
 *
 * In `final` every other source is a stranger: its packets are not taken (the caller counts them). In
 * `provisional` (a caller behind NAT whose SDP names a private address) other plain sources are
 * strangers too, and only the signalled address or an authenticated or ICE-verified source can
 * still take the latch.
 */
export type LatchState = "open" | "provisional" | "final";

export interface MediaSource {
  readonly address: string;
  readonly port: number;
}

/** Why a packet's source is trusted: it passed SRTP authentication, or ICE checked it. */
export type SourceProof = "none" | "authenticated" | "ice-verified";

export class SourceLatch {
  private state: LatchState = "open";
  private target: MediaSource | undefined;
  private signalled: MediaSource | undefined;

  get latchState(): LatchState {
    return this.state;
  }

  /** The latched source, if any. */
  get latched(): MediaSource | undefined {
    return this.target;
  }

  /** The address the peer's SDP names (RFC 4566 c= and m= port). */
  setSignalled(source: MediaSource): void {
    this.signalled = source;
  }

  /** Takes or refuses a packet from `source`; true when it belongs to the session. */
  accept(source: MediaSource, proof: SourceProof): boolean {
    const same = this.target !== undefined && sameSource(this.target, source);
    if (this.state === "final") return same;
    const trusted =
      proof !== "none" || (this.signalled !== undefined && this.signalled.address === source.address);
    if (trusted) return this.transition("final", source);
    if (this.state === "open") return this.transition("provisional", source);
    return same;
  }

  private transition(next: LatchState, source: MediaSource): true {
    if (this.state === "final") throw new Error("the media latch is final");
    this.state = next;
    this.target = { address: source.address, port: source.port };
    return true;
  }
}

function sameSource(a: MediaSource, b: MediaSource): boolean {
  return a.address === b.address && a.port === b.port;
}
