import { closeSync, openSync, writeSync } from "node:fs";
import { CaptureAnalyzer } from "../src/analysis/capture-analyzer.js";
import { type CapturedDatagram, createCaptureDecoder } from "../src/protocol/capture/capture-decoder.js";
import { type CaptureAddress, CaptureWriter } from "../src/protocol/capture/capture-writer.js";
import { captureTimeMicros } from "../src/protocol/pcap/capture-time.js";
import { createSrtpContext, type SrtpContext } from "../src/protocol/srtp/srtp-context.js";
import { isSrtpSuite, type SrtpSuite } from "../src/protocol/srtp/srtp-suite.js";

/**
 * Grows a few recorded calls into a large capture by tiling: each tile is one recorded call
 * played again as a distinct call. Per tile, every UDP/TCP port of the recording is moved to a
 * port of its own (in the packet headers and wherever SIP and SDP name it: Via, Contact, rport,
 * m= lines, a=rtcp, ICE candidates), the Call-ID gets a tile suffix, every SSRC (RTP headers,
 * CSRCs, RTCP reports, SDES, BYE, feedback, a=ssrc) is XORed with a tile constant, and capture
 * times are shifted so that tiles overlap like concurrent calls. SIP bodies change length, so
 * Content-Length is recomputed (RFC 3261 §20.14), and TCP is written anew by the project's
 * pcapng writer (its sequence numbers count the rewritten bytes). SRTP and SRTCP are decrypted
 * with the SDES key the recording's SDP announced and protected again after the SSRC changed
 * (RFC 3711 §4.1.1: the SSRC is part of the keystream's IV, and the tag covers the header).
 * Media payloads, RTP sequence numbers and timestamps stay as recorded, so every tile has the
 * recording's per-stream packet counts, loss and jitter.
 */

/** What a seed datagram or stream piece holds, as far as the tiler must rewrite it. */
type Payload =
  /** Written as recorded (STUN, BFCP, SRTP whose key is not in the capture, anything else). */
  | { readonly kind: "raw"; readonly bytes: Uint8Array }
  /** One SIP message, latin1 text (one char per octet). */
  | { readonly kind: "sip"; readonly text: string }
  | { readonly kind: "rtp"; readonly bytes: Uint8Array }
  | { readonly kind: "rtcp"; readonly bytes: Uint8Array }
  /** Decrypted SRTP/SRTCP of key `key`, protected again per tile. */
  | { readonly kind: "srtp"; readonly plain: Uint8Array; readonly key: number }
  | { readonly kind: "srtcp"; readonly plain: Uint8Array; readonly key: number };

interface SeedEvent {
  /** Microseconds since the seed's first packet. */
  readonly us: number;
  readonly op: "udp" | "tcp" | "close";
  readonly src: CaptureAddress;
  readonly dst: CaptureAddress;
  readonly payload?: Payload;
}

interface SeedKey {
  readonly suite: SrtpSuite;
  readonly keySalt: Uint8Array;
}

/** A recorded call, decoded once and ready to be played as any number of tiles. */
export interface SeedCapture {
  readonly name: string;
  readonly events: readonly SeedEvent[];
  /** Every port ≥ 1024 the packets, SIP and SDP of the recording use (a tile moves them all). */
  readonly ports: readonly number[];
  readonly keys: readonly SeedKey[];
  /** SIP dialogs and RTP streams (flows with RTP) the analyzer finds in the recording. */
  readonly dialogs: number;
  readonly streams: number;
  /** RTP packets per stream ("src dst"), as the analyzer counts them in the recording. */
  readonly streamPackets: ReadonlyMap<string, number>;
  readonly spanUs: number;
  /** SRTP/SRTCP packets that did not decrypt with the announced key: kept as recorded. */
  readonly keptEncrypted: number;
}

const SIP_START = /^(?:[A-Z]+ \S+ SIP\/2\.0|SIP\/2\.0 \d{3} )/;
const LATIN1 = new TextDecoder("latin1");
const MAX_SIP_BUFFER = 1 << 20;

