import { ParseError } from "../parse-error.js";

/*
 * Linux "cooked" capture header v2 (LINKTYPE_LINUX_SLL2 = 276, tcpdump.org/linktypes/LINKTYPE_LINUX_SLL2.html):
 *
 * +---------------------------+
 * |        Protocol type      |  2 octets (an EtherType)
 * |       Reserved (MBZ)      |  2
 * |       Interface index     |  4
 * |        ARPHRD_ type       |  2
 * |        Packet type        |  1
 * | Link-layer address length |  1
 * |    Link-layer address     |  8
 * +---------------------------+
 */
export const LINUX_SLL2_HEADER_LENGTH = 20;
const FORMAT = "Linux SLL2";

export interface LinuxSll2Header {
  readonly protocol: number;
  readonly interfaceIndex: number;
  readonly arphrdType: number;
  readonly packetType: number;
  readonly address: Uint8Array;
}

export function parseLinuxSll2(b: Uint8Array, start = 0, end = b.length): LinuxSll2Header {
  if (end - start < LINUX_SLL2_HEADER_LENGTH) {
    throw new ParseError(FORMAT, "header", start, `needs 20 bytes, only ${end - start} present`);
  }
  return {
    protocol: (b[start]! << 8) | b[start + 1]!,
    interfaceIndex:
      ((b[start + 4]! << 24) | (b[start + 5]! << 16) | (b[start + 6]! << 8) | b[start + 7]!) >>> 0,
    arphrdType: (b[start + 8]! << 8) | b[start + 9]!,
    packetType: b[start + 10]!,
    address: b.subarray(start + 12, start + 12 + Math.min(8, b[start + 11]!)),
  };
}

export function serializeLinuxSll2(h: LinuxSll2Header, payload: Uint8Array): Uint8Array {
  const out = new Uint8Array(LINUX_SLL2_HEADER_LENGTH + payload.length);
  const i = h.interfaceIndex;
  out.set(
    [h.protocol >> 8, h.protocol & 0xff, 0, 0, i >>> 24, (i >>> 16) & 0xff, (i >>> 8) & 0xff, i & 0xff],
    0,
  );
  out.set([h.arphrdType >> 8, h.arphrdType & 0xff, h.packetType, h.address.length], 8);
  out.set(h.address.subarray(0, 8), 12);
  out.set(payload, LINUX_SLL2_HEADER_LENGTH);
  return out;
}
