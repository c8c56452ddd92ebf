/**
 * The sample of project, organisation, country and chart pages the browser sweeps load (tests/e2e/pages.ts):
 * every sampled page is built and in the sitemap in both languages, each still has what it is
 * in the sample for, and the sweep loads every other kind of page whole.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { dist, readPage, readRecords, root } from "./helpers.ts";
import { SAMPLE_CHARTS, SAMPLE_COUNTRIES, SAMPLE_ORGANISATIONS, SAMPLE_PROJECTS, SAMPLED_KIND, sitemapPaths, sweepPaths } from "../e2e/pages.ts";

const records = readRecords();
const translated = (id: string) => existsSync(join(process.env.AVRR_TRANSLATIONS_DIR ?? join(root, "content/translations"), "it", `${id}.md`));
interface Organisation {
  id: string;
  parent?: string;
  country?: string;
  abbreviation?: string;
  own_name?: string;
  identifiers: unknown[];
}
const orgs = JSON.parse(readFileSync(join(root, "data/organisations.json"), "utf8")) as Organisation[];
const org = (id: string) => orgs.find((o) => o.id === id)!;
/** How many project pages an organisation's page links to. */
const projectLinks = (id: string) => new Set(readPage(`organisations/${id}/index.html`).match(/href="\/projects\/[^/"]+\/"/g) ?? []).size;

describe("the sample of the browser sweeps", () => {
  const paths = sitemapPaths();
  const swept = new Set(sweepPaths(paths));

  it.for(Object.keys(SAMPLE_PROJECTS))("project %s is built and swept in English and Italian", (id) => {
    expect(records.has(id), id).toBe(true);
    for (const path of [`/projects/${id}/`, `/it/projects/${id}/`]) expect(swept.has(path), path).toBe(true);
  });

  it.for(Object.keys(SAMPLE_ORGANISATIONS))("organisation %s is built and swept in English and Italian", (id) => {
    expect(org(id), id).toBeDefined();
    for (const path of [`/organisations/${id}/`, `/it/organisations/${id}/`]) expect(swept.has(path), path).toBe(true);
  });

  it.for([
    ["country", "countries", Object.keys(SAMPLE_COUNTRIES)],
    ["chart", "charts", Object.keys(SAMPLE_CHARTS)],
  ] as const)("%s pages of the sample are built and swept in English and Italian", ([, folder, ids]) => {
    for (const id of ids) for (const path of [`/${folder}/${id}/`, `/it/${folder}/${id}/`]) expect(swept.has(path), path).toBe(true);
  });

  it("sweeps every page of the kinds that are not sampled, and only the samples of the others", () => {
    expect(paths.filter((path) => !SAMPLED_KIND.test(path) && !swept.has(path))).toEqual([]);
    const pages = [SAMPLE_PROJECTS, SAMPLE_ORGANISATIONS, SAMPLE_COUNTRIES, SAMPLE_CHARTS].reduce((n, sample) => n + Object.keys(sample).length, 0);
    expect(paths.filter((path) => SAMPLED_KIND.test(path) && swept.has(path)).length).toBe(2 * pages);
    // The indexes of the sampled kinds are swept whole.
    for (const path of ["/projects/", "/organisations/", "/countries/", "/charts/", "/it/charts/"]) expect(swept.has(path), path).toBe(true);
  });

  it("each sampled country and chart page still has what it is in the sample for", () => {
    const countryPages = readdirSync(join(dist, "countries"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const countryLinks = (code: string) => new Set(readPage(`countries/${code}/index.html`).match(/href="\/projects\/[^/"?]+\/"/g) ?? []).size;
    expect(countryLinks("it")).toBe(Math.max(...countryPages.map(countryLinks)));
    expect(readPage("countries/it/index.html")).toContain("<svg");
    expect(records.get([...records.keys()].find((id) => id.startsWith("eu-"))!)!.member_state).toBe("EU");
    expect(countryLinks("eu")).toBeGreaterThan(0);
    expect(countryLinks("fr")).toBe(1);
    expect(readPage("countries/cz/index.html")).toContain("CZK");
    expect(readPage("charts/projects-by-start-year/index.html")).toContain("<avrr-chart");
    expect(readPage("charts/map-countries-of-return/index.html")).toMatch(/<path[^>]*role="img"/);
    expect(existsSync(join(dist, "charts/context-eu-returned-quarterly/index.html"))).toBe(true);
  });

  it("each sampled project still has what it is in the sample for", () => {
    const r = (id: keyof typeof SAMPLE_PROJECTS) => records.get(id)!;
    const partir = r("it-partir-ii");
    expect([
      partir.budget?.currency,
      partir.budget?.total !== undefined,
      Object.keys(partir.results ?? {}).length > 0,
      (partir.allowances ?? []).length > 0,
      (partir.related ?? []).length > 0,
      (partir.elements ?? []).length > 0,
      translated("it-partir-ii"),
    ]).toEqual(["EUR", true, true, true, true, true, true]);
    const navraty = r("cz-navraty-2019");
    expect([navraty.budget?.currency, navraty.budget?.total !== undefined, (navraty.allowances ?? []).length > 0]).toEqual(["CZK", true, true]);
    const errin = r("eu-errin");
    expect([errin.member_state, errin.coordinator !== undefined, errin.sources.length]).toEqual(["EU", true, 5]);
    const rivolare = r("it-rivolare-in-rete");
    expect([
      translated("it-rivolare-in-rete"),
      rivolare.start,
      rivolare.end,
      rivolare.fund,
      Object.keys(rivolare.targets ?? {}).length > 0,
      Object.keys(rivolare.results ?? {}).length,
      rivolare.sources.length,
    ]).toEqual([true, undefined, undefined, undefined, true, 0, 4]);
    const greek = r("gr-avrr-2023-2027");
    expect(greek.title.length).toBeGreaterThanOrEqual(150);
    expect(Object.keys(greek.targets ?? {}).length).toBeGreaterThan(0);
    const bare = r("hu-complex-reintegration-kosovo");
    expect([bare.budget?.total, Object.keys(bare.results ?? {}).length, Object.keys(bare.targets ?? {}).length]).toEqual([undefined, 0, 0]);
    const restart = r("mt-restart-v");
    expect([
      restart.confidence,
      Object.keys(restart.results ?? {}).length > 0,
      restart.start,
      restart.end,
      restart.fund,
      (restart.partners ?? []).length > 0,
    ]).toEqual(["low", true, undefined, undefined, undefined, true]);
  });

  it("each sampled organisation still has what it is in the sample for", () => {
    const pages = readdirSync(join(dist, "organisations"), { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
    const iom = org("iom");
    expect(orgs.filter((o) => o.parent === "iom").length).toBeGreaterThanOrEqual(20);
    expect(iom.identifiers.length).toBeGreaterThan(0);
    expect(projectLinks("iom")).toBe(Math.max(...pages.map(projectLinks)));
    const oamp = org("cz-oamp");
    expect([oamp.parent !== undefined && oamp.parent !== "iom", oamp.abbreviation !== undefined, oamp.own_name !== undefined]).toEqual([true, true, true]);
    expect(readPage("organisations/cz-oamp/index.html")).toContain("CZK");
    expect(org("errin").country).toBeUndefined();
    expect(projectLinks("errin")).toBeGreaterThan(0);
    expect(projectLinks("erin")).toBe(0);
  });
});
