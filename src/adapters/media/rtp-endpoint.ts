import type { Socket } from "node:dgram";
import { isRtcp } from "../../protocol/rtcp/demux.js";
import { SourceLatch, type SourceProof } from "../../protocol/rtp/source-latch.js";
import { SrtpError } from "../../protocol/srtp/srtp-error.js";
import type { WireTap } from "../net/wire-tap.js";
import { bindPortPair, type PortRange } from "./udp-port-pair.js";

/** What the endpoint needs of an SRTP context (RFC 3711): protect outgoing, unprotect incoming. */
export interface SrtpTransform {
  /**
   * `inPlace`: the packet is given up and may be protected where it lies (SrtpContext.protectRtp).
   * Undefined: the packet is not to be sent (H.235: its channel's key has not come yet).
   */
  protectRtp(packet: Uint8Array, inPlace?: boolean): Uint8Array | undefined;
  /** `inPlace`: the packet is given up and may be decrypted where it lies (SrtpContext.unprotectRtp). */
  unprotectRtp(packet: Uint8Array, inPlace?: boolean): Uint8Array;
  protectRtcp(packet: Uint8Array): Uint8Array;
  unprotectRtcp(packet: Uint8Array): Uint8Array;
}

export interface RemoteMedia {
  address: string;
  rtpPort: number;
  rtcpPort: number;
}

export interface PacketInfo {
  /** Milliseconds, from the clock given to the endpoint. */
  at: number;
  address: string;
  port: number;
  /** True when the packet passed SRTP/SRTCP authentication. */
  secured: boolean;
}

export interface EndpointCounters {
  rtpReceived: number;
  rtcpReceived: number;
  rtpSent: number;
  rtcpSent: number;
  /** RTP packets that failed SRTP authentication (or arrived plain while SRTP was on). */
  authFailures: number;
  /** SRTP packets that authenticated but were already received (RFC 3711 §3.3.2 replay list). */
  replayed: number;
  /**
   * RTCP packets that failed SRTCP authentication, kept apart: some endpoints send a plain
   * keep-alive on the RTCP port (baresip's 16-octet "PING") that says nothing about their media.
   */
  rtcpAuthFailures: number;
  /** RTCP packets (of rtcpReceived) that arrived on the RTP port: the peer multiplexes (RFC 5761). */
  rtcpOnRtpPort: number;
  /** STUN messages that arrived on the RTP port (RFC 7983 first octet 0-3): ICE checks, keep-alives. */
  stunReceived: number;
  /** Packets too short or not RTP/RTCP at all. */
  malformed: number;
  /** Where media really came from: "address:port" → packets (symmetric RTP and NAT evidence; at most 16 sources). */
  sources: Record<string, number>;
  /**
   * RTP and RTCP packets from sources other than the one latched (a stranger sending to our
   * port): not taken, not answered. Only counted when the endpoint latches.
   */
  strangerPackets: number;
  /** Those strangers' "address:port" (at most 16). */
  strangerSources: string[];
}

export interface RtpEndpointOptions {
  localAddress: string;
  portRange: PortRange;
  /** Bind one port only (RTP and RTCP always multiplexed); false binds RTP and RTP+1 (RFC 3550 §11). */
  rtcpMux: boolean;
  now: () => number;
  /**
   * Send to where the peer's media comes from rather than to what its SDP said (symmetric RTP,
   * RFC 4961), latched once (see SourceLatch): packets from any other source are then dropped and
   * counted as strangers'.
   */
  latch: boolean;
  /** Sees every datagram sent or received on the endpoint's sockets, as on the wire (`--pcap`). */
  tap?: WireTap;
}

/**
 * Packets the room keeps per stream for NACKs: 2-3 s of video (a NACK older than 1 s is not sent,
 * media/nack-tracker.ts) at about 330 KB a call, so a room with hundreds of calls stays small.
 */
export const ROOM_RETRANSMISSION_HISTORY = 256;

/** The sequence number of an RTP packet; SRTP (RFC 3711 §3.1) leaves the header in the clear. */
function rtpSequenceOf(packet: Uint8Array): number {
  return packet.length >= 4 ? (packet[2]! << 8) | packet[3]! : -1;
}

/** RFC 7983 §7: a first octet of 0-3 is STUN (RFC 5389/8489), 128-191 is RTP or RTCP. */
function isStun(p: Uint8Array): boolean {
  return p.length >= 20 && p[0]! <= 3;
}

