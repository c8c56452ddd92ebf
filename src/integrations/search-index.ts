/**
 * Builds the Pagefind search index after the site is built: one index per page language
 * (from `<html lang>`), over the parts of pages marked `data-pagefind-body` (project pages),
 * written to dist/pagefind/. The search page loads it in the reader's language.
 */
import type { AstroIntegration } from "astro";
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as pagefind from "pagefind";
import { DEFAULT_LOCALE, LOCALES } from "../i18n/locales.ts";

/** Where the project pages are, in every language: `projects/<id>/`, `it/projects/<id>/`. */
const PROJECT_FOLDERS = LOCALES.map((locale) => (locale.code === DEFAULT_LOCALE ? "projects" : `${locale.code}/projects`));

/**
 * Only project pages are marked `data-pagefind-body`, and Pagefind leaves every other page out
 * of the index anyway; giving it only the project pages saves it parsing the large list pages
 * (the index it writes is the same).
 */
const INDEXED_PAGES = `{${PROJECT_FOLDERS.join(",")}}/*/index.html`;
const PROJECT_PAGE = new RegExp(`^(${PROJECT_FOLDERS.join("|")})/[^/]+/$`);

export function searchIndexIntegration(): AstroIntegration {
  return {
    name: "avrr:search-index",
    hooks: {
      "astro:build:done": async ({ dir, pages, logger }) => {
        const site = fileURLToPath(dir);
        // Should another kind of page be marked for the index, the glob above must include it.
        for (const { pathname } of pages) {
          if (PROJECT_PAGE.test(pathname)) continue;
          const files = [join(site, pathname, "index.html"), join(site, `${pathname.replace(/\/$/, "")}.html`)];
          const html = files.map((file) => (existsSync(file) ? readFileSync(file, "utf8") : "")).join("");
          if (html.includes("data-pagefind-body")) {
            throw new Error(`/${pathname} is marked data-pagefind-body but is not a project page: add its folder to INDEXED_PAGES in src/integrations/search-index.ts`);
          }
        }
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site, glob: INDEXED_PAGES });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} project pages`);
      },
    },
  };
}
