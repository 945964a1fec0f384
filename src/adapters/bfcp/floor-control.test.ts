import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { Primitive } from "../../protocol/bfcp/constants.js";
import type { FloorServerEvent } from "../../protocol/bfcp/floor-server.js";
import type { BfcpNegotiation } from "../../protocol/sdp/bfcp-sdp.js";
import type { BfcpLink } from "./bfcp-link.js";
import { ParticipantFloorControl } from "./participant-floor-control.js";
import { RoomFloorControl } from "./room-floor-control.js";

const HOST = "127.0.0.1";
const open: { close(): unknown }[] = [];
afterEach(async () => {
  for (const o of open.splice(0)) await o.close();
});

function negotiation(
  transport: "tcp" | "udp",
  side: "server" | "participant",
  setup: "active" | "passive" | undefined,
  remotePort: number,
): BfcpNegotiation {
  return {
    transport,
    proto: transport === "tcp" ? "TCP/BFCP" : "UDP/BFCP",
    tls: false,
    version: transport === "tcp" ? 1 : 2,
    ourRole: side === "server" ? "s-only" : "c-only",
    theirRole: side === "server" ? "c-only" : "s-only",
    confId: 11,
    userId: 22,
    floorId: 3,
    label: "3",
    setup,
    remotePort,
    remoteAddress: HOST,
  };
}

async function pair(
  transport: "tcp" | "udp",
  roomSetup: "active" | "passive",
  policy: "grant" | "deny" = "grant",
) {
  const roomLink = await RoomFloorControl.openLink(transport, HOST);
  const callerLink = await ParticipantFloorControl.openLink(transport, HOST);
  const events: FloorServerEvent[] = [];
  const tcp = transport === "tcp";
  const room = RoomFloorControl.start(roomLink, {
    negotiated: negotiation(transport, "server", tcp ? roomSetup : undefined, callerLink.localPort),
    policy,
    roomUserId: 1,
    onEvent: (e) => events.push(e),
  });
  const callerSetup = roomSetup === "active" ? "passive" : "active";
  const caller = ParticipantFloorControl.start(
    callerLink,
    negotiation(transport, "participant", tcp ? callerSetup : undefined, roomLink.localPort),
  );
  open.push(caller, room);
  return { room, caller, events, roomLink, callerLink };
}

async function requestAndRelease(caller: ParticipantFloorControl) {
  expect((await caller.waitFor(["connected"], 3000))?.state.name).toBe("connected");
  caller.requestFloor();
  const granted = await caller.waitFor(["granted", "denied"], 3000);
  expect(granted?.state.name).toBe("granted");
  caller.releaseFloor();
  expect((await caller.waitFor(["released"], 3000))?.state.name).toBe("released");
}

async function garbage(link: BfcpLink, bytes: Uint8Array): Promise<void> {
  if (link.transport === "udp") {
    const s = createSocket("udp4");
    await new Promise<void>((r) => s.send(bytes, link.localPort, HOST, () => r()));
    s.close();
    return;
  }
  await new Promise<void>((resolve) => {
    const s = connect(link.localPort, HOST, () => s.write(bytes));
    s.on("close", () => resolve());
    s.on("error", () => resolve());
    setTimeout(() => {
      s.destroy();
      resolve();
    }, 500);
  });
}

describe("BFCP floor control over real sockets (RFC 8855 §6, RFC 4145 roles)", () => {
  for (const [transport, roomSetup] of [
    ["tcp", "passive"],
    ["tcp", "active"],
    ["udp", "passive"],
  ] as const) {
    it(`${transport}${transport === "tcp" ? ` with the room ${roomSetup}` : ""}: Hello, granted, released`, async () => {
      const { caller, events } = await pair(transport, roomSetup);
      await requestAndRelease(caller);
      expect(events.map((e) => e.type)).toEqual(["hello", "floor-granted", "floor-released"]);
    });
  }

  it("deny policy: the participant ends denied", async () => {
    const { caller } = await pair("tcp", "passive", "deny");
    await caller.waitFor(["connected"], 3000);
    caller.requestFloor();
    expect((await caller.waitFor(["granted", "denied"], 3000))?.state.name).toBe("denied");
  });

  for (const transport of ["tcp", "udp"] as const) {
    it(`${transport}: garbage on the room's BFCP port is dropped and the real participant carries on`, async () => {
      const { caller, roomLink } = await pair(transport, "passive");
      await caller.waitFor(["connected"], 3000);
      await garbage(roomLink, Uint8Array.from([0xff, 0, 0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]));
      await garbage(roomLink, Uint8Array.from([0x20, 4, 0, 9, 0, 0, 0, 11, 0, 1, 0, 22, 1, 2])); // truncated
      await garbage(roomLink, new Uint8Array(3));
      const want = transport === "udp" ? 3 : 1;
      for (let i = 0; i < 50 && roomLink.stats.malformed < want; i++)
        await new Promise((r) => setTimeout(r, 10));
      expect(roomLink.stats.malformed).toBeGreaterThanOrEqual(want);
      await requestAndRelease(caller);
    });
  }

  it("a holder asking for its floor again does not bring the room down", async () => {
    const { room, caller } = await pair("tcp", "passive");
    await caller.waitFor(["connected"], 3000);
    caller.requestFloor();
    await caller.waitFor(["granted"], 3000);
    // Replay the FloorRequest bytes on a connection of our own, as the same user.
    const bytes = Uint8Array.from([
      0x20,
      Primitive.FloorRequest,
      0,
      1,
      0,
      0,
      0,
      11,
      0,
      9,
      0,
      22,
      0x02 << 1,
      4,
      0,
      3,
    ]);
    await new Promise<void>((resolve) => {
      const s = connect(room.link.localPort, HOST, () => s.write(bytes));
      setTimeout(() => {
        s.destroy();
        resolve();
      }, 200);
    });
    expect(room.machineErrors).toEqual([]);
    expect(room.server.floor(3)?.name).toBe("granted");
    caller.releaseFloor();
    expect((await caller.waitFor(["released"], 3000))?.state.name).toBe("released");
  });

  it("the room can take the floor itself; a FloorQuery-free caller is not told (RFC 8855 §13.5)", async () => {
    for (const transport of ["tcp", "udp"] as const) {
      const { room, caller } = await pair(transport, "passive");
      await caller.waitFor(["connected"], 3000);
      room.grantToSelf();
      expect(room.server.floor(3)).toMatchObject({ name: "granted", holder: { userId: 1 } });
      expect(caller.state.name).toBe("connected");
    }
  });
});
