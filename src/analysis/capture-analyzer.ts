import type { CapturedDatagram, Endpoint } from "../protocol/capture/capture-decoder.js";
import { ParseError } from "../protocol/parse-error.js";
import type { CaptureTime } from "../protocol/pcap/capture-time.js";
import { parseSipMessage } from "../protocol/sip/message-head.js";
import { frameDatagram, SipStreamFramer } from "../protocol/sip/stream-framer.js";
import { type BfcpFacts, BfcpObserver, looksLikeBfcp } from "./bfcp-observer.js";
import type { H323CaptureFacts } from "./h323-call-facts.js";
import { H323Observer } from "./h323-observer.js";
import { RAS_PORTS } from "./h323-ras.js";
import { isRtcpPacket, MediaStream, type MediaStreamFacts, readRtpHeader } from "./media-stream.js";
import { dialogBindings } from "./sdp-bindings.js";
import { type SipCarrier, type SipDialog, SipDialogTracker } from "./sip-dialogs.js";
import type { StreamBinding } from "./stream-binding.js";

/**
 * The analysis of one capture: datagrams in (as the capture decoder yields them), facts out.
 * Pure and streamed: per flow a bounded state, never the packets themselves.
 *
 * UDP flows are told apart by content: SIP (a start line, RFC 3261 §7), STUN (RFC 5389 magic
 * cookie), media matched to an SDP m-line by destination address and port, BFCP (RFC 8855 common
 * header), and RTP found by heuristics when no SDP names the flow (version 2, a plausible payload
 * type, one SSRC, sequence numbers stepping up over several packets). TCP streams carry SIP
 * (framed by Content-Length, RFC 3261 §18.3), BFCP (RFC 8855 §6.1) or TLS, which cannot be read.
 * H.323 (TPKT on TCP, RAS on UDP) is read by the H.323 observer; the addresses its logical
 * channels name bind RTP flows as SDP does.
 */
export interface TlsFlow {
  readonly src: string;
  readonly dst: string;
  readonly firstFrame: number;
  bytes: number;
}

export interface CaptureAnalysis {
  readonly dialogs: readonly SipDialog[];
  /** RTP (and RTCP-only) flows, in order of their first packet. */
  readonly streams: readonly MediaStreamFacts[];
  /** BFCP per dialog Call-ID ("" for BFCP no SDP announced). */
  readonly bfcp: ReadonlyMap<string, BfcpFacts>;
  readonly tls: readonly TlsFlow[];
  readonly sipMessages: number;
  readonly sipMalformed: number;
  /** H.323 calls, RAS and registrations. */
  readonly h323: H323CaptureFacts;
  readonly stunPackets: number;
  /** Milliseconds from the first datagram to the last. */
  readonly durationMs: number;
  readonly firstTime?: CaptureTime;
  /** Problems found while analysing (the decoder's own warnings are kept by the caller). */
  readonly notes: readonly string[];
}

type UdpKind = "unknown" | "sip" | "media" | "bfcp" | "stun" | "ras" | "other";

interface UdpFlow {
  kind: UdpKind;
  media?: MediaStream;
  bfcpKey?: string;
  /** RTP heuristic: packets seen, consistent run, last SSRC and sequence. */
  tries: number;
  run: number;
  ssrc: number;
  seq: number;
  /** Packets held (with their arrival ms) until the flow is recognised as RTP. */
  held: { bytes: Uint8Array; ms: number }[];
}

interface TcpFlow {
  kind: "unknown" | "sip" | "tls" | "bfcp" | "h323" | "other";
  framer?: SipStreamFramer;
  bfcpKey?: string;
  tls?: TlsFlow;
}

export const MAX_FLOWS = 50_000;
/** Consistent packets before a flow without SDP is taken as RTP. */
export const RTP_HEURISTIC_RUN = 5;
const RTP_HEURISTIC_TRIES = 64;
const MAX_NOTES = 50;

