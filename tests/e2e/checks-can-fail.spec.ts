/**
 * The checks are shown to be able to fail: on a fixture page with an image without alt text,
 * dangling links, an inline handler and a javascript: URL, each check reports the fault.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { findBrokenLinks, findUnannouncedExternalLinks, findUnsafeMarkup, launchBrowser, runAxe, validateHtml } from "./checks.ts";

const brokenUrl = inject("brokenUrl");
const pageUrl = new URL("/", brokenUrl).href;
let browser: Browser;
let html: string;

beforeAll(async () => {
  browser = await launchBrowser();
  html = await (await fetch(pageUrl)).text();
});
afterAll(() => browser?.close());

describe("on the broken fixture page", () => {
  it.each([true, false])("axe reports the image without alt text (JavaScript on: %s)", async (javascript) => {
    const page = await browser.newPage();
    const violations = await runAxe(page, pageUrl, javascript);
    await page.close();
    expect(violations.some((v) => v.includes("image-alt"))).toBe(true);
  });

  it("the link check reports the missing page, the missing image and the missing fragment", async () => {
    const problems = await findBrokenLinks([pageUrl]);
    expect(problems).toEqual([
      `${pageUrl}: link to /missing-page/ answers 404`,
      `${pageUrl}: link to #no-such-fragment: no element has id "no-such-fragment"`,
      `${pageUrl}: link to picture.png answers 404`,
    ]);
  });

  it("the markup check reports the inline handler and the javascript: URL", () => {
    expect(findUnsafeMarkup("index.html", html)).toEqual(["index.html: inline event handler onclick", "index.html: script URL javascript:"]);
  });

  it("html-validate reports the image without alt text", async () => {
    const errors = await validateHtml("index.html", html);
    expect(errors.some((e) => e.includes("wcag/h37"))).toBe(true);
  });

  it("the external-link check reports a link that does not say it leaves the site", () => {
    expect(findUnannouncedExternalLinks(pageUrl, '<a href="https://example.org/">Elsewhere</a>')).toEqual([
      `${pageUrl}: external link to https://example.org/ does not say it leaves the site`,
    ]);
  });
});
