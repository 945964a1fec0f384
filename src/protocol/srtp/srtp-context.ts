import { readU32, writeU32 } from "../big-endian.js";
import { need } from "../parse-error.js";
import { rtpHeaderLength } from "../rtp/rtp-packet.js";
import { deriveSessionKeys, type SessionKeys } from "./key-derivation.js";
import { createReplayWindow, type ReplayWindow } from "./replay-window.js";
import { AesCmKeystream, HmacSha1 } from "./session-crypto.js";
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
  /**
   * RFC 3711 §3.3: encrypts the payload and appends the authentication tag. With `inPlace` the
   * caller gives the packet up: when its buffer has room for the trailer after it (a packet
   * unprotected in place has the room its tag took), the SRTP packet is written over it and
   * returned as a view of that buffer; otherwise into a new array, as without.
   */
  protectRtp(packet: Uint8Array, inPlace?: boolean): Uint8Array;
  /**
   * RFC 3711 §3.3: verifies, replay-checks and decrypts. Throws SrtpError or ParseError. With
   * `inPlace` the caller gives the packet up: it is decrypted where it lies and a view of it
   * without the trailer is returned; otherwise the packet is left as it was and a new array
   * returned.
   */
  unprotectRtp(packet: Uint8Array, inPlace?: boolean): Uint8Array;
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

/** The keystream and the authenticator of one direction of SRTP or SRTCP. */
interface Transform {
  readonly cipher: AesCmKeystream;
  readonly auth: HmacSha1;
}

function transform(keys: SessionKeys): Transform {
  return {
    cipher: new AesCmKeystream(keys.encryptionKey, keys.salt),
    auth: new HmacSha1(keys.authenticationKey),
  };
}

/** Compares the received tag with the leading octets of the computed HMAC in constant time. */
function tagMatches(received: Uint8Array, computed: Uint8Array, length = received.length): boolean {
  let diff = 0;
  for (let i = 0; i < length; i++) diff |= received[i]! ^ computed[i]!;
  return diff === 0;
}

/** Writes the leading `length` octets of the HMAC into `out` at `at`: the tag (RFC 3711 §4.2). */
function copyTag(hmac: Uint8Array, out: Uint8Array, at: number, length: number): void {
  for (let i = 0; i < length; i++) out[at + i] = hmac[i]!;
}

