/** The charts of /charts/ in each language, and their CSV files (the same in every language). */
import { buildCharts, buildGroupCharts, returnCountriesMap, type Chart } from "../lib/charts.ts";
import { formatCsv } from "../lib/export/csv.ts";
import type { Project } from "../lib/derive.ts";
import { fundShortName, projectName } from "../lib/present/names.ts";
import { useLocalization } from "../i18n/index.ts";
import { getProjects } from "./projects.ts";
import { getTranslatedTitles } from "./titles.ts";
import { funds, getPublisher, returnStatistics } from "./reference.ts";

const cache = new Map<string, Promise<Chart[]>>();

/** Fund and project names for chart labels in one language (`projectName`: acronym, else the title in that language). */
async function names(lang: string) {
  const l = useLocalization(lang);
  const translated = await getTranslatedTitles(lang);
  return {
    l,
    fundName: (id: string) => {
      const fund = funds.find((f) => f.id === id);
      return fund ? fundShortName(fund, lang) : id;
    },
    projectName: (p: Project) => projectName(p, translated.get(p.id)),
    fundOrder: funds.map((f) => f.id),
  };
}

export function getCharts(lang: string): Promise<Chart[]> {
  let charts = cache.get(lang);
  if (!charts) {
    charts = Promise.all([getProjects(), names(lang)]).then(([items, { l, ...options }]) => {
      return buildCharts(
        items.map((item) => item.project),
        l,
        { ...options, context: returnStatistics.series, publisher: getPublisher },
      );
    });
    cache.set(lang, charts);
  }
  return charts;
}

/** The group charts of a country or fund page, built from its projects. */
export async function getGroupCharts(projects: readonly Project[], lang: string): Promise<Chart[]> {
  const { l, ...options } = await names(lang);
  return buildGroupCharts(projects, l, options);
}

/** The CSV of a chart: language-neutral codes and numbers, the record ids behind each row. */
export function chartCsv(chart: Chart): string {
  return formatCsv(chart.csv.columns, chart.csv.rows);
}

/** The countries of return a group's projects name (a member state's page), as the gallery's map counts them. */
export function getReturnCountries(projects: readonly Project[], lang: string): Chart {
  return returnCountriesMap(
    [...projects].sort((a, b) => (a.id < b.id ? -1 : 1)),
    useLocalization(lang),
  );
}
