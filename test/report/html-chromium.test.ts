import { readFileSync, writeFileSync } from "node:fs";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";
import { beforeAll, describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/render-html.js";
import { screenshot } from "./chromium.js";
import { loadInput, richReport } from "./fixtures.js";

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "vdm-html-"));
});

const OUTCOME_RGB: Record<string, number[]> = {
  pass: [0x1d, 0x7a, 0x36],
  fail: [0xb3, 0x26, 0x1e],
  warn: [0x9a, 0x67, 0x00],
  inconclusive: [0x7a, 0x4b, 0xb3],
};

function pixel(png: PNG, x: number, y: number): number[] {
  const o = (y * png.width + x) * 4;
  return [...png.data.subarray(o, o + 3)];
}

describe("the HTML report in headless Chromium", () => {
  for (const [name, lang] of [
    ["rich", "en"],
    ["rich", "sv"],
    ["check", "en"],
  ] as const) {
    it(`${name} (${lang}) renders with no console errors and a screenshot is taken`, async () => {
      const report = name === "rich" ? richReport() : loadInput(name);
      const html = join(dir, `${name}.${lang}.html`);
      writeFileSync(html, renderHtml(report, lang));
      const png = join(dir, `${name}.${lang}.png`);
      const shot = await screenshot(html, png);
      expect(shot.code).toBe(0);
      expect(shot.consoleMessages).toEqual([]);
      const image = PNG.sync.read(readFileSync(png));
      expect([image.width, image.height]).toEqual([1280, 2000]);
      // The outcome badge is painted near the top left in the outcome's colour (render-html.ts CSS).
      const want = OUTCOME_RGB[report.outcome]!;
      const near = (p: number[]) => p.every((v, i) => Math.abs(v - want[i]!) < 30);
      let hits = 0;
      for (let y = 80; y < 160; y += 2)
        for (let x = 60; x < 300; x += 2) if (near(pixel(image, x, y))) hits++;
      expect(hits).toBeGreaterThan(500);
    }, 90_000);
  }

  it("the console detector works: a page loading a remote image and running a script is caught", async () => {
    const html = join(dir, "bad.html");
    const page = renderHtml(loadInput("call")).replace(
      "</body>",
      '<img src="http://127.0.0.1:9/x.png"><script>console.error("boom")</script></body>',
    );
    writeFileSync(html, page);
    const shot = await screenshot(html, join(dir, "bad.png"), "400,300");
    expect(shot.consoleMessages.length).toBeGreaterThanOrEqual(2);
    expect(shot.consoleMessages.join("\n")).toMatch(/Content Security Policy/);
  }, 90_000);
});
