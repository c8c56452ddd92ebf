/**
 * /charts/ in both languages: every chart's table equals its CSV and equals the values
 * recomputed from the records it links to; nothing is dropped silently; canvases render with
 * JavaScript and tables stand alone without it; JavaScript stays within budget and project
 * pages load none.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { readRecords, root } from "../build/helpers.ts";
import { launchBrowser, waitUntilReady } from "./checks.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const siteUrl = inject("siteUrl");
const records = readRecords();
const statistics = JSON.parse(readFileSync(join(root, "data/return-statistics.json"), "utf8")) as {
  series: { id: string; points: { period: string; value: number }[] }[];
};

interface TableRow {
  key: string;
  values: (number | null)[];
  ids: string[];
}
interface ChartOnPage {
  id: string;
  series: string[];
  rows: TableRow[];
  leftOut: string[];
  leftOutText: string;
  canvas: boolean;
  csvHref: string;
}

/** Reads every chart figure of the page as a reader's browser has it. */
function readCharts(page: Page): Promise<ChartOnPage[]> {
  return page.$$eval("figure.chart", (figures) =>
    figures.map((figure) => {
      const idsOf = (anchor: string | null | undefined) =>
        anchor
          ? [...(document.getElementById(anchor.slice(1))?.querySelectorAll("li a") ?? [])].map((a) =>
              a.getAttribute("href")!.replace(/^.*\/projects\/([^/]+)\/$/, "$1"),
            )
          : [];
      return {
        id: figure.id,
        series: [...figure.querySelectorAll("thead th[data-series]")].map((th) => (th as HTMLElement).dataset.series!),
        rows: [...figure.querySelectorAll("tbody tr")].map((tr) => ({
          key: (tr as HTMLElement).dataset.key!,
          values: [...tr.querySelectorAll("td[data-value]")].map((td) =>
            (td as HTMLElement).dataset.value === "" ? null : Number((td as HTMLElement).dataset.value),
          ),
          ids: idsOf(tr.querySelector("td a[href^='#']")?.getAttribute("href")),
        })),
        leftOut: [...figure.querySelectorAll(".left-out li li a")].map((a) => a.getAttribute("href")!.replace(/^.*\/projects\/([^/]+)\/$/, "$1")),
        leftOutText: [...figure.querySelectorAll("h4")].find((h) => /Left out|Esclusi/.test(h.textContent ?? ""))?.nextElementSibling?.textContent ?? "",
        canvas: figure.querySelector("canvas") !== null,
        csvHref: figure.querySelector("a[href$='.csv']")!.getAttribute("href")!,
      };
    }),
  );
}

const rate = (r: ProjectData) =>
  r.budget?.eu_share_pct ?? (r.budget?.eu_amount !== undefined && r.budget.total ? Math.round((r.budget.eu_amount / r.budget.total) * 10000) / 100 : undefined);
const startYear = (r: ProjectData) => (r.start === undefined ? undefined : Number(String(r.start).slice(0, 4)));
const round2 = (x: number) => Math.round(x * 100) / 100;
const sumOf = (ids: string[], f: (r: ProjectData) => number) => ids.reduce((n, id) => n + f(records.get(id)!), 0);

