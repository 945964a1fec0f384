import { createCipheriv, createHmac, timingSafeEqual } from "node:crypto";
import { need } from "../parse-error.js";
import { rtpHeaderLength } from "../rtp/rtp-packet.js";
import { type DerivedKeys, deriveSessionKeys, type SessionKeys } from "./key-derivation.js";
import { createReplayWindow, type ReplayWindow } from "./replay-window.js";
import { SrtpError } from "./srtp-error.js";
import { type SrtpKeyMaterial, type SrtpSuite, splitKeyMaterial, srtpSuiteParams } from "./srtp-suite.js";

export interface SrtpContextOptions {
  readonly suite: SrtpSuite;
  /** Our master key (what we protect with): 30 octets key || salt, or split. */
  readonly localKey: SrtpKeyMaterial | Uint8Array;
  /** The peer's master key (what we unprotect with). */
  readonly remoteKey: SrtpKeyMaterial | Uint8Array;
  /** Length of the MKI the peer puts in each packet (RFC 4568 `|mki:length`), default 0. */
  readonly remoteMkiLength?: number;
  /** Replay window size in packets (RFC 3711 §3.3.2 requires at least 64); default 128. */
  readonly replayWindow?: number;
}

/** One SRTP/SRTCP session: protects what we send, unprotects what we receive. Holds ROC and replay state. */
export interface SrtpContext {
  readonly suite: SrtpSuite;
  /** RFC 3711 §3.3: encrypts the payload and appends the authentication tag. */
  protectRtp(packet: Uint8Array): Uint8Array;
  /** RFC 3711 §3.3: verifies, replay-checks and decrypts. Throws SrtpError or ParseError. */
  unprotectRtp(packet: Uint8Array): Uint8Array;
  /** RFC 3711 §3.4: encrypts all but the first 8 octets, appends E||SRTCP index and the tag. */
  protectRtcp(packet: Uint8Array): Uint8Array;
  /** RFC 3711 §3.4: verifies, replay-checks and decrypts an SRTCP packet. */
  unprotectRtcp(packet: Uint8Array): Uint8Array;
}

interface SendState {
  roc: number;
  highestSeq: number;
}
interface ReceiveState {
  roc: number;
  highestSeq: number;
  replay: ReplayWindow;
}

const SEQ_HALF = 0x8000;
const ROC_MOD = 0x1_0000_0000;

/**
 * RFC 3711 §3.3.1 / Appendix A: guesses the ROC of a packet from its sequence number and
 * the highest sequence number s_l seen with the current ROC.
 */
function estimateRoc(seq: number, roc: number, sl: number): number {
  if (sl < SEQ_HALF) return seq - sl > SEQ_HALF ? (roc - 1 + ROC_MOD) % ROC_MOD : roc;
  return sl - SEQ_HALF > seq ? (roc + 1) % ROC_MOD : roc;
}

/** RFC 3711 §4.1.1: IV = (k_s * 2^16) XOR (SSRC * 2^64) XOR (i * 2^16), i being the 48-bit index. */
function counterIv(salt: Uint8Array, ssrc: number, index: number): Uint8Array {
  const iv = new Uint8Array(16);
  iv.set(salt, 0);
  iv[4] = iv[4]! ^ ((ssrc >>> 24) & 0xff);
  iv[5] = iv[5]! ^ ((ssrc >>> 16) & 0xff);
  iv[6] = iv[6]! ^ ((ssrc >>> 8) & 0xff);
  iv[7] = iv[7]! ^ (ssrc & 0xff);
  const high = Math.floor(index / ROC_MOD); // top 16 bits of the 48-bit index
  const low = index >>> 0;
  iv[8] = iv[8]! ^ ((high >>> 8) & 0xff);
  iv[9] = iv[9]! ^ (high & 0xff);
  iv[10] = iv[10]! ^ ((low >>> 24) & 0xff);
  iv[11] = iv[11]! ^ ((low >>> 16) & 0xff);
  iv[12] = iv[12]! ^ ((low >>> 8) & 0xff);
  iv[13] = iv[13]! ^ (low & 0xff);
  return iv;
}

function aesCtrInPlace(keys: SessionKeys, ssrc: number, index: number, data: Uint8Array): void {
  if (data.length === 0) return;
  const cipher = createCipheriv("aes-128-ctr", keys.encryptionKey, counterIv(keys.salt, ssrc, index));
  data.set(cipher.update(data));
}

function hmac(keys: SessionKeys, tagLength: number, ...parts: Uint8Array[]): Uint8Array {
  const h = createHmac("sha1", keys.authenticationKey);
  for (const p of parts) h.update(p);
  return new Uint8Array(h.digest().subarray(0, tagLength));
}

function be32(n: number): Uint8Array {
  return Uint8Array.of((n >>> 24) & 0xff, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff);
}

function readU32(b: Uint8Array, at: number): number {
  return ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
}

