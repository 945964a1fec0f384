import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { ParseError } from "../parse-error.js";
import { CapabilityExchange, type CeEvent } from "./capability-exchange.js";
import { h239Generic, readH239 } from "./h239-messages.js";
import { H239Token, type H239TokenEvent } from "./h239-token.js";
import { type LcEvent, LogicalChannels } from "./logical-channels.js";
import { MasterSlaveDetermination, type MsdEvent, type MsdOptions } from "./master-slave-determination.js";

// One H.245 control channel (H.245 §8, H.323 §8.2): master-slave determination, capability
// exchange and logical channels as their own entities, the commands and indications H.323
// video calls use (videoFastUpdatePicture, flowControlCommand, endSessionCommand), and
// round-trip delay (§8.9). It takes encoded MultimediaSystemControlMessages, from a separate
// H.245 connection's TPKT payloads or from h245Control elements, and gives encoded ones back;
// how they travel is the shell's business. A message that does not decode is answered with
// FunctionNotSupported (syntaxError), a request we do not implement with FunctionNotSupported
// (unknownFunction): never a silent drop, never a crash.

export interface H245Transmit {
  /** e.g. "request.terminalCapabilitySet", for the report's ladder. */
  readonly name: string;
  readonly bytes: Uint8Array;
}

export type H245Event =
  | MsdEvent
  | CeEvent
  | LcEvent
  | H239TokenEvent
  /** A generic message with the H.239 identifier that breaks H.239 §8 (answered if a request). */
  | { readonly type: "h239Malformed"; readonly detail: string }
  | {
      readonly type: "received";
      readonly name: string;
      readonly message: H245.MultimediaSystemControlMessage;
    }
  | { readonly type: "videoFastUpdatePicture"; readonly channel: number }
  | { readonly type: "flowControl"; readonly channel?: number; readonly maximumBitRate?: number }
  | { readonly type: "endSession" }
  | { readonly type: "roundTripDelay"; readonly ms: number }
  | { readonly type: "roundTripDelayTimeout" }
  | { readonly type: "notUnderstood"; readonly detail: string };

export interface H245SessionOptions extends MsdOptions {
  readonly t101?: number;
  readonly t103?: number;
  /** T105 (round-trip delay) in ms. */
  readonly t105?: number;
}

type Msg = H245.MultimediaSystemControlMessage;

export function messageName(m: Msg): string {
  return m.choice === "$unknown" ? "$unknown" : `${m.choice}.${m.value.choice}`;
}

export class H245Session implements SansIoMachine<H245Transmit, H245Event> {
  readonly msd: MasterSlaveDetermination;
  readonly capabilities: CapabilityExchange;
  readonly channels: LogicalChannels;
  /** The H.239 presentation token (H.239 §11), carried in generic messages. */
  readonly h239: H239Token;
  private readonly queue = new MachineQueue<H245Transmit, H245Event>();
  private rtd: { sequenceNumber: number; sentAt: number; deadline: number } | undefined;
  private rtdSequence = -1;
  private readonly t105: number;

  constructor(options: H245SessionOptions) {
    this.msd = new MasterSlaveDetermination(options);
    this.capabilities = new CapabilityExchange(options.t101);
    this.channels = new LogicalChannels(options.t103);
    this.h239 = new H239Token();
    this.t105 = options.t105 ?? 10_000;
  }

  private send(m: Msg): void {
    this.queue.transmit({ name: messageName(m), bytes: multimediaSystemControlMessage.encode(m) });
  }

  /** One encoded MultimediaSystemControlMessage from the far end. */
  handleMessage(now: number, bytes: Uint8Array): void {
    let m: Msg;
    try {
      m = multimediaSystemControlMessage.decode(bytes);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.queue.event({ type: "notUnderstood", detail: e.message });
      this.send({
        choice: "indication",
        value: { choice: "functionNotSupported", value: { cause: { choice: "syntaxError", value: null } } },
      });
      return;
    }
    this.queue.event({ type: "received", name: messageName(m), message: m });
    this.dispatch(now, m);
  }

