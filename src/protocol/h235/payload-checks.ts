/**
 * RFC 6184 §5.3: the first octet of an H.264 RTP payload is a NAL unit header with the
 * forbidden_zero_bit clear and a type that single NAL unit (1-23), STAP-A (24) or FU-A (28)
 * packets use in packetization modes 0 and 1. A payload decrypted under a wrong key passes
 * this about 2 times in 5; with the padding check as well, a wrong key rarely goes unnoticed.
 */
export function h264PayloadPlausible(payload: Uint8Array): boolean {
  if (payload.length === 0) return false;
  const h = payload[0]!;
  if (h & 0x80) return false;
  const type = h & 0x1f;
  return (type >= 1 && type <= 24) || type === 28;
}
