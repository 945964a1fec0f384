import { ParseError } from "../parse-error.js";
import { parseHostPort } from "./sip-uri.js";

/**
 * One Via header field value.
 *
 * RFC 3261 §20.42 / §25.1:
 *   via-parm          =  sent-protocol LWS sent-by *( SEMI via-params )
 *   sent-protocol     =  protocol-name SLASH protocol-version SLASH transport
 *   sent-by           =  host [ COLON port ]
 *   via-params        =  via-ttl / via-maddr / via-received / via-branch / via-extension
 * RFC 3581 §3:
 *   response-port     =  "rport" [EQUAL 1*DIGIT]
 */
export interface Via {
  readonly protocolName: string;
  readonly protocolVersion: string;
  /** Transport token upper-cased: "UDP", "TCP", "TLS", "SCTP", ... */
  readonly transport: string;
  readonly host: string;
  readonly port?: number;
  /** Parameters in order; a flag parameter (e.g. bare "rport") has value undefined. */
  readonly params: ReadonlyArray<readonly [string, string | undefined]>;
}

const FORMAT = "Via";

/** Parses one Via value (one element of a comma-separated Via header). */
export function parseVia(text: string): Via {
  // LWS is allowed around "/" and ";" (RFC 3261 §25.1, exercised by RFC 4475 §3.1.1.1).
  const m =
    /^([A-Za-z0-9\-.!%*_+`'~]+)\s*\/\s*([A-Za-z0-9\-.!%*_+`'~]+)\s*\/\s*([A-Za-z0-9\-.!%*_+`'~]+)\s+([^;\s]+)\s*(.*)$/s.exec(
      text.trim(),
    );
  if (!m) throw new ParseError(FORMAT, "sent-protocol", 0, `malformed Via "${clip(text)}"`);
  const { host, port } = parseHostPort(m[4]!, FORMAT);
  const params: Array<readonly [string, string | undefined]> = [];
  const tail = m[5]!.trim();
  if (tail.length > 0) {
    if (!tail.startsWith(";"))
      throw new ParseError(FORMAT, "via-params", 0, `junk after sent-by "${clip(tail)}"`);
    for (const raw of tail.slice(1).split(";")) {
      const p = raw.trim();
      if (p.length === 0) throw new ParseError(FORMAT, "via-params", 0, "empty Via parameter");
      const eq = p.indexOf("=");
      params.push(eq < 0 ? [p, undefined] : [p.slice(0, eq).trim(), p.slice(eq + 1).trim()]);
    }
  }
  return {
    protocolName: m[1]!,
    protocolVersion: m[2]!,
    transport: m[3]!.toUpperCase(),
    host,
    params,
    ...(port !== undefined ? { port } : {}),
  };
}

/** Serialises a Via value in canonical form: `SIP/2.0/UDP host:port;param=value`. */
export function serialiseVia(via: Via): string {
  let s = `${via.protocolName}/${via.protocolVersion}/${via.transport} ${via.host}`;
  if (via.port !== undefined) s += `:${via.port}`;
  for (const [k, v] of via.params) s += v === undefined ? `;${k}` : `;${k}=${v}`;
  return s;
}

/** A Via parameter (case-insensitive), "" for a flag, undefined when absent. */
export function viaParam(via: Via, name: string): string | undefined {
  const found = via.params.find(([k]) => k.toLowerCase() === name.toLowerCase());
  return found ? (found[1] ?? "") : undefined;
}

/** Returns `via` with parameter `name` set to `value` in place (or appended when absent). */
export function withViaParam(via: Via, name: string, value: string | undefined): Via {
  const lower = name.toLowerCase();
  let seen = false;
  const params = via.params.map(([k, v]): readonly [string, string | undefined] => {
    if (k.toLowerCase() !== lower) return [k, v];
    seen = true;
    return [k, value];
  });
  if (!seen) params.push([name, value]);
  return { ...via, params };
}

function clip(s: string): string {
  return s.length > 40 ? `${s.slice(0, 40)}...` : s;
}
