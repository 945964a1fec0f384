import { readFileSync } from "node:fs";
import { loadavg } from "node:os";
import { join } from "node:path";
import type { PerCodec } from "../src/protocol/asn1/index.js";
import { h323UserInformation, multimediaSystemControlMessage } from "../src/protocol/asn1/index.js";
import { timed } from "./srtp-bench.js";

export interface PerBenchRow {
  readonly message: string;
  readonly octets: number;
  readonly operation: "decode" | "encode";
  /** Median over rounds of messages per CPU-second. */
  readonly messagesPerSecond: number;
  readonly bestMessagesPerSecond: number;
}

const ROUND = 200;

/** The largest PDU of the captures whose hex starts with `prefix` (the message kind's first bits). */
function largestPdu(type: string, pick: (bytes: Uint8Array) => boolean): Uint8Array {
  const file = join(import.meta.dirname, "../../fixtures/h323/per-pdus.txt");
  let best: Uint8Array | undefined;
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const [, , t, hex] = line.split(" ");
    if (line.startsWith("#") || t !== type || !hex) continue;
    const bytes = new Uint8Array(Buffer.from(hex, "hex"));
    if (pick(bytes) && (!best || bytes.length > best.length)) best = bytes;
  }
  if (!best) throw new Error(`no ${type} in ${file}`);
  return best;
}

function rows<T>(message: string, codec: PerCodec<T>, bytes: Uint8Array, seconds: number): PerBenchRow[] {
  const value = codec.decode(bytes);
  const decode = timed(seconds, () => {
    for (let i = 0; i < ROUND; i++) codec.decode(bytes);
    return ROUND;
  });
  const encode = timed(seconds, () => {
    for (let i = 0; i < ROUND; i++) codec.encode(value);
    return ROUND;
  });
  return [
    {
      message,
      octets: bytes.length,
      operation: "decode",
      messagesPerSecond: decode.median,
      bestMessagesPerSecond: decode.best,
    },
    {
      message,
      octets: bytes.length,
      operation: "encode",
      messagesPerSecond: encode.median,
      bestMessagesPerSecond: encode.best,
    },
  ];
}

/**
 * Aligned-PER decode and encode rates (messages per CPU-second of one thread) for the largest
 * real Setup (H323-UserInformation) and TerminalCapabilitySet of the H.323 captures.
 */
export function runPerBench(opts: { seconds: number }): PerBenchRow[] {
  const setup = largestPdu("H323-UserInformation", (b) => {
    const body = h323UserInformation.decode(b)["h323-uu-pdu"]["h323-message-body"];
    return body.choice === "setup";
  });
  const tcs = largestPdu("MultimediaSystemControlMessage", (b) => {
    const m = multimediaSystemControlMessage.decode(b);
    return m.choice === "request" && m.value.choice === "terminalCapabilitySet";
  });
  const load = () =>
    loadavg()
      .map((l) => l.toFixed(2))
      .join(" ");
  console.log(
    `vdm-test PER benchmark: ASN.1 aligned PER of real H.323 messages (fixtures/h323/per-pdus.txt), ${opts.seconds} s per row, messages per CPU-second of one thread`,
  );
  console.log(`load average before: ${load()} (2-core machine, shared)`);
  console.log(
    `${"message".padEnd(36)} ${"octets".padStart(6)} ${"operation".padEnd(9)} ${"msgs/s".padStart(10)} ${"best".padStart(10)}`,
  );
  const out = [
    ...rows("Setup (H323-UserInformation)", h323UserInformation, setup, opts.seconds),
    ...rows("TerminalCapabilitySet (H.245)", multimediaSystemControlMessage, tcs, opts.seconds),
  ];
  for (const r of out) {
    console.log(
      `${r.message.padEnd(36)} ${String(r.octets).padStart(6)} ${r.operation.padEnd(9)} ${Math.round(r.messagesPerSecond).toString().padStart(10)} ${Math.round(r.bestMessagesPerSecond).toString().padStart(10)}`,
    );
  }
  console.log(`load average after: ${load()}`);
  return out;
}
