/**
 * The charts of country and fund pages: each table equals its CSV and the values recomputed
 * from the records it lists; nothing is dropped silently; canvases render. And JavaScript stays
 * within budget on a chart page, while project pages load none. The chart pages themselves
 * (/charts/<id>/) are tested in chart-pages.spec.ts.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { gzipSync } from "node:zlib";
import type { Browser, Page } from "playwright-core";
import { readRecords } from "../build/helpers.ts";
import { launchBrowser, waitUntilReady } from "./checks.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { csvRow, csvValue, recompute, type ChartOnPage } from "./chart-data.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const siteUrl = inject("siteUrl");
const records = readRecords();

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
          link: tr.querySelector("td a[href*='/projects/?']")?.getAttribute("href") ?? "",
        })),
        leftOut: [...figure.querySelectorAll(".left-out li li a")].map((a) => a.getAttribute("href")!.replace(/^.*\/projects\/([^/]+)\/$/, "$1")),
        // A group's chart lists no records: each left-out group links to the filtered list and states how many ("reason: 3").
        leftOutCount: [...figure.querySelectorAll(".left-out > li > a")].reduce((n, a) => n + Number(/(\d+)\s*$/.exec(a.textContent ?? "")?.[1] ?? NaN), 0),
        leftOutText: [...figure.querySelectorAll("h4")].find((h) => /Left out|Esclusi/.test(h.textContent ?? ""))?.nextElementSibling?.textContent ?? "",
        canvas: figure.querySelector("canvas") !== null,
        csvHref: figure.querySelector("a[href$='.csv']")!.getAttribute("href")!,
      };
    }),
  );
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
    const chart = await scriptBytes("/charts/projects-by-start-year/");
    expect(chart).toBeGreaterThan(10_000);
    expect(chart).toBeLessThanOrEqual(80 * 1024);
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
        // The records behind a value: a group's chart links to the filtered list instead of listing them; its CSV names them.
        row.ids = [
          ...new Set(
            chart.series.flatMap((series) => {
              const found = csvRow(chart, csv, row, series);
              return (found?.record_ids ?? found?.record_id ?? "").split(/[ ;]+/).filter(Boolean);
            }),
          ),
        ];
        expect(row.values, `${chart.id} ${row.key}`).toEqual(recompute(chart, row, group.length));
        for (const id of row.ids) expect(group, `${chart.id}: ${id} is not in the group`).toContain(id);
        if (row.ids.length > 0) expect(row.link, `${chart.id} ${row.key}`).toContain(path.includes("/funds/") ? "fund=" : "member_state=");
      }
      if (chart.id !== "reporting-completeness") {
        const drawn = chart.rows.flatMap((r) => r.ids);
        expect(new Set(drawn).size, chart.id).toBe(drawn.length);
        expect(drawn.length + (chart.leftOutCount ?? 0), chart.id).toBe(group.length);
      }
    }
  });
});
