import { Resolver } from "node:dns/promises";
import type { NaptrRecord, SipResolver, SrvRecord } from "../../protocol/sip/rfc3263.js";
import { isIPv4, isIPv6 } from "../../protocol/sip/sip-uri.js";

/** DNS "no such name / no data" codes that mean an empty answer rather than a failure. */
const EMPTY = new Set(["ENODATA", "ENOTFOUND", "ENONAME", "NXDOMAIN"]);

export interface DnsResolverOptions {
  /** DNS servers ("ip" or "ip:port"); default: the system's. */
  readonly servers?: readonly string[];
  /** Per-query timeout in ms (default 3000). */
  readonly timeoutMs?: number;
}

/**
 * The RFC 3263 resolver over node:dns. IP literals and "localhost" are answered locally without
 * sending a query (RFC 6761 §6.3: localhost resolves to loopback).
 */
export function createDnsResolver(options: DnsResolverOptions = {}): SipResolver {
  const resolver = new Resolver({ timeout: options.timeoutMs ?? 3000, tries: 1 });
  if (options.servers) resolver.setServers([...options.servers]);
  const local = (name: string, family: 4 | 6): string[] | undefined => {
    const lower = name.toLowerCase().replace(/\.$/, "");
    if (lower === "localhost" || lower.endsWith(".localhost")) return family === 4 ? ["127.0.0.1"] : ["::1"];
    if (family === 4 && isIPv4(name)) return [name];
    if (family === 6 && isIPv6(name)) return [name];
    if (isIPv4(name) || isIPv6(name)) return [];
    return undefined;
  };
  const localName = (name: string) => local(name, 4) !== undefined;
  return {
    async naptr(name): Promise<NaptrRecord[]> {
      if (localName(name)) return [];
      return emptyOnNoData(() => resolver.resolveNaptr(name));
    },
    async srv(name): Promise<SrvRecord[]> {
      if (localName(name.replace(/^_[a-z]+\._[a-z]+\./i, ""))) return [];
      return emptyOnNoData(() => resolver.resolveSrv(name));
    },
    async a(name) {
      return local(name, 4) ?? emptyOnNoData(() => resolver.resolve4(name));
    },
    async aaaa(name) {
      return local(name, 6) ?? emptyOnNoData(() => resolver.resolve6(name));
    },
  };
}

async function emptyOnNoData<T>(run: () => Promise<T[]>): Promise<T[]> {
  try {
    return await run();
  } catch (e) {
    if (e && typeof e === "object" && "code" in e && EMPTY.has(String((e as { code: unknown }).code)))
      return [];
    throw e;
  }
}
