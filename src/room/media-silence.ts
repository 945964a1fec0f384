/**
 * Tells when a call's media went silent: fed, now and then, how many packets (RTP and RTCP) the
 * caller has sent so far, it answers "silent" once that count has not moved for `timeoutMs`.
 * RTCP keeps flowing while a call is on hold (RFC 3550 §6.2, RFC 3264 §5.1), so only a caller
 * that is gone, or whose media never arrived, goes silent. Time is an input.
 */
export class MediaSilence {
  private packets = 0;
  private since: number;

  constructor(
    readonly timeoutMs: number,
    startedAt: number,
  ) {
    if (!(timeoutMs > 0)) throw new RangeError(`timeoutMs must be positive, got ${timeoutMs}`);
    this.since = startedAt;
  }

  observe(packets: number, now: number): "alive" | "silent" {
    if (packets !== this.packets) {
      this.packets = packets;
      this.since = now;
      return "alive";
    }
    return now - this.since >= this.timeoutMs ? "silent" : "alive";
  }

  /** How long nothing has come, at `now`. */
  silentForMs(now: number): number {
    return now - this.since;
  }
}
