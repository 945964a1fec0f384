import { performance } from "node:perf_hooks";
import { Room } from "../src/app/room/room.js";

/** What the room reported for the calls that ended (RoomEvent "ended" facts, summed). */
export interface RoomTotals {
  answered: number;
  ended: number;
  rejected: number;
  errors: string[];
  videoPacketsIn: number;
  videoPacketsMirrored: number;
  audioPacketsIn: number;
}

/** A process's CPU time at a moment, to take differences of. */
export interface CpuSample {
  /** performance.now() of the sampling process, ms. */
  atMs: number;
  /** process.cpuUsage() user + system, ms. */
  cpuMs: number;
}

export function cpuSample(): CpuSample {
  const u = process.cpuUsage();
  return { atMs: performance.now(), cpuMs: (u.user + u.system) / 1000 };
}

/** The room under test as the bench drives it: SIP over UDP on 127.0.0.1, SRTP mandatory, mirror on. */
export interface BenchRoom {
  readonly sipPort: number;
  readonly activeCalls: number;
  /** Totals since the last call of takeTotals() (then reset). */
  takeTotals(): RoomTotals;
  stop(): Promise<void>;
}

function emptyTotals(): RoomTotals {
  return {
    answered: 0,
    ended: 0,
    rejected: 0,
    errors: [],
    videoPacketsIn: 0,
    videoPacketsMirrored: 0,
    audioPacketsIn: 0,
  };
}

export async function startBenchRoom(): Promise<BenchRoom> {
  let totals = emptyTotals();
  const room = await Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 40000, to: 49999 },
    srtp: "mandatory",
    mirror: true,
    loopbackOnly: true,
    // One load generator stands for many endpoints: the door's per-source call rate (10/s by
    // default) would refuse its steps, not the media capacity measured here.
    defences: { frontDoorRates: { callsPerS: 1000 } },
    // The ramp goes past the room's default call cap; the cap is not what is measured.
    maxCalls: 1000,
    onEvent: (e) => {
      if (e.kind === "answered") totals.answered++;
      else if (e.kind === "rejected") totals.rejected++;
      else if (e.kind === "error" && totals.errors.length < 10) totals.errors.push(e.detail);
      else if (e.kind === "ended") {
        totals.ended++;
        const f = e.facts;
        if (!f) return;
        totals.videoPacketsIn += f.videoPacketsIn;
        totals.videoPacketsMirrored += f.videoPacketsMirrored;
        totals.audioPacketsIn += f.audioPacketsIn;
      }
    },
  });
  const udp = room.listening.find((l) => l.protocol === "udp");
  if (!udp) throw new Error("the room did not bind UDP");
  return {
    sipPort: udp.port,
    get activeCalls() {
      return room.activeCalls;
    },
    takeTotals() {
      const t = totals;
      totals = emptyTotals();
      return t;
    },
    stop: () => room.stop(),
  };
}
