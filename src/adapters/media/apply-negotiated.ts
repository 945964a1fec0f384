import { receives, sends } from "../../protocol/sdp/direction.js";
import type { NegotiatedMedia } from "../../protocol/sdp/sdp-types.js";
import { createSrtpContext } from "../../protocol/srtp/srtp-context.js";
import type { RtpEndpoint } from "./rtp-endpoint.js";

/**
 * Points an endpoint at what offer/answer agreed: the peer's RTP/RTCP address and the SRTP keys
 * (RFC 4568), or plain RTP. Called again after every re-INVITE; SRTP state is only replaced when
 * the keys change, so a refresh does not reset rollover counters.
 */
export function applyNegotiated(
  endpoint: RtpEndpoint,
  media: NegotiatedMedia,
  previous?: NegotiatedMedia,
): void {
  // RFC 3264 §8.4 hold and resume: we send only while both SDPs say this direction flows.
  endpoint.sendEnabled = sends(media.direction) && receives(media.remoteDirection);
  // RFC 5761 §5.1.1: RTCP shares the RTP port only when offer and answer both said a=rtcp-mux.
  endpoint.setRtcpMux(media.rtcpMux);
  if (media.remote) {
    endpoint.setRemote({
      address: media.remote.address,
      rtpPort: media.remote.rtpPort,
      rtcpPort: media.remote.rtcpPort,
    });
  }
  const s = media.srtp;
  const same =
    s !== undefined &&
    previous?.srtp !== undefined &&
    previous.srtp.suite === s.suite &&
    Buffer.from(previous.srtp.localKey).equals(s.localKey) &&
    Buffer.from(previous.srtp.remoteKey).equals(s.remoteKey);
  if (same) return;
  endpoint.setSrtp(
    s
      ? createSrtpContext({
          suite: s.suite,
          localKey: s.localKey,
          remoteKey: s.remoteKey,
          remoteMkiLength: s.remoteMkiLength,
        })
      : undefined,
  );
}
