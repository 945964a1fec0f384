import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ParseError } from "../../../src/protocol/parse-error.js";
import { decodeNetstring, encodeNetstring, NetstringReader } from "./netstring.js";

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

describe("netstring (as baresip's ctrl_tcp frames JSON)", () => {
  it("encodes and decodes the golden frame", () => {
    expect(dec(encodeNetstring(enc("hello world!")))).toBe("12:hello world!,");
    expect(dec(encodeNetstring(new Uint8Array(0)))).toBe("0:,");
    const frame = decodeNetstring(enc('20:{"command":"hangup"},rest'));
    expect(frame && dec(frame.payload)).toBe('{"command":"hangup"}');
    expect(frame?.consumed).toBe(24);
  });

  it("every truncated prefix of a frame waits for more bytes", () => {
    const whole = enc("12:hello world!,");
    for (let n = 0; n < whole.length; n++) expect(decodeNetstring(whole.subarray(0, n))).toBeUndefined();
  });

  it.each([
    ["a non-digit length", "1x:a,", "length"],
    ["an empty length", ":abc,", "length"],
    ["a leading zero", "01:a,", "length"],
    ["a missing comma", "3:abc;", "terminator"],
    ["an overlong length", "1234567890:", "length"],
  ])("rejects %s with a ParseError naming the field", (_name, input, field) => {
    expect(() => decodeNetstring(enc(input))).toThrow(ParseError);
    try {
      decodeNetstring(enc(input));
    } catch (err) {
      expect((err as ParseError).field).toBe(field);
    }
  });

  it("decode never throws anything but ParseError, and what parses re-encodes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (bytes) => {
        try {
          const frame = decodeNetstring(bytes);
          if (frame) expect(encodeNetstring(frame.payload)).toEqual(bytes.subarray(0, frame.consumed));
        } catch (err) {
          expect(err).toBeInstanceOf(ParseError);
        }
      }),
    );
  });

  it("the reader reassembles frames split at any point", () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 30 }), { maxLength: 5 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (payloads, cuts) => {
          const stream = payloads.map((p) => encodeNetstring(enc(p)));
          const all = new Uint8Array(stream.reduce((n, s) => n + s.length, 0));
          let o = 0;
          for (const s of stream) {
            all.set(s, o);
            o += s.length;
          }
          const points = [...new Set(cuts.map((c) => (all.length === 0 ? 0 : c % all.length)))].sort(
            (a, b) => a - b,
          );
          const reader = new NetstringReader();
          const got: string[] = [];
          let prev = 0;
          for (const p of [...points, all.length]) {
            got.push(...reader.push(all.subarray(prev, p)).map(dec));
            prev = p;
          }
          expect(got).toEqual(payloads);
        },
      ),
    );
  });
});
