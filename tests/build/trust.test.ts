/**
 * Discoverability and trust: the Atom feeds, robots.txt, Open Graph and JSON-LD, the correction
 * links on every project page (and the issue form they open), and the completeness figures of
 * the methodology page.
 */
import { describe, expect, it } from "vitest";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { create } from "xmlbuilder2";
import { load } from "js-yaml";
import { readPage, readRecords, root } from "./helpers.ts";
import type { ProjectData } from "../../src/lib/schema/project.ts";

const records = [...readRecords()].map(([id, data]) => ({ id, data }));
const children = (parent: Element, name: string) => [...parent.childNodes].filter((c): c is Element => c.nodeType === 1 && c.nodeName === name);
const text = (parent: Element, name: string) => children(parent, name)[0]?.textContent ?? "";

describe.each([
  ["feed.xml", ""],
  ["it/feed.xml", "it/"],
])("%s", (file, prefix) => {
  const xml = readPage(file);
  const feed = create(xml).root().node as unknown as Element;
  const entries = children(feed, "entry");

  it("is well-formed Atom with the required feed elements", () => {
    expect(feed.nodeName).toBe("feed");
    expect(feed.namespaceURI).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed, "id")).toBe(`https://avrr-transparency.eu/${prefix}feed.xml`);
    expect(text(feed, "title")).not.toBe("");
    expect(text(feed, "updated")).toBe("2026-12-02T00:00:00Z");
    expect(children(feed, "author")).toHaveLength(1);
    expect(children(feed, "link").map((l) => l.getAttribute("rel"))).toEqual(["self", "alternate"]);
  });

  it("carries the 50 most recently checked records, newest first, each with a stable id, title, link, date and summary", () => {
    const latest = [...records]
      .sort((a, b) => (b.data.checked < a.data.checked ? -1 : b.data.checked > a.data.checked ? 1 : a.id.localeCompare(b.id)))
      .slice(0, 50);
    expect(records.length).toBeGreaterThan(50);
    expect(entries.map((e) => text(e, "id").replace("tag:avrr-transparency.eu,2026:project:", ""))).toEqual(latest.map((r) => r.id));
    for (const entry of entries) {
      const id = text(entry, "id").split(":").pop()!;
      const record = records.find((r) => r.id === id)!.data;
      expect(text(entry, "updated"), id).toBe(`${record.checked}T00:00:00Z`);
      expect(children(entry, "link")[0]!.getAttribute("href"), id).toBe(`https://avrr-transparency.eu/${prefix}projects/${id}/`);
      expect(text(entry, "title"), id).not.toBe("");
      expect(text(entry, "summary"), id).not.toBe("");
      // The title names the project as its page title does: with its acronym, never twice.
      const named = (title: string) =>
        record.acronym && !title.toLowerCase().startsWith(record.acronym.toLowerCase()) ? `${record.acronym}: ${title}` : title;
      if (prefix === "") expect(text(entry, "title"), id).toBe(named(record.title));
    }
  });
});

it("the Italian feed uses the Italian title and says how each entry's text was translated", () => {
  const feed = create(readPage("it/feed.xml")).root().node as unknown as Element;
  // The newest entry (the feed carries the latest 50), checked against its record and translation files.
  const partir = children(feed, "entry")[0]!;
  const id = text(partir, "id").split(":").pop()!;
  const record = records.find((r) => r.id === id)!.data;
  const translated = load(readFileSync(join(root, "content/translations/it", `${id}.md`), "utf8").split(/^---$/m)[1]!) as { title: string };
  const named =
    record.acronym && !translated.title.toLowerCase().startsWith(record.acronym.toLowerCase()) ? `${record.acronym}: ${translated.title}` : translated.title;
  expect(text(partir, "title")).toBe(named);
  expect(children(partir, "title")[0]!.getAttribute("xml:lang")).toBeNull();
  const categories = children(partir, "category").map((c) => [c.getAttribute("scheme"), c.getAttribute("term"), c.getAttribute("label")]);
  expect(categories).toEqual([
    [null, record.member_state, null],
    ...(record.fund ? [[null, record.fund, null]] : []),
    [
      "https://avrr-transparency.eu/data/#translation-method",
      "machine",
      "Traduzione automatica in italiano (fatta da un modello linguistico). Non ancora verificata da un lettore madrelingua.",
    ],
    ["https://avrr-transparency.eu/data/#translation-review", "unreviewed", null],
  ]);
  // An entry without a translation would be marked as English; today every record has one.
  for (const entry of children(feed, "entry")) expect(children(entry, "title")[0]!.getAttribute("xml:lang"), text(entry, "id")).toBeNull();
});

