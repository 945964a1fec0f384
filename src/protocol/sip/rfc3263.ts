import { defaultPort, type SipTransportProtocol } from "./route.js";
import { bareHost, isIPv6, isIpLiteral, type SipUri, uriParam } from "./sip-uri.js";

/** RFC 3403 NAPTR record as the resolver returns it. */
export interface NaptrRecord {
  readonly order: number;
  readonly preference: number;
  readonly flags: string;
  readonly service: string;
  readonly regexp: string;
  readonly replacement: string;
}

/** RFC 2782 SRV record. */
export interface SrvRecord {
  readonly priority: number;
  readonly weight: number;
  readonly port: number;
  readonly name: string;
}

/** The DNS queries RFC 3263 needs; an empty answer is `[]`, a failure rejects. */
export interface SipResolver {
  naptr(name: string): Promise<NaptrRecord[]>;
  srv(name: string): Promise<SrvRecord[]>;
  a(name: string): Promise<string[]>;
  aaaa(name: string): Promise<string[]>;
}

export type ResolutionStep =
  | { readonly kind: "decision"; readonly text: string }
  | {
      readonly kind: "query";
      readonly type: "NAPTR" | "SRV" | "A" | "AAAA";
      readonly name: string;
      readonly answers: readonly string[];
    }
  | {
      readonly kind: "error";
      readonly type: "NAPTR" | "SRV" | "A" | "AAAA";
      readonly name: string;
      readonly error: string;
    };

/** One place to send a request to, in the order to try them (RFC 3263 §4.3). */
export interface SipTarget {
  readonly transport: SipTransportProtocol;
  /** Numeric IP address (IPv6 without brackets). */
  readonly address: string;
  readonly port: number;
  /** The host name the address came from (for TLS server-name checks). */
  readonly hostname: string;
}

export interface Resolution {
  readonly targets: readonly SipTarget[];
  readonly steps: readonly ResolutionStep[];
}

export interface ResolveOptions {
  /** Transports we can use, in our order of preference. */
  readonly supported: readonly SipTransportProtocol[];
  /** Random source in [0,1) for the RFC 2782 weighted choice; injected so tests are exact. */
  readonly random?: () => number;
}

const NAPTR_SERVICE: Readonly<Record<string, SipTransportProtocol>> = {
  "SIP+D2U": "udp",
  "SIP+D2T": "tcp",
  "SIPS+D2T": "tls",
};

const SRV_PREFIX: Readonly<Record<SipTransportProtocol, string>> = {
  udp: "_sip._udp.",
  tcp: "_sip._tcp.",
  tls: "_sips._tcp.",
};

/**
 * RFC 3263 §4: locates the SIP server for a URI. Returns the ordered targets and every step
 * taken (decisions, queries with their answers, errors) so reports can show the path.
 * Resolves with no targets when nothing was found; never throws for a DNS failure.
 */
