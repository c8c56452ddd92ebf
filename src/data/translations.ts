/** Record translations and prose pages, by language. */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import { useLocalization } from "../i18n/index.ts";
import { toPrecisionDate } from "../lib/dates.ts";
import type { TranslationInfo } from "../lib/schema/translation.ts";

/** The translation of a record's text into `lang`, if there is one. */
export async function getTranslation(lang: string, id: string): Promise<CollectionEntry<"translations"> | undefined> {
  if (lang === DEFAULT_LOCALE) return undefined;
  // One lookup table for the build: asking getEntry for a missing entry logs a warning per page.
  translations ??= getCollection("translations").then((entries) => new Map(entries.map((e) => [e.id, e])));
  return (await translations).get(`${lang}/${id}`);
}

let translations: Promise<Map<string, CollectionEntry<"translations">>> | undefined;

/** A prose page in `lang`, or in English with `fallback: true` where it is not translated yet. */
export async function getPage(lang: string, slug: string): Promise<{ entry: CollectionEntry<"pages">; fallback: boolean }> {
  const own = await getEntry("pages", `${lang}/${slug}`);
  if (own) return { entry: own, fallback: false };
  const english = await getEntry("pages", `${DEFAULT_LOCALE}/${slug}`);
  if (!english) throw new Error(`no page content/pages/${DEFAULT_LOCALE}/${slug}.mdx`);
  return { entry: english, fallback: true };
}

/** "Translated by software, not yet checked by a fluent reader", or who checked it and when. */
export function translationNote(info: TranslationInfo, l: ReturnType<typeof useLocalization>): string {
  const method = l.t(`translation.method.${info.method}`);
  if (info.method === "original") return method;
  if (info.review === "reviewed" && info.reviewed_by && info.reviewed_on) {
    return l.t("translation.reviewedBy", { method, by: info.reviewed_by, date: l.date(toPrecisionDate(info.reviewed_on)) });
  }
  return l.t("translation.notReviewed", { method });
}
