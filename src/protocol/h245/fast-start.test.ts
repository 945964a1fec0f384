import { describe, expect, it } from "vitest";
import { callSignallingFlows } from "../../../test/support/h323/capture-segments.js";
import type { H225, H245 } from "../asn1/index.js";
import { parseCallPdu } from "../h225/call-pdu.js";
import { ParseError } from "../parse-error.js";
import { TpktFramer } from "../tpkt/tpkt-framer.js";
import { fastStartProposals, readFastStart } from "./fast-start.js";
import { H241Level, H241ProfileBit, h264GenericCapability } from "./terminal-capabilities.js";

const addr = (last: number, port: number): H245.TransportAddress => ({
  choice: "unicastAddress",
  value: { choice: "iPAddress", value: { network: Uint8Array.of(127, 0, 0, last), tsapIdentifier: port } },
});

/** fastStart of each captured message of capture a, by message body. */
function capturedFastStart(): Map<string, Uint8Array[]> {
  const out = new Map<string, Uint8Array[]>();
  for (const flow of callSignallingFlows().filter((f) => f.key.startsWith("a-direct-faststart"))) {
    const framer = new TpktFramer();
    framer.push(flow.bytes);
    for (let p = framer.next(); p !== undefined; p = framer.next()) {
      const body = parseCallPdu(p).uu["h323-uu-pdu"]["h323-message-body"];
      const fs = (body.value as Partial<H225.SetupUUIE> | null)?.fastStart;
      if (fs) out.set(body.choice, fs);
    }
  }
  return out;
}

describe("Fast start (H.323 §8.1.7)", () => {
  it("our proposals: a transmit and a receive OLC per medium, read back with their addresses", () => {
    const elements = fastStartProposals([
      {
        sessionID: 1,
        dataType: { choice: "audioData", value: { choice: "g711Alaw64k", value: 20 } },
        rtp: addr(20, 5000),
        rtcp: addr(20, 5001),
        channelNumber: 1,
      },
      {
        sessionID: 2,
        dataType: {
          choice: "videoData",
          value: {
            choice: "genericVideoCapability",
            value: h264GenericCapability({
              profile: H241ProfileBit.baseline,
              level: H241Level["3.1"]!,
              maxBitRate: 20000,
            }),
          },
        },
        rtp: addr(20, 5002),
        rtcp: addr(20, 5003),
        channelNumber: 3,
        dynamicRTPPayloadType: 96,
      },
    ]);
    expect(elements.length).toBe(4);
    const read = readFastStart(elements);
    expect(
      read.map((c) => [
        c.number,
        c.direction,
        c.sessionID,
        c.mediaChannel ? 1 : 0,
        c.mediaControlChannel ? 1 : 0,
      ]),
    ).toEqual([
      [1, "forward", 1, 0, 1],
      [2, "reverse", 1, 1, 1],
      [3, "forward", 2, 0, 1],
      [4, "reverse", 2, 1, 1],
    ]);
    expect(read[1]!.mediaChannel).toEqual(addr(20, 5000));
  });

  it("reads ooh323c's captured proposals (Setup) and answers (Alerting, Connect)", () => {
    const fs = capturedFastStart();
    const setup = readFastStart(fs.get("setup")!);
    // ooh323c proposes what it receives before what it sends.
    expect(setup.map((c) => [c.direction, c.sessionID, c.dataType.choice])).toEqual([
      ["reverse", 1, "audioData"],
      ["forward", 1, "audioData"],
      ["reverse", 2, "videoData"],
      ["forward", 2, "videoData"],
    ]);
    expect(setup[0]!.mediaChannel).toBeDefined(); // its receive address for our audio
    // The callee's answer to the caller's transmit proposal names where the caller sends: 127.0.0.2:5000.
    const answer = readFastStart(fs.get("connect")!);
    const forwardAudio = answer.find((c) => c.direction === "forward" && c.sessionID === 1);
    expect(forwardAudio?.mediaChannel).toEqual(addr(2, 5000));
  });

  it("a fastStart element that is not an OpenLogicalChannel is a ParseError naming the path", () => {
    expect(() => readFastStart([Uint8Array.of(0xff)])).toThrow(ParseError);
  });
});
