import { describe, expect, it } from "vitest";
import { baresipSipUri, renderBaresipConfig } from "./baresip-config.js";
import { resolveBaresipOptions } from "./baresip-options.js";

const ports = { sip: 25060, rtpMin: 16000, rtpMax: 16019, ctrl: 25070 };

function configLines(text: string): string[] {
  return text.trim().split("\n");
}

describe("renderBaresipConfig", () => {
  it("pins an echo peer to loopback and loops media through the bridges", () => {
    const { config, accounts } = renderBaresipConfig(resolveBaresipOptions({ role: "echo" }), ports);
    const lines = configLines(config);
    expect(lines).toContain("sip_listen 127.0.0.1:25060");
    expect(lines).toContain("net_interface 127.0.0.1");
    expect(lines).toContain("rtp_ports 16000-16019");
    expect(lines).toContain("ctrl_tcp_listen 127.0.0.1:25070");
    expect(lines).toContain("audio_source aubridge,nil");
    expect(lines).toContain("video_source vidbridge,nil");
    expect(lines).toContain("module_app echo.so");
    // No NAT helpers (they would contact STUN/TURN servers) and no terminal UI.
    expect(config).not.toMatch(/stun|turn|ice\.so|stdio/);
    expect(accounts).toBe(
      "<sip:echo@127.0.0.1:25060>;regint=0;answermode=auto;audio_codecs=opus/48000/2,PCMU/8000/1\n",
    );
  });

  it("a dialler sends a 48 kHz stereo tone and does not auto-answer", () => {
    const { config, accounts } = renderBaresipConfig(
      resolveBaresipOptions({ role: "dial", toneHz: 1000 }),
      ports,
    );
    const lines = configLines(config);
    expect(lines).toContain("audio_source ausine,1000");
    expect(lines).toContain("ausrc_srate 48000");
    expect(lines).toContain("ausrc_channels 2");
    expect(lines).toContain("video_source fakevideo,nil");
    expect(lines).not.toContain("module_app echo.so");
    expect(accounts).not.toContain("answermode");
  });

  it("chooses video codecs by module, audio codecs by module and account list", () => {
    const vp8 = renderBaresipConfig(
      resolveBaresipOptions({ role: "answer", videoCodecs: ["vp8"], audioCodecs: ["pcmu", "pcma"] }),
      ports,
    );
    const modules = configLines(vp8.config).filter((l) => l.startsWith("module "));
    expect(modules).toContain("module vp8.so");
    expect(modules).not.toContain("module avcodec.so");
    expect(modules.filter((m) => m === "module g711.so")).toHaveLength(1);
    expect(vp8.accounts).toContain(";audio_codecs=PCMU/8000/1,PCMA/8000/1");
    const audioOnly = renderBaresipConfig(resolveBaresipOptions({ role: "answer", video: false }), ports);
    expect(audioOnly.config).not.toMatch(/avcodec|vp8/);
  });

  it.each([
    ["off", undefined],
    ["optional", "srtp"],
    ["mandatory", "srtp-mand"],
    ["mandatory-f", "srtp-mandf"],
  ] as const)("SRTP %s maps to mediaenc %s", (srtp, mediaenc) => {
    const { accounts } = renderBaresipConfig(resolveBaresipOptions({ role: "dial", srtp }), ports);
    if (mediaenc === undefined) expect(accounts).not.toContain("mediaenc");
    else expect(accounts).toContain(`;mediaenc=${mediaenc};`);
  });

  it("TLS needs a certificate and listens one port up", () => {
    const tls = resolveBaresipOptions({ role: "echo", transport: "tls" });
    expect(() => renderBaresipConfig(tls, ports)).toThrow(/certificate/);
    expect(renderBaresipConfig(tls, ports, "/x/cert.pem").config).toContain("sip_certificate /x/cert.pem\n");
    expect(baresipSipUri("echo", "tls", ports)).toBe("sip:echo@127.0.0.1:25061;transport=tls");
    expect(baresipSipUri("echo", "tcp", ports)).toBe("sip:echo@127.0.0.1:25060;transport=tcp");
    expect(baresipSipUri("echo", "udp", ports)).toBe("sip:echo@127.0.0.1:25060");
  });

  it("a video file is read by avformat", () => {
    const { config } = renderBaresipConfig(
      resolveBaresipOptions({ role: "dial", videoFile: "/v/a.avi" }),
      ports,
    );
    expect(config).toContain("video_source avformat,/v/a.avi\n");
    expect(config).toContain("module avformat.so\n");
  });
});

describe("resolveBaresipOptions", () => {
  it("fills the documented defaults", () => {
    expect(resolveBaresipOptions({ role: "dial" })).toEqual({
      role: "dial",
      srtp: "off",
      videoCodecs: ["h264"],
      audioCodecs: ["opus", "pcmu"],
      video: true,
      transport: "udp",
      durationS: 30,
      user: "dial",
      videoFile: undefined,
      toneHz: 440,
      startTimeoutMs: 10_000,
      extraConfig: [],
      rtcpMux: false,
      ice: false,
    });
  });

  it("rtcpMux and ice turn on rtcp_mux, the ice module and medianat=ice", () => {
    const ports = { sip: 5070, rtpMin: 20000, rtpMax: 20100, ctrl: 4444 };
    const plain = renderBaresipConfig(resolveBaresipOptions({ role: "dial" }), ports);
    expect(plain.config).toMatch(/^rtcp_mux no$/m);
    expect(plain.config).not.toMatch(/ice\.so/);
    expect(plain.accounts).not.toMatch(/medianat/);
    const both = renderBaresipConfig(
      resolveBaresipOptions({ role: "dial", rtcpMux: true, ice: true }),
      ports,
    );
    expect(both.config).toMatch(/^rtcp_mux yes$/m);
    expect(both.config).toMatch(/^module ice\.so$/m);
    expect(both.accounts).toMatch(/;medianat=ice/);
  });

  it("rejects options that cannot make a working peer", () => {
    expect(() => resolveBaresipOptions({ role: "dial", audioCodecs: [] })).toThrow(/audioCodecs/);
    expect(() => resolveBaresipOptions({ role: "dial", videoCodecs: [] })).toThrow(/videoCodecs/);
    expect(() => resolveBaresipOptions({ role: "dial", durationS: 0 })).toThrow(/durationS/);
    expect(() => resolveBaresipOptions({ role: "dial", user: "a b" })).toThrow(/user/);
  });
});
