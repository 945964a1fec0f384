import { connect, type Socket } from "node:net";
import type { H225 } from "../../../src/protocol/asn1/index.js";
import { multimediaSystemControlMessage } from "../../../src/protocol/asn1/index.js";
import { type CallPdu, parseCallPdu } from "../../../src/protocol/h225/call-pdu.js";
import { H225CallerMachine } from "../../../src/protocol/h225/caller-call.js";
import { TpktFramer } from "../../../src/protocol/tpkt/tpkt-framer.js";

// A hand-driven H.225.0 client for bad-input tests: a real TCP socket on which the test writes
// whatever it likes (a broken TPKT header, a truncated Setup, H.245 out of order), and which
// records every PDU the listener sends back and when the listener closed the connection.

export const TEST_ENDPOINT: H225.EndpointType = { terminal: {}, mc: false, undefinedNode: false };

export class RawH225Client {
  readonly received: CallPdu[] = [];
  readonly closed: Promise<void>;
  private readonly framer = new TpktFramer();
  private waiters: (() => void)[] = [];

  private constructor(private readonly socket: Socket) {
    socket.on("data", (chunk) => {
      this.framer.push(chunk);
      for (let p = this.framer.next(); p !== undefined; p = this.framer.next())
        this.received.push(parseCallPdu(p));
      for (const w of this.waiters.splice(0)) w();
    });
    socket.on("error", () => {});
    this.closed = new Promise((resolve) => socket.on("close", () => resolve()));
  }

  static open(port: number): Promise<RawH225Client> {
    return new Promise((resolve, reject) => {
      const s = connect({ host: "127.0.0.1", port, localAddress: "127.0.0.1" });
      s.once("error", reject);
      s.once("connect", () => resolve(new RawH225Client(s)));
    });
  }

  write(bytes: Uint8Array): void {
    this.socket.write(bytes);
  }

  end(): void {
    this.socket.destroy();
  }

  /** The Q.931 message types received so far. */
  types(): string[] {
    return this.received.map((p) => p.message.type);
  }

  /** H.245 messages tunnelled to us, by name ("indication.functionNotSupported"...). */
  tunnelledH245(): string[] {
    return this.received.flatMap((p) =>
      (p.uu["h323-uu-pdu"].h245Control ?? []).map((b) => {
        const m = multimediaSystemControlMessage.decode(b);
        return m.choice === "$unknown" ? "$unknown" : `${m.choice}.${m.value.choice}`;
      }),
    );
  }

  /** Resolves once `f` holds over what was received (bounded by the test's timeout). */
  async until(f: (c: RawH225Client) => boolean): Promise<void> {
    while (!f(this)) await new Promise<void>((r) => this.waiters.push(r));
  }
}

/** A Setup as our caller machine writes it (TPKT framed), tunnelling on, optional h245Control. */
export function setupBytes(h245Control: readonly Uint8Array[] = []): {
  setup: Uint8Array;
  machine: H225CallerMachine;
} {
  const machine = new H225CallerMachine({
    callReference: 77,
    callIdentifier: Uint8Array.from({ length: 16 }, (_, i) => i + 1),
    conferenceId: Uint8Array.from({ length: 16 }, (_, i) => 100 + i),
    endpoint: TEST_ENDPOINT,
    destinationAddress: [{ choice: "h323-ID", value: "testrum" }],
    h245Tunneling: true,
  });
  machine.start(0, { h245Control });
  const out = machine.pollOutput();
  if (out.kind !== "transmit") throw new Error("no Setup");
  return { setup: out.transmit.bytes, machine };
}
