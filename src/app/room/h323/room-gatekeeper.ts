import { GatekeeperSocket } from "../../../adapters/h323/gatekeeper-socket.js";
import type { H323MessageRecord } from "../../../adapters/h323/h323-call.js";
import { registrationEvidence } from "../../../conformance/h323-registration-evidence.js";
import type { AliasSet } from "../../../protocol/h323/aliases.js";
import type { HostPort } from "../../../protocol/h323/transport-address.js";
import type { GatekeeperEvent } from "../../../protocol/ras/gatekeeper/gatekeeper.js";
import type { GatekeeperLimits } from "../../../protocol/ras/gatekeeper/gatekeeper-config.js";
import type { Registration } from "../../../protocol/ras/gatekeeper/registration.js";
import { aliasLabel } from "../../../protocol/ras/ras-views.js";
import type { Report } from "../../../report/model.js";
import type { RoomEvent } from "../room-options.js";
import { namesRoomAlias } from "./h323-aliases.js";
import { registrationReport } from "./registration-report.js";

// The room's gatekeeper (H.323 §7): endpoints register their aliases with the room, call the
// room by alias (ARQ/ACF to the room's own call signalling address), and can be called back by
// alias. Every registration is graded when it ends, the report going where the room's caller
// reports go. Lines for the room's log are bounded: refusals (a flood of forged RRQs, say) are
// said at most once a second, with how many were not said.

export interface RoomGatekeeperOptions {
  readonly listen: HostPort;
  /** GatekeeperIdentifier (`serve --gatekeeper-id`). */
  readonly gatekeeperId: string;
  /** The room's H.225.0 call signalling address, as endpoints reach it. */
  readonly callSignalAddress: HostPort;
  readonly limits?: Partial<GatekeeperLimits>;
  readonly onEvent?: (e: RoomEvent) => void;
  /** The report about each registration, when it ends. */
  readonly onReport?: (report: Report) => void;
  /** Every RAS message in and out (`serve --pcap`). */
  readonly onMessage?: (m: H323MessageRecord) => void;
}

/** An endpoint registered with the room's gatekeeper, as the room's calls see it. */
export interface RegisteredEndpoint {
  /** Its call signalling address. */
  readonly address: HostPort;
  /**
   * Resolves true once it has reported a call's end (DRQ, H.225.0 §7.10.3) at or after
   * `sinceMs` (epoch), false after `timeoutMs` without one or once it is no longer registered.
   */
  disengagedSince(sinceMs: number, timeoutMs: number): Promise<boolean>;
}

const DISENGAGE_POLL_MS = 25;

function disengaged(r: Registration, sinceMs: number, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  return new Promise((resolve) => {
    const tick = () => {
      if ((r.lastDisengageAt ?? Number.NEGATIVE_INFINITY) >= sinceMs) resolve(true);
      else if (r.ended || Date.now() >= end) resolve(false);
      else setTimeout(tick, DISENGAGE_POLL_MS);
    };
    tick();
  });
}

/** The GatekeeperIdentifier unless `--gatekeeper-id` says otherwise. */
export const DEFAULT_GATEKEEPER_ID = "vdm-test";

const REFUSAL_LOG_INTERVAL_MS = 1000;

export class RoomGatekeeper {
  private socket: GatekeeperSocket | undefined;
  private lastRefusalLogAt = Number.NEGATIVE_INFINITY;
  private refusalsUnsaid = 0;

  private constructor(private readonly opts: RoomGatekeeperOptions) {}

  static async start(opts: RoomGatekeeperOptions): Promise<RoomGatekeeper> {
    const gk = new RoomGatekeeper(opts);
    gk.socket = await GatekeeperSocket.open({
      listen: opts.listen,
      config: {
        gatekeeperId: opts.gatekeeperId,
        callSignalAddress: opts.callSignalAddress,
        isRoomAlias: namesRoomAlias,
        ...(opts.limits ? { limits: opts.limits } : {}),
      },
      onEvent: (e) => gk.event(e),
    });
    return gk;
  }

  /** Where the gatekeeper listens (the port, when 0 was asked for). */
  get address(): HostPort {
    if (!this.socket) throw new Error("the gatekeeper is not started");
    return this.socket.address;
  }

  get stats() {
    return this.socket?.stats;
  }

