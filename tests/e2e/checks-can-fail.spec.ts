/**
 * The checks are shown to be able to fail: on a fixture page with an image without alt text,
 * dangling links, an inline handler and a javascript: URL, each check reports the fault; on a
 * fixture page whose script adds text, logs an error and sets a cookie, and which has two h1
 * headings and almost no text, the sweep's loads report each of those.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser } from "playwright-core";
import { findBrokenLinks, findUnannouncedExternalLinks, findUnsafeMarkup, launchBrowser, runAxe, validateHtml, Visitor } from "./checks.ts";

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

describe("the sweep's loads (sweep.spec.ts)", () => {
  let visitor: Visitor;
  beforeAll(async () => {
    visitor = await Visitor.open(browser);
  });
  afterAll(() => visitor?.close());

  it("see the image without alt text with JavaScript on and off, and the missing image", async () => {
    const [on, off] = await Promise.all([visitor.visit(pageUrl, true), visitor.visit(pageUrl, false)]);
    expect(on.axe.some((v) => v.includes("image-alt"))).toBe(true);
    expect(off.axe.some((v) => v.includes("image-alt"))).toBe(true);
    expect(on.privacy).toContain(`${pageUrl} [JS on]: ${new URL("/picture.png", brokenUrl).href} answered 404`);
    expect(off.privacy).toContain(`${pageUrl} [JS off]: ${new URL("/picture.png", brokenUrl).href} answered 404`);
  });

  it("see content that differs without JavaScript, two h1, almost no text, a console error and a cookie", async () => {
    const url = new URL("/scripted/", brokenUrl).href;
    const [on, off] = await Promise.all([visitor.visit(url, true), visitor.visit(url, false)]);
    expect(on.text).toContain("Text that only readers with JavaScript get.");
    expect(off.text).not.toBe(on.text);
    expect(off.h1).toBe(2);
    expect(off.text.trim().length).toBeLessThan(100);
    expect(on.privacy).toEqual([`${url} [JS on]: console error: fixture console error`, `${url} [JS on]: sets cookie fixture`]);
    expect(off.privacy).toEqual([]);
  });
});
