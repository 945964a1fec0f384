import { createSocket, type Socket as UdpSocket } from "node:dgram";
import {
  createServer as createNetServer,
  isIP,
  connect as netConnect,
  type Server,
  type Socket,
} from "node:net";
import {
  createServer as createTlsServer,
  checkServerIdentity as nodeCheckServerIdentity,
  type PeerCertificate,
  type TLSSocket,
  connect as tlsConnect,
} from "node:tls";
import { EmitterImpl, type Transport, TransportState } from "sip.js";
import type { SipWireMessage } from "../../conformance/wire-evidence.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { FrontDoorPolicy } from "../../protocol/sip/front-door.js";
import {
  type Admission,
  DEFAULT_FRONT_DOOR_RATES,
  FrontDoorGate,
  type FrontDoorRates,
  type Refusal,
} from "../../protocol/sip/front-door-gate.js";
import { callIdOf } from "../../protocol/sip/header-readers.js";
import { acceptOwnVia, applyLocalAddress, type LocalAddress } from "../../protocol/sip/local-address.js";
import {
  parseSipMessage,
  type SipMessageHead,
  serialiseSipMessage,
  topHeaderValue,
} from "../../protocol/sip/message-head.js";
import { ownContactsToPlaceholder } from "../../protocol/sip/register-contact.js";
import { withSourceContact } from "../../protocol/sip/rfc2543-compat.js";
import {
  type Resolution,
  resolveSipUri,
  type SipResolver,
  type SipTarget,
} from "../../protocol/sip/rfc3263.js";
import { rewriteRoomRequestUri } from "../../protocol/sip/room-request-uri.js";
import {
  type RequestRoute,
  type ResponseRoute,
  routeOutgoing,
  type SipTransportProtocol,
} from "../../protocol/sip/route.js";
import { bareHost, isIpLiteral, parseSipUri, type SipUri, uriParam } from "../../protocol/sip/sip-uri.js";
import {
  DEFAULT_FRAMER_LIMITS,
  type FramerLimits,
  frameDatagram,
  SipStreamFramer,
} from "../../protocol/sip/stream-framer.js";
import type { RetransmissionTally } from "../../protocol/sip/transaction/retransmission-counts.js";
import type { TransactionLayerOptions } from "../../protocol/sip/transaction/transaction-layer.js";
import { peerBranch, transactionBranch } from "../../protocol/sip/transaction-branch.js";
import { stampReceived } from "../../protocol/sip/via-stamp.js";
import {
  ConnectionGuard,
  type ConnectionLimits,
  DEFAULT_CONNECTION_LIMITS,
  type GuardedConnection,
} from "./connection-guard.js";
import { createDnsResolver } from "./dns-resolver.js";
import { SipTargetError } from "./errors.js";
import { normaliseAddress, readTlsFacts, type TlsFacts } from "./tls-facts.js";
import { SipTransactionShell } from "./transaction-shell.js";

/** One socket to listen on. Port 0 picks a free port; read it back with `listening()`. */
export interface ListenSpec {
  readonly protocol: SipTransportProtocol;
  /** Address to bind, e.g. "127.0.0.1". */
  readonly host: string;
  readonly port: number;
  /**
   * PEM certificate chain and key for "tls". Without them a TLS spec is connect-only: nothing
   * is bound, and Via/Contact carry the local port of each outgoing connection (a caller).
   */
  readonly cert?: string;
  readonly key?: string;
}

export interface BoundListener {
  readonly protocol: SipTransportProtocol;
  readonly host: string;
  readonly port: number;
}

export interface NodeSipTransportOptions {
  /** Sockets to listen on; requests are answered on the transport they came in on. */
  readonly listen: readonly ListenSpec[];
  /** Address put in Via and Contact (default: the host of the first listener). */
  readonly advertiseHost?: string;
  /**
   * The `viaHost` given to sip.js (default `SIPJS_PLACEHOLDER_HOST`). sip.js writes it in Via and
   * Contact; the transport replaces it with the real address on the way out.
   */
  readonly placeholderHost?: string;
  /** Outbound proxy URI (RFC 3261 §8.1.2): every request outside a dialog goes there. */
  readonly outboundProxy?: string;
  /** TLS client settings: extra trusted CA PEM(s), and `insecure` to skip verification. */
  readonly tls?: { readonly ca?: string | readonly string[]; readonly insecure?: boolean };
  /** RFC 3263 resolver (default node:dns with localhost/IP literals answered locally). */
  readonly resolver?: SipResolver;
  /** Refuse to send anywhere but 127.0.0.0/8 and ::1 (tests, local rooms). Default false. */
  readonly loopbackOnly?: boolean;
  /** Stamp rport on every incoming request, so responses go to the source port (NAT-friendly). */
  readonly symmetricResponses?: boolean;
  /**
   * Answer every user and both schemes as this user (a test room): see rewriteRoomRequestUri.
   * Unset: sip.js answers 404 for other users and 416 for sips: Request-URIs.
   */
  readonly roomUser?: string;
  /** TCP/TLS connect timeout, ms (default 5000). */
  readonly connectTimeoutMs?: number;
  readonly framerLimits?: FramerLimits;
  /**
   * The RFC 3261 §17 transaction layer under sip.js (retransmissions over UDP, absorption of
   * repeats): its timers (default T1 500 ms, T2 4 s, T4 5 s), or false to send each message once.
   */
  readonly transactions?: TransactionLayerOptions | false;
  /**
   * The front door of a server (the room): every message is read and checked once, before
   * sip.js; malformed and unsupported requests, OPTIONS outside a dialog and requests past the
   * per-source rates are answered there, statelessly. Unset: every message goes to sip.js.
   */
  readonly frontDoor?: { readonly policy: FrontDoorPolicy; readonly rates?: Partial<FrontDoorRates> };
  /** Caps and timeouts of accepted TCP/TLS connections (defaults: DEFAULT_CONNECTION_LIMITS). */
  readonly connectionLimits?: Partial<ConnectionLimits>;
  /** Clock for event timestamps (default Date.now). */
  readonly now?: () => number;
  /** Called for every SIP message sent or received (raw wire text). */
  readonly onWire?: (event: SipWireEvent) => void;
  /** Called with transport diagnostics. */
  readonly onLog?: (event: SipLogEvent) => void;
}

