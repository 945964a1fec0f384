import type { H245 } from "../asn1/index.js";
import { H235Error } from "./h235-error.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import {
  encryptionUpdateAck,
  encryptionUpdateCommand,
  encryptionUpdateRequest,
  type KeyUpdate,
} from "./key-update.js";
import { H235MediaCrypto, type PayloadCheck } from "./media-crypto.js";
import { buildEncryptionSync, readEncryptionSync } from "./media-key.js";
import type { H235Padding } from "./rtp-payload-cipher.js";

export type MediaKind = "audio" | "video";

/** One key-distribution message of the call as we sent or read it, for the evidence. */
export interface H235KeyRecord {
  readonly direction: "sent" | "received";
  /** "openLogicalChannel", "openLogicalChannelAck", "encryptionUpdateCommand", ... */
  readonly message: string;
  readonly channel: number;
  readonly kind?: MediaKind;
  readonly synchFlag?: number;
  /** Why a received key could not be used; absent when it was. */
  readonly error?: string;
}

interface Channel {
  readonly kind: MediaKind;
  /** "send": we transmit on it (we opened it); "receive": the far end opened it. */
  readonly way: "send" | "receive";
  readonly synchFlag: number;
  /** A key was given for it (by us as master, or read from the master). */
  keyed: boolean;
}

/**
 * The media keys of one H.323 call under H.235.6 once the DH master key is agreed: the H.245
 * master creates a key per logical channel and sends it encrypted in encryptionSync, in the
 * OpenLogicalChannel of a channel it opens or in the Ack to one the slave opens; the
 * transmitter encrypts with it, the receiver decrypts. Key updates: the master answers an
 * encryptionUpdateRequest with a new key (encryptionUpdateCommand), the other end installs it
 * and acknowledges (encryptionUpdateAck). Pure: the random keys come from `randomKey`.
 */
export class H235CallKeys {
  role: "master" | "slave" | undefined;
  readonly crypto: Readonly<Record<MediaKind, H235MediaCrypto>>;
  readonly records: H235KeyRecord[] = [];
  /**
   * Channels by way and number: each end numbers the channels it opens (H.245
   * forwardLogicalChannelNumber), so "send 1" and "receive 1" are two channels.
   */
  private readonly channels = new Map<string, Channel & { readonly number: number }>();
  /** Our send channels we asked the master a new key for (encryptionUpdateRequest). */
  private readonly requested = new Set<number>();
  /** Bound on records kept, so a flood of key updates cannot grow memory without end. */
  private static readonly MAX_RECORDS = 200;

  constructor(
    private readonly masterKey: Uint8Array,
    private readonly randomKey: () => Uint8Array,
    options: { padding?: H235Padding; check?: Partial<Record<MediaKind, PayloadCheck>> } = {},
  ) {
    this.crypto = {
      audio: new H235MediaCrypto(options.padding, options.check?.audio),
      video: new H235MediaCrypto(options.padding, options.check?.video),
    };
  }

  private record(r: H235KeyRecord): void {
    if (this.records.length < H235CallKeys.MAX_RECORDS) this.records.push(r);
  }

  private newKey(c: Channel): H245.EncryptionSync {
    c.keyed = true;
    const media = { synchFlag: c.synchFlag, key: this.randomKey(), algorithmOID: OID_AES128_CBC };
    this.install(c, media);
    return buildEncryptionSync(this.masterKey, media);
  }

  private install(c: Channel, media: { synchFlag: number; key: Uint8Array; algorithmOID: string }): void {
    if (c.way === "send") this.crypto[c.kind].setSendKey(media);
    else this.crypto[c.kind].addReceiveKey(media);
  }

  /** Reads a key the master sent for channel `number`; records and returns false when unusable. */
  private take(number: number, c: Channel, sync: H245.EncryptionSync, message: string): boolean {
    try {
      const media = readEncryptionSync(this.masterKey, sync, `${message}.encryptionSync`);
      this.install(c, { ...media, synchFlag: sync.synchFlag });
      c.keyed = true;
      this.record({
        direction: "received",
        message,
        channel: number,
        kind: c.kind,
        synchFlag: sync.synchFlag,
      });
      return true;
    } catch (e) {
      if (!(e instanceof H235Error)) throw e;
      this.record({ direction: "received", message, channel: number, kind: c.kind, error: e.message });
      return false;
    }
  }

  /** We open channel `number`: as master, its encryptionSync for the OpenLogicalChannel. */
  openingChannel(number: number, kind: MediaKind, synchFlag: number): H245.EncryptionSync | undefined {
    const c = { number, kind, way: "send" as const, synchFlag, keyed: false };
    this.channels.set(`send ${number}`, c);
    if (this.role !== "master") return undefined;
    const sync = this.newKey(c);
    this.record({ direction: "sent", message: "openLogicalChannel", channel: number, kind, synchFlag });
    return sync;
  }

