/**
 * The project list at scale (not part of `npm test`): `node bench/scale-check.ts <built-site-dir>`,
 * for a site built from many synthetic records (bench/run.ts leaves one at
 * `<scratch>/site-<N>/dist`). It serves the site with the deploy nginx configuration
 * (tests/e2e/nginx.ts), opens `/projects/?member_state=XX` in Chromium for the largest member
 * state, a middling one and the smallest, waits for the list's script to be done (`data-ready`
 * on <html>), shows every match ("show more" until none is left), and checks that the ids shown
 * are exactly the records of that member state in the built /data/projects.csv, and the count
 * line says how many; that the same member states' pages (/countries/<code>/ and its later
 * pages, followed by their "next" links) list exactly those records, each once. It also checks that every HTML page is at most 100 KB gzipped
 * (bench/page-sizes.ts) and prints the figures: the largest page of each kind, the list's index
 * raw and gzipped, the JavaScript of /projects/ gzipped. Exit status 1 when a check fails.
 */
import { readFileSync, statSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { parseCsv } from "../src/lib/export/csv.ts";
import { largestPages } from "./page-sizes.ts";
import { startNginx } from "../tests/e2e/nginx.ts";

const PAGE_LIMIT_GZ = 100 * 1024;
const REPO = resolve(import.meta.dirname, "..");

const dist = resolve(process.argv[2] ?? "");
if (!process.argv[2] || !statSync(dist, { throwIfNoEntry: false })?.isDirectory()) {
  console.error("usage: node bench/scale-check.ts <built-site-dir>   (e.g. /tmp/p-list-bench/site-10000/dist)");
  process.exit(2);
}
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
const gz = (bytes: Buffer | string) => gzipSync(bytes, { level: 6 }).length;
const failures: string[] = [];

// The records of each member state, from the published file.
const records = parseCsv(readFileSync(join(dist, "data/projects.csv"), "utf8"));
const byState = new Map<string, string[]>();
for (const r of records) byState.set(r.member_state!, [...(byState.get(r.member_state!) ?? []), r.id!]);
const states = [...byState].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
const sample = [...new Map([states[0]!, states[Math.floor(states.length / 2)]!, states[states.length - 1]!].map((s) => [s[0], s] as const)).values()];
console.log(`${records.length} records, ${states.length} member states; checking ${sample.map(([s, ids]) => `${s} (${ids.length})`).join(", ")}`);

// Every HTML page within the limit.
const kinds = largestPages(dist);
console.log("\nlargest page of each kind (gzipped, as written):");
for (const k of kinds)
  console.log(
    `${kb(k.largest.gzipBytes).padStart(10)} ${kb(k.largest.bytes).padStart(11)}  ${String(k.pages).padStart(6)} pages  ${k.kind}  (${k.largest.path})`,
  );
for (const k of kinds)
  if (k.largest.gzipBytes > PAGE_LIMIT_GZ) failures.push(`${k.largest.path}: ${kb(k.largest.gzipBytes)} gzipped, more than ${kb(PAGE_LIMIT_GZ)}`);

for (const path of ["projects/list.json", "it/projects/list.json"]) {
  const body = readFileSync(join(dist, path));
  console.log(`/${path}: ${kb(body.length)} raw, ${kb(gz(body))} gzipped`);
}

// A member state's page and its later pages (/countries/<code>/page/<n>/), followed by their
// "next" links as a reader would, list exactly that state's records, each once.
const htmlOf = (path: string) => readFileSync(join(dist, path, "index.html"), "utf8");
for (const [state, expected] of sample) {
  const first = `/countries/${state.toLowerCase()}/`;
  const ids: string[] = [];
  const visited: string[] = [];
  for (let path: string | undefined = first; path;) {
    visited.push(path);
    const html = htmlOf(path);
    ids.push(...[...html.matchAll(/<tr data-record="([^"]+)"/g)].map((m) => m[1]!));
    path = /<a href="([^"]+)" rel="next">/.exec(html)?.[1];
    if (path && visited.includes(path)) {
      failures.push(`${first}: the "next" links go round (${path} again)`);
      break;
    }
  }
  const wanted = new Set(expected);
  const same = ids.length === expected.length && new Set(ids).size === ids.length && ids.every((id) => wanted.has(id));
  console.log(
    `${first} and its later pages: ${visited.length} page(s), ${ids.length} rows; ${expected.length} records of ${state} in projects.csv: ${same ? "the same ids, each once" : "DIFFERENT"}`,
  );
  if (!same)
    failures.push(
      `${first}: its ${visited.length} page(s) list ${ids.length} rows (${new Set(ids).size} different), projects.csv has ${expected.length} records of ${state}`,
    );
}

const server = await startNginx(REPO, [dist]);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu"],
});
try {
  const page = await browser.newPage();
  // The JavaScript of the list's page: every script it loads, gzipped as the budgets count it.
  const scripts = new Map<string, number>();
  page.on("response", async (response) => {
    if (response.request().resourceType() === "script") scripts.set(response.url(), gz(await response.body()));
  });
  for (const [state, expected] of sample) {
    const started = performance.now();
    await page.goto(`${server.urls[0]}/projects/?member_state=${state}`);
    await page.waitForSelector("html[data-ready]", { state: "attached" });
    const drawnIn = performance.now() - started;
    const more = page.locator("#show-more");
    let clicks = 0;
    while (await more.isVisible()) {
      await more.click();
      clicks++;
    }
    const shown = await page.$$eval(".project-table tbody tr[data-id]", (rows) => rows.map((r) => (r as HTMLElement).dataset.id!));
    const count = (await page.locator("#filter-count").textContent()) ?? "";
    const want = [...expected].sort();
    const got = [...shown].sort();
    const same = got.length === want.length && got.every((id, i) => id === want[i]) && new Set(shown).size === shown.length;
    const counted = new RegExp(`^Showing ${expected.length.toLocaleString("en-GB")} of ${records.length.toLocaleString("en-GB")} projects`).test(count);
    console.log(
      `${state}: ${shown.length} rows shown (${clicks} × show more), ${expected.length} records in projects.csv: ${same ? "the same ids" : "DIFFERENT"}; first rows drawn in ${Math.round(drawnIn)} ms; “${count.split(".")[0]}”`,
    );
    if (!same) failures.push(`${state}: the list shows ${shown.length} rows, projects.csv has ${expected.length} records, the ids differ`);
    if (!counted) failures.push(`${state}: the count line says “${count}”`);
  }
  const js = [...scripts.values()].reduce((a, b) => a + b, 0);
  console.log(`JavaScript of /projects/: ${kb(js)} gzipped in ${scripts.size} files`);
  if (js > 80 * 1024) failures.push(`/projects/ loads ${kb(js)} of JavaScript gzipped, more than 80 KB`);
} finally {
  await browser.close();
  await server.stop();
}

if (failures.length) {
  console.error(`\n${failures.length} check(s) failed:\n${failures.join("\n")}`);
  process.exit(1);
}
console.log("\nall checks passed");
