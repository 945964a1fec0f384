import { describe, expect, it } from "vitest";
import { seenByGnuGk } from "../../test/support/h323/h46018-timeline.js";
import { rasMessage } from "../protocol/asn1/index.js";
import { serializeMediaKeepAlive } from "../protocol/h460/media-keep-alive.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../protocol/rtp/types.js";
import { h46018Check, h46019Check } from "./h460-check.js";
import type { H460MediaArrival, H460WireInput, H460WireMessage } from "./h460-evidence.js";
import { readH460Evidence } from "./h460-wire.js";

// The recorded sequence of d-h46018.pcapng as GnuGk saw dave (registered with H.460.18, reached
// by SCI, media through GnuGk's proxy), and edits of it: each edit takes away or breaks one
// thing the verdict relies on.

const grade = (input: H460WireInput) => {
  const e = readH460Evidence(input);
  return { e, c18: h46018Check(e), c19: h46019Check(e) };
};

function rasChoice(m: H460WireMessage): string | undefined {
  return m.channel === "ras" ? rasMessage.decode(m.bytes).choice : undefined;
}

/** The capture with the messages `drop` picks taken out. */
function without(drop: (m: H460WireMessage) => boolean, base = seenByGnuGk()): H460WireInput {
  return { ...base, messages: base.messages.filter((m) => !drop(m)) };
}

/** The capture with each RAS message from the endpoint passed through `edit`. */
function editRas(edit: (ras: ReturnType<typeof rasMessage.decode>) => ReturnType<typeof rasMessage.decode>) {
  const base = seenByGnuGk();
  return {
    ...base,
    messages: base.messages.map((m) =>
      m.channel === "ras" && m.direction === "received"
        ? { ...m, bytes: rasMessage.encode(edit(rasMessage.decode(m.bytes))) }
        : m,
    ),
  };
}

