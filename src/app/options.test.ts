import { afterEach, describe, expect, it } from "vitest";
import { createUserAgent, type SipUserAgent } from "../adapters/sip/user-agent.js";
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

describe("sendOptions", () => {
  it("gets 200 OK from a sip.js UA over UDP", async () => {
    const { port } = await room();
    const result = await sendOptions({ target: `sip:room@127.0.0.1:${port}`, loopbackOnly: true });
    console.log(result.wire.map((w) => `${w.direction} ${w.text}`).join("\n"));
    expect(result.status).toBe(200);
  });
});
