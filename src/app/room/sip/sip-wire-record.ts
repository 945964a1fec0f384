import type { SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import { callIdInText } from "../../../protocol/sip/header-readers.js";
import { BoundedMap } from "../../../room/bounded-map.js";

/** Messages kept per call for its report: a flood of re-INVITEs cannot grow it without bound. */
const MAX_WIRE_PER_CALL = 200;
/** Messages of one INVITE before the room decided on it (the INVITE, its retransmissions, 100/180). */
const MAX_WIRE_PER_PENDING = 16;
/** Messages of one OPTIONS probe (the request, its answer, a retransmission or two). */
const MAX_WIRE_PER_PROBE = 8;
/**
 * INVITEs not yet decided on: sip.js hands an INVITE over as soon as its 180 is out, so its
 * messages wait here only that long; past PENDING_TTL_MS (or PENDING_CAP of them) they are
 * dropped. A retransmission of an INVITE already refused lands here too, and goes the same way.
 */
const PENDING_CAP = 1024;
const PENDING_TTL_MS = 8_000;
/** A probe gets its answer within seconds; its record goes with the call's report. */
const PROBE_TTL_MS = 120_000;
/** A call's record lives as long as the call (the call cap bounds how many there are). */
const CALL_TTL_MS = 24 * 3600_000;

/**
 * The SIP messages of the room's calls, by Call-ID, for the reports about their callers. An
 * incoming INVITE is held as pending until the room takes the call (then it is the call's first
 * message) or refuses it (then nothing is kept): a flood of refused INVITEs leaves no trace.
 */
export class SipWireRecord {
  private readonly pending = new BoundedMap<string, SipWireEvent[]>(PENDING_CAP, PENDING_TTL_MS);
  private readonly calls: BoundedMap<string, SipWireEvent[]>;
  private readonly probes: BoundedMap<string, SipWireEvent[]>;

  constructor(maxCalls: number) {
    // Ended calls stay until graded: room for as many again as can be up at once.
    this.calls = new BoundedMap(2 * maxCalls + 16, CALL_TTL_MS);
    this.probes = new BoundedMap(2 * maxCalls + 16, PROBE_TTL_MS);
  }

  /** Files one wire event under its Call-ID (probe, call or pending INVITE); others are not kept. */
  record(e: SipWireEvent, now: number): void {
    const id = callIdInText(e.text);
    if (!id) return;
    const kept: [SipWireEvent[] | undefined, number][] = [
      [this.probes.get(id, now), MAX_WIRE_PER_PROBE],
      [this.calls.get(id, now), MAX_WIRE_PER_CALL],
      [this.pending.get(id, now), MAX_WIRE_PER_PENDING],
    ];
    const [list, cap] = kept.find(([l]) => l !== undefined) ?? [undefined, 0];
    if (list) {
      if (list.length < cap) list.push(e);
    } else if (e.direction === "in" && e.text.startsWith("INVITE ")) this.pending.set(id, [e], now);
  }

  /** The first INVITE of a call not yet decided on, as it came off the wire. */
  firstInvite(callId: string, now: number): SipWireEvent | undefined {
    return this.pending.get(callId, now)?.[0] ?? this.calls.get(callId, now)?.[0];
  }

  /** The room took the call: its messages are kept from now on. */
  keep(callId: string, now: number): void {
    this.calls.set(callId, this.pending.take(callId, now) ?? [], now);
  }

  /** The room refused the INVITE: nothing of it is kept (a call already up under that Call-ID stays). */
  refused(callId: string): void {
    this.pending.delete(callId);
  }

  /** The room is done with the call: nothing of it is kept. */
  forget(callId: string): void {
    this.pending.delete(callId);
    this.calls.delete(callId);
  }

  /** The call's messages so far. */
  ofCall(callId: string, now: number): readonly SipWireEvent[] {
    return this.calls.get(callId, now) ?? [];
  }

  probeStarted(callId: string, now: number): void {
    this.probes.set(callId, [], now);
  }

  /** The probe's messages; the record of them is freed. */
  takeProbe(callId: string, now: number): SipWireEvent[] {
    return this.probes.take(callId, now) ?? [];
  }

  /** How many Call-IDs are held at `now` (pending, calls, probes): for tests of bounded memory. */
  sizes(now: number): { pending: number; calls: number; probes: number } {
    for (const m of [this.pending, this.calls, this.probes]) m.expire(now);
    return { pending: this.pending.size, calls: this.calls.size, probes: this.probes.size };
  }
}
