import type { H323WireMessage } from "../../../src/conformance/h323-evidence.js";
import { TpktFramer } from "../../../src/protocol/tpkt/tpkt-framer.js";
import { captureSegments } from "./capture-segments.js";

// A real call of the H.323 peer captures as our shell would have recorded it from one side:
// every TPKT payload of the capture's connections that involve `local` (host), in frame order,
// "sent" when `local` wrote it. Names are left to the reader (grading decodes the bytes again).

function endpoint(text: string): { host: string; port: number } {
  const at = text.lastIndexOf(":");
  return { host: text.slice(0, at), port: Number(text.slice(at + 1)) };
}

/**
 * The messages of the connections of `capture` between `local` and `remote` (host or
 * host:port), as seen from `local`. A connection that carries Q.931 is call signalling, any
 * other is a separate H.245 connection.
 */
export function captureWire(capture: string, local: string, remote: string): H323WireMessage[] {
  const matches = (addr: string, want: string) => addr === want || addr.startsWith(`${want}:`);
  const segments = captureSegments().filter(
    (s) =>
      s.capture === capture &&
      ((matches(s.src, local) && matches(s.dst, remote)) ||
        (matches(s.src, remote) && matches(s.dst, local))),
  );
  const q931Streams = new Set(segments.filter((s) => s.q931Types.length > 0).map((s) => s.stream));
  const framers = new Map<string, TpktFramer>();
  const out: H323WireMessage[] = [];
  for (const s of [...segments].sort((a, b) => a.frame - b.frame)) {
    const key = `${s.stream} ${s.src}`;
    const framer = framers.get(key) ?? new TpktFramer();
    framers.set(key, framer);
    framer.push(s.payload);
    const sent = matches(s.src, local);
    for (let payload = framer.next(); payload !== undefined; payload = framer.next()) {
      if (payload.length === 0) continue;
      out.push({
        atMs: s.frame,
        direction: sent ? "sent" : "received",
        channel: q931Streams.has(s.stream) ? "q931" : "h245",
        name: q931Streams.has(s.stream) ? "Q.931" : "H.245",
        summary: "",
        bytes: payload,
        local: endpoint(sent ? s.src : s.dst),
        remote: endpoint(sent ? s.dst : s.src),
      });
    }
  }
  return out;
}
