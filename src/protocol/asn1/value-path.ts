/**
 * The path of a value inside a message, kept as segments while encoding or decoding (field
 * names and SEQUENCE OF indexes) and written out only for an error:
 * ["h323-uu-pdu", "h245Control", 0] -> "h323-uu-pdu.h245Control[0]".
 */
export type ValuePath = (string | number)[];

export function formatPath(path: ValuePath): string {
  let s = "";
  for (const seg of path) {
    if (typeof seg === "number") s += `[${seg}]`;
    else s += s === "" ? seg : `.${seg}`;
  }
  return s || "(top)";
}
