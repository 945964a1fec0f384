import { topHeaderValue } from "../protocol/sip/message-head.js";
import type { SipDialog } from "./sip-dialogs.js";

/**
 * Which party of a captured dialog is "the endpoint" the conformance engine grades. A capture
 * shows two foreign parties; when one of them is vdm-test (its User-Agent or Server says so), the
 * other is graded. Otherwise the callee is graded, as in a call vdm-test places (the far end
 * answers), unless `--side` chooses.
 */
export type Side = "caller" | "callee";

export interface GradedSide {
  readonly side: Side;
  /** "ip:port" of the graded party (the INVITE's destination for the callee), when captured. */
  readonly address?: string;
  /** "ip:port" of the other party. */
  readonly other?: string;
  /** The graded party's User-Agent (caller) or Server/User-Agent (callee), when it sent one. */
  readonly agent?: string;
  readonly otherAgent?: string;
  /** Why this side was graded, one sentence. */
  readonly why: string;
}

const VDM_TEST = /\bvdm-test\b/i;

/** The User-Agent of the caller's INVITE and the Server (or User-Agent) of the callee's responses. */
export function partyAgents(d: SipDialog): { caller?: string; callee?: string } {
  let caller: string | undefined;
  let callee: string | undefined;
  for (const m of d.kept) {
    if (m.head.startLine.kind === "request") caller ??= topHeaderValue(m.head, "user-agent");
    else if (m.seen.cseqMethod === "INVITE")
      callee ??= topHeaderValue(m.head, "server") ?? topHeaderValue(m.head, "user-agent");
  }
  return { ...(caller ? { caller } : {}), ...(callee ? { callee } : {}) };
}

/** Decides the graded side of a dialog with an INVITE. Pure. */
export function gradedSide(d: SipDialog, requested?: Side): GradedSide {
  const agents = partyAgents(d);
  const callerVdm = VDM_TEST.test(agents.caller ?? "");
  const calleeVdm = VDM_TEST.test(agents.callee ?? "");
  let side: Side;
  let why: string;
  if (requested) {
    side = requested;
    why = `the ${requested} was chosen with --side`;
  } else if (callerVdm !== calleeVdm) {
    side = callerVdm ? "callee" : "caller";
    why = `the ${callerVdm ? "caller" : "callee"} is vdm-test (${callerVdm ? agents.caller : agents.callee}), so the other party is graded`;
  } else {
    side = "callee";
    why = `${callerVdm ? "both parties are vdm-test" : "neither party is vdm-test"}: the callee (the party that answered) is graded, as in a call vdm-test places; --side caller grades the caller`;
  }
  const mine = side === "caller" ? d.caller : d.callee;
  const theirs = side === "caller" ? d.callee : d.caller;
  const agent = side === "caller" ? agents.caller : agents.callee;
  const otherAgent = side === "caller" ? agents.callee : agents.caller;
  return {
    side,
    ...(mine ? { address: mine } : {}),
    ...(theirs ? { other: theirs } : {}),
    ...(agent ? { agent } : {}),
    ...(otherAgent ? { otherAgent } : {}),
    why,
  };
}
