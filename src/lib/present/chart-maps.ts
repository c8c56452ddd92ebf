/**
 * A map chart's SVG, in the page's language: every member state (or every country of return
 * the records name) with its value, its accessible name and its place in the legend. The
 * numbers are the chart's rows, the same the table beside it prints.
 */
import type { Chart, ChartLocalization } from "../charts.ts";
import { MEMBER_STATE_CODES } from "../iso-codes.ts";
import { renderMap, type MapArea } from "../maps.ts";

/** The areas of a map chart: its rows, and for Europe every member state without a row too (named as having no value). */
export function mapAreas(chart: Chart, l: ChartLocalization): MapArea[] {
  const base = chart.dataOf ?? chart.id;
  const byKey = new Map(chart.rows.map((row) => [row.key, row]));
  const codes = chart.region === "europe" ? [...MEMBER_STATE_CODES].sort() : chart.rows.map((row) => row.key.toUpperCase());
  return codes.map((code) => {
    const row = byKey.get(code.toLowerCase());
    const value = row?.values[0] ?? null;
    const name = l.country(code);
    return {
      code,
      value,
      text: row?.display[0] ?? "",
      name: value === null ? l.t(`charts.${base}.noArea`, { name }) : l.t(`charts.${base}.area`, { name, count: value }),
    };
  });
}

/** The map's SVG text; `id` is its element id. */
export function chartMapSvg(chart: Chart, l: ChartLocalization, id: string): string {
  if (chart.kind !== "map" || !chart.region) throw new Error(`chart ${chart.id} is not a map`);
  const base = chart.dataOf ?? chart.id;
  return renderMap(
    chart.region,
    mapAreas(chart, l),
    {
      label: l.t("charts.map.label", { title: chart.title }),
      legend: chart.series[0]!.label,
      range: (from, to) => l.t("charts.map.range", { from, to }),
      noData: l.t(`charts.${base}.noData`),
      format: (value) => l.count(value),
    },
    id,
  );
}