/** One SIP message on the wire, for logs and the SIP ladder in reports. */
export interface SipWireEvent extends SipWireMessage {
  readonly transport: SipTransportProtocol;
  readonly local: { readonly host: string; readonly port: number };
}

export interface SipLogEvent {
  readonly at: number;
  readonly level: "debug" | "info" | "warn" | "error";
  readonly text: string;
}

/** The host sip.js is told to use (`viaHost`); never seen on the wire. */
export const SIPJS_PLACEHOLDER_HOST = "sipjs-placeholder.invalid";

interface Connection {
  readonly protocol: "tcp" | "tls";
  readonly socket: Socket | TLSSocket;
  readonly remote: { host: string; port: number };
  readonly local: { host: string; port: number };
  readonly framer: SipStreamFramer;
  /** TLS facts of this connection, freed with it (kept a while after in `recentTls`). */
  tls?: TlsFacts;
}

/** Where a request came from: its responses go back the same way (RFC 3261 §18.2.2). */
type Arrival =
  | { readonly kind: "udp"; readonly listener: UdpListener; readonly remote: { host: string; port: number } }
  | { readonly kind: "stream"; readonly connection: Connection };

interface UdpListener {
  readonly socket: UdpSocket;
  readonly bound: BoundListener;
}

interface StreamListener {
  readonly server: Server;
  readonly bound: BoundListener;
}

const MAX_REMEMBERED = 1000;
/** TLS facts of closed connections and failed handshakes kept for reports. */
const MAX_RECENT_TLS = 64;
/** Requests whose responses are still to go back the way they came. */
const MAX_ARRIVALS = 4096;

/**
 * SIP over UDP, TCP and TLS on Node for sip.js (which ships only a WebSocket transport).
 * Implements sip.js's `Transport`: sip.js hands over whole messages with no destination, so
 * this class routes each one itself (RFC 3261 §18, RFC 3263, RFC 3581), puts the real address
 * in Via and Contact, stamps received/rport on incoming requests, and frames streams.
 *
 * sip.js constructs it: `transportConstructor: NodeSipTransport, transportOptions: {...}`.
 */
export class NodeSipTransport implements Transport {
  readonly stateChange = new EmitterImpl<TransportState>();
  onConnect: (() => void) | undefined;
  onDisconnect: ((error?: Error) => void) | undefined;
  onMessage: ((message: string) => void) | undefined;

  private _state: TransportState = TransportState.Disconnected;
  private readonly options: NodeSipTransportOptions;
  private readonly resolver: SipResolver;
  private readonly outboundProxy: SipUri | undefined;
  private readonly placeholder: string;
  private readonly now: () => number;
  private udp: UdpListener[] = [];
  private streams: StreamListener[] = [];
  private readonly connections = new Map<string, Connection>();
  private readonly pendingConnections = new Map<string, Promise<Connection>>();
  private readonly dialogConnections = new Map<string, Connection>();
  private readonly branchTargets = new Map<string, SipTarget>();
  private readonly resolutionCache = new Map<string, { uri: string; resolution: Resolution }>();
  private readonly sendErrors = new Map<string, SipTargetError>();
  private readonly recentTls: TlsFacts[] = [];
  private readonly arrivals = new Map<string, Arrival>();
  private readonly gate: FrontDoorGate | undefined;
  private readonly guard: ConnectionGuard;
  private sweeper: ReturnType<typeof setInterval> | undefined;
  /** Accepted connections under the guard, by connectionKey (raw sockets, before TLS). */
  private readonly guarded = new Map<string, GuardedConnection>();
  private readonly wireListeners = new Set<(e: SipWireEvent) => void>();
  private readonly logListeners = new Set<(e: SipLogEvent) => void>();
  private connecting: Promise<void> | undefined;
  private readonly transactions: SipTransactionShell | undefined;

  /** sip.js passes its logger first; we log through `onLog` instead. */
  constructor(_logger: unknown, options: NodeSipTransportOptions) {
    if (!options || options.listen.length === 0)
      throw new Error("NodeSipTransport needs at least one listen spec");
    for (const spec of options.listen) {
      if (spec.protocol === "udp" && (spec.cert || spec.key))
        throw new Error("cert/key belong to a TLS listener");
      if (spec.protocol === "tls" && !spec.cert !== !spec.key)
        throw new Error("a TLS listener needs both cert and key");
    }
    this.options = options;
    this.resolver = options.resolver ?? createDnsResolver();
    this.outboundProxy = options.outboundProxy ? parseSipUri(options.outboundProxy) : undefined;
    this.placeholder = options.placeholderHost ?? SIPJS_PLACEHOLDER_HOST;
    this.now = options.now ?? Date.now;
    if (options.onWire) this.wireListeners.add(options.onWire);
    if (options.onLog) this.logListeners.add(options.onLog);
    if (options.transactions !== false)
      this.transactions = new SipTransactionShell(options.transactions ?? {}, (e) =>
        this.log("info", `SIP transaction ended on Timer ${e.timer}: no answer to ${e.label}`),
      );
    this.gate = options.frontDoor
      ? new FrontDoorGate(options.frontDoor.policy, {
          ...DEFAULT_FRONT_DOOR_RATES,
          ...options.frontDoor.rates,
        })
      : undefined;
    this.guard = new ConnectionGuard({ ...DEFAULT_CONNECTION_LIMITS, ...options.connectionLimits });
  }

