import { performance } from "node:perf_hooks";
import { Room, type RoomDefences } from "../src/app/room/room.js";
import { serveRequests } from "./ipc.js";

// A room in its own process for the hostile-network suite and the flood bench, so that its heap
// is its own: started with --expose-gc, `heap` collects garbage before it measures.
let room: Room | undefined;
let hog: ReturnType<typeof setInterval> | undefined;

serveRequests({
  start: async (arg: { host: string; defences?: RoomDefences; srtp?: "off" | "optional" | "mandatory" }) => {
    room ??= await Room.start({
      listen: [
        { protocol: "udp", host: arg.host, port: 0 },
        { protocol: "tcp", host: arg.host, port: 0 },
      ],
      publicAddress: arg.host,
      rtpPorts: { from: 45000, to: 45999 },
      srtp: arg.srtp ?? "optional",
      mirror: true,
      loopbackOnly: true,
      // As `serve` runs it: new calls refused while the event loop runs late.
      defences: { load: {}, ...arg.defences },
    });
    return Object.fromEntries(room.listening.map((l) => [l.protocol, l.port]));
  },
  heap: () => {
    (globalThis as { gc?: () => void }).gc?.();
    const m = process.memoryUsage();
    return {
      heapUsed: m.heapUsed,
      rss: m.rss,
      collected: typeof (globalThis as { gc?: unknown }).gc === "function",
    };
  },
  activeCalls: () => room?.activeCalls ?? 0,
  /** Keeps the room's event loop busy in blocks of `blockMs` (CPU pressure), or stops with null. */
  hog: (arg: { blockMs: number } | null) => {
    if (hog) clearInterval(hog);
    hog = undefined;
    if (arg)
      hog = setInterval(() => {
        const end = performance.now() + arg.blockMs;
        while (performance.now() < end);
      }, 1);
    return true;
  },
  stop: async () => {
    await room?.stop();
    room = undefined;
  },
});
