/**
 * Formatting for people: money, percentages, counts and precision dates, through Intl.
 * Rounding happens here and only here.
 */
import type { PrecisionDate } from "./dates.ts";
import type { Money } from "./money.ts";

export const DEFAULT_LOCALE = "en-GB";

// Creating an Intl formatter costs far more than using one (tens of microseconds against a
// few), and a build formats hundreds of thousands of values: each formatter is made once per
// locale and options, and kept. Formatters hold no state between calls.
//
// Thousands are always grouped: CLDR leaves four-digit numbers ungrouped in Italian ("4715"
// beside "10.576" in one column), while Italian public statistics write "4.715"; English groups
// them anyway ("4,715").
const formatters = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<F extends Intl.NumberFormat | Intl.DateTimeFormat | Intl.DisplayNames>(key: string, create: () => F): F {
  let formatter = formatters.get(key) as F | undefined;
  if (!formatter) {
    formatter = create();
    formatters.set(key, formatter);
  }
  return formatter;
}

/** `€1,400,000`, `CZK 60,000,000`, `€1,079,988.84`: decimals only where the amount has cents. */
export function formatMoney(money: Money, locale: string = DEFAULT_LOCALE): string {
  const whole = money.cents % 100 === 0;
  const digits = whole ? 0 : 2;
  return cached(
    `money|${locale}|${money.currency}|${digits}`,
    () =>
      new Intl.NumberFormat(locale, {
        style: "currency",
        currency: money.currency,
        useGrouping: "always",
        minimumFractionDigits: digits,
        maximumFractionDigits: digits,
      }),
  ).format(money.cents / 100);
}

/** `75%`, `66.67%`; `75 %` (no-break space) where the locale's style asks for it. */
export function formatPercent(pct: number, locale: string = DEFAULT_LOCALE, spaceBeforePercent = false): string {
  const text = cached(`percent|${locale}`, () => new Intl.NumberFormat(locale, { style: "percent", maximumFractionDigits: 2 })).format(pct / 100);
  return spaceBeforePercent ? text.replace(/\s?%/, "\u00a0%") : text;
}

/** `1,080`. */
export function formatCount(count: number, locale: string = DEFAULT_LOCALE): string {
  return cached(`count|${locale}`, () => new Intl.NumberFormat(locale, { maximumFractionDigits: 0, useGrouping: "always" })).format(count);
}

/** `1 July 2010`, `July 2010` or `2010`, by the date's precision. */
export function formatPrecisionDate(date: PrecisionDate, locale: string = DEFAULT_LOCALE): string {
  if (date.precision === "year") return String(date.year);
  const utc = new Date(Date.UTC(date.year, (date.month ?? 1) - 1, date.day ?? 1));
  const options: Intl.DateTimeFormatOptions =
    date.precision === "month" ? { year: "numeric", month: "long", timeZone: "UTC" } : { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" };
  return cached(`date|${locale}|${date.precision}`, () => new Intl.DateTimeFormat(locale, options)).format(utc);
}

function regionNames(locale: string): Intl.DisplayNames {
  return cached(`region|${locale}`, () => new Intl.DisplayNames([locale], { type: "region" }));
}

const countryNames = new Map<string, string>();

/** The country's name in the reader's language: `IT` → `Italy`, `XK` → `Kosovo`. */
export function formatCountry(code: string, locale: string = DEFAULT_LOCALE): string {
  // Tables name the same few countries thousands of times: each name is looked up once.
  const key = `${locale}|${code}`;
  let name = countryNames.get(key);
  if (name === undefined) {
    name = code === "EU" ? (regionNames(locale).of("EU") ?? "European Union") : (regionNames(locale).of(code) ?? code);
    countryNames.set(key, name);
  }
  return name;
}

/** The currency's name: `CZK` → `Czech koruna`. */
export function formatCurrencyName(code: string, locale: string = DEFAULT_LOCALE): string {
  return cached(`currency|${locale}`, () => new Intl.DisplayNames([locale], { type: "currency" })).of(code) ?? code;
}

/** An allowance's amount: `€400`, or a range written with `rangePattern` (`{min} to {max}`). */
export function formatAllowanceAmount(
  allowance: { amount?: number | undefined; amount_min?: number | undefined; amount_max?: number | undefined; currency: string },
  locale: string = DEFAULT_LOCALE,
  rangePattern = "{min} to {max}",
): string {
  const money = (amount: number) => formatMoney({ cents: Math.round(amount * 100), currency: allowance.currency }, locale);
  if (allowance.amount !== undefined) return money(allowance.amount);
  if (allowance.amount_min !== undefined && allowance.amount_max !== undefined) {
    return rangePattern.replace("{min}", money(allowance.amount_min)).replace("{max}", money(allowance.amount_max));
  }
  throw new Error("an allowance has an amount or a range");
}

/** Length of text as written in HTML, where Astro escapes `&`, `<`, `>`, `"` and `'`. */
function htmlLength(text: string): number {
  return text.length + [...text.matchAll(/[&<>"']/g)].reduce((sum, [c]) => sum + ({ "&": 4, "<": 3, ">": 3, '"': 5, "'": 4 }[c] ?? 0), 0);
}

/**
 * The document title: `Page – Site` when that fits in `max` characters of HTML, else the page
 * title alone, shortened at a word boundary with an ellipsis (the full title is the page's h1).
 */
export function formatDocumentTitle(pageTitle: string, siteName: string, max = 70): string {
  if (pageTitle === siteName) return siteName;
  const full = `${pageTitle} – ${siteName}`;
  if (htmlLength(full) <= max) return full;
  if (htmlLength(pageTitle) <= max) return pageTitle;
  let cut = pageTitle;
  while (htmlLength(cut) > max - 1) {
    const space = cut.lastIndexOf(" ");
    cut = space > 0 ? cut.slice(0, space) : cut.slice(0, -1);
  }
  return `${cut.replace(/[\s,:;–-]+$/, "")}…`;
}