it("the correction form asks for the fields the links fill in, and for the figure, the value and the source", () => {
  const form = readFileSync(join(root, ".github/ISSUE_TEMPLATE/correction.yml"), "utf8");
  const ids = [...form.matchAll(/^ {4}id: ([\w-]+)$/gm)].map((m) => m[1]);
  expect(ids).toEqual(["record", "page", "figure", "value", "source", "details"]);
  for (const id of ["record", "figure", "value", "source"]) expect(form, id).toMatch(new RegExp(`id: ${id}\\n[\\s\\S]*?required: true`));
  for (const record of records.slice(0, 3)) expect(existsSync(join(root, "content/projects", `${record.id}.md`)), record.id).toBe(true);
});

it("robots.txt allows crawling and names the sitemap", () => {
  expect(readPage("robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://avrr-transparency.eu/sitemap-index.xml\n");
});

describe("every project page", () => {
  for (const { id, data } of records) {
    for (const prefix of ["", "it/"]) {
      it(`${prefix}${id}: correction links, JSON-LD grant and Open Graph`, () => {
        const html = readPage(`${prefix}projects/${id}/index.html`);
        // "Suggest a correction": the repository's correction form, with the record and its page filled in.
        const links =
          /<section class="corrections panel" aria-labelledby="corrections-title" data-record="([^"]+)">[\s\S]*?<li class="suggest-correction"><a class="external" href="([^"]+)"[\s\S]*?<li class="edit-record"><a class="external" href="([^"]+)"/.exec(
            html,
          );
        expect(links?.[1]).toBe(id);
        const suggest = new URL(links![2]!.replaceAll("&amp;", "&"));
        expect(`${suggest.origin}${suggest.pathname}`).toBe("https://github.com/avrr-transparency/avrr-transparency/issues/new");
        expect(Object.fromEntries(suggest.searchParams)).toEqual({
          template: "correction.yml",
          title: `Correction: ${id}`,
          record: id,
          page: `https://avrr-transparency.eu/${prefix}projects/${id}/`,
        });
        // "Edit this record": the record's file in GitHub's web editor.
        expect(links![3]).toBe(`https://github.com/avrr-transparency/avrr-transparency/edit/main/content/projects/${id}.md`);
        expect(html).not.toContain("mailto:");
        const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)![1]!);
        expect(ld).toMatchObject({
          "@context": "https://schema.org",
          "@type": "MonetaryGrant",
          identifier: id,
          url: `https://avrr-transparency.eu/${prefix}projects/${id}/`,
        });
        expect(ld.isBasedOn).toEqual(data.sources.map((s) => s.url));
        if (data.budget?.eu_amount !== undefined)
          expect(ld.amount).toEqual({ "@type": "MonetaryAmount", value: data.budget.eu_amount, currency: data.budget.currency });
        expect(html).toContain(`<meta property="og:url" content="https://avrr-transparency.eu/${prefix}projects/${id}/">`);
        expect(html).toContain('<meta property="og:type" content="article">');
      });
    }
  }

  it("PARTIR II's grant carries the calculated EU amount in euro", () => {
    const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(readPage("projects/it-partir-ii/index.html"))![1]!);
    expect(ld.amount).toEqual({ "@type": "MonetaryAmount", value: 1050000, currency: "EUR" });
    expect(ld.startDate).toBe("2010-07-01");
  });
});

it("the downloads page describes the data as a schema.org Dataset with every file", () => {
  const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(readPage("data/index.html"))![1]!);
  expect(ld["@type"]).toBe("Dataset");
  expect(ld.license).toBe("https://creativecommons.org/licenses/by/4.0/");
  expect(ld.dateModified).toBe("2026-12-02");
  expect(ld.distribution.map((d: { name: string }) => d.name)).toEqual(expect.arrayContaining(["projects.csv", "datapackage.json", "iati-activities.xml"]));
});

describe.each(["methodology/index.html", "it/methodology/index.html"])("%s completeness", (page) => {
  const has: Record<string, (r: ProjectData) => boolean> = {
    start: (r) => r.start !== undefined,
    end: (r) => r.end !== undefined,
    fund: (r) => r.fund !== undefined,
    reference: (r) => r.reference !== undefined,
    "budget.total": (r) => r.budget?.total !== undefined,
    "budget.eu_share_pct": (r) => r.budget?.eu_share_pct !== undefined,
    "budget.eu_amount": (r) => r.budget?.eu_amount !== undefined,
    "results.returned": (r) => r.results?.returned !== undefined,
    "results.reintegration_assisted": (r) => r.results?.reintegration_assisted !== undefined,
    targets: (r) => Object.keys(r.targets ?? {}).length > 0,
    return_countries: (r) => (r.return_countries ?? []).length > 0,
    partners: (r) => (r.partners ?? []).length > 0,
  };

  it("equals a recount from the records, field by field", () => {
    const shown = Object.fromEntries([...readPage(page).matchAll(/<tr data-field="([^"]+)" data-count="(\d+)"/g)].map((m) => [m[1], Number(m[2])]));
    expect(Object.keys(shown).sort()).toEqual(Object.keys(has).sort());
    for (const [field, test] of Object.entries(has)) expect(shown[field], field).toBe(records.filter((r) => test(r.data)).length);
  });
});