export class CaptureAnalyzer {
  private readonly tracker = new SipDialogTracker();
  private readonly udp = new Map<Endpoint, Map<Endpoint, UdpFlow>>();
  private readonly tcp = new Map<Endpoint, Map<Endpoint, TcpFlow>>();
  private flowCount = 0;
  private readonly streams: MediaStream[] = [];
  private readonly bindings = new Map<string, StreamBinding>();
  private readonly bfcp = new Map<string, BfcpObserver>();
  private readonly tlsFlows: TlsFlow[] = [];
  private readonly notes: string[] = [];
  private readonly sdpCounts = new Map<string, number>();
  private sipMessages = 0;
  private sipMalformed = 0;
  private stun = 0;
  private t0: CaptureTime | undefined;
  private lastMs = 0;
  private readonly decoder = new TextDecoder();
  private readonly h323 = new H323Observer(
    (address, binding) => this.channelBinding(address, binding),
    (s) => this.note(s),
  );

  /** Feeds the datagrams and stream pieces of one decoder batch. */
  push(batch: readonly CapturedDatagram[]): void {
    for (const d of batch) {
      if (this.t0 === undefined) this.t0 = d.time;
      const t0 = this.t0;
      const ms = (d.time.seconds - t0.seconds) * 1000 + (d.time.nanoseconds - t0.nanoseconds) / 1e6;
      if (ms > this.lastMs) this.lastMs = ms;
      if (d.transport === "udp") this.udpDatagram(d, ms);
      else this.tcpChunk(d, ms);
    }
  }

  /** One SIP message from a text file (line numbers stand in for frame numbers). */
  pushSipText(text: string, line: number): void {
    this.sipText(text, { number: line, timeMs: 0, src: "", dst: "", carrier: "file" });
  }

  private udpDatagram(d: CapturedDatagram, ms: number): void {
    const flow = this.udpFlow(d.src, d.dst);
    if (!flow) return;
    const b = d.payload;
    switch (flow.kind) {
      case "media":
        flow.media!.push(b, ms);
        return;
      case "sip":
        this.sipDatagram(d, ms);
        return;
      case "bfcp":
        this.bfcpObserver(flow.bfcpKey!).datagram(b, this.where(d, ms));
        return;
      case "ras":
        this.h323.udp(d, ms, true);
        return;
      case "stun":
      case "other":
        if (isStun(b)) this.stun++;
        return;
      case "unknown":
        this.classifyUdp(flow, d, ms);
    }
  }

  private classifyUdp(flow: UdpFlow, d: CapturedDatagram, ms: number): void {
    const b = d.payload;
    if (looksLikeSip(b)) {
      flow.kind = "sip";
      this.sipDatagram(d, ms);
      return;
    }
    if (isStun(b)) {
      this.stun++;
      return;
    }
    const binding = this.bindings.get(`${d.dst.ip}:${d.dst.port}`);
    if (binding) {
      if (binding.kind === "bfcp") {
        flow.kind = "bfcp";
        flow.bfcpKey = binding.callId;
        this.bfcpObserver(binding.callId).datagram(b, this.where(d, ms));
        return;
      }
      flow.kind = "media";
      flow.media = this.newStream(d, binding, H323Observer.legKeyOf(binding) ? "h245" : "sdp");
      flow.media.push(b, ms);
      return;
    }
    if (looksLikeBfcp(b)) {
      flow.kind = "bfcp";
      flow.bfcpKey = "";
      this.bfcpObserver("").datagram(b, this.where(d, ms));
      return;
    }
    // H.225.0 §7.7: RAS on its ports, or anywhere a datagram that is not RTP decodes as RAS.
    const rasPort = RAS_PORTS.has(d.src.port) || RAS_PORTS.has(d.dst.port);
    if ((rasPort || b.length === 0 || b[0]! >> 6 !== 2) && this.h323.udp(d, ms, rasPort)) {
      flow.kind = "ras";
      return;
    }
    this.rtpHeuristic(flow, d, ms);
  }

