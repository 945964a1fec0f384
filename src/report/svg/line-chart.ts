import { escapeXml } from "../escape.js";

export interface ChartSeries {
  readonly name: string;
  readonly colour: string;
  /** [x, y] in data units, x increasing. */
  readonly points: readonly (readonly [number, number])[];
}

export interface LineChartOptions {
  readonly title: string;
  readonly series: readonly ChartSeries[];
  /** Text after x tick values, e.g. "s". */
  readonly xUnit: string;
  readonly width?: number;
  readonly height?: number;
}

/** A round upper bound for an axis: 1, 2 or 5 times a power of ten, at least `v`. */
export function niceCeiling(v: number): number {
  if (!(v > 0)) return 1;
  const p = 10 ** Math.floor(Math.log10(v));
  for (const m of [1, 2, 5, 10]) if (m * p >= v - 1e-9) return m * p;
  return 10 * p;
}

const fmt = (v: number) => (Math.abs(v) >= 10 || Number.isInteger(v) ? String(Math.round(v)) : v.toFixed(1));

/**
 * A line chart as inline SVG (no script, no external reference): axes from zero, four y ticks, a
 * legend, one polyline per series and a dot per point so a single second still shows. Pure.
 */
export function lineChart(o: LineChartOptions): string {
  const w = o.width ?? 560;
  const h = o.height ?? 180;
  const m = { left: 48, right: 12, top: 26, bottom: 26 };
  const pw = w - m.left - m.right;
  const ph = h - m.top - m.bottom;
  const all = o.series.flatMap((s) => s.points);
  const xMax = Math.max(1, ...all.map(([x]) => x));
  const yMax = niceCeiling(Math.max(0, ...all.map(([, y]) => y)));
  const X = (x: number) => (m.left + (x / xMax) * pw).toFixed(1);
  const Y = (y: number) => (m.top + ph - (Math.max(0, y) / yMax) * ph).toFixed(1);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${w} ${h}" width="${w}" height="${h}" role="img" aria-label="${escapeXml(o.title)}">`,
    `<text x="${m.left}" y="16" class="chart-title">${escapeXml(o.title)}</text>`,
  ];
  for (let i = 0; i <= 4; i++) {
    const v = (yMax * i) / 4;
    parts.push(
      `<line x1="${m.left}" x2="${w - m.right}" y1="${Y(v)}" y2="${Y(v)}" stroke="#ddd" stroke-width="1"/>`,
      `<text x="${m.left - 4}" y="${Y(v)}" text-anchor="end" dominant-baseline="middle" class="tick">${fmt(v)}</text>`,
    );
  }
  const xStep = niceCeiling(xMax / 8);
  for (let x = 0; x <= xMax + 1e-9; x += xStep) {
    parts.push(
      `<text x="${X(x)}" y="${h - 8}" text-anchor="middle" class="tick">${fmt(x)}${escapeXml(o.xUnit)}</text>`,
    );
  }
  parts.push(
    `<line x1="${m.left}" x2="${m.left}" y1="${m.top}" y2="${m.top + ph}" stroke="#888"/>`,
    `<line x1="${m.left}" x2="${w - m.right}" y1="${m.top + ph}" y2="${m.top + ph}" stroke="#888"/>`,
  );
  o.series.forEach((s, i) => {
    if (s.points.length === 0) return;
    const pts = s.points.map(([x, y]) => `${X(x)},${Y(y)}`).join(" ");
    parts.push(`<polyline fill="none" stroke="${s.colour}" stroke-width="2" points="${pts}"/>`);
    for (const [x, y] of s.points)
      parts.push(
        `<circle cx="${X(x)}" cy="${Y(y)}" r="2" fill="${s.colour}"><title>${fmt(x)}${escapeXml(o.xUnit)}: ${fmt(y)}</title></circle>`,
      );
    const lx = w - m.right - 90 * (o.series.length - i);
    parts.push(
      `<rect x="${lx}" y="8" width="10" height="10" fill="${s.colour}"/>`,
      `<text x="${lx + 14}" y="16" class="tick">${escapeXml(s.name)}</text>`,
    );
  });
  parts.push("</svg>");
  return parts.join("");
}