function latin1Bytes(text: string): Uint8Array {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return out;
}

const addr = (e: { ip: string; port: number }): CaptureAddress => ({ host: e.ip, port: e.port });
const flowName = (d: CapturedDatagram) => `${d.src.ip}:${d.src.port} ${d.dst.ip}:${d.dst.port}`;

/** The per-tile substitutions. */
export interface TileMap {
  port(p: number): number;
  ssrc(s: number): number;
  callId(id: string): string;
}

/**
 * Rewrites one SIP message (latin1 text) for a tile: Call-ID, the ports of host:port, rport and
 * the SDP (m=, a=rtcp, a=candidate and its rport), a=ssrc and a=ssrc-group, then sets
 * Content-Length to the new body's length.
 */
export function rewriteSip(text: string, map: TileMap): string {
  const split = text.indexOf("\r\n\r\n");
  let head = split < 0 ? text : text.slice(0, split);
  let body = split < 0 ? "" : text.slice(split + 4);
  const port = (p: string) => String(map.port(Number(p)));
  head = head
    .replace(
      /^(Call-ID|i)([ \t]*:[ \t]*)(\S+)/gim,
      (_, n: string, s: string, id: string) => n + s + map.callId(id),
    )
    .replace(
      /(\d{1,3}(?:\.\d{1,3}){3}|\[[0-9A-Fa-f:.]+\]):(\d{1,5})(?!\d)/g,
      (_, h: string, p: string) => `${h}:${port(p)}`,
    )
    .replace(/(;rport=)(\d{1,5})(?!\d)/gi, (_, k: string, p: string) => k + port(p));
  body = body
    .replace(/^(m=\S+ )(\d{1,5})(?!\d)/gm, (_, k: string, p: string) => k + port(p))
    .replace(/^(a=rtcp:)(\d{1,5})(?!\d)/gm, (_, k: string, p: string) => k + port(p))
    .replace(/^(a=candidate:\S+ \d+ \S+ \d+ \S+ )(\d{1,5})(?!\d)/gm, (_, k: string, p: string) => k + port(p))
    .replace(/^(a=candidate:.* rport )(\d{1,5})(?!\d)/gm, (_, k: string, p: string) => k + port(p))
    .replace(/^(a=ssrc:)(\d{1,10})(?!\d)/gm, (_, k: string, s: string) => k + map.ssrc(Number(s)))
    .replace(
      /^(a=ssrc-group:\S+)((?: \d{1,10})+)/gm,
      (_, k: string, list: string) =>
        k +
        list
          .trim()
          .split(" ")
          .map((s) => ` ${map.ssrc(Number(s))}`)
          .join(""),
    );
  if (split < 0) return head;
  head = head.replace(
    /^(Content-Length|l)([ \t]*:[ \t]*)\d+/gim,
    (_, n: string, s: string) => n + s + body.length,
  );
  return `${head}\r\n\r\n${body}`;
}

const u32 = (b: Uint8Array, at: number) =>
  ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
function put32(b: Uint8Array, at: number, v: number): void {
  b[at] = v >>> 24;
  b[at + 1] = (v >>> 16) & 0xff;
  b[at + 2] = (v >>> 8) & 0xff;
  b[at + 3] = v & 0xff;
}
function mapAt(b: Uint8Array, at: number, end: number, ssrc: (s: number) => number): void {
  if (at + 4 <= end) put32(b, at, ssrc(u32(b, at)));
}

/** RFC 3550 §5.1: the SSRC and CSRCs of an RTP packet, in place. */
export function rewriteRtpSsrcs(b: Uint8Array, ssrc: (s: number) => number): void {
  if (b.length < 12) return;
  mapAt(b, 8, b.length, ssrc);
  const cc = b[0]! & 0x0f;
  for (let i = 0; i < cc; i++) mapAt(b, 12 + 4 * i, b.length, ssrc);
}

