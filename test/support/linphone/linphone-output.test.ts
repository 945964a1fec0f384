import { describe, expect, it } from "vitest";
import { parseLinphoneEvent, parseLinphoneLog } from "./linphone-output.js";

describe("parseLinphoneEvent", () => {
  it("reads linphonec 5.1's call lines, with or without the prompt before them", () => {
    expect(
      parseLinphoneEvent(
        'Receiving new incoming call from "vdm-test" <sip:vdm-test@127.0.0.1>, assigned id 1',
      ),
    ).toEqual({ kind: "incoming", callId: 1, peer: '"vdm-test" <sip:vdm-test@127.0.0.1>' });
    expect(parseLinphoneEvent("linphonec> Call 2 to sip:testrum@127.0.0.1:25070 ringing.")).toEqual({
      kind: "ringing",
      callId: 2,
      peer: "sip:testrum@127.0.0.1:25070",
    });
    expect(parseLinphoneEvent("Call 2 with sip:testrum@127.0.0.1:25070 connected.")?.kind).toBe("connected");
    expect(
      parseLinphoneEvent("Media streams established with sip:t@127.0.0.1 for call 2 (video)."),
    ).toMatchObject({ kind: "media", callId: 2, detail: "video" });
    expect(parseLinphoneEvent("Call 1 with sip:t@127.0.0.1 ended (Not acceptable here).")).toMatchObject({
      kind: "ended",
      detail: "Not acceptable here",
    });
    expect(parseLinphoneEvent("Establishing call id to sip:t@127.0.0.1, assigned id 3")).toMatchObject({
      kind: "outgoing",
      callId: 3,
    });
    expect(parseLinphoneEvent("Using wav files instead of soundcard.")).toBeUndefined();
    expect(parseLinphoneEvent("linphonec> ")).toBeUndefined();
  });
});

/** Lines as liblinphone 5.1 logs them at -d 6 (time stamps shortened). */
const LOG = `
08:13:21:119 bctbx-message-OpenH264 encoder: Video configuration set: bitrate=400000bits/s, fps=15.000000, vsize=640x480
08:13:21:120 mediastreamer-message-Setting sent vsize=572x468, fps=15.000000
08:13:21:121 mediastreamer-message-configure_itc(): format set to type=video;encoding=H264;vsize=0x0;fps=0.000000;fmtp=''
08:13:21:784 mediastreamer-message-configure_itc(): format set to type=video;encoding=H264;vsize=1280x720;fps=0.000000;fmtp=''
08:13:21:798 liblinphone-message-First video frame decoded successfully
08:13:23:882 mediastreamer-message-media_stream_set_srtp_send_key(): key bf..5a stream sessions is [0x55c9e9e95128]
08:13:23:878 ortp-message-===========================================================
08:13:23:878 ortp-message-             AUDIO SESSION'S RTP STATISTICS
08:13:23:878 ortp-message------------------------------------------------------------
08:13:23:878 ortp-message-sent                                        120 packets
08:13:23:878 ortp-message-received                                    130 packets
08:13:23:878 ortp-message-incoming cumulative lost                      0 packets
08:13:23:878 ortp-message-===========================================================
08:13:26:904 ortp-message-             AUDIO SESSION'S RTP STATISTICS
08:13:26:904 ortp-message------------------------------------------------------------
08:13:26:904 ortp-message-sent                                        240 packets
08:13:26:904 ortp-message-                                              0 duplicated packets
08:13:26:904 ortp-message-received                                    250 packets
08:13:26:904 ortp-message-incoming cumulative lost                      2 packets
08:13:26:904 ortp-message-incoming bad formatted                        1 packets
08:13:26:904 ortp-message-===========================================================
08:13:26:906 ortp-message-             VIDEO SESSION'S RTP STATISTICS
08:13:26:906 ortp-message------------------------------------------------------------
08:13:26:906 ortp-message-sent                                         66 packets
08:13:26:906 ortp-message-received                                    212 packets
08:13:26:906 ortp-message-===========================================================
`;

describe("parseLinphoneLog", () => {
  it("takes the last statistics block of each stream, the decoder's sizes and the SRTP keys", () => {
    const r = parseLinphoneLog(LOG);
    expect(r.audio).toEqual({ sent: 240, received: 250, lost: 2, badFormatted: 1 });
    expect(r.video).toEqual({ sent: 66, received: 212, lost: 0, badFormatted: 0 });
    expect(r.videoDecoded).toBe(true);
    expect(r.decodedSizes).toEqual(["1280x720"]);
    expect(r.h264Encoder).toBe("OpenH264");
    expect(r.sentSize).toBe("572x468");
    expect(r.srtpSendKeys).toEqual(["bf..5a"]);
  });

  it("an audio-only, undecoded call has no video facts", () => {
    const r = parseLinphoneLog(LOG.split("\n").slice(7, 22).join("\n"));
    expect(r.video).toBeUndefined();
    expect(r.videoDecoded).toBe(false);
    expect(r.decodedSizes).toEqual([]);
    expect(r.h264Encoder).toBeUndefined();
    expect(r.audio?.received).toBe(250);
  });
});