describe("the H.460 verdict on the capture (GnuGk and H323Plus dave)", () => {
  it("reads what dave advertised and did", () => {
    const { e } = grade(seenByGnuGk());
    // the ARQ (features 9 and 24) and the keep-alive RRQ (18 and 23) carry features too
    expect(e.advertised.map((s) => s.message)).toEqual([
      "GRQ",
      "RRQ",
      "CallProceeding",
      "ARQ",
      "Connect",
      "RRQ",
    ]);
    expect(e.registration).toMatchObject({ timeToLiveS: 19 });
    expect(e.registration!.keepAliveRrqAtMs).toHaveLength(1);
    expect(e.incomingCalls).toHaveLength(1);
    const call = e.incomingCalls[0]!;
    expect(call.address).toEqual({ host: "127.0.0.4", port: 1720 });
    expect(call.facilityFrom).toEqual({ host: "127.0.0.1", port: 60704 });
    expect(call.facilityAtMs! - call.sciAtMs).toBeCloseTo(1.159, 2);
    expect(call.scrAtMs).toBeDefined();
    expect(call.setupAtMs).toBeGreaterThan(call.facilityAtMs!);
    const ours = e.channels.find((c) => c.server?.keepAliveChannel);
    expect(ours).toMatchObject({
      number: 101,
      server: { keepAliveChannel: { host: "127.0.0.4", port: 1024 }, keepAliveInterval: 19 },
      client: { keepAlivePayloadType: 127 },
    });
    const path = e.media.find((p) => p.to === "127.0.0.4:1024")!;
    expect(path).toMatchObject({ rtp: 567, rtcp: 0, keepAlives: 0, multiplexed: 0 });
    expect(e.errors).toEqual([]);
  });

  it("H.460.18 passes: advertised, opened the call outward on the SCI, kept its registration alive", () => {
    const { c18 } = grade(seenByGnuGk());
    expect(c18.status).toBe("pass");
    expect(c18.summary).toMatch(/opened the call outward on the SCI \(Facility after 0\.001 s\)/);
    expect(c18.lines!.join("\n")).toMatch(/room SCI #1 \(call 6c11d523…, connect to 127\.0\.0\.4:1720\)/);
    expect(c18.text!.sv.summary).toMatch(/H\.460\.18 fungerar/);
  });

  it("H.460.19 warns: media opened the path to the keepAliveChannel, but no keep-alive packet was seen", () => {
    // H323Plus sends no keep-alives to a loopback keepAliveChannel (H46019UDPSocket::Allocate)
    const { c19 } = grade(seenByGnuGk());
    expect(c19.status).toBe("warn");
    expect(c19.summary).toMatch(/opened 127\.0\.0\.4:1024 \(0 keep-alives, 567 RTP, 0 RTCP\)/);
    expect(c19.summary).toMatch(/no keep-alive packet observed/);
    expect(c19.text!.en.advice).toBeDefined();
  });

  it("H.460.19 passes when keep-alives with the announced payload type arrive too", () => {
    const base = seenByGnuGk();
    const first = base.media.find((m) => m.to.port === 1024)!;
    const keepAlives: H460MediaArrival[] = [0, 1, 2].map((i) => {
      const head = serializeMediaKeepAlive({
        payloadType: asPayloadType(127),
        marker: true,
        sequenceNumber: asSequenceNumber(100 + i),
        timestamp: asRtpTimestamp(i * 800),
        ssrc: asSsrc(0),
      });
      return { ...first, atMs: first.atMs - 300 + i * 100, length: 12, head };
    });
    const { c19 } = grade({ ...base, media: [...keepAlives, ...base.media] });
    expect(c19.status).toBe("pass");
    expect(c19.summary).toMatch(/3 keep-alives, 567 RTP/);
  });
});

describe("the H.460 verdict fails, or says what was not observed, when the evidence says so", () => {
  it("no RAS at all: not tested, H.460.18 needs a gatekeeper", () => {
    const { c18, c19 } = grade(without((m) => m.channel === "ras"));
    expect(c18.status).toBe("not-tested");
    expect(c18.summary).toMatch(/did not register/);
    expect(c19.status).toBe("not-tested");
  });

  it("registered without feature 18: fails with advice in both languages", () => {
    const { c18 } = grade(
      editRas((ras) => {
        const v = { ...(ras.value as object) } as Record<string, unknown>;
        delete v["featureSet"];
        return { ...ras, value: v } as typeof ras;
      }),
    );
    expect(c18.status).toBe("fail");
    expect(c18.summary).toMatch(/registered without H\.460\.18/);
    expect(c18.text!.sv.advice).toMatch(/brandväggsgenomgång/);
  });

  it("the gatekeeper did not confirm 18: not tested, and says the endpoint advertised it", () => {
    const base = seenByGnuGk();
    const { c18 } = grade({
      ...base,
      messages: base.messages.map((m) => {
        const choice = rasChoice(m);
        if (m.direction !== "sent" || (choice !== "gatekeeperConfirm" && choice !== "registrationConfirm"))
          return m;
        const ras = rasMessage.decode(m.bytes);
        const v = { ...(ras.value as object) } as Record<string, unknown>;
        delete v["featureSet"];
        return { ...m, bytes: rasMessage.encode({ ...ras, value: v } as typeof ras) };
      }),
    });
    expect(c18.status).toBe("not-tested");
    expect(c18.summary).toMatch(/advertised H\.460\.18 \(supported\), but the gatekeeper did not confirm/);
  });

  it("SCI sent but no outward connection: fails", () => {
    const { c18 } = grade(without((m) => m.channel === "q931" && m.direction === "received"));
    expect(c18.status).toBe("fail");
    expect(c18.summary).toMatch(/did not open the call outward/);
    expect(c18.lines!.join("\n")).toMatch(/Facility on its own TCP connection not seen/);
  });

  it("no SCI: inconclusive, naming the incoming call as not observed", () => {
    const { c18 } = grade(without((m) => rasChoice(m) === "serviceControlIndication"));
    expect(c18.status).toBe("inconclusive");
    expect(c18.summary).toMatch(/not observed: an incoming call by ServiceControlIndication/);
  });

  it("keep-alive RRQs stop: a registration watched for a minute without one fails", () => {
    const base = without((m) => rasChoice(m) === "registrationRequest" && m.direction === "received");
    const { c18 } = grade({ ...base, endAtMs: base.endAtMs + 60_000 });
    expect(c18.status).toBe("fail");
    expect(c18.summary).toMatch(/keep-alive RRQs did not come within the 19 s timeToLive/);
  });

  it("missing SCR: warns", () => {
    const { c18 } = grade(without((m) => rasChoice(m) === "serviceControlResponse"));
    expect(c18.status).toBe("warn");
    expect(c18.summary).toMatch(/no ServiceControlResponse/);
  });

  it("nothing reached the keepAliveChannel: fails H.460.19", () => {
    const { c19 } = grade({ ...seenByGnuGk(), media: [] });
    expect(c19.status).toBe("fail");
    expect(c19.summary).toMatch(/nothing arrived at keepAliveChannel 127\.0\.0\.4:1024/);
  });

  it("media stops for longer than the interval: fails H.460.19", () => {
    const base = seenByGnuGk();
    const { c19 } = grade({ ...base, endAtMs: base.endAtMs + 30_000 });
    expect(c19.status).toBe("fail");
    expect(c19.summary).toMatch(/went quiet/);
  });

  it("no feature 19 in the call messages: fails H.460.19", () => {
    // without dave's call signalling (CallProceeding and Connect carried feature 19)
    const { c19 } = grade(without((m) => m.channel === "q931" && m.direction === "received"));
    expect(c19.status).toBe("fail");
    expect(c19.summary).toMatch(/did not declare H\.460\.19/);
  });

  it("a registration without a call: H.460.19 not tested", () => {
    const { c19 } = grade(without((m) => m.channel !== "ras"));
    expect(c19.status).toBe("not-tested");
    expect(c19.summary).toMatch(/no call/);
  });

  it("an undecodable message is listed, the rest still graded", () => {
    const base = seenByGnuGk();
    const bad: H460WireMessage = { ...base.messages[0]!, bytes: Uint8Array.of(0xff) };
    const { e, c18 } = grade({ ...base, messages: [bad, ...base.messages] });
    expect(e.errors).toHaveLength(1);
    expect(e.errors[0]).toMatch(/^RAS at/);
    expect(c18.status).toBe("pass");
  });
});
