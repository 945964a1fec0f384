import type { H225 } from "../protocol/asn1/index.js";
import type { H323Alias } from "./h323-evidence.js";

/** H.225.0 §7.6 AliasAddress as a kind and a printable value. */
export function aliasOf(a: H225.AliasAddress): H323Alias {
  switch (a.choice) {
    case "h323-ID":
    case "url-ID":
    case "email-ID":
    case "dialedDigits":
      return { kind: a.choice, value: a.value };
    case "partyNumber":
      return { kind: "partyNumber", value: JSON.stringify(a.value.value) };
    case "transportID":
      return { kind: "transportID", value: a.value.choice };
    default:
      return { kind: "other", value: a.choice };
  }
}
