/** Publications (content/publications/<lang>/<slug>.mdx), in the reader's language or in English. */
import { getCollection, type CollectionEntry } from "astro:content";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";

export interface PublicationEntry {
  slug: string;
  entry: CollectionEntry<"publications">;
  /** True where the page shows the English entry because there is none in the reader's language. */
  fallback: boolean;
}

let cache: Promise<CollectionEntry<"publications">[]> | undefined;

/** Every publication in `lang` (English where not translated), newest first, then by title. */
export async function getPublications(lang: string): Promise<PublicationEntry[]> {
  cache ??= getCollection("publications");
  const entries = await cache;
  const slugs = [...new Set(entries.map((e) => e.id.slice(e.id.indexOf("/") + 1)))];
  return slugs
    .map((slug): PublicationEntry => {
      const own = entries.find((e) => e.id === `${lang}/${slug}`);
      const english = entries.find((e) => e.id === `${DEFAULT_LOCALE}/${slug}`);
      const entry = own ?? english;
      if (!entry) throw new Error(`content/publications: "${slug}" has no ${DEFAULT_LOCALE} entry, which every publication needs`);
      return { slug, entry, fallback: !own };
    })
    .sort((a, b) => b.entry.data.year - a.entry.data.year || a.entry.data.title.localeCompare(b.entry.data.title));
}
