import type { H225 } from "../../asn1/index.js";
import type { AliasSet } from "../../h323/aliases.js";

// The key an alias is looked up by (H.225.0 §7.6 AliasAddress): its kind and its text. Names
// (h323-ID, url-ID, email-ID) compare without regard to case, as people type them; numbers
// (dialedDigits) exactly. Other kinds (transportID, partyNumber...) are not looked up by.

export function aliasKey(a: H225.AliasAddress): string | undefined {
  switch (a.choice) {
    case "h323-ID":
    case "url-ID":
    case "email-ID":
      return `${a.choice}:${a.value.toLowerCase()}`;
    case "dialedDigits":
      return `${a.choice}:${a.value}`;
    default:
      return undefined;
  }
}

/** The keys of an alias set (the plain shape the room's calls use). */
export function aliasSetKeys(s: AliasSet): string[] {
  const keys: (string | undefined)[] = [
    s.h323Id !== undefined ? aliasKey({ choice: "h323-ID", value: s.h323Id }) : undefined,
    s.urlId !== undefined ? aliasKey({ choice: "url-ID", value: s.urlId }) : undefined,
    s.emailId !== undefined ? aliasKey({ choice: "email-ID", value: s.emailId }) : undefined,
    s.dialedDigits !== undefined ? aliasKey({ choice: "dialedDigits", value: s.dialedDigits }) : undefined,
  ];
  return keys.filter((k): k is string => k !== undefined);
}
