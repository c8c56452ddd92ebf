/**
 * Every component in src/components, rendered alone from the fixture props of examples.ts by
 * Astro's Container API: each example contains what it should, is valid HTML (html-validate,
 * the recommended rules, as on the built pages), and axe (WCAG 2.0/2.1/2.2 A and AA) finds no
 * violation in it, in Chromium, with the site's stylesheet. A part of a page is checked in a
 * minimal page around it (`<main>` in a document in the example's language).
 */
import { experimental_AstroContainer as AstroContainer } from "astro/container";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import config from "../../astro.config.mjs";
import { root } from "../build/helpers.ts";
import { axeViolations, launchBrowser, validateHtml } from "../e2e/checks.ts";
import { EXAMPLES, type Example } from "./examples.ts";

const siteCss = readFileSync(join(root, "src/styles/site.css"), "utf8");
const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;");
const label = (example: Example) => `${example.component}: ${example.name}`;
const documentOf = (example: Example, html: string) =>
  example.page
    ? html
    : `<!DOCTYPE html><html lang="${example.lang}"><head><meta charset="utf-8"><title>${escape(example.component)} example</title></head><body><main>${example.within ? example.within.replace("{}", html) : html}</main></body></html>`;

let container: AstroContainer;
let browser: Browser;
let page: Page;
beforeAll(async () => {
  // What of the site's config the components read (Astro.site for canonical URLs), as the build has it.
  container = await AstroContainer.create({
    astroConfig: { site: config.site!, trailingSlash: config.trailingSlash!, build: { format: config.build!.format! } },
  });
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

function render(example: Example): Promise<string> {
  return container.renderToString(example.factory as Parameters<AstroContainer["renderToString"]>[0], {
    props: example.props,
    ...(example.slots ? { slots: example.slots } : {}),
    ...(example.page ? { partial: false } : {}),
  });
}

it("every component has an example", () => {
  const components = readdirSync(join(root, "src/components"))
    .filter((f) => f.endsWith(".astro"))
    .map((f) => f.replace(/\.astro$/, ""));
  expect(components.filter((c) => !EXAMPLES.some((e) => e.component === c))).toEqual([]);
});

it("the checks can fail: html-validate and axe report an image without alt text in an example", async () => {
  const broken: Example = { component: "Broken", name: "an image without alt text", lang: "en", factory: undefined, props: {}, contains: [] };
  const html = documentOf(broken, '<img src="picture.png">');
  expect((await validateHtml("broken", html)).some((e) => e.includes("wcag/h37"))).toBe(true);
  await page.route("**/*", (route) => route.abort());
  await page.setContent(html, { waitUntil: "load" });
  await page.addStyleTag({ content: siteCss });
  expect((await axeViolations(page, "broken")).some((v) => v.includes("image-alt"))).toBe(true);
});

describe.for(EXAMPLES.map((example) => [label(example), example] as const))("%s", ([name, example]) => {
  let html: string;
  beforeAll(async () => {
    html = documentOf(example, await render(example));
    // For people to look at: test-results/components/ (ignored by git).
    mkdirSync(join(root, "test-results/components"), { recursive: true });
    writeFileSync(join(root, "test-results/components", `${name.replace(/[^a-z0-9]+/gi, "-").toLowerCase()}.html`), html);
  });

  it("contains what it should", () => {
    for (const text of example.contains) expect(html, name).toContain(text);
  });

  it("is valid HTML (html-validate, recommended rules)", async () => {
    expect(await validateHtml(name, html)).toEqual([]);
  });

  it("axe finds no WCAG A or AA violation", async () => {
    // No request leaves the page: its links and scripts point at a site that is not there.
    await page.route("**/*", (route) => route.abort());
    await page.setContent(html, { waitUntil: "load" });
    await page.addStyleTag({ content: siteCss });
    expect(await axeViolations(page, name)).toEqual([]);
  });
});
