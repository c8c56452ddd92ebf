/**
 * /projects/ filters and sort, across every record: the state is the URL, a URL restores it, the
 * rows come from the list's index a hundred at a time, the view downloads as CSV. The list's
 * static pages (/projects/page/<n>/) and their pager work without JavaScript.
 */
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
const PAGE_SIZE = 100;
/** Waits until the list's script has drawn what the address asks (`data-ready`, src/scripts/page-ready.ts). */
const ready = (page: Page) => page.waitForSelector("html[data-ready]", { state: "attached" });
/** Opens the list at `path` and waits until its script has drawn it. */
async function openList(page: Page, path: string): Promise<void> {
  await page.goto(new URL(path, siteUrl).href);
  await ready(page);
}
/** Every row the filters leave: "show more" until none is left. */
async function allIds(page: Page): Promise<string[]> {
  await ready(page);
  const more = page.locator("#show-more");
  while (await more.isVisible()) await more.click();
  return visibleIds(page);
}

interface Published {
  id: string;
  record: ProjectData & { budget?: { currency: string; total?: number; eu_amount?: number } };
  derived: { eu_amount: { amount: number } | null; managing_entity_id?: string | null; partner_ids?: (string | null)[] };
  titles?: Record<string, string>;
}
let publishedCache: Published[] | undefined;
/** Every record as published (/projects/<id>.json). */
async function publishedRecords(): Promise<Published[]> {
  publishedCache ??= await Promise.all(
    [...records.keys()].map(async (id) => (await (await fetch(new URL(`/projects/${id}.json`, siteUrl))).json()) as Published),
  );
  return publishedCache;
}

/** The totals under the filters as the page writes them. */
const totalsOnPage = (page: Page) =>
  page.$$eval("#list-totals [data-total]", (els) => Object.fromEntries(els.map((el) => [(el as HTMLElement).dataset.total!, el.textContent!.trim()])));