/** The value(s) of a row recomputed from the records it links to, chart by chart. */
function recompute(chart: ChartOnPage, row: TableRow, groupSize = records.size): (number | null)[] {
  const rs = row.ids.map((id) => records.get(id)!);
  switch (chart.id) {
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
};
const CONTEXT_LAYOUT = { key: (r: Record<string, string>) => r.period!.toLowerCase(), value: "value" };

/** The CSV row behind a table cell (the start-year chart's CSV is long: one row per year and fund). */
function csvRow(chart: ChartOnPage, csv: Record<string, string>[], row: TableRow, series: string): Record<string, string> | undefined {
  if (chart.id === "projects-by-start-year") return csv.find((r) => r.start_year === row.key && r.fund === series);
  const layout = CSV_LAYOUT[chart.id] ?? CONTEXT_LAYOUT;
  return csv.find((r) => layout.key(r) === row.key);
}

function csvValue(chart: ChartOnPage, found: Record<string, string> | undefined): number | null {
  if (chart.id === "projects-by-start-year") return found ? Number(found.projects) : 0;
  return found ? Number(found[(CSV_LAYOUT[chart.id] ?? CONTEXT_LAYOUT).value]) : null;
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** The charts of a page once every canvas is drawn. */
async function chartsDrawnAt(path: string): Promise<ChartOnPage[]> {
  const page = await browser.newPage();
  await page.goto(new URL(path, siteUrl).href);
  await page.waitForFunction(() => [...document.querySelectorAll("avrr-chart")].every((e) => (e as HTMLElement).dataset.drawn === "true"));
  const charts = await readCharts(page);
  await page.close();
  return charts;
}

describe.each(["/charts/", "/it/charts/"])("%s", (path) => {
  let charts: ChartOnPage[];
  beforeAll(async () => {
    charts = await chartsDrawnAt(path);
  });

  it("has at least six project charts and a chart per context series, each drawn on a canvas", () => {
    const project = charts.filter((c) => !c.id.startsWith("context-"));
    expect(project.length).toBeGreaterThanOrEqual(6);
    expect(charts.filter((c) => c.id.startsWith("context-")).map((c) => c.id)).toEqual(statistics.series.map((s) => `context-${s.id}`));
    for (const chart of charts) expect(chart.canvas, chart.id).toBe(true);
  });

  it("every table equals its CSV", async () => {
    for (const chart of charts) {
      const csv = parseCsv(await (await fetch(new URL(chart.csvHref, siteUrl))).text());
      expect(csv.length, chart.id).toBeGreaterThan(0);
      let matched = 0;
      for (const row of chart.rows) {
        chart.series.forEach((series, i) => {
          const found = csvRow(chart, csv, row, series);
          if (found) matched += 1;
          expect(row.values[i], `${chart.id} ${row.key} ${series}`).toBe(csvValue(chart, found));
          if (found?.record_ids !== undefined)
            expect(found.record_ids === "" ? [] : found.record_ids.split("; "), `${chart.id} ${row.key} ${series}`).toEqual(
              row.ids.filter((id) => chart.id !== "projects-by-start-year" || records.get(id)!.fund === series),
            );
        });
      }
      // Every CSV row is drawn: none is in the file but missing from the table.
      expect(matched, chart.id).toBe(csv.length);
    }
  });

  it("every project chart's values equal a recomputation from the records it links to, and accounts for every record", () => {
    for (const chart of charts.filter((c) => !c.id.startsWith("context-"))) {
      for (const row of chart.rows) expect(row.values, `${chart.id} ${row.key}`).toEqual(recompute(chart, row));
      if (chart.id === "reporting-completeness") continue;
      const accounted = [...chart.rows.flatMap((r) => r.ids), ...chart.leftOut].sort();
      expect(accounted, chart.id).toEqual([...records.keys()].sort());
    }
  });

  it("money charts hold one currency, and targets never count as results", () => {
    const returned = charts.find((c) => c.id === "people-returned-by-member-state")!;
    const total = returned.rows.reduce((n, r) => n + r.values[0]!, 0);
    const fromResults = [...records.values()].reduce((n, r) => n + (r.results?.returned ?? 0), 0);
    expect(total).toBe(fromResults);
    for (const id of returned.rows.flatMap((r) => r.ids)) expect(records.get(id)!.results?.returned, id).toBeDefined();
    const budget = charts.find((c) => c.id === "budget-by-member-state")!;
    const euroTotal = [...records.values()]
      .filter((r) => r.budget?.currency === "EUR" && r.budget.total !== undefined)
      .reduce((n, r) => n + r.budget!.total!, 0);
    expect(round2(budget.rows.reduce((n, r) => n + r.values[0]!, 0))).toBe(round2(euroTotal));
  });

  it("context charts show each source figure as stated, gaps as gaps", () => {
    for (const series of statistics.series) {
      const chart = charts.find((c) => c.id === `context-${series.id}`)!;
      for (const point of series.points)
        expect(chart.rows.find((r) => r.key === point.period.toLowerCase())?.values, `${series.id} ${point.period}`).toEqual([point.value]);
      expect(chart.rows.filter((r) => r.values[0] === null).length).toBe(chart.rows.length - series.points.length);
      expect(chart.leftOutText, series.id).toMatch(chart.rows.length > series.points.length ? /Periods|Periodi/ : /No period|Non manca/);
    }
  });
});

describe("without JavaScript", () => {
  it("every chart's table is there, with no canvas", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("/charts/", siteUrl).href);
    const charts = await readCharts(page);
    expect(charts.length).toBe(8 + statistics.series.length);
    for (const chart of charts) {
      expect(chart.leftOutText, chart.id).not.toBe("");
      expect(chart.canvas, chart.id).toBe(false);
      expect(chart.rows.length, chart.id).toBeGreaterThan(0);
    }
    await context.close();
  });
});

