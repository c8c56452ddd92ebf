/**
 * Pages fit any screen, and the first screen holds what a reader came for. At 390 px (a phone)
 * and 1280 px (a desktop), one page of every kind in both languages, and the sampled project and
 * organisation pages of pages.ts: the page never scrolls sideways as a whole, and a table wider
 * than the screen sits in a keyboard-reachable scroll region that reaches its last column. The
 * navigation folds into a menu on a phone and opens without JavaScript; the search form in the
 * header works without JavaScript; the footer's links are apart. PARTIR II shows its total cost,
 * EU contribution and people returned on the first screen of a desktop, within the first two of
 * a phone.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { launchBrowser, waitUntilReady } from "./checks.ts";
import { SAMPLE_ORGANISATIONS, SAMPLE_PROJECTS, sitemapPaths } from "./pages.ts";

const siteUrl = inject("siteUrl");
const WIDTHS = [
  { name: "phone", width: 390, height: 844 },
  { name: "desktop", width: 1280, height: 900 },
] as const;

/** `projects/*`, `countries`, `home`: what kind of page a path is, whatever its language. */
const kindOf = (path: string) => {
  const parts = path
    .replace(/^\/it\//, "/")
    .split("/")
    .filter(Boolean);
  return parts.length === 0 ? "home" : parts.length === 1 ? parts[0]! : `${parts[0]}/*`;
};

/** One page of every kind in each language, the samples of pages.ts (in English, PARTIR II in both), and pages in the state a shared link gives them. */
function layoutPaths(): string[] {
  const first = new Map<string, string>();
  for (const path of sitemapPaths()) {
    const key = `${path.startsWith("/it/") ? "it" : "en"} ${kindOf(path)}`;
    if (!first.has(key) && !/^(projects|organisations)\/\*$/.test(kindOf(path))) first.set(key, path);
  }
  return [
    ...first.values(),
    ...Object.keys(SAMPLE_PROJECTS).map((id) => `/projects/${id}/`),
    "/it/projects/it-partir-ii/",
    ...Object.keys(SAMPLE_ORGANISATIONS).map((id) => `/organisations/${id}/`),
    "/it/organisations/iom/",
    "/search/?q=kosovo",
    "/compare/?ids=it-partir-ii,sk-rra-phase-ii,nl-post-arrival-assistance",
  ];
}

let browser: Browser;
const contexts: BrowserContext[] = [];
const pages: Page[] = [];
beforeAll(async () => {
  browser = await launchBrowser();
  for (const size of WIDTHS) {
    const context = await browser.newContext({ viewport: { width: size.width, height: size.height } });
    contexts.push(context);
    pages.push(await context.newPage());
  }
});
afterAll(async () => {
  for (const context of contexts) await context.close();
  await browser?.close();
});

interface Fit {
  scrollWidth: number;
  innerWidth: number;
  /** Tables wider than their box whose box is no keyboard-reachable scroll region, or does not reach their last column. */
  unreachable: string[];
  tables: number;
}

/** How the page fits the screen. */
function measure(page: Page): Promise<Fit> {
  return page.evaluate(() => {
    const unreachable: string[] = [];
    const tables = [...document.querySelectorAll("table")];
    for (const table of tables) {
      const name = table.id || table.querySelector("caption")?.textContent?.trim().slice(0, 40) || "table";
      const tableBox = table.getBoundingClientRect();
      if (tableBox.width === 0) continue;
      // The nearest ancestor that clips or scrolls sideways.
      let box: HTMLElement | null = table.parentElement;
      while (box && box !== document.body && !/(auto|scroll|hidden|clip)/.test(getComputedStyle(box).overflowX)) box = box.parentElement;
      if (!box || box === document.body) {
        if (tableBox.right > innerWidth + 1 || tableBox.left < -1) unreachable.push(`${name}: wider than the screen, no scroll region`);
        continue;
      }
      if (table.scrollWidth <= box.clientWidth + 1) continue;
      const style = getComputedStyle(box);
      if (!/(auto|scroll)/.test(style.overflowX)) unreachable.push(`${name}: cut off by overflow ${style.overflowX}`);
      else if (box.tabIndex < 0) unreachable.push(`${name}: scroll region not reachable by keyboard`);
      else if (box.scrollWidth < table.scrollWidth) unreachable.push(`${name}: scroll region does not reach the last column`);
      else if (box.getBoundingClientRect().right > innerWidth + 1) unreachable.push(`${name}: scroll region wider than the screen`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, innerWidth, unreachable, tables: tables.length };
  });
}

describe.for(layoutPaths())("%s", (path) => {
  it("does not scroll sideways at 390 or 1280 px, and every table column can be reached", async () => {
    const fits = await Promise.all(
      pages.map(async (page) => {
        await page.goto(new URL(path, siteUrl).href);
        await waitUntilReady(page);
        return measure(page);
      }),
    );
    fits.forEach((fit, i) => {
      const label = `${path} at ${WIDTHS[i]!.width} px`;
      expect(fit.scrollWidth, `${label}: page wider than the screen`).toBeLessThanOrEqual(fit.innerWidth);
      expect(fit.unreachable, label).toEqual([]);
    });
  });
});

describe("what the first screen shows", () => {
  it.for([
    ["/projects/it-partir-ii/", ["€1,400,000", "€1,050,000", "208"]],
    ["/it/projects/it-partir-ii/", ["1.400.000\u00a0€", "1.050.000\u00a0€", "208"]],
  ] as const)("%s: total cost, EU contribution and people returned on the first screen at 1280 × 900, within two at 390 × 844", async ([path, texts]) => {
    for (const [i, size] of WIDTHS.entries()) {
      const page = pages[i]!;
      await page.goto(new URL(path, siteUrl).href);
      const boxes = await page.evaluate(() =>
        ["total", "euAmount", "result.returned"].map((figure) => {
          const el = document.querySelector<HTMLElement>(`.key-facts [data-figure="${figure}"]`)!;
          const box = el.getBoundingClientRect();
          return { text: el.textContent!.trim(), bottom: box.bottom + scrollY, visible: box.width > 0 && box.height > 0 };
        }),
      );
      expect(boxes.map((b) => b.text)).toEqual(texts);
      const screens = size.name === "desktop" ? 1 : 2;
      for (const box of boxes) {
        expect(box.visible).toBe(true);
        expect(box.bottom, `${box.text} at ${size.width} px`).toBeLessThanOrEqual(screens * size.height);
      }
    }
  });
});

describe("the header and footer, without JavaScript", () => {
  let context: BrowserContext;
  beforeAll(async () => {
    context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 390, height: 844 } });
  });
  afterAll(() => context?.close());

  it("folds the navigation into a menu on a phone, which opens and closes without JavaScript; on a desktop the navigation is shown as it is", async () => {
    const page = await context.newPage();
    await page.goto(new URL("/it/funds/", siteUrl).href);
    const menu = page.locator(".site-header summary");
    const link = page.getByRole("link", { name: "Grafici" });
    expect(await menu.isVisible()).toBe(true);
    expect(await link.isVisible()).toBe(false);
    await menu.click();
    await link.waitFor({ state: "visible" });
    expect(await page.locator('.site-nav a[aria-current="page"]').textContent()).toBe("Per fondo");
    await menu.click();
    await link.waitFor({ state: "hidden" });
    await page.setViewportSize({ width: 1280, height: 900 });
    await link.waitFor({ state: "visible" });
    expect(await menu.isVisible()).toBe(false);
    await page.close();
  });

  it.for([
    ["/funds/", "/search/"],
    ["/it/projects/it-partir-ii/", "/it/search/"],
  ] as const)("%s: the header's search form sends the words to %s?q=", async ([path, target]) => {
    const page = await context.newPage();
    await page.goto(new URL(path, siteUrl).href);
    const field = page.getByRole("searchbox", { name: path.startsWith("/it/") ? "Cerca nei progetti" : "Search the projects" }).first();
    await field.fill("kosovo");
    await Promise.all([page.waitForURL((url) => url.pathname === target), field.press("Enter")]);
    expect(new URL(page.url()).search).toBe("?q=kosovo");
    await page.close();
  });

  it("keeps the footer's links apart: one item, one line each", async () => {
    const page = await context.newPage();
    await page.goto(new URL("/", siteUrl).href);
    const footer = await page.evaluate(() => {
      const nav = document.querySelector(".site-footer nav")!;
      return {
        lines: (nav as HTMLElement).innerText.split("\n").filter((line) => line.trim()),
        links: [...nav.querySelectorAll("a")].map((a) => a.textContent!.trim()),
      };
    });
    expect(footer.links).toContain("About this site: who publishes it and why");
    expect(footer.lines).toEqual(footer.links);
    await page.close();
  });
});