function tagsEqual(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Creates an SRTP context for one media stream pair (AES_CM_128_HMAC_SHA1_80 or _32). */
export function createSrtpContext(opts: SrtpContextOptions): SrtpContext {
  const params = srtpSuiteParams(opts.suite);
  const local = opts.localKey instanceof Uint8Array ? splitKeyMaterial(opts.localKey) : opts.localKey;
  const remote = opts.remoteKey instanceof Uint8Array ? splitKeyMaterial(opts.remoteKey) : opts.remoteKey;
  const tx: DerivedKeys = deriveSessionKeys(local.key, local.salt);
  const rx: DerivedKeys = deriveSessionKeys(remote.key, remote.salt);
  const localMki = local.mki ?? new Uint8Array(0);
  const remoteMkiLength = opts.remoteMkiLength ?? 0;
  const windowSize = opts.replayWindow ?? 128;
  const sending = new Map<number, SendState>();
  const receiving = new Map<number, ReceiveState>();
  const rtcpSendIndex = new Map<number, number>();
  const rtcpReplay = new Map<number, ReplayWindow>();

  return {
    suite: opts.suite,

    protectRtp(packet) {
      const headerLength = rtpHeaderLength(packet);
      const seq = (packet[2]! << 8) | packet[3]!;
      const ssrc = readU32(packet, 8);
      let s = sending.get(ssrc);
      if (!s) {
        s = { roc: 0, highestSeq: seq };
        sending.set(ssrc, s);
      }
      const v = estimateRoc(seq, s.roc, s.highestSeq);
      if (v === (s.roc + 1) % ROC_MOD) {
        s.roc = v;
        s.highestSeq = seq;
      } else if (v === s.roc && seq > s.highestSeq) {
        s.highestSeq = seq;
      }
      const out = new Uint8Array(packet.length + localMki.length + params.rtpTagLength);
      out.set(packet, 0);
      aesCtrInPlace(tx.rtp, ssrc, v * 0x1_0000 + seq, out.subarray(headerLength, packet.length));
      out.set(localMki, packet.length);
      out.set(
        hmac(tx.rtp, params.rtpTagLength, out.subarray(0, packet.length), be32(v)),
        packet.length + localMki.length,
      );
      return out;
    },

    unprotectRtp(packet) {
      const trailer = remoteMkiLength + params.rtpTagLength;
      const headerLength = rtpHeaderLength(packet);
      const ssrc = readU32(packet, 8);
      if (packet.length < headerLength + trailer) {
        throw new SrtpError(
          "malformed",
          "SRTP",
          ssrc,
          `${packet.length} octets leave no room for a ${trailer}-octet trailer`,
        );
      }
      const seq = (packet[2]! << 8) | packet[3]!;
      const state = receiving.get(ssrc);
      // RFC 3711 §3.3.1: the first packet of a stream sets s_l and ROC = 0.
      const roc = state ? estimateRoc(seq, state.roc, state.highestSeq) : 0;
      const index = roc * 0x1_0000 + seq;
      const replay = state?.replay ?? createReplayWindow(windowSize);
      const verdict = replay.check(index);
      if (verdict !== "new") throw new SrtpError("replay", "SRTP", ssrc, `index ${index} is ${verdict}`);
      const end = packet.length - trailer;
      const tag = packet.subarray(packet.length - params.rtpTagLength);
      if (!tagsEqual(tag, hmac(rx.rtp, params.rtpTagLength, packet.subarray(0, end), be32(roc)))) {
        throw new SrtpError("authentication", "SRTP", ssrc, `tag mismatch at index ${index}`);
      }
      replay.accept(index);
      if (!state) {
        receiving.set(ssrc, { roc, highestSeq: seq, replay });
      } else if (roc === (state.roc + 1) % ROC_MOD) {
        state.roc = roc;
        state.highestSeq = seq;
      } else if (roc === state.roc && seq > state.highestSeq) {
        state.highestSeq = seq;
      }
      const out = packet.slice(0, end);
      aesCtrInPlace(rx.rtp, ssrc, index, out.subarray(headerLength));
      return out;
    },

    protectRtcp(packet) {
      need(packet, 0, 8, "RTCP", "header");
      const ssrc = readU32(packet, 4);
      // RFC 3711 §3.4: the 31-bit SRTCP index counts packets per SSRC; the first packet sent is 1.
      const index = ((rtcpSendIndex.get(ssrc) ?? 0) + 1) % 0x8000_0000;
      rtcpSendIndex.set(ssrc, index);
      const out = new Uint8Array(packet.length + 4 + localMki.length + params.rtcpTagLength);
      out.set(packet, 0);
      aesCtrInPlace(tx.rtcp, ssrc, index, out.subarray(8, packet.length));
      out.set(be32((index | 0x8000_0000) >>> 0), packet.length); // E = 1: encrypted
      out.set(localMki, packet.length + 4);
      const tag = hmac(tx.rtcp, params.rtcpTagLength, out.subarray(0, packet.length + 4));
      out.set(tag, packet.length + 4 + localMki.length);
      return out;
    },

    unprotectRtcp(packet) {
      const trailer = 4 + remoteMkiLength + params.rtcpTagLength;
      if (packet.length < 8 + trailer) {
        throw new SrtpError(
          "malformed",
          "SRTCP",
          undefined,
          `${packet.length} octets, needs at least ${8 + trailer}`,
        );
      }
      const ssrc = readU32(packet, 4);
      const indexAt = packet.length - trailer;
      const word = readU32(packet, indexAt);
      const encrypted = (word & 0x8000_0000) !== 0;
      const index = word & 0x7fff_ffff;
      let replay = rtcpReplay.get(ssrc);
      const verdict = replay ? replay.check(index) : "new";
      if (verdict !== "new") throw new SrtpError("replay", "SRTCP", ssrc, `index ${index} is ${verdict}`);
      const tag = packet.subarray(packet.length - params.rtcpTagLength);
      if (!tagsEqual(tag, hmac(rx.rtcp, params.rtcpTagLength, packet.subarray(0, indexAt + 4)))) {
        throw new SrtpError("authentication", "SRTCP", ssrc, `tag mismatch at index ${index}`);
      }
      if (!replay) {
        replay = createReplayWindow(windowSize);
        rtcpReplay.set(ssrc, replay);
      }
      replay.accept(index);
      const out = packet.slice(0, indexAt);
      if (encrypted) aesCtrInPlace(rx.rtcp, ssrc, index, out.subarray(8));
      return out;
    },
  };
}
