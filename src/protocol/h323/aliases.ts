import type { H225 } from "../asn1/index.js";

// Aliases (H.225.0 §7.6 AliasAddress) and the vendor an endpoint names (VendorIdentifier),
// between H.225.0 and the plain shape the caller and the room use.

export interface AliasSet {
  readonly h323Id?: string;
  readonly urlId?: string;
  readonly emailId?: string;
  readonly dialedDigits?: string;
}

/** The AliasAddress list of an alias set, in the order h323-ID, url-ID, email-ID, dialedDigits. */
export function aliasAddresses(a: AliasSet): H225.AliasAddress[] {
  const out: H225.AliasAddress[] = [];
  if (a.h323Id) out.push({ choice: "h323-ID", value: a.h323Id });
  if (a.urlId) out.push({ choice: "url-ID", value: a.urlId });
  if (a.emailId) out.push({ choice: "email-ID", value: a.emailId });
  if (a.dialedDigits) out.push({ choice: "dialedDigits", value: a.dialedDigits });
  return out;
}

/** The first alias of each kind in a list (others, such as transportID, are left out). */
export function readAliases(list: readonly H225.AliasAddress[] | undefined): AliasSet {
  const out: { h323Id?: string; urlId?: string; emailId?: string; dialedDigits?: string } = {};
  for (const a of list ?? []) {
    if (a.choice === "h323-ID") out.h323Id ??= a.value;
    else if (a.choice === "url-ID") out.urlId ??= a.value;
    else if (a.choice === "email-ID") out.emailId ??= a.value;
    else if (a.choice === "dialedDigits") out.dialedDigits ??= a.value;
  }
  return out;
}

const text = (b: Uint8Array | undefined) =>
  b === undefined
    ? ""
    : Buffer.from(b)
        .toString("latin1")
        .replace(/\0+$/, "")
        .replace(/[^\x20-\x7e]/g, "?");

/** "productId versionId" of an endpoint's VendorIdentifier, undefined when it names none. */
export function vendorText(e: H225.EndpointType | undefined): string | undefined {
  const v = e?.vendor;
  if (!v) return undefined;
  const s = [text(v.productId), text(v.versionId)].filter((x) => x !== "").join(" ");
  return s === "" ? undefined : s;
}

/** Our EndpointType: a terminal (H.225.0 §7.6) naming `product` ("vdm-test", "vdm-test room"). */
export function ourEndpoint(product: string, version: string): H225.EndpointType {
  return {
    vendor: {
      // T.35 country code 0xA5: Sweden; no manufacturer code of our own.
      vendor: { t35CountryCode: 0xa5, t35Extension: 0, manufacturerCode: 0 },
      productId: new TextEncoder().encode(product),
      versionId: new TextEncoder().encode(version),
    },
    terminal: {},
    mc: false,
    undefinedNode: false,
  };
}