  /** Lets a call cap (or any admission policy) refuse requests with 503 at the front door. */
  setAdmission(admission: Admission | undefined): void {
    this.gate?.setAdmission(admission);
  }

  /** Draining: new calls and OPTIONS get 503 at the front door until undefined (FrontDoorGate). */
  setDraining(refusal: Refusal | undefined): void {
    this.gate?.setDraining(refusal);
  }

  /** What the front door and the connection guard did so far (undefined door: none configured). */
  defenceCounters(): {
    door?: FrontDoorGate["counters"];
    connections: ConnectionGuard["counters"] & { open: number };
  } {
    return {
      ...(this.gate ? { door: { ...this.gate.counters } } : {}),
      connections: { ...this.guard.counters, open: this.guard.size },
    };
  }

  /** Via transport token sip.js writes; the real one is put in per message. */
  get protocol(): string {
    return this.options.listen[0]!.protocol.toUpperCase();
  }

  get state(): TransportState {
    return this._state;
  }

  isConnected(): boolean {
    return this._state === TransportState.Connected;
  }

  /** The sockets actually bound (ports resolved when 0 was asked). Empty until connected. */
  listening(): BoundListener[] {
    return [...this.udp.map((l) => l.bound), ...this.streams.map((l) => l.bound)];
  }

  /**
   * TLS facts of the open TLS connections and of the last few closed or failed ones (bounded:
   * a flood of failed handshakes cannot grow it).
   */
  tlsFacts(): readonly TlsFacts[] {
    const open = [...this.connections.values()].flatMap((c) => (c.tls ? [c.tls] : []));
    return [...this.recentTls.filter((f) => !open.includes(f)), ...open];
  }

  private rememberTls(facts: TlsFacts): void {
    this.recentTls.push(facts);
    if (this.recentTls.length > MAX_RECENT_TLS) this.recentTls.shift();
  }

  /** Every RFC 3263 resolution done so far, keyed by the URI resolved. */
  resolutions(): ReadonlyArray<{ uri: string; resolution: Resolution }> {
    return [...this.resolutionCache.values()];
  }

  /** The transport failure of the last request sent with this Call-ID, if it failed. */
  sendErrorFor(callId: string): SipTargetError | undefined {
    return this.sendErrors.get(callId);
  }

  /** Retransmissions sent and received so far, by method or status ("INVITE", "200 INVITE"). */
  retransmissions(): RetransmissionTally {
    return this.transactions?.retransmissions() ?? { sent: {}, received: {} };
  }

  /** Subscribes to wire events; returns the unsubscribe function. */
  addWireListener(listener: (e: SipWireEvent) => void): () => void {
    this.wireListeners.add(listener);
    return () => this.wireListeners.delete(listener);
  }

  addLogListener(listener: (e: SipLogEvent) => void): () => void {
    this.logListeners.add(listener);
    return () => this.logListeners.delete(listener);
  }

  connect(): Promise<void> {
    if (this._state === TransportState.Connected) return Promise.resolve();
    if (this._state === TransportState.Connecting && this.connecting) return this.connecting;
    this.transition(TransportState.Connecting);
    this.connecting = this.bindAll().then(
      () => {
        this.connecting = undefined;
        this.transition(TransportState.Connected);
      },
      async (error: unknown) => {
        this.connecting = undefined;
        await this.closeAll();
        this.transition(TransportState.Disconnected, asError(error));
        throw asError(error);
      },
    );
    return this.connecting;
  }

  async disconnect(): Promise<void> {
    if (this._state === TransportState.Disconnected || this._state === TransportState.Disconnecting) return;
    this.transition(TransportState.Disconnecting);
    await this.closeAll();
    this.transition(TransportState.Disconnected);
  }

  dispose(): Promise<void> {
    return this.disconnect();
  }

  async send(message: string): Promise<void> {
    if (this._state !== TransportState.Connected)
      throw new Error(`SIP transport is ${this._state}, cannot send`);
    const head = parseSipMessage(message);
    const route = routeOutgoing(head, this.outboundProxy ? { outboundProxy: this.outboundProxy } : {});
    if (route.kind === "response") return this.sendResponse(head, route);
    try {
      await this.sendRequest(head, route);
      this.sendErrors.delete(route.callId);
    } catch (error) {
      const e =
        error instanceof SipTargetError
          ? error
          : new SipTargetError("unreachable", route.target.host, asError(error).message);
      remember(this.sendErrors, route.callId, e);
      this.log("warn", `${route.method} not sent: ${e.message}`);
      throw e;
    }
  }

  // ---- requests -------------------------------------------------------------------------

  private async sendRequest(head: SipMessageHead, route: RequestRoute): Promise<void> {
    // RFC 3261 §17.1.1.3 / §9.1: an ACK for a non-2xx and a CANCEL go where the INVITE went.
    const sameAs =
      (route.method === "ACK" || route.method === "CANCEL") && route.branch
        ? this.branchTargets.get(route.branch)
        : undefined;
    const targets = sameAs ? [sameAs] : await this.resolve(route.target);
    let lastError: SipTargetError | undefined;
    // RFC 3263 §4.3: on a transport failure, try the next target in order.
    for (const target of targets) {
      try {
        await this.deliverTo(head, target, route.callId);
        if (route.branch) remember(this.branchTargets, route.branch, target);
        return;
      } catch (error) {
        lastError =
          error instanceof SipTargetError
            ? error
            : new SipTargetError("unreachable", describe(target), asError(error).message);
        this.log("warn", `${describe(target)} failed: ${lastError.message}`);
      }
    }
    throw lastError ?? new SipTargetError("unreachable", route.target.host, "no target");
  }

