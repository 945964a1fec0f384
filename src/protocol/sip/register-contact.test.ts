import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { headerFieldValues, parseSipMessage, splitHeaderList } from "./message-head.js";
import { ownContactsToPlaceholder } from "./register-contact.js";

const PLACEHOLDER = "sipjs-placeholder.invalid";
const LOCALS = [
  { transport: "udp" as const, host: "127.0.0.1", port: 30001 },
  { transport: "tcp" as const, host: "127.0.0.1", port: 30001 },
];

const response = (cseq: string, contacts: string[]) =>
  parseSipMessage(
    [
      "SIP/2.0 200 OK",
      "Via: SIP/2.0/UDP sipjs-placeholder.invalid;branch=z9hG4bK1;rport=30001",
      "Call-ID: reg1",
      `CSeq: ${cseq}`,
      ...contacts.map((c) => `Contact: ${c}`),
      "Content-Length: 0",
      "",
      "",
    ].join("\r\n"),
  );

describe("ownContactsToPlaceholder (RFC 3261 §10.2.4)", () => {
  it("gives our binding in a REGISTER 200 the form sip.js registered, keeping expires", () => {
    const out = ownContactsToPlaceholder(
      response("2 REGISTER", ["<sip:testrum@127.0.0.1:30001;transport=udp>;expires=600"]),
      LOCALS,
      PLACEHOLDER,
      "udp",
    );
    expect(headerFieldValues(out, "contact")).toEqual([
      "<sip:testrum@sipjs-placeholder.invalid;transport=udp>;expires=600",
    ]);
  });

  it("restores the transport sip.js wrote when the REGISTER went over another one", () => {
    const out = ownContactsToPlaceholder(
      response("2 REGISTER", ["<sip:testrum@127.0.0.1:30001;transport=tcp>;expires=60"]),
      LOCALS,
      PLACEHOLDER,
      "udp",
    );
    expect(headerFieldValues(out, "contact")[0]).toBe(
      "<sip:testrum@sipjs-placeholder.invalid;transport=udp>;expires=60",
    );
  });

  it("leaves other devices' bindings alone, in a list or on separate lines", () => {
    const out = ownContactsToPlaceholder(
      response("3 REGISTER", [
        "<sip:desk@10.0.0.5:5060>;expires=300, <sip:testrum@127.0.0.1:30001;transport=udp>;expires=600",
        "<sip:testrum@127.0.0.1:30002>;expires=600",
      ]),
      LOCALS,
      PLACEHOLDER,
      "udp",
    );
    expect(headerFieldValues(out, "contact").flatMap(splitHeaderList)).toEqual([
      "<sip:desk@10.0.0.5:5060>;expires=300",
      "<sip:testrum@sipjs-placeholder.invalid;transport=udp>;expires=600",
      "<sip:testrum@127.0.0.1:30002>;expires=600",
    ]);
  });

  it("leaves responses to other methods, requests and unparsable Contacts unchanged", () => {
    const invite200 = response("1 INVITE", ["<sip:testrum@127.0.0.1:30001>"]);
    expect(ownContactsToPlaceholder(invite200, LOCALS, PLACEHOLDER, "udp")).toBe(invite200);
    const odd = response("2 REGISTER", ["<tel:+4612345>;expires=5", "*"]);
    expect(headerFieldValues(ownContactsToPlaceholder(odd, LOCALS, PLACEHOLDER, "udp"), "contact")).toEqual([
      "<tel:+4612345>;expires=5",
      "*",
    ]);
    const request = parseSipMessage(
      "REGISTER sip:vdm.test SIP/2.0\r\nCall-ID: r\r\nCSeq: 1 REGISTER\r\nContact: <sip:testrum@127.0.0.1:30001>\r\nContent-Length: 0\r\n\r\n",
    );
    expect(ownContactsToPlaceholder(request, LOCALS, PLACEHOLDER, "udp")).toBe(request);
  });

  it("never throws on any Contact text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary-ascii" }), (contact) => {
        const clean = contact.replace(/[\r\n]/g, "");
        try {
          ownContactsToPlaceholder(response("2 REGISTER", [clean || "x"]), LOCALS, PLACEHOLDER, "udp");
        } catch (e) {
          // Only the message parser may refuse the response itself (before we see it).
          expect(e).toBeUndefined();
        }
      }),
    );
  });
});
