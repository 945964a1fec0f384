import { NalType } from "../protocol/h264/nal-unit.js";
import { parseSps } from "../protocol/h264/sps.js";
import { ParseError } from "../protocol/parse-error.js";
import { createTimestampUnwrapper, type TimestampUnwrapper } from "../protocol/rtp/sequence.js";

/**
 * Watches the RTP payloads of an H.264 stream (RFC 6184) without reassembling pictures: the NAL
 * unit types say whether SPS, PPS and IDR pictures arrive; the SPS (H.264 §7.3.2.1.1) gives the
 * picture size; distinct RTP timestamps (one per access unit, RFC 6184 §5.1) over the 90 kHz clock
 * give the frame rate. Constant memory: one SPS fragment at most is held.
 */
export interface H264Facts {
  readonly packets: number;
  /** Payloads whose NAL header is not valid H.264 in packetization mode 0/1 (F bit, type 0 or 25-31 but 28). */
  readonly invalidHeaders: number;
  readonly spsCount: number;
  readonly ppsCount: number;
  /** Access units holding an IDR slice. */
  readonly idrCount: number;
  /** Seconds between IDRs (min, mean, max), when two or more were seen. */
  readonly idrIntervalS?: { readonly min: number; readonly mean: number; readonly max: number };
  readonly accessUnits: number;
  readonly frameRate?: number;
  readonly width?: number;
  readonly height?: number;
  readonly profileIdc?: number;
  readonly levelIdc?: number;
  readonly spsError?: string;
}

const MAX_SPS_BYTES = 1024;
/** IDR arrival times kept (for keyframe-after-request timing); later ones are not kept. */
export const MAX_IDR_TIMES = 1000;

export class H264Observer {
  private packets = 0;
  private invalid = 0;
  private sps = 0;
  private pps = 0;
  private idr = 0;
  private lastIdrMs: number | undefined;
  private readonly idrTimes: number[] = [];
  private intervalMin = Number.POSITIVE_INFINITY;
  private intervalMax = 0;
  private intervalSum = 0;
  private intervals = 0;
  private accessUnits = 0;
  private lastTs: number | undefined;
  private firstTsExt: number | undefined;
  private lastTsExt = 0;
  private readonly unwrap: TimestampUnwrapper = createTimestampUnwrapper();
  private idrInAu = false;
  private spsFragment: Uint8Array[] | undefined;
  private spsFragmentBytes = 0;
  private picture: { width: number; height: number; profileIdc: number; levelIdc: number } | undefined;
  private spsError: string | undefined;

  /** One RTP packet's payload (header and padding removed), its timestamp and arrival time. */
  observe(payload: Uint8Array, timestamp: number, arrivalMs: number): void {
    this.packets++;
    if (timestamp !== this.lastTs) {
      this.lastTs = timestamp;
      this.accessUnits++;
      const ext = this.unwrap.unwrap(timestamp);
      this.firstTsExt ??= ext;
      this.lastTsExt = ext;
      this.idrInAu = false;
    }
    if (payload.length === 0) {
      this.invalid++;
      return;
    }
    const b0 = payload[0]!;
    const type = b0 & 0x1f;
    if (b0 & 0x80 || type === 0 || (type > 24 && type !== NalType.fuA)) {
      this.invalid++;
      return;
    }
    if (type <= 23) this.nal(type, payload, arrivalMs);
    else if (type === NalType.stapA) this.stapA(payload, arrivalMs);
    else this.fuA(payload, arrivalMs);
  }

  // RFC 6184 §5.7.1: STAP-A = header, then (16-bit size, NAL unit) repeated.
  private stapA(p: Uint8Array, arrivalMs: number): void {
    let o = 1;
    while (o + 2 <= p.length) {
      const size = (p[o]! << 8) | p[o + 1]!;
      o += 2;
      if (size === 0 || o + size > p.length) {
        this.invalid++;
        return;
      }
      this.nal(p[o]! & 0x1f, p.subarray(o, o + size), arrivalMs);
      o += size;
    }
  }