/**
 * One RTP session's sockets: RTP and RTCP (or one muxed port), optional SRTP, symmetric
 * latching. The only place media packets meet the operating system.
 *
 * The RTP socket always tells RTCP from RTP (RFC 5761 §4) and STUN from both (RFC 7983), so a
 * peer that starts multiplexing before the answer reaches us is still understood. What we send
 * goes to the RTCP port until `setRtcpMux(true)` says the answer agreed to multiplex.
 */
export class RtpEndpoint {
  readonly counters: EndpointCounters = {
    rtpReceived: 0,
    rtcpReceived: 0,
    rtpSent: 0,
    rtcpSent: 0,
    authFailures: 0,
    replayed: 0,
    rtcpAuthFailures: 0,
    rtcpOnRtpPort: 0,
    stunReceived: 0,
    malformed: 0,
    sources: {},
    strangerPackets: 0,
    strangerSources: [],
  };
  onRtp: (packet: Uint8Array, info: PacketInfo) => void = () => {};
  onRtcp: (packet: Uint8Array, info: PacketInfo) => void = () => {};
  /** A STUN message (ICE check or answer), unparsed; component 1 is the RTP port, 2 the RTCP port. */
  onStun: (packet: Uint8Array, from: { address: string; port: number }, component: 1 | 2) => void = () => {};
  private remote: RemoteMedia | undefined;
  private readonly rtpLatch = new SourceLatch();
  private readonly rtcpLatch = new SourceLatch();
  private srtp: SrtpTransform | undefined;
  private closed = false;
  private muxed: boolean;
  /** False while our SDP direction says we do not send (hold: RFC 3264 §8.4); RTCP still flows. */
  sendEnabled = true;
  /** RTP we sent, as on the wire, by sequence number: what a NACK can ask for again. */
  private history: (Uint8Array | undefined)[] | undefined;
  /** Sequence number of our first RTP packet: where the far end's count of expected packets begins. */
  firstSentSequence: number | undefined;
  /** Packets sent again in answer to NACKs, and NACKed ones no longer (or never) in the history. */
  readonly retransmission = { resent: 0, notInHistory: 0 };
  /** The source counted last, so a packet from it again needs no key built. */
  private lastSource: { address: string; port: number; key: string } | undefined;

  private constructor(
    private readonly opts: RtpEndpointOptions,
    private readonly rtp: Socket,
    private readonly rtcp: Socket | undefined,
    readonly rtpPort: number,
  ) {
    this.muxed = !rtcp;
    rtp.on("message", (msg, rinfo) => {
      this.tapped("in", rtp, rinfo.address, rinfo.port, msg);
      this.receive(msg, rinfo.address, rinfo.port);
    });
    rtp.on("error", () => {});
    rtcp?.on("message", (msg, rinfo) => {
      this.tapped("in", rtcp, rinfo.address, rinfo.port, msg);
      if (isStun(msg)) {
        this.counters.stunReceived++;
        this.onStun(msg, { address: rinfo.address, port: rinfo.port }, 2);
        return;
      }
      this.receiveRtcp(msg, rinfo.address, rinfo.port);
    });
    rtcp?.on("error", () => {});
  }

  static async open(opts: RtpEndpointOptions): Promise<RtpEndpoint> {
    const pair = await bindPortPair(opts.localAddress, opts.portRange, opts.rtcpMux);
    return new RtpEndpoint(opts, pair.rtp, pair.rtcp, pair.rtpPort);
  }

  /** Where we receive RTCP: the port above RTP, or the RTP port itself once multiplexing. */
  get rtcpPort(): number {
    return this.rtcp && !this.muxed ? this.rtpPort + 1 : this.rtpPort;
  }

  /** Whether our RTCP goes out of the RTP socket (RFC 5761 §5.1.3: only once the answer agreed). */
  get rtcpMuxed(): boolean {
    return this.muxed;
  }

  /**
   * RFC 5761 §5.1.1: multiplex only when both offer and answer carry a=rtcp-mux. An endpoint
   * bound to one port has no RTCP port to go back to and stays multiplexed.
   */
  setRtcpMux(on: boolean): void {
    this.muxed = on || !this.rtcp;
  }

  get localAddress(): string {
    return this.opts.localAddress;
  }

