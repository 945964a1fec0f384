export { type DerivedKeys, deriveSessionKeys, type SessionKeys } from "./key-derivation.js";
export { createReplayWindow, type ReplayWindow } from "./replay-window.js";
export { createSrtpContext, type SrtpContext, type SrtpContextOptions } from "./srtp-context.js";
export { SrtpError, type SrtpFailure } from "./srtp-error.js";
export {
  isSrtpSuite,
  SRTP_SUITES,
  type SrtpKeyMaterial,
  type SrtpSuite,
  type SrtpSuiteParams,
  splitKeyMaterial,
  srtpSuiteParams,
} from "./srtp-suite.js";
