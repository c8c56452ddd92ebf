/**
 * The checks of the browser suite, as functions that return problems (empty = pass), so
 * that the same code is run on the real site and on a fixture page known to be broken.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import { HtmlValidate, type Report } from "html-validate";
import { STRINGS } from "../../src/i18n/index.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

export async function launchBrowser(): Promise<Browser> {
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const log = process.env.AVRR_PAGE_LOG;
  if (log) countPageLoads(browser, log);
  return browser;
}

/**
 * For measuring the suite (AVRR_PAGE_LOG=<file>): appends a line to the file for every page
 * load (every `load` event of a page's main frame: navigations and setContent), so that
 * `wc -l <file>` counts the suite's page loads.
 */
function countPageLoads(browser: Browser, log: string): void {
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args) => {
    const context = await newContext(...args);
    context.on("page", (page) => page.on("load", () => appendFileSync(log, `${page.url()}\n`)));
    return context;
  };
}

/**
 * Loads a page with or without JavaScript and runs axe with the WCAG A and AA rules.
 * Without JavaScript, the page loads with script execution disabled (its scripts never
 * run); execution is then enabled only to inject axe into the DOM as the reader gets it.
 */
export async function runAxe(page: Page, url: string, javascript: boolean): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: !javascript });
  await page.goto(url, { waitUntil: "load" });
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: false });
  await cdp.detach();
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) => (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, { runOnly: { type: "tag", values: tags } }),
    WCAG_TAGS,
  );
  return results.violations.map((v) => `${url} [JS ${javascript ? "on" : "off"}]: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** Attribute values in HTML, by a simple scan (the pages are Astro's well-formed output). */
function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, "gi");
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/**
 * Follows every same-origin link, stylesheet and image on the given pages over HTTP:
 * each must answer 200, and each `#fragment` must name an element of its target page.
 */
export async function findBrokenLinks(pageUrls: readonly string[]): Promise<string[]> {
  const problems: string[] = [];
  const fetched = new Map<string, Promise<{ status: number; html: string }>>();
  const get = (url: string) => {
    let result = fetched.get(url);
    if (!result) {
      result = fetch(url).then(async (response) => ({ status: response.status, html: (response.headers.get("content-type") ?? "").includes("html") ? await response.text() : "" }));
      fetched.set(url, result);
    }
    return result;
  };
  for (const pageUrl of pageUrls) {
    const { status, html } = await get(pageUrl);
    if (status !== 200) {
      problems.push(`${pageUrl}: answers ${status}`);
      continue;
    }
    const origin = new URL(pageUrl).origin;
    const targets = [...attributeValues(html, "a", "href"), ...attributeValues(html, "link", "href"), ...attributeValues(html, "img", "src"), ...attributeValues(html, "script", "src")];
    for (const target of targets) {
      const url = new URL(target, pageUrl);
      if (url.origin !== origin) continue;
      const withoutHash = url.href.replace(/#.*$/, "");
      const answer = withoutHash === pageUrl.replace(/#.*$/, "") ? { status, html } : await get(withoutHash);
      if (answer.status !== 200) {
        problems.push(`${pageUrl}: link to ${target} answers ${answer.status}`);
      } else if (url.hash.length > 1 && !idsOf(answer.html).has(decodeURIComponent(url.hash.slice(1)))) {
        problems.push(`${pageUrl}: link to ${target}: no element has id "${url.hash.slice(1)}"`);
      }
    }
  }
  return problems;
}

/** Inline event handlers and script URLs in a page's HTML. */
export function findUnsafeMarkup(url: string, html: string): string[] {
  const problems: string[] = [];
  for (const match of html.matchAll(/<[a-z][^>]*?\s(on[a-z]+)\s*=/gi)) problems.push(`${url}: inline event handler ${match[1]}`);
  for (const match of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*(javascript:|vbscript:|data:text\/html)/gi)) problems.push(`${url}: script URL ${match[1]}`);
  return problems;
}

/** Links to another origin must tell the reader, in the page's language, that they leave the site. */
export function findUnannouncedExternalLinks(url: string, html: string): string[] {
  const origin = new URL(url).origin;
  const lang = /<html lang="([^"]+)"/.exec(html)?.[1] ?? "en";
  const notice = (STRINGS[lang] ?? STRINGS.en!)["common.external"]!;
  return [...html.matchAll(/<a\b[^>]*?\shref="(https?:[^"]+)"[^>]*>([\s\S]*?)<\/a>/gi)]
    .filter((m) => new URL(m[1]!).origin !== origin && !m[2]!.includes(notice))
    .map((m) => `${url}: external link to ${m[1]} does not say it leaves the site`);
}

const htmlValidate = new HtmlValidate({
  extends: ["html-validate:recommended"],
  // A group of checkboxes sharing one name is valid HTML (the comparison picker sends ids=a&ids=b).
  rules: { "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }] },
});

/** html-validate's recommended rules over one document. */
export async function validateHtml(name: string, html: string): Promise<string[]> {
  const report: Report = await htmlValidate.validateString(html, name);
  return report.results.flatMap((result) => result.messages.map((m) => `${name}:${m.line}:${m.column}: ${m.ruleId}: ${m.message}`));
}

/** The page URLs the sitemap lists, rewritten to the server under test. */
export async function sitemapUrls(siteUrl: string): Promise<string[]> {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]!);
  const local = (loc: string) => new URL(new URL(loc).pathname, siteUrl).href;
  const index = await (await fetch(new URL("/sitemap-index.xml", siteUrl))).text();
  const urls: string[] = [];
  for (const sitemap of locs(index)) urls.push(...locs(await (await fetch(local(sitemap))).text()).map(local));
  return urls;
}
