/**
 * Examples of every component in src/components, rendered alone from fixture props (as GOV.UK
 * Frontend keeps an example per component state): named, in one place, in English and Italian,
 * full and with facts missing. components.test.ts renders each with Astro's Container API and
 * checks it with html-validate and axe; a component without an example fails that test.
 *
 * Props are written by hand as the views (src/data/views) would give them, or built from the
 * synthetic projects of tests/fixtures/factory.ts through src/lib, never from the real records.
 */
import Basis from "../../src/components/Basis.astro";
import Breadcrumbs from "../../src/components/Breadcrumbs.astro";
import ChartCanvas from "../../src/components/ChartCanvas.astro";
import ChartDrawing from "../../src/components/ChartDrawing.astro";
import ChartMap from "../../src/components/ChartMap.astro";
import ChartFigure from "../../src/components/ChartFigure.astro";
import ChartTable from "../../src/components/ChartTable.astro";
import CorrectionLinks from "../../src/components/CorrectionLinks.astro";
import CountList from "../../src/components/CountList.astro";
import ExternalLink from "../../src/components/ExternalLink.astro";
import FigureRefs from "../../src/components/FigureRefs.astro";
import GroupSummary from "../../src/components/GroupSummary.astro";
import KeyFacts from "../../src/components/KeyFacts.astro";
import NotFound from "../../src/components/NotFound.astro";
import NotReported from "../../src/components/NotReported.astro";
import ProgrammeFigure from "../../src/components/ProgrammeFigure.astro";
import ProjectLink from "../../src/components/ProjectLink.astro";
import ProjectTable from "../../src/components/ProjectTable.astro";
import ProjectTableRow from "../../src/components/ProjectTableRow.astro";
import ProjectList from "../../src/components/ProjectList.astro";
import type { ProjectListView } from "../../src/data/views/project-list.ts";
import TableRegion from "../../src/components/TableRegion.astro";
import { correctionLinks } from "../../src/lib/corrections.ts";
import indicators from "../../data/indicators.json";
import { buildGroupCharts, returnCountriesMap } from "../../src/lib/charts.ts";
import { chartMapSvg } from "../../src/lib/present/chart-maps.ts";
import { chartHrefs } from "../../src/lib/present/chart-links.ts";
import Pager from "../../src/components/Pager.astro";
import GroupListPage from "../../src/components/GroupListPage.astro";
import ElementMatrix from "../../src/components/ElementMatrix.astro";
import ConflictList from "../../src/components/ConflictList.astro";
import elementsData from "../../data/elements.json";
import { METHODS } from "../../src/lib/derive.ts";
import { useLocalization } from "../../src/i18n/index.ts";
import { syntheticProject } from "../fixtures/factory.ts";

export interface Example {
  /** The component's file name in src/components, without `.astro`. */
  component: string;
  /** What the example shows. */
  name: string;
  /** The language of the page the component is on. */
  lang: string;
  factory: unknown;
  props: Record<string, unknown>;
  slots?: Record<string, string>;
  /** A whole page (the component renders <html>), not a part of one. */
  page?: boolean;
  /** What the part sits in on a page, with `{}` for it (a table's row: `<table><tbody>{}</tbody></table>`). */
  within?: string;
  /** Text the rendered example must contain. */
  contains: string[];
}

/** A component's Props. */
type PropsOf<C> = C extends (props: infer P) => unknown ? P : never;

// Each component's props are type-checked against its own Props.
function example<C>(component: C, file: string, example: Omit<Example, "component" | "factory" | "props"> & { props: PropsOf<C> }): Example {
  return { ...example, component: file, factory: component, props: example.props as Record<string, unknown> };
}

const partir = syntheticProject("it-partir-ii", {
  title: "PARTIR II: Assisted voluntary return for migrants living in vulnerable conditions",
  acronym: "PARTIR II",
  fund: "return-fund",
  start: "2010-07-01",
  end: "2011-06-30",
  budget: { currency: "EUR", total: 1400000, eu_share_pct: 75 },
  results: { returned: 208, reintegration_assisted: 139 },
});
const chartProjects = [
  partir,
  syntheticProject("hu-synthetic", {
    member_state: "HU",
    fund: "return-fund",
    start: 2012,
    budget: { currency: "HUF", total: 90000000, eu_share_pct: 75 },
    results: { returned: 30 },
  }),
  syntheticProject("mt-synthetic", { member_state: "MT", start: "2014-03", budget: { currency: "EUR", total: 250000, eu_amount: 225000 } }),
  syntheticProject("lv-synthetic", { member_state: "LV" }),
];
const groupCharts = (lang: string) =>
  buildGroupCharts(chartProjects, useLocalization(lang), {
    fundName: (id) => (id === "return-fund" ? "Return Fund" : id),
    projectName: (p) => p.acronym ?? p.title,
    fundOrder: ["return-fund"],
  });
