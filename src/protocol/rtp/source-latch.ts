/**
 * Where a media session sends, decided once (symmetric RTP, RFC 4961, without the hijack).
 *
 * Re-latching on every packet lets anyone who can reach the media port take the stream: the
 * room would send to them and mix their packets into the caller's. So the latch moves at most
 * twice and only towards more trust:
 *
 *   open ──packets for 1 s──▶ provisional (a plain source elsewhere, when the SDP names a
 *                                        private address: a caller behind NAT)
 *   open | provisional ──packet from the signalled address / authenticated (SRTP) / ICE──▶ final
 *
 * In `final` every other source is a stranger: its packets are not taken (the caller counts them). In
 * `provisional` (a caller behind NAT whose SDP names a private address) other plain sources are
 * strangers too, and only the signalled address or an authenticated or ICE-verified source can
 * still take the latch.
 */
export type LatchState = "open" | "provisional" | "final";

/** How long a source the SDP does not name must keep sending before it may take the latch. */
export const PROVISIONAL_AFTER_MS = 1000;

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
  /** Plain sources seen while open, with when each was first seen (at most 8). */
  private readonly candidates = new Map<string, number>();

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
  accept(source: MediaSource, proof: SourceProof, now: number): boolean {
    const same = this.target !== undefined && sameSource(this.target, source);
    if (this.state === "final") return same;
    const trusted =
      proof !== "none" || (this.signalled !== undefined && this.signalled.address === source.address);
    if (trusted) return this.transition("final", source);
    if (this.state === "provisional") return same;
    // Only an SDP naming a private address (a caller behind NAT) lets another host take it.
    if (this.signalled !== undefined && !isPrivateAddress(this.signalled.address)) return false;
    // open: a plain source elsewhere than the SDP says (NAT, or a stranger who came first) takes
    // the latch only once it has kept sending for PROVISIONAL_AFTER_MS with nothing from the
    // signalled address in the meantime.
    const key = `${source.address}:${source.port}`;
    const since = this.candidates.get(key);
    if (since === undefined) {
      if (this.candidates.size < 8) this.candidates.set(key, now);
      return false;
    }
    if (now - since < PROVISIONAL_AFTER_MS) return false;
    return this.transition("provisional", source);
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

/**
 * Addresses a NAT hides: RFC 1918, RFC 6598 shared space, link-local (RFC 3927, RFC 4291) and
 * IPv6 unique local (RFC 4193). A caller whose SDP names one sends from somewhere else.
 */
export function isPrivateAddress(address: string): boolean {
  const v4 = /^(\d+)\.(\d+)\.\d+\.\d+$/.exec(address);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return (
      a === 10 ||
      (a === 172 && b >= 16 && b <= 31) ||
      (a === 192 && b === 168) ||
      (a === 100 && b >= 64 && b <= 127) ||
      (a === 169 && b === 254)
    );
  }
  return /^f[cd]|^fe[89ab]/i.test(address);
}
