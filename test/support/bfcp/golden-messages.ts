import type { BfcpMessage } from "../../../src/protocol/bfcp/message.js";

// Golden BFCP messages built by hand from the message definitions of RFC 8855
// §5.1 (common header), §5.2 (attributes) and §5.3 (message formats), annotated
// byte by byte. Tests check parse(bytes) == message and serialise(message) == bytes.

/** Hex with `#` comments to the end of each line, e.g. "20 0b  # Ver=1, Hello". */
export function hex(annotated: string): Uint8Array {
  const digits = annotated
    .split("\n")
    .map((line) => line.replace(/#.*$/, ""))
    .join("")
    .replace(/\s+/g, "");
  if (digits.length % 2 !== 0 || /[^0-9a-f]/i.test(digits)) throw new Error(`bad golden hex: ${digits}`);
  return Uint8Array.from(digits.match(/../g) ?? [], (b) => Number.parseInt(b, 16));
}

export interface GoldenMessage {
  readonly name: string;
  readonly bytes: Uint8Array;
  readonly message: BfcpMessage;
}

export const GOLDEN: readonly GoldenMessage[] = [
  {
    name: "Hello over TCP (RFC 8855 §5.3.11)",
    bytes: hex(`
      20        # Ver=1 (reliable) R=0 F=0 Res=0
      0b        # Primitive 11 Hello
      00 00     # Payload Length 0 (no attributes)
      00 00 00 01  # Conference ID 1
      00 01     # Transaction ID 1
      00 02     # User ID 2
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 11,
      conferenceId: 1,
      transactionId: 1,
      userId: 2,
      attributes: [],
    },
  },
  {
    name: "FloorRequest over UDP with FLOOR-ID (RFC 8855 §5.3.1)",
    bytes: hex(`
      40        # Ver=2 (unreliable) R=0 F=0
      01        # Primitive 1 FloorRequest
      00 01     # Payload Length 1 (4 octets)
      11 22 33 44  # Conference ID 0x11223344
      01 02     # Transaction ID 0x0102
      03 04     # User ID 0x0304
      05        # FLOOR-ID: Type 2 << 1 | M=1
      04        # Length 4 (header 2 + Unsigned16 2), no padding
      00 02     # Floor ID 2
    `),
    message: {
      version: 2,
      responder: false,
      primitive: 1,
      conferenceId: 0x11223344,
      transactionId: 0x0102,
      userId: 0x0304,
      attributes: [{ kind: "floorId", mandatory: true, value: 2 }],
    },
  },
  {
    name: "FloorRequest with BENEFICIARY-ID, PRIORITY and PARTICIPANT-PROVIDED-INFO (RFC 8855 §5.3.1)",
    bytes: hex(`
      20 01 00 05  # Ver=1, FloorRequest, Payload Length 5 (20 octets)
      00 00 00 07  # Conference ID 7
      00 09 00 03  # Transaction ID 9, User ID 3
      04 04 00 01  # FLOOR-ID (2<<1, M=0) Length 4, Floor ID 1
      02 04 00 05  # BENEFICIARY-ID (1<<1) Length 4, Beneficiary ID 5
      08 04 60 00  # PRIORITY (4<<1) Length 4, Prio=3 (High) in the top 3 bits, 13 reserved bits
      10 08        # PARTICIPANT-PROVIDED-INFO (8<<1) Length 8 (2 + 6 octets of text)
      73 6c 69 64 65 73  # "slides" (no padding: 8 is a multiple of 4)
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 1,
      conferenceId: 7,
      transactionId: 9,
      userId: 3,
      attributes: [
        { kind: "floorId", mandatory: false, value: 1 },
        { kind: "beneficiaryId", mandatory: false, value: 5 },
        { kind: "priority", mandatory: false, priority: 3 },
        { kind: "participantProvidedInfo", mandatory: false, text: "slides" },
      ],
    },
  },
  {
    name: "FloorRelease over TCP (RFC 8855 §5.3.2)",
    bytes: hex(`
      20 02 00 01  # Ver=1, FloorRelease, Payload Length 1
      00 00 00 01  # Conference ID 1
      00 03 00 02  # Transaction ID 3, User ID 2
      06 04 00 07  # FLOOR-REQUEST-ID (3<<1) Length 4, Floor Request ID 7
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 2,
      conferenceId: 1,
      transactionId: 3,
      userId: 2,
      attributes: [{ kind: "floorRequestId", mandatory: false, value: 7 }],
    },
  },
  {
    name: "HelloAck with SUPPORTED-PRIMITIVES and SUPPORTED-ATTRIBUTES, padded (RFC 8855 §5.3.12)",
    bytes: hex(`
      20 0c 00 04  # Ver=1, HelloAck, Payload Length 4 (16 octets)
      00 00 00 01  # Conference ID 1
      00 01 00 02  # Transaction ID 1, User ID 2
      16 07        # SUPPORTED-PRIMITIVES (11<<1) Length 7 (2 + 5 primitives)
      01 02 04 0b 0c  # FloorRequest FloorRelease FloorRequestStatus Hello HelloAck
      00           # 1 octet of padding to 8 (not counted in Length)
      14 05        # SUPPORTED-ATTRIBUTES (10<<1) Length 5 (2 + 3 attributes)
      02 04 06     # BENEFICIARY-ID, FLOOR-ID, FLOOR-REQUEST-ID, each Type<<1 with R=0
      00 00 00     # 3 octets of padding to 8
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 12,
      conferenceId: 1,
      transactionId: 1,
      userId: 2,
      attributes: [
        { kind: "supportedPrimitives", mandatory: false, primitives: [1, 2, 4, 11, 12] },
        { kind: "supportedAttributes", mandatory: false, types: [1, 2, 3] },
      ],
    },
  },
  {
    name: "FloorRequestStatus response over UDP with nested groups (RFC 8855 §5.3.4)",
    bytes: hex(`
      50 04 00 06  # Ver=2 R=1 (response), FloorRequestStatus, Payload Length 6 (24 octets)
      00 00 00 01  # Conference ID 1
      12 34 00 02  # Transaction ID 0x1234 (echoes the request), User ID 2
      1e 18 00 07  # FLOOR-REQUEST-INFORMATION (15<<1) Length 24, Floor Request ID 7
      24 08 00 07  #   OVERALL-REQUEST-STATUS (18<<1) Length 8, Floor Request ID 7
      0a 04 03 00  #     REQUEST-STATUS (5<<1) Length 4, Granted (3), Queue Position 0
      22 0c 00 02  #   FLOOR-REQUEST-STATUS (17<<1) Length 12, Floor ID 2
      0a 04 03 00  #     REQUEST-STATUS Granted, queue 0
      12 04 6f 6b  #     STATUS-INFO (9<<1) Length 4, "ok"
    `),
    message: {
      version: 2,
      responder: true,
      primitive: 4,
      conferenceId: 1,
      transactionId: 0x1234,
      userId: 2,
      attributes: [
        {
          kind: "floorRequestInformation",
          mandatory: false,
          id: 7,
          children: [
            {
              kind: "overallRequestStatus",
              mandatory: false,
              id: 7,
              children: [{ kind: "requestStatus", mandatory: false, status: 3, queuePosition: 0 }],
            },
            {
              kind: "floorRequestStatus",
              mandatory: false,
              id: 2,
              children: [
                { kind: "requestStatus", mandatory: false, status: 3, queuePosition: 0 },
                { kind: "statusInfo", mandatory: false, text: "ok" },
              ],
            },
          ],
        },
      ],
    },
  },
  {
    name: "UserStatus with BENEFICIARY-INFORMATION and REQUESTED-BY-INFORMATION (RFC 8855 §5.3.6)",
    bytes: hex(`
      20 06 00 0a  # Ver=1, UserStatus, Payload Length 10 (40 octets)
      00 00 00 01  # Conference ID 1
      00 05 00 02  # Transaction ID 5, User ID 2
      1c 18 00 05  # BENEFICIARY-INFORMATION (14<<1) Length 24, Beneficiary ID 5
      18 05 41 6e 6e 00 00 00  # USER-DISPLAY-NAME (12<<1) Length 5 "Ann" + 3 padding
      1a 09 73 69 70 3a 61 40 62 00 00 00  # USER-URI (13<<1) Length 9 "sip:a@b" + 3 padding
      1e 10 00 01  # FLOOR-REQUEST-INFORMATION Length 16, Floor Request ID 1
      22 04 00 01  #   FLOOR-REQUEST-STATUS Length 4, Floor ID 1 (no nested attributes)
      20 08 00 09  #   REQUESTED-BY-INFORMATION (16<<1) Length 8, Requested-by ID 9
      19 04 42 6f  #     USER-DISPLAY-NAME (12<<1, M=1) Length 4, "Bo"
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 6,
      conferenceId: 1,
      transactionId: 5,
      userId: 2,
      attributes: [
        {
          kind: "beneficiaryInformation",
          mandatory: false,
          id: 5,
          children: [
            { kind: "userDisplayName", mandatory: false, text: "Ann" },
            { kind: "userUri", mandatory: false, text: "sip:a@b" },
          ],
        },
        {
          kind: "floorRequestInformation",
          mandatory: false,
          id: 1,
          children: [
            { kind: "floorRequestStatus", mandatory: false, id: 1, children: [] },
            {
              kind: "requestedByInformation",
              mandatory: false,
              id: 9,
              children: [{ kind: "userDisplayName", mandatory: true, text: "Bo" }],
            },
          ],
        },
      ],
    },
  },
  {
    name: "Error with ERROR-CODE 4 details and ERROR-INFO (RFC 8855 §5.3.13)",
    bytes: hex(`
      20 0d 00 03  # Ver=1, Error, Payload Length 3 (12 octets)
      00 00 00 01  # Conference ID 1
      00 08 00 02  # Transaction ID 8, User ID 2
      0d 04 04 fe  # ERROR-CODE (6<<1, M=1) Length 4, code 4 Unknown Mandatory Attribute, details: type 127<<1
      0e 05 62 61 64  # ERROR-INFO (7<<1) Length 5, "bad" (not null-terminated)
      00 00 00     # 3 octets of padding: Length 5 pads to 8
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 13,
      conferenceId: 1,
      transactionId: 8,
      userId: 2,
      attributes: [
        { kind: "errorCode", mandatory: true, code: 4, details: Uint8Array.of(0xfe) },
        { kind: "errorInfo", mandatory: false, text: "bad" },
      ],
    },
  },
  {
    name: "FloorRequestStatusAck over UDP (RFC 8855 §5.3.14)",
    bytes: hex(`
      50 0e 00 00  # Ver=2 R=1, FloorRequestStatusAck, Payload Length 0
      00 00 00 01  # Conference ID 1
      00 2a 00 02  # Transaction ID 42 (the server's notification), User ID 2
    `),
    message: {
      version: 2,
      responder: true,
      primitive: 14,
      conferenceId: 1,
      transactionId: 42,
      userId: 2,
      attributes: [],
    },
  },
  {
    name: "Goodbye with an unknown attribute type kept verbatim (RFC 8855 §5.3.17)",
    bytes: hex(`
      20 11 00 01  # Ver=1, Goodbye, Payload Length 1
      ff ff ff ff  # Conference ID 4294967295
      ff ff ff ff  # Transaction ID 65535, User ID 65535
      fe 03 aa 00  # Type 127 M=0, Length 3, one octet 0xaa, 1 padding
    `),
    message: {
      version: 1,
      responder: false,
      primitive: 17,
      conferenceId: 0xffffffff,
      transactionId: 0xffff,
      userId: 0xffff,
      attributes: [{ kind: "unknown", type: 127, mandatory: false, contents: Uint8Array.of(0xaa) }],
    },
  },
];