/** Creates an SRTP context for one media stream pair (AES_CM_128_HMAC_SHA1_80 or _32). */
export function createSrtpContext(opts: SrtpContextOptions): SrtpContext {
  const params = srtpSuiteParams(opts.suite);
  const local = opts.localKey instanceof Uint8Array ? splitKeyMaterial(opts.localKey) : opts.localKey;
  const remote = opts.remoteKey instanceof Uint8Array ? splitKeyMaterial(opts.remoteKey) : opts.remoteKey;
  const txKeys = deriveSessionKeys(local.key, local.salt);
  const rxKeys = deriveSessionKeys(remote.key, remote.salt);
  const tx = { rtp: transform(txKeys.rtp), rtcp: transform(txKeys.rtcp) };
  const rx = { rtp: transform(rxKeys.rtp), rtcp: transform(rxKeys.rtcp) };
  /** The ROC appended to the authenticated portion of an SRTP packet (RFC 3711 §4.2). */
  const rocOctets = new Uint8Array(4);
  /** The tag of the packet being unprotected, kept aside (in place, the ROC is written over it). */
  const receivedTag = new Uint8Array(params.rtpTagLength);
  const localMki = local.mki ?? new Uint8Array(0);
  const remoteMkiLength = opts.remoteMkiLength ?? 0;
  const windowSize = opts.replayWindow ?? 128;
  const sending = new Map<number, SendState>();
  const receiving = new Map<number, ReceiveState>();
  const rtcpSendIndex = new Map<number, number>();
  const rtcpReplay = new Map<number, ReplayWindow>();

  return {
    suite: opts.suite,

    protectRtp(packet, inPlace = false) {
      const headerLength = rtpHeaderLength(packet);
      const length = packet.length;
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
      const tagAt = length + localMki.length;
      const total = tagAt + params.rtpTagLength;
      const out =
        inPlace && packet.byteOffset + total <= packet.buffer.byteLength
          ? new Uint8Array(packet.buffer, packet.byteOffset, total)
          : new Uint8Array(total);
      if (out.buffer !== packet.buffer) out.set(packet.subarray(0, headerLength), 0);
      tx.rtp.cipher.xor(
        ssrc,
        v * 0x1_0000 + seq,
        packet.subarray(headerLength),
        out.subarray(headerLength, length),
      );
      // RFC 3711 §4.2: the tag covers header and encrypted payload (not the MKI) and the ROC.
      let tag: Uint8Array;
      if (localMki.length === 0) {
        // The ROC is written where the tag goes (at least 4 octets): the HMAC reads one span.
        writeU32(out, length, v);
        tag = tx.rtp.auth.digest(out.subarray(0, length + 4));
      } else {
        out.set(localMki, length);
        writeU32(rocOctets, 0, v);
        tag = tx.rtp.auth.digest(out.subarray(0, length), rocOctets);
      }
      copyTag(tag, out, tagAt, params.rtpTagLength);
      return out;
    },

    unprotectRtp(packet, inPlace = false) {
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
      const tagAt = packet.length - params.rtpTagLength;
      let computed: Uint8Array;
      if (inPlace && params.rtpTagLength >= 4) {
        // The packet is ours: keep its tag aside and write the ROC over it, as protectRtp does.
        for (let i = 0; i < params.rtpTagLength; i++) receivedTag[i] = packet[tagAt + i]!;
        writeU32(packet, end, roc);
        computed = rx.rtp.auth.digest(packet.subarray(0, end + 4));
      } else {
        receivedTag.set(packet.subarray(tagAt));
        writeU32(rocOctets, 0, roc);
        computed = rx.rtp.auth.digest(packet.subarray(0, end), rocOctets);
      }
      if (!tagMatches(receivedTag, computed, params.rtpTagLength)) {
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
      if (inPlace) {
        const plain = new Uint8Array(packet.buffer, packet.byteOffset, end);
        rx.rtp.cipher.xor(ssrc, index, plain.subarray(headerLength), plain.subarray(headerLength));
        return plain;
      }
      // A new array: the caller's packet (often a view into a capture or socket buffer) is left as it was.
      const out = new Uint8Array(end);
      out.set(packet.subarray(0, headerLength), 0);
      rx.rtp.cipher.xor(ssrc, index, packet.subarray(headerLength, end), out.subarray(headerLength));
      return out;
    },

    protectRtcp(packet) {
      need(packet, 0, 8, "RTCP", "header");
      const ssrc = readU32(packet, 4);
      // RFC 3711 §3.4: the 31-bit SRTCP index counts packets per SSRC; the first packet sent is 1.
      const index = ((rtcpSendIndex.get(ssrc) ?? 0) + 1) % 0x8000_0000;
      rtcpSendIndex.set(ssrc, index);
      const out = new Uint8Array(packet.length + 4 + localMki.length + params.rtcpTagLength);
      out.set(packet.subarray(0, 8), 0);
      tx.rtcp.cipher.xor(ssrc, index, packet.subarray(8), out.subarray(8, packet.length));
      writeU32(out, packet.length, (index | 0x8000_0000) >>> 0); // E = 1: encrypted
      out.set(localMki, packet.length + 4);
      const tag = tx.rtcp.auth.digest(out.subarray(0, packet.length + 4));
      out.set(tag.subarray(0, params.rtcpTagLength), packet.length + 4 + localMki.length);
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
      if (!tagMatches(tag, rx.rtcp.auth.digest(packet.subarray(0, indexAt + 4)))) {
        throw new SrtpError("authentication", "SRTCP", ssrc, `tag mismatch at index ${index}`);
      }
      if (!replay) {
        replay = createReplayWindow(windowSize);
        rtcpReplay.set(ssrc, replay);
      }
      replay.accept(index);
      // A new array, never a view of the caller's packet (Buffer.slice would be one).
      const out = new Uint8Array(indexAt);
      if (encrypted) {
        out.set(packet.subarray(0, 8), 0);
        rx.rtcp.cipher.xor(ssrc, index, packet.subarray(8, indexAt), out.subarray(8));
      } else {
        out.set(packet.subarray(0, indexAt), 0);
      }
      return out;
    },
  };
}
