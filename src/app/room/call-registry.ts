/**
 * The calls the room holds, by call id, with the cap on how many at once. A call counts from the
 * moment its offer is taken for negotiation (its sockets are opening) until it is removed.
 */
export class CallRegistry<C> {
  private readonly calls = new Map<string, C>();

  constructor(readonly maxCalls: number) {
    if (!(maxCalls >= 1)) throw new RangeError(`maxCalls must be at least 1, got ${maxCalls}`);
  }

  get size(): number {
    return this.calls.size;
  }

  /** Adds a call, or says why not: the room is full, or the id is taken already. */
  admit(callId: string, call: C): "admitted" | "full" | "duplicate" {
    if (this.calls.has(callId)) return "duplicate";
    if (this.calls.size >= this.maxCalls) return "full";
    this.calls.set(callId, call);
    return "admitted";
  }

  get(callId: string): C | undefined {
    return this.calls.get(callId);
  }

  remove(callId: string): void {
    this.calls.delete(callId);
  }

  all(): C[] {
    return [...this.calls.values()];
  }
}
