import { describe, expect, it } from "vitest";
import { linphoneSipUri, renderLinphoneRc, resolveLinphoneOptions } from "./linphone-config.js";
import { sineWav } from "./tone-wav.js";

const ports = { sip: 25060, audioRtp: 31000, videoRtp: 31002 };

/** The keys of one `[section]` of an rc file. */
function section(rc: string, name: string): Record<string, string> {
  const body = rc.split(`[${name}]\n`)[1]?.split("\n\n")[0];
  if (body === undefined) throw new Error(`no [${name}] in\n${rc}`);
  return Object.fromEntries(
    body
      .trim()
      .split("\n")
      .map((l) => [l.slice(0, l.indexOf("=")), l.slice(l.indexOf("=") + 1)]),
  );
}

describe("renderLinphoneRc", () => {
  it("pins linphone to 127.0.0.1 over IPv4 UDP with no NAT helpers", () => {
    const rc = renderLinphoneRc(resolveLinphoneOptions({ role: "answer" }), ports);
    expect(section(rc, "sip")).toMatchObject({
      sip_port: "25060",
      sip_tcp_port: "0",
      sip_tls_port: "0",
      use_ipv6: "0",
      ipv6_migration_done: "1",
      guess_hostname: "0",
      contact: '"linphone" <sip:linphone@127.0.0.1>',
      media_encryption: "none",
      media_encryption_mandatory: "0",
    });
    expect(section(rc, "rtp")).toMatchObject({
      bind_address: "127.0.0.1",
      audio_rtp_port: "31000",
      video_rtp_port: "31002",
    });
    expect(section(rc, "net")).toMatchObject({ nat_address: "127.0.0.1", firewall_policy: "1" });
    expect(rc).not.toMatch(/stun|\bice|upnp/i);
    expect(section(rc, "video")).toMatchObject({ device: "StaticImage: Static picture", capture: "1" });
    expect(linphoneSipUri("linphone", ports)).toBe("sip:linphone@127.0.0.1:25060");
  });

  it("puts H.264 first by default and writes a VP8-only peer with H.264 disabled", () => {
    const both = renderLinphoneRc(resolveLinphoneOptions({ role: "dial" }), ports);
    expect(section(both, "video_codec_0")).toMatchObject({ mime: "H264", enabled: "1" });
    expect(section(both, "video_codec_1")).toMatchObject({ mime: "VP8", enabled: "1" });
    const vp8 = renderLinphoneRc(resolveLinphoneOptions({ role: "dial", videoCodecs: ["VP8"] }), ports);
    expect(section(vp8, "video_codec_0")).toMatchObject({ mime: "VP8", enabled: "1" });
    expect(section(vp8, "video_codec_1")).toMatchObject({ mime: "H264", enabled: "0" });
  });

  it("SRTP is mandatory unless asked otherwise", () => {
    const mand = renderLinphoneRc(resolveLinphoneOptions({ role: "answer", encryption: "srtp" }), ports);
    expect(section(mand, "sip")).toMatchObject({ media_encryption: "srtp", media_encryption_mandatory: "1" });
    const best = renderLinphoneRc(
      resolveLinphoneOptions({ role: "answer", encryption: "srtp", encryptionMandatory: false }),
      ports,
    );
    expect(section(best, "sip")).toMatchObject({ media_encryption: "srtp", media_encryption_mandatory: "0" });
  });

  it("refuses options it cannot render", () => {
    expect(() => resolveLinphoneOptions({ role: "dial", videoCodecs: [] })).toThrow(/at least one/);
    expect(() => resolveLinphoneOptions({ role: "dial", videoCodecs: ["VP8", "VP8"] })).toThrow(/twice/);
    expect(() => resolveLinphoneOptions({ role: "dial", user: "a b" })).toThrow(/plain SIP user/);
  });
});

describe("sineWav", () => {
  it("writes a 16-bit mono PCM WAV whose samples are the tone", () => {
    const wav = sineWav(1000, 0.01, 16_000);
    expect(wav.toString("ascii", 0, 4)).toBe("RIFF");
    expect(wav.toString("ascii", 8, 16)).toBe("WAVEfmt ");
    expect(wav.readUInt16LE(22)).toBe(1);
    expect(wav.readUInt32LE(24)).toBe(16_000);
    expect(wav.readUInt32LE(40)).toBe(320);
    expect(wav.length).toBe(44 + 320);
    // 1 kHz at 16 kHz: sample 4 is the crest of the sine, at -12 dBFS.
    expect(wav.readInt16LE(44)).toBe(0);
    expect(wav.readInt16LE(44 + 8)).toBe(Math.round(32767 * 10 ** (-12 / 20)));
    expect(() => sineWav(9000, 1, 16_000)).toThrow(/does not fit/);
  });
});
