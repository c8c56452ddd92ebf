/** html-validate over every built page; every internal link and fragment resolves; safe markup. */
import { beforeAll, describe, expect, inject, it } from "vitest";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { dist } from "../build/helpers.ts";
import { findBrokenLinks, findUnannouncedExternalLinks, findUnsafeMarkup, sitemapUrls, validateHtml } from "./checks.ts";

const siteUrl = inject("siteUrl");
const htmlFiles = readdirSync(dist, { recursive: true }).map(String).filter((file) => file.endsWith(".html")).sort();
let urls: string[];

beforeAll(async () => {
  urls = await sitemapUrls(siteUrl);
});

describe("every built page", () => {
  it("is valid HTML (html-validate, recommended rules)", async () => {
    expect(htmlFiles.length).toBeGreaterThan(81);
    const errors: string[] = [];
    for (const file of htmlFiles) errors.push(...(await validateHtml(`dist/${file}`, readFileSync(join(dist, file), "utf8"))));
    expect(errors).toEqual([]);
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

describe("links", () => {
  it("every internal link, stylesheet and fragment on every page resolves", async () => {
    const problems = await findBrokenLinks([...urls, new URL("/404.html", siteUrl).href, new URL("/it/404/", siteUrl).href]);
    expect(problems).toEqual([]);
  });
});
