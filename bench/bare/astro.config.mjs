// @ts-check
/**
 * The bare Astro build the benchmark compares the site with: the same records through the
 * same glob loader, one plain page per record (title and body), nothing else. Built by
 * bench/run.ts in a scratch folder, with AVRR_RECORDS_DIR pointing at the synthetic records.
 */
import { defineConfig } from "astro/config";

export default defineConfig({
  site: "https://example.invalid",
});
