/**
 * Two more accessibility engines besides axe (which checks every page: sweep.spec.ts), on one
 * page of every kind, in the state a reader gets it (scripts done): IBM Equal Access
 * (accessibility-checker-engine, WCAG 2.1 A and AA) and HTML_CodeSniffer (WCAG2AA). No rule
 * of either is switched off. Both must report no violation and no error; what they only ask
 * a person to review (IBM's potential violations and manual checks, HTML_CodeSniffer's warnings
 * and notices) is not failed on.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { Browser, Page } from "playwright-core";
import { engineReport, launchBrowser, waitUntilReady } from "./checks.ts";

const siteUrl = inject("siteUrl");
const brokenUrl = inject("brokenUrl");

/** One page of every kind, in both languages between them. */
const ONE_OF_EVERY_KIND = [
  "/",
  "/projects/",
  "/projects/?member_state=MT&sort=total",
  "/it/projects/page/2/",
  "/projects/it-partir-ii/",
  "/it/projects/it-rivolare-in-rete/",
  "/countries/",
  "/countries/it/",
  "/funds/",
  "/it/funds/return-fund/",
  "/organisations/",
  "/organisations/iom/",
  "/charts/",
  "/charts/projects-by-start-year/",
  "/it/charts/map-people-returned-by-member-state/",
  "/embed/charts/budget-by-member-state/",
  "/compare/?ids=it-partir-ii,cz-navraty-2019",
  "/data/",
  "/it/elements/",
  "/evidence/",
  "/evidence/oecd-2020-sustainable-reintegration/",
  "/methodology/",
  "/programmes/",
  "/it/about/",
  "/changes/",
  "/search/?q=PARTIR",
  "/no-such-page/",
];

let browser: Browser;
let page: Page;
beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});
afterAll(() => browser?.close());

describe("IBM Equal Access and HTML_CodeSniffer", () => {
  it.each(ONE_OF_EVERY_KIND)("%s: no violation, no error", async (path) => {
    await page.goto(new URL(path, siteUrl).href);
    await waitUntilReady(page);
    const report = await engineReport(page, path);
    expect([...report.ibm, ...report.htmlcs]).toEqual([]);
    // Both engines did look at the page.
    expect(report.ibmToReview + report.htmlcsToReview).toBeGreaterThan(0);
  });

  it("can fail: on the broken fixture page, and on a table whose group headers have the wrong scope", async () => {
    await page.goto(new URL("/", brokenUrl).href);
    const broken = await engineReport(page, "fixture");
    expect(broken.ibm.some((v) => v.includes("img_alt_valid"))).toBe(true);
    expect(broken.htmlcs.some((e) => e.includes("H37"))).toBe(true);
    await page.setContent(
      '<!doctype html><html lang="en"><head><title>t</title></head><body><main><table><caption>c</caption><thead><tr><th scope="col">A</th><th scope="col">B</th></tr></thead>' +
        '<tbody><tr><th scope="colgroup" colspan="2">Group</th></tr><tr><th scope="row">x</th><td>1</td></tr></tbody>' +
        '<tbody><tr><th scope="colgroup" colspan="2">Other</th></tr><tr><th scope="row">y</th><td>2</td></tr></tbody></table></main></body></html>',
    );
    const table = await engineReport(page, "table");
    expect(table.ibm.some((v) => v.includes("table_headers_related"))).toBe(true);
    expect(table.htmlcs.some((e) => e.includes("H43"))).toBe(true);
  });
});
