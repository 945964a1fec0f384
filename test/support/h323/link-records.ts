import type { H323Address, H323MessageRecord } from "../../../src/adapters/h323/h323-call.js";
import { multimediaSystemControlMessage } from "../../../src/protocol/asn1/index.js";
import { parseCallPdu } from "../../../src/protocol/h225/call-pdu.js";
import { h245Name, q931Name } from "../../../src/protocol/h323/message-summary.js";
import { parseTpkt } from "../../../src/protocol/tpkt/tpkt.js";

// The engine's message log (H323MessageRecord) of what linked machines sent, as side `us` would
// have logged it: each Q.931 message, and each H.245 message tunnelled in it as its own record.
// Lets the message-log tshark harness run on the pure core's output without sockets.

export interface LinkedTransmit {
  readonly from: "a" | "b";
  /** TPKT packet as written. */
  readonly bytes: Uint8Array;
}

export function linkRecords(
  transmits: readonly LinkedTransmit[],
  opts: { us: "a" | "b"; local: H323Address; remote: H323Address; channel: "q931" | "h245"; atMs?: number },
): H323MessageRecord[] {
  let atMs = opts.atMs ?? 1_700_000_000_000;
  return transmits.flatMap((t): H323MessageRecord[] => {
    const base = {
      atMs: atMs++,
      direction: t.from === opts.us ? ("sent" as const) : ("received" as const),
      local: opts.local,
      remote: opts.remote,
      summary: "",
    };
    const bytes = parseTpkt(t.bytes);
    if (opts.channel === "h245") {
      return [
        { ...base, channel: "h245", name: h245Name(multimediaSystemControlMessage.decode(bytes)), bytes },
      ];
    }
    const pdu = parseCallPdu(bytes);
    const tunnelled = (pdu.uu["h323-uu-pdu"].h245Control ?? []).map((element) => ({
      ...base,
      channel: "h245" as const,
      tunnelled: true,
      name: h245Name(multimediaSystemControlMessage.decode(element)),
      bytes: element,
    }));
    return [{ ...base, channel: "q931" as const, name: q931Name(pdu), bytes }, ...tunnelled];
  });
}
