import { readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The TCP segments of the H.323 peer captures (fixtures/h323/tcp-segments.tsv, written once by
// fixtures/h323/extract.sh with tshark), so golden tests run without tshark.

export interface CaptureSegment {
  readonly capture: string;
  readonly frame: number;
  readonly stream: number;
  readonly src: string;
  readonly dst: string;
  readonly seq: number;
  readonly payload: Uint8Array;
  /** tshark's q931.message_type for each Q.931 PDU in the frame (empty on H.245 connections). */
  readonly q931Types: readonly number[];
}

/** One direction of one TCP connection: its segments in order, and their bytes joined. */
export interface CaptureFlow {
  readonly key: string;
  readonly segments: readonly CaptureSegment[];
  readonly bytes: Uint8Array;
}

const FILE = resolve(dirname(fileURLToPath(import.meta.url)), "../../../fixtures/h323/tcp-segments.tsv");

export function captureSegments(): CaptureSegment[] {
  return readFileSync(FILE, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"))
    .map((line) => {
      const [capture, frame, stream, src, dst, seq, payload, types] = line.split("\t");
      return {
        capture: capture!,
        frame: Number(frame),
        stream: Number(stream),
        src: src!,
        dst: dst!,
        seq: Number(seq),
        payload: Uint8Array.from(Buffer.from(payload!, "hex")),
        q931Types: types ? types.split(",").map((t) => Number.parseInt(t, 16)) : [],
      };
    });
}

/** The segments grouped by connection and direction, in capture order. */
export function captureFlows(): CaptureFlow[] {
  const byKey = new Map<string, CaptureSegment[]>();
  for (const s of captureSegments()) {
    const key = `${s.capture} stream ${s.stream} ${s.src}->${s.dst}`;
    const list = byKey.get(key) ?? [];
    list.push(s);
    byKey.set(key, list);
  }
  return [...byKey].map(([key, segments]) => ({
    key,
    segments,
    bytes: Buffer.concat(segments.map((s) => s.payload)),
  }));
}

/** The flows carrying Q.931 (call signalling), apart from the separate H.245 connections. */
export function callSignallingFlows(): CaptureFlow[] {
  return captureFlows().filter((f) => f.segments.some((s) => s.q931Types.length > 0));
}
