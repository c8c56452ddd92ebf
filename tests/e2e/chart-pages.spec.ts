/**
 * The chart pages (/charts/<id>/, /it/charts/<id>/) in a browser: every chart is drawn; every
 * table equals its CSV; a sample of value links leads to the project list showing exactly the
 * records behind them (every link is checked on the built files: tests/build/project-list.test.ts);
 * without JavaScript the
 * table and sources are there; drawing moves nothing; the PNG download is an image at print
 * resolution; a printed page holds the chart; embeds can be framed by another site and no
 * other page can.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { readRecords } from "../build/helpers.ts";
import { launchBrowser, waitUntilReady } from "./checks.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { csvRow, csvValue, type ChartOnPage } from "./chart-data.ts";

const siteUrl = inject("siteUrl");
const records = readRecords();

interface PageRow {
  key: string;
  values: (number | null)[];
  href: string | null;
  records: number | null;
}
interface ChartPage {
  id: string;
  series: string[];
  rows: PageRow[];
  leftOut: { href: string; records: number }[];
  csvHref: string;
  canvas: boolean;
  map: boolean;
  sources: string;
}

/** Reads a chart page as a reader's browser has it. */
function readChartPage(page: Page): Promise<ChartPage> {
  return page.$eval("article.chart-page", (article) => {
    const table = article.querySelector("#table table")!;
    return {
      id: (article as HTMLElement).dataset.chart!,
      series: [...table.querySelectorAll("thead th[data-series]")].map((th) => (th as HTMLElement).dataset.series!),
      rows: [...table.querySelectorAll("tbody tr")].map((tr) => {
        const records = tr.querySelector<HTMLElement>("td[data-records]");
        return {
          key: (tr as HTMLElement).dataset.key!,
          values: [...tr.querySelectorAll<HTMLElement>("td[data-value]")].map((td) => (td.dataset.value === "" ? null : Number(td.dataset.value))),
          href: records?.querySelector("a")?.getAttribute("href") ?? null,
          records: records ? Number(records.dataset.records) : null,
        };
      }),
      leftOut: [...article.querySelectorAll<HTMLAnchorElement>("#table .left-out a")].map((a) => ({
        href: a.getAttribute("href")!,
        records: Number(a.dataset.records),
      })),
      csvHref: article.querySelector("#download a[href$='.csv']")!.getAttribute("href")!,
      canvas: article.querySelector("#chart canvas") !== null,
      map: article.querySelector("#chart svg.map") !== null,
      sources: article.querySelector("#sources")?.textContent?.trim() ?? "",
    };
  });
}

let browser: Browser;
let context: BrowserContext;
let list: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  context = await browser.newContext();
  list = await context.newPage();
});
afterAll(() => browser?.close());

/** The chart ids, from the gallery. */
async function galleryIds(path: string): Promise<string[]> {
  const page = await context.newPage();
  await page.goto(new URL(path, siteUrl).href);
  const ids = await page.$$eval("li.chart-card", (cards) => cards.map((c) => (c as HTMLElement).dataset.chart!));
  await page.close();
  return ids;
}

async function drawnChartPage(path: string): Promise<ChartPage> {
  const page = await context.newPage();
  await page.goto(new URL(path, siteUrl).href);
  await waitUntilReady(page);
  const chart = await readChartPage(page);
  await page.close();
  return chart;
}

const ids = await (async () => {
  const b = await launchBrowser();
  const page = await b.newPage();
  await page.goto(new URL("/charts/", siteUrl).href);
  const found = await page.$$eval("li.chart-card", (cards) => cards.map((c) => (c as HTMLElement).dataset.chart!));
  await b.close();
  return found;
})();

describe("the gallery", () => {
  it("has the same charts in both languages, at least three of them maps", async () => {
    expect(await galleryIds("/it/charts/")).toEqual(ids);
    expect(ids.filter((id) => id.startsWith("map-")).length).toBeGreaterThanOrEqual(3);
  });
});

describe.each(ids)("/charts/%s/", (id) => {
  let en: ChartPage;
  let it_: ChartPage;
  beforeAll(async () => {
    [en, it_] = [await drawnChartPage(`/charts/${id}/`), await drawnChartPage(`/it/charts/${id}/`)];
  });

  it("is drawn (a canvas, or the map's SVG) in both languages, with the same numbers", () => {
    for (const chart of [en, it_]) expect(chart.map ? "map" : chart.canvas ? "canvas" : "none", chart.id).toBe(id.startsWith("map-") ? "map" : "canvas");
    expect(it_.rows.map((r) => [r.key, r.values, r.records])).toEqual(en.rows.map((r) => [r.key, r.values, r.records]));
    expect(it_.csvHref).toBe(en.csvHref);
  });

  it("its table equals its CSV", async () => {
    const csv = parseCsv(await (await fetch(new URL(en.csvHref, siteUrl))).text());
    expect(csv.length).toBeGreaterThan(0);
    const chart = { id, series: en.series } as ChartOnPage;
    let matched = 0;
    for (const row of en.rows) {
      en.series.forEach((series, i) => {
        const found = csvRow(chart, csv, { key: row.key, values: row.values, ids: [] }, series);
        if (found) matched += 1;
        expect(row.values[i], `${row.key} ${series}`).toBe(csvValue(chart, found));
      });
    }
    expect(matched).toBe(csv.length);
  });
});

