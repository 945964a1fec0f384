/**
 * The folder name of one run's reports: `<UTC time>-<target>`, safe on every file system.
 * Pure: the time is an argument.
 */
export function reportFolderName(startedAt: Date, target: string): string {
  const t = startedAt
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
  const safe = target
    .replace(/^sips?:/, "")
    .replace(/[^A-Za-z0-9._@-]+/g, "_")
    .slice(0, 60);
  return `${t}-${safe || "call"}`;
}
