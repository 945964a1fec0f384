import type { H225 } from "../../asn1/index.js";
import type { HostPort } from "../../h323/transport-address.js";
import type { RasMessage } from "../ras-message.js";

// What the endpoint RAS machine sends and tells the application.

/** One RAS datagram to send: its bytes, the message they encode, and where to. */
export interface RasTransmit {
  readonly to: HostPort;
  readonly bytes: Uint8Array;
  readonly message: RasMessage;
  /** A repeat of an earlier request with the same requestSeqNum (no answer in time). */
  readonly retransmission?: boolean;
}

/** The requests the endpoint makes. */
export type RasRequestName = "GRQ" | "RRQ" | "keep-alive RRQ" | "ARQ" | "DRQ" | "URQ";

export type RasEndpointEvent =
  /** GCF: the gatekeeper accepts us for registration. */
  | {
      readonly type: "discovered";
      readonly gatekeeperIdentifier?: string;
      readonly rasAddress: HostPort;
      readonly gcf: H225.GatekeeperConfirm;
    }
  /** RCF to a full RRQ: registered; keep-alive RRQs follow on their own. */
  | {
      readonly type: "registered";
      readonly endpointIdentifier: string;
      /** Seconds granted; undefined: the registration does not expire. */
      readonly timeToLive?: number;
      readonly rcf: H225.RegistrationConfirm;
    }
  /** RCF to a keep-alive RRQ. */
  | { readonly type: "keptAlive"; readonly timeToLive?: number }
  /** GRJ, RRJ, ARJ, DRJ or URJ with its reason (the ASN.1 name). */
  | {
      readonly type: "rejected";
      readonly request: RasRequestName;
      readonly reason: string;
      readonly message: RasMessage;
      /** The call of an ARQ or DRQ. */
      readonly callReferenceValue?: number;
    }
  /** No answer after every retransmission; ARQ/DRQ name their call. */
  | {
      readonly type: "timedOut";
      readonly request: RasRequestName;
      readonly attempts: number;
      readonly callReferenceValue?: number;
    }
  /** RIP: the gatekeeper needs `delayMs` more for this request. */
  | { readonly type: "inProgress"; readonly request: RasRequestName; readonly delayMs: number }
  /** ACF: call the destCallSignalAddress. */
  | {
      readonly type: "admitted";
      readonly callReferenceValue: number;
      readonly destCallSignalAddress: HostPort | undefined;
      readonly callModel: string;
      readonly bandWidth: number;
      readonly acf: H225.AdmissionConfirm;
    }
  /** DCF to our DRQ. */
  | { readonly type: "disengaged"; readonly callReferenceValue: number }
  /** The gatekeeper ended a call with its own DRQ (we answered DCF): hang it up. */
  | { readonly type: "callDropped"; readonly callReferenceValue: number; readonly reason: string }
  /** UCF to our URQ, or the gatekeeper's own URQ (answered with UCF), or a keep-alive that failed. */
  | {
      readonly type: "unregistered";
      readonly by: "us" | "gatekeeper" | "lost";
      readonly reason?: string;
    }
  /** IRQ answered with IRR. */
  | { readonly type: "infoRequested"; readonly callReferenceValue: number }
  /**
   * A message from the gatekeeper this machine does not act on (ServiceControlIndication,
   * NonStandardMessage, an unknown extension, an answer to no request of ours).
   */
  | {
      readonly type: "unhandled";
      readonly message: RasMessage;
      readonly from: HostPort;
      readonly why: string;
    }
  /** A datagram that is no RAS message (the ParseError's line); it is dropped. */
  | { readonly type: "undecodable"; readonly from: HostPort; readonly error: string };
