import { describe, expect, it } from "vitest";
import {
  candidatesOf,
  hostCandidateLines,
  hostPriority,
  iceCredentials,
  iceSessionLines,
  pairable,
  parseCandidate,
  readIce,
} from "./ice-sdp.js";
import { readSdp } from "./media-section.js";

describe("ICE in SDP (RFC 8839)", () => {
  it("RFC 8445 §5.1.2.1: host priorities for RTP and RTCP components", () => {
    expect(hostPriority(1)).toBe(2130706431);
    expect(hostPriority(2)).toBe(2130706430);
  });

  it("credentials are ice-chars of the lengths RFC 8839 §5.4 asks for", () => {
    const c = iceCredentials(Uint8Array.from({ length: 30 }, (_, i) => i * 37));
    expect(c.ufrag).toMatch(/^[A-Za-z0-9+/]{8}$/);
    expect(c.pwd).toMatch(/^[A-Za-z0-9+/]{22}$/);
    expect(() => iceCredentials(new Uint8Array(4))).toThrow(RangeError);
  });

  it("reads an offer's ICE (session-level credentials, media-level candidates) and our answer lines parse back", () => {
    const sdp = [
      "v=0",
      "o=- 1 1 IN IP4 127.0.0.1",
      "s=-",
      "c=IN IP4 127.0.0.1",
      "t=0 0",
      ...iceSessionLines({ ufrag: "abcd", pwd: "0123456789012345678901" }, true),
      "m=audio 4000 RTP/AVP 0",
      ...hostCandidateLines("127.0.0.1", 4000, 4001),
      "a=candidate:2 1 UDP 1694498815 192.0.2.7 61000 typ srflx raddr 10.0.0.2 rport 4000",
      "",
    ].join("\r\n");
    const r = readSdp(sdp);
    const ice = readIce(r, r.media[0]!);
    expect(ice).toMatchObject({ ufrag: "abcd", pwd: "0123456789012345678901", lite: true });
    expect(ice!.candidates.map((c) => [c.component, c.address, c.port, c.type])).toEqual([
      [1, "127.0.0.1", 4000, "host"],
      [2, "127.0.0.1", 4001, "host"],
      [1, "192.0.2.7", 61000, "srflx"],
    ]);
    const none = readSdp(sdp.replace(/a=ice-(ufrag|pwd):.*\r\n/g, ""));
    expect(readIce(none, none.media[0]!)).toBeUndefined();
  });

  it("malformed candidate lines are skipped, not guessed", () => {
    expect(parseCandidate("a=candidate:1 1 UDP 5 127.0.0.1 99999 typ host")).toBeUndefined();
    expect(parseCandidate("a=candidate:1 0 UDP 5 127.0.0.1 9 typ host")).toBeUndefined();
    expect(parseCandidate("a=candidate:garbage")).toBeUndefined();
  });

  it("RFC 8445 §6.1.2.2: loopback pairs only with loopback, and families never mix", () => {
    expect(pairable("127.0.0.1", "127.0.0.1")).toBe(true);
    expect(pairable("127.0.0.1", "192.0.2.2")).toBe(false);
    expect(pairable("192.0.2.1", "127.0.0.1")).toBe(false);
    expect(pairable("192.0.2.1", "198.51.100.7")).toBe(true);
    expect(pairable("192.0.2.1", "2001:db8::1")).toBe(false);
    expect(pairable("::1", "::1")).toBe(true);
  });
  it("candidatesOf keeps every a=candidate line as written and parses them with parseCandidate (RFC 8839 §5.1)", () => {
    const lines = [
      "a=rtcp-mux",
      "a=candidate:1 1 UDP 2130706431 192.0.2.1 5000 typ host",
      "a=candidate:2 1 UDP 1694498815 198.51.100.7 6000 typ srflx raddr 192.0.2.1 rport 5000",
      "a=candidate:broken typ relay",
    ];
    const c = candidatesOf(lines);
    expect(c.lines).toEqual(lines.slice(1));
    expect(c.parsed.map((p) => [p.type, p.address, p.port])).toEqual([
      ["host", "192.0.2.1", 5000],
      ["srflx", "198.51.100.7", 6000],
    ]);
    expect(candidatesOf(["a=ice-ufrag:x"])).toEqual({ lines: [], parsed: [] });
  });
});