  private dispatch(now: number, m: Msg): void {
    if (m.choice === "$unknown") {
      this.notSupported(m);
      return;
    }
    const v = m.value;
    switch (v.choice) {
      case "masterSlaveDetermination":
        this.msd.handleRequest(now, v.value);
        return;
      case "masterSlaveDeterminationAck":
        this.msd.handleAck(now, v.value);
        return;
      case "masterSlaveDeterminationReject":
        this.msd.handleReject(now);
        return;
      case "masterSlaveDeterminationRelease":
        this.msd.handleRelease();
        return;
      case "terminalCapabilitySet":
        this.capabilities.handleSet(now, v.value);
        return;
      case "terminalCapabilitySetAck":
        this.capabilities.handleAck(now, v.value);
        return;
      case "terminalCapabilitySetReject":
        this.capabilities.handleReject(now, v.value);
        return;
      case "openLogicalChannel":
        this.channels.handleOpen(now, v.value);
        return;
      case "openLogicalChannelAck":
        this.channels.handleAck(now, v.value);
        return;
      case "openLogicalChannelReject":
        this.channels.handleReject(now, v.value);
        return;
      case "closeLogicalChannel":
        this.channels.handleClose(now, v.value);
        return;
      case "closeLogicalChannelAck":
        this.channels.handleCloseAck(now, v.value);
        return;
      case "roundTripDelayRequest":
        this.send({
          choice: "response",
          value: { choice: "roundTripDelayResponse", value: { sequenceNumber: v.value.sequenceNumber } },
        });
        return;
      case "roundTripDelayResponse":
        if (this.rtd?.sequenceNumber === v.value.sequenceNumber) {
          this.queue.event({ type: "roundTripDelay", ms: now - this.rtd.sentAt });
          this.rtd = undefined;
        }
        return;
      case "miscellaneousCommand":
        if (v.value.type.choice === "videoFastUpdatePicture") {
          this.queue.event({ type: "videoFastUpdatePicture", channel: v.value.logicalChannelNumber });
        }
        return;
      case "flowControlCommand": {
        const scope = v.value.scope;
        const restriction = v.value.restriction;
        this.queue.event({
          type: "flowControl",
          ...(scope.choice === "logicalChannelNumber" ? { channel: scope.value } : {}),
          ...(restriction.choice === "maximumBitRate" ? { maximumBitRate: restriction.value } : {}),
        });
        return;
      }
      case "endSessionCommand":
        this.queue.event({ type: "endSession" });
        return;
      case "genericRequest":
      case "genericResponse":
      case "genericCommand":
      case "genericIndication":
        this.generic(now, m);
        return;
      default:
        // Requests we do not implement get FunctionNotSupported; other responses, commands and
        // indications need no answer (H.245 §8).
        if (m.choice === "request") this.notSupported(m);
    }
  }

  /** H.239 §8: generic messages with the H.239 identifier go to the token; other generic requests are not supported. */
  private generic(now: number, m: Msg): void {
    if (!h239Generic(m)) {
      if (m.choice === "request") this.notSupported(m);
      return;
    }
    let read: ReturnType<typeof readH239>;
    try {
      read = readH239(m);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.queue.event({ type: "h239Malformed", detail: e.message });
      if (m.choice === "request") this.notSupported(m, "syntaxError");
      return;
    }
    if (read) this.h239.handleMessage(now, read);
  }

  private notSupported(m: Msg, cause: "unknownFunction" | "syntaxError" = "unknownFunction"): void {
    this.send({
      choice: "indication",
      value: {
        choice: "functionNotSupported",
        value: {
          cause: { choice: cause, value: null },
          returnedFunction: multimediaSystemControlMessage.encode(m),
        },
      },
    });
  }

  /** miscellaneousCommand videoFastUpdatePicture: our keyframe request. */
  videoFastUpdatePicture(_now: number, channel: number): void {
    this.send({
      choice: "command",
      value: {
        choice: "miscellaneousCommand",
        value: { logicalChannelNumber: channel, type: { choice: "videoFastUpdatePicture", value: null } },
      },
    });
  }

  /** flowControlCommand: the far end sends at most `maximumBitRate` × 100 bit/s on `channel`. */
  flowControl(_now: number, channel: number, maximumBitRate: number): void {
    this.send({
      choice: "command",
      value: {
        choice: "flowControlCommand",
        value: {
          scope: { choice: "logicalChannelNumber", value: channel },
          restriction: { choice: "maximumBitRate", value: maximumBitRate },
        },
      },
    });
  }

  /** Any miscellaneousCommand (H.235 key updates: encryptionUpdateRequest/Command/Ack). */
  miscellaneousCommand(_now: number, command: H245.MiscellaneousCommand): void {
    this.send({ choice: "command", value: { choice: "miscellaneousCommand", value: command } });
  }

  endSession(_now: number): void {
    this.send({
      choice: "command",
      value: { choice: "endSessionCommand", value: { choice: "disconnect", value: null } },
    });
  }

  roundTripDelay(now: number): void {
    this.rtdSequence = (this.rtdSequence + 1) % 256;
    this.rtd = { sequenceNumber: this.rtdSequence, sentAt: now, deadline: now + this.t105 };
    this.send({
      choice: "request",
      value: { choice: "roundTripDelayRequest", value: { sequenceNumber: this.rtdSequence } },
    });
  }

  handleTimeout(now: number): void {
    this.msd.handleTimeout(now);
    this.capabilities.handleTimeout(now);
    this.channels.handleTimeout(now);
    this.h239.handleTimeout(now);
    if (this.rtd && now >= this.rtd.deadline) {
      this.rtd = undefined;
      this.queue.event({ type: "roundTripDelayTimeout" });
    }
  }

  pollOutput(): MachineOutput<H245Transmit, H245Event> {
    // Drain the entities in order: their messages are encoded here, their events passed on.
    const deadlines: (number | undefined)[] = [this.rtd?.deadline];
    for (const entity of [this.msd, this.capabilities, this.channels, this.h239] as SansIoMachine<
      Msg,
      H245Event
    >[]) {
      for (let o = entity.pollOutput(); ; o = entity.pollOutput()) {
        if (o.kind === "timeout") {
          deadlines.push(o.at);
          break;
        }
        if (o.kind === "transmit") this.send(o.transmit);
        else this.queue.event(o.event);
      }
    }
    const next = deadlines.filter((d): d is number => d !== undefined);
    return this.queue.poll(next.length > 0 ? Math.min(...next) : undefined);
  }
}
