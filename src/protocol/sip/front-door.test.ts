import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { DEFAULT_MAX_EXPIRES_S, type FrontDoorPolicy, frontDoor, readHead } from "./front-door.js";
import { DEFAULT_FRONT_DOOR_RATES, FrontDoorGate } from "./front-door-gate.js";
import { callIdOf } from "./header-readers.js";
import { type SipMessageHead, serialiseSipMessage } from "./message-head.js";

const POLICY: FrontDoorPolicy = {
  allow: ["INVITE", "ACK", "BYE", "CANCEL", "OPTIONS"],
  supported: ["timer"],
  accept: ["application/sdp"],
  answerOptions: true,
  userAgent: "door-test",
  tagSecret: "s",
  maxExpiresS: DEFAULT_MAX_EXPIRES_S,
};

function request(lines: { start?: string; headers?: string[]; drop?: string[]; body?: string } = {}): string {
  const base = [
    "Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-abc;rport",
    "Max-Forwards: 70",
    "From: <sip:a@example.com>;tag=f1",
    "To: <sip:room@example.com>",
    "Call-ID: c1@example.com",
    "CSeq: 1 INVITE",
  ].filter((h) => !(lines.drop ?? []).some((d) => h.toLowerCase().startsWith(d)));
  const body = lines.body ?? "";
  return [
    lines.start ?? "INVITE sip:room@example.com SIP/2.0",
    ...base,
    ...(lines.headers ?? []),
    `Content-Length: ${Buffer.byteLength(body)}`,
    "",
    body,
  ].join("\r\n");
}

const verdict = (text: string, framingError?: string) =>
  frontDoor({ text, ...(framingError ? { framingError } : {}) }, POLICY);
const status = (text: string) => {
  const v = verdict(text);
  return v.kind === "answer" ? v.status : v.kind;
};

