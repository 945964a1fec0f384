import { readFileSync } from "node:fs";
import { join } from "node:path";

/** One ASN.1 PDU of the H.323 captures (fixtures/h323/per-pdus.txt). */
export interface GoldenPdu {
  capture: string;
  frame: number;
  type: "RasMessage" | "H323-UserInformation" | "MultimediaSystemControlMessage";
  bytes: Uint8Array;
  /** What the Erlang asn1 oracle writes when it re-encodes the decoded value. */
  oracleReencoded: Uint8Array;
  /** "capture#frame TYPE", for test names. */
  label: string;
}

export function loadGoldenPdus(root = process.cwd()): GoldenPdu[] {
  const text = readFileSync(join(root, "fixtures/h323/per-pdus.txt"), "utf8");
  return text
    .split("\n")
    .filter((l) => l !== "" && !l.startsWith("#"))
    .map((l) => {
      const [capture, frame, type, hex, re] = l.split(" ");
      if (!capture || !frame || !type || !hex || !re) throw new Error(`bad fixture line: ${l}`);
      const bytes = Buffer.from(hex, "hex");
      return {
        capture,
        frame: Number(frame),
        type: type as GoldenPdu["type"],
        bytes: new Uint8Array(bytes),
        oracleReencoded: new Uint8Array(re === "=" ? bytes : Buffer.from(re, "hex")),
        label: `${capture}#${frame} ${type}`,
      };
    });
}
