// H.460.18 and H.460.19 (firewall and NAT traversal for H.323) on top of the H.460.1 generic
// feature framework: feature sets, the incoming-call indication, the traversal Facility,
// TraversalParameters, media keep-alives, multiplexed media and keep-alive timing. Pure.
export * from "./feature-set.js";
export * from "./incoming-call-indication.js";
export * from "./keep-alive-timing.js";
export * from "./media-keep-alive.js";
export * from "./multiplexed-media.js";
export * from "./traversal-facility.js";
export * from "./traversal-parameters.js";
export * from "./traversal-server.js";
