export type { BaresipConfigFiles, BaresipPorts } from "./baresip-config.js";
export { baresipSipUri, renderBaresipConfig } from "./baresip-config.js";
export type {
  BaresipAudioCodec,
  BaresipOptions,
  BaresipRegistration,
  BaresipRole,
  BaresipSrtp,
  BaresipTransport,
  BaresipVideoCodec,
  ResolvedBaresipOptions,
} from "./baresip-options.js";
export { resolveBaresipOptions } from "./baresip-options.js";
export type {
  BaresipCodec,
  BaresipDirectionStats,
  BaresipMediaResult,
  BaresipResult,
  BaresipRtcpSummary,
  BaresipRunContext,
  BaresipStreamStats,
} from "./baresip-result.js";
export { parseBaresipOutput } from "./baresip-result.js";
export type { ChildProcessInfo } from "./child-processes.js";
export { descendantProcesses, waitForNoDescendants } from "./child-processes.js";
export type { BaresipEvent, BaresipResponse } from "./ctrl-tcp-client.js";
export type { SipRelay } from "./sdp-rewriting-relay.js";
export { keepOnlyH264Mode, rewriteContact, rewriteSipBody, startSipRelay } from "./sdp-rewriting-relay.js";
export type { BaresipHandle } from "./start-baresip.js";
export { BARESIP_BIN, hasBaresip, startBaresip, stopAllBaresips } from "./start-baresip.js";
export { makeTestVideo } from "./test-video.js";
