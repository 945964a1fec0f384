import { describe, expect, it } from "vitest";
import { LABELS } from "../../src/report/i18n/labels.js";
import { langFromEnv } from "../../src/report/i18n/lang.js";
import { renderHtml } from "../../src/report/render-html.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import { loadInput, richReport } from "./fixtures.js";

describe("languages", () => {
  it("the locale picks Swedish when LC_ALL, LC_MESSAGES or LANG (first set) starts with sv", () => {
    expect(langFromEnv({ LANG: "sv_SE.UTF-8" })).toBe("sv");
    expect(langFromEnv({ LC_ALL: "sv_FI", LANG: "en_US" })).toBe("sv");
    expect(langFromEnv({ LC_ALL: "en_GB.UTF-8", LANG: "sv_SE" })).toBe("en");
    expect(langFromEnv({ LC_ALL: "", LANG: "sv" })).toBe("sv");
    expect(langFromEnv({})).toBe("en");
    expect(langFromEnv({ LANG: "C.UTF-8" })).toBe("en");
  });

  it("both languages label everything", () => {
    expect(Object.keys(LABELS.sv).sort()).toEqual(Object.keys(LABELS.en).sort());
    expect(Object.values(LABELS.sv.status)).toEqual([
      "GODKÄND",
      "UNDERKÄND",
      "VARNING",
      "EJ TESTAD",
      "OAVGJORD",
    ]);
  });

  it("--lang sv: headings, labels and status words are Swedish, advice from the check's Swedish text", () => {
    const r = richReport();
    const english =
      /\b(PASSED|FAILED|WARNING|NOT TESTED|INCONCLUSIVE|Outcome|Requirements|Checks|What to fix|Snapshots|Timelines)\b/;
    for (const out of [renderText(r, undefined, { lang: "sv" }), renderMarkdown(r, "sv")]) {
      expect(out).not.toMatch(english);
      expect(out).toMatch(/UNDERKÄND/);
      expect(out).toMatch(/Slå på SRTP med SDES/);
    }
    const html = renderHtml(r, "sv");
    expect(html).toMatch(/<html lang="sv">/);
    expect(html.replace(/<pre>[\s\S]*?<\/pre>/g, "")).not.toMatch(
      />(PASSED|FAILED|Outcome|Checks|Snapshots)</,
    );
    expect(html).toMatch(/Bilden vi skickade/);
  });

  it("a check without Swedish text keeps its English summary rather than showing nothing", () => {
    const out = renderText(loadInput("call"), undefined, { lang: "sv" });
    expect(out).toMatch(/Du ser dig själv \(spegel\)\s+100% of our frames came back/);
  });

  it("the terminal lists the advice of each failure and the report paths; colour only through the style", () => {
    const style = {
      pass: (s: string) => `<g>${s}</g>`,
      fail: (s: string) => `<r>${s}</r>`,
      warn: (s: string) => `<y>${s}</y>`,
      dim: (s: string) => s,
      bold: (s: string) => s,
    };
    const out = renderText(richReport(), style, { reportPaths: ["r/report.json", "r/report.html"] });
    expect(out).toMatch(/<r>FAIL<\/r> {2}SRTP offered or answered/);
    expect(out).toMatch(/What to fix\n {2}- <r>SRTP offered or answered<\/r>: Turn on SRTP/);
    expect(out).toMatch(/Outcome: <r>FAILED<\/r>\n\nReports\n {2}r\/report.json\n {2}r\/report.html\n$/);
  });
});