/** The totals of `rows`, recomputed here from the published records, in the page's English wording. */
function expectedTotals(rows: Published[]): Record<string, string> {
  const projects = (n: number) => `${n} project${n === 1 ? "" : "s"}`;
  const money = (cents: number, currency: string) => {
    const digits = cents % 100 === 0 ? 0 : 2;
    return new Intl.NumberFormat("en-GB", { style: "currency", currency, minimumFractionDigits: digits, maximumFractionDigits: digits }).format(cents / 100);
  };
  const perCurrency = (amount: (p: Published) => number | undefined) => {
    const sums = new Map<string, { cents: number; n: number }>();
    let missing = 0;
    for (const p of rows) {
      const value = amount(p);
      if (value === undefined) {
        missing += 1;
        continue;
      }
      const currency = p.record.budget!.currency;
      const sum = sums.get(currency) ?? { cents: 0, n: 0 };
      sums.set(currency, { cents: sum.cents + Math.round(value * 100), n: sum.n + 1 });
    }
    if (sums.size === 0) return "not reported for any of the projects shown";
    const parts = [...sums].sort(([a], [b]) => a.localeCompare(b)).map(([c, s]) => `${money(s.cents, c)} (${projects(s.n)})`);
    return [...parts, ...(missing ? [`not reported for ${projects(missing)}`] : [])].join("; ");
  };
  const eu = (p: Published) => p.record.budget?.eu_amount ?? p.derived.eu_amount?.amount;
  const calculated = rows.filter((p) => p.record.budget?.eu_amount === undefined && p.derived.eu_amount).length;
  const reporting = rows.filter((p) => p.record.results?.returned !== undefined);
  const people = new Intl.NumberFormat("en-GB").format(reporting.reduce((sum, p) => sum + p.record.results!.returned!, 0));
  return {
    projects: projects(rows.length),
    total: perCurrency((p) => p.record.budget?.total),
    euAmount: perCurrency(eu),
    euCalculated:
      calculated === 0
        ? ""
        : `${calculated} of these EU contributions ${calculated === 1 ? "is" : "are"} calculated from the total cost and the EU co-financing rate.`,
    returned:
      reporting.length === 0
        ? "not reported by any of the projects shown"
        : reporting.length === rows.length
          ? rows.length === 1
            ? `${people}, as reported by the project shown`
            : `${people}, as reported by all ${rows.length} projects shown`
          : `${people}, as reported by ${reporting.length} of the ${rows.length} projects shown`,
  };
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe("/projects/ filters", () => {
  it("?member_state=MT shows exactly the Maltese records, and says how many", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?member_state=MT");
    // Two of them are on the list's second page.
    expect((await visibleIds(page)).sort()).toEqual(idsWhere((r) => r.member_state === "MT"));
    expect(await page.locator("select[name=member_state]").inputValue()).toBe("MT");
    const all = readRecords().size;
    expect(await page.locator("#filter-count").textContent()).toMatch(
      new RegExp(`^Showing ${idsWhere((r) => r.member_state === "MT").length} of ${all} projects`),
    );
    expect(await page.locator("table caption").textContent()).toBe("Projects matching the filters and order chosen above");
    await Promise.all([page.waitForURL(new URL("/projects/", siteUrl).href), page.click("text=Clear filters")]);
    await ready(page);
    expect(await page.locator("table caption").textContent()).toBe(`All ${all} projects, newest first — page 1 of 2`);
    await page.close();
  });

  it("?element=monitoring shows exactly the records whose sources describe monitoring, combined with other filters", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?element=monitoring&member_state=IT");
    const expected = idsWhere((r) => (r.elements ?? []).includes("monitoring") && r.member_state === "IT");
    expect(expected).toEqual(["it-partir-ii", "it-rivolare-in-rete"]);
    expect((await visibleIds(page)).sort()).toEqual(expected);
    expect(await page.locator("select[name=element]").inputValue()).toBe("monitoring");
    await page.selectOption("select[name=member_state]", "");
    expect((await allIds(page)).sort()).toEqual(idsWhere((r) => (r.elements ?? []).includes("monitoring")));
    await page.close();
  });

  it("changing a filter changes the rows and the URL; Back restores the previous view", async () => {
    const page = await browser.newPage();
    await openList(page, "/it/projects/");
    expect(await visibleIds(page)).toHaveLength(PAGE_SIZE);
    await page.selectOption("select[name=fund]", "return-fund");
    await page.check("input[name=has_budget]");
    expect(new URL(page.url()).search).toBe("?fund=return-fund&has_budget=1");
    expect((await allIds(page)).sort()).toEqual(idsWhere((r) => r.fund === "return-fund" && r.budget?.total !== undefined));
    await page.goBack();
    // The page's popstate handler restores the form, then the rows, in one go: wait for it.
    await page.locator("input[name=has_budget]:not(:checked)").waitFor({ state: "attached" });
    expect(new URL(page.url()).search).toBe("?fund=return-fund");
    expect(await page.locator("input[name=has_budget]").isChecked()).toBe(false);
    expect((await allIds(page)).sort()).toEqual(idsWhere((r) => r.fund === "return-fund"));
    await page.close();
  });

  it("a URL with filters and a sort restores both; amounts sort within their currency; missing values come last", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?has_results=1&sort=returned");
    expect(await page.locator("select[name=sort]").inputValue()).toBe("returned");
    const ids = await allIds(page);
    expect([...ids].sort()).toEqual(idsWhere((r) => Object.keys(r.results ?? {}).length > 0));
    const returned = ids.map((id) => records.get(id)!.results?.returned);
    const reported = returned.filter((n) => n !== undefined);
    expect(reported).toEqual([...reported].sort((a, b) => b - a));
    expect(returned.slice(reported.length).every((n) => n === undefined)).toBe(true);
    // An order alone: every record, in that order, across the pages.
    await openList(page, "/projects/?sort=total");
    expect((await allIds(page)).sort()).toEqual([...records.keys()].sort());
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
    await openList(page, "/projects/?member_state=XX");
    expect(await visibleIds(page)).toHaveLength(PAGE_SIZE);
    expect(new URL(page.url()).search).toBe("");
    await page.close();
  });

  it("the current view downloads as CSV: the rows of projects.csv that match, in order, those not drawn yet too", async () => {
    const context = await browser.newContext({ acceptDownloads: true });
    const page = await context.newPage();
    // Every match, those not drawn yet too: an order alone matches every record.
    await openList(page, "/projects/?sort=start");
    expect(await visibleIds(page)).toHaveLength(PAGE_SIZE);
    const [download] = await Promise.all([page.waitForEvent("download"), page.click("#download-view")]);
    const text = readFileSync((await download.path())!, "utf8");
    const published = await (await fetch(new URL("/data/projects.csv", siteUrl))).text();
    expect(text.split("\r\n")[0]).toBe(published.split("\r\n")[0]);
    const rows = parseCsv(text);
    const shown = await allIds(page);
    expect(shown).toHaveLength(records.size);
    expect(rows.map((r) => r.id)).toEqual(shown);
    const all = new Map(parseCsv(published).map((r) => [r.id, r]));
    for (const row of rows) expect(row).toEqual(all.get(row.id!));
    await context.close();
  });

  it("ticking projects in the list builds the comparison link, at most six", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?member_state=IT");
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
  it("?q=kosovo lists exactly the records whose title, acronym, organisations or countries of return name Kosovo, and the totals describe exactly those rows", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?q=kosovo");
    expect(await page.locator("#filters input[name=q]").inputValue()).toBe("kosovo");
    const published = await publishedRecords();
    const organisations = parseCsv(await (await fetch(new URL("/data/organisations.csv", siteUrl))).text());
    const byId = new Map(organisations.map((o) => [o.id!, o]));
    // An organisation by its names, and the organisations it is a unit of.
    const namesOf = (id: string | null | undefined): string[] => {
      const o = id ? byId.get(id) : undefined;
      return o ? [o.name_en!, o.name_it!, o.own_name!, o.abbreviation!, ...namesOf(o.parent)] : [];
    };
    const expected = published
      .filter((p) => {
        const r = p.record;
        const texts = [r.title, r.title_en, r.acronym, ...Object.values(p.titles ?? {}), r.managing_entity, ...(r.partners ?? [])];
        texts.push(...namesOf(p.derived.managing_entity_id), ...(p.derived.partner_ids ?? []).flatMap(namesOf));
        return texts.some((t) => t && /(^|[^\p{L}\p{N}])kosovo/iu.test(t)) || (r.return_countries ?? []).includes("XK");
      })
      .map((p) => p.id)
      .sort();
    expect(expected.length).toBeGreaterThan(2);
    const shown = await visibleIds(page);
    expect([...shown].sort()).toEqual(expected);
    expect(await page.locator("#filter-count").textContent()).toMatch(new RegExp(`^Showing ${expected.length} of ${records.size} projects`));
    const rows = published.filter((p) => shown.includes(p.id));
    expect(await totalsOnPage(page)).toEqual(expectedTotals(rows));
    // Typing narrows the rows as it goes, and the address follows.
    await page.fill("#filters input[name=q]", "kosovo iom");
    await page.waitForURL(/q=kosovo\+iom/);
    await ready(page);
    expect((await visibleIds(page)).length).toBeLessThan(shown.length);
    await page.close();
  });

  it("the totals of a filtered set add each currency apart, count calculated EU contributions and say how many rows report people returned", async () => {
    const page = await browser.newPage();
    const published = await publishedRecords();
    for (const query of ["?member_state=IT", "?fund=amif-2014-2020&has_budget=1", "?sort=start"]) {
      await openList(page, `/projects/${query}`);
      const shown = await allIds(page);
      expect(await totalsOnPage(page), query).toEqual(expectedTotals(published.filter((p) => shown.includes(p.id))));
    }
    // Unfiltered, each page states the totals of all projects, and says so.
    for (const path of ["/projects/", "/projects/page/2/"]) {
      await openList(page, path);
      expect(await totalsOnPage(page), path).toEqual(expectedTotals(published));
      expect(await page.locator("#totals-scope").textContent(), path).toBe(`These are the totals of all ${records.size} projects, on every page of the list.`);
    }
    // Without JavaScript: no filtering (and the page says so), and the totals of every project.
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto(new URL("/projects/?member_state=IT", siteUrl).href);
    expect(await noJs.locator("#filters-no-js").isVisible()).toBe(true);
    expect(await totalsOnPage(noJs)).toEqual(expectedTotals(published));
    await context.close();
    await page.close();
  });

  it("has an EU contribution column written as on the project page", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?member_state=IT");
    const row = page.locator("tr[data-id='it-partir-ii']");
    expect(await row.locator("[data-figure=euAmount]").textContent()).toBe("€1,050,000");
    expect(await row.locator("td").nth(6).textContent()).toBe("€1,050,000 (calculated)");
    await page.close();
  });

  it("on a phone each row is a card with every column named, the filters are folded, and nothing scrolls sideways", async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
    const page = await context.newPage();
    await page.goto(new URL("/projects/", siteUrl).href);
    expect(await page.locator("#filters-fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator("select[name=member_state]").isVisible()).toBe(false);
    await page.click("#filters-fold summary");
    expect(await page.locator("select[name=member_state]").isVisible()).toBe(true);
    const layout = await page.evaluate(() => {
      const row = document.querySelector<HTMLElement>("tr[data-id='it-partir-ii']")!;
      const cells = [...row.querySelectorAll("td")];
      return {
        pageWidth: document.documentElement.scrollWidth,
        display: getComputedStyle(row).display,
        labels: cells.map((td) => getComputedStyle(td, "::before").content),
        inside: cells.every((td) => td.getBoundingClientRect().right <= window.innerWidth && td.getBoundingClientRect().width > 0),
      };
    });
    expect(layout.pageWidth).toBe(390);
    expect(layout.display).toBe("block");
    expect(layout.labels).toEqual([
      '"Member state"',
      '"Fund"',
      '"Start"',
      '"End"',
      '"Total cost"',
      '"EU co-financing rate"',
      '"EU contribution"',
      '"People returned"',
    ]);
    expect(layout.inside).toBe(true);
    await context.close();
  });

  it("on a desktop the table scrolls in a labelled region that the keyboard reaches, its header row kept in view; printed, every column is kept", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(new URL("/projects/", siteUrl).href);
    expect(await page.locator("#filters-fold").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    const region = page.getByRole("region", { name: `All ${records.size} projects, newest first — page 1 of 2` });
    expect(await region.getAttribute("tabindex")).toBe("0");
    const columns = await page.$$eval(".project-table thead th", (ths) => ths.map((th) => th.textContent));
    expect(columns).toEqual(["Project", "Member state", "Fund", "Start", "End", "Total cost", "EU co-financing rate", "EU contribution", "People returned"]);
    await region.focus();
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    // The keyboard scrolls the region itself (smoothly: wait for it), not the page.
    await expect.poll(() => page.evaluate(() => document.querySelector(".project-table")!.scrollTop)).toBeGreaterThan(300);
    const kept = await page.evaluate(() => {
      const wrap = document.querySelector(".project-table")!;
      const head = document.querySelector(".project-table thead th")!;
      return {
        scrolled: wrap.scrollTop > 0,
        headAtTop: Math.abs(head.getBoundingClientRect().top - wrap.getBoundingClientRect().top) < 2,
        fits: wrap.scrollWidth <= wrap.clientWidth,
      };
    });
    expect(kept).toEqual({ scrolled: true, headAtTop: true, fits: true });
    // A pager above the table and one below it on screen; on paper only the first one's status line.
    const pagersShown = () =>
      page.$$eval("nav.pager", (navs) =>
        navs.filter((nav) => getComputedStyle(nav).display !== "none").map((nav) => nav.getAttribute("aria-label") ?? nav.getAttribute("aria-labelledby")),
      );
    expect(await pagersShown()).toEqual(["pager-top-status", "Pages of the list, after the table"]);
    await page.emulateMedia({ media: "print" });
    const printed = await page.evaluate(() => ({
      columns: [...document.querySelectorAll(".project-table thead th")].filter((th) => th.getBoundingClientRect().width > 0).length,
      clipped: document.querySelector(".project-table")!.scrollWidth > document.querySelector(".project-table")!.clientWidth,
      filters: getComputedStyle(document.querySelector("#filters-fold")!).display,
      pagerLinks: getComputedStyle(document.querySelector("nav.pager ul")!).display,
    }));
    expect(printed).toEqual({ columns: 9, clipped: false, filters: "none", pagerLinks: "none" });
    expect(await pagersShown()).toEqual(["pager-top-status"]);
    await context.close();
  });

  it("ticked projects gather in a bar that stays in view at the bottom of the screen, with their names and the compare link", async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await openList(page, "/projects/");
    expect(await page.locator("#compare-bar").isVisible()).toBe(false);
    const ids = await visibleIds(page);
    const far = [ids[ids.length - 1]!, ids[ids.length - 2]!];
    for (const id of far) await page.check(`input.pick[value='${id}']`);
    const bar = await page.locator("#compare-bar").boundingBox();
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(900);
    expect(await page.locator("#compare-count").textContent()).toBe("Selected for comparison (2 of at most 6):");
    const titles = await Promise.all(far.map((id) => page.locator(`tr[data-id='${id}'] th a`).textContent()));
    expect(await page.locator("#compare-names").textContent()).toBe(titles.map((t) => t!.trim()).join("; "));
    expect(await page.locator("#compare-selected").getAttribute("href")).toBe(`/compare/?ids=${far.join(",")}`);
    await page.click("#compare-clear");
    expect(await page.locator("#compare-bar").isVisible()).toBe(false);
    expect(await page.locator("input.pick:checked").count()).toBe(0);
    await context.close();
  });
});

