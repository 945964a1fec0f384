import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../test/support/asn1-pdus.js";
import { multimediaSystemControlMessage } from "../protocol/asn1/index.js";
import { h239ToH245 } from "../protocol/h245/h239-messages.js";
import type { H323Evidence, H323WireMessage } from "./h323-evidence.js";
import { readH239Evidence } from "./h323-h239.js";
import { h323H239ExchangeCheck, h323H239H264Check, h323H239SignalledCheck } from "./h323-h239-check.js";

// The H.239 verdict of an H.323 call from the wire: capture f-h323plus-video seen from frank's
// side (grace, the endpoint, presents: request, our acknowledge, its owner indication and
// presentation channel, our Ack), and what goes wrong when a step is missing.

const f = loadGoldenPdus().filter(
  (p) => p.capture === "f-h323plus-video" && p.type === "MultimediaSystemControlMessage",
);
const at = (frame: number) => f.filter((p) => p.frame === frame).map((p) => p.bytes);
const wire = (direction: "sent" | "received", bytes: Uint8Array): H323WireMessage => ({
  atMs: 0,
  direction,
  channel: "h245",
  tunnelled: true,
  name: "",
  summary: "",
  bytes,
  local: { host: "127.0.0.10", port: 1720 },
  remote: { host: "127.0.0.1", port: 40000 },
});
const tcs = at(8).find((b) => b.length > 100)!;
const capture = (): H323WireMessage[] => [
  wire("received", tcs),
  ...at(375).map((b) => wire("received", b)),
  ...at(377).map((b) => wire("sent", b)),
  ...at(381).map((b) => wire("received", b)),
  ...at(385).map((b) => wire("sent", b)),
];
const evidence = (messages: H323WireMessage[]) => ({ h239: readH239Evidence(messages) }) as H323Evidence;

describe("H.239 verdict of an H.323 call (H.239 §7.1, §8.5, §9)", () => {
  it("capture f: H323Plus declares H.239, presents with the token: every check passes with the messages", () => {
    const e = evidence(capture());
    expect(e.h239!.exchange.map((x) => `${x.by}: ${x.line}`)).toEqual([
      "endpoint: presentationTokenRequest (channel 103)",
      "vdm-test: presentationTokenResponse acknowledge (channel 103)",
      "endpoint: presentationTokenIndicateOwner (channel 103)",
      "endpoint: openLogicalChannel 103 (H.239 presentation H.264 Baseline level 4)",
      "vdm-test: openLogicalChannelAck 103",
    ]);
    expect(h323H239SignalledCheck(e)).toMatchObject({ status: "pass" });
    expect(h323H239H264Check(e)).toMatchObject({
      status: "pass",
      summary: "presentation video in H.264 Baseline level 4",
    });
    const x = h323H239ExchangeCheck(e);
    expect(x).toMatchObject({ status: "pass", summary: "the endpoint presented with the token" });
    expect(x.text?.sv.summary).toBe("ändpunkten presenterade med token");
  });

  it("a presentation channel without the token fails", () => {
    const e = evidence([
      wire("received", tcs),
      ...at(381)
        .map((b) => wire("received", b))
        .slice(1),
    ]);
    expect(h323H239ExchangeCheck(e)).toMatchObject({
      status: "fail",
      summary: "the endpoint opened its presentation channel without the H.239 token (H.239 §11.2)",
    });
  });

  it("our token request rejected, or never answered, fails", () => {
    const request = multimediaSystemControlMessage.encode(
      h239ToH245({ type: "presentationTokenRequest", terminalLabel: 0, channelId: 100, symmetryBreaking: 5 }),
    );
    const reject = multimediaSystemControlMessage.encode(
      h239ToH245({ type: "presentationTokenResponse", result: "reject", terminalLabel: 0, channelId: 100 }),
    );
    expect(
      h323H239ExchangeCheck(
        evidence([wire("received", tcs), wire("sent", request), wire("received", reject)]),
      ),
    ).toMatchObject({
      status: "fail",
      summary: "the endpoint rejected our presentationTokenRequest: nobody else can present to it",
    });
    expect(h323H239ExchangeCheck(evidence([wire("received", tcs), wire("sent", request)]))).toMatchObject({
      status: "fail",
      summary: "the endpoint never answered our presentationTokenRequest",
    });
  });

  it("no capability set: not tested; no token asked: the exchange is not tested, the capabilities still graded", () => {
    expect(h323H239SignalledCheck(evidence([])).status).toBe("not-tested");
    const e = evidence([wire("received", tcs)]);
    expect(h323H239SignalledCheck(e).status).toBe("pass");
    expect(h323H239ExchangeCheck(e)).toMatchObject({
      status: "not-tested",
      summary: "no presentation in this call: neither side asked for the H.239 token",
    });
  });

  it("a capability set without H.239 fails the declaration, with advice in both languages", () => {
    // ooh323c's TCS (capture b) has no H.239
    const ooh = loadGoldenPdus().find(
      (p) =>
        p.capture === "b-direct-separate-h245" &&
        p.type === "MultimediaSystemControlMessage" &&
        p.bytes.length > 40,
    )!;
    const c = h323H239SignalledCheck(evidence([wire("received", ooh.bytes)]));
    expect(c.status).toBe("fail");
    expect(c.text?.en.advice).toMatch(/Enable H.239/);
    expect(c.text?.sv.advice).toMatch(/Slå på H.239/);
  });

  it("a malformed H.239 message of the endpoint fails with its ParseError", () => {
    const bad = multimediaSystemControlMessage.encode({
      choice: "request",
      value: {
        choice: "genericRequest",
        value: { messageIdentifier: { choice: "standard", value: "0.0.8.239.2" }, subMessageIdentifier: 3 },
      },
    });
    const c = h323H239ExchangeCheck(evidence([wire("received", tcs), wire("received", bad)]));
    expect(c.status).toBe("fail");
    expect(c.summary).toMatch(
      /malformed H.239 messages from the endpoint: H.239: presentationTokenRequest without/,
    );
  });
});

describe("H.239 on a fast start call of ours", () => {
  it("is not tested when the far end declared none: our fast start offered no presentation", () => {
    const e = {
      h239: readH239Evidence([]),
      h245: { mode: "fastStart", tunnelling: true, fastStart: true, separate: false },
      endpointRole: "callee",
    } as unknown as H323Evidence;
    const c = h323H239SignalledCheck(e);
    expect(c.status).toBe("not-tested");
    expect(c.summary).toMatch(/our call used fast start/);
    // The room grading a caller that chose fast start still grades what it declared.
    expect(h323H239SignalledCheck({ ...e, endpointRole: "caller" } as H323Evidence).summary).not.toMatch(
      /our call used fast start/,
    );
  });
});
