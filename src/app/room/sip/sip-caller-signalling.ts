import type { SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import type { SessionTimerFacts } from "../../../adapters/sip/session-timer.js";
import type { TlsFacts } from "../../../adapters/sip/tls-facts.js";
import type { SipTransportName, Unavailable } from "../../../conformance/evidence.js";
import {
  endpointMessages,
  sipRecords,
  sipRetransmissionFacts,
  tlsEvidence,
} from "../../../conformance/wire-evidence.js";
import type { CallerSignalling } from "../room-front.js";
import type { OptionsProbeResult } from "./options-probe.js";

export interface SipCallerSignallingInput {
  /** The SIP messages of this call (both directions); the caller's are those received. */
  readonly wire: readonly SipWireEvent[];
  /** TLS facts of the room's server connections; the one from the caller's address is used. */
  readonly tls: readonly TlsFacts[];
  /** The room's OPTIONS to the caller and the messages of that exchange. */
  readonly probe?: OptionsProbeResult & { readonly wire: readonly SipWireEvent[] };
  readonly sessionTimer?: SessionTimerFacts;
  /** Epoch ms the ladder's times count from. */
  readonly startedAtMs: number;
}

/** The signalling half of a SIP caller's grading: its INVITE with where it came from, TLS, the probe. */
export function sipCallerSignalling(input: SipCallerSignallingInput): CallerSignalling {
  const unavailable: Unavailable[] = [
    {
      part: "resolution",
      reason: {
        en: "the endpoint called the room (no URI was resolved)",
        sv: "ändpunkten ringde rummet (ingen URI slogs upp)",
      },
    },
  ];
  const probe = input.probe;
  if (!probe) {
    unavailable.push({
      part: "options",
      reason: {
        en: "the room sent no OPTIONS: the call was not established",
        sv: "rummet skickade ingen OPTIONS: samtalet kopplades aldrig upp",
      },
    });
  }
  const options = probe ? endpointMessages(probe.wire).filter((m) => m.role === "options-response") : [];
  const sip = [
    ...options,
    ...endpointMessages(input.wire).filter((m) => m.role === "invite" || m.role === "other"),
  ];
  const invite = sip.find((m) => m.role === "invite");
  const sipTransport = (input.wire.find((e) => e.direction === "in")?.transport ?? "udp") as SipTransportName;
  const tls =
    sipTransport === "tls" && invite?.source
      ? input.tls.filter((t) => t.role === "server" && t.remote.host === invite.source!.address).at(-1)
      : undefined;
  return {
    evidence: {
      sip,
      transport: {
        sipTransport,
        ...(tls ? { tls: tlsEvidence(tls)! } : {}),
        ...(invite?.source ? { signallingSource: invite.source } : {}),
      },
      ...(probe
        ? {
            optionsProbe: {
              target: probe.target,
              timeoutMs: probe.timeoutMs,
              ...(probe.answeredMs !== undefined ? { answeredMs: probe.answeredMs } : {}),
              ...(probe.error ? { error: probe.error } : {}),
            },
          }
        : {}),
    },
    unavailable,
    ladder: sipRecords(input.wire, input.startedAtMs),
    facts: {
      ...(input.sessionTimer ? { sessionTimer: sessionTimerFacts(input.sessionTimer) } : {}),
      ...sipRetransmissionFacts(input.wire),
    },
  };
}

/** The session timer as the caller report keeps it: who refreshed, how often, and any expiry. */
function sessionTimerFacts(t: SessionTimerFacts) {
  return {
    intervalS: t.intervalS,
    refresher: t.refresher === "us" ? "room" : "caller",
    refreshesSent: t.refreshesSent,
    refreshesReceived: t.refreshesReceived,
    ...(t.expired ? { expired: t.expired, expiredAfterS: t.expiredAfterS } : {}),
    events: t.events,
  };
}