  // A flow without SDP is RTP once RTP_HEURISTIC_RUN packets in a row keep one SSRC and step the
  // sequence number by 1..3 (RFC 3550 §5.1; a little loss allowed). RTCP alone (RFC 3550 §6.4)
  // is taken after two packets. The held packets are measured once the flow is recognised.
  private rtpHeuristic(flow: UdpFlow, d: CapturedDatagram, ms: number): void {
    const b = d.payload;
    flow.tries++;
    if (isRtcpPacket(b) && ((b[2]! << 8) | b[3]!) * 4 + 4 <= b.length) {
      flow.run++;
      flow.held.push({ bytes: b.slice(), ms });
    } else {
      const h = readRtpHeader(b);
      if (h && (h.payloadType < 72 || h.payloadType > 76)) {
        const step = (h.sequenceNumber - flow.seq) & 0xffff;
        if (flow.run > 0 && h.ssrc === flow.ssrc && step >= 1 && step <= 3) flow.run++;
        else {
          flow.run = 1;
          flow.held.length = 0;
        }
        flow.ssrc = h.ssrc;
        flow.seq = h.sequenceNumber;
        flow.held.push({ bytes: b.slice(), ms });
      } else {
        flow.run = 0;
        flow.held.length = 0;
      }
    }
    if (flow.run >= RTP_HEURISTIC_RUN) {
      flow.kind = "media";
      flow.media = this.newStream(d, undefined, "heuristic");
      // Each held packet at its own arrival time: jitter and bitrate start from the first one.
      for (const p of flow.held) flow.media.push(p.bytes, p.ms);
      flow.held = [];
    } else if (flow.tries >= RTP_HEURISTIC_TRIES) {
      flow.kind = "other";
      flow.held = [];
    }
  }

  private newStream(
    d: CapturedDatagram,
    binding: StreamBinding | undefined,
    foundBy: "sdp" | "h245" | "heuristic",
  ): MediaStream {
    const s = new MediaStream(
      `${d.src.ip}:${d.src.port}`,
      `${d.dst.ip}:${d.dst.port}`,
      d.number,
      binding,
      foundBy,
    );
    this.streams.push(s);
    return s;
  }

  private udpFlow(src: Endpoint, dst: Endpoint): UdpFlow | undefined {
    let bySrc = this.udp.get(src);
    if (!bySrc) {
      bySrc = new Map();
      this.udp.set(src, bySrc);
    }
    let flow = bySrc.get(dst);
    if (!flow) {
      if (this.flowCount >= MAX_FLOWS) {
        if (this.flowCount === MAX_FLOWS)
          this.note(`more than ${MAX_FLOWS} flows: later ones are not analysed`);
        this.flowCount = MAX_FLOWS + 1;
        return undefined;
      }
      this.flowCount++;
      flow = { kind: "unknown", tries: 0, run: 0, ssrc: 0, seq: 0, held: [] };
      bySrc.set(dst, flow);
    }
    return flow;
  }

  private sipDatagram(d: CapturedDatagram, ms: number): void {
    let frame: ReturnType<typeof frameDatagram>;
    try {
      frame = frameDatagram(d.payload);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.sipBad(d.number, e.message);
      return;
    }
    if (frame.kind === "keepalive") return;
    if (frame.kind === "short-body") this.note(`frame ${d.number}: SIP body shorter than its Content-Length`);
    this.sipText(this.decoder.decode(frame.bytes), { ...this.where(d, ms), carrier: "udp" });
  }

  private sipText(
    text: string,
    seen: { number: number; timeMs: number; src: string; dst: string; carrier: SipCarrier },
  ): void {
    let dialog: SipDialog | undefined;
    try {
      dialog = this.tracker.add(parseSipMessage(text), seen);
      this.sipMessages++;
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.sipBad(seen.number, e.message);
      return;
    }
    if (dialog) this.refreshBindings(dialog);
  }

  private sipBad(number: number, why: string): void {
    this.sipMalformed++;
    this.note(`frame ${number}: not a readable SIP message: ${why}`);
  }

