import { randomBytes } from "node:crypto";
import {
  type SessionDescriptionHandlerFactory,
  UserAgent,
  type UserAgentDelegate,
  type UserAgentOptions,
} from "sip.js";
import { DEFAULT_MAX_EXPIRES_S } from "../../protocol/sip/front-door.js";
import type { FrontDoorRates } from "../../protocol/sip/front-door-gate.js";
import type { SipResolver } from "../../protocol/sip/rfc3263.js";
import type { ConnectionLimits } from "./connection-guard.js";
import {
  type BoundListener,
  type ListenSpec,
  NodeSipTransport,
  type NodeSipTransportOptions,
  SIPJS_PLACEHOLDER_HOST,
  type SipLogEvent,
  type SipWireEvent,
} from "./node-sip-transport.js";

export interface CreateUserAgentOptions {
  /** Our address of record, e.g. "sip:vdm-test@127.0.0.1". Its user part is the Contact user. */
  readonly uri: string;
  readonly displayName?: string;
  /** Sockets to listen on (port 0 = ephemeral). A caller uses one; the room UDP+TCP+TLS. */
  readonly listen: readonly ListenSpec[];
  /** Address advertised in Via/Contact (default: the first listener's host). */
  readonly advertiseHost?: string;
  /** Outbound proxy URI: requests outside a dialog go there (RFC 3261 §8.1.2). */
  readonly proxy?: string;
  /** Digest credentials (RFC 3261 §22); sip.js answers 401/407 challenges itself. */
  readonly username?: string;
  readonly password?: string;
  /** TLS client side: extra CA PEM(s) to trust, or skip verification. */
  readonly tls?: NodeSipTransportOptions["tls"];
  /** Media: sip.js calls it for every INVITE session. Default: one that refuses (no media). */
  readonly sessionDescriptionHandlerFactory?: SessionDescriptionHandlerFactory;
  readonly delegate?: UserAgentDelegate;
  /** User-Agent header value (default "vdm-test"). */
  readonly userAgentString?: string;
  readonly resolver?: SipResolver;
  readonly loopbackOnly?: boolean;
  /** Answer every user and sips: as this user (the test room); see rewriteRoomRequestUri. */
  readonly roomUser?: string;
  readonly symmetricResponses?: boolean;
  /** Rates of the front door a room puts before sip.js (it has one whenever roomUser is set). */
  readonly frontDoorRates?: Partial<FrontDoorRates>;
  readonly connectionLimits?: Partial<ConnectionLimits>;
  /** Seconds before an unanswered incoming INVITE is rejected (sip.js default 60). */
  readonly noAnswerTimeout?: number;
  /** Option tags added to Supported in every request and response (e.g. "timer", RFC 4028 §7.1, §9). */
  readonly supported?: readonly string[];
  readonly onWire?: (event: SipWireEvent) => void;
  /** RFC 3261 §17 transaction layer: timers T1/T2/T4 (RFC defaults), or false for none. */
  readonly transactions?: NodeSipTransportOptions["transactions"];
  /** Transport diagnostics and sip.js's own log lines (category prefixed). */
  readonly onLog?: (event: SipLogEvent) => void;
}

export interface SipUserAgent {
  readonly userAgent: UserAgent;
  readonly transport: NodeSipTransport;
  /** Starts listening; resolves with the bound sockets (real ports). */
  start(): Promise<BoundListener[]>;
  /** Ends sessions gracefully and closes every socket. */
  stop(): Promise<void>;
}

/**
 * Builds a sip.js UserAgent on our Node transport. The UA options that make sip.js work over
 * plain SIP transports (all set here; callers should not override them):
 * - `transportConstructor: NodeSipTransport` with `transportOptions` (listeners, proxy, TLS);
 * - `viaHost: SIPJS_PLACEHOLDER_HOST`: sip.js writes it in Via and Contact; the transport puts
 *   the real host/port/transport there on the way out, and maps the Via of incoming responses
 *   back to it (sip.js drops a response whose Via host differs or carries a port);
 * - `forceRport: true`: Via carries `;rport` (RFC 3581), so answers come back to our port;
 * - `contactName`: the AOR user (sip.js otherwise uses a random token), `contactParams`
 *   transport of the first listener (rewritten per message anyway);
 * - `hackIpInContact: false`, `hackViaTcp: false` (the transport does this properly);
 * - `logBuiltinEnabled: false` with `logConnector` feeding `onLog` (no console output).
 */
