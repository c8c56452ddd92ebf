/** The charts of /charts/ in each language, and their CSV files (the same in every language). */
import { buildCharts, buildGroupCharts, type Chart } from "../lib/charts.ts";
import { formatCsv } from "../lib/export/csv.ts";
import type { Project } from "../lib/derive.ts";
import { useLocalization } from "../i18n/index.ts";
import { getProjects } from "./projects.ts";
import { funds, getPublisher, returnStatistics } from "./reference.ts";

const cache = new Map<string, Promise<Chart[]>>();

/** Fund and project names for chart labels in one language. */
function names(lang: string) {
  const l = useLocalization(lang);
  return { l, fundName: (id: string) => l.text(funds.find((f) => f.id === id)?.short_name ?? { en: id }), projectName };
}

/** A short name for chart labels: the acronym, or the title. */
export const projectName = (p: Project) => p.acronym ?? p.title;

export function getCharts(lang: string): Promise<Chart[]> {
  let charts = cache.get(lang);
  if (!charts) {
    charts = getProjects().then((items) => {
      const { l, ...options } = names(lang);
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
export function getGroupCharts(projects: readonly Project[], lang: string): Chart[] {
  const { l, ...options } = names(lang);
  return buildGroupCharts(projects, l, options);
}

/** The CSV of a chart: language-neutral codes and numbers, the record ids behind each row. */
export function chartCsv(chart: Chart): string {
  return formatCsv(chart.csv.columns, chart.csv.rows);
}
