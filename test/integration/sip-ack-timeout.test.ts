// RFC 3261 §13.3.1.4 on our stack: a UAS whose 2xx never gets its ACK retransmits the 2xx at T1,
// doubling to T2, for 64*T1, then ends the session with BYE. sip.js's UAS core does this itself
// (session-dialog start2xxRetransmissionTimer); the transaction layer underneath must neither add
// a second schedule (no doubled copies) nor lose it. Every ACK is dropped by a relay; the whole
// 32 s runs on real time, so this test takes about 35 s.
import { type Invitation, Inviter, SessionState, UserAgent } from "sip.js";
import { afterAll, describe, expect, it } from "vitest";
import type { SipWireEvent } from "../../src/adapters/sip/node-sip-transport.js";
import { createUserAgent, type SipUserAgent } from "../../src/adapters/sip/user-agent.js";
import { fixedSdhFactory } from "../support/sip/fixed-sdh.js";
import { SipDropRelay } from "../support/sip/sip-drop-relay.js";

const running: Array<{ stop(): Promise<void> }> = [];
// Stopping a user agent ends its sessions; a BYE whose answer the relay loses is retransmitted
// until Timer F (64*T1 = 32 s), so the stop may take that long.
afterAll(async () => {
  await Promise.all(running.map((r) => r.stop()));
}, 90_000);

function ua(
  uri: string,
  port: number,
  wire: SipWireEvent[],
  extra: Partial<Parameters<typeof createUserAgent>[0]>,
) {
  const sip: SipUserAgent = createUserAgent({
    uri,
    listen: [{ protocol: "udp", host: "127.0.0.1", port }],
    loopbackOnly: true,
    onWire: (e) => wire.push(e),
    ...extra,
  });
  running.push(sip);
  return sip;
}

const first = (w: SipWireEvent) => w.text.slice(0, w.text.indexOf("\r\n"));

describe("RFC 3261 §13.3.1.4: the 2xx to INVITE without its ACK", () => {
  it("is retransmitted at 500, 1000, 2000, 4000, 4000... ms, once per tick, and the UAS sends BYE after 64*T1", async () => {
    const uasWire: SipWireEvent[] = [];
    let incoming: Invitation | undefined;
    const uas = ua("sip:room@127.0.0.1", 0, uasWire, {
      sessionDescriptionHandlerFactory: fixedSdhFactory(41000),
      delegate: {
        onInvite: (invitation) => {
          incoming = invitation;
          void invitation.accept();
        },
      },
    });
    const [bound] = await uas.start();
    const relay = await SipDropRelay.start({
      host: "127.0.0.1",
      peer: { host: "127.0.0.1", port: bound!.port },
      drop: (m) => m.label === "ACK",
    });
    running.push({ stop: () => relay.close() });
    const uacWire: SipWireEvent[] = [];
    const uac = ua("sip:alice@127.0.0.1", 0, uacWire, {
      sessionDescriptionHandlerFactory: fixedSdhFactory(51000),
    });
    await uac.start();
    const inviter = new Inviter(uac.userAgent, UserAgent.makeURI(relay.uri("room"))!);
    await inviter.invite();

    const started = Date.now();
    while (incoming?.state !== SessionState.Terminated && Date.now() - started < 45_000)
      await new Promise((r) => setTimeout(r, 100));
    expect(incoming?.state).toBe(SessionState.Terminated);

    const oks = uasWire.filter(
      (w) => w.direction === "out" && /^SIP\/2\.0 200 /.test(first(w)) && /CSeq:\s*\d+ INVITE/i.test(w.text),
    );
    expect(oks[0]?.retransmission).toBeUndefined();
    expect(oks.slice(1).every((w) => w.retransmission)).toBe(true);
    const gaps = oks.slice(1).map((w, i) => w.at - oks[i]!.at);
    // One copy per tick (a second schedule would show gaps near zero), doubling to T2. Wall-clock
    // gaps on a busy machine wobble by tens of ms, hence the rounding to T1.
    expect(gaps.every((g) => g >= 250)).toBe(true);
    expect(gaps.slice(0, 4).map((g) => Math.round(g / 500) * 500)).toEqual([500, 1000, 2000, 4000]);
    expect(gaps.slice(4).map((g) => Math.round(g / 500) * 500)).toEqual(gaps.slice(4).map(() => 4000));
    expect(oks.length - 1).toBeGreaterThanOrEqual(9); // 0.5, 1.5, 3.5, 7.5, 11.5 ... 31.5 s
    expect(oks.length - 1).toBeLessThanOrEqual(10);
    // Then the UAS gives up and hangs up (§13.3.1.4: "the session SHOULD be terminated ... with a BYE").
    const bye = uasWire.find((w) => w.direction === "out" && /^BYE /.test(first(w)));
    expect(bye).toBeDefined();
    const afterOk = bye!.at - oks[0]!.at;
    expect(afterOk).toBeGreaterThanOrEqual(31_500);
    expect(afterOk).toBeLessThan(40_000);
    // The caller answered each copy with its ACK again (counted as repeats), all lost on the way.
    const acks = uacWire.filter((w) => w.direction === "out" && /^ACK /.test(first(w)));
    expect(acks.length).toBe(oks.length);
    expect(relay.dropped().filter((d) => d === "to-peer ACK")).toHaveLength(acks.length);
    expect(uac.transport.retransmissions().sent.ACK).toBe(acks.length - 1);
  }, 60_000);
});
