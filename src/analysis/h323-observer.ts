import type { CapturedDatagram } from "../protocol/capture/capture-decoder.js";
import type { H323CallFacts, H323CapturedMessage, H323CaptureFacts, H323Side } from "./h323-call-facts.js";
import { CALL_SIGNALLING_PORT, H323Leg, type LegSink, type Seen } from "./h323-leg.js";
import { decodeRasDatagram, RAS_PORTS, RasTracker } from "./h323-ras.js";
import { CapturedTpktStream, Q931_DISCRIMINATOR } from "./h323-tpkt-stream.js";
import type { StreamBinding } from "./stream-binding.js";

// H.323 in a capture: TCP directions framed by TPKT (RFC 1006) are call signalling (a Q.931
// message inside, H.225.0 §6.1) or H.245 on its own connection (to an address an h245Address
// named, H.225.0 §6.2); UDP on the RAS ports, or any datagram that decodes as a RasMessage, is
// RAS. Legs (one per call signalling connection) are grouped into calls by callIdentifier
// (H.225.0 §7.6; a gatekeeper that routes the call keeps it on both legs), then conferenceID.

/** A TCP payload that starts like a TPKT packet (RFC 1006 §6: version 3, reserved 0). */
export function looksLikeTpkt(b: Uint8Array): boolean {
  return b.length >= 4 && b[0] === 3 && b[1] === 0 && ((b[2]! << 8) | b[3]!) >= 4;
}

const MAX_LEGS = 5000;
/** H.225.0 and H.245 messages kept with their bytes (for the ladders) across the capture. */
export const MAX_KEPT_MESSAGES = 50_000;
const MAX_CALL_RAS = 500;
const MAX_TCP_DIRECTIONS = 20_000;

interface TcpDirection {
  readonly stream: CapturedTpktStream;
  /** The leg it belongs to; undefined for an H.245 connection no h245Address named. */
  readonly leg: H323Leg | undefined;
  readonly kind: "q931" | "h245";
  /** H.245 on its own connection: which party of the leg sends in this direction. */
  readonly sender?: H323Side;
}

export class H323Observer {
  private readonly legs = new Map<string, H323Leg>();
  private readonly directions = new Map<string, TcpDirection>();
  private readonly h245Addresses = new Map<string, { leg: H323Leg; owner: H323Side }>();
  private readonly ras: RasTracker;
  /** RAS messages per callIdentifier. */
  private readonly rasByCall = new Map<string, H323CapturedMessage[]>();
  private readonly orphanH245 = new Set<string>();
  private readonly sink: LegSink;
  private kept = 0;

  constructor(
    bindings: (address: string, b: StreamBinding) => void,
    private readonly note: (s: string) => void,
  ) {
    this.ras = new RasTracker(note);
    this.sink = {
      binding: bindings,
      h245Address: (address, leg, owner) => this.h245Addresses.set(address, { leg, owner }),
      note,
      keep: () => {
        if (this.kept < MAX_KEPT_MESSAGES) return ++this.kept > 0;
        if (this.kept++ === MAX_KEPT_MESSAGES)
          note(`more than ${MAX_KEPT_MESSAGES} H.323 messages in the capture: later ones are counted only`);
        return false;
      },
    };
  }

  /** A TCP direction that reads as TPKT, or any on the call signalling port (garbage included). */
  claimsTcp(d: CapturedDatagram): boolean {
    const ends = [d.src, d.dst];
    return (
      looksLikeTpkt(d.payload) ||
      ends.some((e) => e.port === CALL_SIGNALLING_PORT) ||
      ends.some((e) => this.h245Addresses.has(`${e.ip}:${e.port}`))
    );
  }

  tcp(d: CapturedDatagram, ms: number): void {
    const src = `${d.src.ip}:${d.src.port}`;
    const dst = `${d.dst.ip}:${d.dst.port}`;
    const seen: Seen = { number: d.number, timeMs: ms, src, dst };
    const dir = this.direction(src, dst, d.payload, seen);
    if (!dir) return;
    const pieces = dir.stream.push(d.payload, d.gapBefore);
    for (const w of pieces.warnings) this.note(`frame ${d.number}: ${src} → ${dst}: ${w}`);
    for (const p of pieces.payloads) {
      if (p.length === 0) continue; // H.460.18 §9.1 keep-alive
      if (!dir.leg) continue;
      if (dir.kind === "q931") dir.leg.q931(p, seen);
      else dir.leg.h245(p, seen, false, dir.sender);
    }
  }

