import type { CallSession } from "./call-session.js";
import type { H323Call, H323CallEnd, H323CallFacts, H323Encryption, H323MessageRecord } from "./h323-call.js";

/** The application's view of an established call, either role. */
export class H323CallHandle implements H323Call {
  readonly callId: string;

  constructor(
    private readonly session: CallSession,
    private readonly remote: () => string,
  ) {
    this.callId = session.callId;
  }

  facts(): H323CallFacts {
    return this.session.facts();
  }

  messages(): readonly H323MessageRecord[] {
    return this.session.log.all();
  }

  requestKeyframe(): boolean {
    return this.session.requestKeyframe();
  }

  onKeyframeRequest(fn: () => void): void {
    this.session.onKeyframeRequest(fn);
  }

  hangUp(reason?: string): Promise<void> {
    return this.session.hangUp(reason);
  }

  whenEnded(): Promise<H323CallEnd> {
    return this.session.whenEnded();
  }

  presentation() {
    return this.session.presentation;
  }

  remoteMedia(): string {
    return this.remote();
  }

  encryption(): H323Encryption {
    return this.session.h235.view();
  }

  updateMediaKey(kind: "audio" | "video"): boolean {
    return this.session.updateMediaKey(kind);
  }
}
