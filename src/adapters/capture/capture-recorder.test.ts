import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createCaptureDecoder } from "../../protocol/capture/capture-decoder.js";
import type { SipWireEvent } from "../sip/node-sip-transport.js";
import { CAPTURE_COMMENT, CaptureRecorder, TLS_PLAINTEXT_COMMENT } from "./capture-recorder.js";

const dir = mkdtempSync(join(tmpdir(), "vdm-capture-recorder-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const local = { host: "127.0.0.1", port: 5070 };
const remote = { host: "127.0.0.1", port: 5060 };

function sipEvent(direction: "in" | "out", transport: SipWireEvent["transport"], text: string): SipWireEvent {
  return { at: 0, direction, transport, local, remote, text };
}

function decode(path: string) {
  const d = createCaptureDecoder();
  const out = [...d.push(readFileSync(path)), ...d.end()];
  expect(d.failure).toBeUndefined();
  return out;
}

describe("capture recorder (--pcap)", () => {
  it("shows the file only once finished, with every datagram and stream byte at the clock's time", () => {
    let us = 1_700_000_000_000_000;
    const path = join(dir, "call.pcapng");
    const r = CaptureRecorder.open(path, { nowUs: () => (us += 1000), note: "vdm-test call sip:x" });
    r.sip(sipEvent("out", "udp", "OPTIONS sip:x SIP/2.0\r\n\r\n"));
    r.sip(sipEvent("in", "udp", "SIP/2.0 200 OK\r\n\r\n"));
    r.datagram(
      "out",
      { host: "127.0.0.1", port: 30000 },
      { host: "::ffff:127.0.0.1", port: 40000 },
      enc("rtp"),
    );
    r.sip(sipEvent("out", "tcp", "INVITE sip:x SIP/2.0\r\nContent-Length: 0\r\n\r\n"));
    r.sip(sipEvent("in", "tcp", "SIP/2.0 100 Trying\r\nContent-Length: 0\r\n\r\n"));
    // Not yet visible: the data sits in a hidden temporary file beside the target.
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).some((f) => f.startsWith(".call.pcapng.") && f.endsWith(".partial"))).toBe(true);
    const result = r.finish();
    expect(r.finish()).toBe(result); // idempotent
    expect(result.path).toBe(path);
    expect(readdirSync(dir).filter((f) => f.endsWith(".partial"))).toEqual([]);
    const file = readFileSync(path);
    expect(result.bytes).toBe(file.length);
    // 2 SIP/UDP + 1 RTP + handshake (3) + 2 data + FINs at the end (3).
    expect(result.packets).toBe(11);
    expect(dec(file)).toContain(CAPTURE_COMMENT.slice(0, 40));
    expect(dec(file)).toContain("vdm-test call sip:x");
    const out = decode(path);
    expect(out.map((g) => [g.transport, g.src.port, g.dst.port, dec(g.payload).split("\r\n")[0]])).toEqual([
      ["udp", 5070, 5060, "OPTIONS sip:x SIP/2.0"],
      ["udp", 5060, 5070, "SIP/2.0 200 OK"],
      ["udp", 30000, 40000, "rtp"],
      ["tcp", 5070, 5060, "INVITE sip:x SIP/2.0"],
      ["tcp", 5060, 5070, "SIP/2.0 100 Trying"],
    ]);
    // The IPv4-mapped remote was written as IPv4; times are the clock's at each event.
    expect(out[2]!.dst.ip).toBe("127.0.0.1");
    expect(out[0]!.time).toEqual({ seconds: 1_700_000_000, nanoseconds: 1_000_000 });
    expect(out[1]!.time.nanoseconds - out[0]!.time.nanoseconds).toBe(1_000_000);
  });

  it("marks SIP that crossed TLS as decrypted plaintext on each packet", () => {
    const path = join(dir, "tls.pcapng");
    const r = CaptureRecorder.open(path);
    r.sip(sipEvent("out", "tls", "INVITE sips:x SIP/2.0\r\nContent-Length: 0\r\n\r\n"));
    r.finish();
    const text = dec(readFileSync(path));
    expect(text.split(TLS_PLAINTEXT_COMMENT).length - 1).toBe(1);
    expect(decode(path).map((g) => dec(g.payload).split("\r\n")[0])).toEqual(["INVITE sips:x SIP/2.0"]);
  });

  it("streams to disk as it goes: past 64 KiB the temporary file grows before the end", () => {
    const path = join(dir, "big.pcapng");
    const r = CaptureRecorder.open(path);
    const partial = () => join(dir, readdirSync(dir).find((f) => f.startsWith(".big.pcapng."))!);
    const headerOnly = readFileSync(partial()).length;
    for (let i = 0; i < 100; i++) r.datagram("out", local, remote, new Uint8Array(1200));
    expect(readFileSync(partial()).length).toBeGreaterThan(headerOnly + 64 * 1024);
    expect(r.finish().packets).toBe(100);
    expect(decode(path)).toHaveLength(100);
  });

  it("abort leaves neither the file nor the temporary one; an unwritable place is an error at open", () => {
    const path = join(dir, "aborted.pcapng");
    const r = CaptureRecorder.open(path);
    r.datagram("in", local, remote, enc("x"));
    r.abort();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes("aborted"))).toEqual([]);
    expect(() => r.finish()).toThrow(/cannot write the capture .*aborted/);
    writeFileSync(join(dir, "plain-file"), "x");
    expect(() => CaptureRecorder.open(join(dir, "plain-file", "x.pcapng"))).toThrow(/EEXIST|ENOTDIR/);
  });

  it("skips a packet it cannot frame (IPv4 to IPv6) and records the rest", () => {
    const path = join(dir, "mixed.pcapng");
    const r = CaptureRecorder.open(path);
    r.datagram("out", local, { host: "::1", port: 1 }, enc("x"));
    r.datagram("out", local, remote, enc("y"));
    expect(r.finish().packets).toBe(1);
    expect(decode(path).map((g) => dec(g.payload))).toEqual(["y"]);
  });
});
