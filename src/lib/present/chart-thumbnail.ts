/**
 * The small preview of a chart on the gallery (/charts/): a few bars or a line drawn as SVG at
 * build time from the chart's own rows, at most 24 of them, with no words or numbers (the
 * card's title and takeaway say what it shows; the chart's page has the chart and its table).
 * Decorative: hidden from screen readers. Maps are previewed by their own SVG file instead.
 */
import type { Chart } from "../charts.ts";

const WIDTH = 160;
const HEIGHT = 80;
const MAX_BARS = 24;

export function chartThumbnail(chart: Chart): string {
  const totals = chart.rows.map((row) => (row.values.every((v) => v === null) ? null : row.values.reduce<number>((n, v) => n + (v ?? 0), 0)));
  const shown = totals.slice(0, MAX_BARS);
  const max = Math.max(1, ...shown.map((v) => v ?? 0));
  const open = `<svg xmlns="http://www.w3.org/2000/svg" class="chart-thumb" viewBox="0 0 ${WIDTH} ${HEIGHT}" width="${WIDTH}" height="${HEIGHT}" aria-hidden="true" focusable="false">`;
  const axis = `<path d="M1 1V${HEIGHT - 1}H${WIDTH - 1}" fill="none" stroke="currentColor" stroke-width="1" opacity="0.5"/>`;
  if (shown.length === 0) return `${open}${axis}</svg>`;
  const n = shown.length;
  if (chart.kind === "line") {
    const step = (WIDTH - 8) / Math.max(1, n - 1);
    const segments: string[] = [];
    let current: string[] = [];
    shown.forEach((v, i) => {
      if (v === null) {
        if (current.length) segments.push(current.join(" "));
        current = [];
        return;
      }
      current.push(`${(4 + i * step).toFixed(1)},${(HEIGHT - 4 - (v / max) * (HEIGHT - 10)).toFixed(1)}`);
    });
    if (current.length) segments.push(current.join(" "));
    return `${open}${axis}${segments.map((points) => `<polyline points="${points}" fill="none" stroke="currentColor" stroke-width="2"/>`).join("")}</svg>`;
  }
  const bars: string[] = [];
  if (chart.horizontal) {
    const band = (HEIGHT - 4) / n;
    shown.forEach((v, i) => {
      const w = ((v ?? 0) / max) * (WIDTH - 6);
      bars.push(`<rect x="2" y="${(2 + i * band + band * 0.15).toFixed(1)}" width="${w.toFixed(1)}" height="${(band * 0.7).toFixed(1)}" fill="currentColor"/>`);
    });
  } else {
    const band = (WIDTH - 4) / n;
    shown.forEach((v, i) => {
      const h = ((v ?? 0) / max) * (HEIGHT - 6);
      bars.push(
        `<rect x="${(2 + i * band + band * 0.15).toFixed(1)}" y="${(HEIGHT - 2 - h).toFixed(1)}" width="${(band * 0.7).toFixed(1)}" height="${h.toFixed(1)}" fill="currentColor"/>`,
      );
    });
  }
  return `${open}${axis}${bars.join("")}</svg>`;
}
