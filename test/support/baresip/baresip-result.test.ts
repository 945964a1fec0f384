import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseBaresipOutput, parseRtcpSummary, parseStreamTable, stripAnsi } from "./baresip-result.js";

/** Output of real baresip 1.0.0 runs (`-v -s`), captured with this harness on 127.0.0.1. */
function sample(name: string): { text: string; sipPort: number } {
  const text = readFileSync(join(import.meta.dirname, "samples", `${name}.log`), "utf8");
  // The dialler's Contact names its own SIP port; the echo side's samples are parsed with the port
  // it listened on (the one the dialler sent its INVITE to).
  const dial = /Contact: <sip:dial-0x[0-9a-f]+@127\.0\.0\.1:(\d+)/.exec(text);
  const invite = /^INVITE sip:echo@127\.0\.0\.1:(\d+)/m.exec(text);
  const port = name.endsWith("-dial") ? dial?.[1] : invite?.[1];
  if (port === undefined) throw new Error(`sample ${name} names no SIP port`);
  return { text, sipPort: Number(port) };
}

function parse(name: string) {
  const { text, sipPort } = sample(name);
  return parseBaresipOutput(text, { exitCode: 0, signal: null, sipPort });
}

describe("parseBaresipOutput on captured baresip 1.0.0 output", () => {
  it("H.264 + Opus call, dialler side: established, codecs and both stream tables", () => {
    const r = parse("h264-dial");
    expect(r.established).toBe(true);
    expect(r.progress).toEqual([180]);
    expect(r.durationS).toBe(7);
    expect(r.srtp).toBe(false);
    expect(r.audio.encoder).toEqual({ name: "opus", params: "48000Hz 2ch" });
    expect(r.audio.decoder).toEqual({ name: "opus", params: "48000Hz 2ch" });
    expect(r.video.encoder).toEqual({ name: "H264", params: "packetization-mode=0" });
    expect(r.video.decoder).toEqual({ name: "H264", params: "packetization-mode=0" });
    expect(r.audio.stats).toEqual({
      tx: { packets: 352, avgBitrateKbps: 100.0, errors: 0, pktReport: 250, lost: 0, jitterMs: 2.0 },
      rx: { packets: 351, avgBitrateKbps: 98.1, errors: 0, pktReport: 250, lost: 0, jitterMs: 1.8 },
    });
    expect(r.video.stats?.rx.packets).toBe(174);
    expect(r.video.stats?.tx.packets).toBe(179);
    // The dialler hung up itself, so rtcpsummary (which reports on the peer's BYE) printed nothing.
    expect(r.audio.rtcp).toBeUndefined();
  });

  it("echo side: the rtcpsummary lines for audio then video, and the close reason", () => {
    const r = parse("h264-echo");
    expect(r.established).toBe(true);
    expect(r.closeReason).toBe("Connection reset by peer");
    expect(r.statusCode).toBeUndefined();
    expect(r.audio.rtcp).toMatchObject({
      durationS: 7,
      packetsReceived: 250,
      packetsSent: 250,
      lost: [0, 0],
    });
    expect(r.video.rtcp).toMatchObject({ packetsReceived: 128, packetsSent: 123, jitterMs: [2.2, 3.0] });
    expect(r.video.stats?.tx.packets).toBe(174);
  });

  it("SRTP mandatory: suites per stream and the RTP/SAVP SDP both ways", () => {
    const r = parse("srtpmand-dial");
    expect(r.srtp).toBe(true);
    expect(r.audio.srtpSuite).toBe("AES_CM_128_HMAC_SHA1_80");
    expect(r.video.srtpSuite).toBe("AES_CM_128_HMAC_SHA1_80");
    expect(r.sdp.sent).toHaveLength(1);
    expect(r.sdp.received).toHaveLength(1);
    expect(r.sdp.sent[0]).toMatch(/^m=audio \d+ RTP\/SAVP /m);
    expect(r.sdp.sent[0]).toMatch(/^a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:/m);
    expect(r.sdp.received[0]).toMatch(/^v=0\n(?:[a-z]=.*\n)+$/);
    expect(r.sdp.received[0]).toMatch(/a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:\S+\n$/);
    expect(r.video.stats?.rx.jitterMs).toBe(45.2);
  });

  it("a short call (no RTCP report yet) has only the packet, bitrate and error rows", () => {
    const r = parse("vp8-dial");
    expect(r.video.encoder).toEqual({ name: "VP8", params: "" });
    expect(r.video.decoder).toEqual({ name: "VP8", params: "" });
    expect(r.video.stats).toEqual({
      tx: { packets: 152, avgBitrateKbps: 35.1, errors: 0 },
      rx: { packets: 146, avgBitrateKbps: 33.6, errors: 0 },
    });
  });

  it("a rejected call: not established, 488 and no media", () => {
    const r = parse("mism-dial");
    expect(r.established).toBe(false);
    expect(r.closeReason).toBe("488 Not Acceptable Here");
    expect(r.statusCode).toBe(488);
    expect(r.audio).toEqual({});
    expect(r.video).toEqual({});
    expect(r.sdp.sent).toHaveLength(1);
    expect(r.sdp.received).toHaveLength(0);
    expect(parse("mism-echo").established).toBe(false);
  });

  it("SIP over TCP: SDP direction follows the connection even from an ephemeral port", () => {
    const r = parse("tcp-dial");
    expect(r.established).toBe(true);
    expect(r.sdp.sent).toHaveLength(1);
    expect(r.sdp.received).toHaveLength(1);
    expect(r.sdp.sent[0]).toContain("cname:sip:dial@");
    expect(r.sdp.received[0]).toContain("cname:sip:echo@");
    // ffmpeg's summary lines sit between the two tables and must not cut them short.
    expect(r.audio.stats?.rx.packets).toBe(101);
    expect(r.video.stats?.rx.packets).toBe(48);
  });

  it("the echo side's received SDP is the dialler's offer", () => {
    const r = parse("h264-echo");
    expect(r.sdp.received[0]).toContain("cname:sip:dial@");
    expect(r.sdp.sent[0]).toContain("cname:sip:echo@");
  });

  it("knows nothing from empty or unrelated output, and never throws", () => {
    const r = parseBaresipOutput("");
    expect(r).toMatchObject({ established: false, srtp: false, progress: [], audio: {}, video: {} });
    expect(r.sdp).toEqual({ sent: [], received: [] });
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (s) => {
        parseBaresipOutput(s, { sipPort: 5060 });
      }),
    );
    const realLines = sample("h264-echo").text.split("\n");
    fc.assert(
      fc.property(fc.subarray(realLines), (lines) => {
        parseBaresipOutput(lines.join("\n"), { sipPort: 5060 });
      }),
      { numRuns: 200 },
    );
  });
});

