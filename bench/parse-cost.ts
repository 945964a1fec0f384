import { performance } from "node:perf_hooks";
// sip.js's own parser, as its UserAgent runs it on every message the transport hands over.
import { Parser } from "sip.js/lib/core/messages/parser.js";
import { FrontDoorGate } from "../src/protocol/sip/front-door-gate.js";
import { parseSipMessage } from "../src/protocol/sip/message-head.js";

// What one INVITE costs at the front door and what it costs sip.js to parse it again, µs per
// message: the door reads every message, sip.js only what the door hands on.

const SDP =
  "v=0\r\no=- 1 1 IN IP4 127.0.0.31\r\ns=-\r\nc=IN IP4 127.0.0.31\r\nt=0 0\r\nm=audio 9 RTP/AVP 0\r\n";

function invite(n: number): string {
  return [
    "INVITE sip:testrum@127.0.0.30:5060 SIP/2.0",
    `Via: SIP/2.0/UDP 127.0.0.31:4000;branch=z9hG4bK-p-${n};rport`,
    "Max-Forwards: 70",
    `From: <sip:flood@127.0.0.31>;tag=t${n}`,
    "To: <sip:testrum@127.0.0.30>",
    `Call-ID: p-${n}`,
    "CSeq: 1 INVITE",
    "Contact: <sip:flood@127.0.0.31:4000>",
    "Content-Type: application/sdp",
    `Content-Length: ${SDP.length}`,
    "",
    SDP,
  ].join("\r\n");
}

export interface ParseCost {
  readonly doorUs: number;
  readonly doorRefusalUs: number;
  readonly headParseUs: number;
  readonly sipjsUs: number;
}

export function measureParseCost(n = 5000): ParseCost {
  const messages = Array.from({ length: n }, (_, i) => invite(i));
  const time = (f: (m: string) => unknown) => {
    for (const m of messages.slice(0, 500)) f(m);
    const t = performance.now();
    for (const m of messages) f(m);
    return ((performance.now() - t) * 1000) / n;
  };
  const policy = {
    allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS", "INFO"],
    supported: ["timer"],
    accept: ["application/sdp"],
    answerOptions: true,
    userAgent: "vdm-test room",
    tagSecret: "bench",
    maxExpiresS: 2_147_483,
  };
  const open = { callsPerS: 1e9, requestsPerS: 1e9, messagesPerS: 1e9, retryAfterS: 5, maxSources: 10 };
  const passing = new FrontDoorGate(policy, open);
  const refusing = new FrontDoorGate(policy, { ...open, callsPerS: 0.001 });
  const logger = { error() {}, warn() {}, log() {}, debug() {} };
  let now = 0;
  return {
    doorUs: time((m) => passing.decide({ text: m }, "127.0.0.31", now++)),
    doorRefusalUs: time((m) => refusing.decide({ text: m }, "127.0.0.31", now++)),
    headParseUs: time((m) => parseSipMessage(m)),
    sipjsUs: time((m) => Parser.parseMessage(m, logger as never)),
  };
}
