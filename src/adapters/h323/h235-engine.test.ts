import { afterEach, describe, expect, it } from "vitest";
import { callPair, type EnginePair, recordedConnections } from "../../../test/support/h323/engine-pair.js";
import { connectionsCapture, haveTshark, tsharkFields } from "../../../test/support/h323/link-capture.js";
import { serializeRtpPacket } from "../../protocol/rtp/rtp-packet.js";
import { asPayloadType, asRtpTimestamp, asSequenceNumber, asSsrc } from "../../protocol/rtp/types.js";
import type { H245Mode, H323Call } from "./h323-call.js";

// H.235.6 between our caller and our listener on loopback: DH tokens in Setup and Connect,
// media keys in the H.245 channels from whichever end is master, key updates over H.245, and
// the keys really shared: what one end's transform encrypts, the other's decrypts.

const open: EnginePair[] = [];
afterEach(async () => {
  for (const p of open.splice(0)) {
    await p.caller.hangUp();
    await p.listener.close();
  }
});

async function pair(mode: H245Mode): Promise<EnginePair> {
  const p = await callPair(mode, "h235");
  open.push(p);
  return p;
}

async function until(f: () => boolean): Promise<void> {
  while (!f()) await new Promise((r) => setTimeout(r, 20));
}

const rtp = (seq: number, pt: number, length: number) =>
  serializeRtpPacket({
    marker: false,
    payloadType: asPayloadType(pt),
    sequenceNumber: asSequenceNumber(seq),
    timestamp: asRtpTimestamp(seq * 3000),
    ssrc: asSsrc(77),
    csrcs: [],
    // an H.264 FU-A start for video, anything for audio
    payload: Uint8Array.from({ length }, (_, i) => (i === 0 ? 0x7c : i === 1 ? 0x85 : (i * 7) & 0xff)),
    paddingLength: 0,
  });

/** Media from `a` to `b` on `kind`, through both ends' transforms (what the RTP endpoints do). */
function carried(a: H323Call, b: H323Call, kind: "audio" | "video", seq: number): boolean {
  const clear = rtp(seq, kind === "video" ? 96 : 9, 200);
  const wire = a.encryption().agreed!.media[kind].protectRtp(clear);
  if (!wire) return false;
  expect(Buffer.from(wire.subarray(12)).equals(Buffer.from(clear.subarray(12)))).toBe(false);
  return Buffer.from(b.encryption().agreed!.media[kind].unprotectRtp(wire)).equals(Buffer.from(clear));
}

/** Every channel both ways has its key: four key messages at each end (two OLCs, two Acks). */
const keyed = (c: H323Call) => {
  const a = c.encryption().agreed;
  return a !== undefined && a.keyMessages.filter((m) => !m.error).length >= 4;
};

/** encryptionUpdateAcks received by either end so far. */
const acks = (p: EnginePair) =>
  [p.caller, p.callee]
    .flatMap((c) => c.encryption().agreed!.keyMessages)
    .filter((m) => m.message === "encryptionUpdateAck" && m.direction === "received").length;

describe.each<[H245Mode]>([["tunnelling"], ["separate"]])("H.235.6 on an H.323 call, %s", (mode) => {
  it("agrees DH in Setup/Connect and keys every channel from the H.245 master", async () => {
    const p = await pair(mode);
    await until(() => keyed(p.caller) && keyed(p.callee));
    const c = p.caller.encryption();
    const r = p.callee.encryption();
    expect(c.offered && r.offered).toBe(true);
    expect(c.agreed!.group).toEqual({ tokenOID: "0.0.8.235.0.3.45", bits: 2048 });
    expect(r.agreed!.group.bits).toBe(2048);
    expect(new Set([c.agreed!.role, r.agreed!.role])).toEqual(new Set(["master", "slave"]));
    const master = c.agreed!.role === "master" ? c : r;
    const slave = master === c ? r : c;
    // the master sends a key per channel (its OLCs and its Acks); the slave receives them all
    expect(master.agreed!.keyMessages.every((m) => m.direction === "sent" && !m.error)).toBe(true);
    expect(slave.agreed!.keyMessages.every((m) => m.direction === "received" && !m.error)).toBe(true);
    expect(master.agreed!.keyMessages.map((m) => m.message).sort()).toEqual([
      "openLogicalChannel",
      "openLogicalChannel",
      "openLogicalChannelAck",
      "openLogicalChannelAck",
    ]);
    for (const kind of ["audio", "video"] as const) {
      for (let s = 0; s < 5; s++) {
        expect(carried(p.caller, p.callee, kind, s)).toBe(true);
        expect(carried(p.callee, p.caller, kind, s)).toBe(true);
      }
    }
    const caller = p.caller.messages().map((m) => m.name);
    expect(caller).toContain("Setup");
  });

  it("updates a key over H.245 from either end, and media keeps flowing", async () => {
    const p = await pair(mode);
    await until(() => keyed(p.caller) && keyed(p.callee));
    for (const [from, to] of [
      [p.caller, p.callee],
      [p.callee, p.caller],
    ] as const) {
      const before = acks(p);
      expect(from.updateMediaKey("audio")).toBe(true);
      // slave: request, command, ack; master: command, ack
      await until(() => acks(p) > before);
      for (let s = 100; s < 110; s++) expect(carried(from, to, "audio", s)).toBe(true);
    }
    const all = [...p.caller.encryption().agreed!.keyMessages, ...p.callee.encryption().agreed!.keyMessages];
    expect(all.filter((m) => m.error)).toEqual([]);
    expect(all.filter((m) => m.message === "encryptionUpdateCommand").length).toBe(4);
  });

  it.skipIf(!haveTshark)(
    "tokens, h235Media, encryptionSync and key updates decode in tshark, none malformed",
    async () => {
      const p = await pair(mode);
      await until(() => keyed(p.caller) && keyed(p.callee));
      p.caller.updateMediaKey("video");
      await until(() =>
        [p.caller, p.callee].some((c) =>
          c
            .encryption()
            .agreed!.keyMessages.some(
              (m) => m.message === "encryptionUpdateAck" && m.direction === "received",
            ),
        ),
      );
      await p.caller.hangUp();
      const capture = connectionsCapture(recordedConnections(p.caller.messages()));
      expect(
        tsharkFields(capture, "_ws.malformed || _ws.expert.severity >= error", ["frame.number"]),
      ).toEqual([]);
      expect(tsharkFields(capture, "h235.tokenOID", ["h235.tokenOID"]).flat().join(",")).toContain(
        "0.0.8.235.0.3.45",
      );
      expect(
        tsharkFields(capture, "h245.encryptionSync_element", ["frame.number"]).length,
      ).toBeGreaterThanOrEqual(2);
      expect(tsharkFields(capture, "h245.h235Media_element", ["frame.number"]).length).toBeGreaterThanOrEqual(
        2,
      );
    },
  );
});

describe("H.235.6 not taken", () => {
  it("with fast start: offered, not agreed, the reason said, media in clear", async () => {
    const p = await pair("fastStart");
    const c = p.caller.encryption();
    expect(c.offered).toBe(true);
    expect(c.agreed).toBeUndefined();
    expect(c.failure).toMatch(/no clearTokens/);
    expect(p.callee.encryption().failure).toMatch(/fast start/);
  });
});