const ratesChart = (lang: string) => groupCharts(lang).find((chart) => chart.id === "eu-co-financing-rates")!;
const returnProjects = [
  syntheticProject("it-synthetic-returns", { return_countries: ["TN", "NG", "XK"] }),
  syntheticProject("it-synthetic-returns-2", { return_countries: ["TN"] }),
];
const returnsMap = (lang: string) => returnCountriesMap(returnProjects, useLocalization(lang));

const stated = (text: string, value: number | string) => ({ text, value, basis: "stated" as const });
/** The references of `figures` to the sources at `positions`, as the project page's view writes them. */
const refs = (figures: string, ...positions: number[]) => ({
  figures: figures.split(" "),
  refs: positions.map((n) => ({ label: String(n), href: `#source-${n}` })),
});
const rowData = { "data-id": "it-partir-ii", "data-member-state": "IT", "data-fund": "return-fund", "data-status": "closed" };

const elementOf = (id: string) => elementsData.elements.find((e) => e.id === id)!;
const monitored = syntheticProject("it-monitored", { member_state: "IT", elements: ["travel", "monitoring"], monitoring_months: 12 });
const travelOnly = syntheticProject("mt-travel", { member_state: "MT", elements: ["travel"] });
const conflicted = syntheticProject("hu-conflict", { member_state: "HU", conflicts: ["One source gives 30 people returned, another 32."] });

const partirRow = {
  id: "it-partir-ii",
  href: "/projects/it-partir-ii/",
  title: "PARTIR II",
  titleLang: undefined,
  country: "Italy",
  fund: "Return Fund",
  start: stated("1 July 2010", "2010-07-01"),
  end: stated("30 June 2011", "2011-06-30"),
  total: stated("€1,400,000", 1400000),
  euRate: stated("75%", 75),
  euAmount: { text: "€1,050,000", value: 1050000, basis: "calculated" as const },
  returned: stated("208", 208),
  data: rowData,
};
const rowLabels = {
  memberState: "Member state",
  fund: "Fund",
  start: "Start",
  end: "End",
  total: "Total cost",
  euRate: "EU co-financing rate",
  euAmount: "EU contribution",
  returned: "People returned",
};
/** Page 2 of a list of 150 projects, in Italian: one row shown, the totals of all. */
function listView(): ProjectListView {
  const l = useLocalization("it");
  const message = (key: string) => l.message(key);
  return {
    count: { value: 150, text: "150" },
    rows: [{ ...partirRow, href: "/it/projects/it-partir-ii/", country: "Italia", fund: "Fondo rimpatri" }],
    page: { current: 2, count: 2 },
    totals: { projects: "150 progetti", total: "100.000.000 € (120 progetti); non riportato per 30 progetti", euAmount: "", euCalculated: "", returned: "" },
    totalsStrings: {
      projects: message("count.projects"),
      part: message("totals.part"),
      notReported: message("totals.notReported"),
      noneReported: message("totals.noneReported"),
      calculated: message("totals.calculated"),
      returnedAll: message("totals.returnedAll"),
      returnedSome: message("totals.returnedSome"),
      returnedNone: message("totals.returnedNone"),
    },
    options: {
      memberStates: [{ value: "IT", label: "Italia" }],
      funds: [{ value: "return-fund", label: "Fondo rimpatri" }],
      periods: [{ value: "2008-2013", label: "2008–2013" }],
      statuses: [{ value: "closed", label: "Concluso" }],
      managingEntities: [],
      elements: [],
    },
    charts: {},
  };
}

