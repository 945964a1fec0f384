import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { type H245, multimediaSystemControlMessage } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";
import {
  H239_CONTROL_CAPABILITY_ID,
  H239Role,
  h239ControlCapability,
  presentationVideoCapability,
  readExtendedVideo,
  readH239Capabilities,
} from "./h239-capabilities.js";
import { H239_MESSAGE_ID, type H239Message, h239ToH245, readH239 } from "./h239-messages.js";
import { H241Level, H241ProfileBit } from "./terminal-capabilities.js";

// H.239 capabilities and token messages against the bytes H323Plus sent in capture
// f-h323plus-video (grace presents to frank at ~3 s): frame 375 presentationTokenRequest,
// 377 presentationTokenResponse acknowledge, 381 presentationTokenIndicateOwner and the
// OpenLogicalChannel of the presentation (channel 103, role label presentation), 8 the TCS.

const golden = loadGoldenPdus().filter(
  (p) => p.capture === "f-h323plus-video" && p.type === "MultimediaSystemControlMessage",
);
const frame = (n: number) => golden.filter((p) => p.frame === n).map((p) => p.bytes);
const decode = (b: Uint8Array) => multimediaSystemControlMessage.decode(b);
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("H.239 token messages (H.239 §8.2, §8.5) from capture f-h323plus-video", () => {
  it("frame 375: presentationTokenRequest for channel 103, and our encoding gives its bytes", () => {
    const [bytes] = frame(375);
    const m = readH239(decode(bytes!));
    expect(m).toEqual({
      type: "presentationTokenRequest",
      terminalLabel: 0,
      channelId: 103,
      symmetryBreaking: 78,
    });
    expect(hex(multimediaSystemControlMessage.encode(h239ToH245(m!)))).toBe(hex(bytes!));
  });

  it("frame 377: presentationTokenResponse acknowledge, re-encoded to the same bytes", () => {
    const [bytes] = frame(377);
    const m = readH239(decode(bytes!));
    expect(m).toEqual({
      type: "presentationTokenResponse",
      result: "acknowledge",
      terminalLabel: 0,
      channelId: 103,
    });
    expect(hex(multimediaSystemControlMessage.encode(h239ToH245(m!)))).toBe(hex(bytes!));
  });

  it("frame 381: presentationTokenIndicateOwner, re-encoded to the same bytes", () => {
    const bytes = frame(381).find((b) => readH239(decode(b)) !== undefined)!;
    const m = readH239(decode(bytes));
    expect(m).toEqual({ type: "presentationTokenIndicateOwner", terminalLabel: 0, channelId: 103 });
    expect(hex(multimediaSystemControlMessage.encode(h239ToH245(m!)))).toBe(hex(bytes));
  });

  it("the other H.245 messages of the capture are not H.239", () => {
    const others = golden.filter((p) => ![375, 377, 381].includes(p.frame));
    expect(others.length).toBeGreaterThan(10);
    for (const p of others) expect(readH239(decode(p.bytes))).toBeUndefined();
  });

  it("release and flow control messages round-trip through H.245 PER", () => {
    const all: H239Message[] = [
      { type: "presentationTokenRelease", terminalLabel: 0, channelId: 7 },
      { type: "presentationTokenResponse", result: "reject", terminalLabel: 0, channelId: 7 },
      { type: "flowControlReleaseRequest", channelId: 7, bitRate: 5000 },
      { type: "flowControlReleaseResponse", result: "acknowledge", channelId: 7 },
    ];
    for (const m of all) {
      const bytes = multimediaSystemControlMessage.encode(h239ToH245(m));
      expect(readH239(decode(bytes))).toEqual(m);
    }
    expect(h239ToH245(all[0]!).choice).toBe("command");
  });

  const generic = (
    kind: "genericRequest" | "genericResponse" | "genericCommand" | "genericIndication",
    sub: number | undefined,
    params: [number, H245.ParameterValue][],
  ): H245.MultimediaSystemControlMessage => {
    const value: H245.GenericMessage = {
      messageIdentifier: { choice: "standard", value: H239_MESSAGE_ID },
      ...(sub !== undefined ? { subMessageIdentifier: sub } : {}),
      messageContent: params.map(([id, v]) => ({
        parameterIdentifier: { choice: "standard", value: id },
        parameterValue: v,
      })),
    };
    const top = {
      genericRequest: "request",
      genericResponse: "response",
      genericCommand: "command",
      genericIndication: "indication",
    }[kind];
    return { choice: top, value: { choice: kind, value } } as H245.MultimediaSystemControlMessage;
  };
  const u = (value: number): H245.ParameterValue => ({ choice: "unsignedMin", value });

  it.each([
    ["an unknown subMessageIdentifier", generic("genericRequest", 9, []), /unknown H.239 message 9/],
    ["no subMessageIdentifier", generic("genericRequest", undefined, []), /\(absent\)/],
    [
      "a request carried as an indication",
      generic("genericIndication", 3, [
        [42, u(1)],
        [43, u(5)],
      ]),
      /must be a generic request/,
    ],
    ["a request without channelId", generic("genericRequest", 3, [[43, u(5)]]), /without channelId/],
    [
      "symmetryBreaking 0",
      generic("genericRequest", 3, [
        [42, u(1)],
        [43, u(0)],
      ]),
      /outside 1..127/,
    ],
    [
      "a mistyped channelId",
      generic("genericRequest", 3, [
        [42, { choice: "logical", value: null }],
        [43, u(3)],
      ]),
      /channelId is logical/,
    ],
    [
      "a response with neither acknowledge nor reject",
      generic("genericResponse", 4, [[42, u(1)]]),
      /exactly one of/,
    ],
    [
      "a repeated parameter",
      generic("genericCommand", 5, [
        [42, u(1)],
        [42, u(2)],
      ]),
      /repeated/,
    ],
  ])("%s is a ParseError naming the field", (_name, m, message) => {
    expect(() => readH239(m)).toThrow(ParseError);
    expect(() => readH239(m)).toThrow(message);
  });

  it("a generic message with another identifier is not H.239", () => {
    const m = generic("genericRequest", 3, []);
    (m as { value: { value: H245.GenericMessage } }).value.value.messageIdentifier = {
      choice: "standard",
      value: "0.0.8.460.19.0.1",
    };
    expect(readH239(m)).toBeUndefined();
  });

  it("property: any generic message with the H.239 identifier reads or throws ParseError; what reads re-reads the same", () => {
    const param = fc.tuple(
      fc.constantFrom(41, 42, 43, 44, 126, 127, 5),
      fc.oneof(
        fc.integer({ min: 0, max: 65535 }).map(u),
        fc.constant<H245.ParameterValue>({ choice: "logical", value: null }),
      ),
    );
    fc.assert(
      fc.property(
        fc.constantFrom("genericRequest", "genericResponse", "genericCommand", "genericIndication" as const),
        fc.option(fc.integer({ min: 0, max: 127 }), { nil: undefined }),
        fc.array(param, { maxLength: 5 }),
        (kind, sub, params) => {
          const m = generic(kind, sub, params);
          let read: H239Message | undefined;
          try {
            read = readH239(decode(multimediaSystemControlMessage.encode(m)));
          } catch (e) {
            expect(e).toBeInstanceOf(ParseError);
            return;
          }
          expect(read).toBeDefined();
          expect(readH239(decode(multimediaSystemControlMessage.encode(h239ToH245(read!))))).toEqual(read);
        },
      ),
    );
  });
});

