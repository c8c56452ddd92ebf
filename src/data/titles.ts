/** Record titles in a language, for lists: id → translated title, where a translation exists. */
import { getCollection } from "astro:content";
import type { TranslatedFields } from "../lib/schema/translation.ts";

const cache = new Map<string, Promise<ReadonlyMap<string, string>>>();

/** One map per language for the whole build (many pages ask for it), shared: read it, never change it. */
export function getTranslatedTitles(lang: string): Promise<ReadonlyMap<string, string>> {
  let titles = cache.get(lang);
  if (!titles) {
    titles = getCollection("translations", (entry) => entry.id.startsWith(`${lang}/`)).then(
      (entries) => new Map(entries.map((entry) => [entry.id.slice(lang.length + 1), entry.data.title])),
    );
    cache.set(lang, titles);
  }
  return titles;
}

const fieldCache = new Map<string, Promise<ReadonlyMap<string, TranslatedFields>>>();

/** The translated free-text facts of each record in a language (conflicts, notes, ...): id → fields, where a translation exists. */
export function getTranslatedFields(lang: string): Promise<ReadonlyMap<string, TranslatedFields>> {
  let fields = fieldCache.get(lang);
  if (!fields) {
    fields = getCollection("translations", (entry) => entry.id.startsWith(`${lang}/`)).then(
      (entries) => new Map(entries.map((entry) => [entry.id.slice(lang.length + 1), entry.data.fields ?? {}])),
    );
    fieldCache.set(lang, fields);
  }
  return fields;
}
