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
import { callIdOf } from "../../protocol/sip/header-readers.js";
import { acceptOwnVia, applyLocalAddress, type LocalAddress } from "../../protocol/sip/local-address.js";
import {
  parseSipMessage,
  type SipMessageHead,
  serialiseSipMessage,
} from "../../protocol/sip/message-head.js";
import { ownContactsToPlaceholder } from "../../protocol/sip/register-contact.js";
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
import { stampReceived } from "../../protocol/sip/via-stamp.js";
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
}

interface UdpListener {
  readonly socket: UdpSocket;
  readonly bound: BoundListener;
}

interface StreamListener {
  readonly server: Server;
  readonly bound: BoundListener;
}

const MAX_REMEMBERED = 1000;

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
  private readonly tls: TlsFacts[] = [];
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

  /** TLS facts of every TLS connection made or accepted so far (including failed handshakes). */
  tlsFacts(): readonly TlsFacts[] {
    return [...this.tls];
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

  private async sendResponse(head: SipMessageHead, route: ResponseRoute): Promise<void> {
    const render = (connection?: Connection) =>
      serialiseSipMessage(
        applyLocalAddress(head, this.localAddress(route.transport, connection), this.placeholder),
      );
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
          this.tls.push({
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
    if (protocol === "tls") this.tls.push(readTlsFacts(socket as TLSSocket, role, this.now()));
    socket.on("data", (chunk: Buffer) => this.onStreamData(connection, chunk));
    socket.on("error", (error) => this.log("debug", `${describeConnection(connection)}: ${error.message}`));
    socket.on("close", () => {
      if (this.connections.get(key) === connection) this.connections.delete(key);
      this.log("debug", `${describeConnection(connection)} closed`);
    });
    this.log("debug", `${describeConnection(connection)} open (${role})`);
    return connection;
  }

  private onStreamData(connection: Connection, chunk: Buffer): void {
    let frames: ReturnType<SipStreamFramer["push"]>;
    try {
      frames = connection.framer.push(chunk);
    } catch (error) {
      // RFC 3261 §18.3: without a usable Content-Length the stream cannot be re-synchronised.
      this.log("warn", `${describeConnection(connection)}: ${asError(error).message}; closing`);
      connection.socket.destroy();
      return;
    }
    for (const frame of frames) {
      if (frame.kind === "ping") connection.socket.write("\r\n"); // RFC 5626 §4.4.1 pong
      if (frame.kind === "message") {
        this.receive(frame.bytes, connection.protocol, connection.local, connection.remote, connection);
      }
    }
  }

  private onDatagram(listener: UdpListener, datagram: Buffer, remote: { host: string; port: number }): void {
    const limits = this.options.framerLimits ?? DEFAULT_FRAMER_LIMITS;
    // A SIP message starts with a method token or "SIP/": anything else (STUN, RTP, noise) is dropped.
    const first = datagram[0];
    const textual =
      first !== undefined &&
      ((first >= 0x41 && first <= 0x5a) ||
        first === 0x0d ||
        first === 0x0a ||
        (first >= 0x61 && first <= 0x7a));
    if (!textual || datagram.length > limits.maxHeaderBytes + limits.maxBodyBytes) {
      this.log(
        "debug",
        `dropped ${datagram.length}-byte non-SIP datagram from ${remote.host}:${remote.port}`,
      );
      return;
    }
    try {
      const frame = frameDatagram(datagram, limits);
      // short-body goes to sip.js whole: it answers a request with 400 (RFC 3261 §18.3).
      if (frame.kind !== "keepalive") this.receive(frame.bytes, "udp", listener.bound, remote, undefined);
    } catch (error) {
      this.log("debug", `dropped datagram from ${remote.host}:${remote.port}: ${asError(error).message}`);
    }
  }

  /** Hands one framed message to sip.js after transport-layer processing. Never throws. */
  private receive(
    bytes: Uint8Array,
    protocol: SipTransportProtocol,
    local: { host: string; port: number },
    remote: { host: string; port: number },
    connection: Connection | undefined,
  ): void {
    const text = new TextDecoder().decode(bytes);
    const seen = (retransmission = false) => this.wire("in", protocol, local, remote, text, retransmission);
    let head: SipMessageHead | undefined;
    try {
      head = parseSipMessage(text);
      if (head.startLine.kind === "request") {
        head = stampReceived(head, remote.host, remote.port, this.options.symmetricResponses ?? false);
        if (this.options.roomUser) head = rewriteRoomRequestUri(head, this.options.roomUser);
        const callId = callIdOf(head);
        if (connection && callId) remember(this.dialogConnections, callId, connection);
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
  }

  private bindUdp(spec: ListenSpec): Promise<UdpListener> {
    return new Promise((resolve, reject) => {
      const socket = createSocket(isIP(spec.host) === 6 ? "udp6" : "udp4");
      socket.once("error", reject);
      socket.bind(spec.port, spec.host, () => {
        socket.removeListener("error", reject);
        const bound: BoundListener = { protocol: "udp", host: spec.host, port: socket.address().port };
        const listener = { socket, bound };
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
          ? createTlsServer({ cert: spec.cert, key: spec.key, minVersion: "TLSv1.2" }, (socket) =>
              this.adopt(socket, "tls", "server"),
            )
          : createNetServer((socket) => this.adopt(socket, "tcp", "server"));
      if (protocol === "tls") {
        server.on("tlsClientError", (error: Error, socket: TLSSocket) => {
          this.tls.push({
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

function remember<V>(map: Map<string, V>, key: string, value: V): void {
  map.delete(key);
  map.set(key, value);
  if (map.size > MAX_REMEMBERED) map.delete(map.keys().next().value!);
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
