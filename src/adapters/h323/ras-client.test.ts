import { createSocket, type Socket } from "node:dgram";
import { afterEach, describe, expect, it } from "vitest";
import { haveTshark } from "../../../test/support/h323/link-capture.js";
import { sentMessageProblems, tsharkMessageLog } from "../../../test/support/h323/message-log-tshark.js";
import { h225Address } from "../../protocol/h323/transport-address.js";
import { decodeRas, encodeRas, type RasMessage } from "../../protocol/ras/ras-message.js";
import { RasClient, RasError } from "./ras-client.js";

// The RAS client on real UDP sockets on loopback against a scripted gatekeeper: one socket
// answering what the test says (or nothing), so the one-line errors and the message log are
// checked on real datagrams. GnuGk itself is in test/h323/gnugk-caller.test.ts.

const sockets: Socket[] = [];
afterEach(() => {
  for (const s of sockets.splice(0)) s.close();
});

async function gatekeeper(
  answer: (m: RasMessage) => RasMessage | undefined,
): Promise<{ port: number; got: RasMessage[] }> {
  const s = createSocket("udp4");
  sockets.push(s);
  const got: RasMessage[] = [];
  s.on("message", (msg, rinfo) => {
    const m = decodeRas(new Uint8Array(msg));
    got.push(m);
    const a = answer(m);
    if (a) s.send(encodeRas(a), rinfo.port, rinfo.address);
  });
  await new Promise<void>((r) => s.bind(0, "127.0.0.1", r));
  return { port: s.address().port, got };
}

const seq = (m: RasMessage) => (m.value as { requestSeqNum: number }).requestSeqNum;
const options = (port: number) => ({
  gatekeeper: { host: "127.0.0.1", port },
  localHost: "127.0.0.1",
  callSignalAddress: { host: "127.0.0.1", port: 1720 },
  aliases: [{ choice: "h323-ID" as const, value: "vdm-test" }],
  timers: { timeoutMs: 200, retries: 2, keepAliveMarginMs: 10_000 },
});

function errorOf(p: Promise<unknown>): Promise<RasError> {
  return p.then(
    () => {
      throw new Error("expected a RasError");
    },
    (e: unknown) => {
      if (e instanceof RasError) return e;
      throw e;
    },
  );
}

describe("RAS client on UDP (loopback)", () => {
  it("no answer: one line naming the gatekeeper, the GRQ and the attempts; three GRQs on the wire", async () => {
    const gk = await gatekeeper(() => undefined);
    const e = await errorOf(RasClient.register(options(gk.port)));
    expect(e.kind).toBe("no-answer");
    expect(e.message).toBe(
      `no answer from the gatekeeper 127.0.0.1:${gk.port} to our GRQ (3 attempts, 0.2 s apart)`,
    );
    expect(gk.got.map((m) => m.choice)).toEqual([
      "gatekeeperRequest",
      "gatekeeperRequest",
      "gatekeeperRequest",
    ]);
    expect(new Set(gk.got.map(seq)).size).toBe(1);
    expect(e.messages.map((m) => `${m.direction} ${m.channel} ${m.name}`)).toEqual([
      "sent ras GRQ",
      "sent ras GRQ",
      "sent ras GRQ",
    ]);
  });

  it("GRJ: rejected, with the reason in the line", async () => {
    const gk = await gatekeeper((m) => ({
      choice: "gatekeeperReject",
      value: {
        requestSeqNum: seq(m),
        protocolIdentifier: "0.0.8.2250.0.4",
        rejectReason: { choice: "resourceUnavailable", value: null },
      },
    }));
    const e = await errorOf(RasClient.register(options(gk.port)));
    expect(e.kind).toBe("rejected");
    expect(e.reason).toBe("resourceUnavailable");
    expect(e.message).toBe(`the gatekeeper 127.0.0.1:${gk.port} rejected our GRQ: GRJ resourceUnavailable`);
    expect(e.messages.map((m) => m.name)).toEqual(["GRQ", "GRJ"]);
  });

  it("registers, is refused admission (ARJ), unregisters; every datagram in the log as channel ras", async () => {
    let port = 0;
    const gk = await gatekeeper((m) => {
      const s = seq(m);
      switch (m.choice) {
        case "gatekeeperRequest":
          return {
            choice: "gatekeeperConfirm",
            value: {
              requestSeqNum: s,
              protocolIdentifier: "0.0.8.2250.0.4",
              gatekeeperIdentifier: "GK",
              rasAddress: h225Address({ host: "127.0.0.1", port }),
            },
          };
        case "registrationRequest":
          return {
            choice: "registrationConfirm",
            value: {
              requestSeqNum: s,
              protocolIdentifier: "0.0.8.2250.0.4",
              callSignalAddress: [],
              endpointIdentifier: "EP1",
              timeToLive: 60,
            },
          };
        case "admissionRequest":
          return {
            choice: "admissionReject",
            value: { requestSeqNum: s, rejectReason: { choice: "calledPartyNotRegistered", value: null } },
          };
        case "unregistrationRequest":
          return { choice: "unregistrationConfirm", value: { requestSeqNum: s } };
        default:
          return undefined;
      }
    });
    port = gk.port;
    const client = await RasClient.register(options(port));
    try {
      expect(client.registered).toMatchObject({
        endpointIdentifier: "EP1",
        gatekeeperIdentifier: "GK",
        timeToLive: 60,
      });
      const e = await errorOf(
        client.admit({
          callReferenceValue: 5,
          conferenceID: new Uint8Array(16),
          callIdentifier: new Uint8Array(16),
          destination: [{ choice: "url-ID", value: "h323:nobody@example.com" }],
          bandWidth: 1000,
        }),
      );
      expect(e.message).toBe(
        `the gatekeeper 127.0.0.1:${port} rejected our ARQ: ARJ calledPartyNotRegistered`,
      );
      await client.unregister();
      expect(client.messages().map((m) => `${m.direction} ${m.name}`)).toEqual([
        "sent GRQ",
        "received GCF",
        "sent RRQ",
        "received RCF",
        "sent ARQ",
        "received ARJ",
        "sent URQ",
        "received UCF",
      ]);
      const arq = client.messages()[4]!;
      expect(arq).toMatchObject({
        channel: "ras",
        remote: { host: "127.0.0.1", port },
        local: client.address,
      });
      expect(arq.summary).toMatch(/^#\d+ to url-ID h323:nobody@example\.com, call reference 5/);
      // Every RAS message we sent decodes in tshark as the message we named, none malformed.
      if (haveTshark) {
        const verdicts = tsharkMessageLog(client.messages());
        expect(verdicts).toHaveLength(8);
        expect(sentMessageProblems(client.messages(), verdicts)).toEqual([]);
        // The harness sees a name that does not match: our GRQ called an ARQ.
        const misnamed = client.messages().map((m, i) => (i === 0 ? { ...m, name: "ARQ" } : m));
        expect(sentMessageProblems(misnamed, verdicts)).toEqual([
          "#0 ras ARQ: tshark reads RAS gatekeeperRequest",
        ]);
      }
    } finally {
      client.close();
    }
  });
});
