import { describe, expect, it } from "vitest";
import {
  audioCodecFromEncodingName,
  audioCodecInfo,
  payloadBytesPerPacket,
  rtpClockRate,
  rtpTimestampIncrement,
  samplesPerPacket,
} from "./codecs.js";

describe("audio codec facts", () => {
  it("RTP clock rates: Opus 48000 (RFC 7587), G.722 8000 (RFC 3551 §4.5.2), G.711 8000", () => {
    expect(rtpClockRate("opus")).toBe(48000);
    expect(rtpClockRate("g722")).toBe(8000);
    expect(rtpClockRate("pcma")).toBe(8000);
    expect(rtpClockRate("pcmu")).toBe(8000);
  });
  it("20 ms packets: timestamp increments 960/160/160/160, samples 960/320/160/160", () => {
    expect(rtpTimestampIncrement("opus", 20)).toBe(960);
    expect(rtpTimestampIncrement("g722", 20)).toBe(160);
    expect(samplesPerPacket("g722", 20)).toBe(320);
    expect(rtpTimestampIncrement("pcmu", 30)).toBe(240);
    expect(samplesPerPacket("pcma", 20)).toBe(160);
  });
  it("payload sizes: G.722 and G.711 carry 160 bytes per 20 ms; Opus is variable", () => {
    expect(payloadBytesPerPacket("g722", 20)).toBe(160);
    expect(payloadBytesPerPacket("pcmu", 20)).toBe(160);
    expect(payloadBytesPerPacket("opus", 20)).toBeUndefined();
  });
  it("static payload types (RFC 3551 Table 4) and SDP names", () => {
    expect(audioCodecInfo("pcmu").staticPayloadType).toBe(0);
    expect(audioCodecInfo("pcma").staticPayloadType).toBe(8);
    expect(audioCodecInfo("g722").staticPayloadType).toBe(9);
    expect(audioCodecInfo("opus").rtpmapChannels).toBe(2);
    expect(audioCodecFromEncodingName("OPUS")).toBe("opus");
    expect(audioCodecFromEncodingName("g722")).toBe("g722");
    expect(audioCodecFromEncodingName("telephone-event")).toBeUndefined();
  });
});
