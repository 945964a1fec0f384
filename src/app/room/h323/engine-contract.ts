// TEMPORARY: the engine's API as agreed, until src/adapters/h323/h323-call.ts lands.
export type H245Mode = "fastStart" | "tunnelling" | "separate";
export interface H323Address {
  host: string;
  port: number;
}
export interface H323Aliases {
  h323Id?: string;
  urlId?: string;
  emailId?: string;
  dialedDigits?: string;
}
export interface H323MessageRecord {
  atMs: number;
  direction: "sent" | "received";
  channel: "q931" | "h245";
  tunnelled?: boolean;
  name: string;
  summary: string;
  bytes: Uint8Array;
  local: H323Address;
  remote: H323Address;
}
export interface H323CallFacts {
  mode: H245Mode;
  tunnelling: boolean;
  fastStartAccepted: boolean;
  separateH245: boolean;
  vendor?: string;
  remoteAliases: H323Aliases;
  calledAliases: H323Aliases;
  capabilities?: string[];
  releaseReason?: string;
  q850Cause?: number;
}
export interface H323Call {
  readonly callId: string;
  readonly facts: () => H323CallFacts;
  messages(): readonly H323MessageRecord[];
  requestKeyframe(): boolean;
  onKeyframeRequest(fn: () => void): void;
  hangUp(reason?: string): Promise<void>;
  whenEnded(): Promise<{ byPeer: boolean; reason: string }>;
}
export declare function placeH323Call(opts: {
  local: { host: string };
  remote: H323Address;
  called: H323Aliases;
  calling: H323Aliases;
  mode: H245Mode;
  sdpOffer: string;
  answerTimeoutMs: number;
  onAlerting?: () => void;
}): Promise<{ call: H323Call; sdpAnswer: string }>;
export type RefuseReason = "busy" | "noBandwidth" | "undefinedReason";
export interface IncomingH323Call {
  callId: string;
  source: H323Address;
  calledAliases: H323Aliases;
  callingAliases: H323Aliases;
  vendor?: string;
  sdpOffer: string;
  answer(sdpAnswer: string): Promise<H323Call>;
  refuse(reason: RefuseReason): Promise<void>;
}
export declare class H323Listener {
  static open(opts: { host: string; port: number }): Promise<H323Listener>;
  readonly address: H323Address;
  onCall(fn: (incoming: IncomingH323Call) => void): void;
  close(): Promise<void>;
}
