/**
 * Full-text search (Pagefind, built from the records) in both languages: the query and the
 * choices are the URL; the count stated is what can be listed; a word no project has finds
 * nothing; results show member state, fund and dates and narrow by both; every record is found
 * by its exact title, first.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { readRecords, recordsDir } from "../build/helpers.ts";
import { launchBrowser } from "./checks.ts";

const siteUrl = inject("siteUrl");
const records = readRecords();

/** A title as a reader types it whole: words folded, for comparing a query with a title. */
const key = (text: string) =>
  text
    .toLowerCase()
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(" ");

/** A record's own text, as its English page shows it: its facts' texts and its narrative. */
function textOf(id: string): string {
  const r = records.get(id)!;
  const body = readFileSync(join(recordsDir, `${id}.md`), "utf8")
    .split(/^---$/m)
    .slice(2)
    .join("---");
  return [r.title, r.title_en, r.acronym, r.summary, body, r.fund_detail, r.target_group, r.results_note, r.notes, ...(r.conflicts ?? [])]
    .concat(
      (r.allowances ?? []).map((a) => a.kind),
      r.managing_entity,
      r.partners ?? [],
      r.reference,
    )
    .join(" ");
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Waits until the search has answered; returns the status and the result links listed so far. */
async function answer(page: Page): Promise<{ status: string; links: string[] }> {
  await page.waitForFunction(() => {
    const status = document.querySelector("#search-status")?.textContent ?? "";
    return status !== "" && !status.endsWith("…");
  });
  return {
    status: (await page.locator("#search-status").textContent())!,
    links: await page.$$eval("#search-results h2 a", (links) => links.map((a) => a.getAttribute("href")!)),
  };
}

/** Presses "show more" with the keyboard until every result is listed; returns them all. */
async function everyResult(page: Page): Promise<string[]> {
  const more = page.locator("#search-more");
  while (await more.isVisible()) {
    const before = await page.locator("#search-results li").count();
    await more.focus();
    await page.keyboard.press("Enter");
    await page.waitForFunction((n) => document.querySelectorAll("#search-results li").length > n, before);
    // The first new result takes the focus, so that a keyboard reader goes on from there.
    expect(await page.evaluate((n) => document.activeElement === document.querySelectorAll("#search-results li")[n]?.querySelector("a"), before)).toBe(true);
  }
  return page.$$eval("#search-results h2 a", (links) => links.map((a) => a.getAttribute("href")!));
}

const count = (status: string) => Number(/^([\d,.]+) /.exec(status)![1]!.replace(/[,.]/g, ""));

describe("search", () => {
  it("?q=reintegration can list every project it counts, 20 at a time", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/search/?q=reintegration", siteUrl).href);
    const { status, links } = await answer(page);
    const total = count(status);
    expect(status).toBe(`${total} projects match “reintegration”.`);
    expect(total).toBeGreaterThan(20);
    expect(links).toHaveLength(20);
    expect(await page.locator("#search-shown").textContent()).toBe(`Showing 20 of ${total}.`);
    const all = await everyResult(page);
    expect(all).toHaveLength(total);
    expect(new Set(all).size).toBe(total);
    expect(await page.locator("#search-shown").textContent()).toBe(`Showing ${total} of ${total}.`);
    // Every project listed has the word in its text (a form of it: reintegrate, reintegrated...).
    const missing = all.map((href) => href.split("/")[2]!).filter((id) => !/\breintegrat/i.test(textOf(id)) && !/reintegration|reinsertion/i.test(id));
    expect(missing).toEqual([]);
    await page.close();
  });

  it("?q=zzzxqy finds nothing and says so; so does a real word next to it", async () => {
    const page = await browser.newPage();
    for (const query of ["zzzxqy", "kosovo zzzxqy"]) {
      await page.goto(new URL(`/search/?q=${encodeURIComponent(query)}`, siteUrl).href);
      const { status, links } = await answer(page);
      expect(status).toBe(`No project matches “${query}”.`);
      expect(links).toEqual([]);
      expect(await page.locator("#search-hint").isVisible()).toBe(true);
      expect(await page.locator("#search-more").isVisible()).toBe(false);
    }
    await page.close();
  });

  it("?q=kosovo lists exactly the records whose text names Kosovo, with member state, fund and dates", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/search/?q=kosovo", siteUrl).href);
    const { status, links } = await answer(page);
    const expected = [...records]
      .filter(([id, r]) => /\bkosovo\b/i.test(textOf(id)) || (r.return_countries ?? []).includes("XK") || (r.participating_states ?? []).includes("XK"))
      .map(([id]) => `/projects/${id}/`)
      .sort();
    expect([...links].sort()).toEqual(expected);
    expect(status).toBe(`${expected.length} projects match “kosovo”.`);
    const austria = page.locator("#search-results li", { has: page.locator("a[href='/projects/at-rra-kosovo-2008-2012/']") });
    expect(await austria.locator(".result-facts").textContent()).toBe("Austria · Return Fund · 1 September 2008 – 30 June 2012");
    await page.close();
  });

  it("narrows by member state and fund, with counts that add up, and keeps q and both choices in the URL", async () => {
    const page = await browser.newPage();
    await page.goto(new URL("/search/?q=reintegration", siteUrl).href);
    await answer(page);
    const all = await everyResult(page);
    const total = all.length;
    const italian = all.filter((href) => records.get(href.split("/")[2]!)!.member_state === "IT");
    expect(await page.locator("select[name=member_state] option[value=IT]").textContent()).toBe(`Italy (${italian.length})`);
    await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
    await page.selectOption("select[name=member_state]", "IT");
    const narrowed = await answer(page);
    expect(new URL(page.url()).search).toBe("?q=reintegration&member_state=IT");
    expect([...narrowed.links].sort()).toEqual([...italian].sort());
    expect(narrowed.status).toBe(`${italian.length} of the ${total} projects that match “reintegration” meet the choices above.`);
    // The fund's counts are counted within Italy.
    const returnFund = italian.filter((href) => records.get(href.split("/")[2]!)!.fund === "return-fund");
    expect(await page.locator("select[name=fund] option[value=return-fund]").textContent()).toBe(`Return Fund (${returnFund.length})`);
    await page.goto(new URL("/search/?q=reintegration&member_state=IT&fund=return-fund", siteUrl).href);
    expect([...(await answer(page)).links].sort()).toEqual([...returnFund].sort());
    expect(await page.locator("select[name=fund]").inputValue()).toBe("return-fund");
    await page.close();
  });

  it("in Italian: the index holds the Italian text, finds reintegration records by “reinserimento”, and links to the Italian pages", async () => {
    const page = await browser.newPage();
    // Words of PARTIR II's Italian translation only.
    await page.goto(new URL("/it/search/?q=vulnerabilità rimpatriate", siteUrl).href);
    const italian = await answer(page);
    expect(italian.links).toContain("/it/projects/it-partir-ii/");
    expect(italian.links.every((href) => href.startsWith("/it/projects/"))).toBe(true);
    const partir = page.locator("#search-results li", { has: page.locator("a[href='/it/projects/it-partir-ii/']") });
    expect(await partir.locator(".result-facts").textContent()).toBe("Italia · Fondo rimpatri · 1 luglio 2010 – 30 giugno 2011");
    // The Italian rendering of the title, from the record's translation (content/translations/it/it-partir-ii.md).
    expect(await partir.locator(".title-en").textContent()).toBe("Rimpatrio volontario assistito per migranti in condizioni di vulnerabilità");
    // "reinserimento", a word the site does not use, finds what "reintegrazione" and the English "reintegration" find.
    await page.goto(new URL("/it/search/?q=reinserimento", siteUrl).href);
    await answer(page);
    const reinserimento = await everyResult(page);
    await page.goto(new URL("/it/search/?q=reintegr", siteUrl).href);
    await answer(page);
    const reintegr = await everyResult(page);
    expect(reintegr.length).toBeGreaterThan(20);
    expect(reintegr.filter((href) => !reinserimento.includes(href))).toEqual([]);
    // "ritorno" finds the records that speak of rimpatrio (or, untranslated, of return).
    await page.goto(new URL("/it/search/?q=ritorno&member_state=IT", siteUrl).href);
    const ritorno = await answer(page);
    expect(ritorno.links).toContain("/it/projects/it-partir-ii/");
    await page.close();
  });

  it("finds a title in another language by its English rendering, in both languages", async () => {
    const page = await browser.newPage();
    const withRendering = [...records].filter(([, r]) => r.title_en).slice(0, 3);
    expect(withRendering).toHaveLength(3);
    for (const prefix of ["", "/it"]) {
      for (const [id, r] of withRendering) {
        await page.goto(new URL(`${prefix}/search/?q=${encodeURIComponent(r.title_en!)}`, siteUrl).href);
        expect((await answer(page)).links[0], `${r.title_en}`).toBe(`${prefix}/projects/${id}/`);
      }
    }
    await page.close();
  });

  // The rule (a query that is exactly a title puts that record first) is the script's and the
  // index's, the same for every record: a sample of it is checked here, every title that another
  // record shares or has as its acronym (the hard cases) and every tenth record besides, so the
  // suite's time does not grow with the register.
  const sameTitle = (title: string) =>
    [...records].filter(([, r]) => [r.title, r.title_en, r.acronym].some((t) => t && key(t) === key(title))).map(([other]) => `/projects/${other}/`);
  const sampled = [...records.keys()].sort().filter((id, i) => i % 10 === 0 || sameTitle(records.get(id)!.title).length > 1);

  describe("finds a record by its exact title, first (every shared title, and every tenth record)", () => {
    let page: Page;
    beforeAll(async () => {
      page = await browser.newPage();
      await page.goto(new URL("/search/", siteUrl).href);
    });
    afterAll(() => page?.close());

    it("samples at least 15 records", () => expect(sampled.length).toBeGreaterThanOrEqual(15));

    it.for(sampled)("%s", async (id) => {
      const title = records.get(id)!.title;
      // Records that share this exact title (or have it as their acronym) come first together.
      const same = sameTitle(title);
      await page.evaluate(() => (document.querySelector("#search-status")!.textContent = ""));
      await page.fill("#q", title);
      await page.press("#q", "Enter");
      const { links } = await answer(page);
      expect(links.slice(0, same.length).sort(), `"${title}" gave ${links.slice(0, 3).join(", ") || "nothing"}`).toEqual(same.sort());
    });
  });
});
