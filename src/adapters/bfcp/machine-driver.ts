import { performance } from "node:perf_hooks";
import type { BfcpOutput } from "../../protocol/bfcp/output.js";
import type { BfcpLink } from "./bfcp-link.js";

/** What the driver needs of a sans-IO floor control machine (FloorParticipant, FloorServer). */
export interface DrivenMachine<E> {
  handleTimeout(now: number): void;
  pollOutput(): BfcpOutput<E>;
}

/**
 * Runs a sans-IO BFCP machine on real time: drains its outputs to the link and to `onEvent`, and
 * keeps one timer at the time it asks to be woken. Call run() after every input given to it.
 */
export class BfcpMachineDriver<E> {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private stopped = false;

  constructor(
    private readonly machine: DrivenMachine<E>,
    private readonly send: (peer: string, bytes: Uint8Array) => void,
    private readonly onEvent: (e: E) => void,
    readonly now: () => number = () => performance.now(),
  ) {}

  static forLink<E>(
    machine: DrivenMachine<E>,
    link: BfcpLink,
    onEvent: (e: E) => void,
  ): BfcpMachineDriver<E> {
    return new BfcpMachineDriver(machine, (p, b) => link.send(p, b), onEvent);
  }

  run(): void {
    if (this.stopped) return;
    // Events may feed the machine again; drain once more instead of re-entering.
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    try {
      do {
        this.again = false;
        this.drain();
      } while (this.again);
    } finally {
      this.running = false;
    }
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }

  private drain(): void {
    for (;;) {
      const o = this.machine.pollOutput();
      if (o.kind === "transmit") this.send(o.peer, o.bytes);
      else if (o.kind === "event") this.onEvent(o.event);
      else {
        this.schedule(o.at);
        return;
      }
    }
  }

  private schedule(at: number | undefined): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (at === undefined || this.stopped) return;
    this.timer = setTimeout(
      () => {
        this.timer = undefined;
        this.machine.handleTimeout(this.now());
        this.run();
      },
      Math.max(0, at - this.now()),
    );
  }
}
