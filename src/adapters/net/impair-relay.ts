import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { performance } from "node:perf_hooks";
import {
  Impairment,
  type ImpairmentCounters,
  type ImpairmentProfile,
} from "../../protocol/impair/impairment.js";
import { type RelayPorts, readRelayMedia, rewriteRelaySdp } from "../../protocol/impair/relay-sdp.js";
import { headerValue, relaySipMessage } from "../../protocol/impair/relay-sip.js";
import { bindPortPair } from "../media/udp-port-pair.js";

/**
 * A userspace impairment relay on loopback (there is no netem here): it stands between a caller
 * and a SIP-over-UDP peer (our room, or any user agent), relays SIP and every RTP section's RTP,
 * RTCP and ICE checks, and loses, delays, reorders and duplicates packets by the seeded model of
 * src/protocol/impair/impairment.ts, separately for SIP and media and for each direction. The
 * SDP of both sides is rewritten (c=, m=, a=rtcp, a=candidate) so media cannot go around it.
 * It is the network of the tests and of `npm run bench -- --only network`, so it lives in src/
 * (the bench runs from dist/, which is built from src/ and bench/ only).
 */

export interface ImpairRelayOptions {
  /** Where the relay binds (loopback). */
  readonly host: string;
  /** The SIP-over-UDP peer the caller reaches through the relay. */
  readonly peer: { readonly host: string; readonly port: number };
  /** Impairment of RTP, RTCP and STUN in each direction; none when undefined. */
  readonly media?: ImpairmentProfile;
  /** Impairment of SIP datagrams in each direction; none when undefined. */
  readonly sip?: ImpairmentProfile;
  /** Seed of every random draw: the same seed repeats the same losses. */
  readonly seed: number;
  /** Media ports to bind (pairs, RTP even); default 50000-59999. */
  readonly ports?: { from: number; to: number };
}

export interface DirectionCounters {
  /** Caller → peer. */
  readonly toPeer: ImpairmentCounters;
  /** Peer → caller. */
  readonly toCaller: ImpairmentCounters;
}

export interface RelayCounters {
  readonly sip: DirectionCounters;
  readonly media: DirectionCounters;
  /** Media that arrived before the SDP said where it should go, and was dropped. */
  readonly unrouted: number;
  /** RTP sections relayed so far (one per m-line per call). */
  readonly mediaLegs: number;
}

type Side = "caller" | "peer";

interface DelayQueue {
  readonly items: { at: number; send: () => void }[];
  timer: NodeJS.Timeout | undefined;
}

interface Pair {
  readonly rtp: Socket;
  readonly rtcp: Socket;
  readonly port: number;
}

/** One RTP m-section of one call: the relay's ports on each side and where each side receives. */
interface MediaLeg {
  /** Advertised to the peer in the caller's SDP: the peer sends here, the caller receives from here. */
  readonly forCaller: Pair;
  /** Advertised to the caller in the peer's SDP. */
  readonly forPeer: Pair;
  caller?: { address: string; rtp: number; rtcp: number };
  peer?: { address: string; rtp: number; rtcp: number };
  readonly toPeer: Impairment;
  readonly toCaller: Impairment;
}

const zero = (): ImpairmentCounters => ({ offered: 0, lost: 0, duplicated: 0, reordered: 0 });

/** Seeds for separate models drawn from one: a Weyl step keeps them apart. */
function subSeed(seed: number, k: number): number {
  return (seed + Math.imul(0x9e3779b9, k + 1)) >>> 0;
}

export class ImpairRelay {
  private readonly legs = new Map<string, MediaLeg>();
  private readonly queues = new Map<Impairment, DelayQueue>();
  private readonly sipToPeer: Impairment;
  private readonly sipToCaller: Impairment;
  private caller: RemoteInfo | undefined;
  private queue: Promise<void> = Promise.resolve();
  private unrouted = 0;
  private closed = false;