/**
 * A sample of the value links, followed in the browser (every link of every chart is checked on
 * the built files, against the list's index: tests/build/project-list.test.ts): a member state,
 * a chart value (`chart=`) on the Italian list, and what a chart leaves out, each showing as many
 * rows as its table says, the ids its CSV names, and the note naming the chart behind a `chart=`.
 */
describe("a sample of value links, in the browser", () => {
  const SAMPLE: [chart: string, pick: (chart: ChartPage) => { href: string; records: number }][] = [
    ["/charts/projects-by-member-state/", (c) => ({ href: c.rows.find((r) => r.key === "it")!.href!, records: c.rows.find((r) => r.key === "it")!.records! })],
    ["/it/charts/projects-by-start-year/", (c) => ({ href: c.rows.find((r) => r.href)!.href!, records: c.rows.find((r) => r.href)!.records! })],
    ["/charts/eu-co-financing-rates/", (c) => c.leftOut[0]!],
  ];
  it.each(SAMPLE)("%s", async (path, pick) => {
    const chart = await drawnChartPage(path);
    const { href, records: count } = pick(chart);
    const url = new URL(href, siteUrl);
    await list.goto(url.href);
    await waitUntilReady(list);
    await list.waitForSelector("html[data-ready]", { state: "attached" });
    expect(await list.evaluate(() => location.search), `${href}: the list kept the filter`).toBe(url.search);
    const more = list.locator("#show-more");
    while (await more.isVisible()) await more.click();
    const shown = (await list.$$eval(".project-table tbody tr[data-id]", (rows) => rows.map((r) => (r as HTMLElement).dataset.id!))).sort();
    expect(shown.length, href).toBe(count);
    const csv = parseCsv(await (await fetch(new URL(chart.csvHref, siteUrl))).text());
    const ids = csv.flatMap((line) => (line.record_ids ? line.record_ids.split("; ") : line.record_id ? [line.record_id] : []));
    for (const id of shown) expect(records.has(id), id).toBe(true);
    if (!href.includes("left-out")) expect(ids, href).toEqual(expect.arrayContaining(shown));
    // A chart= filter names its chart (the one whose rows a map draws), with a link back to its table.
    const token = url.searchParams.get("chart");
    const note = list.locator("#chart-filter");
    if (token) expect(await note.locator("a").getAttribute("href")).toBe(`${path.startsWith("/it/") ? "/it" : ""}/charts/${token.split("/")[0]}/#table`);
    else expect(await note.isVisible()).toBe(false);
  });
});

describe("without JavaScript", () => {
  it.each(["/charts/projects-by-start-year/", "/it/charts/map-countries-of-return/", "/charts/context-iom-avrr-global/"])(
    "%s has its table and sources, no canvas, and keeps no empty space for one",
    async (path) => {
      const off = await browser.newContext({ javaScriptEnabled: false });
      const page = await off.newPage();
      await page.goto(new URL(path, siteUrl).href);
      const chart = await readChartPage(page);
      expect(chart.rows.length).toBeGreaterThan(0);
      expect(chart.sources.length).toBeGreaterThan(40);
      expect(chart.canvas).toBe(false);
      const reserved = await page.$$eval(".chart-canvas", (boxes) => boxes.map((b) => (b as HTMLElement).getBoundingClientRect().height));
      expect(reserved.every((h) => h === 0)).toBe(true);
      expect(await page.locator("button.png-download").isVisible()).toBe(false);
      await off.close();
    },
  );
});

