import { ParseError } from "../protocol/parse-error.js";
import { createSrtpContext, type SrtpContext } from "../protocol/srtp/srtp-context.js";
import { SrtpError } from "../protocol/srtp/srtp-error.js";
import { isSrtpSuite } from "../protocol/srtp/srtp-suite.js";
import type { SenderKey } from "./stream-binding.js";

/**
 * Is a stream's RTP payload protected (RFC 3711 SRTP)? With the SDES key of the sender in the
 * captured SDP (RFC 4568 sends it in the clear when SIP is not over TLS) each packet's
 * authentication tag is checked and its payload decrypted, so the media can still be analysed.
 * Without a key the payload's byte entropy is sampled: evidence, not proof (Opus and H.264 are
 * compressed too), so only the H.264 NAL-header test decides "encrypted" without a key.
 */
export interface ProtectionFacts {
  /** Packets whose SRTP tag verified with the sender's announced key. */
  readonly authenticated: number;
  readonly authFailures: number;
  /** Packets not checked (over the limit, or no key). */
  readonly unchecked: number;
  /** SRTCP packets (RFC 3711 §3.4) whose tag verified, and those that failed. */
  readonly rtcpAuthenticated: number;
  readonly rtcpAuthFailures: number;
  /** Shannon entropy, bits per byte, of sampled payload bytes (8 is random). */
  readonly payloadEntropy?: number;
}

/** Packets per stream whose tag is checked; beyond, packets are measured as they are. */
export const MAX_SRTP_CHECKS = 100_000;
const SAMPLE_EVERY = 8;
const SAMPLE_BYTES = 32;

export class PayloadProtection {
  private ctx: SrtpContext | undefined;
  private authenticated = 0;
  private failures = 0;
  private unchecked = 0;
  private rtcpAuthenticated = 0;
  private rtcpFailures = 0;
  private readonly histogram = new Uint32Array(256);
  private sampled = 0;
  private sampleCounter = 0;

  constructor(key: SenderKey | undefined) {
    if (key && isSrtpSuite(key.suite) && key.keySalt.length === 30) {
      this.ctx = createSrtpContext({
        suite: key.suite,
        localKey: key.keySalt,
        remoteKey: key.keySalt,
        remoteMkiLength: key.mkiLength,
      });
    }
  }

  /** Samples the payload's bytes (cheap: one packet in eight, 32 bytes). */
  sample(payload: Uint8Array): void {
    if (++this.sampleCounter % SAMPLE_EVERY !== 0) return;
    const n = Math.min(SAMPLE_BYTES, payload.length);
    for (let i = 0; i < n; i++) this.histogram[payload[i]!]!++;
    this.sampled += n;
  }

  /**
   * Checks and decrypts one SRTP packet: the plain RTP packet, or undefined when it did not
   * authenticate (or there is no key, or the limit is reached).
   */
  unprotect(packet: Uint8Array): Uint8Array | undefined {
    if (!this.ctx || this.authenticated + this.failures >= MAX_SRTP_CHECKS) {
      this.unchecked++;
      return undefined;
    }
    try {
      const plain = this.ctx.unprotectRtp(packet);
      this.authenticated++;
      return plain;
    } catch (e) {
      if (!(e instanceof SrtpError || e instanceof ParseError)) throw e;
      if (e instanceof SrtpError && e.failure === "replay") return undefined;
      this.failures++;
      return undefined;
    }
  }

  /**
   * Checks and decrypts one SRTCP packet (RFC 3711 §3.4) so its feedback can be read: the plain
   * compound packet, or undefined when there is no key or it did not authenticate.
   */
  unprotectRtcp(packet: Uint8Array): Uint8Array | undefined {
    if (!this.ctx || this.rtcpAuthenticated + this.rtcpFailures >= MAX_SRTP_CHECKS) return undefined;
    try {
      const plain = this.ctx.unprotectRtcp(packet);
      this.rtcpAuthenticated++;
      return plain;
    } catch (e) {
      if (!(e instanceof SrtpError || e instanceof ParseError)) throw e;
      if (e instanceof SrtpError && e.failure === "replay") return undefined;
      this.rtcpFailures++;
      return undefined;
    }
  }

  get hasKey(): boolean {
    return this.ctx !== undefined;
  }

  facts(): ProtectionFacts {
    let entropy: number | undefined;
    if (this.sampled >= 256) {
      entropy = 0;
      for (const c of this.histogram) {
        if (c === 0) continue;
        const p = c / this.sampled;
        entropy -= p * Math.log2(p);
      }
      entropy = Math.round(entropy * 100) / 100;
    }
    return {
      authenticated: this.authenticated,
      authFailures: this.failures,
      unchecked: this.unchecked,
      rtcpAuthenticated: this.rtcpAuthenticated,
      rtcpAuthFailures: this.rtcpFailures,
      ...(entropy !== undefined ? { payloadEntropy: entropy } : {}),
    };
  }
}
