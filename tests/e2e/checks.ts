/**
 * The checks of the browser suite, as functions that return problems (empty = pass), so
 * that the same code is run on the real site and on a fixture page known to be broken.
 */
import { appendFileSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type ConsoleMessage, type Page, type Request, type Response } from "playwright-core";
import { HtmlValidate, type Report } from "html-validate";
import { STRINGS } from "../../src/i18n/index.ts";

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
const IBM_SOURCE = readFileSync(require.resolve("accessibility-checker-engine/ace.js"), "utf8");
const HTMLCS_SOURCE = readFileSync(require.resolve("html_codesniffer/build/HTMLCS.js"), "utf8");

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
 * Waits until what the page's scripts do after load is done, so that a check reads the state it
 * checks, not a moment of it: every chart drawn (`data-drawn` on <avrr-chart>), the search of a
 * `?q=` answered (its status is neither empty nor "…searching"), the comparison of an `?ids=`
 * drawn (#compare-result shown), the project list's filters drawn from its index (its script's
 * `data-ready`). Pages without these return at once.
 */
export async function waitUntilReady(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const params = new URLSearchParams(location.search);
    const charts = [...document.querySelectorAll<HTMLElement>("avrr-chart")].every((chart) => chart.dataset.drawn === "true");
    const status = document.querySelector("#search-status")?.textContent ?? null;
    const searched = status === null || !params.get("q")?.trim() || (status !== "" && !status.endsWith("…"));
    const compare = document.querySelector<HTMLElement>("#compare-result");
    const compared = compare === null || params.getAll("ids").join("") === "" || !compare.hidden;
    const listed = document.querySelector("#filter-count") === null || document.documentElement.hasAttribute("data-ready");
    return charts && searched && compared && listed;
  });
}

/** axe with the WCAG A and AA rules on the page as it is now: its violations. */
export async function axeViolations(page: Page, label: string): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (c: Document, o: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(
        document,
        {
          runOnly: { type: "tag", values: tags },
          // Every rule still runs and every violation is reported in full; axe only skips
          // building selectors for each node that passes, which is most of its time on long pages.
          resultTypes: ["violations"],
        },
      ),
    WCAG_TAGS,
  );
  return results.violations.map((v) => `${label}: ${v.id} at ${v.nodes.map((n) => JSON.stringify(n.target)).join(", ")}`);
}

/** What the second and third accessibility engines report on a page: failures, and (not failures) what they ask a person to check. */
export interface EngineReport {
  /** IBM Equal Access violations (WCAG 2.1 A and AA ruleset, result FAIL). */
  ibm: string[];
  /** IBM's potential violations, recommendations and manual checks: counted, not failures. */
  ibmToReview: number;
  /** HTML_CodeSniffer errors (standard WCAG2AA). */
  htmlcs: string[];
  /** HTML_CodeSniffer warnings and notices: counted, not failures. */
  htmlcsToReview: number;
}

/**
 * IBM's accessibility-checker-engine (ruleset "WCAG_2_1": WCAG 2.1 A and AA) and
 * HTML_CodeSniffer (standard "WCAG2AA"), injected into the page as it is now, every rule on.
 * HTML_CodeSniffer runs second: IBM's engine leaves the DOM as it found it.
 */
