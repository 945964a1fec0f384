// H.245 (multimedia system control) for H.323: the signalling entities and one session over them.
export * from "./capability-exchange.js";
export * from "./fast-start.js";
export * from "./h239-capabilities.js";
export * from "./h239-messages.js";
export * from "./h239-token.js";
export * from "./h245-session.js";
export * from "./logical-channels.js";
export * from "./master-slave-determination.js";
export * from "./terminal-capabilities.js";
