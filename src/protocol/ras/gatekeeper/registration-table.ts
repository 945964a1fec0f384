import type { H225 } from "../../asn1/index.js";
import type { HostPort } from "../../h323/transport-address.js";
import { aliasKey } from "./alias-key.js";
import type { Registration, RegistrationEnd } from "./registration.js";

// The gatekeeper's registrations (H.323 §7.2.2): by EndpointIdentifier, by alias and by call
// signalling address. Bounded: at most `capacity` registrations (the gatekeeper refuses past
// it, H.225.0 RRJ resourceUnavailable), and each one leaves when it is not kept alive.

const sameAddress = (a: HostPort, b: HostPort) => a.host === b.host && a.port === b.port;

export class RegistrationTable {
  private readonly byId = new Map<string, Registration>();
  private readonly byAlias = new Map<string, Registration>();

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.byId.size;
  }

  get full(): boolean {
    return this.byId.size >= this.capacity;
  }

  all(): readonly Registration[] {
    return [...this.byId.values()];
  }

  byEndpointId(id: string): Registration | undefined {
    return this.byId.get(id);
  }

  byAliasAddress(a: H225.AliasAddress): Registration | undefined {
    const key = aliasKey(a);
    return key === undefined ? undefined : this.byAlias.get(key);
  }

  byAliasKey(key: string): Registration | undefined {
    return this.byAlias.get(key);
  }

  /** The registration whose call signalling address this is (an endpoint registering again). */
  byCallSignalAddress(a: HostPort): Registration | undefined {
    for (const r of this.byId.values()) if (r.callSignalAddresses.some((c) => sameAddress(c, a))) return r;
    return undefined;
  }

  /** The aliases of `aliases` another registration (not `except`) already holds. */
  taken(aliases: readonly H225.AliasAddress[], except?: Registration): H225.AliasAddress[] {
    return aliases.filter((a) => {
      const owner = this.byAliasAddress(a);
      return owner !== undefined && owner !== except;
    });
  }

  /** Adds a registration; the caller has checked capacity and aliases. */
  add(r: Registration): void {
    this.byId.set(r.endpointIdentifier, r);
    for (const a of r.aliases) {
      const key = aliasKey(a);
      if (key !== undefined && !this.byAlias.has(key)) this.byAlias.set(key, r);
    }
  }

  /** Removes a registration, noting how it ended. */
  remove(r: Registration, at: number, how: RegistrationEnd): void {
    if (this.byId.get(r.endpointIdentifier) !== r) return;
    this.byId.delete(r.endpointIdentifier);
    for (const a of r.aliases) {
      const key = aliasKey(a);
      if (key !== undefined && this.byAlias.get(key) === r) this.byAlias.delete(key);
    }
    r.ended = { at, how };
  }

  /** Removes and returns the registrations not refreshed in time. */
  expire(now: number): Registration[] {
    const stale = [...this.byId.values()].filter((r) => r.expiresAt <= now);
    for (const r of stale) this.remove(r, now, "expired");
    return stale;
  }

  /** When the next registration expires, if any. */
  nextExpiry(): number | undefined {
    let next: number | undefined;
    for (const r of this.byId.values()) if (next === undefined || r.expiresAt < next) next = r.expiresAt;
    return next;
  }
}
