// PROTOS c07-sip r2 (fixtures/sip/protos, see FORMAT.md there): 4527 INVITEs, each followed by its
// CANCEL, read straight from the archive (ustar in gzip) and filled in for a room on loopback.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { FIXTURES } from "./hostile-support.js";

/** The case files of the archive, in order: name → bytes (POSIX ustar: 512-octet headers). */
export function protosArchive(): Map<string, Buffer> {
  const tar = gunzipSync(readFileSync(join(FIXTURES, "sip", "protos", "protos-c07-sip-r2-cases.tar.gz")));
  const files = new Map<string, Buffer>();
  for (let at = 0; at + 512 <= tar.length; ) {
    const header = tar.subarray(at, at + 512);
    if (header.every((b) => b === 0)) break;
    const name = header.subarray(0, 100).toString("latin1").replace(/\0.*$/s, "");
    const size = Number.parseInt(
      header.subarray(124, 136).toString("latin1").replace(/\0.*$/s, "").trim() || "0",
      8,
    );
    const type = String.fromCharCode(header[156] ?? 48);
    if (type === "0" || type === "\0") files.set(name, Buffer.from(tar.subarray(at + 512, at + 512 + size)));
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

/** The two PDUs of a case file: "<decimal length> <bytes>" twice (INVITE, then teardown). */
export function casePdus(file: Buffer): Buffer[] {
  const pdus: Buffer[] = [];
  let at = 0;
  while (at < file.length) {
    while (at < file.length && (file[at] === 0x0a || file[at] === 0x0d || file[at] === 0x20)) at++;
    const space = file.indexOf(0x20, at);
    if (space < 0) break;
    const length = Number(file.subarray(at, space).toString("latin1"));
    if (!Number.isInteger(length)) break;
    pdus.push(Buffer.from(file.subarray(space + 1, space + 1 + length)));
    at = space + 1 + length;
  }
  return pdus;
}

/** Fills a PDU's placeholders (FORMAT.md) for a sender at `from` and the room at `to`. */
export function fillCase(pdu: Buffer, n: number, from: { host: string; port: number }, to: string): Buffer {
  const text = pdu
    .toString("latin1")
    .replaceAll("<To>", to)
    .replaceAll("<From>", `protos@${from.host}`)
    .replaceAll("<From-Address>", from.host)
    .replaceAll("<From-IP>", from.host)
    .replaceAll("<Local-Port>", String(from.port))
    .replaceAll("<Branch-ID>", String(n))
    .replaceAll("<Call-ID>", `protos-${n}`)
    .replaceAll("<CSeq>", "1")
    .replaceAll("<Teardown-Method>", "CANCEL");
  const split = text.indexOf("\r\n\r\n");
  const bodyLength = split < 0 ? 0 : Buffer.byteLength(text.slice(split + 4), "latin1");
  return Buffer.from(text.replaceAll("<Content-Length>", String(bodyLength)), "latin1");
}
