import { describe, expect, it } from "vitest";
import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { OID_AES128_CBC } from "./h235-oids.js";
import {
  encryptionUpdateAck,
  encryptionUpdateCommand,
  encryptionUpdateRequest,
  readKeyUpdate,
} from "./key-update.js";
import { buildEncryptionSync, readEncryptionSync } from "./media-key.js";

const master = new Uint8Array(16).fill(3);
const roundTrip = (cmd: H245.MiscellaneousCommand): H245.MiscellaneousCommand => {
  const msg: H245.MultimediaSystemControlMessage = {
    choice: "command",
    value: { choice: "miscellaneousCommand", value: cmd },
  };
  const back = multimediaSystemControlMessage.decode(multimediaSystemControlMessage.encode(msg));
  return (back.value as { value: H245.MiscellaneousCommand }).value;
};

describe("H.245 key updates (encryptionUpdateRequest / encryptionUpdateCommand / encryptionUpdateAck)", () => {
  it("request, with and without synchFlag, survives PER", () => {
    expect(readKeyUpdate(roundTrip(encryptionUpdateRequest(3)))).toEqual({ kind: "request", channel: 3 });
    expect(readKeyUpdate(roundTrip(encryptionUpdateRequest(3, 97)))).toEqual({
      kind: "request",
      channel: 3,
      synchFlag: 97,
    });
  });

  it("command carries a new encryptionSync the other end reads its key from", () => {
    const key = new Uint8Array(16).fill(0x5a);
    const sync = buildEncryptionSync(master, { synchFlag: 97, key, algorithmOID: OID_AES128_CBC });
    const u = readKeyUpdate(roundTrip(encryptionUpdateCommand(5, sync)));
    expect(u?.kind).toBe("command");
    if (u?.kind !== "command") return;
    expect(u.channel).toBe(5);
    expect(readEncryptionSync(master, u.sync).key).toEqual(key);
  });

  it("the older encryptionUpdate form is read as a command too", () => {
    const sync = buildEncryptionSync(master, {
      synchFlag: 8,
      key: new Uint8Array(16),
      algorithmOID: OID_AES128_CBC,
    });
    const u = readKeyUpdate(
      roundTrip({ logicalChannelNumber: 2, type: { choice: "encryptionUpdate", value: sync } }),
    );
    expect(u).toEqual({
      kind: "command",
      channel: 2,
      sync: roundTrip({ logicalChannelNumber: 2, type: { choice: "encryptionUpdate", value: sync } }).type
        .value,
    });
  });

  it("ack names the synchFlag; other commands are not key updates", () => {
    expect(readKeyUpdate(roundTrip(encryptionUpdateAck(5, 97)))).toEqual({
      kind: "ack",
      channel: 5,
      synchFlag: 97,
    });
    expect(
      readKeyUpdate({ logicalChannelNumber: 1, type: { choice: "videoFastUpdatePicture", value: null } }),
    ).toBeUndefined();
  });
});
