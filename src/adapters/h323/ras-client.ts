import { randomInt } from "node:crypto";
import { createSocket, type Socket } from "node:dgram";
import type { H225 } from "../../protocol/asn1/index.js";
import { ourEndpoint } from "../../protocol/h323/aliases.js";
import type { HostPort } from "../../protocol/h323/transport-address.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { RasCall } from "../../protocol/ras/endpoint/endpoint-messages.js";
import { RasEndpoint } from "../../protocol/ras/endpoint/ras-endpoint.js";
import type { RasEndpointEvent, RasTransmit } from "../../protocol/ras/endpoint/ras-endpoint-events.js";
import type { RasTimers } from "../../protocol/ras/endpoint/ras-timers.js";
import { DEFAULT_RAS_TIMERS } from "../../protocol/ras/endpoint/ras-timers.js";
import { decodeRas, MAX_RAS_BYTES } from "../../protocol/ras/ras-message.js";
import { rasName } from "../../protocol/ras/ras-names.js";
import { rasSummary } from "../../protocol/ras/ras-summary.js";
import { MachineDriver } from "../clock/machine-driver.js";
import { ENGINE_PRODUCT, ENGINE_VERSION } from "./engine-defaults.js";
import type { H323MessageRecord } from "./h323-call.js";

// Our endpoint's RAS channel (H.225.0 RAS over UDP): one socket, bound to our address, talking
// to one gatekeeper by unicast only (never the 224.0.1.41 discovery group). It runs the
// sans-IO RasEndpoint on real time and turns its events into promises; every datagram either
// way is kept as an H.323 message record with channel "ras" for the call's ladder and evidence.

/** Records kept per client: a gatekeeper flooding us cannot grow the log without end. */
const MAX_RECORDS = 1000;

export interface RasClientOptions {
  /** The gatekeeper's RAS address (port 1719 by convention). */
  readonly gatekeeper: HostPort;
  /** Our address: the socket is bound to it (any free port) and advertised as rasAddress. */
  readonly localHost: string;
  /** Where we take H.225.0 call signalling (RRQ callSignalAddress). */
  readonly callSignalAddress: HostPort;
  /** Our aliases (at least one). */
  readonly aliases: readonly H225.AliasAddress[];
  /** timeToLive asked for in the RRQ, seconds (default 300). */
  readonly timeToLive?: number;
  readonly timers?: RasTimers;
  /** H.460 feature sets for GRQ and full RRQ. */
  readonly featureSet?: H225.FeatureSet;
  readonly genericData?: readonly H225.GenericData[];
  /** Every RAS message as it passes. */
  readonly onMessage?: (m: H323MessageRecord) => void;
}

export interface RasRegistration {
  readonly gatekeeperIdentifier?: string;
  readonly endpointIdentifier: string;
  readonly timeToLive?: number;
  /** Where the gatekeeper takes RAS (its GCF's rasAddress). */
  readonly gatekeeperRasAddress: HostPort;
}

export interface RasAdmission {
  /** Where to place the call (ACF destCallSignalAddress). */
  readonly destCallSignalAddress: HostPort;
  /** "direct" or "gatekeeperRouted". */
  readonly callModel: string;
  readonly acf: H225.AdmissionConfirm;
}

/** A RAS step that failed: one line naming the request and what the gatekeeper said, or that it said nothing. */
export class RasError extends Error {
  override readonly name = "RasError";
  constructor(
    message: string,
    readonly kind: "rejected" | "no-answer" | "socket",
    /** The reject reason (ASN.1 name) of a GRJ, RRJ, ARJ... */
    readonly reason?: string,
    /** The RAS messages up to the failure, when the client is gone with it (registration). */
    readonly messages: readonly H323MessageRecord[] = [],
  ) {
    super(message);
  }
}

type Waiter<T> = { resolve: (v: T) => void; reject: (e: RasError) => void };

