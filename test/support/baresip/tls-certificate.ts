import { writeFile } from "node:fs/promises";
import { generate } from "selfsigned";

/**
 * Writes a self-signed certificate for 127.0.0.1 followed by its private key into one PEM file, the
 * form baresip's `sip_certificate` reads.
 */
export async function writeSelfSignedPem(path: string): Promise<void> {
  const pems = await generate([{ name: "commonName", value: "127.0.0.1" }], {
    keyType: "ec",
    curve: "P-256",
    algorithm: "sha256",
    extensions: [{ name: "subjectAltName", altNames: [{ type: 7, ip: "127.0.0.1" }] }],
  });
  await writeFile(path, `${pems.cert}\n${pems.private}\n`, { mode: 0o600 });
}
