/** /compare/: projects side by side from the URL, with warnings where a measure cannot be compared. */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function open(page: Page, query: string) {
  await page.goto(new URL(`/compare/${query}`, siteUrl).href);
  await page.waitForSelector("#compare-table th[data-id]");
  return {
    columns: await page.$$eval("#compare-table thead th[data-id]", (ths) => ths.map((th) => (th as HTMLElement).dataset.id!)),
    warnings: await page.$$eval("#compare-warnings li", (lis) => lis.map((li) => li.textContent!)),
    cell: (measure: string) => page.$$eval(`#compare-table tr[data-measure="${measure}"] td`, (tds) => tds.map((td) => td.textContent!)),
  };
}

describe("/compare/", () => {
  it("shows three projects side by side with their measures, and no currency warning when all are in euro", async () => {
    const page = await browser.newPage();
    const view = await open(page, "?ids=it-partir-ii,nl-post-arrival-assistance,sk-rra-phase-ii");
    expect(view.columns).toEqual(["it-partir-ii", "nl-post-arrival-assistance", "sk-rra-phase-ii"]);
    // Written exactly as on the project pages (src/lib/present): no decimals where an amount has no cents.
    expect(await view.cell("total")).toEqual(["€1,400,000", "€386,954", "€276,730"]);
    expect(await view.cell("euRate")).toEqual(["75%", "50%", "75%"]);
    expect(await view.cell("returned")).toEqual(["208", "137", "100"]);
    expect(await view.cell("costPerReturned")).toEqual(["€6,730.77 (calculated)", expect.stringMatching(/^€2,824\.48/), expect.stringMatching(/^€2,767\.30/)]);
    expect(view.warnings.some((w) => w.includes("different currencies"))).toBe(false);
    // The picker below has the three ticked, ready for one more.
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    expect(await page.$$eval("#compare-form input:checked", (inputs) => inputs.map((i) => (i as HTMLInputElement).value))).toEqual(
      expect.arrayContaining(["it-partir-ii", "nl-post-arrival-assistance", "sk-rra-phase-ii"]),
    );
    await page.close();
  });

  it("adding a forint record warns that the currencies differ, in both languages", async () => {
    const page = await browser.newPage();
    const view = await open(page, "?ids=it-partir-ii,nl-post-arrival-assistance,sk-rra-phase-ii,hu-oin-psychosocial-balassagyarmat-ii");
    expect(view.columns).toHaveLength(4);
    expect(view.warnings).toContainEqual("The amounts are in different currencies (EUR and HUF): compare them only with a dated exchange rate.");
    // Measures missing on one side are named together, in one warning.
    expect(view.warnings.filter((w) => w.startsWith("Reported for some of these projects only"))).toEqual([
      expect.stringMatching(
        /^Reported for some of these projects only \(a missing figure is not a zero\): Total cost, Funding awarded \(total cost not stated\), EU co-financing rate, /,
      ),
    ]);
    await page.goto(new URL("/it/compare/?ids=it-partir-ii&ids=hu-oin-psychosocial-balassagyarmat-ii", siteUrl).href);
    await page.waitForSelector("#compare-table th[data-id]");
    expect(await page.$$eval("#compare-warnings li", (lis) => lis.map((li) => li.textContent!))).toContainEqual(
      "Gli importi sono in valute diverse (EUR e HUF): confrontali solo applicando un tasso di cambio a una data precisa.",
    );
    await page.close();
  });

  it("names an unknown id and a count outside two to six", async () => {
    const page = await browser.newPage();
    const view = await open(page, "?ids=it-partir-ii,no-such-record");
    expect(view.columns).toEqual(["it-partir-ii"]);
    expect(view.warnings).toEqual(expect.arrayContaining(["There is no project with the id “no-such-record”."]));
    await page.close();
  });

  it("without JavaScript, explains how to build the address and takes the ids in one text field, whatever the size of the register", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(new URL("/compare/", siteUrl).href);
    expect(await page.locator("#compare-no-js").isVisible()).toBe(true);
    expect(await page.locator("#compare-form input[name=ids]").count()).toBe(1);
    expect(await page.locator("#compare-form a[href='/projects/']").isVisible()).toBe(true);
    await page.getByLabel("Record ids, separated by commas").fill("it-partir-ii, sk-rra-phase-ii");
    await Promise.all([page.waitForURL(/\/compare\/\?ids=/), page.click("#compare-form .picker-bar button")]);
    expect(new URL(page.url()).searchParams.get("ids")).toBe("it-partir-ii, sk-rra-phase-ii");
    await context.close();
    // With JavaScript, the same address compares the two.
    const view = await open(await browser.newPage(), `?ids=${encodeURIComponent("it-partir-ii, sk-rra-phase-ii")}`);
    expect(view.columns).toEqual(["it-partir-ii", "sk-rra-phase-ii"]);
  });

  it("downloads the comparison as CSV: one row per measure, one column per project, numbers as numbers", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    await open(page, "?ids=it-partir-ii,sk-rra-phase-ii");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#compare-download")]);
    const { readFileSync } = await import("node:fs");
    const lines = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    expect(lines[0]).toBe("measure,it-partir-ii,sk-rra-phase-ii");
    expect(lines).toContain("total,1400000,276730");
    expect(lines).toContain("returned,208,100");
    expect(lines).toContain("memberState,IT,SK");
    await context.close();
  });

  it("writes figures, percentages and the EU as the Italian project pages do", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/it/compare/?ids=it-partir-ii,eu-enhancing-avr-standards-2006-2010", siteUrl).href);
    await page.waitForSelector("#compare-table th[data-id]");
    const cell = (measure: string) => page.$$eval(`#compare-table tr[data-measure="${measure}"] td`, (tds) => tds.map((td) => td.textContent!));
    expect((await cell("total"))[0]).toBe("1.400.000\u00a0€");
    expect((await cell("euRate"))[0]).toBe("75\u00a0%");
    expect((await cell("memberState"))[1]).toBe("Unione europea");
    // The same texts as the Italian project page's key facts.
    await page.goto(new URL("/it/projects/it-partir-ii/", siteUrl).href);
    const money = await page.$$eval(".key-facts .num", (els) => els.map((el) => el.textContent!));
    expect(money).toEqual(expect.arrayContaining(["1.400.000\u00a0€", "75\u00a0%"]));
    await page.close();
  });

  it("neutralises a cell starting with =, +, - or @ in its CSV, as the published CSV files do", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // A fixture record with a formula for a title and a managing organisation, served in place of a real one.
    const real = (await (await fetch(new URL("/projects/it-partir-ii.json", siteUrl))).json()) as { record: Record<string, unknown> };
    const fixture = {
      ...real,
      record: { ...real.record, acronym: undefined, title: '=HYPERLINK("https://example.invalid","x")', managing_entity: "@SUM(A1:A9)" },
    };
    await page.route("**/projects/it-partir-ii.json", (route) => route.fulfill({ contentType: "application/json", body: JSON.stringify(fixture) }));
    await open(page, "?ids=it-partir-ii,sk-rra-phase-ii");
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#compare-download")]);
    const { readFileSync } = await import("node:fs");
    const rows = readFileSync((await download.path())!, "utf8")
      .trimEnd()
      .split("\r\n");
    // An apostrophe in front, as every published CSV does (src/lib/export/csv.ts), so that no spreadsheet runs it.
    expect(rows[1]).toMatch(/^project,"'=HYPERLINK\(""https:\/\/example\.invalid"",""x""\)",/);
    expect(rows.find((r) => r.startsWith("managingEntity,"))).toMatch(/^managingEntity,'@SUM\(A1:A9\),/);
    // Numbers are never guarded.
    expect(rows).toContain("total,1400000,276730");
    await context.close();
  });
  it("the picker narrows to the projects whose title, acronym, member state or organisations match, and a bar that stays in view counts the ticked ones", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(new URL("/compare/", siteUrl).href);
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    // The list of projects is fetched only when the reader looks for one.
    expect(await page.locator("#compare-form li").count()).toBe(0);
    expect(fetched).not.toContain("/projects/list.json");
    const all = ((await (await fetch(new URL("/data/projects.json", siteUrl))).json()) as unknown[]).length;
    await page.fill("#compare-find", "partir");
    await page.locator("#compare-find-count:not(:empty)").waitFor();
    const shown = await page.$$eval("#compare-form li:not([hidden]) input", (inputs) => inputs.map((i) => (i as HTMLInputElement).value).sort());
    expect(shown).toEqual(["it-partir-3", "it-partir-i", "it-partir-ii"]);
    expect(await page.locator("#compare-find-count").textContent()).toBe(`3 of ${all} projects listed`);
    // Each project's dates and total as its page writes them.
    const partir = page.locator("#compare-form li", { has: page.locator("input[value='it-partir-ii']") });
    expect(await partir.locator(".pick-facts").textContent()).toBe("1 July 2010 – 30 June 2011 · €1,400,000");
    await page.check("input[value='it-partir-ii']");
    await page.check("input[value='it-partir-i']");
    await page.fill("#compare-find", "");
    // The ticked ones stay listed, in the order ticked.
    await expect.poll(() => page.locator("#compare-form li").count()).toBe(2);
    // Far down the list, the bar is still on the screen, with what is ticked and the button.
    await page.locator("#compare-form li").last().scrollIntoViewIfNeeded();
    const bar = await page.locator("#compare-form .picker-bar").boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(900);
    expect(await page.locator("#compare-picked").textContent()).toBe(
      "Selected for comparison (2 of at most 6): PARTIR II: Assisted voluntary return for migrants living in vulnerable conditions; PARTIR I",
    );
    await page.click("#compare-form .picker-bar button");
    await page.waitForSelector("#compare-table th[data-id]");
    expect(new URL(page.url()).search).toBe("?ids=it-partir-ii&ids=it-partir-i");
    await context.close();
  });
});

