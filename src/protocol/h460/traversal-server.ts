import type { H225 } from "../asn1/index.js";
import { rasMessage } from "../asn1/index.js";
import type { CallPdu } from "../h225/call-pdu.js";
import type { HostPort } from "../h323/transport-address.js";
import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { DEFAULT_RAS_TIMERS, type RasTimers } from "../ras/endpoint/ras-timers.js";
import { serviceControlIndicationFor } from "./incoming-call-indication.js";
import { traversalFacilityCallId } from "./traversal-facility.js";

// The traversal server's half of an H.460.18 incoming call, sans-IO. To reach an endpoint that
// registered with H.460.18 it sends a ServiceControlIndication (RAS, to the endpoint's RAS
// source) carrying the IncomingCallIndication, sends it again on the RAS timer until the
// ServiceControlResponse comes (H.225.0 RAS timers: 3 s, 2 retries), and waits for the endpoint
// to open TCP to callSignallingAddress and send the Facility with the call's identifier. Then the
// shell sends the Setup on that connection. An endpoint that never opens the connection within
// `openTimeoutMs` gives "not-opened": the call fails, and the H.460 verdict says so.

export type TraversalCallState = "announced" | "acknowledged" | "connected" | "not-opened";

const ALLOWED: Readonly<Record<TraversalCallState, readonly TraversalCallState[]>> = {
  announced: ["acknowledged", "connected", "not-opened"],
  acknowledged: ["connected", "not-opened"],
  connected: [],
  "not-opened": [],
};

export interface SciTransmit {
  readonly to: HostPort;
  readonly bytes: Uint8Array;
  readonly callIdHex: string;
  readonly retransmission: boolean;
}

export type TraversalServerEvent =
  | { readonly kind: "acknowledged"; readonly callIdHex: string; readonly atMs: number }
  /** The endpoint's Facility arrived on `connection` (the shell's id for the TCP connection). */
  | {
      readonly kind: "connected";
      readonly callIdHex: string;
      readonly connection: string;
      readonly atMs: number;
    }
  | {
      readonly kind: "not-opened";
      readonly callIdHex: string;
      readonly reason: string;
      readonly atMs: number;
    };

export interface TraversalServerOptions {
  /** Where endpoints are to connect: the room's H.225.0 call signalling listener. */
  readonly signallingAddress: HostPort;
  readonly timers?: RasTimers;
  /** How long the endpoint has to open the connection and send its Facility (default 10 s). */
  readonly openTimeoutMs?: number;
}

interface Pending {
  state: TraversalCallState;
  readonly callId: Uint8Array;
  readonly ras: HostPort;
  readonly requestSeqNum: number;
  readonly bytes: Uint8Array;
  sends: number;
  nextSendAt: number | undefined;
  readonly giveUpAt: number;
}

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

export class TraversalServer implements SansIoMachine<SciTransmit, TraversalServerEvent> {
  private readonly queue = new MachineQueue<SciTransmit, TraversalServerEvent>();
  private readonly calls = new Map<string, Pending>();
  private readonly timers: RasTimers;
  private readonly openTimeoutMs: number;
  private nextSeq = 1;

  constructor(private readonly opts: TraversalServerOptions) {
    this.timers = opts.timers ?? DEFAULT_RAS_TIMERS;
    this.openTimeoutMs = opts.openTimeoutMs ?? 10_000;
  }

