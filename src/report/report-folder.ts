/**
 * The folder name of one run's reports: `<UTC time>-<target>`, safe on every file system.
 * Pure: the time is an argument, as the report states it (ISO 8601 UTC, "2026-12-07T11:40:00.000Z").
 */
export function reportFolderName(startedAtIso: string, target: string): string {
  const t = startedAtIso.replace(/[-:]/g, "").replace(/\.\d+Z$/, "Z");
  const safe = target
    .replace(/^sips?:/, "")
    .replace(/[^A-Za-z0-9._@-]+/g, "_")
    .slice(0, 60);
  return `${t}-${safe || "call"}`;
}