export class RasClient {
  private readonly machine: RasEndpoint;
  private readonly driver: MachineDriver<RasTransmit, RasEndpointEvent>;
  private readonly records: H323MessageRecord[] = [];
  private registration: Waiter<RasRegistration> | undefined;
  private unregistration: Waiter<void> | undefined;
  private readonly admissions = new Map<number, Waiter<RasAdmission>>();
  private readonly disengages = new Map<number, Waiter<void>>();
  private dropped: (callReferenceValue: number, reason: string) => void = () => {};
  private closed = false;
  private timeToLive: number | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly local: HostPort,
    private readonly opts: RasClientOptions,
  ) {
    this.machine = new RasEndpoint({
      gatekeeper: opts.gatekeeper,
      rasAddress: local,
      callSignalAddress: opts.callSignalAddress,
      aliases: opts.aliases,
      endpointType: ourEndpoint(ENGINE_PRODUCT, ENGINE_VERSION),
      timeToLive: opts.timeToLive ?? 300,
      timers: opts.timers ?? DEFAULT_RAS_TIMERS,
      firstSeqNum: randomInt(1, 60_000),
      ...(opts.featureSet ? { featureSet: opts.featureSet } : {}),
      ...(opts.genericData ? { genericData: opts.genericData } : {}),
    });
    this.driver = new MachineDriver(
      this.machine,
      (t) => this.send(t),
      (e) => this.onEvent(e),
      undefined,
      { unref: true },
    );
    socket.on("message", (msg, rinfo) => {
      if (this.closed) return;
      const from = { host: rinfo.address, port: rinfo.port };
      const bytes = new Uint8Array(msg.buffer, msg.byteOffset, msg.byteLength);
      this.record("received", bytes, from);
      this.driver.input((now) => this.machine.handleDatagram(now, bytes, from));
    });
  }

  /**
   * Binds the socket, discovers the gatekeeper by unicast GRQ and registers (RRQ); resolves once
   * the RCF came, rejects with RasError on GRJ/RRJ or no answer.
   */
  static async register(opts: RasClientOptions): Promise<RasClient> {
    const socket = createSocket({ type: "udp4", recvBufferSize: 64 * 1024 });
    const local = await new Promise<HostPort>((resolve, reject) => {
      socket.once("error", (e) =>
        reject(new RasError(`cannot open a RAS socket on ${opts.localHost}: ${e.message}`, "socket")),
      );
      socket.bind(0, opts.localHost, () => resolve({ host: opts.localHost, port: socket.address().port }));
    });
    socket.on("error", () => {});
    const client = new RasClient(socket, local, opts);
    try {
      await client.start();
    } catch (e) {
      client.close();
      if (e instanceof RasError) throw new RasError(e.message, e.kind, e.reason, client.messages());
      throw e;
    }
    return client;
  }

  private start(): Promise<RasRegistration> {
    return new Promise((resolve, reject) => {
      this.registration = { resolve, reject };
      this.driver.input((now) => this.machine.start(now));
    });
  }

  /** Our RAS socket's address. */
  get address(): HostPort {
    return this.local;
  }

  get registered(): RasRegistration | undefined {
    const r = this.machine.registered;
    return r
      ? {
          ...r,
          ...(this.timeToLive !== undefined ? { timeToLive: this.timeToLive } : {}),
          gatekeeperRasAddress: this.machine.gatekeeperRasAddress,
        }
      : undefined;
  }

  /** Every RAS message either way, in order. */
  messages(): readonly H323MessageRecord[] {
    return this.records;
  }

  /** The gatekeeper ended a call with its own DRQ (answered with DCF). */
  onCallDropped(fn: (callReferenceValue: number, reason: string) => void): void {
    this.dropped = fn;
  }

  /** ARQ for the call; resolves with the ACF's address, rejects with RasError on ARJ or no answer. */
  admit(call: RasCall): Promise<RasAdmission> {
    return new Promise((resolve, reject) => {
      if (this.admissions.has(call.callReferenceValue)) {
        reject(
          new RasError(`an ARQ for call reference ${call.callReferenceValue} is already waiting`, "socket"),
        );
        return;
      }
      this.admissions.set(call.callReferenceValue, { resolve, reject });
      this.driver.input((now) => this.machine.admit(now, call));
    });
  }

  /** DRQ for an admitted call; resolves on DCF, rejects with RasError on DRJ or no answer. */
  disengage(callReferenceValue: number): Promise<void> {
    return new Promise((resolve, reject) => {
      this.disengages.set(callReferenceValue, { resolve, reject });
      this.driver.input((now) => this.machine.disengage(now, callReferenceValue));
    });
  }

  /** URQ; resolves on UCF (or when the gatekeeper had already unregistered us), rejects on URJ or no answer. */
  unregister(): Promise<void> {
    if (this.machine.state !== "registered") return Promise.resolve();
    return new Promise((resolve, reject) => {
      this.unregistration = { resolve, reject };
      this.driver.input((now) => this.machine.unregister(now));
    });
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.driver.stop();
    this.socket.close();
    const gone = new RasError("the RAS client was closed", "socket");
    for (const w of [
      this.registration,
      this.unregistration,
      ...this.admissions.values(),
      ...this.disengages.values(),
    ])
      w?.reject(gone);
  }

  private send(t: RasTransmit): void {
    if (this.closed) return;
    this.record("sent", t.bytes, t.to);
    this.socket.send(t.bytes, t.to.port, t.to.host);
  }

  private record(direction: "sent" | "received", bytes: Uint8Array, remote: HostPort): void {
    if (this.records.length >= MAX_RECORDS) return;
    let name = "Unparseable";
    let summary: string;
    try {
      if (bytes.length > MAX_RAS_BYTES)
        throw new ParseError("H.225.0 RAS", "RasMessage", 0, "oversize datagram");
      const m = decodeRas(bytes);
      name = rasName(m);
      summary = rasSummary(m);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      summary = e.message;
    }
    const r: H323MessageRecord = {
      atMs: Date.now(),
      direction,
      channel: "ras",
      name,
      summary,
      bytes: bytes.slice(),
      local: this.local,
      remote,
    };
    this.records.push(r);
    this.opts.onMessage?.(r);
  }

  private gk(): string {
    const g = this.opts.gatekeeper;
    return `the gatekeeper ${g.host}:${g.port}`;
  }

  private onEvent(e: RasEndpointEvent): void {
    switch (e.type) {
      case "keptAlive":
        this.timeToLive = e.timeToLive;
        return;
      case "registered": {
        this.timeToLive = e.timeToLive;
        const w = this.registration;
        this.registration = undefined;
        w?.resolve(this.registered!);
        return;
      }
      case "rejected":
        this.settle(
          e.request,
          e.callReferenceValue,
          new RasError(
            `${this.gk()} rejected our ${e.request}: ${rejectName(e.request)} ${e.reason}`,
            "rejected",
            e.reason,
          ),
        );
        return;
      case "timedOut": {
        const s = (this.opts.timers ?? DEFAULT_RAS_TIMERS).timeoutMs / 1000;
        this.settle(
          e.request,
          e.callReferenceValue,
          new RasError(
            `no answer from ${this.gk()} to our ${e.request} (${e.attempts} attempts, ${s} s apart)`,
            "no-answer",
          ),
        );
        return;
      }
      case "admitted": {
        const w = this.admissions.get(e.callReferenceValue);
        this.admissions.delete(e.callReferenceValue);
        if (!e.destCallSignalAddress) {
          w?.reject(
            new RasError(`${this.gk()} admitted the call but gave no IPv4 destCallSignalAddress`, "rejected"),
          );
          return;
        }
        w?.resolve({ destCallSignalAddress: e.destCallSignalAddress, callModel: e.callModel, acf: e.acf });
        return;
      }
      case "disengaged": {
        const w = this.disengages.get(e.callReferenceValue);
        this.disengages.delete(e.callReferenceValue);
        w?.resolve();
        return;
      }
      case "callDropped":
        this.dropped(e.callReferenceValue, e.reason);
        return;
      case "unregistered": {
        const w = this.unregistration;
        this.unregistration = undefined;
        if (e.by === "us" && e.reason)
          w?.reject(new RasError(`${this.gk()} did not take our URQ: ${e.reason}`, "rejected", e.reason));
        else w?.resolve();
        return;
      }
      default:
        return;
    }
  }

  /** The waiter of a failed request gets the error. */
  private settle(request: string, callReferenceValue: number | undefined, error: RasError): void {
    if (request === "GRQ" || request === "RRQ") {
      const w = this.registration;
      this.registration = undefined;
      w?.reject(error);
    } else if (request === "ARQ" && callReferenceValue !== undefined) {
      this.admissions.get(callReferenceValue)?.reject(error);
      this.admissions.delete(callReferenceValue);
    } else if (request === "DRQ" && callReferenceValue !== undefined) {
      this.disengages.get(callReferenceValue)?.reject(error);
      this.disengages.delete(callReferenceValue);
    }
    // URQ failures come as "unregistered" with a reason; keep-alive ones as "unregistered" lost.
  }
}

/** The reject's own name for the request: GRQ -> GRJ, ARQ -> ARJ. */
function rejectName(request: string): string {
  return request.replace(/^keep-alive /, "").replace(/Q$/, "J");
}
