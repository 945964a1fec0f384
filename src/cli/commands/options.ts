import { readFile } from "node:fs/promises";
import { localAddressFor } from "../../adapters/net/local-address.js";
import { SipTargetError } from "../../adapters/sip/errors.js";
import { sendOptions } from "../../app/options.js";
import { ParseError } from "../../protocol/parse-error.js";
import { parseCallTarget } from "../../protocol/sip/call-target.js";
import type { SipTransportProtocol } from "../../protocol/sip/route.js";
import { ExitCode, ExitError } from "../exit-error.js";

export interface OptionsCommandOptions {
  uri: string;
  transport?: SipTransportProtocol;
  from?: string;
  proxy?: string;
  ca?: string;
  insecure?: boolean;
  localAddress?: string;
  timeout: number;
  json?: boolean;
}

export async function runOptionsCommand(o: OptionsCommandOptions): Promise<number> {
  let target: ReturnType<typeof parseCallTarget>;
  try {
    target = parseCallTarget(o.uri, o.transport);
  } catch (e) {
    if (e instanceof ParseError) throw new ExitError(ExitCode.usage, `bad URI ${o.uri}: ${e.message}`);
    throw e;
  }
  const ca = o.ca
    ? await readFile(o.ca, "utf8").catch((e: NodeJS.ErrnoException) => {
        throw new ExitError(ExitCode.usage, `cannot read --ca ${o.ca}: ${e.code ?? e.message}`);
      })
    : undefined;
  const host = target.uri.host.replace(/^\[|\]$/g, "");
  const localHost = o.localAddress ?? (/^[\d.]+$|:/.test(host) ? await localAddressFor(host) : undefined);
  try {
    const r = await sendOptions({
      target: target.text,
      ...(o.transport ? { transport: o.transport } : {}),
      ...(o.from ? { from: o.from } : {}),
      ...(o.proxy ? { proxy: o.proxy } : {}),
      ...(ca ? { ca } : {}),
      ...(o.insecure ? { insecure: true } : {}),
      ...(localHost ? { localHost } : {}),
      timeoutMs: o.timeout * 1000,
    });
    if (o.json) {
      const { wire: _wire, ...rest } = r;
      process.stdout.write(`${JSON.stringify(rest, null, 2)}\n`);
    } else {
      const lines = [
        `${r.target}: ${r.status} ${r.reason} in ${r.roundTripMs.toFixed(1)} ms`,
        ...(["allow", "supported", "accept", "userAgent", "server"] as const)
          .filter((k) => r[k])
          .map((k) => `  ${k.padEnd(10)} ${r[k]}`),
        ...r.tls.map((t) => `  tls        ${JSON.stringify(t)}`),
      ];
      process.stdout.write(`${lines.join("\n")}\n`);
    }
    return r.status >= 200 && r.status < 300 ? ExitCode.ok : ExitCode.checkFailed;
  } catch (e) {
    if (e instanceof SipTargetError) throw new ExitError(ExitCode.unreachable, e.message);
    throw e;
  }
}
