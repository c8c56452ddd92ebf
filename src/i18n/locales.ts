/**
 * The site's languages. Adding one is adding its strings file (src/i18n/<code>.json, with
 * every key of en.json) and one line here.
 */
export interface LocaleConfig {
  /** The URL prefix and `lang` attribute: `it` serves /it/... */
  code: string;
  /** BCP 47 tag for Intl formatting. */
  intl: string;
  /** The language's own name, for the language switcher. */
  name: string;
  /** Write a (no-break) space before the percent sign: `75 %`. */
  spaceBeforePercent: boolean;
}

export const LOCALES: readonly LocaleConfig[] = [
  { code: "en", intl: "en-GB", name: "English", spaceBeforePercent: false },
  { code: "it", intl: "it-IT", name: "Italiano", spaceBeforePercent: true },
];

/** English stays at the site's permanent URLs, without a prefix. */
export const DEFAULT_LOCALE = "en";

export const LOCALE_CODES: readonly string[] = LOCALES.map((locale) => locale.code);
