import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type {
  H460MediaArrival,
  H460WireInput,
  H460WireMessage,
} from "../../../src/conformance/h460-evidence.js";
import { captureWire } from "./capture-wire.js";
import { capturedRas } from "./h46018-capture.js";

// d-h46018.pcapng as GnuGk (the traversal server) saw one endpoint: its RAS, the call
// signalling connection it opened outward, the H.245 tunnelled in it, and the media it sent to
// GnuGk's RTP proxy, each at the capture's time (fixtures/h323/d-h46018-timeline.tsv).
// dave (the callee, reached by SCI): RAS 127.0.0.4:39078, TCP from 127.0.0.1:60704, RTP/RTCP
// from 127.0.0.1:5003/5004.

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../../fixtures/h323/d-h46018-timeline.tsv");

interface Row {
  frame: number;
  atMs: number;
  proto: string;
  src: string;
  dst: string;
  length: number;
  head: Uint8Array;
}

function rows(): Row[] {
  return readFileSync(FILE, "utf8")
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const [frame, time, proto, src, dst, length, head] = l.split("\t");
      return {
        frame: Number(frame),
        atMs: Number(time) * 1000,
        proto: proto!,
        src: src!,
        dst: dst!,
        length: Number(length),
        head: new Uint8Array(Buffer.from(head ?? "", "hex")),
      };
    });
}

const hp = (s: string) => {
  const at = s.lastIndexOf(":");
  return { host: s.slice(0, at), port: Number(s.slice(at + 1)) };
};

export interface TimelineEndpoint {
  readonly ras: string;
  readonly signalling: string;
  readonly media: readonly string[];
}

export const DAVE: TimelineEndpoint = {
  ras: "127.0.0.4:39078",
  signalling: "127.0.0.1:60704",
  media: ["127.0.0.1:5003", "127.0.0.1:5004"],
};

/** What GnuGk exchanged with `ep`, as the H.460 evidence reader takes it. */
export function seenByGnuGk(ep: TimelineEndpoint = DAVE): H460WireInput {
  const all = rows();
  const timeOf = new Map(all.map((r) => [r.frame, r.atMs]));
  const rasByFrame = new Map(capturedRas().map((r) => [r.frame, r.bytes]));
  const messages: H460WireMessage[] = [];
  for (const r of all) {
    if (r.proto !== "udp" || (r.src !== ep.ras && r.dst !== ep.ras)) continue;
    const bytes = rasByFrame.get(r.frame);
    if (!bytes) continue;
    const fromEp = r.src === ep.ras;
    messages.push({
      atMs: r.atMs,
      direction: fromEp ? "received" : "sent",
      channel: "ras",
      bytes,
      local: hp(fromEp ? r.dst : r.src),
      remote: hp(ep.ras),
    });
  }
  for (const w of captureWire("d-h46018.pcapng", "127.0.0.4:1720", ep.signalling)) {
    // captureWire's atMs is the frame; a frame the timeline lacks is a TCP retransmission
    // (frame 29 repeats dave's Connect), which tshark does not read as TPKT either
    const atMs = timeOf.get(w.atMs);
    if (atMs !== undefined) messages.push({ ...w, atMs });
  }
  const media: H460MediaArrival[] = all
    .filter((r) => r.proto === "udp" && ep.media.includes(r.src))
    .map((r) => ({ atMs: r.atMs, from: hp(r.src), to: hp(r.dst), length: r.length, head: r.head }));
  const endAtMs = Math.max(...all.filter((r) => r.src === ep.ras || r.dst === ep.ras).map((r) => r.atMs));
  return { messages, media, endAtMs };
}
