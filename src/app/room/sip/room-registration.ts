import { type Core, Registerer, RegistererState, UserAgent } from "sip.js";

type IncomingResponse = Core.IncomingResponse;

import type { SipUserAgent } from "../../../adapters/sip/user-agent.js";

export interface RoomRegistrationOptions {
  /** The address of record the room is called by, e.g. "sip:room@vdm.test". */
  readonly aor: string;
  /** Request-URI of the REGISTER (RFC 3261 §10.2), e.g. "sip:127.0.0.1:5060". Default: the AOR's domain. */
  readonly registrar?: string;
  /** Binding lifetime asked for, seconds (RFC 3261 §10.2.1.1). Default 600. */
  readonly expiresS?: number;
  /** Wait after a failed REGISTER before the next try, seconds. Default 30. */
  readonly retryS?: number;
  readonly onEvent: (e: RegistrationEvent) => void;
}

interface Where {
  readonly aor: string;
  readonly registrar: string;
}

export type RegistrationEvent =
  | (Where & { readonly kind: "registered"; readonly expiresS: number; readonly refresh: boolean })
  | (Where & {
      readonly kind: "failed";
      /** The registrar's status, or sip.js's 408 (no answer) / 503 (could not send). */
      readonly status: number;
      readonly reason: string;
      /** Seconds until the next try; undefined once stopped. */
      readonly retryInS: number | undefined;
    })
  | (Where & { readonly kind: "unregistered"; readonly status: number | "timeout" });

const UNREGISTER_WAIT_MS = 2_000;
/** Refresh at this share of the granted lifetime: well before it runs out (RFC 3261 §10.2.4). */
const REFRESH_AT = 0.8;

/**
 * Keeps the room registered at a registrar under an address of record (RFC 3261 §10), so a proxy
 * routes calls for `user@domain` to it. sip.js's Registerer builds the REGISTER and answers digest
 * challenges (with the user agent's credentials); this class refreshes the binding itself, so that
 * the outcome of every REGISTER, refreshes included, is reported (sip.js's own refresh, at 99% of
 * the lifetime, says nothing when it fails, and never fires because ours comes first), and retries
 * after a failure. `stop()` removes the binding (Expires 0).
 */
export class RoomRegistration {
  private readonly registerer: Registerer;
  private readonly where: Where;
  private readonly expiresS: number;
  private readonly retryS: number;
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private registeredOnce = false;
  private firstOutcome: ((e: RegistrationEvent) => void) | undefined;
  /** The first outcome: registered, or failed (the retries go on). */
  readonly ready: Promise<RegistrationEvent>;

  constructor(
    private readonly ua: SipUserAgent,
    private readonly options: RoomRegistrationOptions,
  ) {
    const aor = UserAgent.makeURI(options.aor);
    if (!aor?.user) throw new Error(`--register: "${options.aor}" is not a SIP URI user@domain`);
    const registrarText = options.registrar ?? `sip:${aor.host}${aor.port ? `:${aor.port}` : ""}`;
    const registrar = UserAgent.makeURI(registrarText);
    if (!registrar) throw new Error(`--registrar: "${registrarText}" is not a SIP URI`);
    this.where = { aor: options.aor, registrar: registrarText };
    this.expiresS = options.expiresS ?? 600;
    this.retryS = options.retryS ?? 30;
    this.ready = new Promise((resolve) => {
      this.firstOutcome = resolve;
    });
    // RFC 3261 §10.2: To and From carry the address of record; the Contact is the room's own.
    this.registerer = new Registerer(ua.userAgent, {
      registrar,
      expires: this.expiresS,
      logConfiguration: false,
      params: { fromUri: aor, toUri: aor },
    });
    void this.send(false);
  }

  /** Where the REGISTERs go (the --registrar, or the AOR's domain). */
  get registrar(): string {
    return this.where.registrar;
  }

  /** Removes the binding (REGISTER with Expires 0) and stops refreshing. Idempotent. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    clearTimeout(this.timer);
    if (this.registerer.state === RegistererState.Registered) {
      const status = await new Promise<number | "timeout">((resolve) => {
        const t = setTimeout(() => resolve("timeout"), UNREGISTER_WAIT_MS);
        const done = (r: IncomingResponse) => {
          clearTimeout(t);
          resolve(r.message.statusCode ?? 0);
        };
        this.registerer
          .unregister({ requestDelegate: { onAccept: done, onReject: done } })
          .catch(() => resolve("timeout"));
      });
      this.options.onEvent({ kind: "unregistered", ...this.where, status });
    }
    await this.registerer.dispose().catch(() => {});
  }

  private schedule(seconds: number, refresh: boolean): void {
    if (this.stopped) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.send(refresh), Math.max(1, seconds) * 1000);
    this.timer.unref();
  }

  private emit(e: RegistrationEvent): void {
    this.options.onEvent(e);
    this.firstOutcome?.(e);
    this.firstOutcome = undefined;
  }

  private async send(refresh: boolean): Promise<void> {
    if (this.stopped) return;
    let callId: string | undefined;
    const fail = (status: number, reason: string) => {
      this.emit({
        kind: "failed",
        ...this.where,
        status,
        reason,
        retryInS: this.stopped ? undefined : this.retryS,
      });
      this.schedule(this.retryS, false);
    };
    try {
      const request = await this.registerer.register({
        requestDelegate: {
          onAccept: (r) => {
            const expiresS = grantedExpires(r, this.ua, this.expiresS);
            this.emit({
              kind: "registered",
              ...this.where,
              expiresS,
              refresh: refresh && this.registeredOnce,
            });
            this.registeredOnce = true;
            this.schedule(Math.floor(expiresS * REFRESH_AT), true);
          },
          onReject: (r) => {
            const status = r.message.statusCode ?? 0;
            // sip.js turns a send failure into a 503 of its own (RFC 3261 §8.1.3.1); the
            // transport knows the real cause.
            const sendError = callId ? this.ua.transport.sendErrorFor(callId)?.message : undefined;
            fail(status, sendError ?? reasonFor(status, r.message.reasonPhrase));
          },
        },
      });
      callId = request.message.callId;
    } catch (e) {
      fail(0, e instanceof Error ? e.message : String(e));
    }
  }
}

/** The lifetime the registrar granted our binding (RFC 3261 §10.2.4): its Contact's expires, else Expires. */
function grantedExpires(r: IncomingResponse, ua: SipUserAgent, asked: number): number {
  const ours = ua.userAgent.contact.uri;
  const count = r.message.getHeaders("contact").length;
  for (let i = 0; i < count; i++) {
    const c = r.message.parseHeader("contact", i);
    if (c?.uri?.user === ours.user && c.uri.host === ours.host) {
      const v = Number(c.getParam("expires"));
      if (Number.isFinite(v) && v > 0) return v;
    }
  }
  const header = Number(r.message.getHeader("expires"));
  return Number.isFinite(header) && header > 0 ? header : asked;
}

function reasonFor(status: number, phrase: string | undefined): string {
  const text = `${status} ${phrase ?? ""}`.trim();
  if (status === 401 || status === 407)
    return `${text} (the registrar wants a user name and password: --user, --password)`;
  if (status === 403) return `${text} (the registrar refused these credentials or this address of record)`;
  if (status === 408) return `${text} (no answer from the registrar)`;
  return text;
}
