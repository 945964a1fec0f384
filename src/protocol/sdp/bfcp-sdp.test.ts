import { describe, expect, it } from "vitest";
import {
  answerBfcp,
  type BfcpMediaDescription,
  buildBfcpOffer,
  negotiateBfcpAnswer,
  readBfcpOffer,
} from "./bfcp-sdp.js";

declare global {
  interface ImportMeta {
    glob(pattern: string, opts: { query: "?raw"; import: "default"; eager: true }): Record<string, string>;
  }
}

// Real room systems' INVITEs / 200 OKs with BFCP (copied from the shared corpus with INDEX.tsv)
// and fixtures modelled on the RFC 8856 examples, loaded by the test runner.
const corpus = import.meta.glob("../../../fixtures/bfcp/sip-samples/*.{sip,sdp}", {
  query: "?raw",
  import: "default",
  eager: true,
});
const rfc = import.meta.glob("../../../fixtures/bfcp/sdp/*.sdp", {
  query: "?raw",
  import: "default",
  eager: true,
});

function file(set: Record<string, string>, name: string): string {
  const key = Object.keys(set).find((k) => k.endsWith(`/${name}`));
  if (!key) throw new Error(`fixture ${name} missing`);
  return set[key]!;
}

interface Expected {
  port: number;
  proto: string;
  floorctrl: string[];
  confId?: number;
  userId?: number;
  floors: { floorId: number; labels: string[]; legacySpelling: boolean }[];
  setup?: string;
  bfcpVersions?: number[];
  slides: { port: number; label: string | undefined }[];
  address?: string;
  /** Substrings that must appear among the notes. */
  notes: string[];
  /** Our answer as server: its floorctrl/setup, or the reason it is declined. */
  answer:
    | { setup?: "active" | "passive"; floorId: number; label: string; version: 1 | 2 }
    | { declined: RegExp };
}

const EXPECTED: Record<string, Expected> = {
  "aver-evc130-tcpbfcp-200ok-01.sip": {
    port: 30010,
    proto: "TCP/BFCP",
    floorctrl: ["c-only"],
    confId: 1,
    userId: 2,
    floors: [{ floorId: 1, labels: ["3"], legacySpelling: true }],
    setup: "passive",
    slides: [{ port: 30004, label: "3" }],
    address: "192.168.62.89",
    notes: ['legacy "m-stream:"'],
    answer: { setup: "active", floorId: 1, label: "3", version: 1 },
  },
  "aver-evc130-udpbfcp-invite-01.sip": {
    port: 30010,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    confId: 155,
    userId: 2,
    floors: [{ floorId: 1, labels: ["3"], legacySpelling: true }],
    setup: "passive",
    slides: [{ port: 30004, label: "3" }],
    notes: ['legacy "m-stream:"', "a=setup:passive on UDP/BFCP"],
    answer: { floorId: 1, label: "3", version: 2 },
  },
  "cisco-c20-tc3-bfcp-invite-01.sip": {
    port: 5070,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    confId: 1,
    userId: 70,
    floors: [{ floorId: 2, labels: ["12"], legacySpelling: false }],
    setup: "passive",
    slides: [{ port: 2410, label: "12" }],
    address: "172.16.10.24",
    notes: ["a=setup:passive on UDP/BFCP"],
    answer: { floorId: 2, label: "12", version: 2 },
  },
  "cisco-ce-anonymised-bfcp-ix-invite-01.sip": {
    port: 2439,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    confId: 1,
    userId: 18,
    floors: [{ floorId: 2, labels: ["12"], legacySpelling: false }],
    setup: "actpass",
    bfcpVersions: [2, 1],
    slides: [{ port: 2354, label: "12" }],
    notes: [],
    answer: { floorId: 2, label: "12", version: 2 },
  },
  "cisco-e20-te4-srtp-bfcp-invite-01.sip": {
    port: 5070,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    confId: 1,
    userId: 2,
    floors: [{ floorId: 2, labels: ["12"], legacySpelling: false }],
    setup: "actpass",
    slides: [{ port: 2330, label: "12" }],
    notes: [],
    answer: { floorId: 2, label: "12", version: 2 },
  },
  "cisco-jabber-video-movi-bfcp-invite-01.sip": {
    port: 52126,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    confId: 1,
    userId: 1,
    floors: [{ floorId: 2, labels: ["12"], legacySpelling: false }],
    setup: "actpass",
    slides: [{ port: 52128, label: "12" }],
    notes: [],
    answer: { floorId: 2, label: "12", version: 2 },
  },
  "pexip-pexep-audio-bfcp-invite-01.sip": {
    port: 22498,
    proto: "UDP/BFCP",
    floorctrl: ["c-only"],
    floors: [],
    bfcpVersions: [1],
    slides: [],
    address: "10.44.100.69",
    notes: ["no m=video with a=content:slides", "a=bfcpver:1 over UDP", "no a=floorid"],
    answer: { floorId: 1, label: "3", version: 1 },
  },
  "polycom-hdx8000-ipv6-tcpbfcp-invite-01.sip": {
    port: 34600,
    proto: "TCP/BFCP",
    floorctrl: ["c-s"],
    floors: [],
    setup: "actpass",
    slides: [],
    address: "fd00:7:495:0:2e0:dbff:fe08:aac0",
    notes: ["no m=video with a=content:slides", "no a=floorid"],
    answer: { setup: "passive", floorId: 1, label: "3", version: 1 },
  },
  "polycom-hdx8000-tcpbfcp-sdp-offer-01.sdp": {
    port: 34683,
    proto: "TCP/BFCP",
    floorctrl: ["c-s"],
    floors: [],
    setup: "actpass",
    slides: [],
    notes: ["no a=floorid"],
    answer: { setup: "passive", floorId: 1, label: "3", version: 1 },
  },
  "polycom-hdx8000-tcpbfcp-sdp-answer-s-only-02.sdp": {
    port: 34683,
    proto: "TCP/BFCP",
    floorctrl: ["s-only"],
    confId: 1,
    userId: 2,
    floors: [{ floorId: 1, labels: ["3"], legacySpelling: false }],
    setup: "passive",
    slides: [],
    notes: ["points to label 3, which no m= line carries"],
    answer: { declined: /server only/ },
  },
  "yealink-vc400-tcpbfcp-200ok-01.sip": {
    port: 51019,
    proto: "TCP/BFCP",
    floorctrl: ["c-only"],
    confId: 1,
    userId: 2,
    floors: [{ floorId: 1, labels: ["3"], legacySpelling: true }],
    setup: "active",
    slides: [{ port: 0, label: "3" }],
    notes: ['legacy "m-stream:"', "has port 0"],
    answer: { setup: "passive", floorId: 1, label: "3", version: 1 },
  },
  "yealink-vc400-udpbfcp-invite-01.sip": {
    port: 50104,
    proto: "UDP/BFCP",
    floorctrl: ["c-s"],
    floors: [],
    setup: "actpass",
    slides: [],
    notes: ["no a=floorid"],
    answer: { floorId: 1, label: "3", version: 2 },
  },
};

