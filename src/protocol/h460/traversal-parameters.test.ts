import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { h245At } from "../../../test/support/h323/h46018-capture.js";
import type { H245 } from "../asn1/index.js";
import { multimediaSystemControlMessage } from "../asn1/index.js";
import { ParseError } from "../parse-error.js";
import {
  channelTraversalOf,
  MEDIA_TRAVERSAL_OID,
  type MediaTraversal,
  mediaTraversalInformation,
  mergedTraversal,
  parseTraversalParameters,
  serializeTraversalParameters,
} from "./traversal-parameters.js";

const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");
// d-h46018.pcapng: GnuGk's OLC to dave (frame 49) and dave's OLCAck (frame 53), parameter 1.
const SERVER_OLC = Buffer.from("0a007f00000404000012", "hex");
const CLIENT_ACK = Buffer.from("05fc", "hex");

function parseError(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

/** The frame's OLC or OLCAck (frame 49 carries an MSD ack before its OLC). */
function channelMessage(frame: number): H245.MultimediaSystemControlMessage {
  const m = h245At(frame).find((x) => "choice" in x.value && /^openLogicalChannel/.test(x.value.choice));
  if (!m) throw new Error(`frame ${frame} has no OLC or OLCAck`);
  return m;
}

function genericInformationOf(m: H245.MultimediaSystemControlMessage): H245.GenericInformation[] | undefined {
  if (m.choice === "request" && m.value.choice === "openLogicalChannel")
    return m.value.value.genericInformation;
  if (m.choice === "response" && m.value.choice === "openLogicalChannelAck")
    return m.value.value.genericInformation;
  return undefined;
}

describe("H.460.19 TraversalParameters in OLC / OLCAck genericInformation", () => {
  it("reads the capture: GnuGk's keepAliveChannel and interval, dave's keep-alive payload type", () => {
    expect(parseTraversalParameters(SERVER_OLC)).toEqual({
      keepAliveChannel: { host: "127.0.0.4", port: 1024 },
      keepAliveInterval: 19,
    });
    expect(parseTraversalParameters(CLIENT_ACK)).toEqual({ keepAlivePayloadType: 127 });
    expect(hex(serializeTraversalParameters(parseTraversalParameters(SERVER_OLC)))).toBe(hex(SERVER_OLC));
    expect(hex(serializeTraversalParameters({ keepAlivePayloadType: 127 }))).toBe(hex(CLIENT_ACK));
  });

  it("reads whole OLCs: the server's carries parameters, the client's only the marker", () => {
    const server = channelTraversalOf(genericInformationOf(channelMessage(49)));
    expect(server.marked).toBe(true);
    expect(mergedTraversal(server)).toEqual({
      keepAliveChannel: { host: "127.0.0.4", port: 1024 },
      keepAliveInterval: 19,
    });
    const client = channelTraversalOf(genericInformationOf(channelMessage(47)));
    expect(client).toEqual({ marked: true, parameters: [] });
    const ack = channelTraversalOf(genericInformationOf(channelMessage(53)));
    expect(mergedTraversal(ack).keepAlivePayloadType).toBe(127);
    expect(channelTraversalOf(genericInformationOf(channelMessage(56)))).toEqual({
      marked: false,
      parameters: [],
    });
  });

  it("builds genericInformation that GnuGk's OLC bytes carry", () => {
    const olc = channelMessage(49);
    if (olc.choice !== "request" || olc.value.choice !== "openLogicalChannel")
      throw new Error("frame 49 is an OLC");
    const ours = {
      ...olc,
      value: {
        ...olc.value,
        value: {
          ...olc.value.value,
          genericInformation: [
            mediaTraversalInformation({
              keepAliveChannel: { host: "127.0.0.4", port: 1024 },
              keepAliveInterval: 19,
            }),
            mediaTraversalInformation(),
          ],
        },
      },
    };
    expect(hex(multimediaSystemControlMessage.encode(ours))).toBe(
      hex(multimediaSystemControlMessage.encode(olc)),
    );
    expect(mediaTraversalInformation().messageIdentifier).toEqual({
      choice: "standard",
      value: MEDIA_TRAVERSAL_OID,
    });
  });

  it("rejects every truncated prefix, trailing octets and a parameter of the wrong kind", () => {
    for (let n = 0; n < SERVER_OLC.length; n++) {
      expect(parseError(() => parseTraversalParameters(SERVER_OLC.subarray(0, n)))).toBeInstanceOf(
        ParseError,
      );
    }
    expect(
      parseError(() => parseTraversalParameters(Buffer.concat([CLIENT_ACK, Buffer.of(1, 2)]))).message,
    ).toMatch("2 octets after the value");
    const wrong: H245.GenericInformation = {
      messageIdentifier: { choice: "standard", value: MEDIA_TRAVERSAL_OID },
      messageContent: [
        {
          parameterIdentifier: { choice: "standard", value: 1 },
          parameterValue: { choice: "logical", value: null },
        },
      ],
    };
    expect(parseError(() => channelTraversalOf([wrong])).message).toMatch("is logical, expected octetString");
  });

  it("property: every TraversalParameters round-trips; arbitrary octets parse or throw ParseError", () => {
    const hostPort = fc.record({
      host: fc.tuple(fc.nat(255), fc.nat(255), fc.nat(255), fc.nat(255)).map((o) => o.join(".")),
      port: fc.nat(65535),
    });
    const params: fc.Arbitrary<MediaTraversal> = fc.record(
      {
        multiplexedMediaChannel: hostPort,
        multiplexedMediaControlChannel: hostPort,
        multiplexID: fc.nat(0xffffffff),
        keepAliveChannel: hostPort,
        keepAlivePayloadType: fc.nat(127),
        keepAliveInterval: fc.integer({ min: 1, max: 0xffffffff }),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(params, (p) => {
        expect(parseTraversalParameters(serializeTraversalParameters(p))).toEqual(p);
      }),
    );
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 30 }), (bytes) => {
        try {
          const v = parseTraversalParameters(bytes);
          expect(parseTraversalParameters(serializeTraversalParameters(v))).toEqual(v);
        } catch (e) {
          expect(e).toBeInstanceOf(ParseError);
        }
      }),
    );
  });
});
