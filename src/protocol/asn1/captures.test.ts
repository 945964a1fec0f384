import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { ParseError } from "../parse-error.js";
import type { PerCodec } from "./codec.js";
import {
  h323UserInformation,
  incomingCallIndication,
  multimediaSystemControlMessage,
  openLogicalChannel,
  rasMessage,
  traversalParameters,
} from "./index.js";

const codecs: Record<string, PerCodec<unknown>> = {
  RasMessage: rasMessage as PerCodec<unknown>,
  "H323-UserInformation": h323UserInformation as PerCodec<unknown>,
  MultimediaSystemControlMessage: multimediaSystemControlMessage as PerCodec<unknown>,
};

const pdus = loadGoldenPdus();
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

describe("X.691 aligned PER: every PDU of the H.323 captures", () => {
  it("has the 400 PDUs of the six captures", () => {
    expect(pdus.length).toBe(400);
    expect(new Set(pdus.map((p) => p.capture)).size).toBe(6);
  });

  it("decodes each, and re-encodes it to the bytes the Erlang asn1 oracle writes", () => {
    let sameAsPeer = 0;
    for (const p of pdus) {
      const c = codecs[p.type]!;
      const v = c.decode(p.bytes);
      const again = c.encode(v);
      expect(hex(again), p.label).toBe(hex(p.oracleReencoded));
      if (hex(again) === hex(p.bytes)) sameAsPeer++;
      expect(c.decode(again), p.label).toEqual(v);
    }
    // the rest carry the peers' shorter (pre-v8 / pre-v17) extension bitmaps
    expect(sameAsPeer).toBe(204);
  });

  it("decodes what the messages carry: fastStart OLCs, tunnelled H.245, H.460.18/.19 parameters", () => {
    let olcs = 0;
    let tunnelled = 0;
    let h46018 = 0;
    let h46019 = 0;
    for (const p of pdus) {
      const v = codecs[p.type]!.decode(p.bytes);
      walk(v, (node, key) => {
        if (key === "fastStart" && Array.isArray(node)) {
          for (const b of node)
            expect(openLogicalChannel.decode(b as Uint8Array).forwardLogicalChannelNumber).toBeGreaterThan(0);
          olcs += node.length;
        }
        if (key === "h245Control" && Array.isArray(node)) {
          for (const b of node)
            expect(multimediaSystemControlMessage.decode(b as Uint8Array).choice).toMatch(
              /^(request|response|command|indication)$/,
            );
          tunnelled += node.length;
        }
        const o = node as {
          id?: { choice: string; value: unknown };
          parameters?: { content: { choice: string; value: unknown } }[];
        };
        if (key === "genericData" && Array.isArray(node)) {
          for (const g of node as (typeof o)[]) {
            if (g.id?.choice === "standard" && g.id.value === 18 && p.type === "RasMessage") {
              for (const param of g.parameters ?? []) {
                if (param.content.choice !== "raw") continue;
                const ici = incomingCallIndication.decode(param.content.value as Uint8Array);
                expect(ici.callSignallingAddress.choice).toBe("ipAddress");
                h46018++;
              }
            }
          }
        }
        if (key === "genericInformation" && Array.isArray(node)) {
          for (const g of node as {
            messageIdentifier: { choice: string; value: unknown };
            messageContent?: { parameterValue: { choice: string; value: unknown } }[];
          }[]) {
            if (g.messageIdentifier.value !== "0.0.8.460.19.0.1") continue;
            for (const param of g.messageContent ?? []) {
              if (param.parameterValue.choice !== "octetString") continue;
              const tp = traversalParameters.decode(param.parameterValue.value as Uint8Array);
              expect(tp).toEqual(traversalParameters.decode(traversalParameters.encode(tp)));
              h46019++;
            }
          }
        }
      });
    }
    expect(olcs).toBeGreaterThan(0);
    expect(tunnelled).toBeGreaterThan(0);
    expect(h46018).toBeGreaterThan(0);
    expect(h46019).toBeGreaterThan(0);
  });
});

describe("X.691 aligned PER: malformed input is a ParseError naming the path", () => {
  const golden = [
    pdus.find((p) => p.type === "H323-UserInformation" && p.bytes.length > 150)!,
    pdus.find((p) => p.type === "MultimediaSystemControlMessage" && p.bytes.length > 100)!,
    pdus.find((p) => p.type === "RasMessage" && p.bytes.length > 60)!,
  ];

  it("every truncated prefix of golden Setup, TerminalCapabilitySet and RAS PDUs fails with a ParseError", () => {
    for (const p of golden) {
      const c = codecs[p.type]!;
      for (let n = 0; n < p.bytes.length; n++) {
        let err: unknown;
        try {
          c.decode(p.bytes.subarray(0, n));
        } catch (e) {
          err = e;
        }
        expect(err, `${p.label} cut to ${n} of ${p.bytes.length} octets`).toBeInstanceOf(ParseError);
        expect((err as ParseError).format).toBe(`PER ${p.type}`);
      }
    }
  });

  it("names the field being decoded", () => {
    const setup = pdus.find((p) => p.type === "H323-UserInformation")!;
    let err: unknown;
    try {
      h323UserInformation.decode(setup.bytes.subarray(0, 12));
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ParseError);
    expect((err as ParseError).field).toMatch(/^h323-uu-pdu\.h323-message-body\.setup\./);
  });
});

function walk(v: unknown, visit: (node: unknown, key: string) => void, key = ""): void {
  visit(v, key);
  if (v instanceof Uint8Array || v === null || typeof v !== "object") return;
  if (Array.isArray(v)) {
    for (const x of v) walk(x, visit, key);
    return;
  }
  for (const [k, x] of Object.entries(v)) walk(x, visit, k);
}