function checkReading(media: BfcpMediaDescription | undefined, notes: readonly string[], e: Expected): void {
  expect(media).toBeDefined();
  const m = media!;
  expect(m.port).toBe(e.port);
  expect(m.proto).toBe(e.proto);
  expect(m.floorctrl).toEqual(e.floorctrl);
  expect(m.confId).toBe(e.confId);
  expect(m.userId).toBe(e.userId);
  expect(m.floors).toEqual(e.floors);
  expect(m.setup).toBe(e.setup);
  expect(m.bfcpVersions).toEqual(e.bfcpVersions ?? []);
  expect(m.slides.map((s) => ({ port: s.port, label: s.label }))).toEqual(e.slides);
  if (e.address) expect(m.connectionAddress).toBe(e.address);
  for (const n of e.notes) expect(notes.join("\n")).toContain(n);
}

describe("BFCP SDP from real room systems (fixtures/bfcp/sip-samples)", () => {
  it("covers every BFCP sample of the corpus", () => {
    const names = Object.keys(corpus).map((k) => k.split("/").at(-1)!);
    expect(names.sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  for (const [name, e] of Object.entries(EXPECTED)) {
    it(`${name}: reads the BFCP stream and negotiates as floor control server`, () => {
      const { media, notes } = readBfcpOffer(file(corpus, name));
      checkReading(media, notes, e);
      const ans = answerBfcp(media!, "server", { port: 40000, connectionAddress: "127.0.0.1" });
      if ("declined" in e.answer) {
        expect(ans.ok).toBe(false);
        if (!ans.ok) expect(ans.reason).toMatch(e.answer.declined);
        expect(ans.lines).toEqual([`m=application 0 ${e.proto} *`]);
        return;
      }
      expect(ans.ok).toBe(true);
      if (!ans.ok) return;
      expect(ans.negotiated).toMatchObject({
        transport: e.proto.startsWith("TCP") ? "tcp" : "udp",
        ourRole: "s-only",
        theirRole: "c-only",
        floorId: e.answer.floorId,
        label: e.answer.label,
        version: e.answer.version,
        setup: e.answer.setup,
        remotePort: e.port,
      });
      expect(ans.lines[0]).toBe(`m=application 40000 ${e.proto} *`);
      expect(ans.lines).toContain("a=floorctrl:s-only");
      expect(ans.lines).toContain(`a=floorid:${e.answer.floorId} mstrm:${e.answer.label}`);
      expect(ans.slidesLines).toEqual(["a=content:slides", `a=label:${e.answer.label}`]);
      if (e.answer.setup) expect(ans.lines).toContain(`a=setup:${e.answer.setup}`);
      else expect(ans.lines.some((l) => l.startsWith("a=setup"))).toBe(false);
    });
  }

  it("finds no BFCP in a SIP message without it", () => {
    const r = readBfcpOffer("INVITE sip:a@b SIP/2.0\r\n\r\nv=0\r\nm=audio 4000 RTP/AVP 0\r\n");
    expect(r.media).toBeUndefined();
    expect(r.notes[0]).toMatch(/no BFCP/);
  });
});

describe("BFCP SDP per the RFC 8856 examples (fixtures/bfcp/sdp)", () => {
  it("TCP/TLS offer with c-only s-only, two floors, bfcpver 1: answered s-only, setup passive", () => {
    const { media, notes } = readBfcpOffer(file(rfc, "rfc8856-tcp-tls-offer-c-only-s-only.sdp"));
    expect(media).toMatchObject({
      proto: "TCP/TLS/BFCP",
      transport: "tcp",
      tls: true,
      floorctrl: ["c-only", "s-only"],
      confId: 4321,
      userId: 1234,
      bfcpVersions: [1],
      floors: [
        { floorId: 1, labels: ["10"], legacySpelling: false },
        { floorId: 2, labels: ["11"], legacySpelling: false },
      ],
      slides: [{ label: "11", port: 50004 }],
    });
    expect(notes).toEqual([]);
    const ans = answerBfcp(media!, "server", { port: 55000, floorId: 2, slidesLabel: "11" });
    expect(ans.lines).toEqual([
      "m=application 55000 TCP/TLS/BFCP *",
      "a=floorctrl:s-only",
      "a=confid:4321",
      "a=userid:1234",
      "a=floorid:2 mstrm:11",
      "a=setup:passive",
      "a=connection:new",
      "a=bfcpver:1",
    ]);
  });

  it("UDP offer c-s with mstrm: answered s-only over UDP without setup, version 2", () => {
    const { media, notes } = readBfcpOffer(file(rfc, "rfc8856-udp-offer-c-s.sdp"));
    expect(notes).toEqual([]);
    const ans = answerBfcp(media!, "server", { port: 6000, confId: 9, userId: 3 });
    expect(ans.ok && ans.negotiated).toMatchObject({
      version: 2,
      floorId: 2,
      label: "3",
      confId: 9,
      userId: 3,
    });
    expect(ans.lines).toEqual([
      "m=application 6000 UDP/BFCP *",
      "a=floorctrl:s-only",
      "a=confid:9",
      "a=userid:3",
      "a=floorid:2 mstrm:3",
      "a=bfcpver:2",
    ]);
  });

  it("TCP offer c-only with legacy m-stream and setup active: we answer passive", () => {
    const { media, notes } = readBfcpOffer(file(rfc, "rfc8856-tcp-offer-c-only-m-stream.sdp"));
    expect(media?.floors).toEqual([{ floorId: 7, labels: ["5"], legacySpelling: true }]);
    expect(notes.join()).toMatch(/m-stream/);
    const ans = answerBfcp(media!, "server", { port: 6000 });
    expect(ans.ok && ans.negotiated.setup).toBe("passive");
    expect(ans.lines).toContain("a=floorid:7 mstrm:5");
  });

  it("s-only answer read back by the caller: we are the active c-only client", () => {
    const ours = buildBfcpOffer({ transport: "tcp", port: 50000, slidesLabel: "5" });
    expect(ours.lines).toEqual([
      "m=application 50000 TCP/BFCP *",
      "a=floorctrl:c-only",
      "a=setup:actpass",
      "a=connection:new",
      "a=bfcpver:1",
    ]);
    const { media } = readBfcpOffer(file(rfc, "rfc8856-tcp-answer-s-only.sdp"));
    const r = negotiateBfcpAnswer({ transport: "tcp", port: 50000, slidesLabel: "5" }, media!);
    expect(r.ok && r.negotiated).toMatchObject({
      ourRole: "c-only",
      theirRole: "s-only",
      confId: 4321,
      userId: 1234,
      floorId: 7,
      label: "5",
      setup: "active",
      version: 1,
      remotePort: 55000,
    });
    // An s-only answer offered to a server is declined.
    expect(answerBfcp(media!, "server", { port: 1 }).ok).toBe(false);
  });

  it("buildBfcpOffer c-s over UDP carries the ids a server would use", () => {
    const o = buildBfcpOffer({ transport: "udp", role: "c-s", port: 7000, floorId: 2, slidesLabel: "12" });
    expect(o.lines).toEqual([
      "m=application 7000 UDP/BFCP *",
      "a=floorctrl:c-s",
      "a=confid:1",
      "a=userid:2",
      "a=floorid:2 mstrm:12",
      "a=bfcpver:2",
    ]);
    expect(o.slidesLines).toEqual(["a=content:slides", "a=label:12"]);
    // Our own offer, read back and answered by a server, negotiates.
    const sdp = ["v=0", "c=IN IP4 127.0.0.1", ...o.lines, "m=video 7002 RTP/AVP 96", ...o.slidesLines].join(
      "\r\n",
    );
    const { media, notes } = readBfcpOffer(sdp);
    expect(notes).toEqual([]);
    expect(answerBfcp(media!, "server", { port: 7100 }).ok).toBe(true);
  });
});
