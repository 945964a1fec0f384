import type { H225 } from "../protocol/asn1/index.js";
import { type H245, multimediaSystemControlMessage, openLogicalChannel } from "../protocol/asn1/index.js";
import { type CallPdu, parseCallPdu } from "../protocol/h225/call-pdu.js";
import { type H239Message, readH239 } from "../protocol/h245/h239-messages.js";
import { h245Name, h245Summary, q931Name, q931Summary } from "../protocol/h323/message-summary.js";
import { readH225Address, readH245Address } from "../protocol/h323/transport-address.js";
import { ParseError } from "../protocol/parse-error.js";
import type {
  H239TokenEvent,
  H323CapturedMessage,
  H323ChannelFacts,
  H323LegFacts,
  H323Side,
  KeyframeRequestEvent,
} from "./h323-call-facts.js";
import { channelBinding, channelFacts } from "./h323-channels.js";
import { videoFastUpdateChannel } from "./h323-h245-events.js";
import type { StreamBinding } from "./stream-binding.js";

// One captured call signalling connection (H.225.0 §6.1) and the H.245 that belongs to it,
// tunnelled in its Q.931 messages (H.323 §8.2.1) or on the connection its h245Address named
// (H.225.0 §6.2). The party that sent Setup is the caller; before a Setup is seen (a capture
// that starts mid-call) the end on port 1720 is taken as the callee, and corrected if a Setup
// shows otherwise.

export type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Messages kept per leg (with their bytes, for the ladder); later ones are counted only. */
export const MAX_LEG_MESSAGES = 2000;
const MAX_LEG_CHANNELS = 256;
const MAX_LEG_EVENTS = 1000;
/** H.225.0 §6.1: the well-known call signalling port. */
export const CALL_SIGNALLING_PORT = 1720;

export interface Seen {
  readonly number: number;
  readonly timeMs: number;
  readonly src: string;
  readonly dst: string;
}

export interface LegSink {
  /** RTP or RTCP to `address` belongs to a channel of this leg. */
  binding(address: string, binding: StreamBinding): void;
  /** The leg's h245Address: an H.245 connection to it belongs to this leg. */
  h245Address(address: string, leg: H323Leg, owner: H323Side): void;
  note(s: string): void;
  /** Takes one message's room in the capture-wide budget; false when it is spent. */
  keep(): boolean;
}

const hex = (b: Uint8Array) => [...b].map((x) => x.toString(16).padStart(2, "0")).join("");
const portOf = (a: string) => Number(a.slice(a.lastIndexOf(":") + 1));
const other = (s: H323Side): H323Side => (s === "caller" ? "callee" : "caller");

type Body = Partial<
  H225.SetupUUIE & H225.ConnectUUIE & H225.AlertingUUIE & H225.CallProceedingUUIE & H225.FacilityUUIE
>;

export class H323Leg {
  caller: string;
  callee: string;
  setupSeen = false;
  callIdentifier: string | undefined;
  conferenceId: string | undefined;
  separateH245: string | undefined;
  private fastStartAnswered = false;
  private tunnelling = false;
  readonly messages: Mutable<H323CapturedMessage>[] = [];
  private dropped = 0;
  readonly channels: Mutable<H323ChannelFacts>[] = [];
  readonly h239: Mutable<H239TokenEvent>[] = [];
  readonly keyframeRequests: Mutable<KeyframeRequestEvent>[] = [];
  /** Receive addresses and who announced them first. */
  readonly owners = new Map<string, H323Side>();
  firstMs: number;
  lastMs: number;
  q931Count = 0;
  h245Count = 0;
  undecodable = 0;

  constructor(
    readonly connection: string,
    first: Seen,
    private readonly sink: LegSink,
  ) {
    // Before a Setup: the end on the call signalling port is the callee, else the receiver.
    const srcIsCallee =
      portOf(first.src) === CALL_SIGNALLING_PORT && portOf(first.dst) !== CALL_SIGNALLING_PORT;
    this.caller = srcIsCallee ? first.dst : first.src;
    this.callee = srcIsCallee ? first.src : first.dst;
    this.firstMs = first.timeMs;
    this.lastMs = first.timeMs;
  }

  sideOf(address: string): H323Side {
    return address === this.caller ? "caller" : "callee";
  }