export async function resolveSipUri(
  uri: SipUri,
  resolver: SipResolver,
  options: ResolveOptions,
): Promise<Resolution> {
  const steps: ResolutionStep[] = [];
  const say = (text: string) => steps.push({ kind: "decision", text });
  const secure = uri.scheme === "sips";
  const maddr = uriParam(uri, "maddr");
  // RFC 3263 §4: "If the URI contains an maddr parameter, TARGET is the maddr value; otherwise
  // TARGET is the host value."
  const target = maddr ? maddr : uri.host;
  const host = bareHost(target);
  const allowed = options.supported.filter((t) => !secure || t === "tls");
  if (allowed.length === 0) {
    say(`${uri.scheme}: needs TLS, which is not available`);
    return { targets: [], steps };
  }
  const explicit = uriParam(uri, "transport")?.toLowerCase();
  const numeric = isIpLiteral(target);

  // §4.1 Selecting a Transport Protocol
  let transport: SipTransportProtocol | undefined;
  if (explicit !== undefined) {
    // "If the URI specifies a transport protocol in the transport parameter, that transport
    // protocol SHOULD be used." A sips URI with transport=tcp means TLS over TCP.
    const wanted = secure && explicit === "tcp" ? "tls" : explicit;
    if (wanted !== "udp" && wanted !== "tcp" && wanted !== "tls") {
      say(`transport=${explicit} is not supported`);
      return { targets: [], steps };
    }
    if (!allowed.includes(wanted)) {
      say(`transport=${explicit} given, but ${wanted.toUpperCase()} is not available here`);
      return { targets: [], steps };
    }
    transport = wanted;
    say(`transport=${explicit} in the URI: using ${wanted.toUpperCase()}`);
  } else if (numeric || uri.port !== undefined) {
    // "if no transport protocol is specified, but the TARGET is a numeric IP address, the client
    // SHOULD use UDP for a SIP URI, and TCP for a SIPS URI. Similarly, if no transport protocol is
    // specified, and the TARGET is not numeric, but an explicit port is provided, the client
    // SHOULD use UDP for a SIP URI, and TCP for a SIPS URI."
    const rfc: SipTransportProtocol = secure ? "tls" : "udp";
    transport = allowed.includes(rfc) ? rfc : allowed[0]!;
    const why = numeric ? "numeric host" : "explicit port";
    say(
      transport === rfc
        ? `${why}, no transport parameter: ${rfc.toUpperCase()}`
        : `${why}, no transport parameter: ${rfc.toUpperCase()} by default, ${transport.toUpperCase()} is what is available`,
    );
  }

  // §4.2 Determining Port and IP Address
  if (numeric) {
    const port = uri.port ?? defaultPort(transport!);
    say(`numeric host ${host}: no DNS lookup`);
    return { targets: [{ transport: transport!, address: host, port, hostname: host }], steps };
  }
  if (uri.port !== undefined) {
    // "If the TARGET was not a numeric IP address, but a port is present in the URI, the client
    // performs an A or AAAA record lookup of the domain name."
    const addresses = await lookupAddresses(host, resolver, steps);
    return {
      targets: addresses.map((address) => ({
        transport: transport!,
        address,
        port: uri.port!,
        hostname: host,
      })),
      steps,
    };
  }

  // Which SRV names to try, in order: from NAPTR (when no transport was chosen), else per transport.
  let srvPlan: Array<{ transport: SipTransportProtocol; name: string }>;
  if (transport !== undefined) {
    srvPlan = [{ transport, name: SRV_PREFIX[transport] + host }];
  } else {
    srvPlan = await naptrPlan(host, resolver, allowed, steps);
    if (srvPlan.length === 0) {
      // "If no NAPTR records are found, the client constructs SRV queries for those transport
      // protocols it supports, and does a query for each."
      srvPlan = allowed.map((t) => ({ transport: t, name: SRV_PREFIX[t] + host }));
      say(`no usable NAPTR records: trying SRV for ${srvPlan.map((p) => p.name).join(", ")}`);
    }
  }
  const targets: SipTarget[] = [];
  let anySrv = false;
  for (const plan of srvPlan) {
    const records = await query(steps, "SRV", plan.name, () => resolver.srv(plan.name), formatSrv);
    anySrv ||= (records ?? []).length > 0;
    for (const srv of orderSrv(records ?? [], options.random ?? Math.random)) {
      // RFC 2782: a target of "." means the service is decidedly not available.
      if (srv.name === "." || srv.name === "") continue;
      for (const address of await lookupAddresses(srv.name, resolver, steps)) {
        targets.push({ transport: plan.transport, address, port: srv.port, hostname: host });
      }
    }
    if (targets.length > 0 && transport === undefined) break;
  }
  if (targets.length > 0) return { targets, steps };
  if (anySrv) {
    say("SRV records found, but none led to an address");
    return { targets, steps };
  }

  // "If no SRV records were found, the client SHOULD use TCP for a SIPS URI, and UDP for a SIP
  // URI ... [and] an A or AAAA record lookup of the domain name ... with the default port".
  const fallback = transport ?? (secure ? "tls" : allowed.includes("udp") ? "udp" : allowed[0]!);
  say(`no SRV records: A/AAAA for ${host}, ${fallback.toUpperCase()} port ${defaultPort(fallback)}`);
  const addresses = await lookupAddresses(host, resolver, steps);
  return {
    targets: addresses.map((address) => ({
      transport: fallback,
      address,
      port: defaultPort(fallback),
      hostname: host,
    })),
    steps,
  };
}

