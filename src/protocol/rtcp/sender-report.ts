import { need, ParseError } from "../parse-error.js";
import { asSsrc } from "../rtp/types.js";
import { parseReportBlock, REPORT_BLOCK_LENGTH, type ReportBlock, writeReportBlock } from "./report-block.js";
import type { SenderReport } from "./rtcp-types.js";

const FORMAT = "RTCP SR";

/*
 * RFC 3550 §6.4.1 SR: Sender Report RTCP Packet
 *
 *         0                   1                   2                   3
 *         0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1 2 3 4 5 6 7 8 9 0 1
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 * header |V=2|P|    RC   |   PT=SR=200   |             length            |
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                         SSRC of sender                        |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 * sender |              NTP timestamp, most significant word             |
 * info   +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |             NTP timestamp, least significant word             |
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                         RTP timestamp                         |
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                     sender's packet count                     |
 *        +-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+-+
 *        |                      sender's octet count                     |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 *        |                 report block 1 ... RC (24 octets each)        |
 *        +=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+=+
 *        |                  profile-specific extensions                  |
 */
const SENDER_INFO_LENGTH = 24;

/** Parses the SR body (after the common header) from `body`; `base` is its offset for error messages. */
export function parseSenderReport(body: Uint8Array, count: number, base: number): SenderReport {
  if (body.length < SENDER_INFO_LENGTH) {
    throw new ParseError(
      FORMAT,
      "sender info",
      base,
      `body is ${body.length} octets, needs ${SENDER_INFO_LENGTH}`,
    );
  }
  const v = new DataView(body.buffer, body.byteOffset, body.byteLength);
  const reportsEnd = SENDER_INFO_LENGTH + count * REPORT_BLOCK_LENGTH;
  need(body, SENDER_INFO_LENGTH, count * REPORT_BLOCK_LENGTH, FORMAT, "report blocks");
  const reports: ReportBlock[] = [];
  for (let i = 0; i < count; i++) {
    reports.push(parseReportBlock(body, SENDER_INFO_LENGTH + i * REPORT_BLOCK_LENGTH, FORMAT));
  }
  return {
    type: "sr",
    ssrc: asSsrc(v.getUint32(0)),
    ntpSeconds: v.getUint32(4),
    ntpFraction: v.getUint32(8),
    rtpTimestamp: v.getUint32(12),
    packetCount: v.getUint32(16),
    octetCount: v.getUint32(20),
    reports,
    extension: body.slice(reportsEnd),
  };
}

export function serializeSenderReport(sr: SenderReport): { count: number; body: Uint8Array } {
  if (sr.reports.length > 31) throw new RangeError("RTCP SR: at most 31 report blocks");
  const body = new Uint8Array(
    SENDER_INFO_LENGTH + sr.reports.length * REPORT_BLOCK_LENGTH + sr.extension.length,
  );
  const v = new DataView(body.buffer);
  v.setUint32(0, sr.ssrc >>> 0);
  v.setUint32(4, sr.ntpSeconds >>> 0);
  v.setUint32(8, sr.ntpFraction >>> 0);
  v.setUint32(12, sr.rtpTimestamp >>> 0);
  v.setUint32(16, sr.packetCount >>> 0);
  v.setUint32(20, sr.octetCount >>> 0);
  sr.reports.forEach((b, i) => {
    writeReportBlock(body, SENDER_INFO_LENGTH + i * REPORT_BLOCK_LENGTH, b);
  });
  body.set(sr.extension, SENDER_INFO_LENGTH + sr.reports.length * REPORT_BLOCK_LENGTH);
  return { count: sr.reports.length, body };
}
