import type { H323ListenerLimits, H323MessageRecord } from "../../adapters/h323/h323-call.js";
import type { PortRange } from "../../adapters/media/udp-port-pair.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import type { ConnectionLimits } from "../../adapters/sip/connection-guard.js";
import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import type { FloorPolicy } from "../../protocol/bfcp/floor-server.js";
import type { GatekeeperLimits } from "../../protocol/ras/gatekeeper/gatekeeper-config.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { FrontDoorRates } from "../../protocol/sip/front-door-gate.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import type { Refresher } from "../../protocol/sip/session-timer.js";
import type { Report } from "../../report/model.js";
import type { LoadPressureOptions } from "../../room/load-pressure.js";
import type { RoomCallFacts } from "./room-call-media.js";

export interface RoomListen {
  /**
   * A SIP transport, "h323": H.225.0 call signalling over TCP (H.323 §8.1, port 1720), or
   * "ras": the room's gatekeeper, H.225.0 RAS over UDP (port 1719).
   */
  protocol: SipTransportProtocol | "h323" | "ras";
  host: string;
  port: number;
}

/** The H.225.0 call signalling port (H.323 §8.1, H.225.0 Annex D): where the room answers H.323 by default. */
export const H323_DEFAULT_PORT = 1720;

/** The gatekeeper RAS port (H.225.0 Annex D, 1719/udp): where the room's gatekeeper answers by default. */
export const RAS_DEFAULT_PORT = 1719;

/** Where `serve` listens without --listen: SIP on UDP, TCP and TLS, H.323 on TCP 1720 and its gatekeeper on UDP 1719. */
export const DEFAULT_LISTEN = `udp:0.0.0.0:5060,tcp:0.0.0.0:5060,tls:0.0.0.0:5061,h323:0.0.0.0:${H323_DEFAULT_PORT},ras:0.0.0.0:${RAS_DEFAULT_PORT}`;

/** Calls the room takes at once unless told otherwise (`serve --max-calls`). */
export const DEFAULT_MAX_CALLS = 50;
/** How long a call may go without any RTP or RTCP from the caller before the room hangs up. */
export const DEFAULT_MEDIA_TIMEOUT_MS = 30_000;

export interface RoomOptions {
  listen: RoomListen[];
  /** Address written in SDP and Contact (default: the first listen host, or 127.0.0.1 for 0.0.0.0). */
  publicAddress?: string;
  rtpPorts: PortRange;
  srtp: SrtpPolicy;
  mirror: boolean;
  tls?: { certFile?: string; keyFile?: string; cacheDir: string };
  /** Refuse to send SIP anywhere but loopback (the embedded room). */
  loopbackOnly?: boolean;
  /** Decision on every BFCP FloorRequest; "deny" (`serve --deny-floor`) shows the presentation check failing. Default grant. */
  floorPolicy?: FloorPolicy;
  /** Accept callers' a=rtcp-mux (RFC 5761); default true. */
  rtcpMux?: boolean;
  /** Answer callers' ICE as an ICE-lite agent (RFC 8445 §2.5); default true. */
  iceLite?: boolean;
  /** How long the OPTIONS probe of each caller waits for an answer (default 3000 ms). */
  optionsProbeTimeoutMs?: number;
  /** Calls at once (default DEFAULT_MAX_CALLS); past it a new call gets 503 with Retry-After. */
  maxCalls?: number;
  /**
   * A call whose caller sent no RTP and no RTCP for this long is hung up (BYE) and its report
   * says why (default DEFAULT_MEDIA_TIMEOUT_MS; 0 turns it off). RTCP goes on during hold
   * (RFC 3550 §6.2), so a held call is not ended.
   */
  mediaTimeoutMs?: number;
  onEvent?: (e: RoomEvent) => void;
  /** Called with the room's report about each caller (kind "room-caller") when its call ends. */
  onCallerReport?: (report: Report) => void;
  /** Digest credentials (RFC 3261 §22) for a registrar's challenge (`serve --user/--password`). */
  credentials?: { username: string; password: string };
  /** The callback alias: how long it keeps the first call (default 1000 ms), waits for an answer (10 s) and keeps the callback (2000 ms). */
  callback?: { aliasHoldMs?: number; answerTimeoutMs?: number; holdMs?: number };
  /** Records the room's SIP, H.323, RTP/RTCP and BFCP traffic as it crosses its sockets (`serve --pcap`). */
  capture?: WireTap & { sip(event: SipWireEvent): void; h323(message: H323MessageRecord): void };
  /**
   * Session timers (RFC 4028 §9): the interval the room asks for (default 1800 s), the smallest
   * it accepts (its Min-SE; default and floor 90 s, RFC 4028 §4; lower only for tests), and who
   * refreshes when a caller that supports timers leaves it open (default "uac", the caller).
   * `false` turns them off.
   */
  sessionTimer?: false | { intervalS?: number; minSeS?: number; refresher?: Refresher };
  /** Per-source rates of the room's SIP front door and caps/timeouts of its TCP/TLS connections. */
  defences?: RoomDefences;
  /** Bounds on the H.323 front's connections (each has a default in the engine). */
  h323Limits?: H323ListenerLimits;
  /** The room's gatekeeper (with a "ras" listen): its GatekeeperIdentifier (default "vdm-test") and bounds. */
  gatekeeper?: { id?: string; limits?: Partial<GatekeeperLimits> };
}

export interface RoomDefences {
  frontDoorRates?: Partial<FrontDoorRates>;
  connectionLimits?: Partial<ConnectionLimits>;
  /**
   * New calls get 503 while the event loop runs later than this (src/room/load-pressure.ts; the
   * rest from DEFAULT_LOAD_PRESSURE). Unset or false: never. `serve` sets it (`--max-lag`); a room
   * embedded in a process that does other heavy work (the embedded call, tests) leaves it off, since
   * that work makes the loop late too.
   */
  load?: Partial<LoadPressureOptions> | false;
}

export interface RoomEvent {
  atMs: number;
  callId: string;
  /** "registered"/"unregistered": an endpoint with the room's gatekeeper (callId: its endpointIdentifier). */
  kind: "incoming" | "answered" | "rejected" | "expired" | "ended" | "error" | "registered" | "unregistered";
  from: string;
  detail: string;
  facts?: RoomCallFacts;
}
