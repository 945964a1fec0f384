import type { H245 } from "../asn1/index.js";
import { IllegalTransitionError, type MachineOutput, MachineQueue, type SansIoMachine } from "../machine.js";
import { type H239Message, h239ToH245 } from "./h239-messages.js";

// ITU-T H.239 §11 (token management), §11.2 (end-user system procedures) between two
// terminals, one machine for either end. The presentation role has one token. To present, a
// terminal sends presentationTokenRequest (with the channel it will open and a random
// symmetryBreaking 1..127) and waits for presentationTokenResponse; on acknowledge it holds the
// token, says so with presentationTokenIndicateOwner and may open its presentation channel
// (H.239 §9); it gives the token up with presentationTokenRelease. The other end answers each
// request by its policy: granting while it holds the token takes the token from it (it must
// stop presenting). Both ask at once: the higher symmetryBreaking wins, the lower request is
// rejected; equal values reject both (H.239 §11.2). Answers and releases that fit no state are
// out of order: reported, never acted on.

export type TokenState =
  /** Nobody holds the token as far as we know. */
  | "free"
  /** We asked, awaiting the response (bounded). */
  | "requesting"
  /** We hold the token. */
  | "held"
  /** The far end holds the token. */
  | "remoteHolds";

export type H239TokenEvent =
  | { readonly type: "tokenGranted"; readonly channelId: number }
  | { readonly type: "tokenRejected"; readonly channelId: number; readonly reason: string }
  /** The far end took the token from us (we granted its request while holding it). */
  | { readonly type: "tokenLost"; readonly channelId: number }
  /** The far end asked; `granted` says how we answered. */
  | { readonly type: "remoteRequested"; readonly channelId: number; readonly granted: boolean }
  /** The far end holds the token (our acknowledge, or its presentationTokenIndicateOwner). */
  | { readonly type: "remoteOwns"; readonly channelId: number }
  | { readonly type: "remoteReleased"; readonly channelId: number }
  /** A token message that fits no state: kept as evidence, nothing else done. */
  | { readonly type: "tokenOutOfOrder"; readonly message: string; readonly state: TokenState };

export type TokenPolicy = "grant" | "deny";

type Msg = H245.MultimediaSystemControlMessage;

/** How long a request waits for its response (H.239 leaves it to the system). */
export const TOKEN_RESPONSE_MS = 10_000;

const ALLOWED: Record<TokenState, readonly TokenState[]> = {
  free: ["requesting", "remoteHolds"],
  requesting: ["held", "free", "remoteHolds"],
  held: ["free", "remoteHolds"],
  remoteHolds: ["free", "requesting", "remoteHolds"],
};

export class H239Token implements SansIoMachine<Msg, H239TokenEvent> {
  private readonly queue = new MachineQueue<Msg, H239TokenEvent>();
  private state: TokenState = "free";
  private deadline: number | undefined;
  private ourRequest: { channelId: number; symmetryBreaking: number } | undefined;
  private channelId = 0;
  /** How we answer the far end's requests (the room's floor policy). */
  policy: TokenPolicy = "grant";

  constructor(private readonly responseMs = TOKEN_RESPONSE_MS) {}

  get currentState(): TokenState {
    return this.state;
  }

  /** The channel the token's holder named (ours while held, the far end's while it holds it). */
  get ownerChannel(): number | undefined {
    return this.state === "held" || this.state === "remoteHolds" ? this.channelId : undefined;
  }

  private go(to: TokenState): void {
    if (!ALLOWED[this.state].includes(to)) throw new IllegalTransitionError("H.239 token", this.state, to);
    this.state = to;
  }

  private send(m: H239Message): void {
    this.queue.transmit(h239ToH245(m));
  }

  /**
   * Asks for the token for `channelId`, the presentation channel we will open; `symmetryBreaking`
   * is 1..127 and random (randomness is the shell's).
   */
  request(now: number, channelId: number, symmetryBreaking: number): void {
    if (this.state === "requesting" || this.state === "held")
      throw new IllegalTransitionError("H.239 token", this.state, "requesting");
    this.go("requesting");
    this.ourRequest = { channelId, symmetryBreaking };
    this.deadline = now + this.responseMs;
    this.send({ type: "presentationTokenRequest", terminalLabel: 0, channelId, symmetryBreaking });
  }

  /** Gives the token back (H.239 §8.5 presentationTokenRelease). */
  release(_now: number): void {
    if (this.state !== "held") throw new IllegalTransitionError("H.239 token", this.state, "free");
    this.go("free");
    this.send({ type: "presentationTokenRelease", terminalLabel: 0, channelId: this.channelId });
  }

