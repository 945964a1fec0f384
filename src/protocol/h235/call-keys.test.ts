import { describe, expect, it } from "vitest";
import { serializeRtpPacket } from "../rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../rtp/types.js";
import { H235CallKeys } from "./call-keys.js";
import { encryptionUpdateRequest, readKeyUpdate } from "./key-update.js";

const master = new Uint8Array(16).fill(0x33);
let n = 0;
const randomKey = () => new Uint8Array(16).fill(++n);
const rtp = (seq: number, pt: number) =>
  serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(pt),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(seq * 160),
    ssrc: asSsrc(9),
    csrcs: [],
    payload: Uint8Array.from({ length: 160 }, (_, i) => (i + seq) & 0x7f),
    paddingLength: 0,
  });
const check = { audio: (p: Uint8Array) => (p[0]! & 0x80) === 0 };

/** Our caller (slave) and room (master) after DH, channels both ways for audio. */
function pair() {
  const m = new H235CallKeys(master, randomKey, { check });
  const s = new H235CallKeys(master, randomKey, { check });
  m.role = "master";
  s.role = "slave";
  // master opens 1 (master -> slave): key in the OLC
  const olcSync = m.openingChannel(1, "audio", 0);
  expect(olcSync).toBeDefined();
  expect(s.channelRequested(1, "audio", 0, olcSync)).toBeUndefined();
  // slave opens 2 (slave -> master): key in the master's Ack
  expect(s.openingChannel(2, "audio", 0)).toBeUndefined();
  const ackSync = m.channelRequested(2, "audio", 0, undefined);
  expect(ackSync).toBeDefined();
  s.channelAcked(2, ackSync);
  return { m, s };
}

const through = (from: H235CallKeys, to: H235CallKeys, seq: number) =>
  to.crypto.audio.unprotectRtp(from.crypto.audio.protectRtp(rtp(seq, 0))!);

describe("H235CallKeys: media keys per channel from the H.245 master (H.235.6)", () => {
  it("master -> slave in the OLC, slave -> master in the Ack: media decrypts both ways", () => {
    const { m, s } = pair();
    for (let i = 0; i < 10; i++) {
      expect(through(m, s, i)).toEqual(rtp(i, 0));
      expect(through(s, m, i)).toEqual(rtp(i, 0));
    }
    expect(s.records.map((r) => `${r.direction} ${r.message} ${r.channel}`)).toEqual([
      "received openLogicalChannel 1",
      "received openLogicalChannelAck 2",
    ]);
    expect(m.records.map((r) => `${r.direction} ${r.message} ${r.channel}`)).toEqual([
      "sent openLogicalChannel 1",
      "sent openLogicalChannelAck 2",
    ]);
  });

  it("key update: the slave asks, the master sends a new key, the slave installs it and acks", () => {
    const { m, s } = pair();
    const replies = m.keyUpdate(readKeyUpdate(encryptionUpdateRequest(2))!);
    expect(replies.map((r) => r.type.choice)).toEqual(["encryptionUpdateCommand"]);
    // the slave still sends under the old key until it reads the command: both decrypt
    expect(through(s, m, 1)).toEqual(rtp(1, 0));
    const acks = s.keyUpdate(readKeyUpdate(replies[0]!)!);
    expect(acks.map((r) => r.type.choice)).toEqual(["encryptionUpdateAck"]);
    expect(through(s, m, 2)).toEqual(rtp(2, 0));
    expect(m.keyUpdate(readKeyUpdate(acks[0]!)!)).toEqual([]);
    expect(m.crypto.audio.counters.failed).toBe(0);
  });

  it("a key update that does not decrypt: recorded with the reason, no ack, the old key kept", () => {
    const { m, s } = pair();
    const bogus = {
      logicalChannelNumber: 1,
      type: {
        choice: "encryptionUpdateCommand" as const,
        value: { encryptionSync: { synchFlag: 0, h235Key: Uint8Array.of(0xff, 0x00) } },
      },
    };
    expect(s.keyUpdate(readKeyUpdate(bogus)!)).toEqual([]);
    expect(s.records.at(-1)!.error).toMatch(/bad-key/);
    expect(through(m, s, 5)).toEqual(rtp(5, 0));
  });

  it("a key from another master key: the media does not decrypt and is counted as failed", () => {
    const { m } = pair();
    const other = new H235CallKeys(new Uint8Array(16).fill(0x44), randomKey, { check });
    other.role = "slave";
    other.channelRequested(1, "audio", 0, m.openingChannel(3, "audio", 0));
    let failed = 0;
    for (let i = 0; i < 40; i++) {
      try {
        other.crypto.audio.unprotectRtp(m.crypto.audio.protectRtp(rtp(i, 0))!);
      } catch {
        failed++;
      }
    }
    expect(other.crypto.audio.counters.failed).toBe(failed);
    expect(failed).toBeGreaterThan(10);
  });

  it("out-of-place updates are recorded, not obeyed: unknown channel, a request to the slave, no key from the master", () => {
    const { s } = pair();
    expect(s.keyUpdate({ kind: "request", channel: 99 })).toEqual([]);
    expect(s.records.at(-1)!.error).toBe("no such logical channel");
    expect(s.keyUpdate({ kind: "request", channel: 2 })).toEqual([]);
    expect(s.records.at(-1)!.error).toBe("sent to the H.245 slave");
    expect(s.channelRequested(7, "video", 96, undefined)).toBeUndefined();
    expect(s.records.at(-1)!.error).toMatch(/no encryptionSync/);
  });

  it("a flood of updates keeps a bounded record", () => {
    const { m } = pair();
    for (let i = 0; i < 1000; i++) m.keyUpdate({ kind: "ack", channel: 1, synchFlag: 0 });
    expect(m.records.length).toBeLessThanOrEqual(200);
  });
});

describe("H235CallKeys: channels before master/slave is known, and clear channels", () => {
  it("channels opened before the role is known get their keys in encryptionUpdateCommand", () => {
    const m = new H235CallKeys(master, randomKey, { check });
    const s = new H235CallKeys(master, randomKey, { check });
    expect(m.openingChannel(1, "audio", 0)).toBeUndefined();
    expect(s.channelRequested(1, "audio", 0, undefined)).toBeUndefined();
    s.role = "slave";
    const cmds = m.roleDetermined("master");
    expect(cmds.map((c) => c.type.choice)).toEqual(["encryptionUpdateCommand"]);
    expect(s.keyUpdate(readKeyUpdate(cmds[0]!)!).map((c) => c.type.choice)).toEqual(["encryptionUpdateAck"]);
    expect(through(m, s, 1)).toEqual(rtp(1, 0));
  });

  it("a channel opened without h235Media: its packets pass in clear and are counted", () => {
    const m = new H235CallKeys(master, randomKey);
    m.role = "master";
    expect(m.channelRequested(4, "video", 96, undefined, false)).toBeUndefined();
    expect(m.records.at(-1)!.error).toMatch(/without h235Media/);
    expect(m.crypto.video.unprotectRtp(rtp(1, 96))).toEqual(rtp(1, 96));
    expect(m.crypto.video.counters.clear).toBe(1);
    expect(m.roleDetermined("master")).toEqual([]);
  });
});
