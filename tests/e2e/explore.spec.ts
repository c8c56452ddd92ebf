/** /projects/ filters and sort: the state is the URL, a URL restores it, the view downloads as CSV. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { readRecords } from "../build/helpers.ts";
import { launchBrowser } from "./checks.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const siteUrl = inject("siteUrl");
const records = readRecords();
const idsWhere = (test: (r: ProjectData) => boolean) =>
  [...records]
    .filter(([, r]) => test(r))
    .map(([id]) => id)
    .sort();
const visibleIds = (page: Page) => page.$$eval("tbody tr[data-id]:not([hidden])", (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("/projects/ filters", () => {
  it("?member_state=MT shows exactly the Maltese records, and says how many", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/?member_state=MT", siteUrl).href);
    expect((await visibleIds(page)).sort()).toEqual(idsWhere((r) => r.member_state === "MT"));
    expect(await page.locator("select[name=member_state]").inputValue()).toBe("MT");
    const all = readRecords().size;
    expect(await page.locator("#filter-count").textContent()).toMatch(
      new RegExp(`^Showing ${idsWhere((r) => r.member_state === "MT").length} of ${all} projects`),
    );
    expect(await page.locator("table caption").textContent()).toBe("Projects matching the filters and order chosen above");
    await Promise.all([page.waitForURL(new URL("/projects/", siteUrl).href), page.click("text=Clear filters")]);
    expect(await page.locator("table caption").textContent()).toBe(`All ${all} projects, newest first`);
    await page.close();
  });

  it("?element=monitoring shows exactly the records whose sources describe monitoring, combined with other filters", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/?element=monitoring&member_state=IT", siteUrl).href);
    const expected = idsWhere((r) => (r.elements ?? []).includes("monitoring") && r.member_state === "IT");
    expect(expected).toEqual(["it-partir-ii", "it-rivolare-in-rete"]);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(await page.locator("select[name=element]").inputValue()).toBe("monitoring");
    await page.selectOption("select[name=member_state]", "");
    expect((await visibleIds(page)).sort()).toEqual(idsWhere((r) => (r.elements ?? []).includes("monitoring")));
    await page.close();
  });

  it("changing a filter changes the rows and the URL; Back restores the previous view", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/it/projects/", siteUrl).href);
    expect(await visibleIds(page)).toHaveLength(records.size);
    await page.selectOption("select[name=fund]", "return-fund");
    await page.check("input[name=has_budget]");
    expect(new URL(page.url()).search).toBe("?fund=return-fund&has_budget=1");
    expect((await visibleIds(page)).sort()).toEqual(idsWhere((r) => r.fund === "return-fund" && r.budget?.total !== undefined));
    await page.goBack();
    // The page's popstate handler restores the form, then the rows, in one go: wait for it.
    await page.locator("input[name=has_budget]:not(:checked)").waitFor({ state: "attached" });
    expect(new URL(page.url()).search).toBe("?fund=return-fund");
    expect(await page.locator("input[name=has_budget]").isChecked()).toBe(false);
    expect((await visibleIds(page)).sort()).toEqual(idsWhere((r) => r.fund === "return-fund"));
    await page.close();
  });

  it("a URL with filters and a sort restores both; amounts sort within their currency; missing values come last", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/?has_results=1&sort=returned", siteUrl).href);
    expect(await page.locator("select[name=sort]").inputValue()).toBe("returned");
    const ids = await visibleIds(page);
    expect([...ids].sort()).toEqual(idsWhere((r) => Object.keys(r.results ?? {}).length > 0));
    const returned = ids.map((id) => records.get(id)!.results?.returned);
    const reported = returned.filter((n) => n !== undefined);
    expect(reported).toEqual([...reported].sort((a, b) => b - a));
    expect(returned.slice(reported.length).every((n) => n === undefined)).toBe(true);
    await page.goto(new URL("/projects/?sort=total", siteUrl).href);
    const totals = (
      await page.$$eval("tbody tr[data-id]", (rows) => rows.map((r) => `${(r as HTMLElement).dataset.currency}|${(r as HTMLElement).dataset.total}`))
    )
      .filter((t) => t !== "|")
      .map((t) => t.split("|") as [string, string]);
    for (let i = 1; i < totals.length; i++) {
      const [c0, v0] = totals[i - 1]!;
      const [c1, v1] = totals[i]!;
      expect(c0 < c1 || (c0 === c1 && Number(v0) >= Number(v1)), `${c0} ${v0} before ${c1} ${v1}`).toBe(true);
    }
    await page.close();
  });

  it("a value the filters do not offer is ignored rather than hiding everything", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/?member_state=XX", siteUrl).href);
    expect(await visibleIds(page)).toHaveLength(records.size);
    await page.close();
  });

  it("the current view downloads as CSV: the rows of projects.csv that are shown, in order", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await page.goto(new URL("/projects/?member_state=IT&sort=start", siteUrl).href);
    const shown = await visibleIds(page);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-view")]);
    const text = readFileSync((await download.path())!, "utf8");
    const published = await (await fetch(new URL("/data/projects.csv", siteUrl))).text();
    expect(text.split("\r\n")[0]).toBe(published.split("\r\n")[0]);
    const rows = parseCsv(text);
    expect(rows.map((r) => r.id)).toEqual(shown);
    const all = new Map(parseCsv(published).map((r) => [r.id, r]));
    for (const row of rows) expect(row).toEqual(all.get(row.id!));
    await context.close();
  });

  it("ticking projects in the list builds the comparison link, at most six", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/projects/?member_state=IT", siteUrl).href);
    const boxes = page.locator("tbody tr:not([hidden]) input.pick");
    const italian = idsWhere((r) => r.member_state === "IT").length;
    expect(await boxes.count()).toBe(italian);
    await page.check("input.pick[value='it-partir-ii']");
    await page.check("input.pick[value='it-partir-i']");
    const link = page.locator("#compare-selected");
    expect(await link.getAttribute("href")).toBe("/compare/?ids=it-partir-ii,it-partir-i");
    expect(await link.textContent()).toBe("Compare the 2 selected projects");
    // Tick more, in table order: the seventh and later cannot be ticked.
    for (const id of await boxes.evaluateAll((inputs) => inputs.map((i) => (i as HTMLInputElement).value))) {
      const box = page.locator(`input.pick[value='${id}']`);
      if ((await box.isEnabled()) && !(await box.isChecked())) await box.check();
    }
    expect(await page.locator("input.pick:checked").count()).toBe(6);
    expect(await page.locator("tbody tr:not([hidden]) input.pick:disabled").count()).toBe(italian - 6);
    expect((await link.getAttribute("href"))!.split("=")[1]!.split(",")).toHaveLength(6);
    await link.click();
    await page.waitForSelector("#compare-table th[data-id]");
    const columns = await page.$$eval("#compare-table thead th[data-id]", (ths) => ths.map((th) => (th as HTMLElement).dataset.id));
    expect(columns).toHaveLength(6);
    expect(columns.slice(0, 2)).toEqual(["it-partir-ii", "it-partir-i"]);
    await page.close();
  });
});
