import { randomBytes, randomInt } from "node:crypto";
import type {
  H323Aliases,
  H323CallIdentity,
  H323MessageRecord,
} from "../../../../adapters/h323/h323-call.js";
import { RasClient, RasError } from "../../../../adapters/h323/ras-client.js";
import { aliasAddresses } from "../../../../protocol/h323/aliases.js";
import type { HostPort } from "../../../../protocol/h323/transport-address.js";
import { aliasLabel } from "../../../../protocol/ras/ras-views.js";
import { CallSetupError } from "../../call-setup-error.js";
import type { StepSink } from "../call-leg.js";
import { H225_CALL_SIGNALLING_PORT, type H323Target } from "./h323-target.js";

// Our caller through a gatekeeper (H.323 §7.2, H.225.0 RAS): registered once per run with our
// aliases (unicast GRQ, RRQ), each call admitted by ARQ before its Setup goes to the ACF's
// destCallSignalAddress with the same call reference, callIdentifier and conferenceID,
// disengaged by DRQ when it ends, and the registration ended by URQ. Each RAS step is a step
// of the report; each message is in the ladder.

/** H.225.0 RAS: the gatekeeper's well-known UDP port. */
export const RAS_PORT = 1719;

/** How the destination is named in the ARQ: the URI (url-ID), the alias (h323-ID or digits), or email-ID. */
export type DialAs = "uri" | "alias" | "email";

export interface H323GatekeeperOptions {
  readonly gatekeeper: HostPort;
  readonly dialAs: DialAs;
  /** Our address: the RAS socket binds to it. */
  readonly localAddress: string;
  /** Our aliases, registered (RRQ terminalAlias) and sent as ARQ srcInfo. */
  readonly calling: H323Aliases;
  /** Both directions of a call, kbit/s (ARQ bandWidth). */
  readonly bandwidthKbps: number;
  readonly onMessage?: (m: H323MessageRecord) => void;
}

/** Reads `--gatekeeper HOST[:PORT]` (port 1719 by default). Throws CallSetupError("usage"). */
export function parseGatekeeper(text: string): HostPort {
  const m = /^(\[[0-9A-Fa-f:.]+\]|[^\s:[\]/]+)(?::(\d{1,5}))?$/.exec(text.trim());
  const port = m?.[2] === undefined ? RAS_PORT : Number(m[2]);
  if (!m || port < 1 || port > 65535)
    throw new CallSetupError("usage", `not a gatekeeper address: ${text} (expected HOST[:PORT])`);
  return { host: m[1]!.replace(/^\[|\]$/g, ""), port };
}