describe("JavaScript weight", () => {
  async function scriptBytes(path: string): Promise<number> {
    const page = await browser.newPage();
    const sizes: Promise<number>[] = [];
    page.on("response", (response) => {
      if (response.request().resourceType() === "script") sizes.push(response.body().then((body) => gzipSync(body).length));
    });
    // Every script a page has is requested by its load event, or by the time its charts are drawn.
    await page.goto(new URL(path, siteUrl).href, { waitUntil: "load" });
    await waitUntilReady(page);
    await page.close();
    return (await Promise.all(sizes)).reduce((a, b) => a + b, 0);
  }

  it("a chart page loads at most 80 KB of compressed JavaScript, and a project page none", async () => {
    const charts = await scriptBytes("/charts/");
    expect(charts).toBeGreaterThan(10_000);
    expect(charts).toBeLessThanOrEqual(80 * 1024);
    expect(await scriptBytes("/projects/it-partir-ii/")).toBe(0);
    expect(await scriptBytes("/it/projects/it-partir-ii/")).toBe(0);
  });
});

describe.each([
  ["/countries/it/", (r: ProjectData) => r.member_state === "IT"],
  ["/it/countries/hu/", (r: ProjectData) => r.member_state === "HU"],
  ["/funds/return-fund/", (r: ProjectData) => r.fund === "return-fund"],
  ["/it/funds/amif-2014-2020/", (r: ProjectData) => r.fund === "amif-2014-2020"],
])("the charts of %s", (path, inGroup) => {
  const group = [...records]
    .filter(([, r]) => inGroup(r))
    .map(([id]) => id)
    .sort();
  let charts: ChartOnPage[];
  beforeAll(async () => {
    charts = await chartsDrawnAt(path);
  });

  it("are drawn, and each table equals its own CSV and a recount of the group's records", async () => {
    expect(charts.map((c) => c.id)).toContain("reporting-completeness");
    for (const chart of charts) {
      expect(chart.canvas, chart.id).toBe(true);
      expect(chart.csvHref.startsWith(`${path.replace(/^\/it\//, "/")}charts/`), chart.csvHref).toBe(true);
      const csv = parseCsv(await (await fetch(new URL(chart.csvHref, siteUrl))).text());
      for (const row of chart.rows) {
        chart.series.forEach((series, i) => expect(row.values[i], `${chart.id} ${row.key}`).toBe(csvValue(chart, csvRow(chart, csv, row, series))));
        expect(row.values, `${chart.id} ${row.key}`).toEqual(recompute(chart, row, group.length));
        for (const id of row.ids) expect(group, `${chart.id}: ${id} is not in the group`).toContain(id);
      }
      if (chart.id !== "reporting-completeness") expect([...chart.rows.flatMap((r) => r.ids), ...chart.leftOut].sort(), chart.id).toEqual(group);
    }
  });
});
