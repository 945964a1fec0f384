import { describe, expect, it } from "vitest";
import type { H235ReceiveMeasurement } from "../protocol/h235/media-crypto.js";
import { type H323EncryptionEvidence, h323EncryptionCheck } from "./h323-encryption-check.js";

const m = (over: Partial<H235ReceiveMeasurement>): H235ReceiveMeasurement => ({
  decrypted: 500,
  failed: 0,
  noKey: 0,
  heldBack: 0,
  clear: 0,
  wireOctets: 80_000,
  chiSquare: 260,
  randomness: "ciphertext",
  ...over,
});

const agreed: H323EncryptionEvidence = {
  endpointRole: "caller",
  offeredBy: "endpoint",
  agreed: {
    group: { tokenOID: "0.0.8.235.0.3.45", bits: 2048 },
    ourRole: "master",
    keyMessages: [
      { direction: "sent", message: "openLogicalChannel", channel: 1, kind: "audio", synchFlag: 9 },
      { direction: "sent", message: "openLogicalChannelAck", channel: 1, kind: "audio", synchFlag: 9 },
    ],
  },
  media: { audio: m({}), video: m({ decrypted: 900 }) },
};

const grade = (id: string, e: H323EncryptionEvidence) => h323EncryptionCheck(id, e)!;
const SIGNALLED = "encryption.srtp-signalled";
const WIRE = "encryption.srtp-on-the-wire";
const KEYS = "encryption.key-exchange";

describe("H.323 encryption checks from H.235.6", () => {
  it("pass: agreed, keys in H.245, every packet decrypted, wire octets ciphertext (both languages)", () => {
    const s = grade(SIGNALLED, agreed);
    expect(s.status).toBe("pass");
    expect(s.summary).toMatch(/DH-2048/);
    expect(s.text?.sv.summary).toMatch(/avtalat/);
    expect(s.lines).toContain("sent openLogicalChannel channel 1 (audio)");
    expect(grade(KEYS, agreed).status).toBe("pass");
    const w = grade(WIRE, agreed);
    expect(w.status).toBe("pass");
    expect(w.summary).toMatch(/all 1400 packets decrypted/);
  });

  it("a caller that offered nothing fails; a callee we offered nothing to is not tested", () => {
    const none: H323EncryptionEvidence = { endpointRole: "caller", media: {} };
    expect(grade(SIGNALLED, none).status).toBe("fail");
    expect(grade(WIRE, none).summary).toMatch(/plain RTP/);
    expect(grade(KEYS, none).status).toBe("not-tested");
    const callee: H323EncryptionEvidence = { endpointRole: "callee", media: {} };
    expect(grade(SIGNALLED, callee).status).toBe("not-tested");
    expect(grade(WIRE, callee).status).toBe("not-tested");
  });

  it("an offer not taken fails with the reason", () => {
    const e: H323EncryptionEvidence = {
      endpointRole: "callee",
      offeredBy: "vdm-test",
      failure: "the callee's Connect carried no clearTokens",
      media: {},
    };
    expect(grade(SIGNALLED, e).summary).toBe(
      "H.235.6 not agreed: the callee's Connect carried no clearTokens",
    );
  });

  it("packets in clear, or wire octets that are not ciphertext, fail", () => {
    expect(grade(WIRE, { ...agreed, media: { audio: m({ noKey: 3 }) } }).summary).toMatch(
      /3 packets arrived in clear/,
    );
    expect(grade(WIRE, { ...agreed, media: { audio: m({ clear: 40, decrypted: 0 }) } }).status).toBe("fail");
    const plain = grade(WIRE, {
      ...agreed,
      media: { audio: m({ randomness: "not-ciphertext", chiSquare: 9000 }) },
    });
    expect(plain.status).toBe("fail");
    expect(plain.summary).toMatch(/audio \(chi-square 9000 over 80000 octets\) are not ciphertext/);
  });

  it("packets that do not decrypt: none decrypted fails, some failed warns, none at all is inconclusive", () => {
    expect(grade(WIRE, { ...agreed, media: { video: m({ decrypted: 0, failed: 50 }) } }).status).toBe("fail");
    expect(grade(WIRE, { ...agreed, media: { video: m({ failed: 5 }) } }).status).toBe("warn");
    expect(grade(WIRE, { ...agreed, media: {} }).status).toBe("inconclusive");
  });

  it("a key message that could not be used fails the agreement", () => {
    const bad: H323EncryptionEvidence = {
      ...agreed,
      agreed: {
        ...agreed.agreed!,
        keyMessages: [
          {
            direction: "received",
            message: "encryptionUpdateCommand",
            channel: 1,
            error: "H.235: bad-key: ...",
          },
        ],
      },
    };
    const s = grade(SIGNALLED, bad);
    expect(s.status).toBe("fail");
    expect(s.summary).toMatch(/unusable/);
  });

  it("other ids are not encryption checks", () => {
    expect(h323EncryptionCheck("h264.level", agreed)).toBeUndefined();
  });
});