/** Whom the ARQ and the Setup name: the target's alias as a URI, an alias or an email address. */
export function gatekeeperDestination(target: H323Target, dialAs: DialAs): H323Aliases {
  const alias = target.alias;
  if (alias === undefined)
    throw new CallSetupError(
      "usage",
      `${target.text} names no alias to ask the gatekeeper for (h323:alias@domain)`,
    );
  if (dialAs === "uri") return { urlId: `h323:${alias}@${target.host}` };
  if (dialAs === "email") return { emailId: `${alias}@${target.host}` };
  return /^[0-9#*,]+$/.test(alias) ? { dialedDigits: alias } : { h323Id: alias };
}

const describe = (a: H323Aliases) => aliasAddresses(a).map(aliasLabel).join(", ");

export interface GatekeeperAdmission {
  readonly remote: HostPort;
  readonly identity: H323CallIdentity;
  readonly called: H323Aliases;
}

export class H323Gatekeeper {
  private client: Promise<RasClient> | undefined;
  private readonly disengaging: Promise<void>[] = [];
  private live: RasClient | undefined;
  /** RAS messages of a registration that failed (its client is gone). */
  private readonly failed: H323MessageRecord[] = [];
  private finished = false;

  constructor(private readonly opts: H323GatekeeperOptions) {}

  private gk(): string {
    return `${this.opts.gatekeeper.host}:${this.opts.gatekeeper.port}`;
  }

  /** Registers on first use (GRQ, RRQ); a failure is a CallSetupError naming the reject or the silence. */
  private registered(steps: StepSink | undefined): Promise<RasClient> {
    this.client ??= RasClient.register({
      gatekeeper: this.opts.gatekeeper,
      localHost: this.opts.localAddress,
      callSignalAddress: { host: this.opts.localAddress, port: H225_CALL_SIGNALLING_PORT },
      aliases: aliasAddresses(this.opts.calling),
      ...(this.opts.onMessage ? { onMessage: this.opts.onMessage } : {}),
    }).then(
      (c) => {
        this.live = c;
        const r = c.registered!;
        const id = r.gatekeeperIdentifier ? `${r.gatekeeperIdentifier} ` : "";
        const ttl = r.timeToLive !== undefined ? `, timeToLive ${r.timeToLive} s` : "";
        steps?.("register", "ok", {
          en: `GRQ/GCF, RRQ/RCF: registered with gatekeeper ${id}(${this.gk()}) as ${describe(this.opts.calling)}, endpoint ${r.endpointIdentifier}${ttl}`,
          sv: `GRQ/GCF, RRQ/RCF: registrerad hos gatekeeper ${id}(${this.gk()}) som ${describe(this.opts.calling)}, ändpunkt ${r.endpointIdentifier}${ttl}`,
        });
        return c;
      },
      (e: unknown) => {
        if (e instanceof RasError) this.failed.push(...e.messages);
        const error = setupError(e);
        steps?.("register", "failed", error.message);
        throw error;
      },
    );
    return this.client;
  }

  /**
   * ARQ for a new call to the target; resolves with where to send the Setup and the call's
   * identity, throws CallSetupError on ARJ or no answer.
   */
  async admit(target: H323Target, steps: StepSink | undefined): Promise<GatekeeperAdmission> {
    const client = await this.registered(steps);
    const called = gatekeeperDestination(target, this.opts.dialAs);
    const identity: H323CallIdentity = {
      callReference: randomInt(1, 0x8000),
      callIdentifier: randomBytes(16),
      conferenceId: randomBytes(16),
    };
    try {
      const acf = await client.admit({
        callReferenceValue: identity.callReference,
        callIdentifier: identity.callIdentifier,
        conferenceID: identity.conferenceId,
        destination: aliasAddresses(called),
        // H.225.0 BandWidth is in units of 100 bit/s.
        bandWidth: Math.min(0xffffffff, this.opts.bandwidthKbps * 10),
      });
      const to = `${acf.destCallSignalAddress.host}:${acf.destCallSignalAddress.port}`;
      steps?.("admission", "ok", {
        en: `ARQ/ACF for ${describe(called)}: call ${to} (${acf.callModel})`,
        sv: `ARQ/ACF för ${describe(called)}: ring ${to} (${acf.callModel})`,
      });
      return { remote: acf.destCallSignalAddress, identity, called };
    } catch (e) {
      const error = setupError(e);
      steps?.("admission", "failed", error.message);
      throw error;
    }
  }

  /** DRQ once the call has ended (H.225.0: the endpoint tells the gatekeeper the call is over). */
  disengageWhenEnded(callReference: number, ended: Promise<unknown>): void {
    const done = ended
      .then(async () => (await this.client)?.disengage(callReference))
      .catch(() => {
        // A DRQ without answer is in the ladder; the call is over either way.
      });
    this.disengaging.push(done);
  }

  /** The gatekeeper's RAS messages so far (for the ladder and the URI evidence). */
  messages(): readonly H323MessageRecord[] {
    return this.live ? this.live.messages() : this.failed;
  }

  /** Waits for the DRQs, sends URQ and closes the RAS socket; steps say how the registration ended. */
  async finish(steps: StepSink | undefined): Promise<void> {
    if (this.finished || !this.client) return;
    this.finished = true;
    const client = await this.client.catch(() => undefined);
    if (!client) return;
    await Promise.all(this.disengaging);
    try {
      await client.unregister();
      steps?.("unregister", "ok", {
        en: `URQ/UCF: unregistered from ${this.gk()}`,
        sv: `URQ/UCF: avregistrerad hos ${this.gk()}`,
      });
    } catch (e) {
      steps?.("unregister", "failed", e instanceof Error ? e.message : String(e));
    } finally {
      client.close();
    }
  }
}

function setupError(e: unknown): CallSetupError {
  if (e instanceof CallSetupError) return e;
  if (e instanceof RasError)
    return new CallSetupError(e.kind === "rejected" ? "rejected" : "unreachable", e.message);
  return new CallSetupError("unreachable", e instanceof Error ? e.message : String(e));
}