/**
 * The SSRCs of each packet of an RTCP compound, in place: SR/RR and their report blocks (RFC 3550
 * §6.4), SDES chunks (§6.5), BYE (§6.6), APP (§6.7), XR's sender (RFC 3611), RTPFB/PSFB sender
 * and media SSRCs (RFC 4585 §6.1), FIR entries (RFC 5104 §4.3.1) and REMB's list. A packet whose
 * length runs past the buffer ends the walk.
 */
export function rewriteRtcpSsrcs(b: Uint8Array, ssrc: (s: number) => number): void {
  let off = 0;
  while (off + 8 <= b.length) {
    const count = b[off]! & 0x1f;
    const pt = b[off + 1]!;
    const end = off + (((b[off + 2]! << 8) | b[off + 3]!) + 1) * 4;
    if (end > b.length) return;
    if (pt === 200 || pt === 201) {
      mapAt(b, off + 4, end, ssrc);
      const blocks = off + (pt === 200 ? 28 : 8);
      for (let i = 0; i < count; i++) mapAt(b, blocks + 24 * i, end, ssrc);
    } else if (pt === 202) {
      let p = off + 4;
      for (let i = 0; i < count && p + 4 <= end; i++) {
        mapAt(b, p, end, ssrc);
        p += 4;
        while (p < end && b[p] !== 0) p += 2 + (b[p + 1] ?? 0);
        p = (p + 4) & ~3; // the END item and padding to the next 32-bit boundary
      }
    } else if (pt === 203) {
      for (let i = 0; i < count; i++) mapAt(b, off + 4 + 4 * i, end, ssrc);
    } else if (pt === 204 || pt === 207) {
      mapAt(b, off + 4, end, ssrc);
    } else if (pt === 205 || pt === 206) {
      mapAt(b, off + 4, end, ssrc);
      const media = u32(b, off + 8);
      if (media !== 0) mapAt(b, off + 8, end, ssrc);
      if (pt === 206 && count === 4) for (let p = off + 12; p + 8 <= end; p += 8) mapAt(b, p, end, ssrc);
      if (
        pt === 206 &&
        count === 15 &&
        end >= off + 20 &&
        LATIN1.decode(b.subarray(off + 12, off + 16)) === "REMB"
      ) {
        const n = b[off + 16]!;
        for (let i = 0; i < n; i++) mapAt(b, off + 20 + 4 * i, end, ssrc);
      }
    }
    off = end;
  }
}

/** RFC 5761 §4: payload types 192-223 in the second octet are RTCP on a multiplexed flow. */
const isRtcp = (b: Uint8Array) => b.length >= 8 && b[1]! >= 192 && b[1]! <= 223;
const isRtpVersion = (b: Uint8Array) => b.length >= 8 && b[0]! >> 6 === 2;

/** Collects the ports a SIP message names (the same places `rewriteSip` rewrites). */
function sipPorts(text: string, into: Set<number>): void {
  rewriteSip(text, {
    port: (p) => {
      into.add(p);
      return p;
    },
    ssrc: (s) => s,
    callId: (id) => id,
  });
}

/**
 * Decodes a recorded capture (pcap or pcapng, any link type the decoder reads) into a seed: the
 * analyzer runs over it once to find the media flows and the SDES keys of SRTP flows; SRTP is
 * decrypted here so that each tile only re-encrypts. SIP over TCP is cut into whole messages
 * (Content-Length framing) so that each can be rewritten.
 */