  handleMessage(now: number, m: H239Message): void {
    switch (m.type) {
      case "presentationTokenRequest":
        this.onRequest(now, m);
        return;
      case "presentationTokenResponse":
        this.onResponse(m);
        return;
      case "presentationTokenRelease":
        if (this.state !== "remoteHolds") {
          this.outOfOrder(m.type);
          return;
        }
        this.go("free");
        this.queue.event({ type: "remoteReleased", channelId: m.channelId });
        return;
      case "presentationTokenIndicateOwner":
        // The far end says it holds the token: after our acknowledge, or when it took it on its own.
        if (this.state === "held" || this.state === "requesting") {
          this.outOfOrder(m.type);
          return;
        }
        if (this.state !== "remoteHolds" || this.channelId !== m.channelId) {
          this.channelId = m.channelId;
          this.go("remoteHolds");
          this.queue.event({ type: "remoteOwns", channelId: m.channelId });
        }
        return;
      case "flowControlReleaseRequest":
        // H.239 §8.4: we send within our channels' rates; a release request is refused.
        this.send({ type: "flowControlReleaseResponse", result: "reject", channelId: m.channelId });
        return;
      case "flowControlReleaseResponse": {
        this.outOfOrder(m.type);
        return;
      }
    }
  }

  private onRequest(_now: number, m: Extract<H239Message, { type: "presentationTokenRequest" }>): void {
    if (this.state === "requesting" && this.ourRequest) {
      // H.239 §11.2: both asked: the larger symmetryBreaking goes on, an equal one fails both.
      const ours = this.ourRequest.symmetryBreaking;
      if (ours > m.symmetryBreaking) {
        this.answer(m.channelId, "reject");
        this.queue.event({ type: "remoteRequested", channelId: m.channelId, granted: false });
        return;
      }
      this.deadline = undefined;
      const lost = this.ourRequest.channelId;
      this.ourRequest = undefined;
      this.go("free");
      this.queue.event({
        type: "tokenRejected",
        channelId: lost,
        reason:
          ours === m.symmetryBreaking
            ? "both ends asked with the same symmetryBreaking"
            : "the far end asked at the same time with a larger symmetryBreaking",
      });
      if (ours === m.symmetryBreaking) {
        this.answer(m.channelId, "reject");
        this.queue.event({ type: "remoteRequested", channelId: m.channelId, granted: false });
        return;
      }
    }
    const granted = this.policy === "grant";
    this.answer(m.channelId, granted ? "acknowledge" : "reject");
    this.queue.event({ type: "remoteRequested", channelId: m.channelId, granted });
    if (!granted) return;
    const wasHeld = this.state === "held";
    const ourChannel = this.channelId;
    this.channelId = m.channelId;
    this.go("remoteHolds");
    if (wasHeld) this.queue.event({ type: "tokenLost", channelId: ourChannel });
    this.queue.event({ type: "remoteOwns", channelId: m.channelId });
  }

  private onResponse(m: Extract<H239Message, { type: "presentationTokenResponse" }>): void {
    const ours = this.ourRequest;
    if (this.state !== "requesting" || !ours || ours.channelId !== m.channelId) {
      this.outOfOrder(m.type);
      return;
    }
    this.deadline = undefined;
    this.ourRequest = undefined;
    if (m.result === "reject") {
      this.go("free");
      this.queue.event({ type: "tokenRejected", channelId: m.channelId, reason: "the far end rejected it" });
      return;
    }
    this.channelId = m.channelId;
    this.go("held");
    // H.239 §11.2: the new owner tells it with presentationTokenIndicateOwner.
    this.send({ type: "presentationTokenIndicateOwner", terminalLabel: 0, channelId: m.channelId });
    this.queue.event({ type: "tokenGranted", channelId: m.channelId });
  }

  private answer(channelId: number, result: "acknowledge" | "reject"): void {
    this.send({ type: "presentationTokenResponse", result, terminalLabel: 0, channelId });
  }

  private outOfOrder(message: string): void {
    this.queue.event({ type: "tokenOutOfOrder", message, state: this.state });
  }

  handleTimeout(now: number): void {
    if (this.deadline === undefined || now < this.deadline || this.state !== "requesting") return;
    const channelId = this.ourRequest?.channelId ?? 0;
    this.deadline = undefined;
    this.ourRequest = undefined;
    this.go("free");
    this.queue.event({
      type: "tokenRejected",
      channelId,
      reason: `no presentationTokenResponse within ${this.responseMs} ms`,
    });
  }

  pollOutput(): MachineOutput<Msg, H239TokenEvent> {
    return this.queue.poll(this.deadline);
  }
}
