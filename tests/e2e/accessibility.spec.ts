/** The sitemap lists every page; keyboard use. (axe on every page: sweep.spec.ts.) */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { dist } from "../build/helpers.ts";
import { launchBrowser, sitemapUrls, waitUntilReady } from "./checks.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls(siteUrl);
});
afterAll(() => browser?.close());

describe("the sitemap", () => {
  it("lists every built page, in every language, except the 404 pages and the embeds (noindex)", () => {
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".html") && !/^(?:[a-z]{2}\/)?404(?:\.html|\/index\.html)$/.test(file) && !/^(?:[a-z]{2}\/)?embed\//.test(file))
      .map((file) => new URL(`/${file.replace(/index\.html$/, "")}`, siteUrl).href)
      .sort();
    expect(pages.length).toBeGreaterThan(2 * readdirSync(new URL("../../content/projects/", import.meta.url)).filter((f) => f.endsWith(".md")).length);
    expect(pages.filter((url) => new URL(url).pathname.startsWith("/it/")).length * 2).toBe(pages.length);
    expect([...urls].sort()).toEqual(pages);
  });
});

describe("keyboard", () => {
  const paths = [
    "/",
    "/projects/",
    "/projects/it-partir-ii/",
    "/funds/return-fund/",
    "/methodology/",
    "/it/projects/it-partir-ii/",
    "/charts/",
    "/compare/?ids=it-partir-ii,sk-rra-phase-ii",
    "/it/search/?q=PARTIR",
    "/data/",
  ];
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });

  it.each(paths)("%s: the first Tab reaches a skip link that moves focus to the main content", async (path) => {
    await page.goto(new URL(path, siteUrl).href);
    await waitUntilReady(page);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute("href") }));
    expect(focused).toEqual({ text: path.startsWith("/it/") ? "Vai al contenuto principale" : "Skip to main content", href: "#main" });
    const visible = await page.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect();
      return rect.top >= 0 && rect.width > 0 && rect.height > 0;
    });
    expect(visible).toBe(true);
    await page.keyboard.press("Enter");
    // Following the link to #main moves the focus: wait for it to get there.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it.each(paths)("%s: Tab reaches every control, each with a visible focus indicator", async (path) => {
    await page.goto(new URL(path, siteUrl).href);
    // The controls the page's scripts add (search results, the comparison, charts) are there.
    await waitUntilReady(page);
    if (new URL(path, siteUrl).searchParams.has("q")) expect(await page.locator("#search-results a").count(), "search results").toBeGreaterThan(0);
    const focusable = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex='-1'])")]
        .filter((el) => !el.hasAttribute("disabled") && el.checkVisibility())
        .map((el, i) => (el.dataset.kbd = String(i))),
    );
    const reached = new Set<string>();
    const withoutIndicator: string[] = [];
    for (let i = 0; i < focusable.length + 5; i++) {
      await page.keyboard.press("Tab");
      const state = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement | null;
        if (!el || el === document.body) return null;
        const style = getComputedStyle(el);
        const indicated = (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== "none";
        return { id: el.dataset.kbd ?? "", indicated, label: `${el.tagName} ${el.textContent?.trim().slice(0, 40)}` };
      });
      if (!state) continue;
      reached.add(state.id);
      if (!state.indicated) withoutIndicator.push(state.label);
    }
    expect(focusable.filter((id) => !reached.has(id))).toEqual([]);
    expect(withoutIndicator).toEqual([]);
  });
});
