/**
 * Nothing moves when the page scripts run. The pages whose scripts draw what the address asks
 * for (the project list with its filters and totals, the search results, a comparison) are
 * drawn from the first paint as the scripts will leave them: the JavaScript and no-JavaScript
 * states are chosen by the browser (the `scripting` media feature, site.css), and a comparison
 * or search given in the address has its room kept from the start (address-state.js).
 *
 * Every layout shift of the load is gathered by a PerformanceObserver installed before the
 * page's own code, and read once the page's script has said it is done (`data-ready` on
 * <html>, src/scripts/page-ready.ts) and the browser has drawn the frame after: the sum of all
 * shifts not caused by the reader (stricter than the cumulative layout shift of Lighthouse,
 * which keeps only the worst window) must stay under 0.05.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
const PATHS = [
  "/projects/",
  "/it/projects/",
  "/projects/page/2/",
  // A filter and a chart's value given in the address: drawn from the list's index, the pager hidden and the chart's note kept from the first paint.
  "/projects/?member_state=IT&sort=total",
  "/it/projects/?chart=projects-by-start-year/2012",
  "/search/?q=reintegration",
  "/compare/?ids=it-partir-ii,sk-rra-phase-ii",
  "/compare/",
];
const SIZES = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

declare global {
  interface Window {
    layoutShifts?: () => { total: number; sources: string[] };
  }
}

let browser: Browser;
const contexts = new Map<string, BrowserContext>();
beforeAll(async () => {
  browser = await launchBrowser();
  for (const size of SIZES) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    await context.addInitScript(() => {
      const shifts: { value: number; sources: string[] }[] = [];
      const describe = (node: Node | null) =>
        node instanceof Element
          ? `${node.tagName.toLowerCase()}${node.id ? `#${node.id}` : ""}${node.className ? `.${String(node.className).split(" ").join(".")}` : ""}`
          : String(node?.nodeName);
      const take = (entries: PerformanceEntry[]) => {
        for (const entry of entries as (PerformanceEntry & { value: number; hadRecentInput: boolean; sources: { node: Node | null }[] })[]) {
          if (!entry.hadRecentInput) shifts.push({ value: entry.value, sources: entry.sources.map((s) => describe(s.node)) });
        }
      };
      const observer = new PerformanceObserver((list) => take(list.getEntries()));
      observer.observe({ type: "layout-shift", buffered: true });
      window.layoutShifts = () => {
        take(observer.takeRecords());
        return {
          total: shifts.reduce((sum, s) => sum + s.value, 0),
          sources: shifts.flatMap((s) => s.sources.map((source) => `${s.value.toFixed(4)} ${source}`)),
        };
      };
    });
    contexts.set(size.name, context);
  }
});
afterAll(async () => {
  for (const context of contexts.values()) await context.close();
  await browser?.close();
});

/** The layout shifts of loading `path`, once its script is done and the frame after it is drawn. */
async function shiftsOf(page: Page, path: string) {
  await page.goto(new URL(path, siteUrl).href, { waitUntil: "load" });
  await page.waitForSelector("html[data-ready]", { state: "attached" });
  return page.evaluate(async () => {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return window.layoutShifts!();
  });
}

describe("layout shift while the page scripts run", () => {
  for (const size of SIZES) {
    for (const path of PATHS) {
      it(`${path} at ${size.width} × ${size.height}: the shifts add up to less than 0.05`, async () => {
        const page = await contexts.get(size.name)!.newPage();
        const shifts = await shiftsOf(page, path);
        expect(shifts.total, shifts.sources.join("\n")).toBeLessThan(0.05);
        // The script's work is on the page: the rows it counts, the results, the comparison.
        if (path.startsWith("/search/")) expect(await page.locator("#search-results li").count()).toBeGreaterThan(0);
        if (path.includes("ids=")) expect(await page.locator("#compare-table th[data-id]").count()).toBe(2);
        if (path.includes("/projects/")) {
          const rows = await page.locator("tbody tr[data-id]").count();
          expect(rows).toBeGreaterThan(0);
          expect(await page.locator("#filter-count").textContent()).toMatch(new RegExp(`\\b${rows}\\b`));
        }
        if (path.includes("chart=")) expect(await page.locator("#chart-filter a").textContent()).not.toBe("");
        await page.close();
      });
    }
  }
});