  setRemote(remote: RemoteMedia): void {
    this.remote = remote;
    this.rtpLatch.setSignalled({ address: remote.address, port: remote.rtpPort });
    this.rtcpLatch.setSignalled({ address: remote.address, port: remote.rtcpPort });
  }

  /** ICE checked this source (RFC 8445 §7.3.1.5 nomination): media latches to it for good. */
  latchTo(source: { address: string; port: number }, component: 1 | 2 = 1): void {
    if (!this.opts.latch) return;
    const latch = component === 2 && !this.muxed ? this.rtcpLatch : this.rtpLatch;
    if (latch.latchState !== "final") latch.accept(source, "ice-verified", this.opts.now());
    if (component === 1 && this.muxed && this.rtcpLatch.latchState !== "final")
      this.rtcpLatch.accept(source, "ice-verified", this.opts.now());
  }

  setSrtp(srtp: SrtpTransform | undefined): void {
    this.srtp = srtp;
  }

  get isSecured(): boolean {
    return this.srtp !== undefined;
  }

  /** Where our RTP goes: the latched source when latching, else the signalled address. */
  private rtpDestination(): { address: string; port: number } | undefined {
    return (
      (this.opts.latch ? this.rtpLatch.latched : undefined) ??
      (this.remote && { address: this.remote.address, port: this.remote.rtpPort })
    );
  }

  /**
   * Sends one RTP packet, protected when SRTP is on. `owned`: the caller gives the packet up (a
   * packet this endpoint handed to onRtp, rewritten): SRTP may then protect it in its own buffer
   * instead of copying it, and it must not be read or written after.
   */
  sendRtp(packet: Uint8Array, owned = false): void {
    const to = this.rtpDestination();
    if (!to || this.closed || to.port === 0 || !this.sendEnabled) return;
    const wire = this.srtp ? this.srtp.protectRtp(packet, owned) : packet;
    if (!wire) return;
    this.rtp.send(wire, to.port, to.address);
    this.tapped("out", this.rtp, to.address, to.port, wire);
    this.counters.rtpSent++;
    this.firstSentSequence ??= (packet[2]! << 8) | packet[3]!;
    if (this.history) this.history[((packet[2]! << 8) | packet[3]!) % this.history.length] = wire;
  }

  /**
   * Keeps the last `packets` RTP packets sent (as protected on the wire) so that a NACK
   * (RFC 4585 §6.2.1) can be answered by sending the very packet again; a repeat of the same
   * SRTP packet reuses no keystream on new data (RFC 3711 §9.1 concerns distinct packets).
   */
  keepHistory(packets: number): void {
    this.history ??= new Array(packets);
  }

  /** Sends again the packet of `sequenceNumber` we sent last, if it is still in the history. */
  resend(sequenceNumber: number): boolean {
    const slot = this.history?.[sequenceNumber % this.history.length];
    const to = this.rtpDestination();
    const found = slot !== undefined && rtpSequenceOf(slot) === sequenceNumber;
    if (!found || !to || this.closed || to.port === 0) {
      this.retransmission.notInHistory++;
      return false;
    }
    this.rtp.send(slot, to.port, to.address);
    this.tapped("out", this.rtp, to.address, to.port, slot);
    this.counters.rtpSent++;
    this.retransmission.resent++;
    return true;
  }

  sendRtcp(packet: Uint8Array): void {
    // RFC 5761 §5.1.3: multiplexed RTCP leaves from the RTP port, so the peer's latch holds.
    const sock = this.muxed ? this.rtp : this.rtcp!;
    const latch = this.muxed ? this.rtpLatch : this.rtcpLatch;
    const to =
      (this.opts.latch ? latch.latched : undefined) ??
      (this.remote && { address: this.remote.address, port: this.remote.rtcpPort });
    if (!to || this.closed || to.port === 0) return;
    const wire = this.srtp ? this.srtp.protectRtcp(packet) : packet;
    sock.send(wire, to.port, to.address);
    this.tapped("out", sock, to.address, to.port, wire);
    this.counters.rtcpSent++;
  }

  /** A STUN message from a component's socket (ICE checks share the media ports, RFC 8445 §6). */
  sendStun(packet: Uint8Array, to: { address: string; port: number }, component: 1 | 2 = 1): void {
    if (this.closed) return;
    const sock = component === 2 && this.rtcp ? this.rtcp : this.rtp;
    sock.send(packet, to.port, to.address);
    this.tapped("out", sock, to.address, to.port, packet);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.rtp.close();
    this.rtcp?.close();
  }