  private async resolve(uri: SipUri): Promise<SipTarget[]> {
    const key = `${uri.scheme}:${uri.host}:${uri.port ?? ""};${uriParam(uri, "transport") ?? ""};${uriParam(uri, "maddr") ?? ""}`;
    let entry = this.resolutionCache.get(key);
    if (!entry) {
      const supported = [...new Set(this.options.listen.map((l) => l.protocol))];
      const resolution = await resolveSipUri(uri, this.resolver, { supported });
      entry = { uri: `${uri.scheme}:${uri.host}${uri.port !== undefined ? `:${uri.port}` : ""}`, resolution };
      // Only successful resolutions are cached: a failure is retried on the next request.
      if (resolution.targets.length > 0) remember(this.resolutionCache, key, entry);
      else remember(this.resolutionCache, `${key}#failed`, entry);
      for (const step of resolution.steps)
        this.log("debug", `RFC 3263 ${entry.uri}: ${JSON.stringify(step)}`);
    }
    const { targets, steps } = entry.resolution;
    if (targets.length === 0) {
      const last = [...steps].reverse().find((s) => s.kind !== "query") ?? steps[steps.length - 1];
      const why = !last
        ? "no address"
        : last.kind === "error"
          ? `${last.type} ${last.name}: ${last.error}`
          : last.kind === "decision"
            ? last.text
            : `no ${last.type} records for ${last.name}`;
      throw new SipTargetError("dns", entry.uri, why);
    }
    return [...targets];
  }

  private async deliverTo(head: SipMessageHead, target: SipTarget, callId: string): Promise<void> {
    this.guardLoopback(target.address, describe(target));
    if (target.transport === "udp") {
      const text = serialiseSipMessage(applyLocalAddress(head, this.localAddress("udp"), this.placeholder));
      await this.sendUdp(text, target.address, target.port);
      return;
    }
    const connection = this.reusableConnection(target, callId) ?? (await this.openConnection(target));
    remember(this.dialogConnections, callId, connection);
    const text = serialiseSipMessage(
      applyLocalAddress(head, this.localAddress(target.transport, connection), this.placeholder),
    );
    await this.writeStream(connection, text);
  }

  private reusableConnection(target: SipTarget, callId: string): Connection | undefined {
    const direct = this.connections.get(connectionKey(target.transport, target.address, target.port));
    if (direct && !direct.socket.destroyed) return direct;
    // Requests in a dialog go back over the connection the dialog came in on (RFC 5923 spirit).
    const dialog = this.dialogConnections.get(callId);
    if (
      dialog &&
      !dialog.socket.destroyed &&
      dialog.protocol === target.transport &&
      dialog.remote.host === target.address
    ) {
      return dialog;
    }
    return undefined;
  }

  // ---- responses ------------------------------------------------------------------------

  private async sendResponse(given: SipMessageHead, route: ResponseRoute): Promise<void> {
    // The arrival is looked up with the Via as the request was handed on, then the peer's own
    // branch is put back (see transactionBranch).
    const arrivalVia = topHeaderValue(given, "via");
    const head = peerBranch(given);
    const render = (
      connection?: Connection,
      protocol: SipTransportProtocol = connection?.protocol ?? route.transport,
    ) =>
      serialiseSipMessage(applyLocalAddress(head, this.localAddress(protocol, connection), this.placeholder));
    // RFC 3261 §18.2.2: a response goes back over the connection its request came in on, even
    // when the request's Via names another transport (RFC 4475 §3.1.1.10 transports).
    const arrival = arrivalVia !== undefined ? this.arrivals.get(arrivalKey(arrivalVia)) : undefined;
    if (arrival?.kind === "stream" && !arrival.connection.socket.destroyed) {
      await this.writeStream(arrival.connection, render(arrival.connection));
      return;
    }
    // A request that came over UDP is answered over UDP to where it came from when responses are
    // symmetric, or when its Via names a stream transport it did not use.
    if (arrival?.kind === "udp" && (this.options.symmetricResponses || route.transport !== "udp")) {
      this.guardLoopback(arrival.remote.host, `${arrival.remote.host}:${arrival.remote.port}`);
      await this.sendUdp(render(undefined, "udp"), arrival.remote.host, arrival.remote.port);
      return;
    }
    if (route.transport === "udp") {
      const host = await this.addressOf(route.host);
      this.guardLoopback(host, `${host}:${route.port}`);
      await this.sendUdp(render(), host, route.port);
      return;
    }
    // RFC 3261 §18.2.2: the connection the request came on, else a new one to received:sent-by port.
    const existing =
      (route.connection &&
        this.connections.get(connectionKey(route.transport, route.connection.host, route.connection.port))) ||
      this.dialogConnections.get(route.callId);
    if (existing && !existing.socket.destroyed && existing.protocol === route.transport) {
      await this.writeStream(existing, render(existing));
      return;
    }
    const host = await this.addressOf(route.host);
    this.guardLoopback(host, `${host}:${route.port}`);
    const connection = await this.openConnection({
      transport: route.transport,
      address: host,
      port: route.port,
      hostname: route.host,
    });
    await this.writeStream(connection, render(connection));
  }

