/** Retransmissions seen by the transaction layer, by method ("INVITE") or status ("200 INVITE"). */
export interface RetransmissionTally {
  readonly sent: Readonly<Record<string, number>>;
  readonly received: Readonly<Record<string, number>>;
}

export class RetransmissionCounts {
  private readonly out = new Map<string, number>();
  private readonly in = new Map<string, number>();

  sent(label: string): void {
    this.out.set(label, (this.out.get(label) ?? 0) + 1);
  }

  received(label: string): void {
    this.in.set(label, (this.in.get(label) ?? 0) + 1);
  }

  tally(): RetransmissionTally {
    return { sent: Object.fromEntries(this.out), received: Object.fromEntries(this.in) };
  }
}