export async function engineReport(page: Page, label: string): Promise<EngineReport> {
  await page.evaluate(IBM_SOURCE);
  const ibm = await page.evaluate(async () => {
    type Result = { ruleId: string; value: [string, string]; path: { dom: string }; message: string };
    const checker = new (
      window as unknown as { ace: { Checker: new () => { check: (d: Document, r: string[]) => Promise<{ results: Result[] }> } } }
    ).ace.Checker();
    const { results } = await checker.check(document, ["WCAG_2_1"]);
    const failed = results.filter((r) => r.value[0] === "VIOLATION" && r.value[1] === "FAIL");
    return {
      failed: failed.map((r) => `${r.ruleId} at ${r.path.dom}: ${r.message}`),
      toReview: results.filter((r) => r.value[1] !== "PASS" && !failed.includes(r)).length,
    };
  });
  await page.evaluate(HTMLCS_SOURCE);
  const htmlcs = await page.evaluate(
    () =>
      new Promise<{ errors: string[]; toReview: number }>((resolve) => {
        type Message = { type: number; code: string; msg: string; element: Element };
        const sniffer = (window as unknown as { HTMLCS: { process: (s: string, d: Document, done: () => void) => void; getMessages: () => Message[] } }).HTMLCS;
        sniffer.process("WCAG2AA", document, () => {
          const messages = sniffer.getMessages();
          const where = (e: Element) => `<${e.tagName.toLowerCase()}${e.id ? ` id="${e.id}"` : ""}>`;
          resolve({
            errors: messages.filter((m) => m.type === 1).map((m) => `${m.code} at ${where(m.element)}: ${m.msg}`),
            toReview: messages.filter((m) => m.type !== 1).length,
          });
        });
      }),
  );
  return {
    ibm: ibm.failed.map((v) => `${label}: IBM ${v}`),
    ibmToReview: ibm.toReview,
    htmlcs: htmlcs.errors.map((e) => `${label}: HTMLCS ${e}`),
    htmlcsToReview: htmlcs.toReview,
  };
}

/**
 * Loads a page with or without JavaScript and runs axe with the WCAG A and AA rules.
 * Without JavaScript, the page loads with script execution disabled (its scripts never
 * run); execution is then enabled only to inject axe into the DOM as the reader gets it.
 * With JavaScript, axe runs once the page's scripts are done (waitUntilReady).
 */
export async function runAxe(page: Page, url: string, javascript: boolean): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: !javascript });
  await page.goto(url, { waitUntil: "load" });
  if (javascript) await waitUntilReady(page);
  await cdp.send("Emulation.setScriptExecutionDisabled", { value: false });
  await cdp.detach();
  return axeViolations(page, `${url} [JS ${javascript ? "on" : "off"}]`);
}

/** What one load of a page shows the checks of the sweep. */
export interface Visit {
  /** axe's WCAG A and AA violations. */
  axe: string[];
  /**
   * The text of <main> as the reader gets it. With JavaScript, controls that only work with it
   * (filters, search results) are hidden and the notes saying a feature needs it are shown, as
   * neither is content: the text must then equal the text without JavaScript.
   */
  text: string;
  /** How many h1 headings the page has. */
  h1: number;
  /** Requests to another origin, console errors, page errors, answers of 400 or more, a status other than 200, cookies. */
  privacy: string[];
}

/**
 * Loads pages for the sweep, each once with or without JavaScript (as runAxe does), and gathers
 * what its checks need: from the start of the navigation until the page is ready, every request
 * to another origin, console error, page error and answer of 400 or more (before axe is
 * injected: the page's own doing only); the text of <main>; axe's violations; and, at the end,
 * the cookies, which are then cleared. One page (one renderer) per JavaScript setting serves
 * every visit, as a reader's tab would; a visit with JavaScript and one without can run at once.
 */
export class Visitor {
  private readonly pages: Record<"on" | "off", Page>;

  private constructor(pages: Record<"on" | "off", Page>) {
    this.pages = pages;
  }

  static async open(browser: Browser): Promise<Visitor> {
    const [on, off] = await Promise.all([browser.newPage(), browser.newPage()]);
    return new Visitor({ on, off });
  }

  async close(): Promise<void> {
    await Promise.all([this.pages.on.context().close(), this.pages.off.context().close()]);
  }

