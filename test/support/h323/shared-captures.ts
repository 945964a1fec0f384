import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The H.323 peers' captures, next to the repository (../shared/peers/h323/captures, described
// by its INDEX.md): one pcapng per recipe of ../shared/peers/h323/recipes.

const REPO = resolve(dirname(fileURLToPath(import.meta.url)), "../../..");
export const H323_CAPTURES = resolve(REPO, "../shared/peers/h323/captures");

export const H323_CAPTURE_NAMES = [
  "a-direct-faststart",
  "b-direct-separate-h245",
  "c-gk-routed",
  "d-h46018",
  "e-dial-ip-port",
  "f-h323plus-video",
] as const;
export type H323CaptureName = (typeof H323_CAPTURE_NAMES)[number];

export const h323CapturePath = (name: H323CaptureName) => join(H323_CAPTURES, `${name}.pcapng`);

/** Why the captures cannot be used here, or undefined when all are present. */
export function h323CapturesMissing(): string | undefined {
  const missing = H323_CAPTURE_NAMES.filter((n) => !existsSync(h323CapturePath(n)));
  return missing.length ? `H.323 captures missing in ${H323_CAPTURES}: ${missing.join(", ")}` : undefined;
}
