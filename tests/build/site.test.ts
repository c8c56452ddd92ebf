/**
 * Builds the real site once and checks what readers get: a page per record, the PARTIR II
 * figures, currencies kept apart, targets never shown as results, dates at their precision,
 * no JavaScript and nothing from another origin. First, a build from broken fixture records
 * must stop with every problem named.
 */
import { describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { dist, factOf, listFiles, readPage, recordsDir, root, runAstroBuild, textOf } from "./helpers.ts";

const recordIds = readdirSync(recordsDir)
  .filter((name) => /\.mdx?$/.test(name))
  .map((name) => name.replace(/\.mdx?$/, ""));

describe("a build from broken records", () => {
  // A build of its own: as long as a build takes on a loaded machine.
  it("stops, naming each broken file and field in one run", { timeout: 120_000 }, () => {
    const dir = mkdtempSync(join(tmpdir(), "avrr-broken-"));
    try {
      cpSync(join(root, "tests/fixtures/records/valid"), dir, { recursive: true });
      cpSync(join(root, "tests/fixtures/records/invalid"), dir, { recursive: true });
      const translations = mkdtempSync(join(tmpdir(), "avrr-translations-"));
      // Into a folder of its own: the other build tests are reading dist/ meanwhile.
      const out = mkdtempSync(join(tmpdir(), "avrr-broken-out-"));
      const { status, output } = runAstroBuild(
        { AVRR_RECORDS_DIR: dir, AVRR_TRANSLATIONS_DIR: translations, AVRR_PUBLISHERS_FILE: join(root, "tests/fixtures/publishers.json") },
        ["--outDir", out],
      );
      rmSync(translations, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
      expect(status).not.toBe(0);
      const shown = relative(root, dir).split("\\").join("/");
      const expected: [string, string][] = [
        ["it-rate-175", "budget.eu_share_pct: 175 is not a percentage between 0 and 100"],
        ["it-end-before-start", 'end: "2010-07-01" is before the start'],
        ["it-feb-30", 'start: "2011-02-30" is not a real calendar date'],
        ["it-unknown-fund", 'fund: "return-fnd" is not a fund id'],
        ["it-misspelt-key", 'budget.eu_shar_pct: 75 is under a key the record format does not know; did you mean "eu_share_pct"?'],
        ["it-greece-el", 'member_state: "EL" is not an ISO 3166-1 alpha-2 code: Greece is GR'],
        ["it-unknown-related", 'related[0].id: "it-no-such-project" is not the id of any record'],
        ["it-script-body", 'body (line 38): "<script>" is raw HTML that can run code'],
        ["it-negative-count", "results.returned: -208 is not a count"],
        ["it-fractional-count", "results.reintegration_assisted: 13.9 is not a count"],
        ["it-no-sources", "sources: missing: the record must cite at least one source"],
        ["it-currency-euro", 'budget.currency: "EURO" is not an ISO 4217 currency code'],
        ["it-eu-amount-contradicts", "budget.eu_amount: 1000000 is inconsistent with total × eu_share_pct / 100"],
        ["it-unknown-indicator", "results.returnd: 208 is under an indicator id not in data/indicators.json"],
        ["it-no-title", "title: missing: the record must have a title"],
        [
          "it-high-on-news",
          'confidence: "high" is not allowed on these sources: high needs at least one source published by an official body or the implementer',
        ],
        [
          "it-unlisted-host",
          'sources[0].url: "https://unlisted.example/page" is on host unlisted.example, which is not in data/publishers.json: add the host to data/publishers.json',
        ],
        ["eu-network-under-member-state", 'member_state: "NL" is a member state, but the id "eu-network-under-member-state" is an EU-level network\'s'],
      ];
      for (const [file, message] of expected) expect(output).toContain(`${shown}/${file}.md: ${message}`);
      // One problem per invalid fixture, none in the valid ones.
      expect(output).toMatch(new RegExp(`${readdirSync(join(root, "tests/fixtures/records/invalid")).length} problems in the project records`));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the built site", () => {
  it("has every real record, and a page for each in English and Italian", () => {
    expect(recordIds.length).toBe(readdirSync(join(root, "content/projects")).filter((f) => f.endsWith(".md")).length);
    expect(recordIds.length).toBeGreaterThan(81);
    for (const id of recordIds) {
      expect(() => readPage(`projects/${id}/index.html`), id).not.toThrow();
      expect(() => readPage(`it/projects/${id}/index.html`), id).not.toThrow();
    }
    for (const prefix of ["", "it/"]) {
      // A folder per record, and the list's later pages under page/.
      const pages = readdirSync(join(dist, prefix, "projects"), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== "page");
      expect(pages).toHaveLength(recordIds.length);
    }
  });

  it("gives every English page an Italian twin with lang=it, and hreflang links both ways", () => {
    const english = listFiles(dist)
      .map((f) => relative(dist, f))
      // An embed's alternate is its chart's page (canonical), not another embed: tests/build/chart-pages.test.ts checks them.
      .filter((f) => f.endsWith(".html") && !f.startsWith("it/") && f !== "404.html" && !f.startsWith("embed/"));
    expect(english.length).toBeGreaterThan(100);
    for (const file of english) {
      const en = readPage(file);
      const it = readPage(`it/${file}`);
      const path = `/${file.replace(/index\.html$/, "")}`;
      expect(en, file).toMatch(/^<!DOCTYPE html><html lang="en"/i);
      expect(it, file).toMatch(/^<!DOCTYPE html><html lang="it"/i);
      for (const html of [en, it]) {
        expect(html, file).toContain(`<link rel="alternate" hreflang="en" href="https://avrr-transparency.eu${path}">`);
        expect(html, file).toContain(`<link rel="alternate" hreflang="it" href="https://avrr-transparency.eu/it${path}">`);
      }
      expect(en, file).toContain(`<a href="/it${path}" data-language-link hreflang="it" lang="it">Italiano</a>`);
      expect(it, file).toContain(`<a href="${path}" data-language-link hreflang="en" lang="en">English</a>`);
    }
    expect(readPage("it/404/index.html")).toMatch(/<html lang="it"[\s\S]*Pagina non trovata/);
  });

  it("shows PARTIR II in Italian formats, with Italian text and its translation label", () => {
    const html = readPage("it/projects/it-partir-ii/index.html");
    expect(factOf(html, "Date")).toMatch(/^1 luglio 2010 – 30 giugno 2011 Fonte \[1\] Stato: Concluso, al /);
    expect(factOf(html, "Costo totale")).toBe("1.400.000 € dichiarato Fonte [1]");
    expect(factOf(html, "Contributo UE")).toMatch(
      /^1\.050\.000 € calcolato \(come è calcolato\) Calcolato come costo totale × tasso di cofinanziamento UE ÷ 100, arrotondato al centesimo\. Tasso di cofinanziamento UE: 75 % dichiarato Fonte \[1\]$/,
    );
    expect(factOf(html, "Durata")).toMatch(/^12 mesi \(365 giorni\) calcolato/);
    const text = textOf(html);
    expect(text).toContain("Traduzione automatica in italiano (fatta da un modello linguistico). Non ancora verificata da un lettore madrelingua.");
    // The heading stays the source's title; the Italian rendering is under it.
    expect(html).toMatch(/<h1 lang="en">PARTIR II: Assisted voluntary return for migrants living in vulnerable conditions<\/h1>/);
    expect(text).toContain("Rimpatrio volontario assistito per migranti in condizioni di vulnerabilità");
    expect(factOf(html, "Destinatari")).toBe("Migranti di paesi terzi vulnerabili presenti in Italia, tra cui vittime di tratta");
    expect(text).toMatch(/Descrizione del progetto PARTIR II è stato un progetto di rimpatrio volontario assistito/);
    expect(text).toMatch(/Risultati riportati Persone rimpatriate 208 Fonte \[1\] Persone sostenute nella reintegrazione 139 Fonte \[1\]/);
    expect(text).not.toContain("Questo testo non è ancora stato tradotto");
  });

  it("shows a record in another currency in Italian, text and figures", () => {
    const html = readPage("it/projects/cz-navraty-2019/index.html");
    const text = textOf(html);
    expect(text).not.toContain("Questo testo non è ancora stato tradotto");
    expect(html).toMatch(/<div class="narrative"><h2 id="descrizione-del-progetto">Descrizione del progetto<\/h2>/);
    expect(factOf(html, "Costo totale")).toBe("60.000.000 CZK dichiarato Fonte [1]");
    expect(factOf(html, "Date")).toMatch(/^1 aprile 2019 – 30 giugno 2022 Fonte \[2\] Stato: /);
    expect(text).toContain("Gli importi sono in corona ceca (CZK)");
  });

  it("shows the PARTIR II figures, each marked stated or calculated, with its source", () => {
    const html = readPage("projects/it-partir-ii/index.html");
    expect(factOf(html, "Dates")).toMatch(/^1 July 2010 – 30 June 2011 Source \[1\] Status: Closed, as of /);
    expect(factOf(html, "Duration")).toMatch(/^12 months \(365 days\) calculated/);
    expect(factOf(html, "Total cost")).toBe("€1,400,000 stated Source [1]");
    expect(factOf(html, "EU contribution")).toMatch(/^€1,050,000 calculated \(how it is calculated\) Calculated as total cost × EU co-financing rate ÷ 100/);
    expect(factOf(html, "EU contribution")).toMatch(/EU co-financing rate: 75% stated Source \[1\]$/);
    expect(factOf(html, "Managing organisation")).toContain("(IOM)");
    expect(factOf(html, "Allowances")).toBe("First-expenses allowance on arrival: €400 per person Source [1]");
    expect(factOf(html, "Cost per person returned")).toMatch(/^€6,730.77 calculated/);
    const text = textOf(html);
    expect(text).toMatch(/Reported results People returned 208 Source \[1\] People supported to reintegrate 139 Source \[1\]/);
    expect(text).toContain("Targets: not reported");
    expect(html).toContain('href="http://ec.europa.eu/dgs/home-affairs/financing/fundings/projects/stories/italy_rf_01_en.htm"');
    expect(text).toContain("Published by European Commission, DG Migration and Home Affairs");
    expect(text).toContain("Confidence: High");
    expect(text).toContain("Last checked against its sources on 2 December 2026. Record id: it-partir-ii");
  });

  it("links related projects in both directions", () => {
    expect(readPage("projects/it-partir-ii/index.html")).toContain('href="/projects/it-partir-i/"');
    expect(readPage("projects/it-partir-i/index.html")).toContain('href="/projects/it-partir-ii/"');
  });

  it("keeps koruna in koruna and says it is not converted", () => {
    const html = readPage("projects/cz-navraty-2019/index.html");
    expect(factOf(html, "Total cost")).toBe("CZK 60,000,000 stated Source [1]");
    expect(factOf(html, "EU contribution")).toMatch(/^CZK 45,000,000 stated/);
    expect(textOf(html)).toContain("Amounts are in Czech Koruna (CZK), as the source gives them. They are not converted to euro");
    const forint = readPage("projects/hu-oin-psychosocial-balassagyarmat-ii/index.html");
    expect(factOf(forint, "Funding awarded")).toMatch(/^HUF 27,580,600 stated/);
    expect(factOf(forint, "Total cost")).toBe("not reported");
  });

  it("shows targets without results for a record that has only targets", () => {
    const text = textOf(readPage("projects/hu-hvrrip-2018-2020/index.html"));
    expect(text).toContain("Result figures: not reported");
    expect(text).toMatch(/Planned targets People returned 88 Source \[1\] People supported to reintegrate 16 Source \[1\]/);
  });

  it("writes a year-only date as the year, and a month as the month", () => {
    const dates = (id: string) => /<dt>Dates<\/dt>\s*<dd>([\s\S]*?)<span class="method status-line">/.exec(readPage(`projects/${id}/index.html`))![1]!;
    // A date alone is followed by its own source; both dates from the same sources, by them once.
    expect(textOf(dates("mt-restart-i"))).toBe("2009 Source [1] – end not reported");
    expect(textOf(dates("it-avrit"))).toBe("January 2018 – 31 March 2019 Source [4]");
  });

  it("says 'not reported' for missing facts, never 0 or a blank", () => {
    const html = readPage("projects/mt-restart-v/index.html");
    for (const label of ["Total cost", "Reference code"]) {
      expect(factOf(html, label), label).toBe("not reported");
    }
    expect(factOf(html, "Dates")).toMatch(/^not reported Status: Unknown/);
    expect(factOf(html, "EU contribution")).toBe("not reported EU co-financing rate: not reported");
  });

  it("lists every record in the all-projects table, newest first, over its pages", () => {
    const html = readPage("projects/index.html") + readPage("projects/page/2/index.html");
    // Each row heading holds the box that adds it to the comparison (shown only where scripts run), then the link.
    const rows = [...html.matchAll(/<th scope="row">(?:<span data-js-only>.*?<\/span>)?<a href="\/projects\/([^/]+)\/">/g)].map((m) => m[1]);
    expect(rows).toHaveLength(recordIds.length);
    expect(new Set(rows).size).toBe(recordIds.length);
    expect(rows[0]).toBe("cy-avr-amif-2025-2026");
    expect(rows.indexOf("it-partir-ii")).toBeLessThan(rows.indexOf("it-partir-i"));
    expect(textOf(html)).toMatch(
      /Návraty \(Returns\) – voluntary return programme of the Ministry of the Interior Czechia AMIF 2014–2020 1 April 2019 30 June 2022 CZK 60,000,000 75% CZK 45,000,000 not reported/,
    );
  });

  it("renders MDX pages with GitHub-flavoured tables", () => {
    const html = readPage("methodology/index.html");
    expect((html.match(/<table>/g) ?? []).length).toBe(4);
  });

  it("loads JavaScript only on the chart, project-list, search, comparison, country and fund pages, as one same-origin module each (and, on the search, comparison and list pages, the small classic script that reads the address before the first paint), and nothing from another origin", () => {
    const files = listFiles(dist);
    const scriptPages = [
      "projects/index.html",
      "it/projects/index.html",
      "search/index.html",
      "it/search/index.html",
      "compare/index.html",
      "it/compare/index.html",
      "projects/page/2/index.html",
      "it/projects/page/2/index.html",
    ];
    const js = files.filter((f) => f.endsWith(".js")).map((f) => relative(dist, f));
    // Bundles (one entry per enhanced page kind, plus shared chunks) and Pagefind's own files.
    expect(js.filter((f) => f.startsWith("_astro/")).length).toBeGreaterThanOrEqual(4);
    expect(js.filter((f) => !f.startsWith("_astro/") && !/^(it\/)?pagefind\//.test(f))).toEqual([]);
    for (const file of files.filter((f) => f.endsWith(".html"))) {
      const html = readPage(relative(dist, file));
      // JSON-LD is data, never run; every other script is counted.
      const scripts = [...html.matchAll(/<script\b[^>]*>/gi)].map((m) => m[0]).filter((tag) => tag !== '<script type="application/ld+json">');
      const page = relative(dist, file);
      const module = expect.stringMatching(/^<script type="module" src="\/_astro\/[\w.-]+\.js">$/);
      // address-state.js marks <html> before the first paint, so that the results' room is kept (no layout shift).
      const addressState = expect.stringMatching(/^<script src="\/_astro\/address-state\.[\w-]+\.js"(?: data-list)?>$/);
      if (/^(it\/)?(search|compare|projects|projects\/page\/\d+)\/index\.html$/.test(page)) expect(scripts, file).toEqual([addressState, module]);
      // Every chart's page and embed draws its chart (the gallery's previews are drawn at build time).
      else if (scriptPages.includes(page) || /^(it\/)?(embed\/)?charts\/[^/]+\/index\.html$/.test(page)) expect(scripts, file).toEqual([module]);
      // Country and fund pages draw their charts when they have any.
      else if (/^(it\/)?(countries|funds)\/[^/]+\/index\.html$/.test(page))
        expect(scripts.length === 0 || (scripts.length === 1 && /^<script type="module" src="\/_astro\//.test(scripts[0]!)), file).toBe(true);
      else expect(scripts, file).toEqual([]);
      // Canonical and alternate links name pages; they are not loaded.
      const resources = [...html.matchAll(/<(?:link|img|source|iframe|video|audio)\b[^>]*?\s(?:href|src)="([^"]+)"[^>]*>/g)]
        .filter((m) => !/rel="(?:canonical|alternate)"/.test(m[0]))
        .map((m) => m[1]!);
      for (const url of resources) expect(url, `${file}: ${url}`).toMatch(/^\/(?!\/)/);
      expect(html, file).not.toMatch(/\son[a-z]+=/i);
    }
  });
});
