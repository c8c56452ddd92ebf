/**
 * One formatter per locale: the only way pages, views, exports and browser scripts write a
 * figure for a reader. Built on `../format.ts` (where rounding happens), so a figure reads
 * character for character the same wherever it appears, on the server and in the browser.
 */
import type { PrecisionDate } from "../dates.ts";
import type { Money } from "../money.ts";
import { formatAllowanceAmount, formatCount, formatCountry, formatCurrencyName, formatMoney, formatPercent, formatPrecisionDate } from "../format.ts";

/** What formatting needs to know of a language (the site's locales list holds more). */
export interface LocaleFormat {
  /** BCP 47 tag for Intl: `en-GB`, `it-IT`. */
  intl: string;
  /** Write a no-break space before the percent sign: `75 %`. */
  spaceBeforePercent: boolean;
}

export interface Formatter {
  /** The BCP 47 tag it formats for; with `count`, what a message needs (`MessageLocale` in ../i18n.ts). */
  intl: string;
  money: (money: Money) => string;
  percent: (pct: number) => string;
  count: (count: number) => string;
  date: (date: PrecisionDate) => string;
  country: (code: string) => string;
  currencyName: (code: string) => string;
  /** An allowance's amount; a range is written with `rangePattern` (`{min} to {max}`). */
  allowance: (allowance: Parameters<typeof formatAllowanceAmount>[0], rangePattern: string) => string;
  /** Items as a list in running text: `a, b and c`, `a, b e c`; with `"or"`: `a, b or c`. */
  list: (items: readonly string[], kind?: "and" | "or") => string;
  /** Compares two texts as a reader of this language sorts them. */
  compareText: (a: string, b: string) => number;
  /** The plural category of a count in this language: `one`, `other`, ... */
  pluralCategory: (count: number) => string;
  /** A chart axis or tooltip value in the chart's unit (money in currency units). */
  chartValue: (value: number, unit: "count" | "money" | "percent", currency?: string) => string;
}

const formatters = new Map<string, Formatter>();

export function createFormatter(locale: LocaleFormat): Formatter {
  const key = `${locale.intl}|${locale.spaceBeforePercent}`;
  const cached = formatters.get(key);
  if (cached) return cached;
  const intl = locale.intl;
  const collator = new Intl.Collator(intl);
  const lists = { and: new Intl.ListFormat(intl, { type: "conjunction" }), or: new Intl.ListFormat(intl, { type: "disjunction" }) };
  const pluralRules = new Intl.PluralRules(intl);
  const formatter: Formatter = {
    intl,
    money: (money) => formatMoney(money, intl),
    percent: (pct) => formatPercent(pct, intl, locale.spaceBeforePercent),
    count: (count) => formatCount(count, intl),
    date: (date) => formatPrecisionDate(date, intl),
    country: (code) => formatCountry(code, intl),
    currencyName: (code) => formatCurrencyName(code, intl),
    allowance: (allowance, rangePattern) => formatAllowanceAmount(allowance, intl, rangePattern),
    list: (items, kind = "and") => lists[kind].format(items),
    compareText: (a, b) => collator.compare(a, b),
    pluralCategory: (count) => pluralRules.select(count),
    chartValue: (value, unit, currency = "EUR") =>
      unit === "money"
        ? formatMoney({ cents: Math.round(value * 100), currency }, intl)
        : unit === "percent"
          ? formatPercent(value, intl, locale.spaceBeforePercent)
          : formatCount(value, intl),
  };
  formatters.set(key, formatter);
  return formatter;
}
