/** The two languages every verdict, explanation and piece of advice is written in. */
export type Lang = "en" | "sv";

export const LANGS: readonly Lang[] = ["en", "sv"];

/**
 * The default language from the locale: Swedish when LC_ALL, LC_MESSAGES or LANG (the first one
 * set, as POSIX orders them) starts with "sv", English otherwise. Pure: the environment is an argument.
 */
export function langFromEnv(env: Readonly<Record<string, string | undefined>>): Lang {
  const locale = env.LC_ALL || env.LC_MESSAGES || env.LANG || "";
  return locale.toLowerCase().startsWith("sv") ? "sv" : "en";
}

export function isLang(v: unknown): v is Lang {
  return v === "en" || v === "sv";
}