  /** One TPKT payload of the call signalling connection. */
  q931(payload: Uint8Array, seen: Seen): void {
    this.lastMs = Math.max(this.lastMs, seen.timeMs);
    let pdu: CallPdu;
    try {
      pdu = parseCallPdu(payload);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.undecodable++;
      this.sink.note(`frame ${seen.number}: an H.225.0 message that does not decode: ${e.message}`);
      this.record({
        ...seen,
        channel: "q931",
        name: "undecodable",
        summary: e.message,
        bytes: payload,
        error: e.message,
      });
      return;
    }
    this.q931Count++;
    const uu = pdu.uu["h323-uu-pdu"];
    const body = uu["h323-message-body"];
    if (body.choice === "setup" && !this.setupSeen) this.setCaller(seen.src);
    const from = this.sideOf(seen.src);
    this.record({
      ...seen,
      channel: "q931",
      name: q931Name(pdu),
      summary: q931Summary(pdu),
      bytes: payload,
      from,
    });
    const v = (body.value ?? {}) as Body;
    if (v.callIdentifier?.guid.some((x) => x !== 0)) this.callIdentifier ??= hex(v.callIdentifier.guid);
    if (v.conferenceID) this.conferenceId ??= hex(v.conferenceID);
    if (uu.h245Tunneling === true) this.tunnelling = true;
    const h245At = readH225Address(v.h245Address);
    if (h245At) this.sink.h245Address(`${h245At.host}:${h245At.port}`, this, from);
    if (v.fastStart?.length) this.fastStart(v.fastStart, body.choice === "setup", from, seen);
    for (const tunnelled of uu.h245Control ?? []) this.h245(tunnelled, seen, true);
  }

  /** Proposals (Setup) or answers (any later message of the callee), H.323 §8.1.7. */
  private fastStart(elements: readonly Uint8Array[], proposals: boolean, from: H323Side, seen: Seen): void {
    if (!proposals) this.fastStartAnswered = true;
    for (const bytes of elements) {
      let olc: H245.OpenLogicalChannel;
      try {
        olc = openLogicalChannel.decode(bytes);
      } catch (e) {
        if (!(e instanceof ParseError)) throw e;
        this.sink.note(`frame ${seen.number}: a fastStart element that does not decode: ${e.message}`);
        continue;
      }
      const ch = channelFacts(olc, from, "fastStart", seen.number);
      if (!ch) continue;
      // Alerting and Connect may repeat the same answers (H.323 §8.1.7.2): one entry each.
      const same = this.channels.find(
        (x) =>
          x.via === "fastStart" &&
          x.from === from &&
          x.number === ch.number &&
          x.description === ch.description,
      );
      if (same) continue;
      this.addChannel({ ...ch, acknowledged: !proposals });
      // An answer accepts the proposal it echoes (same channel number, the callee's side).
      if (!proposals)
        for (const p of this.channels)
          if (p.via === "fastStart" && p.from !== from && p.sessionId === ch.sessionId) p.acknowledged = true;
    }
  }

  /**
   * One H.245 message, tunnelled (sent by the party of its Q.931 message) or from the separate
   * connection (`sender`: told by which end is the h245Address).
   */
  h245(bytes: Uint8Array, seen: Seen, tunnelled: boolean, sender?: H323Side): void {
    this.lastMs = Math.max(this.lastMs, seen.timeMs);
    const from = sender ?? this.sideOf(seen.src);
    let m: H245.MultimediaSystemControlMessage;
    try {
      m = multimediaSystemControlMessage.decode(bytes);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.undecodable++;
      this.sink.note(`frame ${seen.number}: an H.245 message that does not decode: ${e.message}`);
      this.record({
        ...seen,
        channel: "h245",
        tunnelled,
        name: "undecodable",
        summary: e.message,
        bytes,
        from,
        error: e.message,
      });
      return;
    }
    this.h245Count++;
    const name = h245Name(m);
    this.record({
      ...seen,
      channel: "h245",
      ...(tunnelled ? { tunnelled } : {}),
      name,
      summary: h245Summary(m),
      bytes,
      from,
    });
    this.h239Token(m, seen, from);
    const fastUpdate = videoFastUpdateChannel(m);
    if (fastUpdate !== undefined && this.keyframeRequests.length < MAX_LEG_EVENTS)
      this.keyframeRequests.push({ timeMs: seen.timeMs, from, channel: fastUpdate });
    if (m.choice === "request" && m.value.choice === "openLogicalChannel") {
      const ch = channelFacts(m.value.value, from, "openLogicalChannel", seen.number);
      if (ch) this.addChannel(ch);
    } else if (m.choice === "response" && m.value.choice === "openLogicalChannelAck") {
      this.ack(m.value.value, from);
    }
  }