  private async addressOf(host: string): Promise<string> {
    if (isIpLiteral(host)) return bareHost(host);
    const addresses = await this.resolver.a(host).catch(() => [] as string[]);
    if (addresses[0] === undefined) throw new SipTargetError("dns", host, "no A record for Via sent-by");
    return addresses[0];
  }

  // ---- sockets --------------------------------------------------------------------------

  /** What Via/Contact advertise: our listener of that protocol, else the connection's own port. */
  private localAddress(protocol: SipTransportProtocol, connection?: Connection): LocalAddress {
    const bound = this.listening().find((l) => l.protocol === protocol);
    if (bound)
      return { transport: protocol, host: this.options.advertiseHost ?? bound.host, port: bound.port };
    const spec = this.options.listen.find((l) => l.protocol === protocol);
    if (spec && connection)
      return {
        transport: protocol,
        host: this.options.advertiseHost ?? spec.host,
        port: connection.local.port,
      };
    throw new SipTargetError(
      "unreachable",
      protocol.toUpperCase(),
      `no ${protocol.toUpperCase()} listener configured`,
    );
  }

  private guardLoopback(address: string, what: string): void {
    if (!this.options.loopbackOnly) return;
    const ok = /^127\.\d+\.\d+\.\d+$/.test(address) || address === "::1";
    if (!ok) throw new SipTargetError("unreachable", what, "refusing to send off loopback (loopbackOnly)");
  }

  private sendUdp(text: string, host: string, port: number, retransmission = false): Promise<void> {
    const family = isIP(host) === 6 ? "udp6" : "udp4";
    const listener =
      this.udp.find((l) => l.socket.address().family === (family === "udp6" ? "IPv6" : "IPv4")) ??
      this.udp[0];
    if (!listener)
      return Promise.reject(
        new SipTargetError("unreachable", `${host}:${port}`, "no UDP listener configured"),
      );
    const bytes = Buffer.from(text, "utf8");
    const repeat =
      retransmission || this.transactionSent(text, "udp", (t) => this.sendUdp(t, host, port, true));
    return new Promise((resolve, reject) => {
      listener.socket.send(bytes, port, host, (error) => {
        if (error) {
          reject(new SipTargetError("unreachable", `${host}:${port}`, error.message));
          return;
        }
        this.wire("out", "udp", listener.bound, { host, port }, text, repeat);
        resolve();
      });
    });
  }

  private writeStream(connection: Connection, text: string, retransmission = false): Promise<void> {
    const repeat =
      retransmission ||
      this.transactionSent(text, connection.protocol, (t) =>
        connection.socket.destroyed ? Promise.resolve() : this.writeStream(connection, t, true),
      );
    return new Promise((resolve, reject) => {
      connection.socket.write(text, "utf8", (error) => {
        if (error) {
          reject(
            new SipTargetError(
              "unreachable",
              `${connection.remote.host}:${connection.remote.port}`,
              error.message,
            ),
          );
          return;
        }
        this.wire("out", connection.protocol, connection.local, connection.remote, text, repeat);
        resolve();
      });
    });
  }

  /** Tells the transaction layer what sip.js sends; `resend` is the way back for repeats. */
  private transactionSent(
    text: string,
    protocol: SipTransportProtocol,
    resend: (text: string) => Promise<void>,
  ): boolean {
    if (!this.transactions) return false;
    return this.transactions.sent(text, protocol, (t) => {
      resend(t).catch((error) => this.log("warn", `retransmission not sent: ${asError(error).message}`));
    });
  }

  private openConnection(target: SipTarget): Promise<Connection> {
    if (target.transport === "udp") throw new Error("openConnection is for TCP/TLS");
    const key = connectionKey(target.transport, target.address, target.port);
    const pending = this.pendingConnections.get(key);
    if (pending) return pending;
    const protocol = target.transport;
    const timeoutMs = this.options.connectTimeoutMs ?? 5000;
    const promise = new Promise<Connection>((resolve, reject) => {
      const ca = this.options.tls?.ca;
      const socket =
        protocol === "tls"
          ? tlsConnect({
              host: target.address,
              port: target.port,
              // RFC 5922 §7: the identity checked is the host of the URI, not the address.
              ...(isIP(target.hostname) ? {} : { servername: target.hostname }),
              checkServerIdentity: (_host, cert) => checkIdentity(target.hostname, cert),
              ...(ca ? { ca: typeof ca === "string" ? ca : [...ca] } : {}),
              rejectUnauthorized: !this.options.tls?.insecure,
              minVersion: "TLSv1.2",
            })
          : netConnect({ host: target.address, port: target.port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(
          new SipTargetError(
            "timeout",
            describe(target),
            `no ${protocol.toUpperCase()} connection within ${timeoutMs} ms`,
          ),
        );
      }, timeoutMs);
      socket.once(protocol === "tls" ? "secureConnect" : "connect", () => {
        clearTimeout(timer);
        resolve(this.adopt(socket, protocol, "client"));
      });
      socket.once("error", (error: NodeJS.ErrnoException) => {
        clearTimeout(timer);
        const kind = classify(error);
        if (protocol === "tls") {
          this.rememberTls({
            at: this.now(),
            role: "client",
            remote: { host: target.address, port: target.port },
            peerVerified: false,
            error: error.message,
          });
        }
        reject(new SipTargetError(kind, describe(target), error.message));
      });
    }).finally(() => this.pendingConnections.delete(key));
    this.pendingConnections.set(key, promise);
    return promise;
  }

