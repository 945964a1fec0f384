import { X509Certificate } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { loadTlsCredentials } from "./tls-certificate.js";

const dirs: string[] = [];
afterAll(async () => Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true }))));

describe("loadTlsCredentials", () => {
  it("generates a self-signed certificate once, caches it, regenerates for a new name", async () => {
    const dir = await mkdtemp(join(tmpdir(), "vdm-tls-"));
    dirs.push(dir);
    const first = await loadTlsCredentials({ cacheDir: dir });
    expect(first.source).toBe("generated");
    const x509 = new X509Certificate(first.cert);
    expect(x509.checkIP("127.0.0.1")).toBe("127.0.0.1");
    expect(x509.checkHost("localhost")).toBe("localhost");
    expect(x509.subject).toBe(x509.issuer);
    const again = await loadTlsCredentials({ cacheDir: dir });
    expect(again).toMatchObject({ source: "cache", cert: first.cert });
    const named = await loadTlsCredentials({ cacheDir: dir, hostnames: ["room.example"] });
    expect(named.source).toBe("generated");
    expect(new X509Certificate(named.cert).checkHost("room.example")).toBe("room.example");
    // the files given by the user win
    const files = await loadTlsCredentials({
      cacheDir: dir,
      certFile: named.certPath!,
      keyFile: join(dir, "room-key.pem"),
    });
    expect(files).toMatchObject({ source: "files", cert: named.cert });
    await expect(loadTlsCredentials({ cacheDir: dir, certFile: named.certPath! })).rejects.toThrow(/both/);
  });
});
