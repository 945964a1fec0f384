import { X509Certificate } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { isIP } from "node:net";
import { join } from "node:path";

/** A PEM certificate chain and its private key, as node:tls wants them. */
export interface TlsCredentials {
  readonly cert: string;
  readonly key: string;
  /** Where they came from: "files" (given), "cache" (made earlier) or "generated" (just now). */
  readonly source: "files" | "cache" | "generated";
  readonly certPath?: string;
}

export interface TlsCertificateOptions {
  /** PEM files given by the user (--cert/--key); both or neither. */
  readonly certFile?: string;
  readonly keyFile?: string;
  /** Folder for the generated self-signed certificate (e.g. ".vdm-test/tls"). */
  readonly cacheDir: string;
  /** Extra names for subjectAltName besides 127.0.0.1, ::1 and localhost. */
  readonly hostnames?: readonly string[];
  /** Validity of a generated certificate in days (default 825). */
  readonly days?: number;
  /** Clock, injected for tests. */
  readonly now?: () => Date;
}

const CERT_FILE = "room-cert.pem";
const KEY_FILE = "room-key.pem";

/**
 * Loads the room's TLS certificate: the user's files when given, else a self-signed one from
 * `cacheDir`, generated there on first use (and again if expired or missing a wanted name).
 */
export async function loadTlsCredentials(options: TlsCertificateOptions): Promise<TlsCredentials> {
  if (options.certFile || options.keyFile) {
    if (!options.certFile || !options.keyFile) throw new Error("TLS needs both --cert and --key");
    const [cert, key] = await Promise.all([
      readFile(options.certFile, "utf8"),
      readFile(options.keyFile, "utf8"),
    ]);
    new X509Certificate(cert); // fails early with a clear error on a bad PEM
    return { cert, key, source: "files", certPath: options.certFile };
  }
  const now = options.now?.() ?? new Date();
  const names = ["localhost", "127.0.0.1", "::1", ...(options.hostnames ?? [])];
  const certPath = join(options.cacheDir, CERT_FILE);
  const keyPath = join(options.cacheDir, KEY_FILE);
  try {
    const [cert, key] = await Promise.all([readFile(certPath, "utf8"), readFile(keyPath, "utf8")]);
    const x509 = new X509Certificate(cert);
    const valid = new Date(x509.validTo) > now && new Date(x509.validFrom) <= now;
    if (valid && names.every((n) => coversName(x509, n))) return { cert, key, source: "cache", certPath };
  } catch {
    // no usable cached certificate: make one below
  }
  const days = options.days ?? 825;
  // Loaded only to make a certificate: its X.509 stack costs every run's start-up otherwise.
  const { generate } = await import("selfsigned");
  const pems = await generate([{ name: "commonName", value: "vdm-test room" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    notBeforeDate: new Date(now.getTime() - 60_000),
    notAfterDate: new Date(now.getTime() + days * 86_400_000),
    extensions: [
      { name: "basicConstraints", cA: false },
      { name: "keyUsage", digitalSignature: true, keyEncipherment: true },
      { name: "extKeyUsage", serverAuth: true, clientAuth: true },
      {
        name: "subjectAltName",
        altNames: [...new Set(names)].map((n) =>
          isIP(n) ? { type: 7 as const, ip: n } : { type: 2 as const, value: n },
        ),
      },
    ],
  });
  await mkdir(options.cacheDir, { recursive: true });
  await writeFile(keyPath, pems.private, { mode: 0o600 });
  await writeFile(certPath, pems.cert);
  return { cert: pems.cert, key: pems.private, source: "generated", certPath };
}

function coversName(x509: X509Certificate, name: string): boolean {
  return isIP(name) ? x509.checkIP(name) !== undefined : x509.checkHost(name) !== undefined;
}
