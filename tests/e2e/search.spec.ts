/** Full-text search (Pagefind) in both languages: the query is the URL, every record can be found by its title. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readRecords } from "../build/helpers.ts";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
const titles = new Map([...readRecords()].map(([id, record]) => [id, record.title]));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Waits until the search has answered, and returns the result links in order. */
async function results(page: Page): Promise<string[]> {
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return status !== "" && !status.endsWith("…");
  });
  return page.$$eval("#search-results a", (links) => links.map((a) => a.getAttribute("href")!));
}

describe("search", () => {
  it("/search/?q=PARTIR lists PARTIR II first, in English and in Italian, linking to the page in the reader's language", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/search/?q=PARTIR", siteUrl).href);
    const english = await results(page);
    expect(english[0]).toBe("/projects/it-partir-ii/");
    expect(english).toEqual(expect.arrayContaining(["/projects/it-partir-i/", "/projects/it-partir-3/"]));
    expect(await page.locator("#q").inputValue()).toBe("PARTIR");
    await page.goto(new URL("/it/search/?q=PARTIR", siteUrl).href);
    const italian = await results(page);
    expect(italian[0]).toBe("/it/projects/it-partir-ii/");
    expect(italian.every((href) => href.startsWith("/it/projects/"))).toBe(true);
    await page.close();
  });

  it("a new search updates the results and the URL", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/search/", siteUrl).href);
    await page.fill("#q", "Malta");
    await page.press("#q", "Enter");
    const found = await results(page);
    expect(new URL(page.url()).search).toBe("?q=Malta");
    expect(found.filter((href) => href.startsWith("/projects/mt-")).length).toBeGreaterThanOrEqual(5);
    // Excerpts keep a fact's name apart from its value ("Managing organisation IOM Malta", not "organisationIOM").
    const excerpts = await page.$$eval("#search-results p", (ps) => ps.map((p) => p.textContent!));
    expect(excerpts.some((e) => e.includes("Managing organisation IOM Malta"))).toBe(true);
    expect(excerpts.filter((e) => /Managing organisation\S/.test(e))).toEqual([]);
    await page.close();
  });

  describe("finds every record by its exact title, first", () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
      await page.goto(new URL("/search/", siteUrl).href);
    });
    afterAll(() => page?.close());

    it.for([...titles.keys()])("%s", async (id) => {
      const title = titles.get(id)!;
      await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
      await page.fill("#q", title);
      await page.press("#q", "Enter");
      const found = await results(page);
      expect(found[0], `"${title}" gave ${found.slice(0, 3).join(", ") || "nothing"}`).toBe(`/projects/${id}/`);
    });
  });
});
