import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { multimediaSystemControlMessage } from "../../src/protocol/asn1/index.js";
import { parseCallPdu } from "../../src/protocol/h225/call-pdu.js";
import { readFastStart } from "../../src/protocol/h245/fast-start.js";
import { ParseError } from "../../src/protocol/parse-error.js";
import { TpktFramer } from "../../src/protocol/tpkt/tpkt-framer.js";
import { captureFlows } from "../support/h323/capture-segments.js";

// The whole receive path of an H.323 connection, fuzzed from the peers' captures
// (../shared/peers/h323/captures): a TCP byte stream, cut into arbitrary reads, through the
// TPKT framer (RFC 1006), Q.931 + H.225.0 (or H.245 on a separate connection), and the PER
// inside (fast start OLCs, tunnelled H.245). Every failure must be a ParseError whose one line
// names the format and the field, for PER the path inside the message; never another error.

const MAX_PACKET = 16_384;
const flows = captureFlows();
const seeds = flows.map((f) => ({
  key: f.key,
  signalling: f.segments.some((s) => s.q931Types.length),
  bytes: f.bytes,
}));

/** Decodes one TPKT payload as the connection's kind; returns how many PDUs decoded. */
function decodePacket(signalling: boolean, payload: Uint8Array): number {
  if (payload.length === 0) return 0; // H.460.18 keep-alive
  if (!signalling) {
    multimediaSystemControlMessage.decode(payload);
    return 1;
  }
  const { uu } = parseCallPdu(payload);
  const pdu = uu["h323-uu-pdu"];
  const body = pdu["h323-message-body"].value as { fastStart?: Uint8Array[] } | null;
  const fast = body?.fastStart ? readFastStart(body.fastStart).length : 0;
  for (const m of pdu.h245Control ?? []) multimediaSystemControlMessage.decode(m);
  return 1 + fast + (pdu.h245Control?.length ?? 0);
}

interface StreamResult {
  decoded: number;
  error?: ParseError;
  maxHeld: number;
}

/** Feeds the stream in `reads`, decoding packet by packet, until the first error. */
function receive(signalling: boolean, bytes: Uint8Array, cuts: readonly number[]): StreamResult {
  const framer = new TpktFramer({ maxPacketLength: MAX_PACKET });
  const at = [...new Set(cuts.map((c) => (bytes.length ? c % bytes.length : 0)))].sort((a, b) => a - b);
  let decoded = 0;
  let maxHeld = 0;
  let from = 0;
  for (const to of [...at, bytes.length]) {
    try {
      framer.push(bytes.subarray(from, to));
      maxHeld = Math.max(maxHeld, framer.buffered);
      for (let p = framer.next(); p !== undefined; p = framer.next()) decoded += decodePacket(signalling, p);
    } catch (e) {
      if (!(e instanceof ParseError)) throw e;
      return { decoded, error: e, maxHeld };
    }
    from = to;
  }
  return { decoded, maxHeld };
}

const SEGMENT = String.raw`[A-Za-z$][\w$-]*(\[\d+\])*`;
const PER_PATH = new RegExp(`^(\\(top\\)|${SEGMENT}(\\.${SEGMENT})*)$`);

/** A ParseError's one line names its format and field; a PER error's field is a value path. */
function expectNamed(e: ParseError): void {
  expect(e.message).not.toContain("\n");
  expect(e.format).not.toBe("");
  expect(e.field).not.toBe("");
  // "h323-uu-pdu.h245Control[0]", "$unknown[2]" for an extension addition this module lacks
  if (e.format.startsWith("PER ")) expect(e.field, e.message).toMatch(PER_PATH);
  expect(e.message).toContain(e.field);
}

