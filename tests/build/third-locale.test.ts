/**
 * Ready for the next language: the README's "Adding a language" steps, followed in a scratch
 * copy of the site with a throwaway locale `xx` (tests/fixtures/locale-xx), give a site that
 * builds, with every page under /xx/ in that language (`lang="xx"`, its strings, its number
 * formats) and linked from the other languages. Built from the fixture records, without the
 * search index, so that it stays short.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { listFiles, root } from "./helpers.ts";

const fixture = join(root, "tests/fixtures/locale-xx");
let site: string;
let build: { status: number | null; output: string };
const page = (path: string) => readFileSync(join(site, "dist", path), "utf8");

beforeAll(() => {
  site = mkdtempSync(join(tmpdir(), "avrr-locale-xx-"));
  for (const file of ["src", "data", "public", "scripts", "astro.config.mjs", "tsconfig.json", "package.json"])
    cpSync(join(root, file), join(site, file), { recursive: true });
  for (const folder of ["pages", "publications"]) cpSync(join(root, "content", folder), join(site, "content", folder), { recursive: true });
  // node_modules as links, so that Astro's and Vite's caches stay in the scratch copy.
  mkdirSync(join(site, "node_modules"));
  for (const name of readdirSync(join(root, "node_modules")))
    if (![".astro", ".vite", ".cache"].includes(name)) symlinkSync(join(root, "node_modules", name), join(site, "node_modules", name));

  // Step 1: the strings file, every key of en.json (here English with the fixture's strings over it).
  const english = JSON.parse(readFileSync(join(root, "src/i18n/en.json"), "utf8"));
  writeFileSync(join(site, "src/i18n/xx.json"), JSON.stringify({ ...english, ...JSON.parse(readFileSync(join(fixture, "strings.json"), "utf8")) }, null, 2));
  // Step 2: one line in LOCALES.
  const localesFile = join(site, "src/i18n/locales.ts");
  const locales = readFileSync(localesFile, "utf8");
  const end = locales.indexOf("];", locales.indexOf("export const LOCALES"));
  writeFileSync(
    localesFile,
    `${locales.slice(0, end)}  ${JSON.stringify(JSON.parse(readFileSync(join(fixture, "locale.json"), "utf8")))},\n${locales.slice(end)}`,
  );

  const translations = join(site, "content/translations");
  mkdirSync(translations, { recursive: true });
  const result = spawnSync(process.execPath, [join(site, "node_modules/astro/bin/astro.mjs"), "build", "--silent"], {
    cwd: site,
    env: {
      ...process.env,
      ASTRO_TELEMETRY_DISABLED: "1",
      BUILD_DATE: "2026-12-02",
      AVRR_RECORDS_DIR: join(root, "tests/fixtures/records/valid"),
      AVRR_TRANSLATIONS_DIR: translations,
      AVRR_PUBLISHERS_FILE: join(root, "tests/fixtures/publishers.json"),
    },
    encoding: "utf8",
  });
  build = { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}, 120_000);

afterAll(() => {
  if (site?.startsWith(tmpdir())) rmSync(site, { recursive: true, force: true });
});

describe("a third language, added as the README says", () => {
  it("builds", () => {
    expect(build.output).not.toMatch(/error/i);
    expect(build.status).toBe(0);
  });

  it('has every page under /xx/ that English has, each with lang="xx"', () => {
    const dist = join(site, "dist");
    const html = listFiles(dist)
      .filter((f) => f.endsWith(".html"))
      .map((f) => relative(dist, f));
    const english = html.filter((p) => !/^(it|xx)\//.test(p) && p !== "404.html");
    expect(english.length).toBeGreaterThan(20);
    expect(english.filter((p) => !html.includes(`xx/${p}`))).toEqual([]);
    const xx = html.filter((p) => p.startsWith("xx/"));
    expect(xx.filter((p) => !/<html lang="xx"/.test(page(p)))).toEqual([]);
    expect(xx).toContain("xx/404/index.html");
  });

  it("speaks its own strings and formats, and falls back to English only where it has no text", () => {
    const home = page("xx/index.html");
    expect(home).toContain("XX: EU-Rückkehrprojekte");
    const list = page("xx/projects/index.html");
    expect(list).toContain(">XX-Start<");
    expect(list).toContain("<h1>XX: alle Projekte</h1>");
    expect(page("xx/countries/index.html")).toMatch(/\b1 XX-Projekt\b/);
    expect(list).toContain("XX nicht angegeben");
    // German number formats (de-DE): "1.400.000 €".
    expect(page("xx/projects/it-fixture-partir/index.html")).toMatch(/1\.400\.000\s€/);
  });

  it("is linked from the other languages, and links to them", () => {
    const english = page("projects/index.html");
    expect(english).toMatch(/<link rel="alternate" hreflang="xx" href="https:\/\/avrr-transparency\.eu\/xx\/projects\/"/);
    expect(english).toMatch(/<a href="\/xx\/projects\/" data-language-link hreflang="xx" lang="xx"[^>]*>Xx-Sprache<\/a>/);
    expect(page("xx/projects/index.html")).toMatch(/<a href="\/it\/projects\/" data-language-link/);
    expect(existsSync(join(site, "dist/xx/search/index.html"))).toBe(true);
  });

  it("gives the new language its translation columns in the data files, with no edit to the code", () => {
    const header = readFileSync(join(site, "dist/data/projects.csv"), "utf8").split("\r\n")[0]!.split(",");
    for (const lang of ["it", "xx"])
      expect(header.filter((name) => name.endsWith(`_${lang}`) || name.startsWith(`translation_${lang}.`))).toEqual([
        `title_${lang}`,
        `translation_${lang}.method`,
        `translation_${lang}.review`,
        `translation_${lang}.reviewed_by`,
        `translation_${lang}.reviewed_on`,
      ]);
  });
});
