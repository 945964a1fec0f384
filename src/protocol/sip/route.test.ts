import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../parse-error.js";
import { parseSipMessage } from "./message-head.js";
import { routeOutgoing } from "./route.js";
import { parseSipUri } from "./sip-uri.js";

const request = (extra: string, to = "<sip:bob@example.com>") =>
  parseSipMessage(
    `INVITE sip:bob@example.com SIP/2.0\r\nVia: SIP/2.0/UDP h.invalid;branch=z9hG4bKabc;rport\r\nTo: ${to}\r\nFrom: <sip:a@b>;tag=1\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\n${extra}Content-Length: 0\r\n\r\n`,
  );
const response = (via: string) =>
  parseSipMessage(
    `SIP/2.0 200 OK\r\nVia: ${via}\r\nTo: <sip:b@c>;tag=2\r\nFrom: <sip:a@b>;tag=1\r\nCall-ID: c1\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n`,
  );

describe("routeOutgoing: requests (RFC 3261 §8.1.2)", () => {
  it("goes to the Request-URI without a route set", () => {
    const r = routeOutgoing(request(""));
    expect(r.kind === "request" && [r.reason, r.target.host, r.branch, r.inDialog]).toEqual([
      "request-uri",
      "example.com",
      "z9hG4bKabc",
      false,
    ]);
  });
  it("goes to the top Route, in either header form", () => {
    const r = routeOutgoing(request("Route: <sip:p1.example.net;lr>, <sip:p2.example.net;lr>\r\n"));
    expect(r.kind === "request" && [r.reason, r.target.host]).toEqual(["route", "p1.example.net"]);
  });
  it("sends requests outside a dialog to the outbound proxy, not those inside one", () => {
    const outboundProxy = parseSipUri("sip:proxy.example.org:5070;transport=tcp");
    const out = routeOutgoing(request(""), { outboundProxy });
    expect(out.kind === "request" && [out.reason, out.target.port]).toEqual(["outbound-proxy", 5070]);
    const inside = routeOutgoing(request("", "<sip:bob@example.com>;tag=9"), { outboundProxy });
    expect(inside.kind === "request" && [inside.reason, inside.inDialog]).toEqual(["request-uri", true]);
  });
});

describe("routeOutgoing: responses (RFC 3261 §18.2.2, RFC 3581 §4)", () => {
  it.each([
    [
      "SIP/2.0/UDP 10.0.0.1:5080;branch=z9hG4bK1;received=127.0.0.1;rport=4000",
      ["udp", "127.0.0.1", 4000, "received-rport"],
    ],
    ["SIP/2.0/UDP 10.0.0.1:5080;branch=z9hG4bK1;received=127.0.0.1", ["udp", "127.0.0.1", 5080, "received"]],
    ["SIP/2.0/UDP host.example;branch=z9hG4bK1", ["udp", "host.example", 5060, "sent-by"]],
    ["SIP/2.0/UDP 10.0.0.1;branch=z9hG4bK1;maddr=127.0.0.9", ["udp", "127.0.0.9", 5060, "maddr"]],
    [
      "SIP/2.0/TLS host.example;branch=z9hG4bK1;received=127.0.0.1;rport=4000",
      ["tls", "127.0.0.1", 5061, "received"],
    ],
  ] as const)("%s", (via, [transport, host, port, reason]) => {
    const r = routeOutgoing(response(via));
    expect(r.kind === "response" && [r.transport, r.host, r.port, r.reason]).toEqual([
      transport,
      host,
      port,
      reason,
    ]);
  });
  it("reuses the incoming stream connection (received:rport) first", () => {
    const r = routeOutgoing(
      response("SIP/2.0/TCP h.example:5070;branch=z9hG4bK1;received=127.0.0.1;rport=40000"),
    );
    expect(r.kind === "response" && r.connection).toEqual({ host: "127.0.0.1", port: 40000 });
  });
  it("rejects what it cannot route with ParseError", () => {
    expect(() => routeOutgoing(response("SIP/2.0/SCTP h;branch=z9hG4bK1"))).toThrow(ParseError);
    expect(() => routeOutgoing(parseSipMessage("SIP/2.0 200 OK\r\nCall-ID: x\r\n\r\n"))).toThrow(
      /without Via/,
    );
    expect(() => routeOutgoing(parseSipMessage("BYE sip:a@b SIP/2.0\r\nCall-ID: x\r\n\r\n"))).toThrow(
      /missing to/,
    );
  });
  it("property: routing arbitrary text throws nothing but ParseError", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (s) => {
        try {
          routeOutgoing(parseSipMessage(`${s}\r\n\r\n`));
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
