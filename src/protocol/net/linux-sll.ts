import { ParseError } from "../parse-error.js";

/*
 * Linux "cooked" capture header v1 (LINKTYPE_LINUX_SLL = 113, tcpdump.org/linktypes/LINKTYPE_LINUX_SLL.html):
 *
 * +---------------------------+
 * |         Packet type       |  2 octets (0 to us, 4 sent by us, ...)
 * |        ARPHRD_ type       |  2
 * | Link-layer address length |  2
 * |    Link-layer address     |  8 (padded or cut to 8)
 * |        Protocol type      |  2 (an EtherType for Ethernet-like devices)
 * +---------------------------+
 */
export const LINUX_SLL_HEADER_LENGTH = 16;
const FORMAT = "Linux SLL";

export interface LinuxSllHeader {
  readonly packetType: number;
  readonly arphrdType: number;
  /** The link-layer address (at most 8 octets kept), a view. */
  readonly address: Uint8Array;
  readonly protocol: number;
}

export function parseLinuxSll(b: Uint8Array, start = 0, end = b.length): LinuxSllHeader {
  if (end - start < LINUX_SLL_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 16 bytes, only ${end - start} present`);
  }
  const addressLength = Math.min(8, (b[start + 4]! << 8) | b[start + 5]!);
  return {
    packetType: (b[start]! << 8) | b[start + 1]!,
    arphrdType: (b[start + 2]! << 8) | b[start + 3]!,
    address: b.subarray(start + 6, start + 6 + addressLength),
    protocol: (b[start + 14]! << 8) | b[start + 15]!,
  };
}

export function serializeLinuxSll(h: LinuxSllHeader, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(LINUX_SLL_HEADER_LENGTH + payload.length);
  out.set(
    [h.packetType >> 8, h.packetType & 0xff, h.arphrdType >> 8, h.arphrdType & 0xff, 0, h.address.length],
    0,
  );
  out.set(h.address.subarray(0, 8), 6);
  out[14] = h.protocol >> 8;
  out[15] = h.protocol & 0xff;
  out.set(payload, LINUX_SLL_HEADER_LENGTH);
  return out;
}