  private tapped(direction: "in" | "out", sock: Socket, host: string, port: number, bytes: Uint8Array): void {
    const tap = this.opts.tap;
    if (!tap) return;
    const local = sock === this.rtp ? this.rtpPort : this.rtpPort + 1;
    tap.datagram(direction, { host: this.opts.localAddress, port: local }, { host, port }, bytes);
  }

  private receive(msg: Buffer, address: string, port: number): void {
    if (isStun(msg)) {
      this.counters.stunReceived++;
      this.onStun(msg, { address, port }, 1);
      return;
    }
    // RFC 5761 §4: RTCP packet types 200-204 (and feedback 205-206) fall in 192-223 where RTP
    // would carry a marker bit and payload type 64-95, which muxed sessions must not use.
    if (isRtcp(msg)) {
      if (this.receiveRtcp(msg, address, port)) this.counters.rtcpOnRtpPort++;
      return;
    }
    if (msg.length < 12 || msg[0]! >> 6 !== 2) {
      this.counters.malformed++;
      return;
    }
    let packet: Uint8Array = msg;
    if (this.srtp) {
      try {
        // Each datagram arrives in a buffer of its own: decrypt it where it lies, unless a tap
        // may still read the bytes as they came off the wire.
        const own = !this.opts.tap && msg.byteOffset === 0 && msg.length === msg.buffer.byteLength;
        packet = this.srtp.unprotectRtp(msg, own);
      } catch (e) {
        // A packet sent twice (a retransmission that crossed a late original) is no forgery.
        if (e instanceof SrtpError && e.failure === "replay") this.counters.replayed++;
        else this.counters.authFailures++;
        return;
      }
    }
    if (!this.admit(this.rtpLatch, address, port)) return;
    this.counters.rtpReceived++;
    this.countSource(address, port);
    this.onRtp(packet, { at: this.opts.now(), address, port, secured: this.srtp !== undefined });
  }

  /** Whether a packet from this source belongs to the session (always, when not latching). */
  private admit(latch: SourceLatch, address: string, port: number): boolean {
    if (!this.opts.latch) return true;
    const latched = latch.latched;
    // The common case once latched for good: the same source again, nothing to record.
    if (latch.latchState === "final" && latched!.port === port && latched!.address === address) return true;
    const proof: SourceProof = this.srtp ? "authenticated" : "none";
    if (latch.accept({ address, port }, proof, this.opts.now())) return true;
    this.counters.strangerPackets++;
    const key = `${address}:${port}`;
    if (this.counters.strangerSources.length < 16 && !this.counters.strangerSources.includes(key))
      this.counters.strangerSources.push(key);
    return false;
  }

  private countSource(address: string, port: number): void {
    const last = this.lastSource;
    if (last && last.port === port && last.address === address) {
      this.counters.sources[last.key]!++;
      return;
    }
    const key = `${address}:${port}`;
    const sources = this.counters.sources;
    if (sources[key] !== undefined || Object.keys(sources).length < 16) {
      sources[key] = (sources[key] ?? 0) + 1;
      this.lastSource = { address, port, key };
    }
  }

  /** True when the packet was taken as RTCP (well formed and, under SRTP, authenticated). */
  private receiveRtcp(msg: Buffer, address: string, port: number): boolean {
    if (msg.length < 8 || msg[0]! >> 6 !== 2) {
      this.counters.malformed++;
      return false;
    }
    let packet: Uint8Array = msg;
    if (this.srtp) {
      try {
        packet = this.srtp.unprotectRtcp(msg);
      } catch {
        this.counters.rtcpAuthFailures++;
        return false;
      }
    }
    // Muxed RTCP comes from the RTP source itself (RFC 5761 §4); RTCP on its own port must at
    // least come from the host RTP latched to.
    const rtp = this.rtpLatch.latched;
    const rtcpLatch =
      this.muxed || (this.rtpLatch.latchState === "final" && rtp !== undefined && rtp.address !== address)
        ? this.rtpLatch
        : this.rtcpLatch;
    if (!this.admit(rtcpLatch, address, port)) return false;
    this.counters.rtcpReceived++;
    this.onRtcp(packet, { at: this.opts.now(), address, port, secured: this.srtp !== undefined });
    return true;
  }
}