describe("H.239 capabilities (H.239 §7.1)", () => {
  const tcs = () => {
    const m = decode(frame(8).find((b) => b.length > 100)!);
    if (m.choice !== "request" || m.value.choice !== "terminalCapabilitySet") throw new Error("not a TCS");
    return m.value.value;
  };

  it("capture f frame 8: H323Plus declares the H.239 control and an H.264 presentation capability", () => {
    const h239 = readH239Capabilities(tcs());
    expect(h239.control).toBe(true);
    expect(h239.presentation).toHaveLength(1);
    expect(h239.presentation[0]!.roles & H239Role.presentation).toBe(H239Role.presentation);
    expect(h239.presentation[0]!.h264?.profile).toBe(H241ProfileBit.baseline);
    expect(h239.presentation[0]!.h264?.level).toBe(H241Level["4"]);
    expect([...h239.entries].sort()).toEqual([8, 9]);
  });

  it("the OLC of frame 381 carries the presentation role label", () => {
    const olc = frame(381)
      .map(decode)
      .find((m) => m.choice === "request" && m.value.choice === "openLogicalChannel");
    const open = (olc!.value as { value: H245.OpenLogicalChannel }).value;
    const data = open.forwardLogicalChannelParameters.dataType;
    expect(data.choice).toBe("videoData");
    const ext = readExtendedVideo((data as { value: H245.VideoCapability }).value);
    expect(ext?.roles).toBe(H239Role.presentation);
    expect(open.forwardLogicalChannelNumber).toBe(103);
  });

  it("ours read back: control and H.264 baseline 3.1 in the presentation role", () => {
    const h264 = { profile: H241ProfileBit.baseline, level: H241Level["3.1"]!, maxBitRate: 20_000 };
    const set: H245.TerminalCapabilitySet = {
      sequenceNumber: 1,
      protocolIdentifier: "0.0.8.245.0.7",
      capabilityTable: [
        {
          capabilityTableEntryNumber: 1,
          capability: { choice: "receiveVideoCapability", value: presentationVideoCapability(h264) },
        },
        { capabilityTableEntryNumber: 2, capability: h239ControlCapability() },
      ],
    };
    const bytes = multimediaSystemControlMessage.encode({
      choice: "request",
      value: { choice: "terminalCapabilitySet", value: set },
    });
    const back = decode(bytes);
    const read = readH239Capabilities((back.value as { value: H245.TerminalCapabilitySet }).value);
    expect(read).toEqual({
      control: true,
      presentation: [{ roles: H239Role.presentation, h264, others: [] }],
      entries: [1, 2],
    });
    expect((h239ControlCapability().value as H245.GenericCapability).capabilityIdentifier).toEqual({
      choice: "standard",
      value: H239_CONTROL_CAPABILITY_ID,
    });
  });

  it("an extended video without the H.239 extension, or of the live role only, is no presentation", () => {
    const live = presentationVideoCapability({ profile: 64, level: 36, maxBitRate: 100 });
    const ext = live.value as H245.ExtendedVideoCapability;
    ext.videoCapabilityExtension![0]!.collapsing![0]!.parameterValue = {
      choice: "booleanArray",
      value: H239Role.live,
    };
    const none = { ...ext, videoCapabilityExtension: [] };
    const set: H245.TerminalCapabilitySet = {
      sequenceNumber: 1,
      protocolIdentifier: "0.0.8.245.0.7",
      capabilityTable: [
        { capabilityTableEntryNumber: 1, capability: { choice: "receiveVideoCapability", value: live } },
        {
          capabilityTableEntryNumber: 2,
          capability: {
            choice: "receiveVideoCapability",
            value: { choice: "extendedVideoCapability", value: none },
          },
        },
      ],
    };
    expect(readH239Capabilities(set)).toEqual({ control: false, presentation: [], entries: [] });
  });
});