describe("drawing", () => {
  it.each(["/charts/projects-by-member-state/", "/it/charts/projects-by-start-year/"])(
    "%s: the canvas takes the space kept for it (no layout shift)",
    async (path) => {
      const page = await context.newPage();
      await page.goto(new URL(path, siteUrl).href);
      await waitUntilReady(page);
      const kept = await page.$eval(".chart-canvas", (box) => [Number((box as HTMLElement).dataset.height), box.getBoundingClientRect().height]);
      expect(kept[1]).toBe(kept[0]);
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((entries) => {
              for (const entry of entries.getEntries()) total += (entry as PerformanceEntry & { value: number }).value;
              resolve(total);
            }).observe({ type: "layout-shift", buffered: true });
            // With no shift at all, the observer reports nothing: the next frame settles it.
            requestAnimationFrame(() => requestAnimationFrame(() => resolve(total)));
          }),
      );
      expect(shift).toBeLessThan(0.01);
      await page.close();
    },
  );
});

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(0, 8).toString("hex")).toBe("89504e470d0a1a0a");
  expect(bytes.subarray(12, 16).toString("latin1")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("the image download", () => {
  it.each([
    ["/charts/projects-by-start-year/", "projects-by-start-year.png"],
    ["/it/charts/map-projects-by-member-state/", "map-projects-by-member-state-it.png"],
  ])("%s gives a PNG at print resolution (2400 pixels wide), taller than the chart alone", async (path, file) => {
    const downloads = await browser.newContext({ acceptDownloads: true });
    const page = await downloads.newPage();
    await page.goto(new URL(path, siteUrl).href);
    await waitUntilReady(page);
    const button = page.locator("button.png-download");
    await button.waitFor({ state: "visible" });
    const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
    expect(download.suggestedFilename()).toBe(file);
    const bytes = readFileSync((await download.path())!);
    const { width, height } = pngSize(bytes);
    expect(width).toBe(2400);
    // The chart at 2240 pixels wide, plus the title above and the source and licence below.
    const chart = await page.$eval("[data-chart-image]", (box) => {
      const drawn = box.querySelector("canvas, svg")!.getBoundingClientRect();
      return drawn.height / drawn.width;
    });
    expect(height).toBeGreaterThan(Math.round(chart * 2240) + 200);
    expect(bytes.length).toBeGreaterThan(30_000);
    await downloads.close();
  });
});

describe("printing", () => {
  it("a canvas chart's page prints the chart as an image", async () => {
    const page = await context.newPage();
    await page.goto(new URL("/charts/projects-by-start-year/", siteUrl).href);
    await waitUntilReady(page);
    const pdf = (await page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    const images = [...pdf.matchAll(/\/Subtype\s*\/Image[^>]*?\/Width\s+(\d+)/g)].map((m) => Number(m[1]));
    expect(
      images.some((w) => w >= 500),
      `image widths ${images.join(", ")}`,
    ).toBe(true);
    await page.close();
  });

  it("a map's page prints the map: without it the printout is much smaller", async () => {
    const page = await context.newPage();
    await page.goto(new URL("/charts/map-projects-by-member-state/", siteUrl).href);
    const withMap = (await page.pdf({ format: "A4" })).length;
    await page.evaluate(() => document.querySelector(".map-box")!.remove());
    const withoutMap = (await page.pdf({ format: "A4" })).length;
    expect(withMap - withoutMap).toBeGreaterThan(10_000);
    await page.close();
  });
});

describe("framing", () => {
  it("an embed can be framed by another site, with nothing from another origin and no cookie; a chart's own page cannot", async () => {
    const embed = new URL("/embed/charts/projects-by-start-year/", siteUrl).href;
    const normal = new URL("/charts/projects-by-start-year/", siteUrl).href;
    // Another site: a page on another loopback port (another origin), with no policy of its own, framing both.
    const framer = createServer((_, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end(
        `<!doctype html><html lang="en"><title>Another site</title><iframe title="embed" src="${embed}"></iframe><iframe title="page" src="${normal}"></iframe></html>`,
      );
    });
    await new Promise<void>((resolve) => framer.listen(0, "127.0.0.1", resolve));
    const framerUrl = `http://127.0.0.1:${(framer.address() as AddressInfo).port}/`;
    const framing = await browser.newContext();
    const page = await framing.newPage();
    const messages: string[] = [];
    page.on("console", (message) => messages.push(message.text()));
    const requests: string[] = [];
    page.on("request", (request) => requests.push(request.url()));
    try {
      await page.goto(framerUrl, { waitUntil: "load" });
      const framed = page.frames().find((f) => f.url() === embed);
      expect(
        framed,
        `frames: ${page
          .frames()
          .map((f) => f.url())
          .join(", ")}; console: ${messages.join(" | ")}`,
      ).toBeDefined();
      await framed!.waitForFunction(() => document.querySelector<HTMLElement>("avrr-chart")?.dataset.drawn === "true");
      expect(await framed!.locator("h1").textContent()).toBe("Projects by start year and fund");
      // The chart's own page is refused: its frame holds Chromium's error page, not the page.
      const refused = page.frames().find((f) => f !== page.mainFrame() && f !== framed)!;
      expect(refused.url()).toBe("chrome-error://chromewebdata/");
      expect(await refused.locator("h1").first().textContent()).not.toBe("Projects by start year and fund");
      expect(
        messages.some((m) => m.includes("frame-ancestors")),
        messages.join(" | "),
      ).toBe(true);
      const origins = new Set(requests.map((r) => new URL(r).origin));
      expect([...origins].sort()).toEqual([new URL(framerUrl).origin, new URL(siteUrl).origin].sort());
      expect(await framing.cookies()).toEqual([]);
    } finally {
      await framing.close();
      framer.close();
    }
  });
});
