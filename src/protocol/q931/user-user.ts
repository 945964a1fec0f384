import { octetAt } from "./octets.js";

// User-user information element: Q.931 §4.5.30 with H.225.0 §7.2.2.29's two-octet length
// (read by message.ts). Its first octet is the protocol discriminator; H.225.0 uses
// 0x05 "X.208 and X.209 coded user information" and puts the PER-encoded
// H323-UserInformation after it.

export const H225_USER_USER_PROTOCOL = 0x05;

export interface UserUser {
  readonly protocolDiscriminator: number;
  readonly information: Uint8Array;
}

export function parseUserUser(contents: Uint8Array): UserUser {
  return {
    protocolDiscriminator: octetAt(contents, 0, "userUser.protocolDiscriminator"),
    information: contents.slice(1),
  };
}

export function serializeUserUser(u: UserUser): Uint8Array {
  const out = new Uint8Array(1 + u.information.length);
  out[0] = u.protocolDiscriminator & 0xff;
  out.set(u.information, 1);
  return out;
}
