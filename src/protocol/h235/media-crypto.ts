import { H235Error } from "./h235-error.js";
import type { MediaKey } from "./media-key.js";
import { decryptRtpPayload, encryptRtpPayload, type H235Padding } from "./rtp-payload-cipher.js";
import { type RandomnessReading, readRandomness, WireRandomness } from "./wire-randomness.js";

/** What H.235.6 decryption saw on one receive path, for the encryption verdict. */
export interface H235ReceiveCounters {
  /** Packets whose ciphertext decrypted with a key we hold (length, padding, payload check). */
  decrypted: number;
  /** Packets that did not decrypt: impossible length, bad padding, payload check failed. */
  failed: number;
  /** Packets that came before any key for their channel. */
  noKey: number;
  /** Packets we did not send because the channel's key had not come yet (never sent in clear). */
  heldBack: number;
  /** Packets taken in clear on a channel the far end opened without h235Media. */
  clear: number;
}

/** The counters with the reading of the wire octets. */
export interface H235ReceiveMeasurement extends H235ReceiveCounters {
  readonly wireOctets: number;
  readonly chiSquare?: number;
  readonly randomness: RandomnessReading;
}

/** Optional check that a decrypted payload is plausible for the channel's codec. */
export type PayloadCheck = (payload: Uint8Array) => boolean;

/** Keys kept per synchFlag: the one in use and the newest, for the switch-over. */
const KEEP = 2;

/**
 * The H.235.6 media transform of one RTP session (one medium) of a call, pure: the key of the
 * channel we transmit on, and the keys of the channel we receive on by synchFlag (H.235.0 §8.5:
 * the payload type the key applies to). The key that last decrypted is tried first, so a new
 * key (a key update) takes over when the sender's packets stop decrypting under the old one.
 * Packets of a payload type no key names are tried with every key held. RTCP is not encrypted
 * by H.235.6. Shaped like the RTP endpoint's SRTP transform, so media takes the same path.
 */
export class H235MediaCrypto {
  private sendKey: Uint8Array | undefined;
  private readonly receive = new Map<number, Uint8Array[]>();
  private readonly wire = new WireRandomness();
  readonly counters: H235ReceiveCounters = { decrypted: 0, failed: 0, noKey: 0, heldBack: 0, clear: 0 };
  /** The far end opened its channel of this medium in clear: its packets are taken as they are. */
  receiveClear = false;

  constructor(
    private readonly padding: H235Padding = "rtp-always",
    private readonly check?: PayloadCheck,
  ) {}

  /** Installs the key we transmit with (our channel's encryptionSync, or a key update). */
  setSendKey(media: MediaKey): void {
    this.sendKey = media.key;
  }

  /** Installs a key we receive with; the key in use for that synchFlag stays first until the new one decrypts. */
  addReceiveKey(media: MediaKey): void {
    const keys = this.receive.get(media.synchFlag) ?? [];
    keys.push(media.key);
    while (keys.length > KEEP) keys.splice(1, 1);
    this.receive.set(media.synchFlag, keys);
  }

  /** Encrypts; undefined (the packet is not sent) until the channel's key has come. */
  protectRtp(packet: Uint8Array): Uint8Array | undefined {
    if (!this.sendKey) {
      this.counters.heldBack++;
      return undefined;
    }
    return encryptRtpPayload(packet, this.sendKey, this.padding);
  }

  /** Decrypts with the first key (the one last used first) that yields a plausible payload; throws H235Error otherwise. */
  unprotectRtp(packet: Uint8Array): Uint8Array {
    this.wire.add(payloadOf(packet));
    if (this.receiveClear) {
      this.counters.clear++;
      return packet;
    }
    const pt = packet.length > 1 ? packet[1]! & 0x7f : -1;
    const keys = this.receive.get(pt) ?? [...this.receive.values()].flat();
    if (keys.length === 0) {
      this.counters.noKey++;
      throw new H235Error("no-key", "rtp.payloadType", `payload type ${pt}: no media key yet`);
    }
    // With more than one key (a key update under way) the key is chosen on the strict padding
    // check first, so a wrong key is hardly ever taken; then on the count alone.
    const passes = keys.length > 1 ? [true, false] : [false];
    for (const strict of passes) {
      const plain = this.tryKeys(keys, packet, strict);
      if (plain) return plain;
    }
    this.counters.failed++;
    throw this.lastFailure;
  }

  private lastFailure: unknown;

  private tryKeys(keys: Uint8Array[], packet: Uint8Array, strict: boolean): Uint8Array | undefined {
    for (const [i, key] of keys.entries()) {
      try {
        const plain = decryptRtpPayload(packet, key, strict);
        if (this.check && !this.check(payloadOf(plain))) {
          throw new H235Error(
            "bad-ciphertext",
            "rtp.payload",
            "decrypted payload is not valid for the codec",
          );
        }
        this.counters.decrypted++;
        if (i > 0) keys.unshift(...keys.splice(i, 1));
        return plain;
      } catch (e) {
        if (!(e instanceof H235Error)) throw e;
        this.lastFailure = e;
      }
    }
    return undefined;
  }

  protectRtcp(packet: Uint8Array): Uint8Array {
    return packet;
  }

  unprotectRtcp(packet: Uint8Array): Uint8Array {
    return packet;
  }

  measurement(): H235ReceiveMeasurement {
    const chi = this.wire.chiSquare();
    return {
      ...this.counters,
      wireOctets: this.wire.octets,
      ...(chi !== undefined ? { chiSquare: Math.round(chi) } : {}),
      randomness: readRandomness(this.wire),
    };
  }
}

/** The payload of an RTP packet, lengths unchecked beyond the buffer (a view, maybe empty). */
function payloadOf(packet: Uint8Array): Uint8Array {
  if (packet.length < 12) return packet.subarray(packet.length);
  const cc = packet[0]! & 0x0f;
  let at = 12 + cc * 4;
  if (packet[0]! & 0x10 && packet.length >= at + 4) at += 4 + ((packet[at + 2]! << 8) | packet[at + 3]!) * 4;
  return packet.subarray(Math.min(at, packet.length));
}
