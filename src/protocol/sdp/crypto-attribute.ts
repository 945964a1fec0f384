import { ParseError } from "../parse-error.js";

const FORMAT = "SDP a=crypto";

/** One `inline:` key of an SDES crypto attribute (RFC 4568 §6.1 key-info for SRTP). */
export interface SdesKey {
  /** Master key || master salt as sent (base64-decoded). */
  readonly keySalt: Uint8Array;
  /** Key lifetime as written ("2^31", "1048576"), when present. */
  readonly lifetime?: string;
  /** Master Key Identifier value and its length in octets, when present. */
  readonly mki?: { readonly value: number; readonly length: number };
}

/** RFC 4568 §9.1 `a=crypto:<tag> <crypto-suite> <key-params> [<session-params>]`. */
export interface CryptoAttribute {
  readonly tag: number;
  readonly suite: string;
  readonly keys: readonly SdesKey[];
  /** Session parameters such as UNENCRYPTED_SRTCP, KDR=1, WSH=64, verbatim. */
  readonly sessionParams: readonly string[];
}

const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;

/**
 * RFC 4568 §9.1 grammar, the value after `a=crypto:`:
 *   tag        = 1*9DIGIT
 *   key-params = key-param *(";" key-param)      key-param = "inline:" key-info
 *   key-info   = key-salt ["|" lifetime] ["|" mki]
 *   lifetime   = ["2^"] 1*DIGIT                  mki = mki-value ":" mki-length
 */
export function parseCryptoAttribute(value: string): CryptoAttribute {
  const fields = value.trim().split(/\s+/);
  const [tagText, suite, keyParams, ...sessionParams] = fields;
  if (!tagText || !/^\d{1,9}$/.test(tagText)) {
    throw new ParseError(FORMAT, "tag", -1, `tag ${JSON.stringify(tagText ?? "")} is not 1 to 9 digits`);
  }
  if (!suite || !/^[A-Za-z0-9_]+$/.test(suite)) {
    throw new ParseError(
      FORMAT,
      "crypto-suite",
      -1,
      `crypto-suite ${JSON.stringify(suite ?? "")} is malformed`,
    );
  }
  if (!keyParams) throw new ParseError(FORMAT, "key-params", -1, "key-params missing");
  const keys = keyParams.split(";").map(parseKeyParam);
  return { tag: Number(tagText), suite, keys, sessionParams };
}

function parseKeyParam(param: string): SdesKey {
  const colon = param.indexOf(":");
  const method = colon < 0 ? param : param.slice(0, colon);
  if (method !== "inline") {
    throw new ParseError(FORMAT, "key-method", -1, `key-method ${JSON.stringify(method)} is not "inline"`);
  }
  const [keySaltText, ...rest] = param.slice(colon + 1).split("|");
  if (!keySaltText || !BASE64.test(keySaltText) || keySaltText.length % 4 === 1) {
    throw new ParseError(
      FORMAT,
      "key-salt",
      -1,
      `key-salt ${JSON.stringify(keySaltText ?? "")} is not base64`,
    );
  }
  const keySalt = new Uint8Array(Buffer.from(keySaltText, "base64"));
  let lifetime: string | undefined;
  let mki: SdesKey["mki"];
  for (const part of rest) {
    const m = /^(\d+):(\d{1,3})$/.exec(part);
    if (m && mki === undefined) {
      const length = Number(m[2]);
      if (length < 1 || length > 128)
        throw new ParseError(FORMAT, "mki-length", -1, `MKI length ${length} not in 1..128`);
      mki = { value: Number(m[1]), length };
    } else if (/^(2\^)?\d+$/.test(part) && lifetime === undefined && mki === undefined) {
      lifetime = part;
    } else {
      throw new ParseError(FORMAT, "key-info", -1, `unexpected key-info part ${JSON.stringify(part)}`);
    }
  }
  return { keySalt, ...(lifetime ? { lifetime } : {}), ...(mki ? { mki } : {}) };
}

/** Serialises the value after `a=crypto:` (one inline key). */
export function formatCryptoAttribute(a: CryptoAttribute): string {
  const keys = a.keys
    .map((k) => {
      let s = `inline:${Buffer.from(k.keySalt).toString("base64")}`;
      if (k.lifetime) s += `|${k.lifetime}`;
      if (k.mki) s += `|${k.mki.value}:${k.mki.length}`;
      return s;
    })
    .join(";");
  return [String(a.tag), a.suite, keys, ...a.sessionParams].join(" ");
}