describe("front door (RFC 3261 §8.2, RFC 4475)", () => {
  it("hands a well-formed INVITE on, parsed once", () => {
    const v = verdict(request({ headers: ["Content-Type: application/sdp"], body: "v=0\r\n" }));
    expect(v.kind).toBe("pass");
    if (v.kind !== "pass") return;
    expect(v.head.startLine).toEqual({
      kind: "request",
      method: "INVITE",
      uri: "sip:room@example.com",
      version: "SIP/2.0",
    });
    expect(v.head.body).toBe("v=0\r\n");
  });

  it.each([
    ["§3.1.2.16 an unknown SIP version", request({ start: "INVITE sip:room@example.com SIP/7.0" }), 505],
    [
      "§3.1.2.9 two spaces in the Request-Line",
      request({ start: "INVITE  sip:room@example.com SIP/2.0" }),
      400,
    ],
    ["§3.1.2.10 a space at its end", request({ start: "INVITE sip:room@example.com SIP/2.0 " }), 400],
    ["§3.1.2.7 <> around the Request-URI", request({ start: "INVITE <sip:room@example.com> SIP/2.0" }), 400],
    [
      "§3.1.2.11 headers in the Request-URI",
      request({ start: "INVITE sip:room@example.com?Route=x SIP/2.0" }),
      400,
    ],
    ["§3.3.2 an unknown URI scheme", request({ start: "INVITE foo:bar SIP/2.0" }), 416],
    ["RFC 5118 §4.2 IPv6 without brackets", request({ start: "INVITE sip:2001:db8::10 SIP/2.0" }), 400],
    ["§3.3.1 no Call-ID", request({ drop: ["call-id"] }), 400],
    ["§3.3.8 two Call-IDs", request({ headers: ["Call-ID: other"] }), 400],
    ["§3.1.2.4 CSeq above 2**32-1", request({ drop: ["cseq"], headers: ["CSeq: 4294967296 INVITE"] }), 400],
    ["§3.1.2.17 CSeq method mismatch", request({ drop: ["cseq"], headers: ["CSeq: 1 BYE"] }), 400],
    [
      "§3.1.2.6 unterminated quote",
      request({ drop: ["to"], headers: ['To: "Bob <sip:b@example.com>'] }),
      400,
    ],
    [
      "§3.1.2.15 non-token display name",
      request({ drop: ["to"], headers: ["To: Bob, Jr <sip:b@example.com>"] }),
      400,
    ],
    ["§3.1.2.13 addr-spec with '?'", request({ headers: ["Contact: sip:a@example.com?Route=x"] }), 400],
    [
      "§3.2.1 the magic cookie alone",
      request({ drop: ["via"], headers: ["Via: SIP/2.0/UDP h;branch=z9hG4bK"] }),
      400,
    ],
    ["§3.1.2.1 empty Via parameters", request({ drop: ["via"], headers: ["Via: SIP/2.0/UDP h;;,;"] }), 400],
    ["§3.3.5 Require of an unknown extension", request({ headers: ["Require: foo"] }), 420],
    ["§3.3.6 an unknown body type", request({ headers: ["Content-Type: text/plain"], body: "hi" }), 415],
    ["§3.3.15 Accept without SDP", request({ headers: ["Accept: text/plain"] }), 406],
    [
      "§3.1.1.2 an unknown method",
      request({ start: "FOO sip:room@example.com SIP/2.0", drop: ["cseq"], headers: ["CSeq: 1 FOO"] }),
      501,
    ],
    [
      "§3.1.2.18 an unknown method with CSeq mismatch",
      request({ start: "FOO sip:room@example.com SIP/2.0" }),
      501,
    ],
    [
      "§3.3.7 REGISTER at a non-registrar",
      request({ start: "REGISTER sip:example.com SIP/2.0", drop: ["cseq"], headers: ["CSeq: 1 REGISTER"] }),
      405,
    ],
    [
      "REFER, which the room does not do",
      request({ start: "REFER sip:room@example.com SIP/2.0", drop: ["cseq"], headers: ["CSeq: 1 REFER"] }),
      405,
    ],
  ])("RFC 4475 %s", (_name, text, expected) => {
    expect(status(text)).toBe(expected);
  });

  it("answers 400 when framing failed (RFC 3261 §18.3) and drops what has no Via", () => {
    expect(verdict(request(), "Content-Length runs past the datagram")).toMatchObject({
      kind: "answer",
      status: 400,
    });
    expect(verdict(request({ drop: ["via"] })).kind).toBe("drop");
  });

  it("answers OPTIONS outside a dialog with Allow, Accept and Supported, a stable To tag and no state", () => {
    const text = request({
      start: "OPTIONS sip:room@example.com SIP/2.0",
      drop: ["cseq"],
      headers: ["CSeq: 7 OPTIONS"],
    });
    const a = verdict(text);
    const b = verdict(text);
    expect(a.kind).toBe("answer");
    if (a.kind !== "answer" || b.kind !== "answer") return;
    const wire = serialiseSipMessage(a.response);
    expect(wire).toMatch(/^SIP\/2\.0 200 OK\r\n/);
    expect(wire).toContain("Via: SIP/2.0/UDP 192.0.2.1:5060;branch=z9hG4bK-abc;rport\r\n");
    expect(wire).toContain("CSeq: 7 OPTIONS\r\n");
    expect(wire).toContain("Allow: INVITE, ACK, BYE, CANCEL, OPTIONS\r\n");
    expect(wire).toMatch(/To: <sip:room@example.com>;tag=fd\w+\r\n/);
    expect(serialiseSipMessage(b.response)).toBe(wire);
  });

  it("drops malformed responses (RFC 4475 §3.1.2.19 bigcode, §3.1.2.5 scalarlg) and passes good ones", () => {
    const resp = (start: string, cseq = "1 INVITE") =>
      `${start}\r\nVia: SIP/2.0/UDP h;branch=z9hG4bK1\r\nCSeq: ${cseq}\r\nContent-Length: 0\r\n\r\n`;
    expect(verdict(resp("SIP/2.0 4294967301 big")).kind).toBe("drop");
    expect(verdict(resp("SIP/2.0 503 x", "92923948347723040 OPTIONS")).kind).toBe("drop");
    expect(verdict(resp("SIP/2.0 100 ")).kind).toBe("pass");
  });

  it("lowers an Expires a timer cannot hold", () => {
    const v = verdict(request({ headers: ["Expires: 99999999999"] }));
    expect(v.kind === "pass" && v.head.headers.find((h) => h.name === "Expires")?.value).toBe(
      String(DEFAULT_MAX_EXPIRES_S),
    );
  });

  it("reads folded header lines and compact names (RFC 3261 §7.3.1, §7.3.3)", () => {
    const head = readHead("OPTIONS sip:a@b SIP/2.0\r\nv: SIP/2.0/UDP h\r\n ;branch=z9hG4bK1\r\n\r\n");
    expect(head.headers).toEqual([{ name: "v", value: "SIP/2.0/UDP h ;branch=z9hG4bK1" }]);
  });

  it("never throws, whatever the bytes (fast-check)", () => {
    const lines = fc.array(
      fc.oneof(
        fc.constantFrom(
          "Via: SIP/2.0/UDP h;branch=z9hG4bK1",
          "To: <sip:a@b>",
          "From: x;tag=1",
          "Call-ID: c",
          "CSeq: 1 INVITE",
          "Require: x",
          "Content-Type: a/b",
        ),
        fc.string(),
      ),
      { maxLength: 12 },
    );
    fc.assert(
      fc.property(fc.string(), lines, fc.string(), (start, hs, body) => {
        const v = verdict(`${start}\r\n${hs.join("\r\n")}\r\n\r\n${body}`);
        expect(["pass", "answer", "drop"]).toContain(v.kind);
      }),
      { numRuns: 500 },
    );
  });
});