// RFC 3263 §4.1: "the client performs a NAPTR query for the domain ... The services relevant for
// the task of transport protocol selection are those with NAPTR service fields with values
// "SIP+D2X" and "SIPS+D2X" ... [ordered] by order and preference; the client discards records
// for transports it does not support". For a SIPS URI only SIPS+ records apply.
async function naptrPlan(
  host: string,
  resolver: SipResolver,
  allowed: readonly SipTransportProtocol[],
  steps: ResolutionStep[],
): Promise<Array<{ transport: SipTransportProtocol; name: string }>> {
  const records = await query(steps, "NAPTR", host, () => resolver.naptr(host), formatNaptr);
  if (!records) return [];
  return records
    .filter((r) => r.flags.toLowerCase() === "s")
    .map((r) => ({ r, transport: NAPTR_SERVICE[r.service.toUpperCase()] }))
    .filter(
      (x): x is { r: NaptrRecord; transport: SipTransportProtocol } =>
        x.transport !== undefined && allowed.includes(x.transport),
    )
    .sort((a, b) => a.r.order - b.r.order || a.r.preference - b.r.preference)
    .map((x) => ({ transport: x.transport, name: x.r.replacement }));
}

/** RFC 2782: lowest priority first; within a priority, weighted random order. */
export function orderSrv(records: readonly SrvRecord[], random: () => number): SrvRecord[] {
  const byPriority = new Map<number, SrvRecord[]>();
  for (const r of records) byPriority.set(r.priority, [...(byPriority.get(r.priority) ?? []), r]);
  const out: SrvRecord[] = [];
  for (const priority of [...byPriority.keys()].sort((a, b) => a - b)) {
    // zero-weight records first, as RFC 2782 prescribes before the running-sum selection
    const pool = [...byPriority.get(priority)!].sort((a, b) => a.weight - b.weight);
    while (pool.length > 0) {
      const total = pool.reduce((s, r) => s + r.weight, 0);
      const pick = Math.floor(random() * (total + 1));
      let sum = 0;
      let index = pool.findIndex((r) => {
        sum += r.weight;
        return sum >= pick;
      });
      if (index < 0) index = pool.length - 1;
      out.push(pool.splice(index, 1)[0]!);
    }
  }
  return out;
}

async function lookupAddresses(
  name: string,
  resolver: SipResolver,
  steps: ResolutionStep[],
): Promise<string[]> {
  if (isIpLiteral(name)) return [bareHost(name)];
  const v4 = (await query(steps, "A", name, () => resolver.a(name), String)) ?? [];
  if (v4.length > 0) return v4;
  const v6 = (await query(steps, "AAAA", name, () => resolver.aaaa(name), String)) ?? [];
  return v6.filter((a) => isIPv6(a));
}

async function query<T>(
  steps: ResolutionStep[],
  type: "NAPTR" | "SRV" | "A" | "AAAA",
  name: string,
  run: () => Promise<T[]>,
  format: (r: T) => string,
): Promise<T[] | undefined> {
  try {
    const answers = await run();
    steps.push({ kind: "query", type, name, answers: answers.map(format) });
    return answers;
  } catch (e) {
    steps.push({ kind: "error", type, name, error: e instanceof Error ? e.message : String(e) });
    return undefined;
  }
}

function formatSrv(r: SrvRecord): string {
  return `${r.priority} ${r.weight} ${r.port} ${r.name}`;
}

function formatNaptr(r: NaptrRecord): string {
  return `${r.order} ${r.preference} "${r.flags}" "${r.service}" "${r.regexp}" ${r.replacement}`;
}
