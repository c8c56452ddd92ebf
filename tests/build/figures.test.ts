/**
 * One figure reads the same everywhere: for every record, its dates, total, EU rate, EU amount
 * and people returned are written character for character the same on its project page, the
 * project list, its country page and its fund page, in English and in Italian, and equal the
 * numbers of projects.csv and /projects/<id>.json. The expected texts are written here with
 * Intl directly, independently of the site's formatter (thousands always grouped, Italian 1.080
 * as Italian statistics write it). (The comparison, drawn in the browser
 * from the same functions, is checked in tests/e2e/compare.spec.ts.)
 */
import { describe, expect, it } from "vitest";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { readPage, readRecords } from "./helpers.ts";

const records = readRecords();
const csv = new Map(parseCsv(readPage("data/projects.csv")).map((row) => [row.id!, row]));
const LOCALES = { en: { intl: "en-GB", prefix: "" }, it: { intl: "it-IT", prefix: "it/" } } as const;

function money(amount: number, currency: string, intl: string): string {
  const digits = Math.round(amount * 100) % 100 === 0 ? 0 : 2;
  return new Intl.NumberFormat(intl, {
    style: "currency",
    currency,
    useGrouping: "always",
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(amount);
}
function percent(pct: number, lang: keyof typeof LOCALES): string {
  const text = new Intl.NumberFormat(LOCALES[lang].intl, { style: "percent", maximumFractionDigits: 2 }).format(pct / 100);
  return lang === "it" ? text.replace(/\s?%/, "\u00a0%") : text;
}
function date(value: string, intl: string): string {
  const [y, m, d] = value.split("-").map(Number) as [number, number?, number?];
  if (m === undefined) return String(y);
  const options: Intl.DateTimeFormatOptions =
    d === undefined ? { year: "numeric", month: "long", timeZone: "UTC" } : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return new Intl.DateTimeFormat(intl, options).format(new Date(Date.UTC(y, m - 1, d ?? 1)));
}

/** The figures a record states or the site calculates, as a reader of `lang` must see them. */
function expected(id: string, lang: keyof typeof LOCALES): Record<string, string> {
  const r = records.get(id)!;
  const intl = LOCALES[lang].intl;
  const b = r.budget;
  const out: Record<string, string> = {};
  if (r.start) out.start = date(r.start, intl);
  if (r.end) out.end = date(r.end, intl);
  if (b?.total !== undefined && b.currency) out.total = money(b.total, b.currency, intl);
  if (b?.eu_share_pct !== undefined) out.euRate = percent(b.eu_share_pct, lang);
  else if (b?.eu_amount !== undefined && b.total) out.euRate = percent(Math.round((b.eu_amount / b.total) * 10_000) / 100, lang);
  if (b?.eu_amount !== undefined && b.currency) out.euAmount = money(b.eu_amount, b.currency, intl);
  else if (b?.total !== undefined && b.eu_share_pct !== undefined && b.currency)
    out.euAmount = money(Math.round(b.total * b.eu_share_pct) / 100, b.currency, intl);
  if (r.results?.returned !== undefined) out["result.returned"] = new Intl.NumberFormat(intl, { useGrouping: "always" }).format(r.results.returned);
  return out;
}

const decode = (text: string) =>
  text
    .replace(/&nbsp;/g, "\u00a0")
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"');

/** The `data-figure` texts inside `html`, by figure name. */
function figuresIn(html: string): Record<string, string> {
  return Object.fromEntries([...html.matchAll(/data-figure="([^"]+)"[^>]*>([^<]*)</g)].map((m) => [m[1]!, decode(m[2]!)]));
}

function rowOf(page: string, id: string): string {
  const match = new RegExp(`<tr data-record="${id}"[^>]*>([\\s\\S]*?)</tr>`).exec(readPage(page));
  if (!match) throw new Error(`${page}: no row for ${id}`);
  return match[1]!;
}

/** The figures a project page shows in its own sections (the key facts, money, results). */
function pageFigures(page: string): Record<string, string> {
  const all = figuresIn(readPage(page));
  return Object.fromEntries(Object.entries(all).filter(([name]) => name in { start: 1, end: 1, total: 1, euRate: 1, euAmount: 1, "result.returned": 1 }));
}

describe.each(Object.keys(LOCALES) as (keyof typeof LOCALES)[])("every record's figures read the same on every page (%s)", (lang) => {
  const prefix = LOCALES[lang].prefix;
  it.each([...records.keys()])("%s", (id) => {
    const r = records.get(id)!;
    const want = expected(id, lang);
    expect(pageFigures(`${prefix}projects/${id}/index.html`), "project page").toEqual(want);
    const inRows = (page: string) => expect(figuresIn(rowOf(page, id)), page).toEqual(want);
    // The project list's page that holds the record (page 1 or a later one).
    const listPage = [`${prefix}projects/index.html`, `${prefix}projects/page/2/index.html`].find((page) =>
      readPage(page).includes(`<tr data-record="${id}"`),
    )!;
    inRows(listPage);
    inRows(`${prefix}countries/${r.member_state.toLowerCase()}/index.html`);
    inRows(`${prefix}funds/${r.fund ?? "not-stated"}/index.html`);
  });
});

describe("the files hold the same numbers", () => {
  it.each([...records.keys()])("%s", (id) => {
    const r = records.get(id)!;
    const row = csv.get(id)!;
    const json = JSON.parse(readPage(`projects/${id}.json`)) as { record: typeof r; derived: { eu_amount: { amount: number } | null } };
    const num = (cell: string | undefined) => (cell === "" || cell === undefined ? undefined : Number(cell));
    expect(row.start || undefined).toBe(r.start);
    expect(row.end || undefined).toBe(r.end);
    expect(num(row["budget.total"])).toBe(r.budget?.total);
    expect(num(row["budget.eu_share_pct"])).toBe(r.budget?.eu_share_pct);
    expect(num(row["results.returned"])).toBe(r.results?.returned);
    expect(json.record.budget?.total).toBe(r.budget?.total);
    expect(json.record.results?.returned).toBe(r.results?.returned);
    const euAmount =
      r.budget?.eu_amount ??
      (r.budget?.total !== undefined && r.budget.eu_share_pct !== undefined ? Math.round(r.budget.total * r.budget.eu_share_pct) / 100 : undefined);
    expect(num(row["budget.eu_amount"]) ?? num(row["derived.eu_amount"])).toBe(euAmount);
    expect(json.record.budget?.eu_amount ?? json.derived.eu_amount?.amount).toBe(euAmount);
  });
});