describe("front door gate: per-source rates (RFC 3261 §21.5.4 503 with Retry-After)", () => {
  it("answers new calls past the rate with 503 Retry-After, and drops past the message rate", () => {
    const gate = new FrontDoorGate(POLICY, {
      callsPerS: 1,
      requestsPerS: 100,
      messagesPerS: 2.5,
      retryAfterS: 7,
      maxSources: 10,
    });
    const statuses = Array.from({ length: 6 }, (_, i) => {
      const v = gate.decide(
        { text: request({ drop: ["call-id"], headers: [`Call-ID: c${i}`] }) },
        "192.0.2.1",
        0,
      );
      return v.kind === "answer" ? v.status : v.kind;
    });
    // bursts are twice the rate: 2 calls, then 503s, and the sixth message is past the 5 allowed
    expect(statuses).toEqual(["pass", "pass", 503, 503, 503, "drop"]);
    const refused = gate.decide({ text: request() }, "192.0.2.2", 0);
    expect(refused.kind).toBe("pass");
    expect(gate.counters).toMatchObject({ passed: 3, limited: 3, dropped: 1 });
  });

  it("asks the admission hook (a call cap) and answers its refusal with 503", () => {
    const gate = new FrontDoorGate(POLICY);
    gate.setAdmission(({ method, inDialog }) =>
      method === "INVITE" && !inDialog ? { retryAfterS: 30, why: "full" } : undefined,
    );
    const v = gate.decide({ text: request() }, "192.0.2.1", 0);
    expect(v.kind === "answer" && serialiseSipMessage(v.response)).toMatch(
      /^SIP\/2\.0 503 Service Unavailable\r\n[\s\S]*Retry-After: 30\r\n/,
    );
    expect(
      gate.decide({ text: request({ drop: ["to"], headers: ["To: <sip:r@x>;tag=t"] }) }, "192.0.2.1", 0).kind,
    ).toBe("pass");
  });

  it("passes a request of a transaction under way (a retransmission) even past the rates and the cap", () => {
    const gate = new FrontDoorGate(POLICY, { ...DEFAULT_FRONT_DOOR_RATES, callsPerS: 0.5 });
    gate.setAdmission(() => ({ retryAfterS: 30, why: "full" }));
    const ongoing = (h: SipMessageHead) => callIdOf(h) === "c1@example.com";
    expect(gate.decide({ text: request() }, "192.0.2.1", 0, ongoing).kind).toBe("pass");
    const other = request({ drop: ["call-id"], headers: ["Call-ID: c2"] });
    const v = gate.decide({ text: other }, "192.0.2.1", 0, ongoing);
    expect(v.kind === "answer" && v.status).toBe(503);
  });
});

describe("front door gate: draining (RFC 3261 §21.5.4 503 for maintenance)", () => {
  const options = (headers: string[] = []) =>
    request({
      start: "OPTIONS sip:127.0.0.1:5060 SIP/2.0",
      drop: ["cseq", ...headers.map((h) => h.split(":")[0]!.toLowerCase())],
      headers: ["CSeq: 3 OPTIONS", ...headers],
    });
  const status = (v: ReturnType<FrontDoorGate["decide"]>) => (v.kind === "answer" ? v.status : v.kind);

  it("answers new INVITEs and OPTIONS 503 with Retry-After, lets dialogs finish, and ends on undefined", () => {
    const gate = new FrontDoorGate(POLICY);
    expect(status(gate.decide({ text: options() }, "192.0.2.1", 0))).toBe(200);
    gate.setDraining({ retryAfterS: 60, why: "the room is draining" });
    const invite = gate.decide({ text: request() }, "192.0.2.1", 0);
    expect(invite.kind === "answer" && serialiseSipMessage(invite.response)).toMatch(
      /^SIP\/2\.0 503 Service Unavailable\r\n[\s\S]*Retry-After: 60\r\n/,
    );
    expect(invite.kind === "answer" && invite.why).toBe("the room is draining");
    const probe = gate.decide({ text: options() }, "192.0.2.1", 0);
    expect(probe.kind === "answer" && serialiseSipMessage(probe.response)).toMatch(
      /^SIP\/2\.0 503 Service Unavailable\r\n[\s\S]*CSeq: 3 OPTIONS\r\n[\s\S]*Retry-After: 60\r\n/,
    );
    // A running call's re-INVITE, BYE and in-dialog OPTIONS still pass.
    const inDialog = ["To: <sip:r@x>;tag=t"];
    expect(status(gate.decide({ text: request({ drop: ["to"], headers: inDialog }) }, "192.0.2.1", 0))).toBe(
      "pass",
    );
    expect(status(gate.decide({ text: options(inDialog) }, "192.0.2.1", 0))).toBe("pass");
    gate.setDraining(undefined);
    expect(status(gate.decide({ text: options() }, "192.0.2.1", 0))).toBe(200);
    expect(status(gate.decide({ text: request() }, "192.0.2.1", 0))).toBe("pass");
  });
});
