import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { ParseError } from "../parse-error.js";
import { decodeRas, encodeRas, MAX_RAS_BYTES, RAS_FORMAT, type RasMessage } from "./ras-message.js";
import { rasName, requestSeqNum } from "./ras-names.js";

// Golden: the RAS messages of two real GnuGk captures (ooh323c and H323Plus endpoints
// registering, calling through the gatekeeper, disengaging and unregistering).
const golden = loadGoldenPdus().filter((p) => p.type === "RasMessage");
const hex = (b: Uint8Array) => Buffer.from(b).toString("hex");

function parseErrorOf(f: () => unknown): ParseError {
  try {
    f();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

describe("H.225.0 §7.6 RasMessage: decode and encode a UDP payload", () => {
  it("decodes the 58 RAS messages of the GnuGk captures, in the order of a registration and call", () => {
    expect(golden).toHaveLength(58);
    const names = golden.filter((p) => p.capture === "c-gk-routed").map((p) => rasName(decodeRas(p.bytes)));
    expect(names.slice(0, 10)).toEqual([
      "GRQ",
      "GCF",
      "RRQ",
      "RCF",
      "GRQ",
      "GCF",
      "RRQ",
      "RCF",
      "ARQ",
      "ACF",
    ]);
    expect(names.slice(-4)).toEqual(["URQ", "UCF", "URQ", "UCF"]);
  });

  it("re-encodes each to the bytes the Erlang asn1 oracle writes for it", () => {
    for (const p of golden) expect(hex(encodeRas(decodeRas(p.bytes))), p.label).toBe(hex(p.oracleReencoded));
  });

  it("every truncated prefix of every golden message is a ParseError naming RAS and the field", () => {
    let prefixes = 0;
    for (const p of golden) {
      for (let n = 1; n < p.bytes.length; n++) {
        const e = parseErrorOf(() => decodeRas(p.bytes.subarray(0, n)));
        expect(e.format, `${p.label} cut at ${n}`).toBe(RAS_FORMAT);
        expect(e.field).not.toBe("");
        expect(e.message).toMatch(/^H\.225\.0 RAS: /);
        prefixes++;
      }
    }
    expect(prefixes).toBeGreaterThan(1000);
  });

  it("refuses an empty datagram and one larger than any RAS message, before decoding", () => {
    expect(parseErrorOf(() => decodeRas(new Uint8Array(0))).message).toBe(
      "H.225.0 RAS: empty datagram (RasMessage at offset 0)",
    );
    const big = new Uint8Array(MAX_RAS_BYTES + 1);
    big.set(golden[0]!.bytes);
    expect(parseErrorOf(() => decodeRas(big)).message).toMatch(
      /datagram of 16385 octets is larger than 16384/,
    );
  });

  it("names the bad field of a message whose CHOICE index is out of range", () => {
    // The root of the CHOICE has 25 alternatives (GRQ..XRS, indices 0..24) in a 5-bit field after
    // the extension bit (X.691 §23.6); 0x7c is "not extended, index 31".
    const e = parseErrorOf(() => decodeRas(Uint8Array.of(0x7c, 0, 0, 0)));
    expect(e.format).toBe(RAS_FORMAT);
    expect(e.field).toBe("RasMessage");
    expect(e.message).toMatch(/31/);
  });

  it("round-trips a GRQ built here (unicast discovery, our aliases)", () => {
    const grq: RasMessage = {
      choice: "gatekeeperRequest",
      value: {
        requestSeqNum: 4711,
        protocolIdentifier: "0.0.8.2250.0.4",
        rasAddress: { choice: "ipAddress", value: { ip: Uint8Array.of(127, 0, 0, 9), port: 40000 } },
        endpointType: { terminal: {}, mc: false, undefinedNode: false },
        endpointAlias: [
          { choice: "h323-ID", value: "vdm-test" },
          { choice: "url-ID", value: "h323:vdm-test@127.0.0.9" },
        ],
      },
    };
    const back = decodeRas(encodeRas(grq));
    expect(back).toEqual(grq);
    expect(requestSeqNum(back)).toBe(4711);
  });
});

/** A golden message changed the way a broken or hostile gatekeeper would change it. */
const mutated = fc
  .tuple(
    fc.constantFrom(...golden),
    fc.array(
      fc.oneof(
        fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
        fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
        fc.record({
          op: fc.constant("insert" as const),
          at: fc.nat(),
          data: fc.uint8Array({ minLength: 1, maxLength: 6 }),
        }),
      ),
      { minLength: 1, maxLength: 4 },
    ),
  )
  .map(([p, ops]) => {
    let b = Uint8Array.from(p.bytes);
    for (const o of ops) {
      const at = b.length === 0 ? 0 : o.at % b.length;
      if (o.op === "flip" && b.length) b[at]! ^= 1 << o.bit;
      else if (o.op === "cut") b = b.slice(0, at);
      else if (o.op === "insert") b = Uint8Array.from([...b.subarray(0, at), ...o.data, ...b.subarray(at)]);
    }
    return b;
  });

describe("RAS decode fuzz: bad input is a RAS ParseError; what decodes re-encodes", () => {
  const check = (bytes: Uint8Array) => {
    let m: RasMessage;
    try {
      m = decodeRas(bytes);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      expect(e.format).toBe(RAS_FORMAT);
      return;
    }
    expect(decodeRas(encodeRas(m))).toEqual(m);
  };

  it("mutated golden messages", () => {
    fc.assert(fc.property(mutated, check), { numRuns: 2000 });
  });

  it("random datagrams", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 300 }), check), { numRuns: 2000 });
  });
});