  private constructor(
    private readonly opts: ImpairRelayOptions,
    private readonly sip: Socket,
    readonly sipPort: number,
  ) {
    this.sipToPeer = new Impairment(opts.sip ?? {}, subSeed(opts.seed, 0));
    this.sipToCaller = new Impairment(opts.sip ?? {}, subSeed(opts.seed, 1));
    sip.on("message", (msg, from) => {
      // One message at a time, in order: an SDP may need ports bound before it can be rewritten.
      this.queue = this.queue.then(() => this.onSip(msg, from)).catch(() => {});
    });
    sip.on("error", () => {});
  }

  static async start(opts: ImpairRelayOptions): Promise<ImpairRelay> {
    const sock = createSocket(opts.host.includes(":") ? "udp6" : "udp4");
    await new Promise<void>((resolve, reject) => {
      sock.once("error", reject);
      sock.bind(0, opts.host, () => resolve());
    });
    return new ImpairRelay(opts, sock, sock.address().port);
  }

  /** The URI user@host:port of the peer as reached through the relay. */
  uri(user: string): string {
    return `sip:${user}@${this.opts.host}:${this.sipPort}`;
  }

  counters(): RelayCounters {
    const media = { toPeer: zero(), toCaller: zero() };
    for (const leg of this.legs.values()) {
      add(media.toPeer, leg.toPeer.counters);
      add(media.toCaller, leg.toCaller.counters);
    }
    return {
      sip: { toPeer: { ...this.sipToPeer.counters }, toCaller: { ...this.sipToCaller.counters } },
      media,
      unrouted: this.unrouted,
      mediaLegs: this.legs.size,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    for (const q of this.queues.values()) clearTimeout(q.timer);
    this.queues.clear();
    await this.queue;
    const sockets = [this.sip];
    for (const leg of this.legs.values())
      sockets.push(leg.forCaller.rtp, leg.forCaller.rtcp, leg.forPeer.rtp, leg.forPeer.rtcp);
    await Promise.all(sockets.map((s) => new Promise<void>((r) => s.close(() => r()))));
  }

  private fromPeer(from: RemoteInfo): boolean {
    return from.address === this.opts.peer.host && from.port === this.opts.peer.port;
  }

  private async onSip(msg: Buffer, from: RemoteInfo): Promise<void> {
    if (this.closed) return;
    const side: Side = this.fromPeer(from) ? "peer" : "caller";
    if (side === "caller") this.caller = from;
    const text = msg.toString("utf8");
    await this.bindLegsFor(text);
    const out =
      relaySipMessage(text, {
        relay: { host: this.opts.host, port: this.sipPort },
        from: { host: from.address, port: from.port },
        sdp: (body, callId) => this.rewrite(body, callId, side),
      }) ?? text;
    const bytes = Buffer.from(out, "utf8");
    if (side === "caller") {
      const to = this.opts.peer;
      this.pass(this.sipToPeer, () => this.send(this.sip, bytes, to.port, to.host));
    } else if (this.caller) {
      const to = this.caller;
      this.pass(this.sipToCaller, () => this.send(this.sip, bytes, to.port, to.address));
    }
  }

  /** Binds the relay's ports for every RTP section of the message's SDP not yet relayed. */
  private async bindLegsFor(text: string): Promise<void> {
    const at = text.indexOf("\r\n\r\n");
    if (at < 0) return;
    const head = text.slice(0, at);
    if (!/^application\/sdp/i.test(headerValue(head, "Content-Type", "c") ?? "")) return;
    const callId = headerValue(head, "Call-ID", "i") ?? "";
    let lines: ReturnType<typeof readRelayMedia>;
    try {
      lines = readRelayMedia(text.slice(at + 4));
    } catch {
      return; // The far end rejects the SDP itself; the relay passes it as it is.
    }
    for (const m of lines) {
      const key = `${callId}#${m.index}`;
      if (!m.relayed || this.legs.has(key)) continue;
      this.legs.set(key, await this.openLeg(this.legs.size));
    }
  }

  private async openLeg(n: number): Promise<MediaLeg> {
    const range = this.opts.ports ?? { from: 50000, to: 59999 };
    const open = async (): Promise<Pair> => {
      const p = await bindPortPair(this.opts.host, range, false);
      return { rtp: p.rtp, rtcp: p.rtcp!, port: p.rtpPort };
    };
    const forCaller = await open();
    const forPeer = await open();
    const leg: MediaLeg = {
      forCaller,
      forPeer,
      toPeer: new Impairment(this.opts.media ?? {}, subSeed(this.opts.seed, 2 + 2 * n)),
      toCaller: new Impairment(this.opts.media ?? {}, subSeed(this.opts.seed, 3 + 2 * n)),
    };
    // The peer sends to forCaller: on to the caller, from forPeer (where the caller expects it).
    this.relayMedia(forCaller.rtp, leg, "caller", "rtp");
    this.relayMedia(forCaller.rtcp, leg, "caller", "rtcp");
    this.relayMedia(forPeer.rtp, leg, "peer", "rtp");
    this.relayMedia(forPeer.rtcp, leg, "peer", "rtcp");
    return leg;
  }

  /** Datagrams arriving at `sock` (the relay's stand-in for `owner`) go on to `owner`. */
  private relayMedia(sock: Socket, leg: MediaLeg, owner: Side, component: "rtp" | "rtcp"): void {
    sock.on("error", () => {});
    sock.on("message", (msg) => {
      const to = owner === "caller" ? leg.caller : leg.peer;
      if (!to || this.closed) {
        this.unrouted++;
        return;
      }
      const out = owner === "caller" ? leg.forPeer : leg.forCaller;
      const model = owner === "caller" ? leg.toCaller : leg.toPeer;
      this.pass(model, () => this.send(out[component], msg, to[component], to.address));
    });
  }

  private rewrite(body: string, callId: string, side: Side): string {
    let media: ReturnType<typeof readRelayMedia>;
    try {
      media = readRelayMedia(body);
    } catch {
      return body;
    }
    for (const m of media) {
      const leg = this.legs.get(`${callId}#${m.index}`);
      if (!leg || !m.relayed) continue;
      leg[side] = { address: m.address, rtp: m.rtpPort, rtcp: m.rtcpPort };
    }
    return rewriteRelaySdp(body, (index): RelayPorts | undefined => {
      const leg = this.legs.get(`${callId}#${index}`);
      if (!leg) return undefined;
      const pair = side === "caller" ? leg.forCaller : leg.forPeer;
      return { address: this.opts.host, rtpPort: pair.port, rtcpPort: pair.port + 1 };
    });
  }

  /**
   * Sends now, later, twice or never, as the model says. Delayed packets wait in one queue per
   * model, sorted by delivery time, under one timer: separate timers of fractional delays would
   * fire out of order and reorder packets the model kept in order.
   */
  private pass(model: Impairment, send: () => void): void {
    const now = performance.now();
    let queue = this.queues.get(model);
    if (!queue) {
      queue = { items: [], timer: undefined };
      this.queues.set(model, queue);
    }
    for (const at of model.offer(now)) {
      if (at - now < 0.5 && queue.items.length === 0) {
        send();
        continue;
      }
      let i = queue.items.length;
      while (i > 0 && queue.items[i - 1]!.at > at) i--;
      queue.items.splice(i, 0, { at, send });
    }
    this.arm(queue);
  }

  private arm(queue: DelayQueue): void {
    if (queue.timer || queue.items.length === 0 || this.closed) return;
    const wait = Math.max(0, queue.items[0]!.at - performance.now());
    queue.timer = setTimeout(() => {
      queue.timer = undefined;
      const now = performance.now();
      while (queue.items.length > 0 && queue.items[0]!.at <= now + 0.5) queue.items.shift()!.send();
      this.arm(queue);
    }, wait);
  }

  private send(sock: Socket, bytes: Uint8Array, port: number, host: string): void {
    if (this.closed) return;
    sock.send(bytes, port, host);
  }
}

function add(into: ImpairmentCounters, c: ImpairmentCounters): void {
  into.offered += c.offered;
  into.lost += c.lost;
  into.duplicated += c.duplicated;
  into.reordered += c.reordered;
}
