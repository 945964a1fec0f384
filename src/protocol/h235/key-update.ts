import type { H245 } from "../asn1/index.js";

type MiscCommand = H245.MiscellaneousCommand;

/**
 * H.245 MiscellaneousCommand key updates for one logical channel (H.235.0 §8.5, H.245 §6.x):
 * the receiver may ask the master for a new key (encryptionUpdateRequest), the master sends it
 * (encryptionUpdateCommand, or encryptionUpdate from H.245 versions before 7) and the channel's
 * other end confirms it (encryptionUpdateAck with the new key's synchFlag).
 */
export type KeyUpdate =
  | { readonly kind: "request"; readonly channel: number; readonly synchFlag?: number }
  | { readonly kind: "command"; readonly channel: number; readonly sync: H245.EncryptionSync }
  | { readonly kind: "ack"; readonly channel: number; readonly synchFlag: number };

export function encryptionUpdateRequest(channel: number, synchFlag?: number): MiscCommand {
  return {
    logicalChannelNumber: channel,
    type: { choice: "encryptionUpdateRequest", value: synchFlag === undefined ? {} : { synchFlag } },
  };
}

export function encryptionUpdateCommand(channel: number, sync: H245.EncryptionSync): MiscCommand {
  return {
    logicalChannelNumber: channel,
    type: { choice: "encryptionUpdateCommand", value: { encryptionSync: sync } },
  };
}

export function encryptionUpdateAck(channel: number, synchFlag: number): MiscCommand {
  return { logicalChannelNumber: channel, type: { choice: "encryptionUpdateAck", value: { synchFlag } } };
}

/** The key update a MiscellaneousCommand carries, or undefined for any other command. */
export function readKeyUpdate(cmd: MiscCommand): KeyUpdate | undefined {
  const channel = cmd.logicalChannelNumber;
  const t = cmd.type;
  switch (t.choice) {
    case "encryptionUpdateRequest": {
      const flag = (t.value as H245.EncryptionUpdateRequest).synchFlag;
      return flag === undefined
        ? { kind: "request", channel }
        : { kind: "request", channel, synchFlag: flag };
    }
    case "encryptionUpdateCommand":
      return {
        kind: "command",
        channel,
        sync: (t.value as { encryptionSync: H245.EncryptionSync }).encryptionSync,
      };
    case "encryptionUpdate":
      return { kind: "command", channel, sync: t.value as H245.EncryptionSync };
    case "encryptionUpdateAck":
      return { kind: "ack", channel, synchFlag: (t.value as { synchFlag: number }).synchFlag };
    default:
      return undefined;
  }
}
