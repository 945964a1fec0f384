import { multimediaSystemControlMessage } from "../../protocol/asn1/index.js";
import { parseCallPdu } from "../../protocol/h225/call-pdu.js";
import { h245Name, h245Summary, q931Name, q931Summary } from "../../protocol/h323/message-summary.js";
import { ParseError } from "../../protocol/parse-error.js";
import type { H323MessageRecord } from "./h323-call.js";
import type { TpktConnection } from "./tpkt-connection.js";

// The call's messages in the order they crossed the wire: every Q.931 message, every H.245
// message (tunnelled ones after their Q.931 carrier), named and summed up in one line. Capped:
// a peer flooding Facility messages cannot grow it without end.

const MAX_RECORDS = 2000;

export class H323MessageLog {
  private readonly records: H323MessageRecord[] = [];
  private dropped = 0;

  constructor(private readonly onRecord?: (m: H323MessageRecord) => void) {}

  all(): readonly H323MessageRecord[] {
    return this.records;
  }

  /** Records past the cap that were not kept. */
  get droppedCount(): number {
    return this.dropped;
  }

  /** A Q.931 message (its TPKT payload), and the H.245 messages tunnelled in it. */
  q931(direction: H323MessageRecord["direction"], payload: Uint8Array, conn: TpktConnection): void {
    let name = "Unparseable";
    let summary: string;
    let tunnelled: readonly Uint8Array[] = [];
    try {
      const pdu = parseCallPdu(payload);
      name = q931Name(pdu);
      summary = q931Summary(pdu);
      tunnelled = pdu.uu["h323-uu-pdu"].h245Control ?? [];
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      summary = payload.length === 0 ? "empty TPKT (keep-alive)" : e.message;
      if (payload.length === 0) name = "KeepAlive";
    }
    this.add({ direction, channel: "q931", name, summary, bytes: payload, conn });
    for (const m of tunnelled) this.h245(direction, m, conn, true);
  }

  /** One H.245 message: a TPKT payload of the H.245 connection, or an h245Control element. */
  h245(
    direction: H323MessageRecord["direction"],
    bytes: Uint8Array,
    conn: TpktConnection,
    tunnelled: boolean,
  ): void {
    let name = "Unparseable";
    let summary: string;
    try {
      const m = multimediaSystemControlMessage.decode(bytes);
      name = h245Name(m);
      summary = h245Summary(m);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      summary = e.message;
    }
    this.add({ direction, channel: "h245", name, summary, bytes, conn, ...(tunnelled ? { tunnelled } : {}) });
  }

  private add(r: {
    direction: H323MessageRecord["direction"];
    channel: H323MessageRecord["channel"];
    name: string;
    summary: string;
    bytes: Uint8Array;
    conn: TpktConnection;
    tunnelled?: boolean;
  }): void {
    if (this.records.length >= MAX_RECORDS) {
      this.dropped++;
      return;
    }
    const record: H323MessageRecord = {
      atMs: Date.now(),
      direction: r.direction,
      channel: r.channel,
      ...(r.tunnelled ? { tunnelled: true } : {}),
      name: r.name,
      summary: r.summary,
      bytes: r.bytes.slice(),
      local: r.conn.local,
      remote: r.conn.remote,
    };
    this.records.push(record);
    this.onRecord?.(record);
  }
}
