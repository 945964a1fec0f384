import type { SipMessageHead } from "../../protocol/sip/message-head.js";
import { parseSipMessage } from "../../protocol/sip/message-head.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import {
  RetransmissionCounts,
  type RetransmissionTally,
} from "../../protocol/sip/transaction/retransmission-counts.js";
import {
  TransactionLayer,
  type TransactionLayerOptions,
} from "../../protocol/sip/transaction/transaction-layer.js";
import type {
  ReceiveVerdict,
  SipTransmit,
  TransactionEvent,
} from "../../protocol/sip/transaction/transmit.js";
import { MachineDriver } from "../clock/machine-driver.js";

/** The way back to where a message went: sends wire text there again, as a retransmission. */
export type Resend = (text: string) => void;

/**
 * Runs the RFC 3261 §17 transaction layer (src/protocol/sip/transaction) on real time for
 * NodeSipTransport, between sip.js's core and the sockets.
 *
 * Why here and not in sip.js: sip.js 0.21's transactions send each message once (no Timer A,
 * E or G; Timers D, I, J and K of zero) and are internal classes of its core. Underneath it,
 * at the transport, every message passes exactly once each way with its real destination, so
 * one layer can retransmit what sip.js sent, answer repeated requests with what sip.js
 * answered, and keep repeats away from sip.js, without patching sip.js. What sip.js already
 * does right stays with sip.js: its UAS core retransmits a 2xx to INVITE until the ACK and
 * sends BYE after 64*T1 (§13.3.1.4; session-dialog start2xxRetransmissionTimer); the layer
 * does not add a second copy of that, it marks and counts it.
 */
export class SipTransactionShell {
  private readonly counts = new RetransmissionCounts();
  private layer: TransactionLayer<Resend>;
  private driver: MachineDriver<SipTransmit<Resend>, TransactionEvent>;

  constructor(
    private readonly options: TransactionLayerOptions,
    private readonly onEvent: (event: TransactionEvent) => void,
  ) {
    this.layer = new TransactionLayer<Resend>({ ...options, counts: this.counts });
    this.driver = new MachineDriver(this.layer, (t) => t.destination(t.text), onEvent);
  }

  /** An incoming message, after transport processing: whether sip.js should see it. */
  received(head: SipMessageHead, protocol: SipTransportProtocol): ReceiveVerdict {
    let verdict: ReceiveVerdict = { deliver: true, retransmission: false };
    this.driver.input((now) => {
      verdict = this.layer.received(head, protocol !== "udp", now);
    });
    return verdict;
  }

  /** Whether a received request repeats one whose transaction is under way (RFC 3261 §17.2.3). */
  isRetransmission(head: SipMessageHead): boolean {
    return this.layer.hasServerTransaction(head);
  }

  /** A message sip.js sent, in its wire form, about to go out: whether it repeats one sent before. */
  sent(text: string, protocol: SipTransportProtocol, resend: Resend): boolean {
    let head: SipMessageHead;
    try {
      head = parseSipMessage(text);
    } catch {
      return false; // what we cannot read, we cannot match; it goes out as it is
    }
    let repeat = false;
    this.driver.input((now) => {
      repeat = this.layer.sent(head, text, resend, protocol !== "udp", now);
    });
    return repeat;
  }

  /** Counted since the transport was made (across resets). */
  retransmissions(): RetransmissionTally {
    return this.counts.tally();
  }

  /** Forgets every transaction and its timers (the sockets are closing); counts are kept. */
  reset(): void {
    this.driver.stop();
    this.layer = new TransactionLayer<Resend>({ ...this.options, counts: this.counts });
    this.driver = new MachineDriver(this.layer, (t) => t.destination(t.text), this.onEvent);
  }
}
