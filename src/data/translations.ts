/** Record translations and prose pages, by language. */
import { getCollection, getEntry, type CollectionEntry } from "astro:content";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";

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