describe("parseStreamTable", () => {
  it("skips an incomplete table and keeps the last complete one", () => {
    const lines = [
      "video           Transmit:     Receive:",
      "packets:            10          11",
      "ua: stop",
      "video           Transmit:     Receive:",
      "packets:            20          21",
      "avg. bitrate:       1.5          2.5  (kbit/s)",
      "errors:               0            1",
    ];
    expect(parseStreamTable(lines, "video")).toEqual({
      tx: { packets: 20, avgBitrateKbps: 1.5, errors: 0 },
      rx: { packets: 21, avgBitrateKbps: 2.5, errors: 1 },
    });
    expect(parseStreamTable(lines, "audio")).toBeUndefined();
  });
});

describe("parseRtcpSummary", () => {
  it("reads the rtcpsummary fields", () => {
    expect(
      parseRtcpSummary("EX=BareSip;CS=0;CD=8;PR=250;PS=249;PL=1,2;PD=0,0;JI=1.1,0.9;DL=0.3;IP=a,b;"),
    ).toEqual({
      durationS: 8,
      packetsReceived: 250,
      packetsSent: 249,
      lost: [1, 2],
      jitterMs: [1.1, 0.9],
      raw: "EX=BareSip;CS=0;CD=8;PR=250;PS=249;PL=1,2;PD=0,0;JI=1.1,0.9;DL=0.3;IP=a,b;",
    });
  });

  it("returns undefined for its error form", () => {
    expect(parseRtcpSummary("EX=BareSip;ERROR=No RTCP stats collected;")).toBeUndefined();
  });
});

describe("stripAnsi", () => {
  it("removes baresip's colour codes", () => {
    expect(stripAnsi("\x1b[31mwarning\n\x1b[;m\x1b[36;1m#")).toBe("warning\n#");
  });
});
