// H.225.0 call signalling (Q.931 profile, H323-UserInformation) and its sans-IO machines.
export * from "./call-events.js";
export * from "./call-pdu.js";
export * from "./call-signalling-machine.js";
export * from "./call-timers.js";
export * from "./callee-call.js";
export * from "./caller-call.js";
export * from "./release-reason.js";
export * from "./signalling-message.js";
