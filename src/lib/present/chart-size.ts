/**
 * The height a chart's canvas takes, in CSS pixels, from its orientation and number of
 * categories: the page reserves it before the chart is drawn (so drawing moves nothing), and
 * the drawing script (src/scripts/chart-element.ts) gives the canvas the same.
 */
export const chartHeight = (horizontal: boolean, rows: number): number => (horizontal ? Math.max(160, rows * 22 + 60) : 300);