  /** An H.239 token message (H.239 §8.2), or one that claims to be and breaks H.239 §8. */
  private h239Token(m: H245.MultimediaSystemControlMessage, seen: Seen, from: H323Side): void {
    let token: H239Message | undefined;
    try {
      token = readH239(m);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.sink.note(`frame ${seen.number}: an H.239 message that breaks H.239 §8: ${e.message}`);
      if (this.h239.length < MAX_LEG_EVENTS)
        this.h239.push({ number: seen.number, timeMs: seen.timeMs, from, name: "invalid", error: e.message });
      return;
    }
    if (!token || this.h239.length >= MAX_LEG_EVENTS) return;
    this.h239.push({
      number: seen.number,
      timeMs: seen.timeMs,
      from,
      name: token.type,
      channelId: token.channelId,
      ...("result" in token ? { result: token.result } : {}),
    });
  }

  /** H.245 §8.4.1.3: the Ack says where the acknowledging party receives the channel's media. */
  private ack(a: H245.OpenLogicalChannelAck, from: H323Side): void {
    const ch = this.channels.findLast(
      (x) =>
        x.via === "openLogicalChannel" &&
        x.from === other(from) &&
        x.number === a.forwardLogicalChannelNumber,
    );
    if (!ch) return;
    ch.acknowledged = true;
    const p = a.forwardMultiplexAckParameters;
    const params = p?.choice === "h2250LogicalChannelAckParameters" ? p.value : undefined;
    const media = readH245Address(params?.mediaChannel);
    const control = readH245Address(params?.mediaControlChannel);
    if (params?.dynamicRTPPayloadType !== undefined && ch.codec === "H264")
      ch.payloadType = params.dynamicRTPPayloadType;
    if (media) ch.mediaChannel = `${media.host}:${media.port}`;
    if (control) ch.mediaControlChannel = `${control.host}:${control.port}`;
    this.announce(ch, media ? `${media.host}:${media.port}` : undefined, from, false);
    this.announce(ch, control ? `${control.host}:${control.port}` : undefined, from, true);
  }

  private addChannel(ch: Mutable<H323ChannelFacts>): void {
    if (this.channels.length >= MAX_LEG_CHANNELS) return;
    this.channels.push(ch);
    this.announce(ch, ch.mediaChannel, ch.from, false);
    this.announce(ch, ch.mediaControlChannel, ch.from, true);
  }

  /** An address named in a channel: the first party to name it receives there. */
  private announce(ch: H323ChannelFacts, address: string | undefined, by: H323Side, rtcp: boolean): void {
    if (!address) return;
    if (!this.owners.has(address)) this.owners.set(address, by);
    this.sink.binding(address, channelBinding(ch, this.connection, address, rtcp));
  }

  /** A Setup names the caller: records made on the guess before it change sides. */
  private setCaller(address: string): void {
    this.setupSeen = true;
    if (address === this.caller) return;
    [this.caller, this.callee] = [this.callee, this.caller];
    const flip = (x: { from?: H323Side }) => {
      if (x.from) x.from = other(x.from);
    };
    for (const x of [...this.messages, ...this.channels, ...this.h239, ...this.keyframeRequests]) flip(x);
    for (const [k, v] of this.owners) this.owners.set(k, other(v));
  }

  private record(m: Mutable<H323CapturedMessage>): void {
    if (this.messages.length < MAX_LEG_MESSAGES && this.sink.keep()) this.messages.push(m);
    else if (this.dropped++ === 0)
      this.sink.note(
        `more than ${MAX_LEG_MESSAGES} messages on ${this.connection}: later ones are counted only`,
      );
  }

  facts(): H323LegFacts {
    const receives: Record<H323Side, string[]> = { caller: [], callee: [] };
    for (const [address, side] of this.owners) receives[side].push(address);
    return {
      connection: this.connection,
      caller: this.caller,
      callee: this.callee,
      messages: this.messages,
      ...(this.separateH245 ? { separateH245: this.separateH245 } : {}),
      mode: this.fastStartAnswered ? "fastStart" : this.separateH245 ? "separate" : "tunnelling",
      setupSeen: this.setupSeen,
      channels: this.channels,
      h239: this.h239,
      keyframeRequests: this.keyframeRequests,
      receives,
      firstMs: this.firstMs,
      lastMs: this.lastMs,
    };
  }

  /** H.245 tunnelling was asked for in some message (h245Tunneling TRUE). */
  get tunnellingSeen(): boolean {
    return this.tunnelling;
  }
}
