/**
 * Which pages the browser sweeps load. Read from dist/ synchronously, when the test files are
 * collected (the global setup has built dist/ by then), so that each page is a test of its own.
 *
 * Checks that read files or fetch over HTTP (html-validate, links, safe markup, external links,
 * security headers, the CSP meta tag) cover every page. Checks that load a page in Chromium
 * (axe with JavaScript on and off, reading without JavaScript, no other origin, no console
 * error, no cookie) load every page of every kind except those rendered from one template many
 * times over: project, organisation, country and chart pages. Of those, they load the fixed
 * sample below, in both languages, each page chosen for what it shows. So the number of pages
 * loaded does not grow with the number of records, member states or charts.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { dist } from "../build/helpers.ts";

/**
 * The project pages the browser sweeps load, each in English and Italian, and why: together
 * they show every part the project template can render, full or missing. A build test
 * (tests/build/sample.test.ts) checks that each still has what it is chosen for.
 */
export const SAMPLE_PROJECTS = {
  "it-partir-ii": "the fullest record: budget in euro with results, allowances, a related project, elements and an Italian translation",
  "cz-navraty-2019": "a budget in a national currency (CZK), with an allowance",
  "eu-errin": "EU-level: no member state but the EU, a coordinator and five sources",
  "it-rivolare-in-rete": 'translated, with no dates and no fund, targets but no results, four sources: most facts "not reported"',
  "gr-avrr-2023-2027": "a title of 151 characters, the longest of the real records, with targets",
  "hu-complex-reintegration-kosovo": "the barest record: no budget, no results, no targets",
  "mt-restart-v": "low confidence, results without dates or fund, partners",
} as const satisfies Record<string, string>;

/** The organisation pages the browser sweeps load, each in English and Italian, and why. */
export const SAMPLE_ORGANISATIONS = {
  iom: "a parent with many units and the most projects (the longest organisation page), with an identifier linking to its register",
  "cz-oamp": "a unit of a parent other than IOM, with an abbreviation, names in other languages and a budget in CZK",
  errin: "a network with no seat in one country, linked to an EU-level project",
  erin: "an organisation whose page lists no project (the network; its record names the Netherlands as manager)",
} as const satisfies Record<string, string>;

/** The country pages the browser sweeps load, each in English and Italian, and why. */
export const SAMPLE_COUNTRIES = {
  it: "the most projects (the longest country page), with the map of where its returnees went",
  eu: "the EU-level group: networks coordinated by a member state, not a member state",
  fr: "a single project: every summary sentence for one",
  cz: "a budget in a national currency (CZK) in the totals",
} as const satisfies Record<string, string>;

/** The chart pages the browser sweeps load, each in English and Italian, and why (the gallery /charts/ is loaded whole). */
export const SAMPLE_CHARTS = {
  "projects-by-start-year": "a chart drawn by Chart.js in the browser, with its PNG download",
  "map-countries-of-return": "a map drawn at build time as SVG, every shape named",
  "context-eu-returned-quarterly": "a context chart: another body's figures, as reported",
} as const satisfies Record<string, string>;

const SAMPLES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  projects: SAMPLE_PROJECTS,
  organisations: SAMPLE_ORGANISATIONS,
  countries: SAMPLE_COUNTRIES,
  charts: SAMPLE_CHARTS,
};

/** `/projects/<id>/`, `/organisations/<id>/`, `/countries/<code>/` or `/charts/<id>/`, in any language: the kinds that are sampled. */
export const SAMPLED_KIND = /^\/(?:[a-z]{2}\/)?(projects|organisations|countries|charts)\/([^/]+)\/$/;

/** The page paths (`/…/`) the sitemap in dist/ lists. */
export function sitemapPaths(): string[] {
  const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]!).pathname);
  const sitemaps = locs(readFileSync(join(dist, "sitemap-index.xml"), "utf8"));
  return sitemaps.flatMap((sitemap) => locs(readFileSync(join(dist, sitemap), "utf8")));
}

/** The sitemap's pages the browser sweeps load: every page of every kind but the sampled ones, and the samples. */
export function sweepPaths(paths: readonly string[] = sitemapPaths()): string[] {
  return paths.filter((path) => {
    const match = SAMPLED_KIND.exec(path);
    if (!match) return true;
    return match[2]! in SAMPLES[match[1]!]!;
  });
}

/** Pages in a state a shared link gives them (filters, a search, a comparison), and the 404 pages: axe checks these too. */
export const STATE_PATHS = [
  // The embeds, left out of the sitemap (noindex): a canvas chart and a map, one per language.
  "/embed/charts/projects-by-start-year/",
  "/it/embed/charts/map-countries-of-return/",
  // The project list as a chart's value link leaves it.
  "/projects/?chart=projects-by-start-year/2012",
  "/no-such-page/",
  "/it/no-such-page/",
  "/projects/?member_state=MT&sort=total",
  "/search/?q=PARTIR",
  "/it/compare/?ids=it-partir-ii,hu-oin-psychosocial-balassagyarmat-ii",
];
