/**
 * What one baresip run printed, parsed: whether the call came up, which codecs and SRTP suites it
 * used, and the RTP statistics it prints when a call ends. Reads the output of baresip 1.0.0 run with
 * `-v -s` (verbose and SIP trace); every field is optional where baresip may not print it.
 * When the log holds several calls, codecs and statistics are those of the last one.
 */

/** One column ("Transmit:" or "Receive:") of baresip's end-of-call stream table. */
export interface BaresipDirectionStats {
  /** RTP packets sent or received. */
  readonly packets: number;
  /** Average bitrate over the call, kbit/s. */
  readonly avgBitrateKbps: number;
  readonly errors: number;
  /** The rows below come from RTCP reports, so baresip prints them only once one has arrived
   *  (about 5 s into a call). */
  /** Packets the peer reported (Transmit) or we reported (Receive) in RTCP. */
  readonly pktReport?: number;
  readonly lost?: number;
  /** Interarrival jitter, ms. */
  readonly jitterMs?: number;
}

/**
 * The table baresip prints when a stream ends:
 *
 *   audio           Transmit:     Receive:
 *   packets:            400          400
 *   avg. bitrate:      64.0         64.0  (kbit/s)
 *   errors:               0            0
 *   pkt.report:         250          250
 *   lost:                 0            0
 *   jitter:             1.1          1.1  (ms)
 *
 * The last three rows are missing when no RTCP report arrived.
 */
export interface BaresipStreamStats {
  readonly tx: BaresipDirectionStats;
  readonly rx: BaresipDirectionStats;
}

/**
 * The rtcpsummary module's line (printed when the peer ends the call), e.g.
 * "EX=BareSip;CS=0;CD=8;PR=250;PS=250;PL=0,0;PD=0,0;JI=1.1,1.1;DL=0.3;IP=0.0.0.0:26002,127.0.0.1:26114;"
 */
export interface BaresipRtcpSummary {
  /** CD: call duration, s. */
  readonly durationS: number;
  /** PR / PS: packets received / sent as seen in RTCP. */
  readonly packetsReceived: number;
  readonly packetsSent: number;
  /** PL: packets lost (rx, tx). */
  readonly lost: readonly [number, number];
  /** JI: jitter ms (rx, tx). */
  readonly jitterMs: readonly [number, number];
  readonly raw: string;
}

/** One negotiated codec as baresip names it, e.g. { name: "H264", params: "packetization-mode=0" }. */
export interface BaresipCodec {
  readonly name: string;
  /** What baresip prints after the name: "8000Hz 1ch" for audio, the fmtp variant for video. */
  readonly params: string;
}

export interface BaresipMediaResult {
  readonly encoder?: BaresipCodec;
  readonly decoder?: BaresipCodec;
  /** SRTP crypto suite when the stream was encrypted, e.g. "AES_CM_128_HMAC_SHA1_80". */
  readonly srtpSuite?: string;
  readonly stats?: BaresipStreamStats;
  readonly rtcp?: BaresipRtcpSummary;
}

export interface BaresipResult {
  readonly exitCode: number | null;
  readonly signal: string | null;
  /** A "Call established" line was printed. */
  readonly established: boolean;
  /** Why the last call ended: "session closed: <reason>", e.g. "488 Not Acceptable Here". */
  readonly closeReason?: string;
  /** SIP status code of that reason, when it is one (e.g. 488). */
  readonly statusCode?: number;
  /** Provisional responses seen ("call: SIP Progress: 180 Ringing"). */
  readonly progress: readonly number[];
  /** "terminated (duration: N secs)". */
  readonly durationS?: number;
  readonly audio: BaresipMediaResult;
  readonly video: BaresipMediaResult;
  /** Any stream ran SRTP. */
  readonly srtp: boolean;
  /** SDP bodies from the SIP trace: those this baresip sent and those it received, in order. */
  readonly sdp: { readonly sent: readonly string[]; readonly received: readonly string[] };
}

