/**
 * What a reader sees first, on the built site: the key facts under every project's title with
 * each stated figure linked to the sources that state it; the list of projects before the
 * charts on every country, fund and organisation page; a search form in every header; the About
 * pages, linked from every footer; the funds side by side; and the small defects kept away
 * (doubled acronyms in titles, footer links run together, one measure under two labels, the
 * status dated by the build instead of the data). Expected values are recomputed here from the
 * raw records and the published CSV, not with the site's code.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { parseCsv } from "../../src/lib/export/csv.ts";
import { dist, factOf, listFiles, readPage, readRecords, root, textOf } from "./helpers.ts";

const records = readRecords();
// The embeds (/embed/charts/<id>/) are shown in a frame on other sites: no header, footer or search form.
const html = listFiles(dist)
  .filter((file) => file.endsWith(".html"))
  .map((file) => relative(dist, file))
  .filter((file) => !/^(it\/)?embed\//.test(file))
  .sort();
const LANGS = [
  { lang: "en", prefix: "" },
  { lang: "it", prefix: "it/" },
] as const;
const decode = (text: string) =>
  text
    .replace(/&amp;/g, "&")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&nbsp;/g, "\u00a0");

/** The <main> element of a page. */
const mainOf = (page: string) => {
  const source = readPage(page);
  return source.slice(source.indexOf("<main"), source.indexOf("</main>"));
};

