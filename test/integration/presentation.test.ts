// Presentation end to end on loopback: `runCall` against a real Room, BFCP over TCP and UDP,
// SRTP on and off; the room's own slides on the presentation alias; a room that denies the
// floor; and bytes that are not BFCP thrown at the room's BFCP port while a call runs.
import { createSocket } from "node:dgram";
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type CallOptions, runCall } from "../../src/app/call/run-call.js";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import { exitCodeFor } from "../../src/cli/commands/call.js";
import type { Check, Report } from "../../src/report/model.js";

const quiet = { step: () => {}, info: () => {} };

function callOptions(target: string, extra: Partial<CallOptions> = {}): CallOptions {
  return {
    target,
    srtp: "optional",
    durationS: 2,
    localAddress: "127.0.0.1",
    video: { width: 640, height: 360, fps: 30, bitrateKbps: 800 },
    ...extra,
  };
}

function check(report: Report, id: string): Check {
  const c = report.checks.find((x) => x.id === id);
  if (!c) throw new Error(`no check ${id} in ${report.checks.map((x) => x.id).join(", ")}`);
  return c;
}

async function startRoom(events: RoomEvent[], floorPolicy: "grant" | "deny" = "grant"): Promise<Room> {
  return Room.start({
    listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
    publicAddress: "127.0.0.1",
    rtpPorts: { from: 43000, to: 43999 },
    srtp: "optional",
    mirror: true,
    loopbackOnly: true,
    floorPolicy,
    onEvent: (e) => events.push(e),
  });
}

/** Throws bytes that are not BFCP at a BFCP port: TCP connections and UDP datagrams. */
async function garbage(transport: "tcp" | "udp", port: number): Promise<void> {
  const junk = [
    Uint8Array.from([0xff, 0xff, 0xff, 0xff, 1, 2, 3, 4, 5, 6, 7, 8, 9]),
    Uint8Array.from([0x20, 4, 0xff, 0xff, 0, 0, 0, 1, 0, 1, 0, 2]), // says 262140 octets follow
    Uint8Array.from([0x28, 4, 0, 1, 0, 0, 0, 1, 0, 1, 0, 2, 0, 9, 0, 9]), // fragment over TCP, bad lengths
    new Uint8Array(2000).fill(0x41),
  ];
  if (transport === "udp") {
    const s = createSocket("udp4");
    for (const j of junk) await new Promise<void>((r) => s.send(j, port, "127.0.0.1", () => r()));
    s.close();
    return;
  }
  await Promise.all(
    junk.map(
      (j) =>
        new Promise<void>((resolve) => {
          const s = connect(port, "127.0.0.1", () => s.write(j));
          const done = () => resolve();
          s.on("close", done);
          s.on("error", done);
          setTimeout(() => {
            s.destroy();
            done();
          }, 300);
        }),
    ),
  );
}

