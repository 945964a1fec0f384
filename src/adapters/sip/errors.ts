/** Why a SIP target could not be reached. */
export type SipTargetErrorKind = "unreachable" | "timeout" | "dns" | "tls";

/**
 * The one error the SIP transport and the OPTIONS use case reject with when a target cannot be
 * reached. `message` is one line fit for a report ("TLS to 127.0.0.1:5061: self-signed certificate").
 */
export class SipTargetError extends Error {
  override readonly name = "SipTargetError";
  constructor(
    readonly kind: SipTargetErrorKind,
    /** The target as given (URI or host:port). */
    readonly target: string,
    detail: string,
  ) {
    super(`${kindText[kind]} ${target}: ${detail}`);
  }
}

const kindText: Record<SipTargetErrorKind, string> = {
  unreachable: "cannot reach",
  timeout: "no answer from",
  dns: "cannot resolve",
  tls: "TLS failed with",
};
