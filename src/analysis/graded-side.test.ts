import { describe, expect, it } from "vitest";
import { parseSipMessage } from "../protocol/sip/message-head.js";
import { endpointSip } from "./endpoint-sip.js";
import { gradedSide } from "./graded-side.js";
import { type SipCarrier, type SipDialog, SipDialogTracker } from "./sip-dialogs.js";

const OFFER =
  "v=0\r\no=- 1 1 IN IP4 10.0.0.1\r\ns=-\r\nc=IN IP4 10.0.0.1\r\nt=0 0\r\nm=video 20000 RTP/AVP 96\r\na=rtpmap:96 H264/90000\r\na=rtcp-mux\r\n";
const ANSWER = OFFER.replace(/10\.0\.0\.1/g, "10.0.0.2")
  .replace("20000", "30000")
  .replace("a=rtcp-mux\r\n", "");

function message(first: string, cseq: string, extra: string[], body = ""): string {
  return [
    first,
    "Via: SIP/2.0/UDP 10.0.0.1:5060;branch=z9hG4bK1;rport",
    "From: <sip:a@example.org>;tag=1",
    "To: <sip:b@example.org>",
    "Call-ID: side-1",
    `CSeq: ${cseq}`,
    ...extra,
    ...(body ? ["Content-Type: application/sdp"] : []),
    `Content-Length: ${body.length}`,
    "",
    body,
  ].join("\r\n");
}

/** A dialog: INVITE 10.0.0.1 → 10.0.0.2, 100 Trying, 200 OK with SDP, then an OPTIONS answer in its own dialog. */
function call(callerAgent: string, calleeAgent: string, carrier: SipCarrier = "udp"): SipDialog[] {
  const t = new SipDialogTracker();
  const a = carrier === "file" ? "" : "10.0.0.1:5060";
  const b = carrier === "file" ? "" : "10.0.0.2:5060";
  const at = (n: number, src: string, dst: string) => ({ number: n, timeMs: n, src, dst, carrier });
  t.add(
    parseSipMessage(
      message("INVITE sip:b@example.org SIP/2.0", "1 INVITE", [`User-Agent: ${callerAgent}`], OFFER),
    ),
    at(1, a, b),
  );
  t.add(parseSipMessage(message("SIP/2.0 100 Trying", "1 INVITE", [])), at(2, b, a));
  t.add(
    parseSipMessage(
      message("SIP/2.0 200 OK", "1 INVITE", [`Server: ${calleeAgent}`, "Allow: INVITE, ACK, BYE"], ANSWER),
    ),
    at(3, b, a),
  );
  const options = message("SIP/2.0 200 OK", "9 OPTIONS", [`Server: ${calleeAgent}`]).replace(
    "side-1",
    "ping-1",
  );
  t.add(parseSipMessage(options), at(4, b, a));
  return t.list();
}

describe("which party of a captured dialog is graded", () => {
  it("the party that is not vdm-test, whichever side it is on", () => {
    expect(gradedSide(call("vdm-test", "Cisco TelePresence")[0]!)).toMatchObject({
      side: "callee",
      address: "10.0.0.2:5060",
      other: "10.0.0.1:5060",
      agent: "Cisco TelePresence",
    });
    expect(gradedSide(call("Polycom RealPresence", "vdm-test room")[0]!)).toMatchObject({
      side: "caller",
      address: "10.0.0.1:5060",
      agent: "Polycom RealPresence",
    });
  });

  it("the callee when both or neither are vdm-test, unless --side chooses", () => {
    expect(gradedSide(call("vdm-test", "vdm-test room")[0]!).why).toMatch(/both parties are vdm-test/);
    expect(gradedSide(call("baresip", "baresip")[0]!)).toMatchObject({ side: "callee" });
    expect(gradedSide(call("baresip", "baresip")[0]!, "caller")).toMatchObject({
      side: "caller",
      why: "the caller was chosen with --side",
    });
    // --side overrides the User-Agent rule too.
    expect(gradedSide(call("vdm-test", "Cisco")[0]!, "caller").side).toBe("caller");
  });
});

describe("the graded party's SIP messages and SDP", () => {
  it("callee: its 200 OK (not the hop-by-hop 100), its OPTIONS answer from another dialog, its answer and the offer it answered", () => {
    const dialogs = call("vdm-test", "Cisco");
    const d = dialogs.find((x) => x.callId === "side-1")!;
    const e = endpointSip(d, gradedSide(d), dialogs);
    expect(e.sip.map((m) => m.role)).toEqual(["options-response", "invite-response"]);
    expect(e.sip.every((m) => m.source?.address === "10.0.0.2" && m.transport === "udp")).toBe(true);
    expect(e.sdp).toHaveLength(1);
    expect(e.sdp[0]).toMatchObject({ role: "answer", origin: "response" });
    expect(e.answeredOffer).toBe(OFFER);
  });

  it("caller: its INVITE and its offer; no OPTIONS answer of its own", () => {
    const dialogs = call("Polycom", "vdm-test room");
    const d = dialogs.find((x) => x.callId === "side-1")!;
    const e = endpointSip(d, gradedSide(d), dialogs);
    expect(e.sip.map((m) => m.role)).toEqual(["invite"]);
    expect(e.sdp[0]).toMatchObject({ role: "offer", origin: "invite" });
    expect(e.answeredOffer).toBeUndefined();
  });

  it("a text file has no addresses: the parties are told apart by who sends INVITE and who answers", () => {
    const dialogs = call("baresip", "baresip", "file");
    const d = dialogs.find((x) => x.callId === "side-1")!;
    const callee = endpointSip(d, gradedSide(d), dialogs);
    expect(callee.sip.map((m) => m.head.startLine.kind)).toEqual(["response"]);
    expect(callee.sip[0]!.source).toBeUndefined();
    const caller = endpointSip(d, gradedSide(d, "caller"), dialogs);
    expect(caller.sip.map((m) => m.role)).toEqual(["invite"]);
  });
});
