// BFCP (RFC 8855): codec, transport helpers and the floor control machines.
export * from "./attributes.js";
export * from "./constants.js";
export * from "./floor-participant.js";
export * from "./floor-server.js";
export * from "./fragments.js";
export * from "./message.js";
export * from "./output.js";
export * from "./request-status.js";
export * from "./stream-framer.js";
export * from "./udp-reliability.js";
