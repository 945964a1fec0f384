import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * The shared test corpora (real equipment's SIP/SDP, torture messages, fuzz seeds). They sit
 * beside the repository, in ../shared/corpora, both in a developer's checkout and in CI's clone;
 * VDM_CORPORA overrides the place.
 */
export const CORPORA =
  process.env.VDM_CORPORA ?? resolve(dirname(fileURLToPath(import.meta.url)), "../../../shared/corpora");

export function corpus(...parts: string[]): string {
  return join(CORPORA, ...parts);
}
