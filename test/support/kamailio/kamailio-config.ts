/**
 * A minimal kamailio.cfg for the interop tests: a registrar (usrloc in memory, no database) and a
 * stateful proxy that routes requests for its domain to the registered contacts, records the
 * route of every INVITE dialog and answers 404 for users not registered.
 */

export interface KamailioPorts {
  /** UDP and TCP listen on this port. */
  readonly sip: number;
  /** TLS listens on this port (when a certificate is given). */
  readonly tls: number;
}

export interface KamailioConfigOptions {
  /** The domain the proxy is responsible for (an `alias`), e.g. "vdm.test". */
  readonly domain: string;
  readonly ports: KamailioPorts;
  /** PEM files for the TLS listener; without them there is no TLS listener. */
  readonly tls?: { readonly certFile: string; readonly keyFile: string; readonly configFile: string };
  /**
   * Users who must authenticate (RFC 3261 §22.4 digest, realm = the domain) before they may
   * REGISTER: user → password. Others register without a challenge.
   */
  readonly users?: Readonly<Record<string, string>>;
  /** Registrar's default and maximum binding lifetime (seconds). Default 600 and 3600. */
  readonly defaultExpiresS?: number;
  readonly maxExpiresS?: number;
}

export interface KamailioConfigFiles {
  readonly cfg: string;
  /** The tls module's own configuration (when TLS is on). */
  readonly tlsCfg?: string;
}

const MODULES = [
  "tm",
  "sl",
  "rr",
  "pv",
  "maxfwd",
  "textops",
  "siputils",
  "xlog",
  "usrloc",
  "registrar",
  "auth",
] as const;

function plain(name: string, what: string): string {
  if (!/^[A-Za-z0-9_.-]+$/.test(name)) throw new Error(`kamailio: ${what} "${name}" is not plain text`);
  return name;
}

/** The digest check of one user's REGISTER; a wrong password gets 403 rather than a new challenge. */
function authBlock(users: Readonly<Record<string, string>>): string[] {
  const lines: string[] = [];
  for (const [user, password] of Object.entries(users)) {
    lines.push(
      `    if ($fU == "${plain(user, "user")}") {`,
      `      if (!pv_www_authenticate("$td", "${plain(password, "password")}", "0")) {`,
      `        if (is_present_hf("Authorization")) { sl_send_reply("403", "Forbidden"); exit; }`,
      `        www_challenge("$td", "0");`,
      "        exit;",
      "      }",
      "      consume_credentials();",
      "    }",
    );
  }
  return lines;
}

export function renderKamailioConfig(o: KamailioConfigOptions): KamailioConfigFiles {
  const domain = plain(o.domain, "domain");
  const { sip, tls } = o.ports;
  const modules = o.tls ? [...MODULES, "tls"] : MODULES;
  const cfg = [
    "#!KAMAILIO",
    "debug=2",
    "log_stderror=yes",
    "memdbg=5",
    "memlog=5",
    "children=1",
    "tcp_children=1",
    "auto_aliases=no",
    "disable_sctp=yes",
    // Loopback only: no DNS at all, so nothing can leave the machine by a name.
    "dns=no",
    "rev_dns=no",
    "dns_try_naptr=no",
    "use_dns_cache=no",
    `listen=udp:127.0.0.1:${sip}`,
    `listen=tcp:127.0.0.1:${sip}`,
    ...(o.tls ? [`listen=tls:127.0.0.1:${tls}`, "enable_tls=yes"] : []),
    `alias="${domain}"`,
    "tcp_connection_lifetime=60",
    "",
    ...modules.map((m) => `loadmodule "${m}.so"`),
    "",
    'modparam("usrloc", "db_mode", 0)',
    `modparam("registrar", "default_expires", ${o.defaultExpiresS ?? 600})`,
    `modparam("registrar", "max_expires", ${o.maxExpiresS ?? 3600})`,
    // Short bindings are allowed so a test can see a refresh within seconds.
    'modparam("registrar", "min_expires", 5)',
    'modparam("rr", "enable_full_lr", 1)',
    ...(o.tls ? [`modparam("tls", "config", "${o.tls.configFile}")`] : []),
    "",
    "request_route {",
    '  xlog("L_INFO", "vdm-kamailio: $rm $ru from $si:$sp ($pr)\\n");',
    '  if (!mf_process_maxfwd_header("10")) { sl_send_reply("483", "Too Many Hops"); exit; }',
    // RFC 3261 §16.12: requests inside a dialog follow the Route set we recorded.
    "  if (has_totag()) {",
    "    if (loose_route()) { route(RELAY); }",
    '    if (is_method("ACK")) { if (t_check_trans()) { t_relay(); } exit; }',
    '    sl_send_reply("404", "Not here");',
    "    exit;",
    "  }",
    '  if (is_method("CANCEL")) { if (t_check_trans()) { route(RELAY); } exit; }',
    "  if (t_check_trans()) { exit; }",
    '  remove_hf("Route");',
    '  if (is_method("INVITE")) { record_route(); }',
    '  if (is_method("REGISTER")) {',
    ...authBlock(o.users ?? {}),
    '    if (!save("location")) { sl_reply_error(); }',
    "    exit;",
    "  }",
    '  if (is_method("OPTIONS") && uri == myself && $rU == $null) { sl_send_reply("200", "OK"); exit; }',
    // Not an open relay: only users of our own domain are routed.
    '  if (!(uri == myself)) { sl_send_reply("403", "Not relaying"); exit; }',
    '  if (!lookup("location")) { sl_send_reply("404", "Not Found"); exit; }',
    "  route(RELAY);",
    "}",
    "",
    "route[RELAY] {",
    "  if (!t_relay()) { sl_reply_error(); }",
    "  exit;",
    "}",
    "",
  ].join("\n");
  if (!o.tls) return { cfg };
  const tlsCfg = [
    "[server:default]",
    "method = TLSv1.2+",
    "verify_certificate = no",
    "require_certificate = no",
    `private_key = ${o.tls.keyFile}`,
    `certificate = ${o.tls.certFile}`,
    "",
    "[client:default]",
    "method = TLSv1.2+",
    "verify_certificate = no",
    "require_certificate = no",
    "",
  ].join("\n");
  return { cfg, tlsCfg };
}
