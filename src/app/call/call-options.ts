import type { H245Mode, H323MessageRecord } from "../../adapters/h323/h323-call.js";
import type { WireTap } from "../../adapters/net/wire-tap.js";
import type { SipWireEvent } from "../../adapters/sip/node-sip-transport.js";
import type { Evidence } from "../../conformance/evidence.js";
import type { FunctionNumber } from "../../conformance/functions/function-checks.js";
import type { SrtpPolicy } from "../../protocol/sdp/sdp-types.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import type { Room } from "../room/room.js";

export interface CallOptions {
  /** Who to call; undefined starts an embedded room on loopback and calls it. */
  target?: string;
  /** The signalling protocol (default: SIP, or H.323 for an h323: target). */
  protocol?: "sip" | "h323";
  /** How H.245 runs on an H.323 call (default fast start, H.323 §8.1.7). */
  h245Mode?: H245Mode;
  /** H.323 through this gatekeeper, "HOST[:PORT]" (RAS, port 1719 by default; unicast only). */
  gatekeeper?: string;
  /** How the ARQ names the destination through a gatekeeper (default uri: url-ID h323:alias@domain). */
  dialAs?: "uri" | "alias" | "email";
  transport?: SipTransportProtocol;
  srtp: SrtpPolicy;
  durationS: number;
  localAddress?: string;
  from?: string;
  proxy?: string;
  user?: string;
  password?: string;
  ca?: string;
  insecure?: boolean;
  video: { width: number; height: number; fps: number; bitrateKbps: number };
  /** Seconds to wait for an answer. */
  answerTimeoutS?: number;
  /** Offer BFCP and a slides stream and test presentation (default true; `--no-presentation` turns it off). */
  presentation?: boolean;
  /** BFCP transport we offer (RFC 8856 TCP/BFCP or UDP/BFCP); default tcp. */
  bfcpTransport?: "tcp" | "udp";
  /** Test-room functions to run (`--functions`); default all nine. */
  functions?: ReadonlySet<FunctionNumber>;
  /** Where the callback alias should call back instead of our Contact (`--callback-uri`). */
  callbackUri?: string;
  /** Answer the callback (default true); false plays a callee that ignores the INVITE. */
  answerCallback?: boolean;
  /** Seconds to wait for the callback INVITE (default 8). */
  callbackWaitS?: number;
  /** Skip the OPTIONS ping at the start (the --matrix short calls). */
  skipOptions?: boolean;
  /** An already running room the embedded call should use (the --matrix runs share one). */
  room?: Room;
  /** Receives the evidence the requirements were graded from (to grade it again, or keep it). */
  onEvidence?: (evidence: Evidence) => void;
  /** Records our SIP, RTP/RTCP and BFCP traffic as it crosses our sockets (`--pcap`). */
  capture?: CallCapture;
  /** Session-Expires of our INVITE (RFC 4028 §7.1; default 1800 s); false sends none (still Supported: timer). */
  sessionExpiresS?: number | false;
  /** Refresh the session when the far end makes us the refresher (default true); false plays an endpoint that never does. */
  sessionRefresh?: boolean;
}

/** A recorder of our own traffic: the sockets' tap, and the SIP transport's or H.323 engine's messages. */
export interface CallCapture extends WireTap {
  sip(event: SipWireEvent): void;
  h323(message: H323MessageRecord): void;
}
