/**
 * What a chart's own page (/charts/<id>/), its embed (/embed/charts/<id>/) and its gallery
 * card render: the chart, the link of every value to the records behind it in the project
 * list, what is left out (as links, never as lists of records, so the page weighs the same at
 * 80 records or 10,000), the sources, the citation, the embed code and the words drawn into
 * the downloadable image. Every figure comes from the chart (lib/charts.ts); the page only lays
 * it out.
 */
import { ascending } from "d3-array";
import type { Chart } from "../../lib/charts.ts";
import { chartMapSvg } from "../../lib/present/chart-maps.ts";
import { chartHrefs, leftOutLinks, type LeftOutLink } from "../../lib/present/chart-links.ts";
import type { Source } from "../../lib/schema/source.ts";
import { chartHeight } from "../../lib/present/chart-size.ts";
import { getCharts, getReturnCountries } from "../charts.ts";
import type { Project } from "../../lib/derive.ts";
import { getProjects } from "../projects.ts";
import { latestChecked, LICENSE, SITE_URL } from "../exports.ts";
import { languagePaths, useLocalization } from "../../i18n/index.ts";

export interface ChartPageView {
  chart: Chart;
  /** The project list's address for each row (by row key), where records are behind it. */
  rowHref: Map<string, string>;
  leftOut: LeftOutLink[];
  /** The map's SVG, for map charts. */
  mapSvg?: string | undefined;
  /** The canvas's height, kept by the page before it is drawn. */
  height: number;
  pagePath: string;
  embedPath: string;
  csvHref: string;
  /** How many project records the chart is built from (project charts). */
  records: number;
  /** The distinct sources of a context chart's figures, in the table's order. */
  sources: Source[];
  citation: string;
  embedCode: string;
  /** Drawn into the image: the source line and the licence. */
  image: { title: string; source: string; licence: string; file: string };
  embedSource: string;
  dataDate: string;
}

export async function getChartPages(lang: string): Promise<ChartPageView[]> {
  const l = useLocalization(lang);
  const [charts, items] = await Promise.all([getCharts(lang), getProjects()]);
  const day = latestChecked(items.map((item) => item.project));
  const dataDate = l.date({ year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate(), precision: "day" });
  const site = l.t("site.name");
  const licence = `${LICENSE.title} (${LICENSE.name})`;
  return charts.map((chart) => {
    const pagePath = `/charts/${chart.id}/`;
    const embedPath = `/embed/charts/${chart.id}/`;
    const url = new URL(l.path(pagePath), SITE_URL).href;
    const hrefs = chartHrefs(chart, l.path("/projects/"));
    const sources = new Map<string, Source>();
    for (const row of chart.rows) if (row.source && !sources.has(row.source.url)) sources.set(row.source.url, row.source);
    const frameTitle = l.t("charts.embed.frameTitle", { title: chart.title, site });
    const embedUrl = new URL(l.path(embedPath), SITE_URL).href;
    return {
      chart,
      rowHref: hrefs.rows,
      leftOut: leftOutLinks(chart, hrefs, l),
      mapSvg: chart.kind === "map" ? chartMapSvg(chart, l, `${chart.id}-map`) : undefined,
      height: chartHeight(chart.horizontal, chart.rows.length),
      pagePath,
      embedPath,
      csvHref: `/charts/${chart.dataOf ?? chart.id}.csv`,
      records: chart.context ? 0 : items.length,
      sources: [...sources.values()].sort((a, b) => ascending(a.publisher, b.publisher) || ascending(a.url, b.url)),
      citation: l.t("charts.citation", { site, title: chart.title, url, date: dataDate, licence }),
      embedCode: `<iframe src="${embedUrl}" title="${frameTitle.replaceAll('"', "&quot;")}" width="100%" height="${Math.min(900, chartHeight(chart.horizontal, chart.rows.length) + 260)}" style="border:0" loading="lazy"></iframe>`,
      image: {
        title: chart.title,
        source: l.t("charts.image.source", { site, url, date: dataDate }),
        licence: l.t("charts.image.licence", { licence }),
        file: `${chart.id}${lang === "en" ? "" : `-${lang}`}.png`,
      },
      embedSource: l.t("charts.embed.source", { site, date: dataDate, licence }),
      dataDate,
    };
  });
}

export async function getChartPage(lang: string, id: string): Promise<ChartPageView> {
  const page = (await getChartPages(lang)).find((p) => p.chart.id === id);
  if (!page) throw new Error(`no chart "${id}"`);
  return page;
}

export interface ReturnCountriesView {
  chart: Chart;
  /** The map's SVG; undefined when no record names a country of return. */
  mapSvg: string | undefined;
  /** The project list filtered to the group's records naming each country, by row key. */
  rowHref: Map<string, string>;
}

/**
 * Where a member state's returnees went: the countries of return its records name, as a table
 * and a small map; each count links to the project list filtered to the state (`scope`, e.g.
 * `member_state=IT`) and the country (the gallery map's value: the same records, within the state).
 */
export function getReturnCountriesView(projects: readonly Project[], lang: string, scope: string, mapId: string): ReturnCountriesView {
  const l = useLocalization(lang);
  const chart = getReturnCountries(projects, lang);
  return { chart, mapSvg: chart.rows.length > 0 ? chartMapSvg(chart, l, mapId) : undefined, rowHref: chartHrefs(chart, l.path("/projects/"), scope).rows };
}

/** The static paths of a page per chart, in every language (the chart pages and their embeds): `[...lang]` and `id`, with the chart's view. */
export async function chartPagePaths() {
  const paths = [];
  for (const { params, props } of languagePaths()) {
    for (const view of await getChartPages(props.lang)) paths.push({ params: { ...params, id: view.chart.id }, props: { ...props, view } });
  }
  return paths;
}