  /**
   * The endpoint registered under one of these aliases, when the room verified it by that
   * registration: its RRQ came from the host its call signalling address names (a registration
   * naming another host's address is never called).
   */
  registeredEndpoint(aliases: AliasSet): RegisteredEndpoint | undefined {
    const r = this.socket?.registeredEndpoint(aliases);
    const address = r?.callSignalAddresses.find((a) => a.host === r.source.host);
    if (!r || !address) return undefined;
    return { address, disengagedSince: (since, timeoutMs) => disengaged(r, since, timeoutMs) };
  }

  registrations(): readonly Registration[] {
    return this.socket?.registrations() ?? [];
  }

  /** Ends every registration (each is graded and reported) and closes the socket. */
  async stop(): Promise<void> {
    await this.socket?.close();
  }

  private event(e: GatekeeperEvent): void {
    const log = this.opts.onEvent;
    switch (e.kind) {
      case "message":
        this.opts.onMessage?.({
          atMs: e.record.at,
          direction: e.record.direction,
          channel: "ras",
          name: e.record.name,
          summary: e.record.summary,
          bytes: e.record.bytes,
          local: this.socket?.address ?? this.opts.listen,
          remote: e.record.peer,
        });
        return;
      case "registered":
        log?.(this.line(e.registration, "registered", `RRQ ${describe(e.registration)}`));
        return;
      case "refreshed":
        return;
      case "ended":
        log?.(
          this.line(
            e.registration,
            "unregistered",
            `${e.registration.ended?.how ?? "ended"} after ${e.registration.keepAliveCount} keep-alive(s)`,
          ),
        );
        this.opts.onReport?.(
          registrationReport(registrationEvidence(e.registration), this.socket?.address ?? this.opts.listen),
        );
        return;
      case "refused":
        this.refused(e);
    }
  }

  private refused(e: Extract<GatekeeperEvent, { kind: "refused" }>): void {
    const now = Date.now();
    if (now - this.lastRefusalLogAt < REFUSAL_LOG_INTERVAL_MS) {
      this.refusalsUnsaid++;
      return;
    }
    const unsaid = this.refusalsUnsaid > 0 ? ` (+${this.refusalsUnsaid} more refused since)` : "";
    this.lastRefusalLogAt = now;
    this.refusalsUnsaid = 0;
    this.opts.onEvent?.({
      atMs: now,
      callId: "-",
      kind: "rejected",
      from: `h323:${e.from.host}:${e.from.port}`,
      detail: `${e.request} refused: ${e.reason}${e.detail ? ` (${e.detail})` : ""}${unsaid}`,
    });
  }

  private line(r: Registration, kind: "registered" | "unregistered", detail: string): RoomEvent {
    return {
      atMs: Date.now(),
      callId: r.endpointIdentifier,
      kind,
      from: `h323:${r.source.host}:${r.source.port}`,
      detail,
    };
  }
}

function describe(r: Registration): string {
  const aliases = r.aliases.map(aliasLabel).join(", ") || "no alias";
  const features = r.features.supported.length + r.features.desired.length + r.features.needed.length;
  return `${aliases}, timeToLive ${r.grantedTtlS} s${r.vendor ? `, ${r.vendor}` : ""}${features > 0 ? `, ${features} H.460 feature(s) declared` : ""}`;
}

/** The room's gatekeeper, or why it is not running although asked for. */
export interface GatekeeperStart {
  readonly gatekeeper?: RoomGatekeeper;
  readonly failed?: { readonly listen: HostPort; readonly error: string; readonly code?: string };
}

/**
 * Starts the gatekeeper beside the room's H.323 listener (calls to the room's aliases are
 * admitted to it); without that listener there is nothing to admit calls to, and it says so.
 */
export async function startRoomGatekeeper(
  listen: HostPort,
  h323: HostPort | undefined,
  opts: Omit<RoomGatekeeperOptions, "listen" | "callSignalAddress" | "gatekeeperId"> & {
    readonly publicAddress: string;
    readonly gatekeeperId?: string;
  },
): Promise<GatekeeperStart> {
  if (!h323)
    return {
      failed: {
        listen,
        error: "the room does not answer H.323, so its gatekeeper has nowhere to admit calls",
      },
    };
  const { publicAddress, gatekeeperId, ...rest } = opts;
  try {
    const gatekeeper = await RoomGatekeeper.start({
      ...rest,
      listen,
      gatekeeperId: gatekeeperId ?? DEFAULT_GATEKEEPER_ID,
      callSignalAddress: { host: publicAddress, port: h323.port },
    });
    return { gatekeeper };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return {
      failed: { listen, error: e instanceof Error ? e.message : String(e), ...(code ? { code } : {}) },
    };
  }
}
