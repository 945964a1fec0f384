export { parseBye, serializeBye } from "./bye.js";
export { parseRtcpCompound, serializeRtcpCompound } from "./compound.js";
export { isRtcp } from "./demux.js";
export { FIR_FMT } from "./fir.js";
export { NACK_FMT, nackedSequences, nackItemsFor } from "./generic-nack.js";
export { PLI_FMT } from "./pli.js";
export type { ReportBlock } from "./report-block.js";
export * from "./rtcp-types.js";
export { cnameSdes, SDES_CNAME, sdesCname } from "./sdes.js";