  /** A dialog gained an SDP: its m-lines now name flows (flows already seen adopt them at the end). */
  private refreshBindings(dlg: SipDialog): void {
    if (this.sdpCounts.get(dlg.callId) === dlg.sdps.length) return;
    this.sdpCounts.set(dlg.callId, dlg.sdps.length);
    for (const [k, v] of dialogBindings(dlg)) this.bindings.set(k, v);
    for (const s of this.streams) {
      const b = this.bindings.get(s.dst);
      if (b?.callId === dlg.callId) s.bind(b);
    }
  }

  /**
   * An H.323 logical channel names `address`: its flows are bound, with the codecs of every
   * channel of the same session on that address (fast start proposes several).
   */
  private channelBinding(address: string, binding: StreamBinding): void {
    const old = this.bindings.get(address);
    const merged =
      old && old.callId === binding.callId && old.mediaIndex === binding.mediaIndex
        ? { ...binding, codecs: new Map([...old.codecs, ...binding.codecs]) }
        : binding;
    this.bindings.set(address, merged);
    // An address reused by a later call does not take the earlier call's flows with it.
    for (const s of this.streams)
      if (s.dst === address && (!s.bound || s.bound.callId === merged.callId)) s.bind(merged);
  }

  /** Bindings from a bare SDP file. */
  addBindings(bindings: ReadonlyMap<string, StreamBinding>): void {
    for (const [k, v] of bindings) this.bindings.set(k, v);
  }

  private tcpChunk(d: CapturedDatagram, ms: number): void {
    let bySrc = this.tcp.get(d.src);
    if (!bySrc) {
      bySrc = new Map();
      this.tcp.set(d.src, bySrc);
    }
    let flow = bySrc.get(d.dst);
    if (!flow) {
      flow = { kind: "unknown" };
      bySrc.set(d.dst, flow);
    }
    const b = d.payload;
    if (flow.kind === "unknown") this.classifyTcp(flow, d);
    switch (flow.kind) {
      case "sip":
        this.sipStream(flow, d, ms);
        return;
      case "bfcp":
        this.bfcpObserver(flow.bfcpKey!).stream(b, d.gapBefore, this.where(d, ms));
        return;
      case "tls":
        flow.tls!.bytes += b.length;
        return;
      case "h323":
        this.h323.tcp(d, ms);
        return;
      default:
        return;
    }
  }

  private classifyTcp(flow: TcpFlow, d: CapturedDatagram): void {
    const b = d.payload;
    // RFC 8446 §5.1: a TLS record starts with a content type 20..23 and version 3.x.
    const tlsRecord = b.length >= 3 && b[0]! >= 20 && b[0]! <= 23 && b[1] === 3;
    // Port 5061 is TLS unless the bytes are SIP in the clear (TLS recorded decrypted).
    const tlsPort = (d.src.port === 5061 || d.dst.port === 5061) && !looksLikeSip(b);
    if (tlsRecord || tlsPort) {
      flow.kind = "tls";
      flow.tls = {
        src: `${d.src.ip}:${d.src.port}`,
        dst: `${d.dst.ip}:${d.dst.port}`,
        firstFrame: d.number,
        bytes: 0,
      };
      this.tlsFlows.push(flow.tls);
      return;
    }
    if (looksLikeSip(b) || b[0] === 13) {
      flow.kind = "sip";
      flow.framer = new SipStreamFramer();
      return;
    }
    if (this.h323.claimsTcp(d)) {
      flow.kind = "h323";
      return;
    }
    const binding =
      this.bindings.get(`${d.dst.ip}:${d.dst.port}`) ?? this.bindings.get(`${d.src.ip}:${d.src.port}`);
    if (binding?.kind === "bfcp" || looksLikeBfcpStream(b)) {
      flow.kind = "bfcp";
      flow.bfcpKey = binding?.kind === "bfcp" ? binding.callId : "";
      return;
    }
    flow.kind = "other";
  }

