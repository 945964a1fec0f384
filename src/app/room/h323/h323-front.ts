import type {
  H323Address,
  H323Aliases,
  H323ListenerHandle,
  H323ListenerLimits,
  H323MessageRecord,
  H323SetupInfo,
  IncomingH323Call,
} from "../../../adapters/h323/h323-call.js";
import { ROOM_PRODUCT, type RoomFront, type SignallingSource, type TakenRoomCall } from "../room-front.js";
import { calledAlias, callerIdentity, describeAliases } from "./h323-aliases.js";
import { H323CallHandle } from "./h323-call-handle.js";
import type { H323Engine } from "./h323-engine.js";
import { type H323Refusal, refusalOf } from "./h323-refusal.js";
import type { RegisteredEndpoint } from "./room-gatekeeper.js";

export interface H323FrontOptions {
  /** Where to take H.225.0 call signalling connections (TCP; H.323 §8.1 port 1720). */
  readonly listen: H323Address;
  /** The room's address for the calls it places (the callback alias). */
  readonly publicAddress: string;
  readonly limits?: H323ListenerLimits;
  /** Sees every H.225.0 and H.245 message of every call, the callbacks' too (`serve --pcap`). */
  readonly onMessage?: (m: H323MessageRecord) => void;
  /** The room's gatekeeper's lookup: where an endpoint registered under these aliases takes calls. */
  readonly registered?: (aliases: H323Aliases) => RegisteredEndpoint | undefined;
}

/**
 * The room's H.323 front: the only part of the room that speaks H.323 (through the engine in
 * src/adapters/h323). Each Setup becomes a room call: the alias from its destinationAddress, the
 * caller's media offer as SDP (the engine maps fast start or H.245 capabilities and channels to
 * SDP), negotiated once through `RoomFront.offer`; the room's answer goes back as Connect (with
 * fast start or H.245 channels), its refusal as ReleaseComplete with a reason and Q.850 cause.
 */
export class H323Front {
  private constructor(
    private readonly opts: H323FrontOptions,
    private readonly engine: H323Engine,
    private readonly listener: H323ListenerHandle,
    private readonly room: RoomFront,
  ) {}

  static async start(opts: H323FrontOptions, room: RoomFront, engine: H323Engine): Promise<H323Front> {
    const listener = await engine.listen({
      host: opts.listen.host,
      port: opts.listen.port,
      // The room names itself as it does in SIP (Server: vdm-test room), so a caller knows it.
      product: ROOM_PRODUCT,
      // H.235.6: the room installs each call's media keys on its RTP endpoints (take()).
      h235: true,
      ...(opts.limits ? { limits: opts.limits } : {}),
      ...(opts.onMessage ? { onMessage: opts.onMessage } : {}),
    });
    const front = new H323Front(opts, engine, listener, room);
    // Without fast start the engine may answer before it has the caller's media: the room says
    // on the Setup alone whether it takes the call.
    listener.admit((setup) => front.admit(setup));
    listener.onCall((incoming) => front.onCall(incoming));
    return front;
  }

  /** Where the front listens (the port, when 0 was asked for). */
  get address(): H323Address {
    return this.listener.address;
  }

  /** Stops taking calls; the room hangs up those it has. */
  async stop(): Promise<void> {
    await this.listener.close();
  }

  private admit(setup: H323SetupInfo): H323Refusal["reason"] | undefined {
    const busy = this.room.admits();
    if (!busy) return undefined;
    const refusal = refusalOf({ kind: "refuse", status: 503, ...busy });
    this.rejected(setup, refusal);
    return refusal.reason;
  }

  private rejected(setup: H323SetupInfo, refusal: H323Refusal): void {
    this.room.event({
      callId: setup.callId,
      kind: "rejected",
      from: callerIdentity(setup.callingAliases, setup.source),
      detail: `ReleaseComplete ${refusal.reason} (Q.850 cause ${refusal.cause}): ${refusal.detail}`,
    });
  }

  private onCall(incoming: IncomingH323Call): void {
    this.take(incoming).catch((e: unknown) =>
      this.room.event({
        callId: incoming.callId,
        kind: "error",
        from: callerIdentity(incoming.callingAliases, incoming.source),
        detail: `could not answer: ${e instanceof Error ? e.message : String(e)}`,
      }),
    );
  }

  /** One Setup with its media offer: the room's single negotiation, then Connect or ReleaseComplete. */
  private async take(incoming: IncomingH323Call): Promise<void> {
    const { callId } = incoming;
    const from = callerIdentity(incoming.callingAliases, incoming.source);
    const dialled = describeAliases(incoming.calledAliases);
    this.room.event({
      callId,
      kind: "incoming",
      from,
      detail: `H.323 (${incoming.mode}), dialled ${dialled}${incoming.vendor ? `, ${incoming.vendor}` : ""}`,
    });
    const source: SignallingSource = {
      transport: "h225",
      host: incoming.source.host,
      port: incoming.source.port,
    };
    const handle = new H323CallHandle(incoming, source, {
      localHost: this.opts.publicAddress,
      place: (o) => this.engine.place(this.opts.onMessage ? { ...o, onMessage: this.opts.onMessage } : o),
      ...(this.opts.registered ? { registered: this.opts.registered } : {}),
    });
    const outcome = await this.room.offer(
      { callId, from, dialled, alias: calledAlias(incoming.calledAliases), source, offer: incoming.sdpOffer },
      handle,
    );
    if (outcome.kind === "refuse") {
      const refusal = refusalOf(outcome);
      await incoming.refuse(refusal.reason);
      this.rejected(incoming, refusal);
      return;
    }
    const taken = outcome.call;
    // H.235.6 agreed on the Setup: the room's RTP goes through the call's media keys, before
    // Connect's channels can carry any media.
    const secured = incoming.encryption().agreed;
    if (secured) taken.secureMedia?.(secured.media);
    if (handle.hangUpRequested) {
      await incoming.refuse("undefinedReason").catch(() => {});
      return this.ended(handle, taken);
    }
    let call: Awaited<ReturnType<IncomingH323Call["answer"]>>;
    try {
      call = await incoming.answer(outcome.answer);
    } catch (e) {
      this.ended(handle, taken);
      throw e;
    }
    handle.answered(call);
    call.onKeyframeRequest(() => taken.keyframeRequested());
    taken.established();
    const end = () => this.ended(handle, taken);
    void call.whenEnded().then(end, end);
  }

  private ended(handle: H323CallHandle, taken: TakenRoomCall): void {
    handle.ended();
    taken.ended();
  }
}
