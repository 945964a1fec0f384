import { H235Error } from "./h235-error.js";
import type { MediaKey } from "./media-key.js";
import { decryptRtpPayload, encryptRtpPayload, type H235Padding } from "./rtp-payload-cipher.js";

/** What H.235.6 decryption saw on one receive path, for the encryption verdict. */
export interface H235ReceiveCounters {
  /** Packets whose ciphertext decrypted with a key we hold (length, padding, payload check). */
  decrypted: number;
  /** Packets that did not decrypt: impossible length, bad padding, payload check failed. */
  failed: number;
  /** Packets of a payload type no encryptionSync gave a key for. */
  noKey: number;
}

/** Optional check that a decrypted payload is plausible for the channel's codec. */
export type PayloadCheck = (payload: Uint8Array) => boolean;

/** Keys kept per synchFlag: the newest and the one it replaced, for the switch-over. */
const KEEP = 2;

/**
 * The H.235.6 media transform of one call leg, pure: the key we encrypt with per payload type
 * (from the encryptionSync of the channels we transmit on) and the keys we decrypt with per
 * payload type (synchFlag, H.235.0 §8.5), the newest first. RTCP is not encrypted by H.235.6.
 * Shape of the RTP endpoint's SRTP transform, so the same media paths carry it.
 */
export class H235MediaCrypto {
  private readonly send = new Map<number, Uint8Array>();
  private readonly receive = new Map<number, Uint8Array[]>();
  readonly counters: H235ReceiveCounters = { decrypted: 0, failed: 0, noKey: 0 };

  constructor(
    private readonly padding: H235Padding = "rtp",
    private readonly check?: PayloadCheck,
  ) {}

  /** Installs a key we transmit with (our channel's encryptionSync, or a key update we acked). */
  setSendKey(media: MediaKey): void {
    this.send.set(media.synchFlag, media.key);
  }

  /** Installs a key we receive with; the previous key for that synchFlag stays as a fallback. */
  addReceiveKey(media: MediaKey): void {
    const keys = this.receive.get(media.synchFlag) ?? [];
    this.receive.set(media.synchFlag, [media.key, ...keys].slice(0, KEEP));
  }

  get receiving(): boolean {
    return this.receive.size > 0;
  }

  protectRtp(packet: Uint8Array): Uint8Array {
    const key = this.send.get(packet[1]! & 0x7f);
    // A payload type without a key is sent as it is: the verdict at the far end will say so.
    return key ? encryptRtpPayload(packet, key, this.padding) : packet;
  }

  /** Decrypts with the newest key that yields a plausible payload; throws H235Error otherwise. */
  unprotectRtp(packet: Uint8Array): Uint8Array {
    const pt = packet.length > 1 ? packet[1]! & 0x7f : -1;
    const keys = this.receive.get(pt);
    if (!keys) {
      this.counters.noKey++;
      throw new H235Error("no-key", "rtp.payloadType", `payload type ${pt} has no media key`);
    }
    let failure: unknown;
    for (const key of keys) {
      try {
        const plain = decryptRtpPayload(packet, key);
        if (this.check && !this.check(payloadOf(plain))) {
          throw new H235Error(
            "bad-ciphertext",
            "rtp.payload",
            "decrypted payload is not valid for the codec",
          );
        }
        this.counters.decrypted++;
        return plain;
      } catch (e) {
        if (!(e instanceof H235Error)) throw e;
        failure ??= e;
      }
    }
    this.counters.failed++;
    throw failure;
  }

  protectRtcp(packet: Uint8Array): Uint8Array {
    return packet;
  }

  unprotectRtcp(packet: Uint8Array): Uint8Array {
    return packet;
  }
}

function payloadOf(packet: Uint8Array): Uint8Array {
  const cc = packet[0]! & 0x0f;
  let at = 12 + cc * 4;
  if (packet[0]! & 0x10) at += 4 + ((packet[at + 2]! << 8) | packet[at + 3]!) * 4;
  return packet.subarray(at);
}
