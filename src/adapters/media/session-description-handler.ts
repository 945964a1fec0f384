import type { BodyAndContentType, SessionDescriptionHandler } from "sip.js";

/**
 * What a call's media side does in SDP offer/answer (RFC 3264), without knowing about sip.js.
 * The caller's and the room's media sessions implement it.
 */
export interface OfferAnswerParty {
  /** Our offer (initial INVITE, or a re-INVITE we send). */
  createOffer(): Promise<string>;
  /** The answer to our last offer. */
  acceptAnswer(sdp: string): Promise<void>;
  /** An offer from the far end (initial INVITE or re-INVITE). */
  acceptOffer(sdp: string): Promise<void>;
  /** Our answer to the offer just accepted. */
  createAnswer(): Promise<string>;
  close(): void;
}

/**
 * sip.js's SessionDescriptionHandler over an OfferAnswerParty: sip.js calls getDescription and
 * setDescription in an order that tells whether we are offering or answering.
 */
export class OfferAnswerHandler implements SessionDescriptionHandler {
  private state: "stable" | "have-local-offer" | "have-remote-offer" = "stable";

  constructor(private readonly party: OfferAnswerParty) {}

  async getDescription(): Promise<BodyAndContentType> {
    if (this.state === "have-remote-offer") {
      const body = await this.party.createAnswer();
      this.state = "stable";
      return { body, contentType: "application/sdp" };
    }
    const body = await this.party.createOffer();
    this.state = "have-local-offer";
    return { body, contentType: "application/sdp" };
  }

  async setDescription(sdp: string): Promise<void> {
    if (this.state === "have-local-offer") {
      await this.party.acceptAnswer(sdp);
      this.state = "stable";
      return;
    }
    await this.party.acceptOffer(sdp);
    this.state = "have-remote-offer";
  }

  hasDescription(contentType: string): boolean {
    return contentType.toLowerCase().startsWith("application/sdp");
  }

  async rollbackDescription(): Promise<void> {
    this.state = "stable";
  }

  sendDtmf(): boolean {
    return false;
  }

  close(): void {
    this.party.close();
  }
}