export function loadSeed(bytes: Uint8Array, name: string): SeedCapture {
  // A copy as a plain Uint8Array: on a Node Buffer, slice() is a view, and SRTP would then be
  // decrypted in place in the recording while the analyzer reads it.
  const data = new Uint8Array(bytes);
  const decoder = createCaptureDecoder();
  const datagrams = [...decoder.push(data), ...decoder.end()];
  if (decoder.failure) throw new Error(`${name}: ${decoder.failure.message}`);
  if (datagrams.length === 0) throw new Error(`${name}: no UDP or TCP packets`);
  const analyzer = new CaptureAnalyzer();
  analyzer.push(datagrams);
  const analysis = analyzer.finish();

  const keys: SeedKey[] = [];
  const srtpFlows = new Map<string, { key: number; rx: SrtpContext } | undefined>();
  const mediaFlows = new Set<string>();
  const streamPackets = new Map<string, number>();
  for (const s of analysis.streams) {
    const flow = `${s.src} ${s.dst}`;
    mediaFlows.add(flow);
    if (s.packets > 0) streamPackets.set(flow, s.packets);
    if (!s.binding?.srtpNegotiated) continue;
    const k = s.binding.senderKey;
    if (!k || !isSrtpSuite(k.suite) || k.keySalt.length !== 30 || k.mkiLength !== 0) {
      srtpFlows.set(flow, undefined); // opaque: written as recorded
      continue;
    }
    keys.push({ suite: k.suite, keySalt: k.keySalt });
    const rx = createSrtpContext({ suite: k.suite, localKey: k.keySalt, remoteKey: k.keySalt });
    srtpFlows.set(flow, { key: keys.length - 1, rx });
  }

  const t0 = captureTimeMicros(datagrams[0]!.time);
  const events: SeedEvent[] = [];
  const directions = new Map<string, TcpDirection>();
  const connections = new Map<string, { src: CaptureAddress; dst: CaptureAddress; us: number }>();
  let keptEncrypted = 0;

  for (const d of datagrams) {
    const us = Math.max(0, captureTimeMicros(d.time) - t0);
    const src = addr(d.src);
    const dst = addr(d.dst);
    const flow = flowName(d);
    if (d.transport === "udp") {
      const b = d.payload.slice();
      let payload: Payload = { kind: "raw", bytes: b };
      if (SIP_START.test(LATIN1.decode(b.subarray(0, 512))))
        payload = { kind: "sip", text: LATIN1.decode(b) };
      else if (mediaFlows.has(flow) && isRtpVersion(b)) {
        if (srtpFlows.has(flow)) {
          const srtp = srtpFlows.get(flow);
          if (srtp) {
            try {
              payload = isRtcp(b)
                ? { kind: "srtcp", plain: srtp.rx.unprotectRtcp(b), key: srtp.key }
                : { kind: "srtp", plain: srtp.rx.unprotectRtp(b), key: srtp.key };
            } catch {
              keptEncrypted++;
            }
          }
        } else payload = { kind: isRtcp(b) ? "rtcp" : "rtp", bytes: b };
      }
      events.push({ us, op: "udp", src, dst, payload });
      continue;
    }
    // TCP: the decoder's in-order stream pieces, SIP cut at message boundaries.
    const conn = [flow, `${d.dst.ip}:${d.dst.port} ${d.src.ip}:${d.src.port}`].sort().join("|");
    const c = connections.get(conn);
    if (c) c.us = us;
    else connections.set(conn, { src, dst, us });
    let s = directions.get(flow);
    if (!s) {
      s = { mode: "undecided", buf: "", src, dst, us };
      directions.set(flow, s);
    }
    s.us = us;
    s.buf += LATIN1.decode(d.payload);
    for (const piece of cutStream(s)) events.push({ us, op: "tcp", src, dst, payload: piece });
  }
  // What never completed (a SIP message cut by the end of the recording) is written as it is.
  for (const s of directions.values())
    if (s.buf.length > 0)
      events.push({
        us: s.us,
        op: "tcp",
        src: s.src,
        dst: s.dst,
        payload: { kind: "raw", bytes: latin1Bytes(s.buf) },
      });
  for (const c of connections.values()) events.push({ us: c.us, op: "close", src: c.src, dst: c.dst });
  events.sort((a, b) => a.us - b.us);

  const ports = new Set<number>();
  for (const e of events) {
    ports.add(e.src.port);
    ports.add(e.dst.port);
    if (e.payload?.kind === "sip") sipPorts(e.payload.text, ports);
  }
  return {
    name,
    events,
    ports: [...ports].filter((p) => p >= 1024).sort((a, b) => a - b),
    keys,
    dialogs: analysis.dialogs.length,
    streams: streamPackets.size,
    streamPackets,
    spanUs: events[events.length - 1]!.us,
    keptEncrypted,
  };
}

