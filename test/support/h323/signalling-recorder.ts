import { createServer, type Server, type Socket } from "node:net";
import { MachineDriver } from "../../../src/adapters/clock/machine-driver.js";
import type { H225 } from "../../../src/protocol/asn1/index.js";
import type { CallEvent, CallSignalTransmit } from "../../../src/protocol/h225/call-events.js";
import { type CalleeOptions, H225CalleeMachine } from "../../../src/protocol/h225/callee-call.js";
import { TpktFramer } from "../../../src/protocol/tpkt/tpkt-framer.js";

// A bare H.225.0 call signalling listener for proving a peer runner: each connection's TPKT
// payloads go to one of our H225CalleeMachines on real time, which records every PDU it
// decodes and lets the test answer or refuse. Only the pure core runs here, no engine.

export const RECORDER_ENDPOINT: H225.EndpointType = {
  vendor: { vendor: { t35CountryCode: 165, t35Extension: 0, manufacturerCode: 0 } },
  terminal: {},
  mc: false,
  undefinedNode: false,
};

export interface RecordedCall {
  readonly machine: H225CalleeMachine;
  readonly driver: MachineDriver<CallSignalTransmit, CallEvent>;
  readonly events: CallEvent[];
  readonly sent: CallSignalTransmit[];
  readonly socket: Socket;
  /** Resolves with the event `pick` finds (now or later); rejects after `timeoutMs`. */
  event<T>(pick: (e: CallEvent) => T | undefined, timeoutMs: number): Promise<T>;
  /** Resolves when the far end has closed the connection. */
  readonly closed: Promise<void>;
}

export class SignallingRecorder {
  readonly calls: RecordedCall[] = [];
  private readonly waiters = new Set<() => void>();

  private constructor(
    private readonly server: Server,
    readonly host: string,
    readonly port: number,
  ) {}

  static async listen(host: string, options: Partial<CalleeOptions> = {}): Promise<SignallingRecorder> {
    const server = createServer();
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen(0, host, () => resolve());
    });
    const address = server.address();
    const port = typeof address === "object" && address ? address.port : 0;
    const recorder = new SignallingRecorder(server, host, port);
    server.on("connection", (socket) => recorder.accept(socket, options));
    return recorder;
  }

  private accept(socket: Socket, options: Partial<CalleeOptions>): void {
    const machine = new H225CalleeMachine(performanceNow(), {
      endpoint: RECORDER_ENDPOINT,
      h245Tunneling: true,
      ...options,
    });
    const events: CallEvent[] = [];
    const sent: CallSignalTransmit[] = [];
    const driver = new MachineDriver<CallSignalTransmit, CallEvent>(
      machine,
      (t) => {
        sent.push(t);
        if (!socket.destroyed) socket.write(t.bytes);
      },
      (e) => {
        events.push(e);
        this.wake();
      },
      performanceNow,
      { unref: true },
    );
    const framer = new TpktFramer();
    socket.on("data", (chunk) => {
      framer.push(chunk);
      try {
        for (let p = framer.next(); p !== undefined; p = framer.next()) {
          driver.input((now) => machine.handlePayload(now, p));
        }
      } catch {
        socket.destroy();
      }
    });
    const closed = new Promise<void>((resolve) => socket.once("close", () => resolve()));
    socket.on("error", () => {
      // the peer reset the connection; `closed` resolves
    });
    void closed.then(() => {
      driver.stop();
      this.wake();
    });
    const event = <T>(pick: (e: CallEvent) => T | undefined, timeoutMs: number): Promise<T> =>
      this.until(() => events.map(pick).find((v) => v !== undefined), timeoutMs, "an event");
    this.calls.push({ machine, driver, events, sent, socket, event, closed });
    driver.run();
    this.wake();
  }

  private wake(): void {
    for (const w of this.waiters) w();
  }

  /** Resolves with the n-th connection's call (0-based) once it is there. */
  call(n: number, timeoutMs: number): Promise<RecordedCall> {
    return this.until(() => this.calls[n], timeoutMs, `connection ${n + 1}`);
  }

  private until<T>(found: () => T | undefined, timeoutMs: number, what: string): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const v = found();
        if (v === undefined) return;
        finish();
        resolve(v);
      };
      const timer = setTimeout(() => {
        finish();
        reject(new Error(`signalling recorder: no ${what} within ${timeoutMs} ms`));
      }, timeoutMs);
      const finish = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  async close(): Promise<void> {
    for (const c of this.calls) {
      c.driver.stop();
      c.socket.destroy();
    }
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

function performanceNow(): number {
  return performance.now();
}
