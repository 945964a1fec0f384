// Presentation added to a running call by re-INVITE (RFC 3264 §8, RFC 8856 §8): the room answers
// the new BFCP and slides m-lines, keeps the audio going, and serves the floor on the new stream.
import { createSocket, type Socket } from "node:dgram";
import {
  type BodyAndContentType,
  Inviter,
  type SessionDescriptionHandler,
  SessionState,
  UserAgent,
} from "sip.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { BfcpLink } from "../../src/adapters/bfcp/bfcp-link.js";
import { ParticipantFloorControl } from "../../src/adapters/bfcp/participant-floor-control.js";
import { createUserAgent, type SipUserAgent } from "../../src/adapters/sip/user-agent.js";
import { Room, type RoomEvent } from "../../src/app/room/room.js";
import { buildBfcpOffer, negotiateBfcpAnswer, readBfcpOffer } from "../../src/protocol/sdp/bfcp-sdp.js";

/** Offers audio and video; from the second offer on, BFCP (TCP, actpass) and a slides video too. */
class GrowingSdh implements SessionDescriptionHandler {
  version = 0;
  answers: string[] = [];
  constructor(
    private readonly rtpPort: number,
    private readonly bfcpPort: number,
  ) {}
  get presenting(): boolean {
    return this.version >= 2;
  }
  async getDescription(): Promise<BodyAndContentType> {
    this.version++;
    const presentation = this.presenting
      ? [
          ...buildBfcpOffer({ transport: "tcp", port: this.bfcpPort }).lines,
          `m=video ${this.rtpPort + 4} RTP/AVP 96`,
          "a=rtpmap:96 H264/90000",
          "a=fmtp:96 packetization-mode=1",
          "a=sendrecv",
          "a=content:slides",
          "a=label:3",
        ]
      : [];
    const body = [
      "v=0",
      `o=reinvite-test 7 ${this.version} IN IP4 127.0.0.1`,
      "s=-",
      "c=IN IP4 127.0.0.1",
      "t=0 0",
      `m=audio ${this.rtpPort} RTP/AVP 0`,
      "a=rtpmap:0 PCMU/8000",
      "a=sendrecv",
      `m=video ${this.rtpPort + 2} RTP/AVP 96`,
      "a=rtpmap:96 H264/90000",
      "a=fmtp:96 packetization-mode=1",
      "a=sendrecv",
      ...presentation,
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

describe("presentation added by re-INVITE", () => {
  let room: Room;
  let ua: SipUserAgent;
  let rtp: Socket;
  let link: BfcpLink;
  let sdh: GrowingSdh;
  const events: RoomEvent[] = [];
  const arrivals: number[] = [];

  beforeAll(async () => {
    room = await Room.start({
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      publicAddress: "127.0.0.1",
      rtpPorts: { from: 44000, to: 44999 },
      srtp: "optional",
      mirror: true,
      loopbackOnly: true,
      onEvent: (e) => events.push(e),
    });
    rtp = createSocket("udp4");
    await new Promise<void>((r) => rtp.bind(0, "127.0.0.1", () => r()));
    rtp.on("message", () => arrivals.push(performance.now()));
    link = await ParticipantFloorControl.openLink("tcp", "127.0.0.1");
    sdh = new GrowingSdh(rtp.address().port, link.localPort);
    ua = createUserAgent({
      uri: "sip:reinvite-test@127.0.0.1",
      listen: [{ protocol: "udp", host: "127.0.0.1", port: 0 }],
      sessionDescriptionHandlerFactory: () => sdh,
      loopbackOnly: true,
    });
    await ua.start();
  }, 60_000);

  afterAll(async () => {
    await ua?.stop();
    await room?.stop();
    rtp?.close();
    link?.close();
  });

  it("the room answers the new BFCP and slides lines, audio goes on, and the floor is granted", async () => {
    const inviter = new Inviter(
      ua.userAgent,
      UserAgent.makeURI(`sip:testrum@127.0.0.1:${room.listening[0]!.port}`)!,
    );
    await inviter.invite();
    for (let i = 0; i < 100 && inviter.state !== SessionState.Established; i++) await sleep(20);
    expect(inviter.state).toBe(SessionState.Established);
    expect(sdh.answers[0]).not.toMatch(/BFCP/);
    await sleep(400);

    await inviter.invite();
    for (let i = 0; i < 100 && sdh.answers.length < 2; i++) await sleep(20);
    const answer = sdh.answers[1]!;
    expect(answer).toMatch(/m=application [1-9]\d* TCP\/BFCP \*/);
    expect(answer).toContain("a=floorctrl:s-only");
    expect(answer).toMatch(/m=video [1-9]\d* RTP\/AVP 96[\s\S]*a=content:slides/);
    const audioPort = (sdp: string) => /m=audio (\d+)/.exec(sdp)?.[1];
    expect(audioPort(answer)).toBe(audioPort(sdh.answers[0]!));

    const n = negotiateBfcpAnswer({ transport: "tcp", port: link.localPort }, readBfcpOffer(answer).media!);
    expect(n.ok).toBe(true);
    if (!n.ok) return;
    const floor = ParticipantFloorControl.start(link, n.negotiated);
    expect((await floor.waitFor(["connected"], 3000))?.state.name).toBe("connected");
    floor.requestFloor();
    expect((await floor.waitFor(["granted", "denied"], 3000))?.state.name).toBe("granted");
    floor.releaseFloor();
    expect((await floor.waitFor(["released"], 3000))?.state.name).toBe("released");

    // The music never stopped: packets keep arriving after the re-INVITE.
    const t = performance.now();
    await sleep(400);
    expect(arrivals.filter((a) => a >= t).length).toBeGreaterThan(10);
    await inviter.bye();
    for (let i = 0; i < 40 && !events.some((e) => e.kind === "ended"); i++) await sleep(50);
    const facts = events.find((e) => e.kind === "ended")?.facts?.presentation;
    expect(facts?.floorEvents.map((e) => e.type)).toEqual(["hello", "floor-granted", "floor-released"]);
  }, 30_000);
});
