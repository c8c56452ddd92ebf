/**
 * The project list as built: its static pages hold every record exactly once, in the list's
 * order, a hundred a page; its index (/projects/list.json, what the filter script draws from)
 * has one entry per record whose values are those of the static row; and every value link of
 * every chart page, applied to the index with the list's own filter rules (src/lib/list-query.ts),
 * gives exactly the records the chart's CSV names for that value, the values recomputed from
 * them, and what a chart leaves out accounts for every other record. The browser checks only a
 * sample of these links (tests/e2e/chart-pages.spec.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "parse5";
import { describe, expect, it } from "vitest";
import { dist, readPage, readRecords } from "./helpers.ts";
import { matchesListFilters, readListIndex, type ListIndex, type ListIndexRow } from "../../src/lib/list-query.ts";
import { PAGE_SIZE, pageCount } from "../../src/lib/present/paging.ts";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { csvRow, recompute, type ChartOnPage } from "../e2e/chart-data.ts";
import { useLocalization } from "../../src/i18n/index.ts";

interface Node {
  nodeName: string;
  tagName?: string;
  value?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: Node[];
}
const dom = (html: string) => parse(html) as unknown as Node;
const attr = (node: Node, name: string) => node.attrs?.find((a) => a.name === name)?.value;
/** The nodes under `node` passing `test` (not inside a <template>: its rows are no rows of the page). */
function all(node: Node, test: (n: Node) => boolean, out: Node[] = []): Node[] {
  if (test(node)) out.push(node);
  for (const child of node.childNodes ?? []) all(child, test, out);
  return out;
}
const text = (node: Node): string => (node.nodeName === "#text" ? (node.value ?? "") : (node.childNodes ?? []).map(text).join(""));
const squash = (s: string) => s.replace(/\s+/g, " ").trim();

const records = readRecords();
const LANGS = { en: "", it: "it/" } as const;
const pages = pageCount(records.size);

function index(lang: keyof typeof LANGS): ListIndexRow[] {
  return readListIndex(JSON.parse(readPage(`${LANGS[lang]}projects/list.json`)) as ListIndex);
}

/** The rows of the list's static pages, page by page. */
function staticRows(lang: keyof typeof LANGS): Node[][] {
  return Array.from({ length: pages }, (_, i) => {
    const page = dom(readPage(`${LANGS[lang]}projects/${i === 0 ? "" : `page/${i + 1}/`}index.html`));
    return all(page, (n) => n.tagName === "tr" && !!attr(n, "data-record"));
  });
}

/** What a built row shows and carries, in the index's terms: its cells' texts, then its data attributes. */
function rowValues(tr: Node, lang: string): Record<string, string> {
  const l = useLocalization(lang);
  const calculatedMark = ` ${l.t("table.calculated")}`;
  const cells = all(tr, (n) => n.tagName === "td");
  const link = all(tr, (n) => n.tagName === "a")[0]!;
  const figure = (name: string) => {
    const span = all(tr, (n) => attr(n, "data-figure") === name)[0];
    return span ? text(span) : "";
  };
  const calculated = (i: number, name: string) => (figure(name) && text(cells[i]!).endsWith(calculatedMark) ? "1" : "");
  const fundCell = cells[1]!;
  const values: Record<string, string> = {
    href: attr(link, "href")!,
    title: squash(text(link)),
    titleLang: attr(link, "lang") ?? "",
    country: text(cells[0]!),
    fund: all(fundCell, (n) => attr(n, "class") === "not-reported").length ? "" : text(fundCell),
    start: figure("start"),
    end: figure("end"),
    total: figure("total"),
    euRate: figure("euRate"),
    euRateCalculated: calculated(5, "euRate"),
    euAmount: figure("euAmount"),
    euAmountCalculated: calculated(6, "euAmount"),
    returned: figure("result.returned"),
  };
  for (const a of tr.attrs ?? []) if (a.name.startsWith("data-") && a.name !== "data-record") values[a.name] = a.value;
  return values;
}

describe.each(Object.keys(LANGS) as (keyof typeof LANGS)[])("the project list (%s)", (lang) => {
  const list = index(lang);
  const built = staticRows(lang);

  it(`its ${pages} pages hold every record exactly once, ${PAGE_SIZE} a page, in the order of the index`, () => {
    expect(pages).toBeGreaterThan(1);
    built.forEach((rows, i) => expect(rows.length, `page ${i + 1}`).toBe(i < pages - 1 ? PAGE_SIZE : records.size - PAGE_SIZE * (pages - 1)));
    const ids = built.flat().map((tr) => attr(tr, "data-record")!);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...records.keys()].sort());
    expect(ids).toEqual(list.map((row) => row.id));
    // Newest first: start dates never rise down the list (rows without one come after).
    const starts = list
      .map((row) => row.values.start)
      .filter(Boolean)
      .map(Number);
    expect(starts).toEqual([...starts].sort((a, b) => b - a));
  });

  it("its index has one entry per record, with the values of the static row: the same texts, marks and data", () => {
    const file = JSON.parse(readPage(`${LANGS[lang]}projects/list.json`)) as ListIndex;
    // Compact: column names once, then arrays of values.
    expect(file.rows.every((row) => Array.isArray(row) && row.length === file.columns.length)).toBe(true);
    const byId = new Map(file.rows.map((row) => [row[file.columns.indexOf("data-id")]!, row]));
    expect(byId.size).toBe(records.size);
    for (const tr of built.flat()) {
      const id = attr(tr, "data-record")!;
      expect(Object.fromEntries(file.columns.map((c, i) => [c, byId.get(id)![i]])), id).toEqual(rowValues(tr, lang));
    }
  });

  it("the link to each page is in the sitemap", () => {
    const sitemap = readFileSync(join(dist, "sitemap-0.xml"), "utf8");
    for (let n = 2; n <= pages; n++) expect(sitemap).toContain(`/${LANGS[lang]}projects/page/${n}/</loc>`);
  });
});