export const EXAMPLES: Example[] = [
  example(ProjectTableRow, "ProjectTableRow", {
    name: "a row with its comparison box, a calculated EU contribution",
    lang: "en",
    within: "<table><caption>Projects</caption><tbody>{}</tbody></table>",
    props: { row: partirRow, lang: "en", filterable: true, label: rowLabels },
    contains: ['data-record="it-partir-ii"', 'data-member-state="IT"', "€1,050,000</span> (calculated)", 'class="pick"'],
  }),
  example(ProjectTableRow, "ProjectTableRow", {
    name: "the template row: every cell's figure and its not-reported form",
    lang: "en",
    within: "<table><caption>Projects</caption><tbody>{}</tbody></table>",
    props: {
      row: { id: "", href: "/projects/", title: "Project", titleLang: undefined, country: "", data: {} },
      lang: "en",
      filterable: true,
      template: true,
      label: rowLabels,
    },
    contains: ['<span data-figure="start"></span><span class="not-reported">not reported</span>'],
  }),
  example(ProjectList, "ProjectList", {
    name: "page 2 of 2 of the list, in Italian: pager, totals of all, the row template",
    lang: "it",
    props: { view: listView(), lang: "it" },
    contains: [
      "Tutti i progetti (150), dal più recente — pagina 2 di 2",
      "<h1>Tutti i progetti — pagina 2 di 2</h1>",
      'rel="prev"',
      'aria-current="page"',
      '<template id="project-row"',
      "Questi sono i totali di tutti i 150 progetti, su tutte le pagine dell&#39;elenco.",
    ],
  }),
  example(Basis, "Basis", { name: "a stated figure", lang: "en", props: { basis: "stated", lang: "en" }, contains: ["stated"] }),
  example(Basis, "Basis", {
    name: "a calculated figure linking to its method on the methodology page",
    lang: "en",
    props: { basis: "calculated", method: METHODS.euAmount, methodHref: "/methodology/#method-euAmount", lang: "en" },
    contains: ['href="/methodology/#method-euAmount"', "(how it is calculated)"],
  }),
  example(Basis, "Basis", {
    name: "a calculated figure with its method, in Italian",
    lang: "it",
    props: { basis: "calculated", method: METHODS.euAmount, lang: "it" },
    contains: ["calcolat"],
  }),

  example(Breadcrumbs, "Breadcrumbs", {
    name: "three levels",
    lang: "en",
    props: { lang: "en", items: [{ href: "/", label: "Home" }, { href: "/projects/", label: "All projects" }, { label: "PARTIR II" }] },
    contains: ["All projects", 'aria-current="page"'],
  }),
  example(Breadcrumbs, "Breadcrumbs", {
    name: "one level, in Italian",
    lang: "it",
    props: { lang: "it", items: [{ label: "Progetti" }] },
    contains: ["Progetti"],
  }),

  example(ChartFigure, "ChartFigure", {
    name: "EU co-financing rates of a group, with a record left out",
    lang: "en",
    props: { chart: ratesChart("en"), lang: "en", hrefs: chartHrefs(ratesChart("en"), "/projects/", "member_state=IT"), csvBase: "/countries/it/charts/" },
    contains: [
      "eu-co-financing-rates.csv",
      "/projects/?member_state=IT&amp;chart=eu-co-financing-rates%2F70-80",
      "/projects/?member_state=IT&amp;chart=eu-co-financing-rates%2Fleft-out-no-rate",
      "No EU co-financing rate reported or calculable: 1",
    ],
  }),
  example(ChartFigure, "ChartFigure", {
    name: "the same chart, in Italian",
    lang: "it",
    props: { chart: ratesChart("it"), lang: "it", hrefs: chartHrefs(ratesChart("it"), "/it/projects/") },
    contains: ["/it/projects/?chart=eu-co-financing-rates%2Fleft-out-no-rate", "Tasso di cofinanziamento UE non riportato né calcolabile: 1"],
  }),

  example(GroupListPage, "GroupListPage", {
    name: "page 2 of a member state's list, in Italian",
    lang: "it",
    page: true,
    props: {
      lang: "it",
      name: "Progetti in Malta",
      base: "/countries/mt/",
      crumbs: [{ href: "/it/", label: "Home" }],
      caption: "Progetti: Malta, dal più recente",
      rows: [{ id: "mt-synthetic", href: "/it/projects/mt-synthetic/", title: "Synthetic mt-synthetic", titleLang: "en", country: "Malta", data: {} }],
      page: { current: 2, count: 2, total: 101 },
    },
    contains: [
      "<h1>Progetti in Malta: progetti, pagina 2 di 2</h1>",
      'href="/it/countries/mt/"',
      '<nav class="pager" aria-labelledby="pager-top-status">',
      'aria-label="Pagine dell\'elenco, dopo la tabella"',
      "Pagina 2 di 2: progetti 101–101 di 101.",
      'href="/it/countries/mt/" rel="prev"',
      "/it/projects/mt-synthetic/",
    ],
  }),
  example(ElementMatrix, "ElementMatrix", {
    name: "two projects, two elements, monitoring months",
    lang: "en",
    props: {
      lang: "en",
      supported: [
        { element: elementOf("travel"), projects: [monitored, travelOnly] },
        { element: elementOf("monitoring"), projects: [monitored] },
      ],
      rows: [
        { project: monitored, country: "Italy" },
        { project: travelOnly, country: "Malta" },
      ],
    },
    contains: ['<tr data-project="it-monitored">', 'data-element="monitoring"', "up to 12 months", '<td class="num" data-element="travel">2</td>'],
  }),
  example(ConflictList, "ConflictList", {
    name: "a record's conflict, in English on the Italian page",
    lang: "it",
    props: { lang: "it", conflicted: [{ project: conflicted, conflicts: conflicted.conflicts, conflictLang: "en" }] },
    contains: ['<dt data-record="hu-conflict">', "/it/projects/hu-conflict/#conflicts", '<dd lang="en">One source gives 30 people returned, another 32.</dd>'],
  }),
  example(Pager, "Pager", {
    name: "page 5 of 12, with gaps",
    lang: "en",
    props: { lang: "en", base: "/projects/", current: 5, total: 1150, id: "pager" },
    contains: [
      "Page 5 of 12: projects 401–500 of 1,150.",
      'href="/projects/page/4/" rel="prev"',
      'href="/projects/page/6/" rel="next"',
      'href="/projects/" aria-label="Page 1"',
      'href="/projects/page/5/" aria-current="page"',
      'href="/projects/page/12/"',
    ],
  }),
  example(Pager, "Pager", {
    name: "the first page in Italian, and nothing for a single page",
    lang: "it",
    props: { lang: "it", base: "/countries/de/", current: 1, total: 250, id: "pager" },
    contains: ["Pagina 1 di 3: progetti 1–100 di 250.", 'href="/it/countries/de/page/2/" rel="next"', "Pagina successiva"],
  }),
  example(Pager, "Pager", {
    name: "the second pager of a list, after its table: a name of its own, left off paper",
    lang: "en",
    props: { lang: "en", base: "/projects/", current: 2, total: 150, id: "pager-bottom", after: true },
    contains: [
      '<nav class="pager pager-after" aria-label="Pages of the list, after the table">',
      '<p id="pager-bottom-status" class="pager-status">Page 2 of 2: projects 101–150 of 150.</p>',
    ],
  }),

  example(ChartTable, "ChartTable", {
    name: "EU co-financing rates, each value linked to the filtered project list",
    lang: "en",
    props: {
      chart: ratesChart("en"),
      lang: "en",
      id: "rates-table",
      rowHref: new Map(ratesChart("en").rows.map((row) => [row.key, `/projects/?chart=eu-co-financing-rates%2F${row.key}`])),
    },
    contains: ['id="rates-table"', "/projects/?chart=eu-co-financing-rates%2F"],
  }),
  example(ChartTable, "ChartTable", {
    name: "countries of return, without links, in Italian",
    lang: "it",
    props: { chart: returnsMap("it"), lang: "it", id: "returns-table", rowHref: new Map() },
    contains: ["Tunisia", "Kosovo"],
  }),
  example(ChartCanvas, "ChartCanvas", {
    name: "an EU-rates chart's canvas box, in Italian",
    lang: "it",
    props: { chart: ratesChart("it"), height: 300, lang: "it", tableId: "rates-table" },
    contains: ["<avrr-chart", 'class="chart-canvas"'],
  }),
  example(ChartMap, "ChartMap", {
    name: "countries of return",
    lang: "en",
    props: { svg: chartMapSvg(returnsMap("en"), useLocalization("en"), "returns-map-en") },
    contains: ['aria-label="Tunisia: named by 2 projects"', 'role="img"'],
  }),
  example(ChartDrawing, "ChartDrawing", {
    name: "a canvas chart, its height kept",
    lang: "en",
    props: { chart: ratesChart("en"), height: 300, lang: "en", tableId: "rates-table" },
    contains: ['table="rates-table"', 'data-height="300"'],
  }),
  example(ChartDrawing, "ChartDrawing", {
    name: "a map, every shape named with its value, in Italian",
    lang: "it",
    props: {
      chart: returnsMap("it"),
      mapSvg: chartMapSvg(returnsMap("it"), useLocalization("it"), "returns-map"),
      height: 300,
      lang: "it",
      tableId: "returns-table",
    },
    contains: ['aria-label="Tunisia: indicato da 2 progetti"', 'data-code="XK"'],
  }),

  example(CountList, "CountList", {
    name: "two results",
    lang: "en",
    props: {
      entries: partir.results,
      indicators,
      noun: "Results",
      lang: "en",
      kind: "result",
      refs: { returned: refs("results.returned", 1), reintegration_assisted: refs("results.reintegration_assisted", 1, 2) },
    },
    contains: ["People returned", "208", 'data-figure="result.returned"', 'data-refs="results.reintegration_assisted"', 'href="#source-2"'],
  }),
  example(CountList, "CountList", {
    name: "no targets, in Italian",
    lang: "it",
    props: { entries: [], indicators, noun: "Obiettivi", of: "project.targetFigures", lang: "it", kind: "target" },
    contains: ["Obiettivi", "not-reported", "non riportati"],
  }),

  example(CorrectionLinks, "CorrectionLinks", {
    name: "the two ways to correct a record",
    lang: "en",
    props: {
      lang: "en",
      id: "it-partir-ii",
      links: correctionLinks({ url: "https://github.com/example/site", branch: "main" }, "it-partir-ii", "https://example.org/projects/it-partir-ii/"),
    },
    contains: [
      "Suggest a correction",
      "Edit this record",
      "https://github.com/example/site/edit/main/content/projects/it-partir-ii.md",
      "template=correction.yml",
    ],
  }),
  example(CorrectionLinks, "CorrectionLinks", {
    name: "in Italian",
    lang: "it",
    props: {
      lang: "it",
      id: "it-partir-ii",
      links: correctionLinks({ url: "https://github.com/example/site", branch: "main" }, "it-partir-ii", "https://example.org/it/projects/it-partir-ii/"),
    },
    contains: ["Suggerisci una correzione", "Modifica questa scheda", "(apre un altro sito)"],
  }),

  example(ExternalLink, "ExternalLink", {
    name: "a source",
    lang: "en",
    props: { href: "https://example.org/report.pdf", lang: "en" },
    slots: { default: "The project's report" },
    contains: ["(opens another website)"],
  }),
  example(ExternalLink, "ExternalLink", {
    name: "a source in another language, in Italian",
    lang: "it",
    props: { href: "https://example.org/bericht.pdf", lang: "it", hreflang: "de" },
    slots: { default: "Bericht" },
    contains: ['hreflang="de"', "(apre un altro sito)"],
  }),

  example(GroupSummary, "GroupSummary", {
    name: "totals in two currencies, some projects left out",
    lang: "en",
    props: {
      lang: "en",
      summary: {
        sentence: "4 projects. Reported total cost: €1,650,000 (2 projects); HUF 90,000,000 (1 project). 2 projects report a total of 238 people returned.",
        projects: { value: 4, text: "4" },
        totals: [
          { currency: "EUR", cents: 165000000, text: "€1,650,000 (2 projects)" },
          { currency: "HUF", cents: 9000000000, text: "HUF 90,000,000 (1 project)" },
        ],
        budgetLeftOut: "Not included: 1 project whose total cost is not reported.",
        euTotals: [
          { currency: "EUR", cents: 127500000, text: "€1,275,000 (2 projects)" },
          { currency: "HUF", cents: 6750000000, text: "HUF 67,500,000 (1 project)" },
        ],
        euCalculated: "2 of these EU contributions are calculated from the total cost and the EU co-financing rate.",
        euLeftOut: "Not included: 1 project whose EU contribution is neither reported nor calculable.",
        returned: { value: 238, text: "238" },
        returnedLeftOut: "Not included: 2 projects that report no number of people returned.",
        filteredHref: "/projects/?member_state=IT",
        chartsHref: "/charts/",
      },
    },
    contains: ["HUF 90,000,000", "€1,275,000 (2 projects)", 'data-returned="238"'],
  }),
  example(GroupSummary, "GroupSummary", {
    name: "nothing reported, in Italian",
    lang: "it",
    props: {
      lang: "it",
      summary: {
        sentence: "1 progetto.",
        projects: { value: 1, text: "1" },
        totals: [],
        euTotals: [],
        filteredHref: "/it/projects/?fund=none",
        chartsHref: "/it/charts/",
      },
    },
    contains: ["/it/projects/?fund=none", "non riportato"],
  }),

  example(NotFound, "NotFound", { name: "the 404 page", lang: "en", page: true, props: { lang: "en" }, contains: ["Page not found"] }),
  example(NotFound, "NotFound", {
    name: "the Italian 404 page",
    lang: "it",
    page: true,
    props: { lang: "it" },
    contains: ["Pagina non trovata", '<html lang="it"'],
  }),

  example(NotReported, "NotReported", { name: "in English", lang: "en", props: { lang: "en" }, contains: ["not reported"] }),
  example(NotReported, "NotReported", { name: "in Italian", lang: "it", props: { lang: "it" }, contains: ["non riportato"] }),

  example(TableRegion, "TableRegion", {
    name: "a wide table's scroll box, named by the table's caption",
    lang: "en",
    props: { captionId: "example-caption" },
    slots: {
      default:
        '<table><caption id="example-caption">Projects by year</caption><thead><tr><th scope="col">Year</th><th scope="col">Projects</th></tr></thead><tbody><tr><th scope="row">2010</th><td>3</td></tr></tbody></table>',
    },
    contains: ['<div class="table-wrap" role="region" aria-labelledby="example-caption" tabindex="0"><table><caption id="example-caption">'],
  }),

  example(ProjectLink, "ProjectLink", {
    name: "named by its acronym",
    lang: "en",
    props: { project: partir, lang: "en" },
    contains: [">PARTIR II</a>", 'href="/projects/it-partir-ii/"'],
  }),
  example(ProjectLink, "ProjectLink", {
    name: "an untranslated title on an Italian page, to a fragment",
    lang: "it",
    props: { project: { id: "lv-synthetic", title: "Synthetic lv-synthetic" }, lang: "it", fragment: "money" },
    contains: ['href="/it/projects/lv-synthetic/#money"', 'lang="en"'],
  }),
  example(ProjectLink, "ProjectLink", {
    name: "a translated title",
    lang: "it",
    props: { project: { id: "hu-synthetic", title: "Synthetic hu-synthetic" }, translatedTitle: "Progetto sintetico", lang: "it" },
    contains: [">Progetto sintetico</a>"],
  }),

  example(ProjectTable, "ProjectTable", {
    name: "a filterable list, one project full and one with facts missing",
    lang: "en",
    props: {
      lang: "en",
      caption: "All 2 projects, newest first",
      filterable: true,
      rows: [
        {
          id: "it-partir-ii",
          href: "/projects/it-partir-ii/",
          title: "PARTIR II",
          titleLang: undefined,
          country: "Italy",
          fund: "Return Fund",
          start: stated("1 July 2010", "2010-07-01"),
          end: stated("30 June 2011", "2011-06-30"),
          total: stated("€1,400,000", 1400000),
          euRate: stated("75%", 75),
          euAmount: { text: "€1,050,000", value: 1050000, basis: "calculated" },
          returned: stated("208", 208),
          data: rowData,
        },
        {
          id: "lv-synthetic",
          href: "/projects/lv-synthetic/",
          title: "Synthetic lv-synthetic",
          titleLang: undefined,
          country: "Latvia",
          data: { ...rowData, "data-id": "lv-synthetic" },
        },
      ],
    },
    contains: ['data-figure="total"', "not reported", 'data-id="lv-synthetic"'],
  }),
  example(ProjectTable, "ProjectTable", {
    name: "an English title in an Italian table, calculated EU rate",
    lang: "it",
    props: {
      lang: "it",
      caption: "Progetti",
      rows: [
        {
          id: "mt-synthetic",
          href: "/it/projects/mt-synthetic/",
          title: "Synthetic mt-synthetic",
          titleLang: "en",
          country: "Malta",
          euRate: { text: "90 %", value: 90, basis: "calculated" },
          data: {},
        },
      ],
    },
    contains: ['lang="en"', "90 %"],
  }),
  example(FigureRefs, "FigureRefs", {
    name: "a figure two sources state",
    lang: "en",
    props: { refs: refs("budget.total", 1, 3), lang: "en" },
    contains: ['href="#source-1"', 'href="#source-3"', "[3]", "Source", 'data-refs="budget.total"'],
  }),
  example(FigureRefs, "FigureRefs", { name: "a figure no source is named for, in Italian", lang: "it", props: { refs: undefined, lang: "it" }, contains: [] }),

  example(KeyFacts, "KeyFacts", {
    name: "PARTIR II: every figure, the EU amount calculated",
    lang: "en",
    props: {
      lang: "en",
      recordLang: undefined,
      facts: {
        start: { ...stated("1 July 2010", "2010-07-01"), refs: refs("start", 1) },
        end: { ...stated("30 June 2011", "2011-06-30"), refs: refs("end", 1) },
        datesRefs: refs("start end", 1),
        status: "Status: Closed, as of 2 December 2026, the date of the data.",
        statusHref: "/methodology/#method-status",
        total: { ...stated("€1,400,000", 1400000), refs: refs("budget.total", 1) },
        euAmount: { text: "€1,050,000", value: 1050000, basis: "calculated", method: METHODS.euAmount, methodHref: "/methodology/#method-euAmount" },
        euRate: { ...stated("75%", 75), refs: refs("budget.eu_share_pct", 1) },
        results: [
          { indicator: "returned", label: "People returned", figure: { ...stated("208", 208), refs: refs("results.returned", 1) }, of: "indicator.returned" },
          {
            indicator: "reintegration_assisted",
            label: "People supported to reintegrate",
            figure: { ...stated("139", 139), refs: refs("results.reintegration_assisted", 1) },
            of: "indicator.reintegration_assisted",
          },
        ],
      },
      managingEntity: { text: "International Organization for Migration", href: "/organisations/iom/", isRecordText: false },
      fund: { label: "European Return Fund (2008–2013)", href: "/funds/return-fund/" },
    },
    contains: [
      'data-figure="total"',
      "€1,050,000",
      'href="/methodology/#method-euAmount"',
      'href="/methodology/#method-status"',
      'data-refs="start end"',
      'href="#source-1"',
      "People supported to reintegrate",
    ],
  }),
  example(KeyFacts, "KeyFacts", {
    name: "a record with most facts missing and a target instead of a result, an amount awarded in forint, in Italian",
    lang: "it",
    props: {
      lang: "it",
      recordLang: "en",
      facts: {
        status: "Stato: Non determinabile, al 2 dicembre 2026, data di aggiornamento dei dati.",
        statusHref: "/it/methodology/#method-status",
        awarded: { ...stated("27.580.600 HUF", 27580600), refs: refs("budget.awarded", 2) },
        results: [
          {
            indicator: "returned",
            label: "Persone rimpatriate",
            planned: "Previste: 88 (un obiettivo, non un risultato).",
            plannedRefs: refs("targets.returned", 1),
            of: "indicator.returned",
          },
          { indicator: "reintegration_assisted", label: "Persone sostenute nella reintegrazione", of: "indicator.reintegration_assisted" },
        ],
      },
      managingEntity: { text: "NGOs", isRecordText: true },
      fundDetail: "EU co-financed (fund not named)",
      currencyNote: "Gli importi sono in fiorino ungherese (HUF), come li indica la fonte.",
    },
    contains: [
      'Date</dt> <dd><span class="not-reported">non riportate</span>',
      'Costo totale</dt> <dd><span class="not-reported">non riportato</span>',
      'Persone rimpatriate</dt> <dd><span class="not-reported">non riportate</span>',
      "Previste: 88",
      'data-refs="targets.returned"',
      'lang="en"',
      'data-figure="awarded"',
    ],
  }),

  example(ProgrammeFigure, "ProgrammeFigure", {
    name: "amounts in two currencies resting on few projects",
    lang: "en",
    props: {
      lang: "en",
      cell: {
        lines: ["CZK 84,667,781 (2 projects)", "€29,611,987.37 (4 projects)"],
        count: 6,
        basis: "from 6 of 44 projects",
        empty: "not reported",
        warnings: ["Rests on 4 projects only: too few to speak for the group."],
        notes: ["1 of these EU contributions is calculated from the total cost and the EU co-financing rate."],
      },
    },
    contains: ["CZK 84,667,781", 'data-count="6"', "Warning:"],
  }),
  example(ProgrammeFigure, "ProgrammeFigure", {
    name: "a figure no project gives, in Italian",
    lang: "it",
    props: {
      lang: "it",
      cell: { lines: [], count: 0, basis: "nessuno dei suoi 13 progetti lo riporta", empty: "non riportato", warnings: [], notes: [] },
    },
    contains: ["non riportato", "nessuno dei suoi 13 progetti"],
  }),
];
