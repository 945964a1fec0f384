import type {
  BaresipAudioCodec,
  BaresipSrtp,
  BaresipTransport,
  BaresipVideoCodec,
  ResolvedBaresipOptions,
} from "./baresip-options.js";

/** Loopback ports one baresip instance owns. */
export interface BaresipPorts {
  /** SIP over UDP and TCP; SIP over TLS listens on `sip + 1` (baresip's own rule). */
  readonly sip: number;
  /** First and last port of the RTP/RTCP range (`rtp_ports`). */
  readonly rtpMin: number;
  readonly rtpMax: number;
  /** ctrl_tcp control socket. */
  readonly ctrl: number;
}

/** The files of one baresip config directory (`-f DIR`). */
export interface BaresipConfigFiles {
  readonly config: string;
  readonly accounts: string;
}

const MODULE_PATH = "/usr/lib/baresip/modules";
const HOST = "127.0.0.1";

const AUDIO_MODULE: Record<BaresipAudioCodec, string> = {
  opus: "opus.so",
  pcmu: "g711.so",
  pcma: "g711.so",
  g722: "g722.so",
};

/** Names as baresip's `;audio_codecs=` wants them: "name/srate/channels" (srate defaults to 8000). */
const AUDIO_CODEC_ID: Record<BaresipAudioCodec, string> = {
  opus: "opus/48000/2",
  pcmu: "PCMU/8000/1",
  pcma: "PCMA/8000/1",
  g722: "G722/16000/1",
};

const VIDEO_MODULE: Record<BaresipVideoCodec, string> = { h264: "avcodec.so", vp8: "vp8.so" };

const MEDIAENC: Record<BaresipSrtp, string | undefined> = {
  off: undefined,
  optional: "srtp",
  mandatory: "srtp-mand",
  "mandatory-f": "srtp-mandf",
};

/** The SIP URI other peers dial to reach this instance. */
export function baresipSipUri(user: string, transport: BaresipTransport, ports: BaresipPorts): string {
  switch (transport) {
    case "udp":
      return `sip:${user}@${HOST}:${ports.sip}`;
    case "tcp":
      return `sip:${user}@${HOST}:${ports.sip};transport=tcp`;
    case "tls":
      return `sip:${user}@${HOST}:${ports.sip + 1};transport=tls`;
  }
}

function unique<T>(xs: readonly T[]): T[] {
  return [...new Set(xs)];
}

/**
 * Renders `config` and `accounts` for one headless instance pinned to 127.0.0.1: no audio or video
 * device, no NAT helpers (nothing but loopback is ever contacted), ctrl_tcp for commands and events.
 * `certificatePath` (PEM with certificate and key) is required for TLS.
 */
export function renderBaresipConfig(
  opts: ResolvedBaresipOptions,
  ports: BaresipPorts,
  certificatePath?: string,
): BaresipConfigFiles {
  const echo = opts.role === "echo";
  const lines: string[] = ["poll_method epoll", `sip_listen ${HOST}:${ports.sip}`];
  if (opts.transport === "tls") {
    if (certificatePath === undefined) throw new Error("baresip: TLS needs a certificate");
    lines.push(`sip_certificate ${certificatePath}`);
  }
  lines.push(
    "call_local_timeout 60",
    "call_max_calls 4",
    // The echo module names per-call aubridge/vidbridge devices itself; the others play into a
    // bridge nobody reads (there is no sound card) and send a sine tone, which ausine only makes
    // as 48 kHz stereo.
    `audio_player aubridge,${echo ? "nil" : "sink"}`,
    `audio_source ${echo ? "aubridge,nil" : `ausine,${opts.toneHz}`}`,
    "audio_alert aubridge,alert",
    "ausrc_srate 48000",
    "auplay_srate 48000",
    `ausrc_channels ${echo ? 1 : 2}`,
    "auplay_channels 1",
    `video_source ${echo ? "vidbridge,nil" : opts.videoFile ? `avformat,${opts.videoFile}` : "fakevideo,nil"}`,
    `video_display ${echo ? "vidbridge,nil" : "fakevideo,nil"}`,
    "video_size 352x288",
    "video_bitrate 500000",
    "video_fps 25",
    `rtp_ports ${ports.rtpMin}-${ports.rtpMax}`,
    `rtcp_mux ${opts.rtcpMux ? "yes" : "no"}`,
    "jitter_buffer_delay 5-10",
    "rtp_stats yes",
    `net_interface ${HOST}`,
    `module_path ${MODULE_PATH}`,
  );
  const modules = unique([
    ...opts.audioCodecs.map((c) => AUDIO_MODULE[c]),
    ...opts.videoCodecs.map((c) => VIDEO_MODULE[c]),
    "aubridge.so",
    ...(echo ? ["vidbridge.so"] : ["ausine.so"]),
    "fakevideo.so",
    ...(!echo && opts.videoFile ? ["avformat.so"] : []),
    "srtp.so",
    ...(opts.ice ? ["ice.so"] : []),
  ]);
  for (const m of modules) lines.push(`module ${m}`);
  lines.push(
    "module_tmp account.so",
    "module_app menu.so",
    "module_app ctrl_tcp.so",
    "module_app rtcpsummary.so",
  );
  if (echo) lines.push("module_app echo.so");
  lines.push(
    `ctrl_tcp_listen ${HOST}:${ports.ctrl}`,
    // The once-a-second "[0:00:03] audio=..." status line only floods the log.
    "statmode_default off",
    ...opts.extraConfig,
  );

  // With a registrar the account is user@domain and every request goes through the proxy.
  const reg = opts.register;
  const params = reg ? [`outbound="${reg.proxy}"`, `regint=${reg.intervalS ?? 600}`] : ["regint=0"];
  // The echo module answers by itself, but it then takes over the call's event handler, so the UA
  // never reports CALL_ESTABLISHED/CALL_CLOSED; with auto-answer as well the UA answers first and
  // keeps reporting (baresip 1.0.0, checked by running it), while echo still loops the media.
  if (opts.role !== "dial") params.push("answermode=auto");
  const mediaenc = MEDIAENC[opts.srtp];
  if (mediaenc !== undefined) params.push(`mediaenc=${mediaenc}`);
  if (opts.ice) params.push("medianat=ice");
  params.push(`audio_codecs=${unique(opts.audioCodecs.map((c) => AUDIO_CODEC_ID[c])).join(",")}`);
  const aor = reg ? `sip:${opts.user}@${reg.domain}` : `sip:${opts.user}@${HOST}:${ports.sip}`;
  const accounts = `<${aor}>;${params.join(";")}\n`;

  return { config: `${lines.join("\n")}\n`, accounts };
}
