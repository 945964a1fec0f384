import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { hasBaresip, startBaresip, stopAllBaresips } from "../support/baresip/index.js";
import {
  check,
  closedTcpPort,
  ensureBuilt,
  killAllCli,
  type RunningRoom,
  readOnlyReport,
  runCli,
  ServeStartError,
  stackTraceLines,
  startRoom,
} from "../support/cli/index.js";
import {
  hasKamailio,
  type KamailioHandle,
  startKamailio,
  stopAllKamailios,
} from "../support/kamailio/index.js";
import { probeOptions, rawUdpClient } from "../support/sip/raw-sip-client.js";

const PASSWORD = "s3cret";

/** The first line of the proxy's answer to an OPTIONS for `uri` (404 when nobody is registered). */
async function optionsStatus(k: KamailioHandle, uri: string): Promise<string> {
  const client = await rawUdpClient();
  try {
    const callId = `probe-${client.port}-${Date.now()}`;
    await client.send(
      probeOptions({ target: uri, transport: "UDP", localPort: client.port, callId }),
      k.ports.sip,
    );
    return (await client.waitFor(`Call-ID: ${callId}`, 3000)).split("\r\n")[0]!;
  } finally {
    await client.close();
  }
}

describe.skipIf(!hasKamailio)(
  "vdm-test serve --register behind Kamailio (skipped when /usr/sbin/kamailio is not installed)",
  () => {
    let room: RunningRoom | undefined;
    let out: string | undefined;

    beforeAll(async () => {
      await ensureBuilt();
    }, 120_000);
    afterEach(async () => {
      await room?.serve.stop();
      room = undefined;
      killAllCli();
      await stopAllBaresips();
      await stopAllKamailios();
      if (out) await rm(out, { recursive: true, force: true });
      out = undefined;
    });

    it("registers with digest, is called as room@vdm.test through the proxy, and unregisters on Ctrl-C", async () => {
      const k = await startKamailio({ users: { room: PASSWORD } });
      room = await startRoom([
        "--register",
        "sip:room@vdm.test",
        "--registrar",
        k.uri,
        "--user",
        "room",
        "--password",
        PASSWORD,
      ]);
      const stderr = room.serve.stderr();
      expect(stderr).toContain(`registered sip:room@vdm.test at ${k.uri} (expires 600 s)`);
      // Registered before it said ready, and the proxy saw the challenge answered (two REGISTERs).
      expect(stderr.indexOf("registered sip:room")).toBeLessThan(stderr.indexOf("test room ready"));
      expect(k.requests().filter((r) => r.startsWith("REGISTER sip:127.0.0.1:")).length).toBe(2);

      out = await mkdtemp(join(tmpdir(), "vdm-kamailio-room-"));
      const run = await runCli(
        [
          "call",
          "sip:room@vdm.test",
          "--proxy",
          k.uri,
          "--out",
          out,
          "--duration",
          "3",
          "--no-presentation",
          "--functions",
          "1,2",
        ],
        { timeoutMs: 25_000 },
      );
      expect(stackTraceLines(run.stderr)).toEqual([]);
      const { report } = await readOnlyReport(out);
      expect(report.steps.find((s) => s.name === "answered")?.detail).toMatch(/^200 .*\(vdm-test room\)$/);
      expect(check(report, "mirror.see-yourself").status).toBe("pass");
      expect(check(report, "uri.resolution").summary).toBe(
        `sip:room@vdm.test reached through the outbound proxy ${k.uri} (Request-URI sip:room@vdm.test)`,
      );
      // The proxy routed the INVITE for room@vdm.test to the room's registered Contact.
      expect(k.requests().some((r) => r.startsWith("INVITE sip:room@vdm.test from"))).toBe(true);
      await room.serve.waitForStdout(/^\S+ answered /, 2_000);

      const stopped = await room.serve.stop();
      expect(stopped.code).toBe(0);
      expect(stopped.stderr).toContain(`unregistered sip:room@vdm.test at ${k.uri} (200)`);
      // The binding is gone: the proxy no longer finds the room.
      expect(await optionsStatus(k, "sip:room@vdm.test")).toBe("SIP/2.0 404 Not Found");
    }, 45_000);

    it("a refused registration is one clear line and the room still starts; --register-required exits 3", async () => {
      const k = await startKamailio({ users: { room: PASSWORD } });
      const args = [
        "--register",
        "sip:room@vdm.test",
        "--registrar",
        k.uri,
        "--user",
        "room",
        "--password",
        "wrong",
      ];
      room = await startRoom(args);
      const line = room.serve
        .stderr()
        .split("\n")
        .find((l) => l.startsWith("registration of"));
      expect(line).toBe(
        `registration of sip:room@vdm.test at ${k.uri} failed: 403 Forbidden (the registrar refused these credentials or this address of record); trying again in 30 s`,
      );
      expect(room.serve.stderr()).toMatch(/^test room ready/m);
      expect(await optionsStatus(k, "sip:room@vdm.test")).toBe("SIP/2.0 404 Not Found");
      await room.serve.stop();
      room = undefined;

      const failed = await startRoom([...args, "--register-required"]).then(
        () => undefined,
        (e: unknown) => e,
      );
      expect(failed).toBeInstanceOf(ServeStartError);
      const run = (failed as ServeStartError).run;
      expect(run.code).toBe(3);
      expect(stackTraceLines(run.stderr)).toEqual([]);
      expect(run.stderr.trim().split("\n").at(-1)).toBe(
        `vdm-test: registration of sip:room@vdm.test at ${k.uri} failed: 403 Forbidden (the registrar refused these credentials or this address of record)`,
      );
    }, 30_000);

    it("a registrar that refuses the connection is named with the transport's reason", async () => {
      const port = await closedTcpPort();
      const registrar = `sip:127.0.0.1:${port};transport=tcp`;
      room = await startRoom(["--register", "sip:room@vdm.test", "--registrar", registrar]);
      const line = room.serve
        .stderr()
        .split("\n")
        .find((l) => l.startsWith("registration of"));
      expect(line).toMatch(
        new RegExp(
          `^registration of sip:room@vdm\\.test at ${registrar.replace(/[.;]/g, "\\$&")} failed: .*ECONNREFUSED.*; trying again in 30 s$`,
        ),
      );
    }, 20_000);

    it("refreshes the binding before it runs out (RFC 3261 §10.2.4)", async () => {
      const k = await startKamailio();
      room = await startRoom([
        "--register",
        "sip:room@vdm.test",
        "--registrar",
        k.uri,
        "--register-expires",
        "10",
      ]);
      expect(room.serve.stderr()).toContain(`registered sip:room@vdm.test at ${k.uri} (expires 10 s)`);
      await waitFor(() => room!.serve.stderr().includes("re-registered sip:room@vdm.test"), 12_000);
      expect(room.serve.stderr()).toContain(`re-registered sip:room@vdm.test at ${k.uri} (expires 10 s)`);
      // The refresh came at 80% of the lifetime: the binding never lapsed.
      expect(k.requests().filter((r) => r.startsWith("REGISTER ")).length).toBe(2);
      expect(await optionsStatus(k, "sip:room@vdm.test")).not.toBe("SIP/2.0 404 Not Found");
    }, 25_000);

    it.skipIf(!hasBaresip)(
      "baresip registered as alice@vdm.test calls room@vdm.test through the proxy; the room grades it as a user@domain caller",
      async () => {
        const k = await startKamailio();
        out = await mkdtemp(join(tmpdir(), "vdm-kamailio-room-"));
        room = await startRoom(["--register", "sip:room@vdm.test", "--registrar", k.uri, "--out", out]);
        const alice = await startBaresip({
          role: "dial",
          user: "alice",
          register: { domain: k.domain, proxy: k.uri },
          durationS: 20,
        });
        await waitFor(() => /REGISTER[\s\S]*SIP\/2\.0 200 OK/.test(alice.log()), 5_000);
        expect((await alice.dial("sip:room@vdm.test")).ok).toBe(true);
        await alice.waitForEstablished(8_000);
        await new Promise((r) => setTimeout(r, 3_000));
        await alice.hangup();
        const graded = await room.serve.waitForStdout(/ graded /, 8_000);
        expect(graded).toContain("sip:alice@vdm.test");
        expect(k.requests().some((r) => r.startsWith("INVITE sip:room@vdm.test from"))).toBe(true);
        const { report } = await readOnlyReport(out);
        // The caller's identity is a proper user@domain (From), which a caller by bare IP is not.
        const identity = check(report, "uri.identity");
        expect(identity.status).toBe("pass");
        expect(identity.evidence).toMatchObject({ user: "alice", host: "vdm.test" });
      },
      30_000,
    );

    it("bad --register arguments are usage errors", async () => {
      for (const [args, message] of [
        [
          ["--register", "sip:vdm.test"],
          '--register: "sip:vdm.test" has no user part (e.g. sip:room@example.org)',
        ],
        [["--register", "room@vdm.test"], '--register: "room@vdm.test" is not a SIP URI'],
        [
          ["--registrar", "sip:127.0.0.1"],
          "--registrar, --register-required, --user and --password need --register",
        ],
        [["--register", "sip:room@vdm.test", "--user", "room"], "--user and --password go together"],
      ] as const) {
        const run = await runCli(["serve", ...args], { timeoutMs: 10_000 });
        expect(run.code, args.join(" ")).toBe(2);
        expect(run.stderr).toContain(message);
        expect(stackTraceLines(run.stderr)).toEqual([]);
      }
    }, 30_000);
  },
);

async function waitFor(ok: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!ok()) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
