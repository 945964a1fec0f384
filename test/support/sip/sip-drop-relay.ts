import { createSocket, type RemoteInfo, type Socket } from "node:dgram";
import { sipWireLabel } from "../../../src/conformance/wire-evidence.js";
import { relaySipMessage } from "../../../src/protocol/impair/relay-sip.js";

/**
 * A SIP-over-UDP relay on loopback that drops chosen SIP datagrams and nothing else (media goes
 * direct: the SDP is not rewritten). It forwards as the impairment relay does (its pure
 * relaySipMessage: own Via, Contact pointed at itself, so in-dialog requests pass it too), but
 * decides loss by rule instead of by chance: "the first INVITE, the first 200 INVITE, the first
 * BYE". For random loss use src/adapters/net/impair-relay.ts.
 */

export type RelayDirection = "to-peer" | "to-caller";

export interface RelayedSip {
  readonly direction: RelayDirection;
  /** "INVITE" for a request, "200 INVITE" (status and CSeq method) for a response. */
  readonly label: string;
  /** 1 for the first datagram with this label in this direction, 2 for the second, ... */
  readonly occurrence: number;
}

export type SipDropRule = (m: RelayedSip) => boolean;

/** Drops the first datagram of each label given, in the direction(s) it travels. */
export function dropFirst(...labels: string[]): SipDropRule {
  return (m) => m.occurrence === 1 && labels.includes(m.label);
}

export class SipDropRelay {
  readonly log: Array<RelayedSip & { readonly dropped: boolean }> = [];
  private readonly seen = new Map<string, number>();
  private caller: RemoteInfo | undefined;

  private constructor(
    private readonly socket: Socket,
    private readonly host: string,
    readonly port: number,
    private readonly peer: { host: string; port: number },
    private readonly drop: SipDropRule,
  ) {
    socket.on("message", (msg, from) => this.onDatagram(msg, from));
    socket.on("error", () => {});
  }

  static async start(opts: {
    host: string;
    peer: { host: string; port: number };
    drop: SipDropRule;
  }): Promise<SipDropRelay> {
    const socket = createSocket("udp4");
    await new Promise<void>((resolve, reject) => {
      socket.once("error", reject);
      socket.bind(0, opts.host, () => resolve());
    });
    return new SipDropRelay(socket, opts.host, socket.address().port, opts.peer, opts.drop);
  }

  uri(user: string): string {
    return `sip:${user}@${this.host}:${this.port}`;
  }

  /** How many datagrams were dropped, and of which labels. */
  dropped(): string[] {
    return this.log.filter((m) => m.dropped).map((m) => `${m.direction} ${m.label}`);
  }

  close(): Promise<void> {
    return new Promise((resolve) => this.socket.close(() => resolve()));
  }

  private onDatagram(msg: Buffer, from: RemoteInfo): void {
    const fromPeer = from.address === this.peer.host && from.port === this.peer.port;
    if (!fromPeer) this.caller = from;
    const text = msg.toString("utf8");
    const direction: RelayDirection = fromPeer ? "to-caller" : "to-peer";
    const label = sipWireLabel(text);
    const key = `${direction}|${label}`;
    const occurrence = (this.seen.get(key) ?? 0) + 1;
    this.seen.set(key, occurrence);
    const dropped = this.drop({ direction, label, occurrence });
    this.log.push({ direction, label, occurrence, dropped });
    if (dropped) return;
    const out =
      relaySipMessage(text, {
        relay: { host: this.host, port: this.port },
        from: { host: from.address, port: from.port },
      }) ?? text;
    const to = fromPeer ? this.caller : { address: this.peer.host, port: this.peer.port };
    if (to) this.socket.send(Buffer.from(out, "utf8"), to.port, to.address);
  }
}
