import type { H323Aliases } from "../../../../adapters/h323/h323-call.js";
import { CallSetupError } from "../../call-setup-error.js";

// What `vdm-test call h323:alias@host[:port]` dials: the alias goes in Setup's
// destinationAddress (H.225.0 §7.3.10: digits as dialedDigits, anything else as h323-ID),
// the host and port are where the call signalling connection goes (H.225.0 §6.1: TCP 1720 by
// default). H.323 Annex O writes the URL the same way (h323:user@host).

/** H.225.0 §6.1: the well-known call signalling port. */
export const H225_CALL_SIGNALLING_PORT = 1720;

export interface H323Target {
  /** Normalised, as the report names it: "h323:testrum@127.0.0.1:1720". */
  readonly text: string;
  readonly host: string;
  readonly port: number;
  /** The alias dialled, if any (a bare address calls whoever answers there). */
  readonly alias?: string;
  readonly called: H323Aliases;
}

const DIGITS = /^[0-9#*,]{1,128}$/;
/** An H.323 URL: optional scheme, optional alias, host (name, IPv4 or [IPv6]), optional port. */
const TARGET = /^(?:h323:)?(?:([^@\s]+)@)?(\[[0-9A-Fa-f:.]+\]|[^\s@:[\]/;]+)(?::(\d{1,5}))?$/i;

/** True when the text names an H.323 target by its scheme. */
export function isH323Uri(text: string): boolean {
  return /^h323:/i.test(text.trim());
}

/**
 * Reads `h323:alias@host[:port]`, `alias@host`, `host:port` or `host` (the latter with
 * `--protocol h323`). Throws CallSetupError("usage") naming what is wrong.
 */
export function parseH323Target(text: string): H323Target {
  const m = TARGET.exec(text.trim());
  if (!m) {
    throw new CallSetupError("usage", `not an H.323 address: ${text} (expected h323:alias@host[:port])`);
  }
  const [, rawAlias, host, rawPort] = m;
  const port = rawPort === undefined ? H225_CALL_SIGNALLING_PORT : Number(rawPort);
  if (!Number.isInteger(port) || port < 1 || port > 65535) {
    throw new CallSetupError("usage", `the port of ${text} is outside 1-65535`);
  }
  const alias = rawAlias === undefined ? undefined : unescapeAlias(rawAlias, text);
  if (alias !== undefined && (alias.length === 0 || alias.length > 256)) {
    throw new CallSetupError("usage", `the alias of ${text} must be 1-256 characters (H.225.0 h323-ID)`);
  }
  const called: H323Aliases =
    alias === undefined ? {} : DIGITS.test(alias) ? { dialedDigits: alias } : { h323Id: alias };
  return {
    text: `h323:${alias !== undefined ? `${alias}@` : ""}${host}:${port}`,
    host: host!.replace(/^\[|\]$/g, ""),
    port,
    ...(alias !== undefined ? { alias } : {}),
    called,
  };
}

/** An alias as written in the URL, %-escapes undone (RFC 3986 §2.1). */
function unescapeAlias(raw: string, text: string): string {
  try {
    return decodeURIComponent(raw);
  } catch {
    throw new CallSetupError("usage", `the alias of ${text} has a broken %-escape`);
  }
}

/** The same address with another alias (the room's echo, callback, presentation). */
export function withAlias(target: H323Target, alias: string): string {
  const host = target.host.includes(":") ? `[${target.host}]` : target.host;
  return `h323:${alias}@${host}:${target.port}`;
}
