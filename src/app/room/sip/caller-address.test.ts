import { describe, expect, it } from "vitest";
import type { SipWireEvent } from "../../../adapters/sip/node-sip-transport.js";
import { inviteSource, uriAtSource } from "./caller-address.js";

const udp = { transport: "udp", host: "127.0.0.1", port: 5062 };

describe("uriAtSource: the room reaches a caller only where the call came from", () => {
  it("keeps a Contact that names the source address and transport, as written", () => {
    expect(uriAtSource("<sip:alice@127.0.0.1:5062;transport=udp>;expires=60", udp)).toBe(
      "sip:alice@127.0.0.1:5062;transport=udp",
    );
    expect(uriAtSource('"Alice" <sip:alice@127.0.0.1:5062>', udp)).toBe("sip:alice@127.0.0.1:5062");
    // Without angle brackets the parameters are the header's (RFC 3261 §20), not the URI's.
    expect(uriAtSource("sip:alice@127.0.0.1;expires=60", { ...udp, port: 5060 })).toBe("sip:alice@127.0.0.1");
  });

  it("keeps only the user of a URI naming another host, port or transport", () => {
    expect(uriAtSource("<sip:victim@192.0.2.7:5060>", udp)).toBe("sip:victim@127.0.0.1:5062");
    expect(uriAtSource("<sip:alice@127.0.0.1:5070>", udp)).toBe("sip:alice@127.0.0.1:5062");
    expect(uriAtSource("<sip:alice@127.0.0.1:5062;transport=tcp>", udp)).toBe("sip:alice@127.0.0.1:5062");
    expect(uriAtSource("<sip:alice@example.org>", udp)).toBe("sip:alice@127.0.0.1:5062");
  });

  it("names the transport of a stream source, and brackets an IPv6 source", () => {
    expect(
      uriAtSource("<sip:bob@127.0.0.1:5060;transport=tcp>", {
        transport: "tcp",
        host: "127.0.0.1",
        port: 40123,
      }),
    ).toBe("sip:bob@127.0.0.1:40123;transport=tcp");
    expect(uriAtSource("<sips:bob@[::1]:5061>", { transport: "tls", host: "::1", port: 5061 })).toBe(
      "sips:bob@[::1]:5061",
    );
    expect(uriAtSource(undefined, { transport: "tls", host: "::1", port: 40000 })).toBe(
      "sip:[::1]:40000;transport=tls",
    );
  });

  it("a header that is no SIP URI names nothing", () => {
    expect(uriAtSource("<tel:+46701234567>", udp)).toBe("sip:127.0.0.1:5062");
    expect(uriAtSource("garbage", udp)).toBe("sip:127.0.0.1:5062");
  });
});

describe("inviteSource", () => {
  it("takes the socket the INVITE arrived on", () => {
    const e: SipWireEvent = {
      at: 0,
      direction: "in",
      transport: "tcp",
      local: { host: "127.0.0.1", port: 5060 },
      remote: { host: "127.0.0.1", port: 40999 },
      text: "INVITE sip:x SIP/2.0\r\n\r\n",
    };
    expect(inviteSource(e, "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1")).toEqual({
      transport: "tcp",
      host: "127.0.0.1",
      port: 40999,
    });
  });

  it("else what the transport stamped into the top Via (RFC 3261 §18.2.1, RFC 3581)", () => {
    expect(
      inviteSource(undefined, "SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK1;received=127.0.0.2;rport=6000"),
    ).toEqual({
      transport: "udp",
      host: "127.0.0.2",
      port: 6000,
    });
    expect(inviteSource(undefined, "not a via")).toBeUndefined();
    expect(inviteSource(undefined, undefined)).toBeUndefined();
  });
});
