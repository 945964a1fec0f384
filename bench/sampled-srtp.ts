import type { SrtpTransform } from "../src/adapters/media/rtp-endpoint.js";
import type { NegotiatedSrtp } from "../src/protocol/sdp/sdp-types.js";
import { createSrtpContext, type SrtpContext } from "../src/protocol/srtp/srtp-context.js";
import { srtpSuiteParams } from "../src/protocol/srtp/srtp-suite.js";

/**
 * The load generator's SRTP: protects every packet it sends (the room must authenticate and
 * decrypt each), but on the way back authenticates and decrypts only every `every`-th packet, and
 * every packet while `mustVerify()` says so (until the latency matcher has seen plaintext). The
 * rest are passed on with their header in the clear and the tag cut off: sequence numbers (loss,
 * latency) are in the header, so only the generator's own CPU is saved, to keep it from being the
 * bottleneck. The sampled packets still prove the room's SRTP is right; a failure throws as usual.
 */
export class SampledSrtp implements SrtpTransform {
  private readonly ctx: SrtpContext;
  private readonly rtpTrailer: number;
  private received = 0;

  constructor(
    srtp: NegotiatedSrtp,
    private readonly every: number,
    private readonly mustVerify: () => boolean = () => false,
  ) {
    this.ctx = createSrtpContext({
      suite: srtp.suite,
      localKey: srtp.localKey,
      remoteKey: srtp.remoteKey,
      remoteMkiLength: srtp.remoteMkiLength,
    });
    this.rtpTrailer = srtp.remoteMkiLength + srtpSuiteParams(srtp.suite).rtpTagLength;
  }

  /** Packets authenticated and decrypted so far. */
  verified = 0;

  protectRtp(packet: Uint8Array): Uint8Array {
    return this.ctx.protectRtp(packet);
  }

  unprotectRtp(packet: Uint8Array): Uint8Array {
    if (this.received++ % this.every === 0 || this.mustVerify() || packet.length < 12 + this.rtpTrailer) {
      this.verified++;
      return this.ctx.unprotectRtp(packet);
    }
    return packet.subarray(0, packet.length - this.rtpTrailer);
  }

  protectRtcp(packet: Uint8Array): Uint8Array {
    return this.ctx.protectRtcp(packet);
  }

  unprotectRtcp(packet: Uint8Array): Uint8Array {
    return this.ctx.unprotectRtcp(packet);
  }
}
