import type { BodyAndContentType, SessionDescriptionHandler, SessionDescriptionHandlerFactory } from "sip.js";

/** A minimal SDP (RFC 4566) offer/answer for signalling tests: audio PCMU on loopback. */
export function fixedSdp(port: number, sessionId = 1): string {
  return [
    "v=0",
    `o=vdm-test ${sessionId} 1 IN IP4 127.0.0.1`,
    "s=-",
    "c=IN IP4 127.0.0.1",
    "t=0 0",
    `m=audio ${port} RTP/AVP 0`,
    "a=rtpmap:0 PCMU/8000",
    "a=sendrecv",
    "",
  ].join("\r\n");
}

/**
 * A SessionDescriptionHandler with no media: it always offers/answers a fixed SDP body and
 * records what the peer sent. Enough for sip.js to run INVITE/200/ACK/BYE.
 */
export class FixedSessionDescriptionHandler implements SessionDescriptionHandler {
  /** Every remote description set, in order. */
  readonly remote: string[] = [];
  closed = false;

  constructor(private readonly sdp: string) {}

  close(): void {
    this.closed = true;
  }

  async getDescription(): Promise<BodyAndContentType> {
    return { body: this.sdp, contentType: "application/sdp" };
  }

  hasDescription(contentType: string): boolean {
    return contentType === "application/sdp";
  }

  async setDescription(sdp: string): Promise<void> {
    this.remote.push(sdp);
  }

  sendDtmf(): boolean {
    return false;
  }
}

/** A factory handing out FixedSessionDescriptionHandlers; keeps them for assertions. */
export function fixedSdhFactory(
  port: number,
): SessionDescriptionHandlerFactory & { handlers: FixedSessionDescriptionHandler[] } {
  const handlers: FixedSessionDescriptionHandler[] = [];
  const create: SessionDescriptionHandlerFactory = () => {
    const h = new FixedSessionDescriptionHandler(fixedSdp(port, handlers.length + 1));
    handlers.push(h);
    return h;
  };
  return Object.assign(create, { handlers });
}
