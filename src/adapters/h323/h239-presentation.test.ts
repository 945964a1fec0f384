import { performance } from "node:perf_hooks";
import { describe, expect, it } from "vitest";
import { type H245, multimediaSystemControlMessage } from "../../protocol/asn1/index.js";
import { capabilitySetOf, readCapabilitySet } from "../../protocol/h323/capability-set.js";
import { type LocalMedia, readLocalMedia, streamsOf } from "../../protocol/h323/local-media.js";
import { planPresentationChannel } from "../../protocol/h323/presentation-bridge.js";
import { H239Presentation, PRESENTATION_CHANNEL, type RemotePresentationEvent } from "./h239-presentation.js";
import { H245Link } from "./h245-link.js";

// Two H.245 sessions on real time, wired to each other (no sockets), each with its H.239
// presentation: the token taken, the presentation channel opened with the far end's address,
// released; and what the far end must not do (a presentation channel without the token, a
// token answer nobody asked for) rejected and kept as a warning.

const sdp = (base: number, slides = true) =>
  [
    "v=0",
    `o=- ${base} 1 IN IP4 127.0.0.1`,
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    `m=audio ${base} RTP/AVP 0`,
    "a=rtpmap:0 PCMU/8000",
    `m=video ${base + 2} RTP/AVP 96`,
    "a=rtpmap:96 H264/90000",
    "a=fmtp:96 profile-level-id=42e01f;packetization-mode=1",
    ...(slides
      ? [
          `m=video ${base + 4} RTP/AVP 97`,
          "a=rtpmap:97 H264/90000",
          "a=fmtp:97 profile-level-id=42e01f;packetization-mode=1",
          "a=content:slides",
        ]
      : []),
    "",
  ].join("\r\n");

interface Side {
  link: H245Link;
  presentation: H239Presentation;
  remote: RemotePresentationEvent[];
  received: string[];
}

function side(local: LocalMedia): Side {
  const s = {} as Side;
  s.remote = [];
  s.received = [];
  s.link = new H245Link((e) => {
    if (e.type === "received") s.received.push(e.name);
    s.presentation.handle(e);
  });
  s.presentation = new H239Presentation({ h245: () => s.link, now: () => performance.now() }, local);
  s.presentation.onRemote((e) => s.remote.push(e));
  return s;
}

/** Two sides wired to each other; each sends its TCS and starts master-slave determination. */
function pair(a: LocalMedia, b: LocalMedia): [Side, Side] {
  const x = side(a);
  const y = side(b);
  x.link.attach((bytes) => queueMicrotask(() => y.link.receive(bytes)));
  y.link.attach((bytes) => queueMicrotask(() => x.link.receive(bytes)));
  for (const [s, local] of [
    [x, a],
    [y, b],
  ] as const) {
    s.link.act((now, session) => {
      session.capabilities.send(now, capabilitySetOf(streamsOf(local), local.presentation?.codecs ?? []));
      session.msd.start(now);
    });
  }
  return [x, y];
}

const settle = () => new Promise((r) => setTimeout(r, 30));

async function until(f: () => boolean, ms = 3000): Promise<void> {
  const end = performance.now() + ms;
  while (!f()) {
    if (performance.now() > end) throw new Error("condition not met in time");
    await settle();
  }
}