/** The list's index as published: the ids in the list's order. */
async function indexIds(path = "/projects/list.json"): Promise<string[]> {
  const index = (await (await fetch(new URL(path, siteUrl))).json()) as { columns: string[]; rows: string[][] };
  const at = index.columns.indexOf("data-id");
  return index.rows.map((row) => row[at]!);
}

describe("/projects/ pages and the filters across them", () => {
  it("without JavaScript, page 1 links the next page and page 2 the previous one, each marking itself as the current page", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    const order = await indexIds();
    await page.goto(new URL("/projects/", siteUrl).href);
    expect(await visibleIds(page)).toEqual(order.slice(0, PAGE_SIZE));
    expect(await page.locator("#pager-top-status").textContent()).toBe(`Page 1 of 2: projects 1–100 of ${records.size}.`);
    expect(await page.locator(".pager a[rel=next]").first().getAttribute("href")).toBe("/projects/page/2/");
    expect(await page.locator(".pager a[aria-current=page]").first().textContent()).toBe("1");
    await page.locator(".pager a[rel=next]").last().click();
    expect(new URL(page.url()).pathname).toBe("/projects/page/2/");
    expect(await visibleIds(page)).toEqual(order.slice(PAGE_SIZE));
    expect(await page.title()).toMatch(/^All projects — page 2 of 2/);
    expect(await page.locator("h1").textContent()).toBe("All projects — page 2 of 2");
    expect(await page.locator(".pager a[rel=prev]").first().getAttribute("href")).toBe("/projects/");
    expect(await page.locator(".pager a[aria-current=page]").first().textContent()).toBe("2");
    await page.goto(new URL("/it/projects/page/2/", siteUrl).href);
    expect(await page.locator("table caption").textContent()).toBe(`Tutti i progetti (${records.size}), dal più recente — pagina 2 di 2`);
    expect(await page.locator(".pager a[rel=prev]").first().getAttribute("href")).toBe("/it/projects/");
    await context.close();
  });

  it("an unfiltered page fetches no index; a record of page 2 is found from page 1 by ?q= and by member_state=, and the pager is hidden meanwhile", async () => {
    const page = await browser.newPage();
    const fetched: string[] = [];
    page.on("request", (request) => fetched.push(new URL(request.url()).pathname));
    await openList(page, "/projects/");
    expect(fetched).not.toContain("/projects/list.json");
    expect(await page.locator(".pager").first().isVisible()).toBe(true);
    const second = (await indexIds()).slice(PAGE_SIZE);
    expect(second).toContain("lu-avrrl");
    await openList(page, "/projects/?member_state=LU");
    expect(await visibleIds(page)).toEqual(["lu-avrrl"]);
    expect(await page.locator(".pager").first().isVisible()).toBe(false);
    expect(await page.locator("#filter-count").textContent()).toMatch(new RegExp(`^Showing 1 of ${records.size} projects`));
    await openList(page, "/projects/?q=avrrl");
    expect(await visibleIds(page)).toEqual(["lu-avrrl"]);
    expect(fetched).toContain("/projects/list.json");
    // Clearing the words brings back this page's own rows and its pager.
    await page.fill("#filters input[name=q]", "");
    await ready(page);
    expect(await visibleIds(page)).toHaveLength(PAGE_SIZE);
    expect(await page.locator(".pager").first().isVisible()).toBe(true);
    await page.close();
  });

  it("with a filter or an order, a hundred rows are drawn, then a hundred more with 'show more', and the count and totals are of every match", async () => {
    const page = await browser.newPage();
    await openList(page, "/projects/?sort=returned");
    expect(await visibleIds(page)).toHaveLength(PAGE_SIZE);
    expect(await page.locator("#show-more").textContent()).toBe(`Show ${records.size - PAGE_SIZE} more projects`);
    expect(await page.locator("#filter-count").textContent()).toMatch(new RegExp(`^Showing ${records.size} of ${records.size} projects`));
    expect(await page.locator("#totals-scope").textContent()).toBe(
      `These are the totals of all ${records.size} projects matching the filters, not only those listed so far.`,
    );
    await page.click("#show-more");
    expect(await visibleIds(page)).toHaveLength(records.size);
    expect(await page.locator("#show-more").isVisible()).toBe(false);
    // The first row drawn by the click has the focus.
    expect(await page.evaluate(() => document.activeElement?.closest("tr")?.rowIndex)).toBe(PAGE_SIZE + 1);
    await page.close();
  });

  it("a row drawn by the script from the index is the row the page was built with, in both languages", async () => {
    const page = await browser.newPage();
    const rowHtml = (id: string) => page.$eval(`tbody tr[data-id='${id}']`, (row) => row.outerHTML);
    // A row with calculated figures, one of page 2 with figures not reported, in English and Italian.
    for (const [built, drawn, id] of [
      ["/projects/", "/projects/?member_state=IT", "it-partir-ii"],
      ["/projects/page/2/", "/projects/?member_state=LU", "lu-avrrl"],
      ["/it/projects/page/2/", "/it/projects/?q=avrrl", "lu-avrrl"],
      ["/it/projects/", "/it/projects/?member_state=IT", "it-partir-i"],
    ] as const) {
      await openList(page, built);
      const expected = await rowHtml(id);
      await openList(page, drawn);
      expect(await rowHtml(id), `${drawn}: ${id}`).toBe(expected);
    }
    await page.close();
  });
});
