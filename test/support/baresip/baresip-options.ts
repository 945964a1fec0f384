/**
 * What a test can ask of one baresip peer. Every field but `role` has a default (named beside it).
 */

/**
 * - `echo`: auto-answers through baresip's `echo` module, which loops the caller's audio and video
 *   back (aubridge + vidbridge): a real mirror.
 * - `answer`: auto-answers (`;answermode=auto`) and sends its own media (ausine tone, fakevideo or a file).
 * - `dial`: does not answer; the test calls `dial(uri)`. Sends its own media like `answer`.
 */
export type BaresipRole = "echo" | "answer" | "dial";

/**
 * Account `;mediaenc=`: `optional` = `srtp` (RTP/AVP with a=crypto, best effort), `mandatory` =
 * `srtp-mand` (RTP/SAVP), `mandatory-f` = `srtp-mandf` (RTP/SAVPF); `off` = plain RTP.
 */
export type BaresipSrtp = "off" | "optional" | "mandatory" | "mandatory-f";

/** Video codecs are chosen by which codec module is loaded: `h264` = avcodec.so, `vp8` = vp8.so. */
export type BaresipVideoCodec = "h264" | "vp8";

/** Audio codecs, in preference order; also written to the account's `;audio_codecs=` list. */
export type BaresipAudioCodec = "opus" | "pcmu" | "pcma" | "g722";

export type BaresipTransport = "udp" | "tcp" | "tls";

export interface BaresipOptions {
  readonly role: BaresipRole;
  /** Default "off". */
  readonly srtp?: BaresipSrtp;
  /** Default ["h264"]. Order is offer order. Ignored when `video` is false. */
  readonly videoCodecs?: readonly BaresipVideoCodec[];
  /** Default ["opus", "pcmu"]. */
  readonly audioCodecs?: readonly BaresipAudioCodec[];
  /** Default true. False loads no video codec module, so calls are audio only. */
  readonly video?: boolean;
  /** SIP transport this peer is reached on and dials with. Default "udp". */
  readonly transport?: BaresipTransport;
  /** baresip quits by itself after this many seconds (`-t`); the harness kills it 5 s later. Default 30. */
  readonly durationS?: number;
  /** SIP user part of this peer's address. Default the role name. */
  readonly user?: string;
  /**
   * Video source for `answer`/`dial`: a file read (and looped) by the avformat module, e.g. an MJPEG
   * `.avi` made by `makeTestVideo`. Default: the `fakevideo` module's generated picture.
   */
  readonly videoFile?: string;
  /** Sine tone frequency of the `ausine` audio source (Hz). Default 440. */
  readonly toneHz?: number;
  /** How long to wait for baresip to be ready. Default 10 000 ms. */
  readonly startTimeoutMs?: number;
  /** Extra lines appended verbatim to the config file (e.g. "avcodec_h264enc libx264"). */
  readonly extraConfig?: readonly string[];
  /** Register `sip:<user>@<domain>` through this outbound proxy (a registrar). Default: no REGISTER. */
  readonly register?: BaresipRegistration;
  /** Offer and accept RFC 5761 rtcp-mux (config `rtcp_mux yes`). Default false. */
  readonly rtcpMux?: boolean;
  /** ICE through the `ice` module (account `;medianat=ice`). Default false. */
  readonly ice?: boolean;
}

export interface BaresipRegistration {
  /** Domain of the address of record, e.g. "vdm.test". */
  readonly domain: string;
  /** Outbound proxy every request goes through, e.g. "sip:127.0.0.1:7060". */
  readonly proxy: string;
  /** Registration interval, seconds. Default 600. */
  readonly intervalS?: number;
}

/** `BaresipOptions` with every default filled in. */
export interface ResolvedBaresipOptions {
  readonly role: BaresipRole;
  readonly srtp: BaresipSrtp;
  readonly videoCodecs: readonly BaresipVideoCodec[];
  readonly audioCodecs: readonly BaresipAudioCodec[];
  readonly video: boolean;
  readonly transport: BaresipTransport;
  readonly durationS: number;
  readonly user: string;
  readonly videoFile: string | undefined;
  readonly toneHz: number;
  readonly startTimeoutMs: number;
  readonly extraConfig: readonly string[];
  readonly register?: BaresipRegistration | undefined;
  readonly rtcpMux: boolean;
  readonly ice: boolean;
}

export function resolveBaresipOptions(opts: BaresipOptions): ResolvedBaresipOptions {
  const audioCodecs = opts.audioCodecs ?? ["opus", "pcmu"];
  if (audioCodecs.length === 0) throw new Error("baresip: audioCodecs must name at least one codec");
  const videoCodecs = opts.videoCodecs ?? ["h264"];
  const video = opts.video ?? true;
  if (video && videoCodecs.length === 0) throw new Error("baresip: videoCodecs is empty but video is on");
  const durationS = opts.durationS ?? 30;
  if (!(durationS > 0)) throw new Error(`baresip: durationS must be positive, got ${durationS}`);
  const user = opts.user ?? opts.role;
  if (!/^[A-Za-z0-9_.-]+$/.test(user)) throw new Error(`baresip: user "${user}" is not a plain SIP user`);
  return {
    role: opts.role,
    srtp: opts.srtp ?? "off",
    videoCodecs: video ? videoCodecs : [],
    audioCodecs,
    video,
    transport: opts.transport ?? "udp",
    durationS,
    user,
    videoFile: opts.videoFile,
    toneHz: opts.toneHz ?? 440,
    startTimeoutMs: opts.startTimeoutMs ?? 10_000,
    extraConfig: opts.extraConfig ?? [],
    register: opts.register,
    rtcpMux: opts.rtcpMux ?? false,
    ice: opts.ice ?? false,
  };
}