describe("H.239 presentation over two H.245 sessions", () => {
  it("presents: token granted, channel opened to the far end's slides port, released", async () => {
    const [a, b] = pair(readLocalMedia(sdp(5000)), readLocalMedia(sdp(7000)));
    await until(() => a.presentation.farEndCapable && b.presentation.farEndCapable);
    const out = await a.presentation.present();
    expect(out).toMatchObject({ ok: true, rtp: { host: "127.0.0.1", port: 7004 }, rtcp: { port: 7005 } });
    await until(() => b.remote.length > 0);
    expect(b.remote).toEqual([
      { type: "started", channel: PRESENTATION_CHANNEL, rtcp: { host: "127.0.0.1", port: 5005 } },
    ]);
    expect(b.link.session.h239.currentState).toBe("remoteHolds");
    a.presentation.stop();
    await until(() => b.remote.length > 1);
    expect(b.remote[1]).toEqual({ type: "stopped", channel: PRESENTATION_CHANNEL });
    expect(a.link.session.h239.currentState).toBe("free");
    await until(() => b.link.session.h239.currentState === "free");
    // then the other way round
    const back = await b.presentation.present();
    expect(back).toMatchObject({ ok: true, rtp: { port: 5004 } });
    await until(() => a.remote.length > 0);
    expect(a.remote[0]).toMatchObject({ type: "started", rtcp: { port: 7005 } });
    expect([...a.presentation.warnings, ...b.presentation.warnings]).toEqual([]);
  });

  it("a far end without H.239 gets no token request: present() says why", async () => {
    const [a] = pair(readLocalMedia(sdp(5000)), readLocalMedia(sdp(7000, false)));
    await until(() => a.received.includes("request.terminalCapabilitySet"));
    expect(a.presentation.farEndCapable).toBe(false);
    expect(await a.presentation.present()).toEqual({
      ok: false,
      reason: "the far end declared no H.239 control capability",
    });
  });

  it("the policy deny: the token is refused, no channel opens", async () => {
    const [a, b] = pair(readLocalMedia(sdp(5000)), readLocalMedia(sdp(7000)));
    b.presentation.setPolicy("deny");
    await until(() => a.presentation.farEndCapable);
    expect(await a.presentation.present()).toEqual({
      ok: false,
      reason: "token not granted: the far end rejected it",
    });
    expect(b.remote).toEqual([]);
  });

  it("bad input: a presentation channel without the token and a token answer never asked for are rejected, kept as warnings", async () => {
    const [a, b] = pair(readLocalMedia(sdp(5000)), readLocalMedia(sdp(7000)));
    await until(() => a.presentation.farEndCapable && b.presentation.farEndCapable);
    // a opens a presentation channel straight away, without asking for the token
    const local = readLocalMedia(sdp(5000));
    const set = { sequenceNumber: 0, ...capabilitySetOf(streamsOf(local), local.presentation!.codecs) };
    const plan = planPresentationChannel(local, readCapabilitySet(set), 55, 0)!;
    const rejected = new Promise<string>((resolve) => {
      const before = a.received.length;
      const look = () => {
        const r = a.received.slice(before).find((n) => n.startsWith("response.openLogicalChannel"));
        if (r) resolve(r);
        else setTimeout(look, 20);
      };
      look();
    });
    a.link.act((now, s) => s.channels.open(now, { ...plan.request, number: 55 }));
    expect(await rejected).toBe("response.openLogicalChannelReject");
    // and a presentationTokenResponse nobody asked for
    const stray: H245.MultimediaSystemControlMessage = {
      choice: "response",
      value: {
        choice: "genericResponse",
        value: {
          messageIdentifier: { choice: "standard", value: "0.0.8.239.2" },
          subMessageIdentifier: 4,
          messageContent: [
            {
              parameterIdentifier: { choice: "standard", value: 126 },
              parameterValue: { choice: "logical", value: null },
            },
            {
              parameterIdentifier: { choice: "standard", value: 42 },
              parameterValue: { choice: "unsignedMin", value: 9 },
            },
          ],
        },
      },
    };
    b.link.receive(multimediaSystemControlMessage.encode(stray));
    await until(() => b.presentation.warnings.length >= 2);
    expect(b.presentation.warnings).toEqual([
      "presentation channel 55 opened without the presentation token (H.239 §11.2): rejected",
      "presentationTokenResponse out of order (token free)",
    ]);
    expect(b.remote).toEqual([]);
    // the session goes on: a proper presentation still works
    expect(await a.presentation.present()).toMatchObject({ ok: true });
  });
});
