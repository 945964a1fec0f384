/**
 * What a test can ask of one linphonec peer, and the `.linphonerc` that pins it to 127.0.0.1.
 * Every option but `role` has a default (named beside it).
 */

/**
 * - `answer`: auto-answers incoming calls (`linphonec -a`) and sends its own media.
 * - `dial`: does not answer; the test calls `call(uri)`.
 */
export type LinphoneRole = "answer" | "dial";

/**
 * `[sip] media_encryption`: `none` = plain RTP; `srtp` = SDES-SRTP. With `srtp` and `mandatory`
 * linphone offers RTP/SAVP and refuses a call without SRTP; without `mandatory` it offers RTP/AVP
 * with a=crypto (best effort).
 */
export type LinphoneEncryption = "none" | "srtp";

/** Video codecs linphone 5.1 has with the openh264 plugin: H264 (OpenH264) and VP8 (libvpx). */
export type LinphoneVideoCodec = "H264" | "VP8";

export interface LinphoneOptions {
  readonly role: LinphoneRole;
  /** Default "none". */
  readonly encryption?: LinphoneEncryption;
  /** Default true when `encryption` is "srtp". Ignored without SRTP. */
  readonly encryptionMandatory?: boolean;
  /**
   * Enabled video codecs in preference order; every other one is written disabled. Default
   * ["H264", "VP8"] (linphone's own default puts VP8 first).
   */
  readonly videoCodecs?: readonly LinphoneVideoCodec[];
  /** SIP user part in this peer's identity (`[sip] contact`). Default "linphone". */
  readonly user?: string;
  /** Frequency of the sine tone linphone plays as its microphone (Hz). Default 440. */
  readonly toneHz?: number;
  /** How long to wait for linphonec to be ready. Default 10 000 ms. */
  readonly startTimeoutMs?: number;
}

export interface ResolvedLinphoneOptions {
  readonly role: LinphoneRole;
  readonly encryption: LinphoneEncryption;
  readonly encryptionMandatory: boolean;
  readonly videoCodecs: readonly LinphoneVideoCodec[];
  readonly user: string;
  readonly toneHz: number;
  readonly startTimeoutMs: number;
}

export function resolveLinphoneOptions(opts: LinphoneOptions): ResolvedLinphoneOptions {
  const videoCodecs = opts.videoCodecs ?? ["H264", "VP8"];
  if (videoCodecs.length === 0) throw new Error("linphone: videoCodecs must name at least one codec");
  if (new Set(videoCodecs).size !== videoCodecs.length) {
    throw new Error(`linphone: videoCodecs names a codec twice: ${videoCodecs.join(",")}`);
  }
  const user = opts.user ?? "linphone";
  if (!/^[A-Za-z0-9_.-]+$/.test(user)) throw new Error(`linphone: user "${user}" is not a plain SIP user`);
  const encryption = opts.encryption ?? "none";
  return {
    role: opts.role,
    encryption,
    encryptionMandatory: encryption === "srtp" && (opts.encryptionMandatory ?? true),
    videoCodecs,
    user,
    toneHz: opts.toneHz ?? 440,
    startTimeoutMs: opts.startTimeoutMs ?? 10_000,
  };
}

/** Loopback ports one linphonec owns. RTCP is on the port after each RTP port. */
export interface LinphonePorts {
  readonly sip: number;
  readonly audioRtp: number;
  readonly videoRtp: number;
}

const HOST = "127.0.0.1";
const ALL_VIDEO_CODECS: readonly LinphoneVideoCodec[] = ["H264", "VP8"];

/** The SIP URI other peers dial to reach this instance (SIP over UDP only). */
export function linphoneSipUri(user: string, ports: LinphonePorts): string {
  return `sip:${user}@${HOST}:${ports.sip}`;
}

/**
 * The rc file (`linphonec -c FILE`) for one headless instance: SIP over UDP only; RTP bound to
 * 127.0.0.1 and 127.0.0.1 advertised (`nat_address` with `firewall_policy=1`, no STUN, ICE or
 * uPnP); IPv4 only; identity `user@127.0.0.1` (otherwise linphone guesses a host name for From);
 * the static-picture camera at the normal frame rate; video sent and accepted by default.
 */
export function renderLinphoneRc(opts: ResolvedLinphoneOptions, ports: LinphonePorts): string {
  const sections: [string, Record<string, string | number>][] = [
    [
      "sip",
      {
        sip_port: ports.sip,
        sip_tcp_port: 0,
        sip_tls_port: 0,
        use_ipv6: 0,
        ipv6_migration_done: 1,
        guess_hostname: 0,
        contact: `"${opts.user}" <sip:${opts.user}@${HOST}>`,
        media_encryption: opts.encryption,
        media_encryption_mandatory: opts.encryptionMandatory ? 1 : 0,
        register_only_when_network_is_up: 0,
        inc_timeout: 30,
      },
    ],
    [
      "rtp",
      {
        bind_address: HOST,
        audio_rtp_port: ports.audioRtp,
        video_rtp_port: ports.videoRtp,
      },
    ],
    ["net", { nat_address: HOST, firewall_policy: 1, mtu: 1300 }],
    [
      "video",
      {
        enabled: 1,
        capture: 1,
        display: 1,
        // No X server: decoded pictures go to the external-display filter, which draws nothing.
        displaytype: "MSExtDisplay",
        show_local: 0,
        self_view: 0,
        device: "StaticImage: Static picture",
        // The static picture is otherwise sent at 1 frame per second.
        nowebcam_uses_normal_fps: 1,
        size: "vga",
        automatically_initiate: 1,
        automatically_accept: 1,
      },
    ],
  ];
  const enabled = new Set(opts.videoCodecs);
  const order = [...opts.videoCodecs, ...ALL_VIDEO_CODECS.filter((c) => !enabled.has(c))];
  order.forEach((mime, i) => {
    sections.push([
      `video_codec_${i}`,
      {
        mime,
        rate: 90000,
        enabled: enabled.has(mime) ? 1 : 0,
        ...(mime === "H264" ? { recv_fmtp: "profile-level-id=42801F" } : {}),
      },
    ]);
  });
  return sections
    .map(([name, keys]) => [`[${name}]`, ...Object.entries(keys).map(([k, v]) => `${k}=${v}`)].join("\n"))
    .join("\n\n")
    .concat("\n");
}
