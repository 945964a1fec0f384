import { createSocket, type Socket } from "node:dgram";
import {
  type BodyAndContentType,
  Inviter,
  type SessionDescriptionHandler,
  SessionState,
  UserAgent,
} from "sip.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createUserAgent, type SipUserAgent } from "../../src/adapters/sip/user-agent.js";
import { Room } from "../../src/app/room/room.js";

/** An offerer whose direction can change between re-INVITEs (RFC 3264 §8.4 hold). */
class DirectionSdh implements SessionDescriptionHandler {
  direction: "sendrecv" | "sendonly" = "sendrecv";
  version = 0;
  answers: string[] = [];
  constructor(private readonly port: number) {}
  async getDescription(): Promise<BodyAndContentType> {
    this.version++;
    const body = [
      "v=0",
      `o=hold-test 42 ${this.version} IN IP4 127.0.0.1`,
      "s=-",
      "c=IN IP4 127.0.0.1",
      "t=0 0",
      `m=audio ${this.port} RTP/AVP 0`,
      "a=rtpmap:0 PCMU/8000",
      `a=${this.direction}`,
      "",
    ].join("\r\n");
    return { body, contentType: "application/sdp" };
  }
  hasDescription(): boolean {
    return true;
  }
  async setDescription(sdp: string): Promise<void> {
    this.answers.push(sdp);
  }
  sendDtmf(): boolean {
    return false;
  }
  close(): void {}
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("the room keeps a call across re-INVITEs (RFC 3264 §8)", () => {
  let room: Room;
  let ua: SipUserAgent;
  let rtp: Socket;
  let sdh: DirectionSdh;
  const arrivals: number[] = [];

  beforeAll(async () => {
    room = await Room.start({
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 41000, to: 41999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
    });
    rtp = createSocket("udp4");
    await new Promise<void>((r) => rtp.bind(0, "127.0.0.1", () => r()));
    rtp.on("message", () => arrivals.push(performance.now()));
    sdh = new DirectionSdh(rtp.address().port);
    ua = createUserAgent({
      uri: "sip:hold-test@127.0.0.1",
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      sessionDescriptionHandlerFactory: () => sdh,
      loopbackOnly: true,
    });
    await ua.start();
  });

  afterAll(async () => {
    await ua?.stop();
    await room?.stop();
    rtp?.close();
  });

  const packetsWithin = (from: number, to: number) => arrivals.filter((t) => t >= from && t < to).length;

  it("plays music, stops it on hold, resumes it after", async () => {
    const target = UserAgent.makeURI(`sip:testrum@127.0.0.1:${room.listening[0]!.port}`)!;
    const inviter = new Inviter(ua.userAgent, target);
    await inviter.invite();
    for (let i = 0; i < 100 && inviter.state !== SessionState.Established; i++) await sleep(20);
    expect(inviter.state).toBe(SessionState.Established);

    await sleep(600);
    const t1 = performance.now();
    await sleep(400);
    expect(packetsWithin(t1, performance.now())).toBeGreaterThan(10); // 20 ms PCMU: ~20 in 400 ms

    sdh.direction = "sendonly";
    await inviter.invite();
    await sleep(300);
    expect(sdh.answers.at(-1)).toMatch(/a=recvonly/);
    const t2 = performance.now();
    await sleep(400);
    expect(packetsWithin(t2, performance.now())).toBe(0);

    sdh.direction = "sendrecv";
    await inviter.invite();
    await sleep(300);
    expect(sdh.answers.at(-1)).toMatch(/a=sendrecv/);
    const t3 = performance.now();
    await sleep(400);
    expect(packetsWithin(t3, performance.now())).toBeGreaterThan(10);
    // The room kept its media port across the re-INVITEs.
    const port = (sdp: string) => /m=audio (\d+)/.exec(sdp)?.[1];
    expect(new Set(sdh.answers.map(port)).size).toBe(1);
    await inviter.bye();
  }, 20_000);
});
