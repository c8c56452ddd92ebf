/**
 * The Pagefind search index: one bundle per language, over the parts of project pages marked
 * `data-pagefind-body`, written to <site>/pagefind/ (English) and <site>/<lang>/pagefind/. The
 * search page loads the bundle of its own language (`data-pagefind-bundle`).
 *
 * It runs as its own step after `astro build` has exited (`scripts/search-index.ts`, part of
 * `npm run build`), not inside Astro's `astro:build:done`: Pagefind holds every indexed page in
 * memory, and running it while Astro still held the built site took the peak memory of a
 * 10,000-record build from 3.4 GB to 5.4 GB. One bundle per language, indexed one after the
 * other, is also faster and lighter than one bundle for all: for 2 × 10,000 pages on two cores,
 * 9 + 10 s and at most 2.3 GB, against 32 s and 3.4 GB (and 25 s but 4.2 GB run in parallel).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import * as pagefind from "pagefind";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales.ts";

/** The folder of a language's pages: "" for English, "it/" for Italian. */
const prefixOf = (lang: string) => (lang === DEFAULT_LOCALE ? "" : `${lang}/`);

/** Where the project pages are, in every language: `projects/<id>/`, `it/projects/<id>/`. */
const PROJECT_FOLDERS = LOCALES.map((locale) => `${prefixOf(locale.code)}projects`);
const PROJECT_PAGE = new RegExp(`^(${PROJECT_FOLDERS.join("|")})/[^/]+/index\\.html$`);

/**
 * Only project pages are marked `data-pagefind-body`. The check is made once, before the
 * languages are indexed: should another kind of page ever be marked, it must be added here.
 */
export function checkIndexedPages(site: string): void {
  for (const entry of readdirSync(site, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const path = relative(site, join(entry.parentPath, entry.name)).split(sep).join("/");
    if (PROJECT_PAGE.test(path)) continue;
    if (readFileSync(join(site, path), "utf8").includes("data-pagefind-body")) {
      throw new Error(`/${path} is marked data-pagefind-body but is not a project page: add its folder to PROJECT_FOLDERS in src/integrations/search-index.ts`);
    }
  }
}

/** Indexes one language's project pages of the built site in `site`; returns how many. */
export async function buildSearchIndex(site: string, lang: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    // Pages are read from the language's folder, so their URLs are relative to it, as is the
    // bundle: Pagefind prefixes them with the bundle's base (/it/) on the search page.
    const added = await index.addDirectory({ path: join(site, prefixOf(lang)), glob: "projects/*/index.html" });
    if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: join(site, prefixOf(lang), "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return added.page_count;
  } finally {
    await pagefind.close();
  }
}
