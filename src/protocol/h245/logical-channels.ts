import type { H245 } from "../asn1/index.js";
import { type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";

// H.245 §8.4 and §C.4 (logical channel signalling, LCSE), unidirectional channels as H.323
// uses them. Outgoing: OpenLogicalChannel with our RTCP address (H2250LogicalChannelParameters
// mediaControlChannel), answered by Ack with the far end's RTP address (mediaChannel) or by
// Reject; T103 bounds the wait and, on expiry, CloseLogicalChannel goes out. Incoming: the
// application accepts (Ack with our RTP/RTCP addresses) or rejects with a cause.
// CloseLogicalChannel is answered with its Ack. Responses for a channel in no waiting state
// are out of order and ignored (§C.4.4).

export type ChannelState = "awaitingEstablishment" | "established" | "awaitingRelease";

export type LcEvent =
  | {
      readonly type: "channelOpened";
      readonly number: number;
      readonly mediaChannel?: H245.TransportAddress;
      readonly mediaControlChannel?: H245.TransportAddress;
      /** H.235: the media key the H.245 master gave in the Ack. */
      readonly encryptionSync?: H245.EncryptionSync;
    }
  | { readonly type: "channelRejected"; readonly number: number; readonly cause: string }
  | { readonly type: "channelClosed"; readonly number: number; readonly by: "local" | "remote" }
  | { readonly type: "channelFailed"; readonly number: number; readonly reason: string }
  /** The far end asks to open a channel to us; answer with acceptChannel or rejectChannel. */
  | { readonly type: "channelRequested"; readonly number: number; readonly open: H245.OpenLogicalChannel };

type Msg = H245.MultimediaSystemControlMessage;

export interface OutgoingChannel {
  readonly number: number;
  readonly dataType: H245.DataType;
  readonly sessionID: number;
  /** Our RTCP address for this channel. */
  readonly mediaControlChannel: H245.TransportAddress;
  readonly dynamicRTPPayloadType?: number;
  /** The RTP payload format (H.241 §8.3: the packetization mode of H.264). */
  readonly mediaPacketization?: H245.H2250LogicalChannelParameters["mediaPacketization"];
  /** H.235: the media key, when we are the H.245 master. */
  readonly encryptionSync?: H245.EncryptionSync;
}

export class LogicalChannels implements SansIoMachine<Msg, LcEvent> {
  private readonly queue = new MachineQueue<Msg, LcEvent>();
  private readonly outgoing = new Map<number, { state: ChannelState; deadline: number | undefined }>();
  private readonly incoming = new Map<number, "awaitingAnswer" | "established">();

  /** T103 in ms (H.245 Annex C leaves it to the system). */
  constructor(private readonly t103 = 10_000) {}

  outgoingState(number: number): ChannelState | undefined {
    return this.outgoing.get(number)?.state;
  }

  open(now: number, c: OutgoingChannel): void {
    if (this.outgoing.has(c.number)) throw new Error(`H.245 LCSE: channel ${c.number} is already in use`);
    const params: H245.H2250LogicalChannelParameters = {
      sessionID: c.sessionID,
      mediaControlChannel: c.mediaControlChannel,
      ...(c.dynamicRTPPayloadType !== undefined ? { dynamicRTPPayloadType: c.dynamicRTPPayloadType } : {}),
      ...(c.mediaPacketization ? { mediaPacketization: c.mediaPacketization } : {}),
    };
    this.queue.transmit({
      choice: "request",
      value: {
        choice: "openLogicalChannel",
        value: {
          forwardLogicalChannelNumber: c.number,
          forwardLogicalChannelParameters: {
            dataType: c.dataType,
            multiplexParameters: { choice: "h2250LogicalChannelParameters", value: params },
          },
          ...(c.encryptionSync ? { encryptionSync: c.encryptionSync } : {}),
        },
      },
    });
    this.outgoing.set(c.number, { state: "awaitingEstablishment", deadline: now + this.t103 });
  }

  close(now: number, number: number): void {
    const ch = this.outgoing.get(number);
    if (ch === undefined || ch.state === "awaitingRelease")
      throw new Error(`H.245 LCSE: channel ${number} is not open`);
    this.queue.transmit({
      choice: "request",
      value: {
        choice: "closeLogicalChannel",
        value: { forwardLogicalChannelNumber: number, source: { choice: "user", value: null } },
      },
    });
    ch.state = "awaitingRelease";
    ch.deadline = now + this.t103;
  }

  handleAck(_now: number, ack: H245.OpenLogicalChannelAck): void {
    const ch = this.outgoing.get(ack.forwardLogicalChannelNumber);
    if (ch?.state !== "awaitingEstablishment") return;
    ch.state = "established";
    ch.deadline = undefined;
    const p = ack.forwardMultiplexAckParameters;
    const params = p?.choice === "h2250LogicalChannelAckParameters" ? p.value : undefined;
    this.queue.event({
      type: "channelOpened",
      number: ack.forwardLogicalChannelNumber,
      ...(params?.mediaChannel ? { mediaChannel: params.mediaChannel } : {}),
      ...(params?.mediaControlChannel ? { mediaControlChannel: params.mediaControlChannel } : {}),
      ...(ack.encryptionSync ? { encryptionSync: ack.encryptionSync } : {}),
    });
  }

  handleReject(_now: number, reject: H245.OpenLogicalChannelReject): void {
    const ch = this.outgoing.get(reject.forwardLogicalChannelNumber);
    if (ch?.state !== "awaitingEstablishment") return;
    this.outgoing.delete(reject.forwardLogicalChannelNumber);
    this.queue.event({
      type: "channelRejected",
      number: reject.forwardLogicalChannelNumber,
      cause: reject.cause.choice,
    });
  }

  handleCloseAck(_now: number, ack: H245.CloseLogicalChannelAck): void {
    const ch = this.outgoing.get(ack.forwardLogicalChannelNumber);
    if (ch?.state !== "awaitingRelease") return;
    this.outgoing.delete(ack.forwardLogicalChannelNumber);
    this.queue.event({ type: "channelClosed", number: ack.forwardLogicalChannelNumber, by: "local" });
  }

  /** The far end opens a channel to us. */
  handleOpen(_now: number, open: H245.OpenLogicalChannel): void {
    const n = open.forwardLogicalChannelNumber;
    if (this.incoming.get(n) === "established") {
      // §C.4.4.2: a new OpenLogicalChannel for an open channel replaces it.
      this.incoming.delete(n);
    }
    this.incoming.set(n, "awaitingAnswer");
    this.queue.event({ type: "channelRequested", number: n, open });
  }

  acceptChannel(
    _now: number,
    number: number,
    addresses: {
      mediaChannel: H245.TransportAddress;
      mediaControlChannel: H245.TransportAddress;
      sessionID: number;
      /** H.235: the media key, when we are the H.245 master. */
      encryptionSync?: H245.EncryptionSync;
    },
  ): void {
    if (this.incoming.get(number) !== "awaitingAnswer")
      throw new Error(`H.245 LCSE: no request for channel ${number}`);
    this.incoming.set(number, "established");
    this.queue.transmit({
      choice: "response",
      value: {
        choice: "openLogicalChannelAck",
        value: {
          forwardLogicalChannelNumber: number,
          forwardMultiplexAckParameters: {
            choice: "h2250LogicalChannelAckParameters",
            value: {
              sessionID: addresses.sessionID,
              mediaChannel: addresses.mediaChannel,
              mediaControlChannel: addresses.mediaControlChannel,
            },
          },
          ...(addresses.encryptionSync ? { encryptionSync: addresses.encryptionSync } : {}),
        },
      },
    });
  }

  rejectChannel(
    _now: number,
    number: number,
    cause:
      | "unspecified"
      | "dataTypeNotSupported"
      | "dataTypeNotAvailable"
      | "insufficientBandwidth" = "dataTypeNotSupported",
  ): void {
    if (this.incoming.get(number) !== "awaitingAnswer")
      throw new Error(`H.245 LCSE: no request for channel ${number}`);
    this.incoming.delete(number);
    this.queue.transmit({
      choice: "response",
      value: {
        choice: "openLogicalChannelReject",
        value: {
          forwardLogicalChannelNumber: number,
          cause: { choice: cause, value: null } as H245.OpenLogicalChannelReject["cause"],
        },
      },
    });
  }

  /** The far end closes a channel it opened: always acknowledged (§C.4.4.3). */
  handleClose(_now: number, close: H245.CloseLogicalChannel): void {
    const n = close.forwardLogicalChannelNumber;
    this.queue.transmit({
      choice: "response",
      value: { choice: "closeLogicalChannelAck", value: { forwardLogicalChannelNumber: n } },
    });
    if (this.incoming.delete(n)) this.queue.event({ type: "channelClosed", number: n, by: "remote" });
  }

  private nextDeadline(): number | undefined {
    let next: number | undefined;
    for (const ch of this.outgoing.values())
      if (ch.deadline !== undefined && (next === undefined || ch.deadline < next)) next = ch.deadline;
    return next;
  }

  handleTimeout(now: number): void {
    for (const [number, ch] of [...this.outgoing]) {
      if (ch.deadline === undefined || now < ch.deadline) continue;
      this.outgoing.delete(number);
      if (ch.state === "awaitingEstablishment") {
        this.queue.transmit({
          choice: "request",
          value: {
            choice: "closeLogicalChannel",
            value: { forwardLogicalChannelNumber: number, source: { choice: "lcse", value: null } },
          },
        });
      }
      this.queue.event({ type: "channelFailed", number, reason: `T103 expired in ${ch.state}` });
    }
  }

  pollOutput(): MachineOutput<Msg, LcEvent> {
    return this.queue.poll(this.nextDeadline());
  }
}
