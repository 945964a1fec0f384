import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadGoldenPdus } from "../../../test/support/asn1-pdus.js";
import { captureWire } from "../../../test/support/h323/capture-wire.js";
import { haveTshark, tsharkFileFields } from "../../../test/support/h323/link-capture.js";
import { CaptureRecorder } from "./capture-recorder.js";

// `--pcap` of an H.323 call: each message as a TPKT packet (RFC 1006) on the TCP connection it
// went over, the tunnelled H.245 only inside its Q.931 carrier. Fed with a real call (ooh323c with
// a separate H.245 connection, and with tunnelled H.245), tshark must decode every message.

const dir = mkdtempSync(join(tmpdir(), "vdm-capture-h323-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function record(capture: string, name: string, tunnelled: boolean): string {
  const path = join(dir, name);
  const recorder = CaptureRecorder.open(path);
  for (const m of captureWire(capture, "127.0.0.3", "127.0.0.2")) recorder.h323(m);
  // A tunnelled H.245 message is also recorded on its own by the engine: it must not be written twice.
  if (tunnelled) {
    const carrier = captureWire(capture, "127.0.0.3", "127.0.0.2")[0]!;
    recorder.h323({ ...carrier, channel: "h245", tunnelled: true, bytes: Uint8Array.of(1, 2, 3) });
  }
  return recorder.finish().path;
}

describe.runIf(haveTshark)("H.323 messages in the capture decode in tshark", () => {
  it("separate H.245: Q.931/H.225.0 on the call signalling connection, H.245 on its own", () => {
    const path = record("b-direct-separate-h245.pcapng", "separate.pcapng", false);
    const h225 = tsharkFileFields(path, "h225", ["h225.h323_message_body"]).flat();
    expect(h225.length).toBe(5);
    expect(tsharkFileFields(path, "h245", ["frame.number"]).length).toBe(14);
    expect(tsharkFileFields(path, "_ws.malformed", ["frame.number"])).toEqual([]);
  });

  it("fast start with tunnelled H.245: every H.225.0 message once, no stray packet", () => {
    const path = record("a-direct-faststart.pcapng", "faststart.pcapng", true);
    expect(tsharkFileFields(path, "h225", ["frame.number"]).length).toBe(12);
    expect(tsharkFileFields(path, "h245", ["frame.number"]).length).toBeGreaterThan(0);
    expect(tsharkFileFields(path, "_ws.malformed", ["frame.number"])).toEqual([]);
  });

  it("RAS: each message as a UDP datagram to the gatekeeper's port 1719, decoded as H.225.0 RAS", () => {
    const path = join(dir, "ras.pcapng");
    const recorder = CaptureRecorder.open(path);
    const ras = loadGoldenPdus().filter((p) => p.capture === "c-gk-routed" && p.type === "RasMessage");
    for (const [i, p] of ras.entries()) {
      recorder.h323({
        atMs: i,
        direction: i % 2 === 0 ? "sent" : "received",
        channel: "ras",
        name: "RAS",
        summary: "",
        bytes: p.bytes,
        local: { host: "127.0.0.2", port: 13030 },
        remote: { host: "127.0.0.4", port: 1719 },
      });
    }
    recorder.finish();
    expect(tsharkFileFields(path, "udp", ["frame.number"]).length).toBe(ras.length);
    expect(tsharkFileFields(path, "h225.RasMessage", ["frame.number"]).length).toBe(ras.length);
    expect(tsharkFileFields(path, "_ws.malformed", ["frame.number"])).toEqual([]);
  });
});
