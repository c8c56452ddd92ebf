/** html-validate over every built page; every internal link and fragment resolves; safe markup. */
import { describe, expect, inject, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { dist } from "../build/helpers.ts";
import { findBrokenLinks, findUnannouncedExternalLinks, findUnsafeMarkup, validateHtml, type LinkCache } from "./checks.ts";
import { sitemapPaths } from "./pages.ts";

const siteUrl = inject("siteUrl");
const htmlFiles = readdirSync(dist, { recursive: true })
  .map(String)
  .filter((file) => file.endsWith(".html"))
  .sort();

describe("every built page", () => {
  it("is more than one per record", () => {
    expect(htmlFiles.length).toBeGreaterThan(81);
  });

  it.for(htmlFiles)("%s is valid HTML (html-validate, recommended rules)", async (file) => {
    expect(await validateHtml(`dist/${file}`, readFileSync(join(dist, file), "utf8"))).toEqual([]);
  });

  it("has no inline event handler and no javascript: URL", () => {
    const problems = htmlFiles.flatMap((file) => findUnsafeMarkup(file, readFileSync(join(dist, file), "utf8")));
    expect(problems).toEqual([]);
  });

  it("announces every link that leaves the site", () => {
    const problems = htmlFiles.flatMap((file) => findUnannouncedExternalLinks(new URL(`/${file}`, siteUrl).href, readFileSync(join(dist, file), "utf8")));
    expect(problems).toEqual([]);
    const partir = readFileSync(join(dist, "projects/it-partir-ii/index.html"), "utf8");
    expect(partir).toMatch(/href="http:\/\/ec\.europa\.eu[^"]+"[^>]*>.*?<span class="visually-hidden"> \(opens another website\)<\/span>/);
    const partirIt = readFileSync(join(dist, "it/projects/it-partir-ii/index.html"), "utf8");
    expect(partirIt).toMatch(/href="http:\/\/ec\.europa\.eu[^"]+"[^>]*>.*?<span class="visually-hidden"> \(apre un altro sito\)<\/span>/);
  });
});

describe("every internal link, stylesheet and fragment resolves", () => {
  // Each target is fetched once for all the pages that link to it.
  const fetched: LinkCache = new Map();
  it.for([...sitemapPaths(), "/404.html", "/it/404/"])("on %s", async (path) => {
    expect(await findBrokenLinks([new URL(path, siteUrl).href], fetched)).toEqual([]);
  });
});