/**
 * Takes what can be cut off the front of a TCP direction's buffer: whole SIP messages (and the
 * CRLF keep-alives between them, RFC 5626 §3.5.1) when the direction carries SIP, everything as
 * it is otherwise (BFCP).
 */
interface TcpDirection {
  mode: "sip" | "raw" | "undecided";
  buf: string;
  readonly src: CaptureAddress;
  readonly dst: CaptureAddress;
  us: number;
}

function cutStream(s: TcpDirection): Payload[] {
  const out: Payload[] = [];
  for (;;) {
    if (s.mode === "raw") {
      if (s.buf.length > 0) out.push({ kind: "raw", bytes: latin1Bytes(s.buf) });
      s.buf = "";
      return out;
    }
    let crlf = 0;
    while (s.buf[crlf] === "\r" || s.buf[crlf] === "\n") crlf++;
    if (crlf > 0) {
      out.push({ kind: "raw", bytes: latin1Bytes(s.buf.slice(0, crlf)) });
      s.buf = s.buf.slice(crlf);
    }
    if (s.buf.length === 0) return out;
    if (!SIP_START.test(s.buf)) {
      // Printable text without a line end may still become a start line: wait for more bytes.
      if (s.mode === "undecided" && s.buf.length < 256 && /^[\x20-\x7e]*$/.test(s.buf)) return out;
      s.mode = "raw";
      continue;
    }
    s.mode = "sip";
    const headEnd = s.buf.indexOf("\r\n\r\n");
    if (headEnd < 0) {
      if (s.buf.length > MAX_SIP_BUFFER) s.mode = "raw";
      if (s.mode === "raw") continue;
      return out;
    }
    const m = /^(?:Content-Length|l)[ \t]*:[ \t]*(\d+)/im.exec(s.buf.slice(0, headEnd));
    const total = headEnd + 4 + Number(m?.[1] ?? 0);
    if (s.buf.length < total) {
      if (s.buf.length > MAX_SIP_BUFFER) s.mode = "raw";
      if (s.mode === "raw") continue;
      return out;
    }
    out.push({ kind: "sip", text: s.buf.slice(0, total) });
    s.buf = s.buf.slice(total);
  }
}

/** Lowest port a tile may use: above the ports Wireshark dissects by number (SIP 5060, STUN 3478...). */
export const TILE_PORT_BASE = 20000;

export interface TileOptions {
  /** Tiles to write, cycling through the seeds. */
  readonly tiles: number;
  /** Calls running at once: tile k starts k × (mean seed span / concurrency) after the first. */
  readonly concurrency?: number;
  /** Capture time of the first packet, µs since 1970 (default 2026-01-01). */
  readonly startUs?: number;
}

export interface TileResult {
  readonly bytes: number;
  readonly packets: number;
  readonly tiles: number;
  /** Dialogs and RTP streams the tiles hold (the seeds' own counts, summed over the tiles). */
  readonly dialogs: number;
  readonly streams: number;
}

interface ActiveTile {
  readonly k: number;
  readonly seed: SeedCapture;
  readonly map: TileMap;
  readonly offsetUs: number;
  readonly protectors: Map<number, SrtpContext>;
  next: number;
}

/**
 * Writes `opts.tiles` tiles of `seeds` (tile k plays seed k mod n) through one CaptureWriter,
 * passing each block of bytes to `sink` in capture-time order. Only the tiles running at the
 * moment are held, so memory does not grow with the output.
 */
