/**
 * Builds the Pagefind search index after the site is built: one index per page language
 * (from `<html lang>`), over the parts of pages marked `data-pagefind-body` (project pages),
 * written to dist/pagefind/. The search page loads it in the reader's language.
 */
import type { AstroIntegration } from "astro";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import * as pagefind from "pagefind";

export function searchIndexIntegration(): AstroIntegration {
  return {
    name: "avrr:search-index",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
        const added = await index.addDirectory({ path: site });
        if (added.errors.length) throw new Error(`Pagefind could not index ${site}: ${added.errors.join("; ")}`);
        const written = await index.writeFiles({ outputPath: join(site, "pagefind") });
        if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages`);
      },
    },
  };
}