  /** Starts reaching an endpoint for the call `callId` (16 octets); returns the SCI's requestSeqNum. */
  announce(
    now: number,
    call: { callId: Uint8Array; endpointRas: HostPort; endpointIdentifier?: string },
  ): number {
    const key = hex(call.callId);
    if (this.calls.has(key))
      throw new IllegalTransitionError("TraversalServer", "announced", `announce ${key} again`);
    const requestSeqNum = this.nextSeq;
    this.nextSeq = (this.nextSeq % 65535) + 1;
    const bytes = rasMessage.encode(
      serviceControlIndicationFor(
        requestSeqNum,
        { callSignallingAddress: this.opts.signallingAddress, callId: call.callId },
        call.endpointIdentifier,
      ),
    );
    const p: Pending = {
      state: "announced",
      callId: call.callId,
      ras: call.endpointRas,
      requestSeqNum,
      bytes,
      sends: 0,
      nextSendAt: now,
      giveUpAt: now + this.openTimeoutMs,
    };
    this.calls.set(key, p);
    this.handleTimeout(now);
    return requestSeqNum;
  }

  /** A RAS message from `from`; returns true when it was the SCR of one of our SCIs. */
  handleRas(now: number, ras: H225.RasMessage, from: HostPort): boolean {
    if (ras.choice !== "serviceControlResponse") return false;
    for (const [key, p] of this.calls) {
      if (p.requestSeqNum !== ras.value.requestSeqNum || p.ras.host !== from.host || p.ras.port !== from.port)
        continue;
      if (p.state !== "announced") return true; // a repeated SCR
      p.nextSendAt = undefined;
      this.transition(p, "acknowledged");
      this.queue.event({ kind: "acknowledged", callIdHex: key, atMs: now });
      return true;
    }
    return false;
  }

  /**
   * The first call signalling PDU on a connection an endpoint opened to us; returns the call it
   * opens, or undefined when it is not an H.460.18 Facility for a call we announced (the shell
   * then treats the connection as an ordinary incoming call).
   */
  handleFirstPdu(now: number, connection: string, pdu: CallPdu): string | undefined {
    const callId = traversalFacilityCallId(pdu);
    const key = callId ? hex(callId) : undefined;
    const p = key ? this.calls.get(key) : undefined;
    if (!key || !p || (p.state !== "announced" && p.state !== "acknowledged")) return undefined;
    p.nextSendAt = undefined;
    this.transition(p, "connected");
    this.calls.delete(key);
    this.queue.event({ kind: "connected", callIdHex: key, connection, atMs: now });
    return key;
  }

  handleTimeout(now: number): void {
    for (const [key, p] of this.calls) {
      if (now >= p.giveUpAt) {
        const answered =
          p.state === "acknowledged" ? "the SCI was acknowledged" : "no ServiceControlResponse either";
        const { host, port } = this.opts.signallingAddress;
        const reason = `no Facility on a connection to ${host}:${port} within ${this.openTimeoutMs} ms of the ServiceControlIndication (${answered})`;
        this.transition(p, "not-opened");
        this.calls.delete(key);
        this.queue.event({ kind: "not-opened", callIdHex: key, reason, atMs: now });
        continue;
      }
      if (p.nextSendAt !== undefined && now >= p.nextSendAt) {
        this.queue.transmit({ to: p.ras, bytes: p.bytes, callIdHex: key, retransmission: p.sends > 0 });
        p.sends++;
        p.nextSendAt = p.sends > this.timers.retries ? undefined : now + this.timers.timeoutMs;
      }
    }
  }

  pollOutput(): MachineOutput<SciTransmit, TraversalServerEvent> {
    return this.queue.poll(this.nextTimeout());
  }

  /** The calls still waiting for their endpoint, by call identifier (hex). */
  pending(): readonly { callIdHex: string; state: TraversalCallState }[] {
    return [...this.calls].map(([callIdHex, p]) => ({ callIdHex, state: p.state }));
  }

  private nextTimeout(): number | undefined {
    const times = [...this.calls.values()].flatMap((p) => [
      p.giveUpAt,
      ...(p.nextSendAt !== undefined ? [p.nextSendAt] : []),
    ]);
    return times.length ? Math.min(...times) : undefined;
  }

  private transition(p: Pending, to: TraversalCallState): void {
    if (!ALLOWED[p.state].includes(to)) throw new IllegalTransitionError("TraversalServer", p.state, to);
    p.state = to;
  }
}