  /** Takes over a connected stream socket (ours or accepted): framing, keep-alive, bookkeeping. */
  private adopt(socket: Socket | TLSSocket, protocol: "tcp" | "tls", role: "client" | "server"): Connection {
    const connection: Connection = {
      protocol,
      socket,
      remote: { host: normaliseAddress(socket.remoteAddress ?? ""), port: socket.remotePort ?? 0 },
      local: { host: normaliseAddress(socket.localAddress ?? ""), port: socket.localPort ?? 0 },
      framer: new SipStreamFramer(this.options.framerLimits ?? DEFAULT_FRAMER_LIMITS),
    };
    const key = connectionKey(protocol, connection.remote.host, connection.remote.port);
    this.connections.set(key, connection);
    socket.setNoDelay(true);
    socket.removeAllListeners("error");
    if (protocol === "tls") connection.tls = readTlsFacts(socket as TLSSocket, role, this.now());
    socket.on("data", (chunk: Buffer) => this.onStreamData(connection, chunk));
    socket.on("error", (error) => this.log("debug", `${describeConnection(connection)}: ${error.message}`));
    socket.on("close", () => {
      if (this.connections.get(key) === connection) this.connections.delete(key);
      if (connection.tls) this.rememberTls(connection.tls);
      this.log("debug", `${describeConnection(connection)} closed`);
    });
    this.log("debug", `${describeConnection(connection)} open (${role})`);
    return connection;
  }

  /** A connection accepted by a listener: refused past the caps, else watched by the guard. */
  private onAccept(raw: Socket, protocol: "tcp" | "tls"): void {
    const host = normaliseAddress(raw.remoteAddress ?? "");
    const refusal = this.guard.refusal(host);
    if (refusal) {
      this.guard.counters.refused++;
      this.log("warn", `${protocol.toUpperCase()} connection from ${host} refused: ${refusal}`);
      raw.destroy();
      return;
    }
    const now = this.now();
    const guarded: GuardedConnection = {
      host,
      openedAt: now,
      lastActivity: now,
      partialSince: undefined,
      spoke: false,
      close: (why) => {
        this.log("info", `${protocol.toUpperCase()} ${host}:${raw.remotePort} closed: ${why}`);
        raw.destroy();
      },
    };
    const key = connectionKey(protocol, host, raw.remotePort ?? 0);
    this.guard.add(guarded);
    this.guarded.set(key, guarded);
    raw.once("close", () => {
      this.guard.remove(guarded);
      if (this.guarded.get(key) === guarded) this.guarded.delete(key);
    });
  }

  private onStreamData(connection: Connection, chunk: Buffer): void {
    let frames: ReturnType<SipStreamFramer["push"]>;
    const guarded = this.guarded.get(
      connectionKey(connection.protocol, connection.remote.host, connection.remote.port),
    );
    try {
      frames = connection.framer.push(chunk);
      if (guarded) {
        const now = this.now();
        const completed = frames.some((f) => f.kind === "message");
        guarded.lastActivity = now;
        if (completed) guarded.spoke = true;
        guarded.partialSince =
          connection.framer.pending === 0 ? undefined : completed ? now : (guarded.partialSince ?? now);
      }
    } catch (error) {
      // RFC 3261 §18.3: without a usable Content-Length the stream cannot be re-synchronised.
      this.log("warn", `${describeConnection(connection)}: ${asError(error).message}; closing`);
      connection.socket.destroy();
      return;
    }
    for (const frame of frames) {
      if (frame.kind === "ping") connection.socket.write("\r\n"); // RFC 5626 §4.4.1 pong
      if (frame.kind === "message") {
        this.receive(frame.bytes, connection.protocol, connection.local, connection.remote, {
          kind: "stream",
          connection,
        });
      }
    }
  }

  private onDatagram(listener: UdpListener, datagram: Buffer, remote: { host: string; port: number }): void {
    const limits = this.options.framerLimits ?? DEFAULT_FRAMER_LIMITS;
    // A SIP message starts with a method token (RFC 3261 §25.1: "!" to "~" but separators, RFC
    // 4475 §3.1.1.2 intmeth) or "SIP/", after optional CRLFs: anything else (STUN, RTP, noise)
    // is dropped.
    const first = datagram[0];
    const textual = first !== undefined && (first === 0x0d || first === 0x0a || TOKEN_OCTET[first] === 1);
    if (!textual || datagram.length > limits.maxHeaderBytes + limits.maxBodyBytes) {
      this.log(
        "debug",
        `dropped ${datagram.length}-byte non-SIP datagram from ${remote.host}:${remote.port}`,
      );
      return;
    }
    const arrival: Arrival = { kind: "udp", listener, remote };
    try {
      const frame = frameDatagram(datagram, limits);
      // RFC 3261 §18.3: a body cut short by the datagram's end is an error: the front door
      // answers 400; without one, sip.js gets it whole and answers 400 itself.
      if (frame.kind === "short-body" && this.gate)
        this.receive(
          frame.bytes,
          "udp",
          listener.bound,
          remote,
          arrival,
          "Content-Length runs past the datagram",
        );
      else if (frame.kind !== "keepalive") this.receive(frame.bytes, "udp", listener.bound, remote, arrival);
    } catch (error) {
      // A datagram whose head is unterminated or whose Content-Length is bad: the front door can
      // still answer 400 (RFC 4475 §3.1.2.3 ncl, §3.3.9 mcl01); without one it is dropped.
      if (this.gate && error instanceof ParseError)
        this.receive(datagram, "udp", listener.bound, remote, arrival, error.message);
      else
        this.log("debug", `dropped datagram from ${remote.host}:${remote.port}: ${asError(error).message}`);
    }
  }

