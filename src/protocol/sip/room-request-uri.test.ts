import { describe, expect, it } from "vitest";
import { parseSipMessage, serialiseSipMessage } from "./message-head.js";
import { DIALED_URI_HEADER, rewriteRoomRequestUri } from "./room-request-uri.js";

const invite = (uri: string) =>
  parseSipMessage(
    `INVITE ${uri} SIP/2.0\r\nVia: SIP/2.0/TLS 127.0.0.1:5061;branch=z9hG4bK1\r\nCall-ID: a\r\nCSeq: 1 INVITE\r\nContent-Length: 0\r\n\r\n`,
  );

describe("rewriteRoomRequestUri (RFC 3261 §8.2.2.1)", () => {
  it("maps any user and sips: to the room user over sip:, keeping the dialled URI", () => {
    const out = rewriteRoomRequestUri(invite("sips:echo@127.0.0.1:5071;transport=tls"), "testrum");
    expect(out.startLine).toMatchObject({ uri: "sip:testrum@127.0.0.1:5071;transport=tls" });
    expect(out.headers.at(-1)).toEqual({
      name: DIALED_URI_HEADER,
      value: "sips:echo@127.0.0.1:5071;transport=tls",
    });
    expect(serialiseSipMessage(out)).toContain("X-Vdm-Dialed-Uri: sips:echo@");
  });

  it("adds a user to a user-less Request-URI", () => {
    const out = rewriteRoomRequestUri(invite("sip:127.0.0.1"), "testrum");
    expect(out.startLine).toMatchObject({ uri: "sip:testrum@127.0.0.1" });
  });

  it("leaves requests for the room user and responses alone", () => {
    const same = invite("sip:testrum@127.0.0.1");
    expect(rewriteRoomRequestUri(same, "testrum")).toBe(same);
    const resp = parseSipMessage("SIP/2.0 200 OK\r\nCall-ID: a\r\nContent-Length: 0\r\n\r\n");
    expect(rewriteRoomRequestUri(resp, "testrum")).toBe(resp);
  });

  it("leaves a non-SIP Request-URI for sip.js to refuse", () => {
    const tel = invite("tel:+46123");
    expect(rewriteRoomRequestUri(tel, "testrum")).toBe(tel);
  });
});