describe("/compare/ picker", () => {
  it("lists at most twenty matches and says how many there are; a ticked project stays listed when the words change", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/compare/", siteUrl).href);
    await page.fill("#compare-find", "return");
    await page.locator("#compare-find-count:not(:empty)").waitFor();
    const count = await page.locator("#compare-find-count").textContent();
    const matching = Number(/^(\d+) projects match; the first 20 are listed/.exec(count ?? "")?.[1]);
    expect(matching, count ?? "").toBeGreaterThan(20);
    expect(await page.locator("#compare-form li").count()).toBe(20);
    const first = await page.locator("#compare-form li input").first().getAttribute("value");
    await page.locator("#compare-form li input").first().check();
    await page.fill("#compare-find", "partir");
    await expect.poll(() => page.locator("#compare-find-count").textContent()).toMatch(/^3 of /);
    const listed = await page.$$eval("#compare-form li input", (inputs) =>
      inputs.map((i) => [(i as HTMLInputElement).value, (i as HTMLInputElement).checked] as const),
    );
    // The ticked one first, then the matches, none ticked.
    expect(listed[0]).toEqual([first, true]);
    expect(listed.slice(1).sort()).toEqual([
      ["it-partir-3", false],
      ["it-partir-i", false],
      ["it-partir-ii", false],
    ]);
    // The box is reached by the keyboard from the field.
    await page.focus("#compare-find");
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.value)).toBe(first);
    await page.close();
  });
});
