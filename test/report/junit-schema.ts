import type { XmlElement } from "./mini-xml.js";

/**
 * The JUnit XML structure Jenkins (junit plugin, after the Ant JUnit XSD) and GitLab read, encoded
 * as element rules: which children each element may have, which attributes it must and may carry,
 * and the value type of each. `validateJunit` returns every violation as "path: problem".
 */
interface Rule {
  children: Record<string, "many" | "optional">;
  required: Record<string, RegExp>;
  optional: Record<string, RegExp>;
  /** Text content allowed (beyond whitespace). */
  text: boolean;
}

const INT = /^\d+$/;
const DECIMAL = /^\d+(\.\d+)?$/;
const ANY = /^[\s\S]*$/;
const TOKEN = /^\S[\s\S]*$/;
const DATETIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/;

const RULES: Record<string, Rule> = {
  testsuites: {
    children: { testsuite: "many" },
    required: {},
    optional: {
      name: ANY,
      tests: INT,
      failures: INT,
      errors: INT,
      skipped: INT,
      disabled: INT,
      time: DECIMAL,
    },
    text: false,
  },
  testsuite: {
    children: {
      properties: "optional",
      testcase: "many",
      "system-out": "optional",
      "system-err": "optional",
    },
    required: { name: TOKEN, tests: INT, failures: INT, errors: INT, time: DECIMAL },
    optional: { skipped: INT, disabled: INT, timestamp: DATETIME, hostname: TOKEN, id: INT, package: TOKEN },
    text: false,
  },
  properties: { children: { property: "many" }, required: {}, optional: {}, text: false },
  property: { children: {}, required: { name: TOKEN, value: ANY }, optional: {}, text: false },
  testcase: {
    children: {
      skipped: "optional",
      error: "optional",
      failure: "optional",
      "system-out": "optional",
      "system-err": "optional",
    },
    required: { name: TOKEN, classname: TOKEN },
    optional: { time: DECIMAL, assertions: INT },
    text: false,
  },
  failure: { children: {}, required: {}, optional: { message: ANY, type: ANY }, text: true },
  error: { children: {}, required: {}, optional: { message: ANY, type: ANY }, text: true },
  skipped: { children: {}, required: {}, optional: { message: ANY }, text: true },
  "system-out": { children: {}, required: {}, optional: {}, text: true },
  "system-err": { children: {}, required: {}, optional: {}, text: true },
};

export function validateJunit(root: XmlElement): string[] {
  const problems: string[] = [];
  if (root.name !== "testsuites") problems.push(`root is <${root.name}>, not <testsuites>`);
  const visit = (el: XmlElement, path: string) => {
    const rule = RULES[el.name];
    if (!rule) {
      problems.push(`${path}: unknown element`);
      return;
    }
    for (const [a, re] of Object.entries(rule.required)) {
      if (!(a in el.attrs)) problems.push(`${path}: lacks ${a}`);
      else if (!re.test(el.attrs[a]!)) problems.push(`${path}: ${a}="${el.attrs[a]}" is malformed`);
    }
    for (const [a, v] of Object.entries(el.attrs)) {
      if (a in rule.required) continue;
      const re = rule.optional[a];
      if (!re) problems.push(`${path}: attribute ${a} not in the schema`);
      else if (!re.test(v)) problems.push(`${path}: ${a}="${v}" is malformed`);
    }
    if (!rule.text && el.text.trim() !== "") problems.push(`${path}: text not allowed`);
    const seen = new Map<string, number>();
    for (const c of el.children) {
      const n = rule.children[c.name];
      if (!n) problems.push(`${path}: <${c.name}> not allowed here`);
      seen.set(c.name, (seen.get(c.name) ?? 0) + 1);
      if (n === "optional" && seen.get(c.name)! > 1) problems.push(`${path}: more than one <${c.name}>`);
      visit(c, `${path}/${c.name}[${seen.get(c.name)}]`);
    }
    if (el.name === "testcase") {
      const outcome = el.children.filter((c) => ["skipped", "error", "failure"].includes(c.name));
      if (outcome.length > 1) problems.push(`${path}: more than one of skipped/error/failure`);
    }
    if (el.name === "testsuite") {
      const cases = el.children.filter((c) => c.name === "testcase");
      const count = (n: string) => cases.filter((c) => c.children.some((x) => x.name === n)).length;
      const expect: [string, number][] = [
        ["tests", cases.length],
        ["failures", count("failure")],
        ["errors", count("error")],
        ["skipped", count("skipped")],
      ];
      for (const [a, want] of expect) {
        if (a in el.attrs && Number(el.attrs[a]) !== want)
          problems.push(`${path}: ${a}="${el.attrs[a]}" but ${want} testcases say so`);
      }
    }
  };
  visit(root, "/testsuites");
  return problems;
}
