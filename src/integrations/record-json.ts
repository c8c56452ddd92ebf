/**
 * Writes each record's `/projects/<id>.json` from the build-only `projects/record-files.json`
 * (src/pages/projects/record-files.json.ts: the file texts, written by the published-project
 * serializer), then removes it. One path through Astro's router instead of one per record: at
 * 10,000 records that saves Astro's per-path work for 10,000 files (bench/results.md).
 * It runs first in `astro:build:done`, before the sitemap and `_headers` list the files.
 */
import type { AstroIntegration } from "astro";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { RECORD_FILES } from "./build-only.ts";

const RECORD_ID = /^[a-z]{2}-[a-z0-9-]+$/;

/** How many files are being written at once: enough to keep libuv's threads (4) busy, on every core. */
const WRITES_AT_ONCE = 16;

/** Splits `<site>/projects/record-files.json` into `<site>/projects/<id>.json`; returns how many were written. */
export async function writeRecordFiles(site: string): Promise<number> {
  const bundle = join(site, RECORD_FILES);
  const entries = JSON.parse(readFileSync(bundle, "utf8")) as [string, string][];
  // Ids are checked when records are read (src/lib/records/validate.ts); this guards the file names all the same, before any is written.
  for (const [id] of entries) {
    if (!RECORD_ID.test(id)) throw new Error(`${bundle}: record id ${JSON.stringify(id)} is not a safe file name (${RECORD_ID})`);
  }
  const folder = join(site, "projects");
  mkdirSync(folder, { recursive: true });
  let next = 0;
  const writer = async () => {
    while (next < entries.length) {
      const [id, text] = entries[next++]!;
      await writeFile(join(folder, `${id}.json`), text);
    }
  };
  await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, entries.length) }, writer));
  rmSync(bundle);
  return entries.length;
}

export function recordJsonIntegration(): AstroIntegration {
  return {
    name: "avrr:record-json",
    hooks: {
      "astro:build:done": async ({ dir, logger }) => {
        const count = await writeRecordFiles(fileURLToPath(dir));
        logger.info(`wrote ${count} projects/<id>.json files`);
      },
    },
  };
}