export function createUserAgent(options: CreateUserAgentOptions): SipUserAgent {
  const uri = UserAgent.makeURI(options.uri);
  if (!uri) throw new Error(`not a SIP URI: ${options.uri}`);
  const now = Date.now;
  const transportOptions: NodeSipTransportOptions = {
    listen: options.listen,
    placeholderHost: SIPJS_PLACEHOLDER_HOST,
    ...(options.advertiseHost ? { advertiseHost: options.advertiseHost } : {}),
    ...(options.proxy ? { outboundProxy: options.proxy } : {}),
    ...(options.tls ? { tls: options.tls } : {}),
    ...(options.resolver ? { resolver: options.resolver } : {}),
    ...(options.loopbackOnly !== undefined ? { loopbackOnly: options.loopbackOnly } : {}),
    ...(options.roomUser ? { roomUser: options.roomUser } : {}),
    ...(options.symmetricResponses !== undefined ? { symmetricResponses: options.symmetricResponses } : {}),
    ...(options.onWire ? { onWire: options.onWire } : {}),
    ...(options.transactions !== undefined ? { transactions: options.transactions } : {}),
    ...(options.onLog ? { onLog: options.onLog } : {}),
    ...(options.roomUser ? { frontDoor: roomFrontDoor(options) } : {}),
    ...(options.connectionLimits ? { connectionLimits: options.connectionLimits } : {}),
  };
  const onLog = options.onLog;
  const uaOptions: UserAgentOptions = {
    uri,
    displayName: options.displayName ?? "",
    transportConstructor: NodeSipTransport,
    transportOptions,
    viaHost: SIPJS_PLACEHOLDER_HOST,
    forceRport: true,
    hackIpInContact: false,
    hackViaTcp: false,
    contactName: uri.user ?? "vdm-test",
    contactParams: { transport: options.listen[0]?.protocol ?? "udp" },
    userAgentString: options.userAgentString ?? "vdm-test",
    logBuiltinEnabled: false,
    logConfiguration: false,
    logLevel: "warn",
    logConnector: (level, category, _label, content) => {
      onLog?.({ at: now(), level: level === "log" ? "info" : level, text: `${category}: ${content}` });
    },
    sessionDescriptionHandlerFactory: options.sessionDescriptionHandlerFactory ?? noMedia,
    ...(options.noAnswerTimeout !== undefined ? { noAnswerTimeout: options.noAnswerTimeout } : {}),
    ...(options.supported ? { sipExtensionExtraSupported: [...options.supported] } : {}),
    ...(options.username ? { authorizationUsername: options.username } : {}),
    ...(options.password ? { authorizationPassword: options.password } : {}),
    ...(options.delegate ? { delegate: options.delegate } : {}),
  };
  const userAgent = new UserAgent(uaOptions);
  const transport = userAgent.transport as NodeSipTransport;
  return {
    userAgent,
    transport,
    async start() {
      await userAgent.start();
      return transport.listening();
    },
    async stop() {
      await userAgent.stop();
    },
  };
}

/** Methods a room implements (RFC 3261 §8.2.1): everything else gets 405 or 501 at its door. */
export const ROOM_METHODS = ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO"] as const;

function roomFrontDoor(options: CreateUserAgentOptions): NonNullable<NodeSipTransportOptions["frontDoor"]> {
  return {
    policy: {
      allow: ROOM_METHODS,
      supported: (options.supported ?? []).map((t) => t.toLowerCase()),
      accept: ["application/sdp"],
      answerOptions: true,
      userAgent: options.userAgentString ?? "vdm-test",
      tagSecret: randomBytes(8).toString("hex"),
      maxExpiresS: DEFAULT_MAX_EXPIRES_S,
    },
    ...(options.frontDoorRates ? { rates: options.frontDoorRates } : {}),
  };
}

const noMedia: SessionDescriptionHandlerFactory = () => {
  throw new Error("this user agent was created without a sessionDescriptionHandlerFactory");
};
