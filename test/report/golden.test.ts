import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Lang } from "../../src/report/i18n/lang.js";
import type { Report } from "../../src/report/model.js";
import { renderHtml } from "../../src/report/render-html.js";
import { renderJson } from "../../src/report/render-json.js";
import { renderJunit } from "../../src/report/render-junit.js";
import { renderMarkdown } from "../../src/report/render-markdown.js";
import { renderText } from "../../src/report/render-text.js";
import { GOLDEN_DIR, loadInput, richReport } from "./fixtures.js";
import { normaliseReport, normaliseText } from "./normalise.js";

/** Set UPDATE_GOLDEN=1 to rewrite the golden files after a deliberate change, then review the diff. */
const UPDATE = process.env.UPDATE_GOLDEN === "1";

const RENDERERS: [string, (r: Report) => string][] = [
  ["txt", (r) => renderText(r, undefined, { lang: "en", reportPaths: ["reports/X/report.json"] })],
  ["sv.txt", (r) => renderText(r, undefined, { lang: "sv" })],
  ["json", renderJson],
  ["junit.xml", (r) => renderJunit(r, "en")],
  ["sv.junit.xml", (r) => renderJunit(r, "sv" as Lang)],
  ["md", (r) => renderMarkdown(r, "en")],
  ["sv.md", (r) => renderMarkdown(r, "sv")],
  ["html", (r) => renderHtml(r, "en")],
  ["sv.html", (r) => renderHtml(r, "sv")],
];

const INPUTS: [string, () => Report][] = [
  ["call", () => loadInput("call")],
  ["check", () => loadInput("check")],
  ["capture", () => loadInput("capture")],
  ["rich", richReport],
];

describe("golden files (volatile fields normalised)", () => {
  for (const [name, make] of INPUTS) {
    for (const [ext, render] of RENDERERS) {
      it(`${name}.${ext}`, () => {
        // Normalised twice: the model (ids, ports, times), then the text (tags and keys inside messages).
        const out = normaliseText(render(normaliseReport(make())));
        const path = join(GOLDEN_DIR, `${name}.${ext}`);
        if (UPDATE || !existsSync(path)) {
          mkdirSync(GOLDEN_DIR, { recursive: true });
          writeFileSync(path, out);
          if (!UPDATE) throw new Error(`golden file ${path} was missing and has been written: review it`);
        }
        expect(out).toBe(readFileSync(path, "utf8"));
      });
    }
  }

  it("rendering is pure: the same model renders the same text twice", () => {
    const r = richReport();
    for (const [, render] of RENDERERS) expect(render(r)).toBe(render(structuredClone(r)));
  });

  it("normalising removes what differs between runs", () => {
    const a = loadInput("call");
    const b = structuredClone(a);
    b.startedAt = "2031-05-05T10:00:00.000Z";
    b.target = b.target.replace(/:\d+$/, ":5999");
    b.sip = b.sip.map((m) => ({ ...m, atMs: m.atMs + 17, remote: "127.0.0.1:5999" }));
    const facts = b.facts as { video: { receive: { ssrc: number }[] } };
    facts.video.receive[0]!.ssrc = 42;
    expect(renderMarkdown(normaliseReport(b))).toBe(renderMarkdown(normaliseReport(a)));
    expect(normaliseText("a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:abcDEF123+/==|2^31")).toBe(
      "a=crypto:1 AES_CM_128_HMAC_SHA1_80 inline:KEY",
    );
    expect(normaliseText("From: <sip:a@b>;tag=9fx;x=1\r\nCall-ID: q@w")).toBe(
      "From: <sip:a@b>;tag=TAG;x=1\r\nCall-ID: CALL-ID",
    );
  });
});