  /**
   * Hands one framed message to sip.js after transport-layer processing: the front door first
   * (when configured), which reads the head once and may answer or drop it. Never throws.
   */
  private receive(
    bytes: Uint8Array,
    protocol: SipTransportProtocol,
    local: { host: string; port: number },
    remote: { host: string; port: number },
    arrival: Arrival,
    framingError?: string,
  ): void {
    const text = UTF8.decode(bytes);
    const seen = (retransmission = false) => this.wire("in", protocol, local, remote, text, retransmission);
    let head: SipMessageHead | undefined;
    // What the door answers or drops leaves no trace but a debug line: no wire event, so nothing
    // downstream keeps per-request state for it.
    if (this.gate) {
      const verdict = this.gate.decide(
        { text, ...(framingError ? { framingError } : {}) },
        remote.host,
        this.now(),
        (h) => this.transactions?.isRetransmission(h) ?? false,
      );
      // Under a flood these lines are most of the door's work: written only when someone reads.
      const logging = this.logListeners.size > 0;
      if (verdict.kind === "drop") {
        if (logging) this.log("debug", `dropped message from ${remote.host}:${remote.port}: ${verdict.why}`);
        return;
      }
      if (verdict.kind === "answer") {
        if (logging)
          this.log("debug", `${verdict.status} to ${remote.host}:${remote.port} at the door: ${verdict.why}`);
        this.answerAtDoor(verdict.response, arrival);
        return;
      }
      head = verdict.head;
    }
    const connection = arrival.kind === "stream" ? arrival.connection : undefined;
    try {
      head ??= parseSipMessage(text);
      if (head.startLine.kind === "request") {
        head = stampReceived(head, remote.host, remote.port, this.options.symmetricResponses ?? false);
        if (this.options.roomUser) head = rewriteRoomRequestUri(head, this.options.roomUser);
        head = withSourceContact(transactionBranch(head), remote, protocol);
        const callId = callIdOf(head);
        if (connection && callId) remember(this.dialogConnections, callId, connection);
        const via = topHeaderValue(head, "via");
        if (via !== undefined) remember(this.arrivals, arrivalKey(via), arrival, MAX_ARRIVALS);
      } else {
        head = acceptOwnVia(head, this.localAddresses(), this.placeholder);
        if (!head) {
          seen();
          this.log(
            "warn",
            `dropped response from ${remote.host}:${remote.port}: top Via is not ours (RFC 3261 §18.1.2)`,
          );
          return;
        }
        head = ownContactsToPlaceholder(
          head,
          this.localAddresses(),
          this.placeholder,
          this.options.listen[0]!.protocol,
        );
      }
    } catch (error) {
      const why = error instanceof ParseError ? error.message : asError(error).message;
      seen();
      this.log("warn", `dropped malformed message from ${remote.host}:${remote.port}: ${why}`);
      return;
    }
    // RFC 3261 §17: repeats are answered by the transaction layer and kept from sip.js.
    const verdict = this.transactions?.received(head, protocol) ?? { deliver: true, retransmission: false };
    seen(verdict.retransmission);
    if (!verdict.deliver) return;
    try {
      this.onMessage?.(serialiseSipMessage(head));
    } catch (error) {
      this.log(
        "error",
        `sip.js threw on a message from ${remote.host}:${remote.port}: ${asError(error).message}`,
      );
    }
  }

  /** Sends a front-door answer back the way its request came, without any transaction. */
  private answerAtDoor(response: SipMessageHead, arrival: Arrival): void {
    const text = serialiseSipMessage(response);
    if (arrival.kind === "stream") {
      if (!arrival.connection.socket.destroyed) arrival.connection.socket.write(text);
      return;
    }
    arrival.listener.socket.send(Buffer.from(text, "utf8"), arrival.remote.port, arrival.remote.host);
  }

  private localAddresses(): LocalAddress[] {
    const bound = this.listening().map((l) => ({
      transport: l.protocol,
      host: this.options.advertiseHost ?? l.host,
      port: l.port,
    }));
    const connectOnly = this.options.listen.filter(
      (l) => l.protocol !== "udp" && !this.listening().some((b) => b.protocol === l.protocol),
    );
    const viaConnections = [...this.connections.values()]
      .filter((c) => connectOnly.some((l) => l.protocol === c.protocol))
      .map((c) => ({
        transport: c.protocol,
        host: this.options.advertiseHost ?? connectOnly.find((l) => l.protocol === c.protocol)!.host,
        port: c.local.port,
      }));
    return [...bound, ...viaConnections];
  }

  private async bindAll(): Promise<void> {
    for (const spec of this.options.listen) {
      if (spec.protocol === "udp") this.udp.push(await this.bindUdp(spec));
      else if (spec.protocol === "tcp" || spec.cert) this.streams.push(await this.bindStream(spec));
    }
    if (this.streams.length > 0 || this.gate) {
      this.sweeper = setInterval(() => {
        const now = this.now();
        this.guard.sweep(now);
        this.gate?.expire(now);
      }, this.guard.sweepIntervalMs());
      this.sweeper.unref();
    }
  }

  private bindUdp(spec: ListenSpec): Promise<UdpListener> {
    return new Promise((resolve, reject) => {
      const socket = createSocket(isIP(spec.host) === 6 ? "udp6" : "udp4");
      socket.once("error", reject);
      socket.bind(spec.port, spec.host, () => {
        socket.removeListener("error", reject);
        const bound: BoundListener = { protocol: "udp", host: spec.host, port: socket.address().port };
        const listener = { socket, bound };
        // A burst (a flood, a fuzzer) must not overflow the kernel's queue while a message is
        // being handled: ask for 4 MiB (the kernel may grant less).
        try {
          socket.setRecvBufferSize(4 * 1024 * 1024);
        } catch (error) {
          this.log("debug", `UDP receive buffer left as it was: ${asError(error).message}`);
        }
        socket.on("message", (msg, rinfo) =>
          this.onDatagram(listener, msg, { host: normaliseAddress(rinfo.address), port: rinfo.port }),
        );
        socket.on("error", (error) => this.log("warn", `UDP ${spec.host}:${bound.port}: ${error.message}`));
        resolve(listener);
      });
    });
  }

