import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { buildPcap, udp4Frame } from "../../protocol/capture/capture-builder.js";
import { createCaptureDecoder } from "../../protocol/capture/capture-decoder.js";
import { readCaptureFile } from "./capture-file.js";

describe("readCaptureFile", () => {
  it("streams a recorded capture through the decoder in small chunks", async () => {
    const decoder = createCaptureDecoder();
    const payloads: string[] = [];
    for await (const batch of readCaptureFile(
      fileURLToPath(new URL("../../../fixtures/pcap/sip-options-udp-tcp-lo.pcapng", import.meta.url)),
      decoder,
      100,
    )) {
      for (const g of batch) payloads.push(new TextDecoder().decode(g.payload).split(" ")[0]!);
    }
    expect(decoder.failure).toBeUndefined();
    expect(decoder.stats.packets).toBe(12);
    expect(payloads).toEqual(["OPTIONS", "SIP/2.0", "OPTIONS", "SIP/2.0"]);
  });

  it("reports a truncated file through the decoder after yielding what came before the cut", async () => {
    const dir = await mkdtemp(join(tmpdir(), "capture-"));
    try {
      const frame = udp4Frame("127.0.0.1", 1, "127.0.0.1", 2, new Uint8Array(500));
      const file = buildPcap(
        { linkType: 1 },
        Array.from({ length: 300 }, (_, i) => ({ seconds: i, fraction: 0, frame })),
      );
      const path = join(dir, "cut.pcap");
      await writeFile(path, file.subarray(0, file.length - 100));
      const decoder = createCaptureDecoder();
      let count = 0;
      for await (const batch of readCaptureFile(path, decoder)) count += batch.length;
      expect(count).toBe(299);
      expect(decoder.failure?.message).toMatch(/file ends inside a record/);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it("rejects with Node's error for a missing file", async () => {
    const it = readCaptureFile("/nonexistent/x.pcap");
    await expect(it.next()).rejects.toMatchObject({ code: "ENOENT" });
  });
});
