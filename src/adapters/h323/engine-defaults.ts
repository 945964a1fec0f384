// Bounds and names the engine uses when the application gives none.

export const ENGINE_DEFAULTS = {
  /** The largest TPKT packet we accept (a Setup with fast start and H.460 is a few hundred octets). */
  maxPacketLength: 16_384,
  /** Connecting to, or waiting for, a separate H.245 connection. */
  h245ConnectTimeoutMs: 10_000,
} as const;

/** The versionId our EndpointType names. */
export const ENGINE_VERSION = "0.1.0";
/** The product our endpoint names unless its user names another (the room: "vdm-test room"). */
export const ENGINE_PRODUCT = "vdm-test";
