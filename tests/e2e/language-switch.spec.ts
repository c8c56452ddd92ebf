/**
 * The link to the other language keeps what the reader was doing: the query (filters, sort,
 * compared ids, search words) and the fragment, on every page that keeps state in its address.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

const languageLink = (name: string) => page.locator(`nav.language a[data-language-link]`, { hasText: name });
const open = (path: string) => page.goto(new URL(path, siteUrl).href);

describe("the language link keeps the reader's state", () => {
  it("on /projects/?member_state=DE&sort=total, “Italiano” leads to /it/projects/?member_state=DE&sort=total, with the same view", async () => {
    await open("/projects/?member_state=DE&sort=total");
    expect(await languageLink("Italiano").getAttribute("href")).toBe("/it/projects/?member_state=DE&sort=total");
    await Promise.all([page.waitForURL(new URL("/it/projects/?member_state=DE&sort=total", siteUrl).href), languageLink("Italiano").click()]);
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    expect(await page.locator("select[name=member_state]").inputValue()).toBe("DE");
    expect(await page.locator("select[name=sort]").inputValue()).toBe("total");
    expect(await languageLink("English").getAttribute("href")).toBe("/projects/?member_state=DE&sort=total");
  });

  it("follows a filter changed on the page, and Back", async () => {
    await open("/projects/");
    expect(await languageLink("Italiano").getAttribute("href")).toBe("/it/projects/");
    await page.selectOption("select[name=fund]", "return-fund");
    expect(await languageLink("Italiano").getAttribute("href")).toBe("/it/projects/?fund=return-fund");
    await page.goBack();
    await page.waitForURL(new URL("/projects/", siteUrl).href);
    expect(await languageLink("Italiano").getAttribute("href")).toBe("/it/projects/");
  });

  it.each([
    ["/compare/?ids=it-partir-ii,sk-rra-phase-ii", "Italiano", "/it/compare/?ids=it-partir-ii,sk-rra-phase-ii"],
    ["/projects/page/2/", "Italiano", "/it/projects/page/2/"],
    ["/it/projects/page/2/?q=avrrl", "English", "/projects/page/2/?q=avrrl"],
    ["/it/search/?q=Kosovo", "English", "/search/?q=Kosovo"],
    ["/charts/cost-per-person-returned/#table", "Italiano", "/it/charts/cost-per-person-returned/#table"],
    ["/it/charts/map-countries-of-return/#sources", "English", "/charts/map-countries-of-return/#sources"],
  ])("%s: “%s” leads to %s", async (path, name, href) => {
    await open(path);
    expect(await languageLink(name).getAttribute("href")).toBe(href);
  });

  it("a project page, which has no JavaScript and no state, links to the same page in the other language", async () => {
    await open("/projects/it-partir-ii/");
    expect(await languageLink("Italiano").getAttribute("href")).toBe("/it/projects/it-partir-ii/");
  });
});
