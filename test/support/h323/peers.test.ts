import { mkdtempSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { tcpListening, waitListening } from "./peer-process.js";
import { h323LoopbackHost, h323PeerBinaries, locateH323Peers } from "./peers.js";
import { rtpStatistics } from "./simph323.js";

describe("locating the H.323 peers", () => {
  it("says why when H323_PEERS holds no finished build, or the build script is missing", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdm-peers-"));
    expect(locateH323Peers({ H323_PEERS: dir })).toEqual({
      missing: `H323_PEERS=${dir} holds no finished build (no .built)`,
    });
    expect(locateH323Peers({}, join(dir, "build.sh"))).toEqual({
      missing: `${join(dir, "build.sh")} not found (the H.323 peers' sources)`,
    });
  });

  it("names the first missing binary of a finished build", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdm-peers-"));
    writeFileSync(join(dir, ".built"), "x");
    expect(h323PeerBinaries(locateH323Peers({ H323_PEERS: dir }))).toEqual({
      missing: `${join(dir, "bin", "ooh323c-simple")} not found`,
    });
  });

  it("reads the prefix the build script prints, and says it is not built when it exits 1", () => {
    const dir = mkdtempSync(join(tmpdir(), "vdm-peers-"));
    const script = join(dir, "build.sh");
    writeFileSync(script, `echo ${dir}/h323-x; [ -f ${dir}/built ]\n`);
    expect(locateH323Peers({}, script)).toEqual({
      missing: `the H.323 peers are not built in ${dir}/h323-x: run ${script}`,
    });
    writeFileSync(join(dir, "built"), "");
    expect(locateH323Peers({}, script)).toEqual({ prefix: `${dir}/h323-x` });
  });

  it("hands out distinct loopback addresses, never 127.0.0.1", () => {
    const hosts = Array.from({ length: 600 }, () => h323LoopbackHost());
    expect(new Set(hosts).size).toBe(600);
    for (const h of hosts) {
      expect(h).toMatch(/^127\.\d+\.\d+\.\d+$/);
      expect(h).not.toBe("127.0.0.1");
      expect(h.split(".").every((o) => Number(o) <= 255)).toBe(true);
    }
  });
});

describe("simph323's RTP statistics", () => {
  it("reads each session's Final statistics block from an H323Plus trace", () => {
    const trace = [
      "2026/12/07 15:13:49.870\t2\t rtp.cxx(544)\tRTP\tFinal statistics: Session 1",
      "    packetsSent       = 238",
      "    octetsSent        = 38080",
      "    packetsReceived   = 231",
      "    packetsLost       = 0",
      "2026/12/07 15:13:49.871\t2\t rtp.cxx(544)\tRTP\tFinal statistics: Session 2",
      "    packetsSent       = 12",
      "    octetsSent        = 9000",
      "    packetsReceived   = 0",
    ].join("\n");
    expect(rtpStatistics(trace)).toEqual([
      { session: 1, packetsSent: 238, packetsReceived: 231 },
      { session: 2, packetsSent: 12, packetsReceived: 0 },
    ]);
    expect(rtpStatistics("no statistics here")).toEqual([]);
  });
});

describe("waiting for a peer's listener", () => {
  it("sees a TCP listener on a 127.x address in /proc/net/tcp, and not before it listens", async () => {
    const host = h323LoopbackHost();
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, host, () => r()));
    const port = (server.address() as { port: number }).port;
    expect(await tcpListening(host, port)).toBe(true);
    await waitListening(host, port, 1000);
    await new Promise<void>((r) => server.close(() => r()));
    expect(await tcpListening(host, port)).toBe(false);
    await expect(waitListening(host, port, 200)).rejects.toThrow(`nothing listens on ${host}:${port}`);
  });
});
