/**
 * Everything a page needs to speak its reader's language: strings, plurals, formatting and
 * localized paths. Strings files are found by name, so a new language needs no code here.
 */
import { createTranslator, type Strings, type Translator } from "../lib/i18n.ts";
import type { formatAllowanceAmount } from "../lib/format.ts";
import { createFormatter, type Formatter } from "../lib/present/formatter.ts";
import { textIn } from "../lib/present/names.ts";
import { laterPages } from "../lib/present/paging.ts";
import type { PrecisionDate } from "../lib/dates.ts";
import type { Money } from "../lib/money.ts";
import { DEFAULT_LOCALE, LOCALES, type LocaleConfig } from "./locales.ts";

const files = import.meta.glob<Strings>("./*.json", { eager: true, import: "default" });
export const STRINGS: Readonly<Record<string, Strings>> = Object.fromEntries(
  Object.entries(files).map(([path, strings]) => [path.replace(/^\.\/(.+)\.json$/, "$1"), strings]),
);

export interface Localization extends Translator {
  lang: string;
  locale: LocaleConfig;
  /** The path in this language: `/projects/` or `/it/projects/`. */
  path: (path: string) => string;
  /** A reference-data text in this language, English where it has none yet. */
  text: (value: Readonly<Record<string, string>>) => string;
  money: (money: Money) => string;
  percent: (pct: number) => string;
  count: (count: number) => string;
  date: (date: PrecisionDate) => string;
  country: (code: string) => string;
  currencyName: (code: string) => string;
  allowance: (allowance: Parameters<typeof formatAllowanceAmount>[0]) => string;
  /** Items as a list in running text: `a, b and c`; with `"or"`: `a, b or c`. */
  list: (items: readonly string[], kind?: "and" | "or") => string;
  /** The formatter behind `money`, `percent`, `count`, `date` and `country`. */
  format: Formatter;
}

export function localizePath(lang: string, path: string): string {
  return lang === DEFAULT_LOCALE ? path : `/${lang}${path}`;
}

export function getLocale(lang: string): LocaleConfig {
  const locale = LOCALES.find((l) => l.code === lang);
  if (!locale) throw new Error(`unknown language "${lang}"`);
  return locale;
}

const cache = new Map<string, Localization>();

export function useLocalization(lang: string): Localization {
  const cached = cache.get(lang);
  if (cached) return cached;
  const locale = getLocale(lang);
  const strings = STRINGS[lang];
  if (!strings) throw new Error(`no strings file src/i18n/${lang}.json`);
  const f = createFormatter(locale);
  const translator = createTranslator(strings, locale.intl, `src/i18n/${lang}.json`, f.count);
  const rangePattern = translator.t("allowance.range", { min: "{min}", max: "{max}" });
  const localization: Localization = {
    ...translator,
    lang,
    locale,
    path: (path) => localizePath(lang, path),
    text: (value) => textIn(value, lang, DEFAULT_LOCALE),
    money: f.money,
    percent: f.percent,
    count: f.count,
    date: f.date,
    country: f.country,
    currencyName: f.currencyName,
    allowance: (allowance) => f.allowance(allowance, rangePattern),
    list: f.list,
    format: f,
  };
  cache.set(lang, localization);
  return localization;
}

/** getStaticPaths entries for a page that exists in every language. */
export function languagePaths(): { params: { lang: string | undefined }; props: { lang: string } }[] {
  return LOCALES.map((l) => ({ params: { lang: l.code === DEFAULT_LOCALE ? undefined : l.code }, props: { lang: l.code } }));
}

/** A list that has later pages: how many rows it has, and what its pages' route takes besides the language and the page. */
export interface PagedList<P> {
  length: number;
  params?: Record<string, string>;
  props?: P;
}

/**
 * The static paths of the later pages (2, 3, …) of lists, in every language: `lists(lang)` names
 * each list with its rows' count, and its route's own parameters and props; a list gets as many
 * later pages as its rows need (src/lib/present/paging.ts). The first page is the list's own page.
 */
export function laterPagePaths<P extends object = object>(
  lists: (lang: string) => readonly PagedList<P>[],
): { params: Record<string, string | undefined>; props: { lang: string; page: number } & P }[] {
  return languagePaths().flatMap(({ params, props }) =>
    lists(props.lang).flatMap((list) =>
      laterPages(list.length).map((page) => ({ params: { ...params, ...list.params, page: String(page) }, props: { ...props, ...(list.props as P), page } })),
    ),
  );
}
