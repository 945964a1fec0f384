import { randomBytes } from "node:crypto";
import type { H323EncryptionEvidence } from "../../conformance/h323-encryption-check.js";
import type { H235 } from "../../protocol/asn1/index.js";
import { H235CallKeys } from "../../protocol/h235/call-keys.js";
import { type DhGroup, dhGroupByOid } from "../../protocol/h235/dh-groups.js";
import { chooseDhOffer, dhClearTokens, hasH235V3Token, readDhOffers } from "../../protocol/h235/dh-tokens.js";
import { type DhKeyPair, dhKeyPair, dhSharedSecret } from "../../protocol/h235/diffie-hellman.js";
import { H235Error } from "../../protocol/h235/h235-error.js";
import { OID_DH1024, OID_DH2048 } from "../../protocol/h235/h235-oids.js";
import { masterKeyFromSharedSecret } from "../../protocol/h235/key-derivation.js";
import type { H235ReceiveMeasurement } from "../../protocol/h235/media-crypto.js";
import { h264PayloadPlausible } from "../../protocol/h235/payload-checks.js";
import type { H323Encryption } from "./h323-call.js";

// H.235.6 on one call, the shell's part: random exponents and media keys from node:crypto,
// the DH offer in Setup (caller) or answer in Connect (callee), and the per-call media keys
// once the master key is agreed. What was offered, agreed or refused is kept for the evidence.

/** The groups we offer, strongest first (H.235.6: DH1024 is the one every H.235.6 endpoint has). */
const OFFERED = [OID_DH2048, OID_DH1024];

export interface H235Agreement {
  readonly group: DhGroup;
  readonly keys: H235CallKeys;
}

/**
 * The encryption evidence of the endpoint under test from a call's H.235.6 view: who offered,
 * what was agreed, and what the endpoint's media looked like as it arrived.
 */
export function encryptionEvidence(
  view: H323Encryption,
  endpointRole: "caller" | "callee",
): H323EncryptionEvidence {
  const offeredBy = endpointRole === "caller" ? "endpoint" : "vdm-test";
  const a = view.agreed;
  const media: { audio?: H235ReceiveMeasurement; video?: H235ReceiveMeasurement } = {};
  if (a) {
    for (const kind of ["audio", "video"] as const) {
      const m = a.media[kind].measurement();
      if (m.wireOctets > 0 || m.noKey > 0) media[kind] = m;
    }
  }
  return {
    endpointRole,
    ...(view.offered ? { offeredBy } : {}),
    ...(a
      ? { agreed: { group: a.group, ...(a.role ? { ourRole: a.role } : {}), keyMessages: a.keyMessages } }
      : {}),
    ...(view.failure ? { failure: view.failure } : {}),
    media,
  };
}

export class CallH235 {
  /** DH tokens were in the Setup (ours as caller, the caller's as callee). */
  offered = false;
  agreed: H235Agreement | undefined;
  /** Why an offer did not lead to encryption (one line). */
  failure: string | undefined;
  private pairs: DhKeyPair[] = [];

  private agree(own: DhKeyPair, peerHalfKey: bigint, field: string): void {
    const masterKey = masterKeyFromSharedSecret(dhSharedSecret(own, peerHalfKey, field));
    this.agreed = {
      group: own.group,
      keys: new H235CallKeys(masterKey, () => randomBytes(16), { check: { video: h264PayloadPlausible } }),
    };
  }

  view(): H323Encryption {
    const a = this.agreed;
    return {
      offered: this.offered,
      ...(a
        ? {
            agreed: {
              group: { tokenOID: a.group.tokenOID, bits: a.group.bits },
              ...(a.keys.role ? { role: a.keys.role } : {}),
              media: a.keys.crypto,
              keyMessages: [...a.keys.records],
            },
          }
        : {}),
      ...(this.failure ? { failure: this.failure } : {}),
    };
  }

  /** Caller: the clearTokens of our Setup. */
  setupTokens(): H235.ClearToken[] {
    this.offered = true;
    this.pairs = OFFERED.map((oid) => dhKeyPair(dhGroupByOid(oid)!, randomBytes(32)));
    return dhClearTokens(this.pairs);
  }

  /** Caller: the callee's Connect tokens complete the agreement, or say why not. */
  connectTokens(tokens: readonly H235.ClearToken[] | undefined): void {
    if (!this.offered || this.agreed) return;
    try {
      const offers = readDhOffers(tokens);
      const answer = offers.find((o) => this.pairs.some((p) => p.group.tokenOID === o.group.tokenOID));
      if (!answer) {
        this.failure = tokens?.length
          ? "the callee's Connect carried no DH token of a group we offered"
          : "the callee's Connect carried no clearTokens: it did not take H.235 media encryption";
        return;
      }
      const own = this.pairs.find((p) => p.group.tokenOID === answer.group.tokenOID)!;
      this.agree(own, answer.halfKey, `Connect.tokens[${answer.index}].dhkey.halfkey`);
    } catch (e) {
      if (!(e instanceof H235Error)) throw e;
      this.failure = `the callee's Connect tokens: ${e.message}`;
    }
  }

  /** Callee: the caller's Setup tokens; the tokens of our Connect when we take the offer. */
  answerSetup(
    tokens: readonly H235.ClearToken[] | undefined,
    accept: boolean,
  ): H235.ClearToken[] | undefined {
    let offers: ReturnType<typeof readDhOffers>;
    try {
      offers = readDhOffers(tokens);
    } catch (e) {
      if (!(e instanceof H235Error)) throw e;
      this.offered = true;
      this.failure = `the caller's Setup tokens: ${e.message}`;
      return undefined;
    }
    if (offers.length === 0) return undefined;
    this.offered = true;
    if (!hasH235V3Token(tokens)) {
      this.failure = "the caller's Setup has DH tokens but not the H.235 version 3 token";
      return undefined;
    }
    if (!accept) {
      this.failure = "H.235 media encryption is not taken with fast start";
      return undefined;
    }
    const chosen = chooseDhOffer(offers)!;
    const own = dhKeyPair(chosen.group, randomBytes(32));
    this.agree(own, chosen.halfKey, `Setup.tokens[${chosen.index}].dhkey.halfkey`);
    return dhClearTokens([own]);
  }
}
