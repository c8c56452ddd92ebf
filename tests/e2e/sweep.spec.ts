/**
 * The browser sweep, one test per page and check: axe (WCAG 2.0/2.1/2.2 A and AA) with
 * JavaScript on and off; the same content without JavaScript; no request to another origin,
 * console error or cookie. Over every sitemap page of every kind, and a fixed sample of the
 * project and organisation pages, in both languages (pages.ts says which and why); axe also on
 * the 404 pages and pages in a state a shared link gives them. Each page is loaded twice, once
 * with JavaScript and once without, and every check of that page reads those two loads.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { launchBrowser, runAxe, Visitor, type Visit } from "./checks.ts";
import { STATE_PATHS, sweepPaths } from "./pages.ts";

const siteUrl = inject("siteUrl");
const paths = sweepPaths();
let browser: Browser;
let visitor: Visitor;

beforeAll(async () => {
  browser = await launchBrowser();
  visitor = await Visitor.open(browser);
});
afterAll(async () => {
  await visitor?.close();
  await browser?.close();
});

describe.for(paths)("%s", (path) => {
  const url = new URL(path, siteUrl).href;
  let on: Visit;
  let off: Visit;
  beforeAll(async () => {
    // At once, in two renderers: the two cores each run one.
    [on, off] = await Promise.all([visitor.visit(url, true), visitor.visit(url, false)]);
  });

  it("axe finds no WCAG A or AA violation, JavaScript on", () => {
    expect(on.axe).toEqual([]);
  });

  it("axe finds no WCAG A or AA violation, JavaScript off", () => {
    expect(off.axe).toEqual([]);
  });

  it("shows the same content without JavaScript, with one h1", () => {
    expect(off.h1, `${url}: h1 headings without JavaScript`).toBe(1);
    expect(off.text.trim().length, `${url}: main content nearly empty without JavaScript`).toBeGreaterThanOrEqual(100);
    expect(off.text, `${url}: content differs without JavaScript`).toBe(on.text);
  });

  it("requests no other origin, logs no console error, answers 200 for everything and sets no cookie", () => {
    expect([...on.privacy, ...off.privacy]).toEqual([]);
  });
});

describe.for(STATE_PATHS)("%s", (path) => {
  it.for([true, false])("axe finds no WCAG A or AA violation, JavaScript on: %s", async (javascript) => {
    const page = await browser.newPage();
    try {
      expect(await runAxe(page, new URL(path, siteUrl).href, javascript)).toEqual([]);
    } finally {
      await page.close();
    }
  });
});
