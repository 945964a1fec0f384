// The H.323 engine's shell: call signalling and H.245 over TCP, SDP in and SDP out.
export * from "./h323-call.js";
export { H323Listener, type H323ListenerOpenOptions } from "./h323-listener.js";
export { placeH323Call } from "./place-h323-call.js";
