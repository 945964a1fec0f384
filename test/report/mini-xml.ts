/**
 * A small, strict XML 1.0 reader for the tests: elements, attributes, text, CDATA, comments and
 * the XML declaration; the five predefined entities and character references. It throws on
 * anything malformed (mismatched tags, bare "&" or "<", duplicate attributes, text outside the root).
 */
export interface XmlElement {
  name: string;
  attrs: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NAME = /^[A-Za-z_][\w.-]*/;
const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

function decode(s: string, at: number): string {
  if (/[<]/.test(s)) throw new Error(`"<" in text or attribute near ${at}`);
  return s.replace(/&([^;]*);|&/g, (m, ent: string | undefined) => {
    if (ent === undefined) throw new Error(`bare "&" near ${at}`);
    if (ent in ENTITIES) return ENTITIES[ent]!;
    const num = /^#(x[0-9a-fA-F]+|\d+)$/.exec(ent);
    if (num) return String.fromCodePoint(Number(num[1]!.startsWith("x") ? `0${num[1]}` : num[1]));
    throw new Error(`unknown entity ${m} near ${at}`);
  });
}

export function parseXml(xml: string): XmlElement {
  let i = 0;
  const skipMisc = () => {
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0].length;
      i += ws;
      if (xml.startsWith("<?", i)) {
        const end = xml.indexOf("?>", i);
        if (end < 0) throw new Error("unterminated <?");
        i = end + 2;
      } else if (xml.startsWith("<!--", i)) {
        const end = xml.indexOf("-->", i);
        if (end < 0) throw new Error("unterminated comment");
        i = end + 3;
      } else return;
    }
  };
  const element = (): XmlElement => {
    if (xml[i] !== "<") throw new Error(`expected "<" at ${i}`);
    i++;
    const name = NAME.exec(xml.slice(i))?.[0];
    if (!name) throw new Error(`bad element name at ${i}`);
    i += name.length;
    const el: XmlElement = { name, attrs: {}, children: [], text: "" };
    for (;;) {
      const ws = /^\s*/.exec(xml.slice(i))![0].length;
      i += ws;
      if (xml.startsWith("/>", i)) {
        i += 2;
        return el;
      }
      if (xml[i] === ">") {
        i++;
        break;
      }
      if (ws === 0) throw new Error(`expected whitespace before attribute at ${i}`);
      const a = /^([A-Za-z_][\w.:-]*)\s*=\s*("([^"]*)"|'([^']*)')/.exec(xml.slice(i));
      if (!a) throw new Error(`bad attribute at ${i}`);
      if (a[1]! in el.attrs) throw new Error(`duplicate attribute ${a[1]} at ${i}`);
      el.attrs[a[1]!] = decode(a[3] ?? a[4]!, i);
      i += a[0].length;
    }
    for (;;) {
      if (i >= xml.length) throw new Error(`unterminated <${name}>`);
      if (xml.startsWith("</", i)) {
        const close = /^<\/([A-Za-z_][\w.-]*)\s*>/.exec(xml.slice(i));
        if (!close || close[1] !== name) throw new Error(`mismatched close tag at ${i}, open <${name}>`);
        i += close[0].length;
        return el;
      }
      if (xml.startsWith("<![CDATA[", i)) {
        const end = xml.indexOf("]]>", i);
        if (end < 0) throw new Error("unterminated CDATA");
        el.text += xml.slice(i + 9, end);
        i = end + 3;
      } else if (xml.startsWith("<!--", i)) {
        const end = xml.indexOf("-->", i);
        if (end < 0) throw new Error("unterminated comment");
        i = end + 3;
      } else if (xml[i] === "<") {
        el.children.push(element());
      } else {
        const next = xml.indexOf("<", i);
        const raw = xml.slice(i, next < 0 ? xml.length : next);
        el.text += decode(raw, i);
        i += raw.length;
      }
    }
  };
  skipMisc();
  const root = element();
  skipMisc();
  if (i !== xml.length) throw new Error(`content after the root element at ${i}`);
  return root;
}