interface ChartLinks {
  id: string;
  series: string[];
  rows: { key: string; values: (number | null)[]; href: string | null; records: number | null }[];
  leftOut: { href: string; records: number }[];
  csvHref: string;
}

/** A chart page's table, its value links and what it leaves out. */
function chartLinks(path: string): ChartLinks {
  const page = dom(readPage(path));
  const article = all(page, (n) => n.tagName === "article" && (attr(n, "class") ?? "").split(" ").includes("chart-page"))[0]!;
  const tableSection = all(article, (n) => attr(n, "id") === "table")[0]!;
  const table = all(tableSection, (n) => n.tagName === "table")[0]!;
  const download = all(article, (n) => attr(n, "id") === "download")[0]!;
  return {
    id: attr(article, "data-chart")!,
    series: all(table, (n) => n.tagName === "th" && attr(n, "data-series") !== undefined).map((th) => attr(th, "data-series")!),
    rows: all(table, (n) => n.tagName === "tr" && attr(n, "data-key") !== undefined).map((tr) => {
      const cell = all(tr, (n) => n.tagName === "td" && attr(n, "data-records") !== undefined)[0];
      const link = cell && all(cell, (n) => n.tagName === "a")[0];
      return {
        key: attr(tr, "data-key")!,
        values: all(tr, (n) => n.tagName === "td" && attr(n, "data-value") !== undefined).map((td) =>
          attr(td, "data-value") === "" ? null : Number(attr(td, "data-value")),
        ),
        href: link ? attr(link, "href")! : null,
        records: cell ? Number(attr(cell, "data-records")) : null,
      };
    }),
    leftOut: all(tableSection, (n) => (attr(n, "class") ?? "") === "left-out")
      .flatMap((ul) => all(ul, (n) => n.tagName === "a"))
      .map((a) => ({ href: attr(a, "href")!, records: Number(attr(a, "data-records")) })),
    csvHref: attr(all(download, (n) => n.tagName === "a" && (attr(n, "href") ?? "").endsWith(".csv"))[0]!, "href")!,
  };
}

/** The ids the list shows at `href`: its filters applied to the index of the link's language. */
function listIds(href: string, rows: Record<string, ListIndexRow[]>): string[] {
  const url = new URL(href, "http://site.invalid");
  expect(url.pathname, href).toMatch(/^\/(it\/)?projects\/$/);
  const lang = url.pathname.startsWith("/it/") ? "it" : "en";
  return rows[lang]!.filter((row) => matchesListFilters(row.values, url.searchParams))
    .map((row) => row.id)
    .sort();
}

const chartIds = all(dom(readPage("charts/index.html")), (n) => n.tagName === "li" && attr(n, "data-chart") !== undefined)
  .map((card) => attr(card, "data-chart")!)
  // Context charts come from other sources: no project record is behind their values.
  .filter((id) => !id.startsWith("context-"));

describe("every chart value links to the list of exactly its records (the list's filters on its index)", () => {
  const rows = { en: index("en"), it: index("it") };
  it("there are charts to check", () => expect(chartIds.length).toBeGreaterThan(5));

  it.each(chartIds)("/charts/%s/", (id) => {
    const en = chartLinks(`charts/${id}/index.html`);
    const it_ = chartLinks(`it/charts/${id}/index.html`);
    expect(existsSync(join(dist, en.csvHref))).toBe(true);
    const csv = parseCsv(readFileSync(join(dist, en.csvHref), "utf8"));
    const chart = { id, series: en.series } as ChartOnPage;
    const behind = new Set<string>();
    for (const row of en.rows) {
      if (row.records === 0) {
        expect(row.href, row.key).toBeNull();
        continue;
      }
      expect(row.href, row.key).toMatch(/^\/projects\/\?/);
      const shown = listIds(row.href!, rows);
      expect(shown.length, `${row.key}: rows shown`).toBe(row.records);
      // The CSV's record ids for the row (the start-year CSV has one line per year and fund).
      const named = csv
        .filter((line) => en.series.some((series) => csvRow(chart, csv, { key: row.key, values: [], ids: [] }, series) === line))
        .flatMap((line) => (line.record_ids ? line.record_ids.split("; ") : line.record_id ? [line.record_id] : []));
      expect(shown, row.key).toEqual([...new Set(named)].sort());
      expect(row.values, row.key).toEqual(recompute(chart, { key: row.key, values: row.values, ids: shown }));
      for (const shownId of shown) behind.add(shownId);
    }
    // The Italian page links to the Italian list, with the same filters, and they give the same records.
    expect(it_.rows.map((r) => r.href)).toEqual(en.rows.map((r) => (r.href ? `/it${r.href}` : null)));
    for (const row of it_.rows) if (row.href) expect(listIds(row.href, rows).length, row.href).toBe(row.records);
    // What it leaves out links to exactly those records, and every record is accounted for.
    for (const group of en.leftOut) {
      const shown = listIds(group.href, rows);
      expect(shown.length, group.href).toBe(group.records);
      for (const left of shown) {
        expect(behind.has(left), `${left} is both drawn and left out`).toBe(false);
        behind.add(left);
      }
    }
    if (id !== "reporting-completeness") expect([...behind].sort()).toEqual([...records.keys()].sort());
  });
});