  private bindStream(spec: ListenSpec): Promise<StreamListener> {
    const protocol = spec.protocol as "tcp" | "tls";
    return new Promise((resolve, reject) => {
      const server =
        protocol === "tls"
          ? createTlsServer(
              {
                cert: spec.cert,
                key: spec.key,
                minVersion: "TLSv1.2",
                handshakeTimeout: this.guard.limits.tlsHandshakeTimeoutMs,
              },
              (socket) => this.adopt(socket, "tls", "server"),
            )
          : createNetServer((socket) => this.adopt(socket, "tcp", "server"));
      // Caps are applied as the TCP connection is accepted, before any TLS handshake.
      server.on("connection", (raw: Socket) => this.onAccept(raw, protocol));
      if (protocol === "tls") {
        server.on("tlsClientError", (error: Error, socket: TLSSocket) => {
          this.rememberTls({
            at: this.now(),
            role: "server",
            remote: { host: normaliseAddress(socket.remoteAddress ?? ""), port: socket.remotePort ?? 0 },
            peerVerified: false,
            error: error.message,
          });
        });
      }
      server.once("error", reject);
      server.listen(spec.port, spec.host, () => {
        server.removeListener("error", reject);
        server.on("error", (error) =>
          this.log("warn", `${protocol.toUpperCase()} listener: ${error.message}`),
        );
        const address = server.address();
        const port = address && typeof address === "object" ? address.port : spec.port;
        resolve({ server, bound: { protocol, host: spec.host, port } });
      });
    });
  }

  private async closeAll(): Promise<void> {
    this.transactions?.reset();
    if (this.sweeper) clearInterval(this.sweeper);
    this.sweeper = undefined;
    // Accepted sockets still in their TLS handshake would hold the listener open.
    for (const g of this.guarded.values()) g.close("transport closing");
    this.guarded.clear();
    for (const c of this.connections.values()) c.socket.destroy();
    this.connections.clear();
    this.dialogConnections.clear();
    await Promise.all([
      ...this.udp.map((l) => new Promise<void>((resolve) => l.socket.close(() => resolve()))),
      ...this.streams.map((l) => new Promise<void>((resolve) => l.server.close(() => resolve()))),
    ]);
    this.udp = [];
    this.streams = [];
  }

  // sip.js Transport contract: onConnect on entering Connected, onDisconnect on leaving it.
  private transition(next: TransportState, error?: Error): void {
    const previous = this._state;
    if (previous === next) return;
    this._state = next;
    this.stateChange.emit(next);
    if (next === TransportState.Connected) this.onConnect?.();
    if (previous === TransportState.Connected) this.onDisconnect?.(error);
  }

  private wire(
    direction: "in" | "out",
    transport: SipTransportProtocol,
    local: { host: string; port: number },
    remote: { host: string; port: number },
    text: string,
    retransmission = false,
  ): void {
    const event: SipWireEvent = {
      at: this.now(),
      direction,
      transport,
      local: { ...local },
      remote: { ...remote },
      text,
      ...(retransmission ? { retransmission } : {}),
    };
    for (const listener of this.wireListeners) {
      try {
        listener(event);
      } catch {
        // a faulty listener must not break SIP
      }
    }
  }

  private log(level: SipLogEvent["level"], text: string): void {
    const event: SipLogEvent = { at: this.now(), level, text };
    for (const listener of this.logListeners) {
      try {
        listener(event);
      } catch {
        // a faulty listener must not break SIP
      }
    }
  }
}

const UTF8 = new TextDecoder();

/** Octets allowed in an RFC 3261 §25.1 token. */
const TOKEN_OCTET = (() => {
  const table = new Uint8Array(256);
  for (const ch of "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-.!%*_+`'~")
    table[ch.charCodeAt(0)] = 1;
  return table;
})();

function connectionKey(protocol: SipTransportProtocol, host: string, port: number): string {
  return `${protocol}|${host}|${port}`;
}

function describe(target: SipTarget): string {
  const host = target.address.includes(":") ? `[${target.address}]` : target.address;
  return `${target.transport.toUpperCase()} ${host}:${target.port}`;
}

function describeConnection(c: Connection): string {
  return `${c.protocol.toUpperCase()} ${c.remote.host}:${c.remote.port}`;
}

function remember<V>(map: Map<string, V>, key: string, value: V, cap = MAX_REMEMBERED): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > cap) map.delete(map.keys().next().value!);
}

/** A top Via as a key: sip.js may re-space the value it copies into the response. */
function arrivalKey(via: string): string {
  return via.replace(/\s+/g, "");
}

function asError(error: unknown): Error {
  return error instanceof Error ? error : new Error(String(error));
}

function classify(error: NodeJS.ErrnoException): "unreachable" | "timeout" | "tls" {
  const code = error.code ?? "";
  if (code === "ETIMEDOUT") return "timeout";
  if (/^ERR_(TLS|SSL)|CERT|SELF_SIGNED|UNABLE_TO_|HOSTNAME_MISMATCH|ERR_TLS_CERT_ALTNAME_INVALID/.test(code))
    return "tls";
  if (/SSL|TLS|certificate/i.test(error.message) && !code.startsWith("E")) return "tls";
  return "unreachable";
}

function checkIdentity(hostname: string, cert: PeerCertificate): Error | undefined {
  return nodeCheckServerIdentity(hostname, cert);
}
