import { createSocket } from "node:dgram";
import { createServer } from "node:net";
import { afterEach, describe, expect, it } from "vitest";
import { createUserAgent, type SipUserAgent } from "../adapters/sip/user-agent.js";
import type { SipResolver } from "../protocol/sip/rfc3263.js";
import { sendOptions } from "./options.js";

const running: SipUserAgent[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((ua) => ua.stop()));
});

async function room(protocol: "udp" | "tcp" = "udp") {
  const sip = createUserAgent({
    uri: "sip:room@127.0.0.1",
    listen: [{ protocol, host: "127.0.0.1", port: 0 }],
    loopbackOnly: true,
  });
  running.push(sip);
  const [bound] = await sip.start();
  return { sip, port: bound!.port };
}

/** A resolver that must not be asked anything. */
const noDns: SipResolver = {
  naptr: () => Promise.reject(new Error("unexpected DNS")),
  srv: () => Promise.reject(new Error("unexpected DNS")),
  a: () => Promise.reject(new Error("unexpected DNS")),
  aaaa: () => Promise.reject(new Error("unexpected DNS")),
};
/** A resolver for which every name is empty. */
const emptyDns: SipResolver = {
  naptr: async () => [],
  srv: async () => [],
  a: async () => [],
  aaaa: async () => [],
};

async function freePort(kind: "tcp" | "udp"): Promise<number> {
  if (kind === "udp") {
    const s = createSocket("udp4");
    await new Promise<void>((r) => s.bind(0, "127.0.0.1", r));
    const port = s.address().port;
    await new Promise<void>((r) => s.close(() => r()));
    return port;
  }
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const address = server.address();
  await new Promise<void>((r) => server.close(() => r()));
  return typeof address === "object" && address ? address.port : 0;
}

describe("sendOptions (RFC 3261 §11)", () => {
  it("reports status, headers, round trip and the (DNS-free) resolution", async () => {
    const { port } = await room();
    const result = await sendOptions({
      target: `room@127.0.0.1:${port}`,
      resolver: noDns,
      loopbackOnly: true,
    });
    expect(result).toMatchObject({ status: 200, reason: "OK", userAgent: "vdm-test", supported: "outbound" });
    expect(result.allow?.split(",")).toContain("OPTIONS");
    expect(result.accept).toContain("application/sdp");
    expect(result.roundTripMs).toBeGreaterThan(0);
    expect(result.wire.map((w) => w.direction)).toEqual(["out", "in"]);
  });

  it("goes through the outbound proxy, whatever the Request-URI host", async () => {
    const proxy = await room("tcp");
    const result = await sendOptions({
      target: "sip:room@unresolvable.example",
      proxy: `sip:127.0.0.1:${proxy.port};transport=tcp`,
      transport: "tcp",
      resolver: noDns,
      loopbackOnly: true,
    });
    expect(result.status).toBe(200);
    expect(result.wire[0]!.text.startsWith("OPTIONS sip:room@unresolvable.example SIP/2.0")).toBe(true);
    expect(result.wire[0]!.remote.port).toBe(proxy.port);
  });

  it("rejects with kind 'unreachable' when TCP is refused", async () => {
    const port = await freePort("tcp");
    await expect(
      sendOptions({ target: `sip:x@127.0.0.1:${port};transport=tcp`, loopbackOnly: true }),
    ).rejects.toMatchObject({
      name: "SipTargetError",
      kind: "unreachable",
    });
  });

  it("rejects with kind 'timeout' when nothing answers over UDP", async () => {
    const silent = createSocket("udp4");
    await new Promise<void>((r) => silent.bind(0, "127.0.0.1", r));
    const target = `sip:x@127.0.0.1:${silent.address().port}`;
    await expect(sendOptions({ target, timeoutMs: 300, loopbackOnly: true })).rejects.toMatchObject({
      kind: "timeout",
    });
    await new Promise<void>((r) => silent.close(() => r()));
  });

  it("rejects with kind 'dns' when the name resolves to nothing, with a one-line message", async () => {
    const error = await sendOptions({ target: "sip:room@nowhere.example", resolver: emptyDns }).catch(
      (e: unknown) => e,
    );
    expect(error).toMatchObject({ name: "SipTargetError", kind: "dns" });
    expect((error as Error).message).not.toContain("\n");
  });

  it("refuses to leave loopback when told so", async () => {
    await expect(
      sendOptions({ target: "sip:x@192.0.2.1", loopbackOnly: true, timeoutMs: 500 }),
    ).rejects.toMatchObject({
      kind: "unreachable",
    });
  });
});
