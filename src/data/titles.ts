/** Record titles in a language, for lists: id → translated title, where a translation exists. */
import { getCollection } from "astro:content";

export async function getTranslatedTitles(lang: string): Promise<Map<string, string>> {
  const entries = await getCollection("translations", (entry) => entry.id.startsWith(`${lang}/`));
  return new Map(entries.map((entry) => [entry.id.slice(lang.length + 1), entry.data.title]));
}