  // RFC 6184 §5.8: FU indicator, FU header (S E R Type), fragment.
  private fuA(p: Uint8Array, arrivalMs: number): void {
    if (p.length < 2) {
      this.invalid++;
      return;
    }
    const fuHeader = p[1]!;
    const type = fuHeader & 0x1f;
    const start = (fuHeader & 0x80) !== 0;
    const end = (fuHeader & 0x40) !== 0;
    if (start) {
      this.count(type, arrivalMs);
      this.spsFragment = undefined;
      if (type === NalType.sps) {
        this.spsFragment = [Uint8Array.of((p[0]! & 0xe0) | type), p.slice(2)];
        this.spsFragmentBytes = p.length - 1;
      }
    } else if (this.spsFragment) {
      this.spsFragmentBytes += p.length - 2;
      if (this.spsFragmentBytes > MAX_SPS_BYTES) this.spsFragment = undefined;
      else this.spsFragment.push(p.slice(2));
    }
    if (end && this.spsFragment && !start) {
      const nal = new Uint8Array(this.spsFragmentBytes);
      let o = 0;
      for (const part of this.spsFragment) {
        nal.set(part, o);
        o += part.length;
      }
      this.spsFragment = undefined;
      this.readSps(nal);
    }
  }

  private nal(type: number, nal: Uint8Array, arrivalMs: number): void {
    this.count(type, arrivalMs);
    if (type === NalType.sps) this.readSps(nal);
  }

  private count(type: number, arrivalMs: number): void {
    if (type === NalType.sps) this.sps++;
    else if (type === NalType.pps) this.pps++;
    else if (type === NalType.sliceIdr && !this.idrInAu) {
      this.idrInAu = true;
      this.idr++;
      if (this.lastIdrMs !== undefined) {
        const s = (arrivalMs - this.lastIdrMs) / 1000;
        this.intervals++;
        this.intervalSum += s;
        this.intervalMin = Math.min(this.intervalMin, s);
        this.intervalMax = Math.max(this.intervalMax, s);
      }
      this.lastIdrMs = arrivalMs;
      if (this.idrTimes.length < MAX_IDR_TIMES) this.idrTimes.push(arrivalMs);
    }
  }

  private readSps(nal: Uint8Array): void {
    if (this.picture) return; // the first SPS decides; later ones are usually identical
    try {
      const s = parseSps(nal);
      this.picture = { width: s.width, height: s.height, profileIdc: s.profileIdc, levelIdc: s.levelIdc };
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      this.spsError = e.message;
    }
  }

  /** The payloads read as H.264: an SPS seen and at most 2 % of packets with an invalid NAL header. */
  get readsAsH264(): boolean {
    return this.sps > 0 && this.invalid <= this.packets * 0.02;
  }

  /** Arrival times (ms since the capture started) of the first MAX_IDR_TIMES IDR access units. */
  get idrTimesMs(): readonly number[] {
    return this.idrTimes;
  }

  facts(): H264Facts {
    const spanS = (this.lastTsExt - (this.firstTsExt ?? 0)) / 90_000;
    const frameRate = this.accessUnits > 1 && spanS > 0 ? (this.accessUnits - 1) / spanS : undefined;
    return {
      packets: this.packets,
      invalidHeaders: this.invalid,
      spsCount: this.sps,
      ppsCount: this.pps,
      idrCount: this.idr,
      accessUnits: this.accessUnits,
      ...(this.intervals > 0
        ? {
            idrIntervalS: {
              min: round3(this.intervalMin),
              mean: round3(this.intervalSum / this.intervals),
              max: round3(this.intervalMax),
            },
          }
        : {}),
      ...(frameRate !== undefined ? { frameRate: Math.round(frameRate * 10) / 10 } : {}),
      ...(this.picture ?? {}),
      ...(this.spsError && !this.picture ? { spsError: this.spsError } : {}),
    };
  }
}

function round3(n: number): number {
  return Math.round(n * 1000) / 1000;
}