describe("the key facts under a project's title", () => {
  const KEY_LABELS = {
    en: ["Dates", "Total cost", "EU contribution", "Managing organisation", "People returned", "People supported to reintegrate", "EU fund"],
    it: ["Date", "Costo totale", "Contributo UE", "Ente gestore", "Persone rimpatriate", "Persone sostenute nella reintegrazione", "Fondo UE"],
  };

  it.each(LANGS)("come right after the title, before the summary and the narrative, on every project page ($lang)", ({ lang, prefix }) => {
    for (const id of records.keys()) {
      const main = mainOf(`${prefix}projects/${id}/index.html`);
      const panel = main.indexOf('<section class="key-facts"');
      expect(panel, id).toBeGreaterThan(main.indexOf("</h1>"));
      expect(panel, id).toBeLessThan(main.indexOf('<p class="lead"'));
      expect(panel, id).toBeLessThan(main.indexOf('<div class="narrative"'));
      // No other heading between the title and the panel.
      expect(main.slice(main.indexOf("</h1>"), panel), id).not.toMatch(/<h2/);
      const section = main.slice(panel, main.indexOf("</section>", panel));
      const labels = [...section.matchAll(/<dt>([^<]+)<\/dt>/g)].map((m) => decode(m[1]!));
      expect(
        labels.filter((label) => label !== (lang === "en" ? "Funding awarded" : "Finanziamento concesso")),
        id,
      ).toEqual(KEY_LABELS[lang]);
    }
  });

  it("show PARTIR II's figures, each marked stated or calculated, a calculated one linking to its method", () => {
    const page = readPage("projects/it-partir-ii/index.html");
    expect(factOf(page, "Dates")).toBe(
      "1 July 2010 – 30 June 2011 Source [1] Status: Closed, as of 2 December 2026, the date of the data. calculated (how it is calculated)",
    );
    expect(page).toContain('<a class="basis basis-calculated" href="/methodology/#method-status">');
    expect(factOf(page, "Total cost")).toBe("€1,400,000 stated Source [1]");
    expect(factOf(page, "EU contribution")).toBe(
      "€1,050,000 calculated (how it is calculated) Calculated as total cost × EU co-financing rate ÷ 100, rounded to the cent. EU co-financing rate: 75% stated Source [1]",
    );
    expect(factOf(page, "People returned")).toBe("208 stated Source [1]");
    expect(factOf(page, "People supported to reintegrate")).toBe("139 stated Source [1]");
    expect(factOf(page, "Managing organisation")).toContain("(IOM)");
    expect(factOf(page, "EU fund")).toBe("European Return Fund (2008–2013)");
    expect(page).toContain('<a class="basis basis-calculated" href="/methodology/#method-euAmount">');
    const it = readPage("it/projects/it-partir-ii/index.html");
    expect(factOf(it, "Costo totale")).toBe("1.400.000 € dichiarato Fonte [1]");
    expect(it).toContain('href="/it/methodology/#method-euAmount"');
  });

  it("link each method a figure names to an anchor of the methodology page", () => {
    for (const { prefix } of LANGS) {
      const methodology = readPage(`${prefix}methodology/index.html`);
      const anchors = new Set([...methodology.matchAll(/\bid="(method-[^"]+)"/g)].map((m) => m[1]));
      const linked = new Set(
        [...records.keys()].flatMap((id) =>
          [...readPage(`${prefix}projects/${id}/index.html`).matchAll(/href="\/(?:it\/)?methodology\/#(method-[^"]+)"/g)].map((m) => m[1]),
        ),
      );
      expect(linked.size).toBeGreaterThan(0);
      for (const anchor of linked) expect(anchors.has(anchor), `${prefix}methodology: #${anchor}`).toBe(true);
    }
  });

  it("link every stated figure to the sources whose `states` name it (the only source, where a record has one), and to no other", () => {
    let linked = 0;
    for (const [id, r] of records) {
      const page = readPage(`projects/${id}/index.html`);
      const panel = page.slice(page.indexOf('<section class="key-facts"'), page.indexOf("</section>", page.indexOf('<section class="key-facts"')));
      const sourcesOf = (key: string) =>
        r.sources.length === 1 && !r.sources[0]!.states ? [1] : r.sources.flatMap((s, i) => ((s.states ?? []).includes(key) ? [i + 1] : []));
      // The refs after a figure, up to the next figure: `data-figure="total">…</span> … <sup class="refs">…</sup>`.
      const refsAfter = (figure: string) => {
        const at = panel.indexOf(`data-figure="${figure}"`);
        if (at < 0) return undefined;
        const rest = panel.slice(at);
        const end = rest.search(/<\/dd>|<span class="key-rate">/);
        return [...rest.slice(0, end).matchAll(/<a href="#source-(\d+)">/g)].map((m) => Number(m[1]));
      };
      const b = r.budget;
      if (b?.total !== undefined) expect(refsAfter("total"), `${id}: total`).toEqual(sourcesOf("budget.total"));
      if (b?.eu_amount !== undefined) expect(refsAfter("euAmount"), `${id}: EU amount`).toEqual(sourcesOf("budget.eu_amount"));
      else if (b?.total !== undefined && b.eu_share_pct !== undefined) expect(refsAfter("euAmount"), `${id}: a calculated EU amount has no source`).toEqual([]);
      if (r.results?.returned !== undefined) expect(refsAfter("result.returned"), `${id}: returned`).toEqual(sourcesOf("results.returned"));
      // Every numbered link points to a source of the list, by its id.
      const sourceIds = [...page.matchAll(/<li id="source-(\d+)"/g)].map((m) => Number(m[1]));
      expect(sourceIds, id).toEqual(r.sources.map((_, i) => i + 1));
      for (const m of panel.matchAll(/<a href="#source-(\d+)">/g)) {
        expect(sourceIds, id).toContain(Number(m[1]));
        linked++;
      }
    }
    expect(linked).toBeGreaterThan(records.size);
  });
});

describe("lists before charts", () => {
  const groupPages = html.filter((page) => /^(it\/)?(countries|funds|organisations)\/[^/]+\/index\.html$/.test(page));

  it("finds every country, fund and organisation page, in both languages", () => {
    expect(groupPages.filter((p) => p.startsWith("countries/")).length).toBeGreaterThan(20);
    expect(groupPages.filter((p) => p.startsWith("funds/")).length).toBe(6);
    expect(groupPages.filter((p) => p.startsWith("organisations/")).length).toBeGreaterThan(30);
    expect(groupPages.filter((p) => p.startsWith("it/")).length).toBe(groupPages.length / 2);
  });

  it("puts the first project link before the first chart, and the figures before the list, on every one of them", () => {
    let withCharts = 0;
    for (const page of groupPages) {
      const main = mainOf(page);
      const firstProject = main.search(/<a href="\/(?:it\/)?projects\/[a-z0-9-]+\/"/);
      const firstChart = main.search(/<figure class="chart"|class="chart-canvas"/);
      const summary = main.indexOf('<section class="group-summary"');
      if (firstChart >= 0) {
        withCharts++;
        expect(firstProject, page).toBeGreaterThanOrEqual(0);
        expect(firstProject, page).toBeLessThan(firstChart);
      }
      if (summary >= 0 && firstProject >= 0) expect(summary, page).toBeLessThan(firstProject);
    }
    expect(withCharts).toBeGreaterThan(40);
  });

  it("gives the EU contribution per currency among the key totals, never added across currencies", () => {
    const rows = parseCsv(readPage("data/projects.csv"));
    for (const page of ["countries/cz/index.html", "funds/amif-2014-2020/index.html", "it/funds/return-fund/index.html"]) {
      const main = mainOf(page);
      const dd = main.slice(main.indexOf('data-measure="euAmount"'), main.indexOf("</dd>", main.indexOf('data-measure="euAmount"')));
      const filter = page.includes("countries/cz")
        ? (r: Record<string, string>) => r.member_state === "CZ"
        : (r: Record<string, string>) => r.fund === (page.includes("amif-2014-2020") ? "amif-2014-2020" : "return-fund");
      const expected = new Map<string, number>();
      for (const r of rows.filter(filter)) {
        const amount = r["budget.eu_amount"] || r["derived.eu_amount"];
        if (amount) expected.set(r["budget.currency"]!, (expected.get(r["budget.currency"]!) ?? 0) + Math.round(Number(amount) * 100));
      }
      const shown = new Map([...dd.matchAll(/data-eu-currency="([A-Z]{3})" data-eu-cents="(\d+)"/g)].map((m) => [m[1]!, Number(m[2])]));
      expect(shown, page).toEqual(expected);
      expect(expected.size, page).toBeGreaterThan(0);
    }
  });
});

describe("search, About and the footer on every page", () => {
  it("puts a labelled search form, a plain GET form to /search/ with a field named q, in the header of every page, in its language", () => {
    for (const page of html) {
      const source = readPage(page);
      const header = source.slice(source.indexOf('<header class="site-header"'), source.indexOf("</header>"));
      const prefix = source.startsWith('<!DOCTYPE html><html lang="it"') ? "/it" : "";
      const form = /<form class="site-search" action="([^"]+)" method="get" role="search" aria-label="[^"]+">([\s\S]*?)<\/form>/.exec(header);
      expect(form?.[1], page).toBe(`${prefix}/search/`);
      expect(form![2], page).toMatch(/<label class="visually-hidden" for="site-search">[^<]+<\/label>\s*<input type="search" id="site-search" name="q"/);
    }
  });

  it("puts a second, visible search form on the home page, in both languages", () => {
    expect(readPage("index.html")).toMatch(
      /<form class="home-search" action="\/search\/" method="get">\s*<label for="home-search">Search the projects<\/label>/,
    );
    expect(readPage("it/index.html")).toMatch(
      /<form class="home-search" action="\/it\/search\/" method="get">\s*<label for="home-search">Cerca nei progetti<\/label>/,
    );
  });

  it("has /about/ and /it/about/, saying the site is not an official EU publication, linked from every page's footer as a list item", () => {
    expect(textOf(readPage("about/index.html"))).toContain("It is not an official publication of the European Union");
    expect(textOf(readPage("it/about/index.html"))).toMatch(/Non è una pubblicazione ufficiale dell['’]Unione europea/);
    for (const page of html) {
      const source = readPage(page);
      const footer = source.slice(source.indexOf('<footer class="site-footer"'));
      const prefix = source.startsWith('<!DOCTYPE html><html lang="it"') ? "/it" : "";
      expect(footer, page).toContain(`<li><a href="${prefix}/about/">`);
      // Every footer link is an item of its own: the links never run together.
      const links = [...footer.matchAll(/<a href=/g)].length;
      const items = [...footer.matchAll(/<li><a href=/g)].length;
      expect(items, page).toBe(links);
      expect(links, page).toBeGreaterThanOrEqual(4);
    }
  });
});

describe("the funds side by side", () => {
  const rows = parseCsv(readPage("data/projects.csv"));
  const cellOf = (page: string, measure: string, group: string) => {
    const main = mainOf(page);
    const table = main.slice(main.indexOf('<table class="programmes" id="funds-table"'), main.indexOf("</table>", main.indexOf('id="funds-table"')));
    const row = table.slice(table.indexOf(`<tr data-measure="${measure}">`), table.indexOf("</tr>", table.indexOf(`<tr data-measure="${measure}">`)));
    const at = row.indexOf(`<td data-group="${group}">`);
    return row.slice(at, row.indexOf("</td>", at));
  };

  it.each(LANGS)("puts every fund with projects in a column, with the number of projects behind every figure ($prefix)", ({ prefix }) => {
    const page = `${prefix}programmes/index.html`;
    const funds = [...new Set(rows.map((r) => r.fund || "not-stated"))];
    const columns = [...mainOf(page).matchAll(/<th scope="col" data-group="([^"]+)">/g)].map((m) => m[1]);
    expect(new Set(columns)).toEqual(new Set(funds));
    for (const fund of funds) {
      const inFund = rows.filter((r) => (r.fund || "not-stated") === fund);
      expect(textOf(cellOf(page, "projects", fund)), fund).toBe(String(inFund.length));
      const reporting = { total: inFund.filter((r) => r["budget.total"]).length, returned: inFund.filter((r) => r["results.returned"]).length };
      expect(cellOf(page, "total", fund), fund).toContain(`data-count="${reporting.total}"`);
      expect(cellOf(page, "returned", fund), fund).toContain(`data-count="${reporting.returned}"`);
      for (const measure of ["euAmount", "reintegration", "costPerReturned"])
        expect(cellOf(page, measure, fund), `${fund} ${measure}`).toMatch(/data-count="\d+"/);
    }
  });

  it("says the Return Fund's cost per person rests on 3 projects, warns about it, and that AMIF 2014–2020's cannot be calculated", () => {
    const withBoth = rows.filter((r) => r.fund === "return-fund" && r["budget.total"] && Number(r["results.returned"]) > 0);
    expect(withBoth).toHaveLength(3);
    const cost = textOf(cellOf("programmes/index.html", "costPerReturned", "return-fund"));
    expect(cost).toMatch(/^€2,767\.30 to €6,730\.77 \(3 projects\) from 3 of 58 projects Warning: Rests on 3 projects only: too few to speak for the group\.$/);
    expect(textOf(cellOf("programmes/index.html", "costPerReturned", "amif-2014-2020"))).toBe(
      "not calculable: no project reports both the total cost and the number of people returned none of its 44 projects reports it",
    );
    expect(textOf(cellOf("it/programmes/index.html", "costPerReturned", "return-fund"))).toMatch(
      /^da 2\.?767,30 € a 6\.?730,77 € \(3 progetti\) da 3 di 58 progetti Attenzione: Si basa su 3 progetti soltanto/,
    );
  });

  it("is linked from the funds overview, the navigation and the home page", () => {
    for (const { prefix } of LANGS) {
      expect(mainOf(`${prefix}funds/index.html`)).toContain(`href="/${prefix}programmes/"`);
      expect(mainOf(`${prefix}index.html`)).toContain(`href="/${prefix}programmes/"`);
      expect(readPage(`${prefix}charts/index.html`)).toMatch(new RegExp(`<nav class="site-nav"[\\s\\S]*href="/${prefix}programmes/"`));
    }
  });
});

describe("the small defects", () => {
  const titleOf = (source: string) => decode(/<title>([^<]*)<\/title>/.exec(source)![1]!);
  const h1Of = (source: string) => textOf(/<h1[^>]*>([\s\S]*?)<\/h1>/.exec(source)?.[1] ?? "");
  /** `PARTIR II: PARTIR II: …`, `RESTART II – RESTART II …`: a name said twice at the start. */
  const doubled = /^(.{3,}?)\s*[:–-]\s*\1(?:\s|:|–|-|$)/i;

  it("no page's <title> or h1 repeats its acronym", () => {
    const problems = html.flatMap((page) => {
      const source = readPage(page);
      return [titleOf(source), h1Of(source)].filter((text) => doubled.test(text)).map((text) => `${page}: ${text}`);
    });
    expect(problems).toEqual([]);
    // The check can fail.
    expect(doubled.test("PARTIR II: PARTIR II: Assisted voluntary return")).toBe(true);
    expect(titleOf(readPage("projects/it-partir-ii/index.html"))).toBe("PARTIR II: Assisted voluntary return for migrants living in…");
  });

  it("names each measure one way on every page: one label in the strings files, no variant in any heading, term or column", () => {
    const strings = (lang: string) => JSON.parse(readFileSync(join(root, `src/i18n/${lang}.json`), "utf8")) as Record<string, string>;
    const VARIANTS = { en: /total eligible cost|total budget|managing entity/i, it: /costo ammissibile totale|bilancio totale|organizzazione che gestisce/i };
    for (const { lang, prefix } of LANGS) {
      const s = strings(lang);
      for (const key of ["compare.measure.total", "charts.field.budget.total"]) expect(s[key], key).toBe(s["measure.total"]);
      for (const key of ["compare.measure.euAmount"]) expect(s[key], key).toBe(s["measure.euAmount"]);
      for (const key of ["compare.measure.euRate"]) expect(s[key], key).toBe(s["measure.euRate"]);
      // The project tables name their amount and rate columns with the measure.* strings themselves (ProjectTable).
      const columns = [...readPage(`${prefix}projects/index.html`).matchAll(/<th scope="col"[^>]*>([\s\S]*?)<\/th>/g)].map((m) => textOf(m[1]!));
      expect(columns, `${prefix}projects/`).toEqual(expect.arrayContaining([s["measure.total"], s["measure.euRate"], s["measure.euAmount"]]));
      for (const key of ["table.total", "table.euRate", "table.euAmount"]) expect(s[key], key).toBeUndefined();
      for (const key of ["filters.managingEntity", "compare.measure.managingEntity"]) expect(s[key], key).toBe(s["measure.managingEntity"]);
      expect(s["group.budget"]!.startsWith(s["measure.total"]!)).toBe(true);
      const problems = html
        .filter((page) => (prefix ? page.startsWith(prefix) : !page.startsWith("it/")))
        .flatMap((page) =>
          [...readPage(page).matchAll(/<(dt|th|h[1-6]|caption|label|option)\b[^>]*>([\s\S]*?)<\/\1>/g)]
            .map((m) => textOf(m[2]!))
            .filter((label) => VARIANTS[lang].test(label))
            .map((label) => `${page}: ${label}`),
        );
      expect(problems, lang).toEqual([]);
    }
  });

  it("states every status as of the data's date, the day the files give as derived.status_as_of, with the status the files give", () => {
    const rows = parseCsv(readPage("data/projects.csv"));
    const asOf = new Set(rows.map((r) => r["derived.status_as_of"]));
    expect(asOf.size).toBe(1);
    const [day] = [...asOf] as [string];
    // The latest checked day of the records.
    expect(day).toBe(
      [...records.values()]
        .map((r) => r.checked)
        .sort()
        .at(-1),
    );
    const [y, m, d] = day.split("-").map(Number) as [number, number, number];
    const written = {
      en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d))),
      it: new Intl.DateTimeFormat("it-IT", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" }).format(new Date(Date.UTC(y, m - 1, d))),
    };
    const strings = Object.fromEntries(
      LANGS.map(({ lang }) => [lang, JSON.parse(readFileSync(join(root, `src/i18n/${lang}.json`), "utf8")) as Record<string, string>]),
    );
    for (const row of rows) {
      for (const { lang, prefix } of LANGS) {
        const status = strings[lang]![`status.${row["derived.status"]}`];
        // The status is calculated from the dates: its mark links to the method.
        const line = new RegExp(`<span class="method status-line">([^<]*)<a class="basis basis-calculated" href="/${prefix}methodology/#method-status">`).exec(
          readPage(`${prefix}projects/${row.id}/index.html`),
        )?.[1];
        const want =
          lang === "en"
            ? `Status: ${status}, as of ${written.en}, the date of the data.`
            : `Stato: ${status}, al ${written.it}, data di aggiornamento dei dati.`;
        expect(decode(line ?? ""), `${prefix}${row.id}`).toBe(want);
      }
    }
  });

  it("gives the header a palette of its own: not the EU's blue and gold, with text at a contrast of at least 4.5:1", () => {
    const css = readFileSync(join(root, "src/styles/site.css"), "utf8");
    expect(css).not.toMatch(/#003399|#039\b|#ffcc00|#fc0\b|#ffdd00/i);
    const luminance = (hex: string) => {
      const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4)) as [
        number,
        number,
        number,
      ];
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const contrast = (a: string, b: string) => {
      const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
      return (hi + 0.05) / (lo + 0.05);
    };
    const variable = (name: string) => new RegExp(`--${name}:\\s*(#[0-9a-f]{6})`, "i").exec(css)![1]!;
    expect(contrast("#ffffff", variable("header"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable("header-muted"), variable("header"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast(variable("header"), variable("header-muted"))).toBeGreaterThanOrEqual(4.5);
    expect(contrast("#ffffff", variable("accent"))).toBeGreaterThanOrEqual(4.5);
  });
});
