import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { ensureBuilt, readOnlyReport, runCli, stackTraceLines } from "../support/cli/index.js";
import { GnugkPeer } from "../support/h323/gnugk.js";
import { tsharkFileFields } from "../support/h323/link-capture.js";
import { Ooh323cPeer } from "../support/h323/ooh323c.js";
import { h323LoopbackHost, skipH323Interop } from "../support/h323/peers.js";

// Issue 14 item 4 against GnuGk: `vdm-test call h323:alice@example.com --gatekeeper GK`
// registers with GnuGk (unicast GRQ, RRQ), asks admission for alice, registered there by
// ooh323c, by URI (url-ID, which GnuGk's DefaultDomain rewrites to "alice") and by alias
// (h323-ID), places the call where the ACF says (GnuGk's routed call signalling), sends DRQ
// after it and URQ at the end. Every RAS message we sent decodes in tshark with nothing malformed.

const scratch = mkdtempSync(join(tmpdir(), "vdm-gnugk-caller-"));
const stops: (() => Promise<unknown>)[] = [];
beforeAll(async () => {
  if (!skipH323Interop) await ensureBuilt();
}, 180_000);
afterEach(async () => {
  for (const s of stops.splice(0).reverse()) await s().catch(() => {});
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** GnuGk and ooh323c "alice" registered with it (auto-answering). */
async function gatekeeperWithAlice(): Promise<{ gk: GnugkPeer; alice: Ooh323cPeer }> {
  const gk = await GnugkPeer.start({ host: h323LoopbackHost() });
  stops.push(() => gk.stop());
  const alice = await Ooh323cPeer.start({
    host: h323LoopbackHost(),
    h323Id: "alice",
    listen: true,
    autoAnswer: true,
    gatekeeper: gk.ras,
  });
  stops.push(() => alice.stop());
  const end = Date.now() + 20_000;
  while (!/Registration Confirm/.test(await alice.trace())) {
    if (Date.now() > end) throw new Error(`alice did not register with GnuGk:\n${alice.log()}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  return { gk, alice };
}

async function call(gk: GnugkPeer, target: string, name: string, extra: string[] = []) {
  const out = join(scratch, name);
  const pcap = join(scratch, `${name}.pcapng`);
  const run = await runCli(
    [
      "call",
      target,
      "--gatekeeper",
      gk.ras,
      ...extra,
      "--duration",
      "2",
      "--functions",
      "1",
      "--local-address",
      h323LoopbackHost(),
      "--out",
      out,
      "--pcap",
      pcap,
    ],
    { timeoutMs: 150_000 },
  );
  expect(stackTraceLines(run.stderr), run.stderr).toEqual([]);
  return { run, out, pcap };
}

/** The RAS lines of the report's ladder, "sent GRQ" ... */
const rasLadder = (report: { sip: { protocol?: string; direction: string; firstLine: string }[] }) =>
  report.sip.filter((m) => m.protocol === "ras").map((m) => `${m.direction} ${m.firstLine.split(":")[0]}`);

/** Every RAS datagram we sent, as tshark reads the capture: decoded, none malformed. */
function expectRasDecodes(pcap: string, sent: number): void {
  const ours = tsharkFileFields(pcap, "h225.RasMessage && udp.dstport == 1719", [
    "frame.number",
    "h225.RasMessage",
  ]);
  expect(ours.length).toBe(sent);
  expect(tsharkFileFields(pcap, "_ws.malformed || _ws.expert.severity == error", ["frame.number"])).toEqual(
    [],
  );
}

describe.skipIf(skipH323Interop)("vdm-test call --gatekeeper: through GnuGk to a registered endpoint", () => {
  it("by URI (url-ID h323:alice@example.com): registers, is admitted, connects, disengages, unregisters", async () => {
    const { gk, alice } = await gatekeeperWithAlice();
    const { run, out, pcap } = await call(gk, "h323:alice@example.com", "by-uri");
    const { report } = await readOnlyReport(out);
    expect(rasLadder(report), run.stdout).toEqual([
      "sent GRQ",
      "received GCF",
      "sent RRQ",
      "received RCF",
      "sent ARQ",
      "received ACF",
      "sent DRQ",
      "received DCF",
      "sent URQ",
      "received UCF",
    ]);
    const arq = report.sip.find((m) => m.firstLine.startsWith("ARQ"))!;
    expect(arq.firstLine).toMatch(/to url-ID h323:alice@example\.com/);
    expect(report.sip.map((m) => m.firstLine).join("\n")).toMatch(/^Connect/m);
    const steps = report.steps.map((s) => `${s.name} ${s.status}`);
    expect(steps).toEqual(
      expect.arrayContaining(["register ok", "admission ok", "unregister ok", "answered ok"]),
    );
    // GnuGk took the url-ID and rewrote it to alice by its DefaultDomain.
    const trace = await gk.trace();
    expect(trace).toMatch(/url_ID "h323:alice@example\.com"/);
    expect(trace).toMatch(/RewriteDomain/);
    expect((await alice.ended(15_000)).reason).toMatch(/^OO_REASON_/);
    expectRasDecodes(pcap, 5);
  }, 200_000);

  it("by alias (--dial-as alias: h323-ID alice)", async () => {
    const { gk } = await gatekeeperWithAlice();
    const { run, out, pcap } = await call(gk, "h323:alice@example.com", "by-alias", ["--dial-as", "alias"]);
    const { report } = await readOnlyReport(out);
    const arq = report.sip.find((m) => m.firstLine.startsWith("ARQ"));
    expect(arq?.firstLine, run.stdout).toMatch(/to h323-ID alice,/);
    expect(report.sip.map((m) => m.firstLine).join("\n")).toMatch(/^Connect/m);
    expectRasDecodes(pcap, 5);
  }, 200_000);

  it("an alias nobody registered: ARJ, one line naming GnuGk and the reason, exit 3", async () => {
    const gk = await GnugkPeer.start({ host: h323LoopbackHost() });
    stops.push(() => gk.stop());
    const { run, pcap } = await call(gk, "h323:nobody@example.com", "arj");
    expect(run.code).toBe(3);
    expect(run.stderr).toMatch(
      new RegExp(
        `the gatekeeper ${gk.ras.replace(/\./g, "\\.")} rejected our ARQ: ARJ calledPartyNotRegistered`,
      ),
    );
    // GRQ, RRQ, ARQ, URQ.
    expectRasDecodes(pcap, 4);
  }, 200_000);
});