describe("presentation: vdm-test call against vdm-test serve (RFC 8855, RFC 8856, RFC 4796)", () => {
  const events: RoomEvent[] = [];
  let room: Room;
  let target: string;

  beforeAll(async () => {
    room = await startRoom(events);
    target = `sip:testrum@127.0.0.1:${room.listening[0]!.port}`;
  }, 60_000);
  afterAll(async () => {
    await room?.stop();
  });

  for (const [bfcpTransport, srtp, junk] of [
    ["tcp", "optional", true],
    ["udp", "off", true],
    ["tcp", "off", false],
    ["udp", "optional", false],
  ] as const) {
    it(`${bfcpTransport.toUpperCase()}/BFCP, SRTP ${srtp === "off" ? "off" : "on"}: slides replace the mirror and the camera comes back${junk ? " (junk on the BFCP port meanwhile)" : ""}`, async () => {
      const from = events.length;
      const running = runCall(callOptions(target, { bfcpTransport, srtp }), quiet);
      if (junk) {
        // As soon as the room has answered, hit this call's BFCP port with bytes that are not BFCP.
        for (let i = 0; i < 200; i++) {
          const a = events.slice(from).find((e) => e.kind === "answered");
          const port = a?.facts?.presentation?.bfcp?.port;
          if (port) {
            await garbage(bfcpTransport, port);
            break;
          }
          await new Promise((r) => setTimeout(r, 25));
        }
      }
      const report = await running;
      const floor = check(report, "presentation.floor-granted");
      const mirror = check(report, "presentation.slides-replace-mirror");
      expect(floor.status, floor.summary).toBe("pass");
      expect(mirror.status, mirror.summary).toBe("pass");
      expect(check(report, "mirror.see-yourself").status).toBe("pass");
      // The outcome grades the six requirements too: SDES over UDP, a bare-IP Contact and no
      // session timer warn; nothing fails.
      expect(report.outcome).toBe("warn");
      expect(floor.evidence.requestToGrantMs).toBeLessThan(1000);
      const p = report.facts.presentation as { bfcp: Record<string, unknown>; slides: { srtp: unknown } };
      expect(p.bfcp).toMatchObject({
        transport: bfcpTransport,
        floorctrl: { ours: "c-only", theirs: "s-only" },
        label: "3",
        setup: bfcpTransport === "tcp" ? "active" : null,
      });
      expect(typeof p.bfcp.floorId).toBe("number");
      expect(typeof p.bfcp.confId).toBe("number");
      expect(typeof p.bfcp.userId).toBe("number");
      expect(p.slides.srtp === null).toBe(srtp === "off");
      // The room saw the floor granted and released, and switched to the slides and back.
      // The main call is the first answered; the alias calls (echo, callback, slides) run beside it.
      const main = events.slice(from).find((e) => e.kind === "answered")?.callId;
      const mainEnded = () => events.slice(from).find((e) => e.kind === "ended" && e.callId === main);
      for (let i = 0; i < 40 && !mainEnded(); i++) await new Promise((r) => setTimeout(r, 50));
      const ended = mainEnded();
      const facts = ended?.facts?.presentation;
      expect(facts?.floorEvents.map((e) => e.type)).toEqual(
        expect.arrayContaining(["hello", "floor-granted", "floor-released"]),
      );
      expect(facts?.switches.map((s) => s.to)).toEqual(["slides", "camera"]);
      if (junk) expect(facts?.link?.malformed).toBeGreaterThan(0);
    }, 60_000);
  }

  it("the presentation alias: the room takes the floor and its slides arrive and decode", async () => {
    const alias = target.replace("testrum@", "presentation@");
    const report = await runCall(callOptions(alias, { bfcpTransport: "udp" }), quiet);
    const c = check(report, "presentation.receive-slides");
    expect(c.status, c.summary).toBe("pass");
    expect(c.evidence.slidesFrames).toBeGreaterThan(3);
    // The outcome grades the six requirements too: SDES over UDP, a bare-IP Contact and no
    // session timer warn; nothing fails.
    expect(report.outcome).toBe("warn");
    // The call to the alias (the echo and callback aliases are called after it).
    const dialled = events.filter((e) => e.kind === "incoming" && e.detail === `dialled ${alias}`).at(-1);
    const ended = events.find((e) => e.kind === "ended" && e.callId === dialled?.callId && e.facts);
    expect(ended?.facts?.presentation?.roomHoldsFloor).toBe(true);
    expect(ended?.facts?.presentation?.slidesPacketsSent).toBeGreaterThan(0);
  }, 60_000);

  it("--no-presentation: no BFCP offered and the presentation checks are not-tested with the reason", async () => {
    const report = await runCall(callOptions(target, { presentation: false }), quiet);
    const c = check(report, "presentation.floor-granted");
    expect(c.status).toBe("not-tested");
    expect(c.summary).toMatch(/--no-presentation/);
    // The outcome grades the six requirements too: SDES over UDP, a bare-IP Contact and no
    // session timer warn; nothing fails.
    expect(report.outcome).toBe("warn");
  }, 60_000);
});

describe("presentation against a room that denies the floor (serve --deny-floor)", () => {
  it("the floor check fails with the reason and the call exits 1", async () => {
    const room = await startRoom([], "deny");
    try {
      const report = await runCall(callOptions(`sip:testrum@127.0.0.1:${room.listening[0]!.port}`), quiet);
      const c = check(report, "presentation.floor-granted");
      expect(c.status).toBe("fail");
      expect(c.summary).toMatch(/denied/);
      expect(check(report, "mirror.see-yourself").status).toBe("pass");
      expect(report.outcome).toBe("fail");
      expect(exitCodeFor(report)).toBe(1);
    } finally {
      await room.stop();
    }
  }, 60_000);
});