  private direction(src: string, dst: string, first: Uint8Array, seen: Seen): TcpDirection | undefined {
    const key = `${src}|${dst}`;
    const known = this.directions.get(key);
    if (known) return known;
    if (this.directions.size >= MAX_TCP_DIRECTIONS) return undefined;
    const connection = src < dst ? `${src} ↔ ${dst}` : `${dst} ↔ ${src}`;
    const toNamed = this.h245Addresses.get(dst);
    const named = toNamed ?? this.h245Addresses.get(src);
    let dir: TcpDirection;
    if (named && !this.legs.has(connection)) {
      named.leg.separateH245 = connection;
      // The end at the h245Address is the party that named it (H.225.0 §6.2).
      const sender = toNamed ? (named.owner === "caller" ? "callee" : "caller") : named.owner;
      dir = { stream: new CapturedTpktStream(false), leg: named.leg, kind: "h245", sender };
    } else if (
      looksLikeTpkt(first) &&
      first.length > 4 &&
      first[4] !== Q931_DISCRIMINATOR &&
      !this.legs.has(connection)
    ) {
      if (!this.orphanH245.has(connection))
        this.note(
          `frame ${seen.number}: TPKT on ${connection} that is not Q.931, and no h245Address named it: not analysed`,
        );
      this.orphanH245.add(connection);
      dir = { stream: new CapturedTpktStream(false), leg: undefined, kind: "h245" };
    } else {
      let leg = this.legs.get(connection);
      if (!leg) {
        if (this.legs.size >= MAX_LEGS) return undefined;
        leg = new H323Leg(connection, seen, this.sink);
        this.legs.set(connection, leg);
      }
      dir = { stream: new CapturedTpktStream(true), leg, kind: "q931" };
    }
    this.directions.set(key, dir);
    return dir;
  }

  /** A UDP datagram: true when it was RAS (or sent to a RAS port). */
  udp(d: CapturedDatagram, ms: number, mustBeRas: boolean): boolean {
    const src = `${d.src.ip}:${d.src.port}`;
    const dst = `${d.dst.ip}:${d.dst.port}`;
    const seen: Seen = { number: d.number, timeMs: ms, src, dst };
    const onRasPort = mustBeRas || RAS_PORTS.has(d.src.port) || RAS_PORTS.has(d.dst.port);
    const m = decodeRasDatagram(d.payload);
    if ("error" in m) {
      if (onRasPort) this.ras.bad(m.error, seen);
      return onRasPort;
    }
    const { record, call } = this.ras.message(m, d.payload, seen);
    if (call) {
      let list = this.rasByCall.get(call);
      if (!list) {
        list = [];
        this.rasByCall.set(call, list);
      }
      if (list.length < MAX_CALL_RAS) list.push(record);
    }
    return true;
  }

  /** The capture ended: unfinished TPKT packets become warnings; legs are grouped into calls. */
  finish(): H323CaptureFacts {
    for (const [key, dir] of this.directions)
      for (const w of dir.stream.end()) this.note(`${key.replace("|", " → ")}: ${w}`);
    const calls = new Map<
      string,
      { key: string; callIdentifier?: string; conferenceId?: string; legs: H323Leg[] }
    >();
    // A connection that never carried a readable Q.931 message (garbage on port 1720) is no call.
    for (const leg of this.legs.values()) {
      if (leg.q931Count === 0) continue;
      const key = leg.callIdentifier
        ? `callIdentifier ${leg.callIdentifier}`
        : leg.conferenceId
          ? `conferenceID ${leg.conferenceId}`
          : `connection ${leg.connection}`;
      let call = calls.get(key);
      if (!call) {
        call = {
          key,
          ...(leg.callIdentifier ? { callIdentifier: leg.callIdentifier } : {}),
          ...(leg.conferenceId && !leg.callIdentifier ? { conferenceId: leg.conferenceId } : {}),
          legs: [],
        };
        calls.set(key, call);
      }
      call.legs.push(leg);
    }
    const list = [...calls.values()].map((c): H323CallFacts => {
      const legs = c.legs.map((l) => l.facts()).sort((a, b) => a.firstMs - b.firstMs);
      const ras = c.callIdentifier ? (this.rasByCall.get(c.callIdentifier) ?? []) : [];
      const times = [...legs.flatMap((l) => [l.firstMs, l.lastMs]), ...ras.map((r) => r.timeMs)];
      return {
        key: c.key,
        ...(c.callIdentifier ? { callIdentifier: c.callIdentifier } : {}),
        ...(c.conferenceId ? { conferenceId: c.conferenceId } : {}),
        legs,
        ras,
        firstMs: Math.min(...times),
        lastMs: Math.max(...times),
      };
    });
    const legs = [...this.legs.values()];
    return {
      calls: list.sort((a, b) => a.firstMs - b.firstMs),
      registrations: this.ras.list(),
      ras: this.ras.messages,
      orphanH245: [...this.orphanH245],
      q931Messages: legs.reduce((n, l) => n + l.q931Count, 0),
      h245Messages: legs.reduce((n, l) => n + l.h245Count, 0),
      undecodable: legs.reduce((n, l) => n + l.undecodable, 0) + this.ras.undecodable,
    };
  }

  /** The leg a stream binding's callId names (its connection). */
  static legKeyOf(b: StreamBinding | undefined): string | undefined {
    return b?.callId.includes(" ↔ ") ? b.callId : undefined;
  }
}
