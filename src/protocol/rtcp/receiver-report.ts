import { need, ParseError } from "../parse-error.js";
import { asSsrc } from "../rtp/types.js";
import { parseReportBlock, REPORT_BLOCK_LENGTH, type ReportBlock, writeReportBlock } from "./report-block.js";
import type { ReceiverReport } from "./rtcp-types.js";

const FORMAT = "RTCP RR";

/*
 * RFC 3550 §6.4.2 RR: Receiver Report RTCP Packet
 *
 *         0                   1                   2                   3
 *         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * header |V=2|P|    RC   |   PT=RR=201   |             length            |
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                     SSRC of packet sender                     |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 *        |                 report block 1 ... RC (24 octets each)        |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 *        |                  profile-specific extensions                  |
 */
export function parseReceiverReport(body: Uint8Array, count: number, base: number): ReceiverReport {
  if (body.length < 4) throw new ParseError(FORMAT, "ssrc", base, `body is ${body.length} octets, needs 4`);
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  need(body, 4, count * REPORT_BLOCK_LENGTH, FORMAT, "report blocks");
  const reports: ReportBlock[] = [];
  for (let i = 0; i < count; i++) reports.push(parseReportBlock(body, 4 + i * REPORT_BLOCK_LENGTH, FORMAT));
  return {
    type: "rr",
    ssrc: asSsrc(v.getUint32(0)),
    reports,
    extension: body.slice(4 + count * REPORT_BLOCK_LENGTH),
  };
}

export function serializeReceiverReport(rr: ReceiverReport): { count: number; body: Uint8Array } {
  if (rr.reports.length > 31) throw new RangeError("RTCP RR: at most 31 report blocks");
  const body = new Uint8Array(4 + rr.reports.length * REPORT_BLOCK_LENGTH + rr.extension.length);
  new DataView(body.buffer).setUint32(0, rr.ssrc >>> 0);
  rr.reports.forEach((b, i) => {
    writeReportBlock(body, 4 + i * REPORT_BLOCK_LENGTH, b);
  });
  body.set(rr.extension, 4 + rr.reports.length * REPORT_BLOCK_LENGTH);
  return { count: rr.reports.length, body };
}