  /**
   * The far end opens channel `number` to us: its key when it is master, else (we are master)
   * a new key for the Ack.
   */
  channelRequested(
    number: number,
    kind: MediaKind,
    synchFlag: number,
    sync: H245.EncryptionSync | undefined,
    encrypted = true,
  ): H245.EncryptionSync | undefined {
    const c = { number, kind, way: "receive" as const, synchFlag, keyed: false };
    this.channels.set(`receive ${number}`, c);
    if (!encrypted) {
      // H.235.0 §8: an encrypted channel is opened with h235Media; this one carries clear media.
      this.crypto[kind].receiveClear = true;
      this.record({
        direction: "received",
        message: "openLogicalChannel",
        channel: number,
        kind,
        error: "opened without h235Media: its media comes in clear",
      });
      return undefined;
    }
    if (sync) {
      this.take(number, c, sync, "openLogicalChannel");
      return undefined;
    }
    if (this.role !== "master") {
      this.record({
        direction: "received",
        message: "openLogicalChannel",
        channel: number,
        kind,
        error: "no encryptionSync from the H.245 master",
      });
      return undefined;
    }
    const ack = this.newKey(c);
    this.record({ direction: "sent", message: "openLogicalChannelAck", channel: number, kind, synchFlag });
    return ack;
  }

  /** The Ack to our channel `number`: as slave, the key the master gave it. */
  channelAcked(number: number, sync: H245.EncryptionSync | undefined): void {
    const c = this.channels.get(`send ${number}`);
    if (!c) return;
    if (sync) this.take(number, c, sync, "openLogicalChannelAck");
    else if (this.role !== "master")
      this.record({
        direction: "received",
        message: "openLogicalChannelAck",
        channel: number,
        kind: c.kind,
        error: "no encryptionSync from the H.245 master",
      });
  }

  /**
   * Master/slave is known. As master, channels opened before it was (so without a key) get
   * theirs now in an encryptionUpdateCommand.
   */
  roleDetermined(role: "master" | "slave"): H245.MiscellaneousCommand[] {
    this.role = role;
    if (role !== "master") return [];
    const out: H245.MiscellaneousCommand[] = [];
    for (const c of this.channels.values()) {
      const number = c.number;
      if (c.keyed || this.crypto[c.kind].receiveClear) continue;
      out.push(encryptionUpdateCommand(number, this.newKey(c)));
      this.record({
        direction: "sent",
        message: "encryptionUpdateCommand",
        channel: number,
        kind: c.kind,
        synchFlag: c.synchFlag,
      });
    }
    return out;
  }

  /**
   * A new key for the channel we transmit `kind` on: as master, a new key at once
   * (encryptionUpdateCommand); as slave, encryptionUpdateRequest to the master.
   */
  updateSendKey(kind: MediaKind): H245.MiscellaneousCommand[] {
    const c = [...this.channels.values()].find((x) => x.kind === kind && x.way === "send");
    if (!c || !this.role) return [];
    const number = c.number;
    if (this.role === "master") {
      this.record({
        direction: "sent",
        message: "encryptionUpdateCommand",
        channel: number,
        kind,
        synchFlag: c.synchFlag,
      });
      return [encryptionUpdateCommand(number, this.newKey(c))];
    }
    this.requested.add(number);
    this.record({
      direction: "sent",
      message: "encryptionUpdateRequest",
      channel: number,
      kind,
      synchFlag: c.synchFlag,
    });
    return [encryptionUpdateRequest(number, c.synchFlag)];
  }

  /**
   * The channel a key update names. Both ends may use the same number for their own channels;
   * a request comes from the transmitter of the channel (we receive it), a command answers our
   * request (our send channel) or else updates what the master sends (we receive it).
   */
  private channelOf(u: KeyUpdate): (Channel & { readonly number: number }) | undefined {
    const send = this.channels.get(`send ${u.channel}`);
    const receive = this.channels.get(`receive ${u.channel}`);
    if (u.kind === "command" && this.requested.delete(u.channel)) return send ?? receive;
    return u.kind === "ack" ? (send ?? receive) : (receive ?? send);
  }

  /** A key update from the far end; what to send back (H.245 MiscellaneousCommands). */
  keyUpdate(u: KeyUpdate): H245.MiscellaneousCommand[] {
    const c = this.channelOf(u);
    const name =
      u.kind === "request"
        ? "encryptionUpdateRequest"
        : u.kind === "command"
          ? "encryptionUpdateCommand"
          : "encryptionUpdateAck";
    if (!c) {
      this.record({
        direction: "received",
        message: name,
        channel: u.channel,
        error: "no such logical channel",
      });
      return [];
    }
    switch (u.kind) {
      case "request": {
        if (this.role !== "master") {
          this.record({
            direction: "received",
            message: name,
            channel: u.channel,
            kind: c.kind,
            error: "sent to the H.245 slave",
          });
          return [];
        }
        this.record({ direction: "received", message: name, channel: u.channel, kind: c.kind });
        const sync = this.newKey(c);
        this.record({
          direction: "sent",
          message: "encryptionUpdateCommand",
          channel: u.channel,
          kind: c.kind,
          synchFlag: c.synchFlag,
        });
        return [encryptionUpdateCommand(u.channel, sync)];
      }
      case "command":
        if (!this.take(u.channel, c, u.sync, name)) return [];
        this.record({
          direction: "sent",
          message: "encryptionUpdateAck",
          channel: u.channel,
          kind: c.kind,
          synchFlag: u.sync.synchFlag,
        });
        return [encryptionUpdateAck(u.channel, u.sync.synchFlag)];
      case "ack":
        this.record({
          direction: "received",
          message: name,
          channel: u.channel,
          kind: c.kind,
          synchFlag: u.synchFlag,
        });
        return [];
    }
  }
}