  private sipStream(flow: TcpFlow, d: CapturedDatagram, ms: number): void {
    let b = d.payload;
    if (d.gapBefore > 0 || !flow.framer) {
      // Bytes were lost: start again at the next start line (RFC 3261 §18.3 framing is gone).
      flow.framer = new SipStreamFramer();
      const at = findStartLine(b);
      if (at < 0) {
        flow.framer = undefined;
        return;
      }
      b = b.subarray(at);
    }
    try {
      for (const out of flow.framer.push(b)) {
        if (out.kind === "message") {
          const text = this.decoder.decode(out.bytes);
          this.sipText(text, { ...this.where(d, ms), carrier: topViaIsTls(text) ? "tls" : "tcp" });
        }
      }
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.sipBad(d.number, e.message);
      flow.framer = undefined;
    }
  }

  private bfcpObserver(key: string): BfcpObserver {
    let o = this.bfcp.get(key);
    if (!o) {
      o = new BfcpObserver();
      this.bfcp.set(key, o);
    }
    return o;
  }

  private where(d: CapturedDatagram, ms: number) {
    return {
      number: d.number,
      timeMs: ms,
      src: `${d.src.ip}:${d.src.port}`,
      dst: `${d.dst.ip}:${d.dst.port}`,
    };
  }

  private note(s: string): void {
    if (this.notes.length < MAX_NOTES) this.notes.push(s);
  }

  finish(): CaptureAnalysis {
    const h323 = this.h323.finish();
    // SDP that came after the media (or in a later re-INVITE) still names flows seen before it.
    for (const s of this.streams) {
      const b = s.bound ? undefined : this.bindings.get(s.dst);
      if (b) s.bind(b);
    }
    const bfcp = new Map<string, BfcpFacts>();
    for (const [k, o] of this.bfcp) bfcp.set(k, o.facts());
    return {
      dialogs: this.tracker.list(),
      streams: this.streams.map((s) => s.facts()),
      bfcp,
      tls: this.tlsFlows,
      sipMessages: this.sipMessages,
      sipMalformed: this.sipMalformed,
      h323,
      stunPackets: this.stun,
      durationMs: this.lastMs,
      ...(this.t0 ? { firstTime: this.t0 } : {}),
      notes: [...this.notes],
    };
  }
}

const SIP_START = /^(?:[A-Z]+ (?:sips?|tel):[^ ]+ SIP\/2\.0\r\n|SIP\/2\.0 \d{3} )/;

/** The top Via says the message was sent over TLS (RFC 3261 §20.42; "v" is its compact form). */
function topViaIsTls(text: string): boolean {
  const via = /^(?:via|v)[ \t]*:(.*)$/im.exec(text);
  return via !== null && /^[ \t]*SIP[ \t]*\/[ \t]*2\.0[ \t]*\/[ \t]*TLS\b/i.test(via[1]!);
}

function looksLikeSip(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length && (b[i] === 13 || b[i] === 10)) i++;
  if (i >= b.length) return false;
  const c = b[i]!;
  if (c < 65 || c > 90) return false;
  const n = Math.min(b.length, i + 300);
  let s = "";
  for (let k = i; k < n; k++) {
    s += String.fromCharCode(b[k]!);
    if (b[k] === 10) break;
  }
  return SIP_START.test(s);
}

function findStartLine(b: Uint8Array): number {
  let s = "";
  const n = Math.min(b.length, 64 * 1024);
  for (let i = 0; i < n; i++) s += String.fromCharCode(b[i]!);
  const m = /(?:^|\n)([A-Z]+ (?:sips?|tel):[^ ]+ SIP\/2\.0\r\n|SIP\/2\.0 \d{3} )/.exec(s);
  if (!m) return -1;
  return m.index + (m[0].startsWith("\n") ? 1 : 0);
}

/** RFC 5389 §6: top two bits zero, magic cookie 0x2112A442 at offset 4. */
function isStun(b: Uint8Array): boolean {
  return (
    b.length >= 20 && b[0]! >> 6 === 0 && b[4] === 0x21 && b[5] === 0x12 && b[6] === 0xa4 && b[7] === 0x42
  );
}

function looksLikeBfcpStream(b: Uint8Array): boolean {
  if (b.length < 12) return false;
  const length = 12 + ((b[2]! << 8) | b[3]!) * 4;
  return looksLikeBfcp(b.subarray(0, Math.min(b.length, length))) && b.length >= length;
}
