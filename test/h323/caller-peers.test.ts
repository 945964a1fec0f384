import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, readOnlyReport, runCli, stackTraceLines } from "../support/cli/index.js";
import { tsharkFileFields } from "../support/h323/link-capture.js";
import { Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";
import { Simph323Peer } from "../support/h323/simph323.js";

// Issue 13 item 7, the caller's side: `vdm-test call h323:alias@host` against real endpoints.
// ooh323c answers in each H.245 mode: the call is set up, graded as H.323 and hung up cleanly
// (ooh323c sees the far end clear it), and the --pcap of every message decodes in tshark with
// nothing malformed. ooh323c sends no RTP, so media is counted against H323Plus's simph323,
// which sends G.711: packets both ways, from our report and from simph323's own statistics.

const scratch = mkdtempSync(join(tmpdir(), "vdm-h323-peers-"));
const stops: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  if (!skipH323Interop) await ensureBuilt();
}, 180_000);
afterEach(async () => {
  for (const s of stops.splice(0).reverse()) await s().catch(() => {});
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

async function call(target: string, local: string, mode: string, name: string) {
  const out = join(scratch, name);
  const pcap = join(scratch, `${name}.pcapng`);
  const run = await runCli(
    [
      "call",
      target,
      "--h245",
      mode,
      "--duration",
      "4",
      "--local-address",
      local,
      "--out",
      out,
      "--pcap",
      pcap,
    ],
    { timeoutMs: 150_000 },
  );
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  const { report } = await readOnlyReport(out);
  // Every frame of the call's capture decodes; none is malformed.
  expect(tsharkFileFields(pcap, "_ws.malformed", ["frame.number"])).toEqual([]);
  expect(tsharkFileFields(pcap, "q931", ["frame.number"]).length).toBeGreaterThanOrEqual(3);
  return { run, report };
}

describe.skipIf(skipH323Interop)("vdm-test call h323: against real endpoints", () => {
  it.each([
    ["fast-start", {}, "fastStart"],
    ["tunnel", { fastStart: false }, "tunnelling"],
    ["separate", { fastStart: false, tunnelling: false }, "separate"],
  ] as const)(
    "--h245 %s to ooh323c: set up, graded as H.323, hung up cleanly",
    async (mode, ooMode, fact) => {
      const oo = await Ooh323cPeer.start({
        ...ooMode,
        host: h323LoopbackHost(),
        h323Id: "oo",
        listen: true,
        autoAnswer: true,
      });
      stops.push(() => oo.stop());
      const local = h323LoopbackHost();
      const { run, report } = await call(`h323:oo@${oo.options.host}`, local, mode, `oo-${mode}`);
      expect((report.facts["h323"] as { mode: string }).mode, run.stdout).toBe(fact);
      expect(report.sip[0]?.firstLine).toMatch(/^Setup/);
      expect(report.sip.map((m) => m.firstLine).join("\n")).toMatch(/Connect/);
      // ooh323c started its channel towards us, and we cleared the call.
      expect(oo.channels().some((c) => c.direction === "transmit" && c.host === local)).toBe(true);
      expect((await oo.ended(15_000)).reason).toBe("OO_REASON_REMOTE_CLEARED");
      // Nothing came back (ooh323c sends no RTP): the grade fails, by measurement.
      expect(run.code).toBe(1);
    },
    180_000,
  );

  it("--h245 tunnel to simph323: G.711 RTP both ways, counted by us and by simph323", async () => {
    const peer = await Simph323Peer.start({
      host: h323LoopbackHost(),
      alias: "h3",
      listen: true,
      autoAnswer: true,
    });
    stops.push(() => peer.stop());
    const { report } = await call(`h323:h3@${peer.options.host}`, h323LoopbackHost(), "tunnel", "simph323");
    const audio = report.facts["audio"] as { packetsSent: number; packetsReceived: number };
    expect(audio.packetsSent).toBeGreaterThan(50);
    expect(audio.packetsReceived).toBeGreaterThan(50);
    await peer.ended(15_000);
    const { rtp } = await peer.stop();
    const session1 = rtp.find((s) => s.session === 1);
    expect(session1?.packetsReceived).toBeGreaterThan(50);
    expect(session1?.packetsReceived).toBeLessThanOrEqual(audio.packetsSent);
    expect(session1?.packetsSent).toBeGreaterThanOrEqual(audio.packetsReceived);
  }, 180_000);
});