  async visit(url: string, javascript: boolean): Promise<Visit> {
    const page = this.pages[javascript ? "on" : "off"];
    const context = page.context();
    const label = `${url} [JS ${javascript ? "on" : "off"}]`;
    const origin = new URL(url).origin;
    const seen: string[] = [];
    const onRequest = (request: Request) => {
      if (new URL(request.url()).origin !== origin) seen.push(`${label}: request to ${request.url()}`);
    };
    const onConsole = (message: ConsoleMessage) => {
      if (message.type() === "error") seen.push(`${label}: console error: ${message.text()}`);
    };
    const onResponse = (response: Response) => {
      if (response.status() >= 400) seen.push(`${label}: ${response.url()} answered ${response.status()}`);
    };
    const onPageError = (error: Error) => seen.push(`${label}: page error: ${error.message}`);
    page.on("request", onRequest).on("console", onConsole).on("response", onResponse).on("pageerror", onPageError);
    const cdp = await context.newCDPSession(page);
    try {
      await cdp.send("Emulation.setScriptExecutionDisabled", { value: !javascript });
      const response = await page.goto(url, { waitUntil: "load" });
      if (response?.status() !== 200) seen.push(`${label}: status ${response?.status()}`);
      if (javascript) await waitUntilReady(page);
      const privacy = [...seen];
      const read = async () => ({ text: await page.locator("main").innerText(), h1: await page.locator("h1").count() });
      // Without JavaScript, the text is read before axe is let in.
      const withoutScripts = javascript ? undefined : await read();
      await cdp.send("Emulation.setScriptExecutionDisabled", { value: false });
      const axe = await axeViolations(page, label);
      if (javascript) {
        await page.evaluate(() => {
          document.querySelectorAll<HTMLElement>("[data-js-only]").forEach((e) => (e.hidden = true));
          // The stylesheet hides these wherever scripts run (`scripting: enabled`, site.css): shown as without them.
          document.querySelectorAll<HTMLElement>("[data-no-js-only]").forEach((e) => {
            e.hidden = false;
            e.style.display = "block";
          });
        });
      }
      const { text, h1 } = withoutScripts ?? (await read());
      for (const cookie of await context.cookies()) privacy.push(`${label}: sets cookie ${cookie.name}`);
      await context.clearCookies();
      return { axe, text, h1, privacy };
    } finally {
      page.off("request", onRequest).off("console", onConsole).off("response", onResponse).off("pageerror", onPageError);
      await cdp.detach();
    }
  }
}

/** Attribute values in HTML, by a simple scan (the pages are Astro's well-formed output). */
function attributeValues(html: string, tag: string, attribute: string): string[] {
  const pattern = new RegExp(`<${tag}\\b[^>]*?\\s${attribute}="([^"]*)"`, "gi");
  return [...html.matchAll(pattern)].map((m) => m[1]!.replace(/&amp;/g, "&"));
}

function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!));
}

/** What findBrokenLinks has fetched, by URL: pass the same one to several calls to fetch each target once. */
export type LinkCache = Map<string, Promise<{ status: number; html: string }>>;

/**
 * Follows every same-origin link, stylesheet and image on the given pages over HTTP:
 * each must answer 200, and each `#fragment` must name an element of its target page.
 */
export async function findBrokenLinks(pageUrls: readonly string[], fetched: LinkCache = new Map()): Promise<string[]> {
  const problems: string[] = [];
  const get = (url: string) => {
    let result = fetched.get(url);
    if (!result) {
      result = fetch(url).then(async (response) => ({
        status: response.status,
        html: (response.headers.get("content-type") ?? "").includes("html") ? await response.text() : "",
      }));
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
    const targets = [
      ...attributeValues(html, "a", "href"),
      ...attributeValues(html, "link", "href"),
      ...attributeValues(html, "img", "src"),
      ...attributeValues(html, "script", "src"),
    ];
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
  for (const match of html.matchAll(/\s(?:href|src|action|formaction)\s*=\s*["']?\s*(javascript:|vbscript:|data:text\/html)/gi))
    problems.push(`${url}: script URL ${match[1]}`);
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
  rules: {
    // A group of checkboxes sharing one name is valid HTML (the comparison picker sends ids=a&ids=b).
    "form-dup-name": ["error", { shared: ["radio", "checkbox", "button", "reset", "submit"] }],
    // A table's scroll box is a <div role="region"> named by the table's caption (TableRegion.astro):
    // a <section> there is what the Nu checker reports as "Section lacks heading", and the table's
    // name belongs to its caption, not to a heading. Every other role still prefers its element.
    "prefer-native-element": ["error", { exclude: ["region"] }],
  },
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
