import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { type MachineOutput, MachineQueue, type SansIoMachine } from "../../protocol/machine.js";
import { MachineDriver } from "./machine-driver.js";

/** A machine that sends "tick" every `period` ms from its start and says "echo" for each input. */
class Ticker implements SansIoMachine<string, string> {
  private readonly out = new MachineQueue<string, string>();
  private next: number | undefined;
  readonly timeouts: number[] = [];

  constructor(private readonly period: number) {}

  start(now: number): void {
    this.next = now + this.period;
  }
  input(now: number, text: string): void {
    this.out.event(`echo ${text} at ${now}`);
  }
  handleTimeout(now: number): void {
    this.timeouts.push(now);
    if (this.next !== undefined && now >= this.next) {
      this.out.transmit(`tick at ${now}`);
      this.next = now + this.period;
    }
  }
  pollOutput(): MachineOutput<string, string> {
    return this.out.poll(this.next);
  }
}

describe("MachineDriver: any sans-IO machine on real time", () => {
  beforeEach(() => vi.useFakeTimers({ now: 0 }));
  afterEach(() => vi.useRealTimers());

  it("wakes the machine when it asks, drains transmits and events, and stops for good", () => {
    const m = new Ticker(100);
    const sent: string[] = [];
    const events: string[] = [];
    const d = new MachineDriver(
      m,
      (t) => sent.push(t),
      (e) => events.push(e),
      () => Date.now(),
    );
    d.input((now) => m.start(now));
    vi.advanceTimersByTime(99);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(sent).toEqual(["tick at 100"]);
    d.input((now) => m.input(now, "hello"));
    expect(events).toEqual(["echo hello at 100"]);
    vi.advanceTimersByTime(250);
    expect(sent).toEqual(["tick at 100", "tick at 200", "tick at 300"]);
    d.stop();
    vi.advanceTimersByTime(1000);
    d.input((now) => m.input(now, "late"));
    expect(sent).toHaveLength(3);
    expect(events).toEqual(["echo hello at 100"]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it("an input fed from an event handler is drained in the same run, not re-entered", () => {
    const m = new Ticker(1000);
    const events: string[] = [];
    const d: MachineDriver<string, string> = new MachineDriver(
      m,
      () => {},
      (e) => {
        events.push(e);
        if (events.length === 1) {
          m.input(Date.now(), "again");
          d.run();
        }
      },
      () => Date.now(),
    );
    d.input((now) => m.input(now, "first"));
    expect(events).toEqual(["echo first at 0", "echo again at 0"]);
  });

  it("keeps one timer, re-armed at the machine's latest wish; unref'd when asked", () => {
    const m = new Ticker(50);
    const d = new MachineDriver(
      m,
      () => {},
      () => {},
      () => Date.now(),
      { unref: true },
    );
    d.input((now) => m.start(now));
    d.run();
    d.run();
    expect(vi.getTimerCount()).toBe(1);
    const unref = vi.spyOn(globalThis, "setTimeout");
    vi.advanceTimersByTime(50);
    const timer = unref.mock.results[0]?.value as NodeJS.Timeout | undefined;
    expect(timer?.hasRef()).toBe(false);
    d.stop();
  });

  it("a wake-up beyond setTimeout's range (24.8 days) is re-armed, not fired at once", () => {
    const day = 24 * 3600 * 1000;
    const m = new Ticker(30 * day);
    const sent: string[] = [];
    const d = new MachineDriver(
      m,
      (t) => sent.push(t),
      () => {},
      () => Date.now(),
    );
    d.input((now) => m.start(now));
    vi.advanceTimersByTime(1000);
    expect(m.timeouts).toEqual([]);
    vi.advanceTimersByTime(2 ** 31 - 1);
    expect(m.timeouts).toEqual([2 ** 31 - 1]);
    expect(sent).toEqual([]);
    vi.advanceTimersByTime(30 * day);
    expect(sent).toEqual([`tick at ${30 * day}`]);
    d.stop();
  });
});
