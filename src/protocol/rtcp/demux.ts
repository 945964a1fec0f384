/**
 * RFC 5761 §4: with rtcp-mux, RTP and RTCP share a port. RTCP packet types 192..223
 * (SR 200, RR 201, SDES 202, BYE 203, APP 204, RTPFB 205, PSFB 206, ...) occupy the second
 * octet; RTP payload types 64..95 with the marker bit set would collide, so they are not used.
 */
export function isRtcp(packet: Uint8Array): boolean {
  if (packet.length < 2) return false;
  if (packet[0]! >> 6 !== 2) return false;
  const pt = packet[1]!;
  return pt >= 192 && pt <= 223;
}
