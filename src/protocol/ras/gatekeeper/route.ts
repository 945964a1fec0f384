import type { H225 } from "../../asn1/index.js";
import type { HostPort } from "../../h323/transport-address.js";
import { aliasLabel } from "../ras-views.js";
import type { GatekeeperConfig } from "./gatekeeper-config.js";
import type { Registration } from "./registration.js";
import type { RegistrationTable } from "./registration-table.js";

// Where a call to a destination goes (ARQ H.225.0 §7.10.1, LRQ §7.11.1): the room itself for
// the room's aliases, a registered endpoint for its aliases, and, for a destination given only
// as an address, that address when it is the room's or a registered endpoint's. The room's
// gatekeeper routes directly (H.323 §8.1.2, direct endpoint call signalling): the answer names
// the address and the endpoints call each other.

export interface Route {
  readonly callSignalAddress: HostPort;
  readonly rasAddress: HostPort;
  /** The registration reached, or undefined for the room. */
  readonly registration?: Registration;
  /** "the room (h323-ID testrum)", "h323-ID alice (registered 3)". */
  readonly label: string;
}

const same = (a: HostPort, b: HostPort) => a.host === b.host && a.port === b.port;

function toRegistration(r: Registration, why: string): Route | undefined {
  const callSignalAddress = r.callSignalAddresses[0];
  const rasAddress = r.rasAddresses[0];
  if (!callSignalAddress || !rasAddress) return undefined;
  return {
    callSignalAddress,
    rasAddress,
    registration: r,
    label: `${why} (registered ${r.endpointIdentifier})`,
  };
}

export function route(
  config: GatekeeperConfig,
  table: RegistrationTable,
  aliases: readonly H225.AliasAddress[],
  address?: HostPort,
): Route | undefined {
  const room = (why: string): Route => ({
    callSignalAddress: config.callSignalAddress,
    rasAddress: config.rasAddress,
    label: `the room (${why})`,
  });
  for (const a of aliases) {
    if (config.isRoomAlias(a)) return room(aliasLabel(a));
    const r = table.byAliasAddress(a);
    if (r) return toRegistration(r, aliasLabel(a));
  }
  if (address === undefined) return undefined;
  if (same(address, config.callSignalAddress)) return room(`${address.host}:${address.port}`);
  const r = table.byCallSignalAddress(address);
  return r ? toRegistration(r, `${address.host}:${address.port}`) : undefined;
}