const mutation = fc.oneof(
  fc.record({ op: fc.constant("flip" as const), at: fc.nat(), bit: fc.integer({ min: 0, max: 7 }) }),
  fc.record({ op: fc.constant("set" as const), at: fc.nat(), byte: fc.integer({ min: 0, max: 255 }) }),
  fc.record({ op: fc.constant("cut" as const), at: fc.nat() }),
  fc.record({
    op: fc.constant("insert" as const),
    at: fc.nat(),
    data: fc.uint8Array({ minLength: 1, maxLength: 8 }),
  }),
);
type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function mutate(bytes: Uint8Array, ops: readonly Mutation[]): Uint8Array {
  let b = Uint8Array.from(bytes);
  for (const o of ops) {
    const at = b.length === 0 ? 0 : o.at % b.length;
    if (o.op === "flip" && b.length) b[at]! ^= 1 << o.bit;
    else if (o.op === "set" && b.length) b[at] = o.byte;
    else if (o.op === "cut") b = b.slice(0, at);
    else if (o.op === "insert") b = Uint8Array.from([...b.subarray(0, at), ...o.data, ...b.subarray(at)]);
  }
  return b;
}

const RUNS = Number(process.env["H323_FUZZ_RUNS"] ?? 1500);

describe("H.323 receive path fuzz: TPKT stream, Q.931/H.225.0, H.245 and PER from the captures", () => {
  it("has the captures' call signalling and H.245 connections as seeds", () => {
    expect(seeds.filter((s) => s.signalling).length).toBeGreaterThanOrEqual(15);
    expect(seeds.filter((s) => !s.signalling).length).toBeGreaterThanOrEqual(2);
  });

  it("decodes every captured connection whole, in any reads", () => {
    fc.assert(
      fc.property(fc.constantFrom(...seeds), fc.array(fc.nat(), { maxLength: 12 }), (s, cuts) => {
        const r = receive(s.signalling, s.bytes, cuts);
        expect(r.error, s.key).toBeUndefined();
        expect(r.decoded).toBeGreaterThan(0);
      }),
      { numRuns: 200 },
    );
  });

  it("mutated connections: whatever fails is a ParseError naming the field, the framer holds a bounded amount", () => {
    let failures = 0;
    const formats = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom(...seeds),
        fc.array(mutation, { minLength: 1, maxLength: 4 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        (s, ops, cuts) => {
          const r = receive(s.signalling, mutate(s.bytes, ops), cuts);
          expect(r.maxHeld).toBeLessThanOrEqual(MAX_PACKET + s.bytes.length + 32);
          if (r.error) {
            failures++;
            formats.add(r.error.format.replace(/^PER .*/, "PER"));
            expectNamed(r.error);
          }
        },
      ),
      { numRuns: RUNS },
    );
    // The mutations reach every layer: the run saw TPKT, Q.931/H.225.0 and PER failures.
    expect(failures).toBeGreaterThan(RUNS / 10);
    expect([...formats].sort()).toEqual(expect.arrayContaining(["PER", "TPKT"]));
    expect([...formats].some((f) => /Q\.931|H\.225/.test(f))).toBe(true);
  });

  it("every truncated packet of every captured connection fails as a ParseError naming the field", () => {
    let truncated = 0;
    for (const s of seeds) {
      const framer = new TpktFramer();
      framer.push(s.bytes);
      for (let p = framer.next(); p !== undefined; p = framer.next()) {
        // Cut inside the payload, keeping the TPKT framing valid around the shorter payload.
        for (const n of [1, 2, 5, Math.floor(p.length / 2), p.length - 1]) {
          if (n <= 0 || n >= p.length) continue;
          try {
            decodePacket(s.signalling, p.subarray(0, n));
          } catch (e) {
            if (!(e instanceof ParseError)) throw e;
            expectNamed(e);
            truncated++;
          }
        }
      }
    }
    expect(truncated).toBeGreaterThan(500);
  });

  it("random octets as either kind of connection: a ParseError naming the field, or nothing decoded", () => {
    fc.assert(
      fc.property(
        fc.boolean(),
        fc.uint8Array({ maxLength: 400 }),
        fc.array(fc.nat(), { maxLength: 6 }),
        (sig, b, cuts) => {
          const r = receive(sig, b, cuts);
          if (r.error) expectNamed(r.error);
        },
      ),
      { numRuns: RUNS },
    );
  });
});
