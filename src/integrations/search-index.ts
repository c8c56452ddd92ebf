/**
 * The Pagefind search index: one bundle per language, written to <site>/pagefind/ (English) and
 * <site>/<lang>/pagefind/. The search page loads the bundle of its own language.
 *
 * The index is built from records, not from the pages' HTML: the build writes, for each
 * language, <site>/<lang>/search/documents.json (src/data/views/search-documents.ts: each
 * project's own text in that language, its meta fields and its filters), and this step gives
 * each document to Pagefind as a custom record, then removes the file, which is never
 * published. So the index holds the records' words and none of the interface's ("not
 * reported", the names of the facts), and a project page's layout can change without changing
 * what search finds.
 *
 * It runs as its own step after `astro build` has exited (`scripts/search-index.ts`, part of
 * `npm run build`), not inside Astro's `astro:build:done`, so that Pagefind never holds its
 * index while Astro still holds the built site in memory; one language after the other, each in
 * its own process.
 */
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { DEFAULT_LOCALE } from "../i18n/locales.ts";
import type { SearchDocument } from "../data/views/search-documents.ts";

/** The folder of a language's pages: "" for English, "it/" for Italian. */
const prefixOf = (lang: string) => (lang === DEFAULT_LOCALE ? "" : `${lang}/`);

/** Where the build leaves a language's search documents. */
export const documentsFile = (site: string, lang: string) => join(site, prefixOf(lang), "search", "documents.json");

/**
 * Reads a language's search documents and checks them against the built site: one document per
 * project page of that language, each for a page that exists, in that language.
 */
export function readSearchDocuments(site: string, lang: string): SearchDocument[] {
  const file = documentsFile(site, lang);
  if (!existsSync(file)) throw new Error(`${file} is missing: the build writes it (src/pages/[...lang]/search/documents.json.ts)`);
  const documents = JSON.parse(readFileSync(file, "utf8")) as SearchDocument[];
  const folder = join(site, prefixOf(lang), "projects");
  const pages = new Set(
    readdirSync(folder, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && existsSync(join(folder, entry.name, "index.html")))
      .map((entry) => `/${prefixOf(lang)}projects/${entry.name}/`),
  );
  const problems: string[] = [];
  for (const d of documents) {
    if (!pages.has(d.url)) problems.push(`${d.url}: no such page in ${site}`);
    if (d.language !== lang) problems.push(`${d.url}: language "${d.language}" in the ${lang} index`);
    if (!d.meta.title || !d.content) problems.push(`${d.url}: no title or no text`);
    pages.delete(d.url);
  }
  for (const page of pages) problems.push(`${page}: a project page with no search document`);
  if (problems.length) throw new Error(`${file}:\n  ${problems.join("\n  ")}`);
  return documents;
}

/** Indexes one language's search documents of the built site in `site`, removes the documents file; returns how many were indexed. */
export async function buildSearchIndex(site: string, lang: string): Promise<number> {
  const documents = readSearchDocuments(site, lang);
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const d of documents) {
      // Pagefind writes a result's URL under its bundle's folder (/it/): the record's URL is relative to it.
      const url = `/${d.url.slice(1 + prefixOf(lang).length)}`;
      const added = await index.addCustomRecord({ url, content: d.content, language: d.language, meta: { ...d.meta }, filters: { ...d.filters } });
      if (added.errors.length) throw new Error(`Pagefind could not index ${d.url}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: join(site, prefixOf(lang), "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
  rmSync(documentsFile(site, lang));
  return documents.length;
}