/** Strips the ANSI colour codes baresip wraps warnings and the SIP trace in. */
export function stripAnsi(text: string): string {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the escape byte is what is matched
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

function lastMatch(text: string, re: RegExp): RegExpExecArray | undefined {
  const global = new RegExp(re.source, re.flags.includes("g") ? re.flags : `${re.flags}g`);
  let last: RegExpExecArray | undefined;
  for (let m = global.exec(text); m !== null; m = global.exec(text)) last = m;
  return last;
}

function num(s: string | undefined): number {
  return s === undefined ? Number.NaN : Number(s);
}

const ROW_KEYS: Record<string, keyof BaresipDirectionStats> = {
  packets: "packets",
  "avg. bitrate": "avgBitrateKbps",
  errors: "errors",
  "pkt.report": "pktReport",
  lost: "lost",
  jitter: "jitterMs",
};

const REQUIRED_ROWS: readonly (keyof BaresipDirectionStats)[] = ["packets", "avgBitrateKbps", "errors"];

/** The last "audio|video  Transmit: Receive:" table for `kind`, or undefined if none is complete. */
export function parseStreamTable(
  lines: readonly string[],
  kind: "audio" | "video",
): BaresipStreamStats | undefined {
  const header = new RegExp(`^${kind}\\s+Transmit:\\s+Receive:\\s*$`);
  let found: BaresipStreamStats | undefined;
  for (let i = 0; i < lines.length; i++) {
    if (!header.test(lines[i]!)) continue;
    const tx: Partial<Record<keyof BaresipDirectionStats, number>> = {};
    const rx: Partial<Record<keyof BaresipDirectionStats, number>> = {};
    for (let j = i + 1; j < lines.length; j++) {
      // ffmpeg's encoder summary ("[libx264 @ 0x...] ...") is printed from another thread and may
      // land between the rows.
      if (/^\[\w+ @ 0x[0-9a-f]+\]/.test(lines[j]!)) continue;
      const row = /^([a-z. ]+):\s+(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)/.exec(lines[j]!);
      const key = row ? ROW_KEYS[row[1]!.trim()] : undefined;
      if (!row || key === undefined) break;
      tx[key] = Number(row[2]);
      rx[key] = Number(row[3]);
    }
    if (REQUIRED_ROWS.every((k) => k in tx && k in rx)) {
      found = { tx: tx as BaresipDirectionStats, rx: rx as BaresipDirectionStats };
    }
  }
  return found;
}

/** Parses one rtcpsummary "EX=BareSip;..." line; undefined for its error form ("ERROR=..."). */
export function parseRtcpSummary(line: string): BaresipRtcpSummary | undefined {
  const fields = new Map<string, string>();
  for (const part of line.trim().split(";")) {
    const eq = part.indexOf("=");
    if (eq > 0) fields.set(part.slice(0, eq), part.slice(eq + 1));
  }
  if (fields.get("EX") !== "BareSip" || !fields.has("PR") || !fields.has("PS")) return undefined;
  const pair = (key: string): [number, number] => {
    const [a, b] = (fields.get(key) ?? "").split(",");
    return [num(a), num(b)];
  };
  return {
    durationS: num(fields.get("CD")),
    packetsReceived: num(fields.get("PR")),
    packetsSent: num(fields.get("PS")),
    lost: pair("PL"),
    jitterMs: pair("JI"),
    raw: line.trim(),
  };
}

/** rtcpsummary prints audio then video for each call; returns the last such pair. */
function rtcpSummaries(lines: readonly string[]): { audio?: BaresipRtcpSummary; video?: BaresipRtcpSummary } {
  const all = lines.filter((l) => l.startsWith("EX=BareSip;")).map((l) => parseRtcpSummary(l));
  const parsed = all.filter((s): s is BaresipRtcpSummary => s !== undefined);
  if (parsed.length === 0) return {};
  if (parsed.length === 1) return { audio: parsed[0]! };
  return { audio: parsed[parsed.length - 2]!, video: parsed[parsed.length - 1]! };
}

/**
 * The SDP lines of a traced body. Content-Length counts the CRLF line ends baresip sends, which were
 * turned into "\n" here, so count each line as its length + 2 until the declared length is reached
 * (the log continues right after the body).
 */
function sdpBody(body: string, contentLength: number | undefined): string {
  const lines = body.split("\n");
  if (contentLength === undefined) return body;
  const kept: string[] = [];
  let used = 0;
  for (const line of lines) {
    if (used >= contentLength) break;
    kept.push(line);
    used += line.length + 2;
  }
  return kept.map((l) => `${l}\n`).join("");
}

/**
 * SDP bodies in the SIP trace, split by direction. Each trace block is "#\n<TP> src -> dst\n<message>".
 * A block leaving one of our ports was sent; one arriving at one was received; one on neither is the
 * first message on a TCP/TLS connection we opened (its ephemeral source port is ours from then on).
 */
function traceSdp(text: string, sipPort: number | undefined): { sent: string[]; received: string[] } {
  const sent: string[] = [];
  const received: string[] = [];
  if (sipPort === undefined) return { sent, received };
  const own = new Set([sipPort, sipPort + 1]);
  const head = /^\S+ [\d.]+:(\d+) -> [\d.]+:(\d+)\n/;
  for (const block of text.split(/^#\n/m).slice(1)) {
    const h = head.exec(block);
    if (!h) continue;
    const src = Number(h[1]);
    const dst = Number(h[2]);
    let outgoing = own.has(src);
    if (!outgoing && !own.has(dst)) {
      own.add(src);
      outgoing = true;
    }
    const message = block.slice(h[0].length);
    const bodyStart = message.indexOf("\n\n");
    if (bodyStart < 0 || !/^Content-Type:\s*application\/sdp/im.test(message.slice(0, bodyStart))) continue;
    const lengthMatch = /^Content-Length:\s*(\d+)/im.exec(message.slice(0, bodyStart));
    const sdp = sdpBody(message.slice(bodyStart + 2), lengthMatch ? Number(lengthMatch[1]) : undefined);
    if (sdp.startsWith("v=0")) (outgoing ? sent : received).push(sdp);
  }
  return { sent, received };
}

function codec(m: RegExpExecArray | undefined): BaresipCodec | undefined {
  return m ? { name: m[1]!, params: (m[2] ?? "").trim() } : undefined;
}

/** Facts about the run the output alone does not tell. */
export interface BaresipRunContext {
  readonly exitCode?: number | null;
  readonly signal?: string | null;
  /** This instance's SIP port: needed to tell sent SDP from received SDP in the trace. */
  readonly sipPort?: number;
}

/** Parses everything baresip printed during one run. Never throws: absent facts stay undefined. */
export function parseBaresipOutput(rawOutput: string, context: BaresipRunContext = {}): BaresipResult {
  const text = stripAnsi(rawOutput).replace(/\r\n/g, "\n").replace(/\r/g, "\n");
  const lines = text.split("\n");

  const closed = lastMatch(text, /session closed: ([^\n]*)/);
  const closeReason = closed?.[1]?.trim();
  const status = closeReason ? /^([1-6]\d\d)\b/.exec(closeReason) : null;
  const progress = [...text.matchAll(/SIP Progress: (\d{3})/g)].map((m) => Number(m[1]));
  const duration = lastMatch(text, /terminated \(duration: (\d+) secs?\)/);

  const srtpSuite = (kind: string) =>
    lastMatch(text, new RegExp(`srtp: ${kind}: SRTP is Enabled \\(cryptosuite=([^)]+)\\)`))?.[1];
  const rtcp = rtcpSummaries(lines);

  const media = (kind: "audio" | "video"): BaresipMediaResult => {
    const enc =
      kind === "audio"
        ? lastMatch(text, /Set audio encoder: (\S+) ([^\n]*)/)
        : lastMatch(text, /Set video encoder: (\S+)(?: ([^(\n]*?))?\s*(?:\(|\n)/);
    const dec =
      kind === "audio"
        ? lastMatch(text, /Set audio decoder: (\S+) ([^\n]*)/)
        : lastMatch(text, /Set video decoder: (\S+)(?: ([^\n]*))?/);
    const result: {
      encoder?: BaresipCodec;
      decoder?: BaresipCodec;
      srtpSuite?: string;
      stats?: BaresipStreamStats;
      rtcp?: BaresipRtcpSummary;
    } = {};
    const e = codec(enc);
    const d = codec(dec);
    const suite = srtpSuite(kind);
    const stats = parseStreamTable(lines, kind);
    if (e) result.encoder = e;
    if (d) result.decoder = d;
    if (suite) result.srtpSuite = suite;
    if (stats) result.stats = stats;
    if (rtcp[kind]) result.rtcp = rtcp[kind];
    return result;
  };
  const audio = media("audio");
  const video = media("video");

  return {
    exitCode: context.exitCode ?? null,
    signal: context.signal ?? null,
    established: /Call established: /.test(text),
    ...(closeReason !== undefined ? { closeReason } : {}),
    ...(status ? { statusCode: Number(status[1]) } : {}),
    progress,
    ...(duration ? { durationS: Number(duration[1]) } : {}),
    audio,
    video,
    srtp: audio.srtpSuite !== undefined || video.srtpSuite !== undefined,
    sdp: traceSdp(text, context.sipPort),
  };
}
