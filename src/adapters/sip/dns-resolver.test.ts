import { describe, expect, it } from "vitest";
import { resolveSipUri } from "../../protocol/sip/rfc3263.js";
import { parseSipUri } from "../../protocol/sip/sip-uri.js";
import { createDnsResolver } from "./dns-resolver.js";

// Only literal IPs and localhost: these never leave the process (no DNS traffic in tests).
describe("createDnsResolver", () => {
  const dns = createDnsResolver({ servers: ["127.0.0.1:1"], timeoutMs: 200 });
  it("answers IP literals and localhost locally", async () => {
    expect(await dns.a("127.0.0.1")).toEqual(["127.0.0.1"]);
    expect(await dns.aaaa("::1")).toEqual(["::1"]);
    expect(await dns.a("::1")).toEqual([]);
    expect(await dns.a("localhost")).toEqual(["127.0.0.1"]);
    expect(await dns.naptr("localhost")).toEqual([]);
    expect(await dns.srv("_sip._udp.localhost")).toEqual([]);
  });
  it("drives RFC 3263 for sip:localhost to 127.0.0.1:5060 over UDP", async () => {
    const r = await resolveSipUri(parseSipUri("sip:room@localhost"), dns, { supported: ["udp", "tcp"] });
    expect(r.targets[0]).toEqual({
      transport: "udp",
      address: "127.0.0.1",
      port: 5060,
      hostname: "localhost",
    });
  });
});
