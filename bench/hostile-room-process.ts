import { Room, type RoomDefences } from "../src/app/room/room.js";
import { serveRequests } from "./ipc.js";

// A room in its own process for the hostile-network suite and the flood bench, so that its heap
// is its own: started with --expose-gc, `heap` collects garbage before it measures.
let room: Room | undefined;

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
      ...(arg.defences ? { defences: arg.defences } : {}),
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
  stop: async () => {
    await room?.stop();
    room = undefined;
  },
});
