import { encryptionEvidence } from "../../../adapters/h323/h235-security.js";
import type { H323CallFacts, H323Encryption, H323MessageRecord } from "../../../adapters/h323/h323-call.js";
import { h323LadderRecords } from "../../../conformance/h323-ladder.js";
import { readH323Evidence } from "../../../conformance/h323-wire.js";
import type { CallerSignalling, SignallingSource } from "../room-front.js";

export interface H323CallerSignallingInput {
  readonly source: SignallingSource;
  /** The call's H.225.0 and H.245 messages, both directions, in wire order. */
  readonly messages: readonly H323MessageRecord[];
  readonly facts: H323CallFacts;
  /** H.235.6 on the call, when the engine knows it. */
  readonly encryption?: H323Encryption;
  /** Epoch ms the ladder's times count from. */
  readonly startedAtMs: number;
}

/**
 * The signalling half of an H.323 caller's grading: its Setup, capability set, channels and
 * aliases read again from the bytes it sent (the endpoint is the caller), where it called from,
 * the ladder of H.225.0 and H.245 messages, and the far end's choices as facts.
 */
export function h323CallerSignalling(input: H323CallerSignallingInput): CallerSignalling {
  const f = input.facts;
  return {
    evidence: {
      h323: {
        ...readH323Evidence({ endpointRole: "caller", mode: f.mode, messages: input.messages }),
        ...(input.encryption ? { encryption: encryptionEvidence(input.encryption, "caller") } : {}),
      },
      transport: { signallingSource: { address: input.source.host, port: input.source.port } },
    },
    unavailable: [],
    // Without fast start the room sees the call only once H.245 has brought the caller's
    // channels: the ladder counts from the Setup, not from a time after it.
    ladder: h323LadderRecords(
      input.messages,
      Math.min(input.startedAtMs, input.messages[0]?.atMs ?? Infinity),
    ),
    facts: {
      h323: {
        mode: f.mode,
        tunnelling: f.tunnelling,
        fastStart: f.fastStartAccepted,
        separateH245: f.separateH245,
        ...(f.vendor ? { vendor: f.vendor } : {}),
        callerAliases: f.remoteAliases,
        calledAliases: f.calledAliases,
        ...(f.capabilities ? { capabilities: f.capabilities } : {}),
        ...(f.releaseReason ? { releaseReason: f.releaseReason } : {}),
        ...(f.q850Cause !== undefined ? { q850Cause: f.q850Cause } : {}),
      },
    },
  };
}
