import { ParseError } from "../protocol/parse-error.js";
import { decodeRas, type RasMessage } from "../protocol/ras/ras-message.js";
import { rasName, rejectReason, requestSeqNum } from "../protocol/ras/ras-names.js";
import { rasSummary } from "../protocol/ras/ras-summary.js";
import { destinationAliases, endpointAliases } from "../protocol/ras/ras-views.js";
import { aliasOf } from "./h323-alias.js";
import type { H323Alias, H323WireMessage } from "./h323-evidence.js";

// What the RAS messages of a call say about the endpoint's URI (H.225.0 RAS, read again from the
// datagrams): the aliases it registered (its own RRQ, as a gatekeeper of ours saw it), and how
// we dialled it through a gatekeeper (our ARQ's destinationInfo) and whether the gatekeeper
// admitted that (ACF) or refused it (ARJ). Each fact keeps the message line that decided it.

export interface H323RasEvidence {
  /** The endpoint's registration: the terminalAlias of its full RRQ. */
  readonly registered?: {
    readonly aliases: readonly H323Alias[];
    /** "RRQ #12, aliases h323-ID alice, url-ID h323:alice@example.se, ..." */
    readonly line: string;
  };
  /** Our ARQ for the call and the gatekeeper's answer. */
  readonly admission?: {
    readonly dialled: readonly H323Alias[];
    readonly admitted: boolean;
    /** The ARJ's reason. */
    readonly reason?: string;
    /** The ARQ and its ACF/ARJ, one line each. */
    readonly lines: readonly string[];
  };
}

const line = (m: RasMessage) => `${rasName(m)} ${rasSummary(m)}`;

function decoded(m: H323WireMessage): RasMessage | undefined {
  if (m.channel !== "ras") return undefined;
  try {
    return decodeRas(m.bytes);
  } catch (e) {
    if (!(e instanceof ParseError)) throw e;
    return undefined;
  }
}

/** The RAS facts of a call's records; undefined when the call had no RAS. Pure. */
export function readRasEvidence(messages: readonly H323WireMessage[]): H323RasEvidence | undefined {
  let registered: H323RasEvidence["registered"];
  let admission: H323RasEvidence["admission"];
  let arqSeq: number | undefined;
  for (const r of messages) {
    const m = decoded(r);
    if (!m) continue;
    if (r.direction === "received" && m.choice === "registrationRequest" && m.value.keepAlive !== true) {
      registered = { aliases: endpointAliases(m).map(aliasOf), line: line(m) };
    } else if (r.direction === "sent" && m.choice === "admissionRequest" && !m.value.answerCall) {
      arqSeq = requestSeqNum(m);
      admission = { dialled: destinationAliases(m).map(aliasOf), admitted: false, lines: [line(m)] };
    } else if (
      r.direction === "received" &&
      admission &&
      (m.choice === "admissionConfirm" || m.choice === "admissionReject") &&
      requestSeqNum(m) === arqSeq
    ) {
      const reason = rejectReason(m);
      admission = {
        ...admission,
        admitted: m.choice === "admissionConfirm",
        ...(reason ? { reason } : {}),
        lines: [...admission.lines, line(m)],
      };
    }
  }
  if (!registered && !admission) return undefined;
  return { ...(registered ? { registered } : {}), ...(admission ? { admission } : {}) };
}
