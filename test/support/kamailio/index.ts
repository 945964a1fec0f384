export type { KamailioConfigFiles, KamailioConfigOptions, KamailioPorts } from "./kamailio-config.js";
export { renderKamailioConfig } from "./kamailio-config.js";
export type { KamailioHandle, KamailioOptions } from "./start-kamailio.js";
export {
  hasKamailio,
  hasKamailioTls,
  KAMAILIO_BIN,
  startKamailio,
  stopAllKamailios,
} from "./start-kamailio.js";
