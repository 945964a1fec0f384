import { describe, expect, it } from "vitest";
import { type NaptrRecord, orderSrv, resolveSipUri, type SipResolver, type SrvRecord } from "./rfc3263.js";
import { parseSipUri } from "./sip-uri.js";

/** The one fake DNS: a zone as plain maps; names not listed answer empty; "fail" names reject. */
function fakeResolver(zone: {
  naptr?: Record<string, NaptrRecord[]>;
  srv?: Record<string, SrvRecord[]>;
  a?: Record<string, string[]>;
  aaaa?: Record<string, string[]>;
  fail?: string[];
}): SipResolver & { asked: string[] } {
  const asked: string[] = [];
  const look = <T>(type: string, table: Record<string, T[]> | undefined, name: string) => {
    asked.push(`${type} ${name}`);
    if (zone.fail?.includes(name)) return Promise.reject(new Error(`SERVFAIL ${name}`));
    return Promise.resolve(table?.[name] ?? []);
  };
  return {
    asked,
    naptr: (n) => look("NAPTR", zone.naptr, n),
    srv: (n) => look("SRV", zone.srv, n),
    a: (n) => look("A", zone.a, n),
    aaaa: (n) => look("AAAA", zone.aaaa, n),
  };
}

const naptr = (order: number, pref: number, service: string, replacement: string): NaptrRecord => ({
  order,
  preference: pref,
  flags: "s",
  service,
  regexp: "",
  replacement,
});
const all = { supported: ["udp", "tcp", "tls"] as const, random: () => 0 };

describe("RFC 3263 §4 server location", () => {
  it("numeric host: no DNS, UDP for sip:, TLS for sips:", async () => {
    const dns = fakeResolver({});
    const r = await resolveSipUri(parseSipUri("sip:room@127.0.0.1"), dns, all);
    expect(r.targets).toEqual([
      { transport: "udp", address: "127.0.0.1", port: 5060, hostname: "127.0.0.1" },
    ]);
    const s = await resolveSipUri(parseSipUri("sips:room@[::1]:5071"), dns, all);
    expect(s.targets).toEqual([{ transport: "tls", address: "::1", port: 5071, hostname: "::1" }]);
    expect(dns.asked).toEqual([]);
  });

  it("explicit transport wins; explicit port means A/AAAA only", async () => {
    const dns = fakeResolver({ a: { "sip.example.com": ["127.0.0.5"] } });
    const r = await resolveSipUri(parseSipUri("sip:x@sip.example.com:5070;transport=tcp"), dns, all);
    expect(r.targets).toEqual([
      { transport: "tcp", address: "127.0.0.5", port: 5070, hostname: "sip.example.com" },
    ]);
    expect(dns.asked).toEqual(["A sip.example.com"]);
  });

  it("NAPTR -> SRV -> A, in order and preference, skipping unsupported services", async () => {
    const dns = fakeResolver({
      naptr: {
        "example.com": [
          naptr(50, 50, "SIP+D2U", "_sip._udp.example.com"),
          naptr(10, 50, "SIPS+D2T", "_sips._tcp.example.com"),
          naptr(10, 10, "SIP+D2S", "_sip._sctp.example.com"),
        ],
      },
      srv: { "_sips._tcp.example.com": [{ priority: 0, weight: 0, port: 5061, name: "edge.example.com" }] },
      a: { "edge.example.com": ["127.0.0.7"] },
    });
    const r = await resolveSipUri(parseSipUri("sip:room@example.com"), dns, all);
    expect(r.targets).toEqual([
      { transport: "tls", address: "127.0.0.7", port: 5061, hostname: "example.com" },
    ]);
    expect(dns.asked).toEqual(["NAPTR example.com", "SRV _sips._tcp.example.com", "A edge.example.com"]);
    expect(r.steps[0]).toMatchObject({
      kind: "query",
      type: "NAPTR",
      answers: expect.arrayContaining([expect.stringContaining("SIPS+D2T")]),
    });
  });

  it("no NAPTR: SRV per supported transport; a sips: URI only tries _sips._tcp", async () => {
    const dns = fakeResolver({
      srv: { "_sip._tcp.example.org": [{ priority: 1, weight: 0, port: 5080, name: "pbx.example.org" }] },
      aaaa: { "pbx.example.org": ["::1"] },
    });
    const r = await resolveSipUri(parseSipUri("sip:room@example.org"), dns, {
      supported: ["tls", "tcp", "udp"],
    });
    expect(r.targets).toEqual([{ transport: "tcp", address: "::1", port: 5080, hostname: "example.org" }]);
    const s = await resolveSipUri(parseSipUri("sips:room@example.org"), fakeResolver({}), all);
    expect(
      s.steps.filter((x) => x.kind === "query").map((x) => x.kind === "query" && `${x.type} ${x.name}`),
    ).toEqual(["NAPTR example.org", "SRV _sips._tcp.example.org", "A example.org", "AAAA example.org"]);
  });

  it("no SRV: A record on the default port (UDP 5060 for sip:)", async () => {
    const dns = fakeResolver({ a: { "plain.example": ["127.0.0.9"] } });
    const r = await resolveSipUri(parseSipUri("sip:plain.example"), dns, all);
    expect(r.targets).toEqual([
      { transport: "udp", address: "127.0.0.9", port: 5060, hostname: "plain.example" },
    ]);
  });

  it("records DNS errors as steps and ends with no targets", async () => {
    const dns = fakeResolver({ fail: ["broken.example", "_sip._udp.broken.example"] });
    const r = await resolveSipUri(parseSipUri("sip:broken.example;transport=udp"), dns, all);
    expect(r.targets).toEqual([]);
    expect(r.steps.some((s) => s.kind === "error" && s.error === "SERVFAIL broken.example")).toBe(true);
  });

  it("refuses a transport we cannot use, and sips: without TLS", async () => {
    expect(
      (await resolveSipUri(parseSipUri("sip:1.2.3.4;transport=sctp"), fakeResolver({}), all)).targets,
    ).toEqual([]);
    expect(
      (await resolveSipUri(parseSipUri("sips:1.2.3.4"), fakeResolver({}), { supported: ["udp"] })).targets,
    ).toEqual([]);
    const tcpOnly = await resolveSipUri(parseSipUri("sip:127.0.0.1"), fakeResolver({}), {
      supported: ["tcp"],
    });
    expect(tcpOnly.targets[0]?.transport).toBe("tcp");
  });

  it("RFC 2782: lower priority first, weighted order within a priority, '.' means no service", async () => {
    const recs: SrvRecord[] = [
      { priority: 20, weight: 0, port: 1, name: "late" },
      { priority: 10, weight: 10, port: 2, name: "light" },
      { priority: 10, weight: 90, port: 3, name: "heavy" },
    ];
    expect(orderSrv(recs, () => 0.99).map((r) => r.name)).toEqual(["heavy", "light", "late"]);
    expect(orderSrv(recs, () => 0).map((r) => r.name)).toEqual(["light", "heavy", "late"]);
    const dns = fakeResolver({
      srv: { "_sip._udp.x.example": [{ priority: 0, weight: 0, port: 0, name: "." }] },
    });
    expect((await resolveSipUri(parseSipUri("sip:x.example;transport=udp"), dns, all)).targets).toEqual([]);
    expect(dns.asked).toEqual(["SRV _sip._udp.x.example"]);
  });
});
