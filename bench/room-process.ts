import { serveRequests } from "./ipc.js";
import { type BenchRoom, cpuSample, startBenchRoom } from "./room-host.js";

// The room under test in its own process, so its CPU share is its own (child_process.fork).
let room: BenchRoom | undefined;
const started = (): BenchRoom => {
  if (!room) throw new Error("the room is not started");
  return room;
};

serveRequests({
  start: async () => {
    room ??= await startBenchRoom();
    return { sipPort: room.sipPort };
  },
  cpu: () => cpuSample(),
  activeCalls: () => started().activeCalls,
  takeTotals: () => started().takeTotals(),
  stop: async () => {
    await room?.stop();
    room = undefined;
  },
});
