import type { H225 } from "../asn1/index.js";
import type { H323MessageBody } from "./call-pdu.js";
import type { H225MessageType, H225SignallingMessage } from "./signalling-message.js";

// What the H.225.0 call signalling machines send and tell the application.

/** One TPKT-framed PDU to write to the call signalling connection. */
export interface CallSignalTransmit {
  readonly message: H225MessageType;
  readonly body: H323MessageBody["choice"];
  /** TPKT header + Q.931 message (RFC 1006 §6, H.225.0 §7). */
  readonly bytes: Uint8Array;
}

/** How and why the call ended. */
export interface CallRelease {
  /** "local": we sent ReleaseComplete (or gave up); "remote": the far end sent it. */
  readonly by: "local" | "remote";
  /** The Q.850 cause value of the Cause element, when there was one. */
  readonly cause?: number;
  /** The UUIE's ReleaseCompleteReason, when there was one. */
  readonly reason?: string;
  /** One line: what happened (a timer, a parse error, the far end's release...). */
  readonly detail: string;
}

export type CallEvent =
  /** Every PDU received, decoded, for the report's ladder. */
  | {
      readonly type: "received";
      readonly message: H225SignallingMessage;
      readonly uu: H225.H323UserInformation;
    }
  /** Callee: a Setup arrived; answer with proceed/alert/connect or reject. */
  | { readonly type: "setup"; readonly setup: H225.SetupUUIE; readonly message: H225SignallingMessage }
  | { readonly type: "proceeding" }
  | { readonly type: "alerting" }
  | { readonly type: "progress"; readonly message: H225SignallingMessage }
  | { readonly type: "connected"; readonly connect: H225.ConnectUUIE }
  /** The far end's fastStart elements (encoded OpenLogicalChannel, H.225.0 §8.1.7 / H.323 §8.1.7). */
  | { readonly type: "fastStart"; readonly elements: readonly Uint8Array[]; readonly in: H225MessageType }
  /** The far end refused fast start (fastConnectRefused). */
  | { readonly type: "fastStartRefused" }
  /** Whether H.245 is tunnelled (H.323 §8.2.1): both ends must say h245Tunneling TRUE. */
  | { readonly type: "h245Tunneling"; readonly enabled: boolean }
  /** The far end's address for a separate H.245 connection (H.323 §8.1.1). */
  | { readonly type: "h245Address"; readonly address: H225.TransportAddress }
  /** One tunnelled H.245 message (an h245Control element). */
  | { readonly type: "h245"; readonly message: Uint8Array }
  | { readonly type: "facility"; readonly reason: string }
  | { readonly type: "released"; readonly release: CallRelease };