export function writeTiles(
  seeds: readonly SeedCapture[],
  opts: TileOptions,
  sink: (bytes: Uint8Array) => void,
): TileResult {
  if (seeds.length === 0) throw new Error("no seed captures to tile");
  // Ports move in pairs (an even p and p + 1 stay neighbours with their parity, as RTP and RTCP
  // are, RFC 3550 §11) with two free ports after each pair: SDP without a=rtcp puts RTCP on the
  // RTP port + 1 (RFC 3605 §2.1), and tshark takes that port for RTCP, so it must not be another
  // stream's port.
  const offsets: number[] = [];
  let slotWidth = 0;
  const portIndex = seeds.map((s) => {
    offsets.push(slotWidth);
    const pairs = [...new Set(s.ports.map((p) => p >> 1))];
    const at = new Map(pairs.map((pair, i) => [pair, 4 * i]));
    slotWidth += 4 * pairs.length;
    return new Map(s.ports.map((p) => [p, at.get(p >> 1)! + (p & 1)]));
  });
  const slots = Math.ceil(opts.tiles / seeds.length);
  if (TILE_PORT_BASE + slots * slotWidth > 65536)
    throw new Error(
      `${opts.tiles} tiles of ${slotWidth} ports each do not fit in ports ${TILE_PORT_BASE}-65535; ask for a smaller capture`,
    );
  const meanSpan = seeds.reduce((n, s) => n + s.spanUs, 0) / seeds.length;
  const strideUs = Math.max(1000, Math.round(meanSpan / (opts.concurrency ?? 8)));
  const startUs = opts.startUs ?? Date.UTC(2026, 0, 1) * 1000;

  const writer = new CaptureWriter({
    comment:
      `vdm-test analyze benchmark: ${opts.tiles} tiles of ${seeds.length} recorded calls ` +
      `(${seeds.map((s) => s.name).join(", ")}), each tile with its own ports, Call-IDs and SSRCs`,
    application: "vdm-test bench",
    interfaceName: "vdm-test sockets (tiled)",
  });
  let bytes = 0;
  const emit = (b: Uint8Array) => {
    if (b.length === 0) return;
    bytes += b.length;
    sink(b);
  };
  emit(writer.header());

  const makeTile = (k: number): ActiveTile => {
    const j = k % seeds.length;
    const slot = Math.floor(k / seeds.length);
    const seed = seeds[j]!;
    const index = portIndex[j]!;
    const base = TILE_PORT_BASE + slot * slotWidth + offsets[j]!;
    const mix = Math.imul(k + 1, 0x9e3779b1) >>> 0;
    return {
      k,
      seed,
      offsetUs: startUs + k * strideUs,
      protectors: new Map(),
      next: 0,
      map: {
        port: (p) => {
          const i = index.get(p);
          return i === undefined ? p : base + i;
        },
        ssrc: (s) => (s ^ mix) >>> 0,
        callId: (id) => `${id}-t${k}`,
      },
    };
  };
  const timeOf = (t: ActiveTile) => t.offsetUs + t.seed.events[t.next]!.us;

  // A binary min-heap of the running tiles by the time of their next event.
  const heap: ActiveTile[] = [];
  const less = (a: ActiveTile, b: ActiveTile) =>
    timeOf(a) < timeOf(b) || (timeOf(a) === timeOf(b) && a.k < b.k);
  const push = (t: ActiveTile) => {
    heap.push(t);
    for (let i = heap.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (!less(heap[i]!, heap[p]!)) break;
      [heap[i], heap[p]] = [heap[p]!, heap[i]!];
      i = p;
    }
  };
  const pop = (): ActiveTile => {
    const top = heap[0]!;
    const last = heap.pop()!;
    if (heap.length > 0) {
      heap[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && less(heap[l]!, heap[m]!)) m = l;
        if (r < heap.length && less(heap[r]!, heap[m]!)) m = r;
        if (m === i) break;
        [heap[i], heap[m]] = [heap[m]!, heap[i]!];
        i = m;
      }
    }
    return top;
  };

  let started = 0;
  let dialogs = 0;
  let streams = 0;
  const firstUs = (k: number) => startUs + k * strideUs + seeds[k % seeds.length]!.events[0]!.us;
  while (started < opts.tiles || heap.length > 0) {
    if (started < opts.tiles && (heap.length === 0 || firstUs(started) <= timeOf(heap[0]!))) {
      const t = makeTile(started++);
      dialogs += t.seed.dialogs;
      streams += t.seed.streams;
      push(t);
      continue;
    }
    const t = pop();
    emit(writeEvent(writer, t, t.seed.events[t.next]!, timeOf(t)));
    t.next++;
    if (t.next < t.seed.events.length) push(t);
  }
  return { bytes, packets: writer.packets, tiles: opts.tiles, dialogs, streams };
}

