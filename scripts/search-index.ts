/**
 * `node scripts/search-index.ts [site]`: builds the Pagefind bundles of a built site (default
 * dist/) from the search documents the build left in it, once `astro build` has exited, each
 * language in its own process, as many at once as there are cores (`AVRR_SEARCH_JOBS`).
 * `npm run build` runs it; see src/integrations/search-index.ts.
 *
 * `node scripts/search-index.ts <site> --lang <code>` indexes one language (what each process runs).
 */
import { spawn } from "node:child_process";
import { writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { LOCALE_CODES } from "../src/i18n/locales.ts";
import { buildSearchIndex } from "../src/integrations/search-index.ts";

const site = resolve(process.argv[2] ?? "dist");
const langAt = process.argv.indexOf("--lang");
const start = performance.now();

if (langAt > 0) {
  const lang = process.argv[langAt + 1]!;
  const count = await buildSearchIndex(site, lang);
  console.log(`[avrr:search-index] ${lang}: indexed ${count} projects in ${((performance.now() - start) / 1000).toFixed(2)} s`);
} else {
  const self = fileURLToPath(import.meta.url);
  const index = (lang: string) =>
    new Promise<number | null>((done) => {
      const child = spawn(process.execPath, [self, site, "--lang", lang], { stdio: "inherit" });
      child.on("close", done);
    });
  // As many languages at once as there are cores (AVRR_SEARCH_JOBS to choose): each index is one Pagefind process.
  const jobs = Math.max(1, Number(process.env.AVRR_SEARCH_JOBS) || availableParallelism());
  const codes: (number | null)[] = new Array(LOCALE_CODES.length).fill(null);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, LOCALE_CODES.length) }, async () => {
      while (next < LOCALE_CODES.length) {
        const i = next++;
        codes[i] = await index(LOCALE_CODES[i]!);
      }
    }),
  );
  const failed = LOCALE_CODES.filter((_, i) => codes[i] !== 0);
  if (failed.length) {
    console.error(`[avrr:search-index] indexing failed for: ${failed.join(", ")}`);
    process.exit(1);
  }
  const ms = performance.now() - start;
  console.log(`[avrr:search-index] all languages indexed in ${(ms / 1000).toFixed(2)} s`);
  // The benchmark (bench/run.ts) reads how long this step took.
  if (process.env.AVRR_BENCH_TIMINGS) writeFileSync(`${process.env.AVRR_BENCH_TIMINGS}.search.json`, `${JSON.stringify({ ms })}\n`);
}
