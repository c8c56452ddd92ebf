/**
 * What the chart tests read from a page and recompute from the records: a chart's table rows,
 * the values recomputed from the records behind a row, and the chart's CSV row for a cell.
 */
import { expect } from "vitest";
import { readRecords } from "../build/helpers.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const records = readRecords();

export interface TableRow {
  key: string;
  values: (number | null)[];
  ids: string[];
  /** Where the value's records are: the filtered project list (a group's chart), if the row has a link there. */
  link?: string;
}
export interface ChartOnPage {
  id: string;
  series: string[];
  rows: TableRow[];
  leftOut: string[];
  /** How many records the left-out links state, where the figure links to them instead of listing them. */
  leftOutCount?: number;
  leftOutText: string;
  canvas: boolean;
  csvHref: string;
}

/** A map draws the rows of the chart it is a map of: the same values, records and CSV. */
export const BASE: Record<string, string> = {
  "map-projects-by-member-state": "projects-by-member-state",
  "map-people-returned-by-member-state": "people-returned-by-member-state",
};

const rate = (r: ProjectData) =>
  r.budget?.eu_share_pct ?? (r.budget?.eu_amount !== undefined && r.budget.total ? Math.round((r.budget.eu_amount / r.budget.total) * 10000) / 100 : undefined);
const startYear = (r: ProjectData) => (r.start === undefined ? undefined : Number(String(r.start).slice(0, 4)));
export const round2 = (x: number) => Math.round(x * 100) / 100;
const sumOf = (ids: string[], f: (r: ProjectData) => number) => ids.reduce((n, id) => n + f(records.get(id)!), 0);

/** The value(s) of a row recomputed from the records it links to, chart by chart. */
export function recompute(chart: ChartOnPage, row: TableRow, groupSize = records.size): (number | null)[] {
  const rs = row.ids.map((id) => records.get(id)!);
  switch (BASE[chart.id] ?? chart.id) {
    case "projects-by-member-state":
      expect(new Set(rs.map((r) => r.member_state.toLowerCase()))).toEqual(new Set([row.key]));
      return [row.ids.length];
    case "budget-by-member-state":
      for (const r of rs) expect([r.member_state.toLowerCase(), r.budget?.currency]).toEqual([row.key, "EUR"]);
      return [sumOf(row.ids, (r) => r.budget!.total!)];
    case "projects-by-start-year":
      return chart.series.map((fund) => rs.filter((r) => startYear(r) === Number(row.key) && r.fund === fund).length);
    case "eu-co-financing-rates": {
      const [from, to] = row.key.split("-").map(Number) as [number, number];
      for (const r of rs) expect(rate(r)! >= from && (rate(r)! < to || (to === 100 && rate(r) === 100)), `${row.key}`).toBe(true);
      return [row.ids.length];
    }
    case "people-returned-by-member-state":
      for (const r of rs) expect(r.member_state.toLowerCase()).toBe(row.key);
      return [sumOf(row.ids, (r) => r.results!.returned!)];
    case "reintegration-support-by-project":
      expect(row.ids).toEqual([row.key]);
      return [rs[0]!.results!.reintegration_assisted!];
    case "cost-per-person-returned":
      expect(row.ids).toEqual([row.key]);
      expect(rs[0]!.budget!.currency).toBe("EUR");
      return [round2(rs[0]!.budget!.total! / rs[0]!.results!.returned!)];
    case "reporting-completeness":
      return [Math.round((row.ids.length / groupSize) * 1000) / 10];
    case "map-countries-of-return":
      for (const r of rs)
        expect(
          r.return_countries?.map((c) => c.toLowerCase()),
          r.title,
        ).toContain(row.key);
      return [row.ids.length];
    default:
      throw new Error(`no recomputation for ${chart.id}`);
  }
}

/** How each chart's CSV is keyed and which column holds the drawn value. */
const CSV_LAYOUT: Record<string, { key: (r: Record<string, string>) => string; value: string }> = {
  "projects-by-member-state": { key: (r) => r.member_state!.toLowerCase(), value: "projects" },
  "budget-by-member-state": { key: (r) => r.member_state!.toLowerCase(), value: "total_cost" },
  "eu-co-financing-rates": { key: (r) => `${r.rate_from_pct}-${r.rate_to_pct}`, value: "projects" },
  "people-returned-by-member-state": { key: (r) => r.member_state!.toLowerCase(), value: "people_returned" },
  "reintegration-support-by-project": { key: (r) => r.record_id!, value: "reintegration_assisted" },
  "cost-per-person-returned": { key: (r) => r.record_id!, value: "cost_per_person_returned" },
  "reporting-completeness": { key: (r) => r.field!.replaceAll(".", "-").replaceAll("_", "-"), value: "percent" },
  "map-countries-of-return": { key: (r) => r.country_of_return!.toLowerCase(), value: "projects" },
};
const CONTEXT_LAYOUT = { key: (r: Record<string, string>) => r.period!.toLowerCase(), value: "value" };

/** The CSV row behind a table cell (the start-year chart's CSV is long: one row per year and fund). */
export function csvRow(chart: ChartOnPage, csv: Record<string, string>[], row: TableRow, series: string): Record<string, string> | undefined {
  if (chart.id === "projects-by-start-year") return csv.find((r) => r.start_year === row.key && r.fund === series);
  const layout = CSV_LAYOUT[BASE[chart.id] ?? chart.id] ?? CONTEXT_LAYOUT;
  return csv.find((r) => layout.key(r) === row.key);
}

export function csvValue(chart: ChartOnPage, found: Record<string, string> | undefined): number | null {
  if (chart.id === "projects-by-start-year") return found ? Number(found.projects) : 0;
  return found ? Number(found[(CSV_LAYOUT[BASE[chart.id] ?? chart.id] ?? CONTEXT_LAYOUT).value]) : null;
}
