/** axe (WCAG 2.0/2.1/2.2 A and AA) on every sitemap URL with JavaScript on and off; keyboard use. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readdirSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { dist } from "../build/helpers.ts";
import { launchBrowser, runAxe, sitemapUrls } from "./checks.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let urls: string[];

beforeAll(async () => {
  browser = await launchBrowser();
  urls = await sitemapUrls(siteUrl);
});
afterAll(() => browser?.close());

describe("the sitemap", () => {
  it("lists every built page, in every language, except the 404 pages", () => {
    const pages = readdirSync(dist, { recursive: true })
      .map(String)
      .filter((file) => file.endsWith(".html") && !/^(?:[a-z]{2}\/)?404(?:\.html|\/index\.html)$/.test(file))
      .map((file) => new URL(`/${file.replace(/index\.html$/, "")}`, siteUrl).href)
      .sort();
    expect(pages.length).toBeGreaterThan(2 * readdirSync(new URL("../../content/projects/", import.meta.url)).filter((f) => f.endsWith(".md")).length);
    expect(pages.filter((url) => new URL(url).pathname.startsWith("/it/")).length * 2).toBe(pages.length);
    expect([...urls].sort()).toEqual(pages);
  });
});

describe("axe finds no WCAG A or AA violation", () => {
  for (const javascript of [true, false]) {
    it(`on every sitemap URL, the 404 pages and shared-link states, JavaScript ${javascript ? "on" : "off"}`, async () => {
      const page = await browser.newPage();
      const violations: string[] = [];
      // Plus the 404 pages and pages in a state a shared link gives them (filters, a search, a comparison).
      const stateful = ["/no-such-page/", "/it/no-such-page/", "/projects/?member_state=MT&sort=total", "/search/?q=PARTIR", "/it/compare/?ids=it-partir-ii,hu-oin-psychosocial-balassagyarmat-ii"];
      for (const url of [...urls, ...stateful.map((path) => new URL(path, siteUrl).href)]) violations.push(...(await runAxe(page, url, javascript)));
      await page.close();
      expect(violations).toEqual([]);
      // About two seconds a page: every record has two pages, and there are 150 records now.
    }, 1_800_000);
  }
});

describe("keyboard", () => {
  const paths = ["/", "/projects/", "/projects/it-partir-ii/", "/funds/return-fund/", "/methodology/", "/it/projects/it-partir-ii/", "/charts/", "/compare/?ids=it-partir-ii,sk-rra-phase-ii", "/it/search/?q=PARTIR", "/data/"];
  let page: Page;
  beforeAll(async () => {
    page = await browser.newPage();
  });

  it.each(paths)("%s: the first Tab reaches a skip link that moves focus to the main content", async (path) => {
    await page.goto(new URL(path, siteUrl).href);
    await page.keyboard.press("Tab");
    const focused = await page.evaluate(() => ({ text: document.activeElement?.textContent?.trim(), href: document.activeElement?.getAttribute("href") }));
    expect(focused).toEqual({ text: path.startsWith("/it/") ? "Vai al contenuto principale" : "Skip to main content", href: "#main" });
    const visible = await page.evaluate(() => {
      const rect = document.activeElement!.getBoundingClientRect();
      return rect.top >= 0 && rect.width > 0 && rect.height > 0;
    });
    expect(visible).toBe(true);
    await page.keyboard.press("Enter");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
  });

  it.each(paths)("%s: Tab reaches every control, each with a visible focus indicator", async (path) => {
    await page.goto(new URL(path, siteUrl).href);
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
