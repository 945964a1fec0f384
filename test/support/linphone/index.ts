export type {
  LinphoneEncryption,
  LinphoneOptions,
  LinphonePorts,
  LinphoneRole,
  LinphoneVideoCodec,
  ResolvedLinphoneOptions,
} from "./linphone-config.js";
export { linphoneSipUri, renderLinphoneRc, resolveLinphoneOptions } from "./linphone-config.js";
export type {
  LinphoneEvent,
  LinphoneEventKind,
  LinphoneMediaResult,
  LinphoneRtpStats,
} from "./linphone-output.js";
export { parseLinphoneEvent, parseLinphoneLog } from "./linphone-output.js";
export type { LinphoneHandle, LinphoneResult } from "./start-linphone.js";
export { hasLinphone, LINPHONEC_BIN, startLinphone, stopAllLinphones } from "./start-linphone.js";
export { sineWav } from "./tone-wav.js";