function writeEvent(writer: CaptureWriter, t: ActiveTile, e: SeedEvent, us: number): Uint8Array {
  const src = { host: e.src.host, port: t.map.port(e.src.port) };
  const dst = { host: e.dst.host, port: t.map.port(e.dst.port) };
  if (e.op === "close") return writer.close(us, src, dst);
  const p = e.payload!;
  let b: Uint8Array;
  switch (p.kind) {
    case "raw":
      b = p.bytes.slice();
      break;
    case "sip":
      b = latin1Bytes(rewriteSip(p.text, t.map));
      break;
    case "rtp":
      b = p.bytes.slice();
      rewriteRtpSsrcs(b, t.map.ssrc);
      break;
    case "rtcp":
      b = p.bytes.slice();
      rewriteRtcpSsrcs(b, t.map.ssrc);
      break;
    case "srtp":
    case "srtcp": {
      const plain = p.plain.slice();
      let ctx = t.protectors.get(p.key);
      if (!ctx) {
        const k = t.seed.keys[p.key]!;
        ctx = createSrtpContext({ suite: k.suite, localKey: k.keySalt, remoteKey: k.keySalt });
        t.protectors.set(p.key, ctx);
      }
      if (p.kind === "srtp") {
        rewriteRtpSsrcs(plain, t.map.ssrc);
        b = ctx.protectRtp(plain);
      } else {
        rewriteRtcpSsrcs(plain, t.map.ssrc);
        b = ctx.protectRtcp(plain);
      }
      break;
    }
  }
  return e.op === "udp" ? writer.datagram(us, src, dst, b) : writer.stream(us, src, dst, b);
}

/** Tiles needed for about `targetBytes` of output: one dry run per seed measures a tile's size. */
export function tilesFor(seeds: readonly SeedCapture[], targetBytes: number): number {
  const sizes = seeds.map((s) => {
    let n = 0;
    writeTiles([s], { tiles: 1 }, (b) => {
      n += b.length;
    });
    return n;
  });
  let total = 0;
  let k = 0;
  while (total < targetBytes) total += sizes[k++ % sizes.length]!;
  return Math.max(1, k);
}

/** Streams the tiles into `path` through a 4 MiB buffer. */
export function writeTiledCapture(
  path: string,
  seeds: readonly SeedCapture[],
  opts: TileOptions,
): TileResult {
  const fd = openSync(path, "w");
  const buf = new Uint8Array(4 << 20);
  let used = 0;
  const flush = () => {
    for (let o = 0; o < used; ) o += writeSync(fd, buf, o, used - o);
    used = 0;
  };
  try {
    const result = writeTiles(seeds, opts, (b) => {
      if (used + b.length > buf.length) flush();
      if (b.length > buf.length) {
        for (let o = 0; o < b.length; ) o += writeSync(fd, b, o, b.length - o);
        return;
      }
      buf.set(b, used);
      used += b.length;
    });
    flush();
    return result;
  } finally {
    closeSync(fd);
  }
}
