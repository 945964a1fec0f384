// The bridge between SDP (RFC 3264) and H.245 for H.323 calls: our SDP to capabilities, fast
// start proposals and logical channels; what the far end said in H.245 back to SDP.
export * from "./aliases.js";
export * from "./capability-set.js";
export * from "./channel-bridge.js";
export * from "./fast-start-bridge.js";
export * from "./h264-h241.js";
export * from "./local-media.js";
export * from "./logical-channel.js";
export * from "./media-codec.js";
export * from "./message-summary.js";
export * from "./presentation-bridge.js";
export * from "./remote-sdp.js";
export * from "./transport-address.js";
