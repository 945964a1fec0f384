// TPKT (RFC 1006 §6): the framing of H.225.0 call signalling and H.245 over TCP.
export * from "./tpkt.js";
export * from "./tpkt-framer.js";
