/** What /projects/ renders: every project as a table row, and the options of its filters. */
import { STATUSES, type Project } from "../../lib/derive.ts";
import { listTotals, type ListTotals, type TotalsRow, type TotalsStrings } from "../../lib/present/list-totals.ts";
import { fundPeriodKey, fundShortName } from "../../lib/present/names.ts";
import { getElementsOverview } from "../elements.ts";
import { groupByMemberState } from "../groupings.ts";
import { getProjects } from "../projects.ts";
import { funds, organisationIndex } from "../reference.ts";
import { selfAndParents } from "../../lib/organisations.ts";
import { projectRows, type ProjectRow } from "./project-rows.ts";
import { useLocalization } from "../../i18n/index.ts";
import { chartMemberships } from "../../lib/present/chart-links.ts";
import { getCharts } from "../charts.ts";

export interface Option {
  value: string;
  label: string;
}

export interface ProjectListView {
  count: { value: number; text: string };
  rows: ProjectRow[];
  /** The totals of every project (what the page says without JavaScript); the script writes those of the rows a filter leaves. */
  totals: ListTotals;
  /** The strings of the totals, for the script. */
  totalsStrings: TotalsStrings;
  options: {
    memberStates: Option[];
    funds: Option[];
    periods: Option[];
    statuses: Option[];
    managingEntities: Option[];
    elements: Option[];
  };
  /** The charts whose value links lead here (`chart=`): title and page, by chart id. */
  charts: Record<string, { title: string; href: string }>;
}

/** What a project adds to the list's totals. */
export function totalsRow(p: Project): TotalsRow {
  return {
    currency: p.budget.currency,
    totalCents: p.budget.total?.cents,
    euCents: p.budget.euAmount?.value.cents,
    euCalculated: p.budget.euAmount?.basis === "calculated",
    returned: p.results.find((r) => r.indicator === "returned")?.count,
  };
}

export function listTotalsStrings(lang: string): TotalsStrings {
  const l = useLocalization(lang);
  return {
    projects: l.message("count.projects"),
    part: l.message("totals.part"),
    notReported: l.message("totals.notReported"),
    noneReported: l.message("totals.noneReported"),
    calculated: l.message("totals.calculated"),
    returnedAll: l.message("totals.returnedAll"),
    returnedSome: l.message("totals.returnedSome"),
    returnedNone: l.message("totals.returnedNone"),
  };
}

export async function getProjectListView(lang: string): Promise<ProjectListView> {
  const l = useLocalization(lang);
  const items = await getProjects();
  const projects = items.map((item) => item.project);
  const usedFunds = funds.filter((f) => projects.some((p) => p.fund === f.id));
  const periods = [...new Set(usedFunds.map(fundPeriodKey).filter(Boolean))].sort();
  // Every organisation that manages a project itself or through a unit, by id, with how many.
  const managedBy = new Map<string, number>();
  for (const p of projects) for (const id of p.managingEntityId ? selfAndParents(p.managingEntityId, organisationIndex) : []) managedBy.set(id, (managedBy.get(id) ?? 0) + 1);
  const entities = [...managedBy]
    .map(([id, n]) => ({ value: id, label: `${l.text(organisationIndex.byId.get(id)!.name)} (${l.count(n)})` }))
    .sort((a, b) => l.format.compareText(a.label, b.label));
  const elementUses = (await getElementsOverview()).supported;
  const totalsStrings = listTotalsStrings(lang);
  return {
    count: { value: projects.length, text: l.count(projects.length) },
    rows: withChartTokens(projectRows(items, lang), chartMemberships(await getCharts("en"))),
    charts: Object.fromEntries((await getCharts(lang)).map((c) => [c.id, { title: c.title, href: l.path(`/charts/${c.id}/#table`) }])),
    totals: listTotals(projects.map(totalsRow), l.format, totalsStrings),
    totalsStrings,
    options: {
      memberStates: groupByMemberState(projects, lang).map((g) => ({ value: g.key, label: g.label })),
      funds: usedFunds.map((f) => ({ value: f.id, label: fundShortName(f, lang) })),
      periods: periods.map((p) => ({ value: p, label: p.replace("-", "–") })),
      statuses: STATUSES.filter((s) => projects.some((p) => p.status === s)).map((s) => ({ value: s, label: l.t(`status.${s}`) })),
      managingEntities: entities,
      elements: elementUses.map((u) => ({ value: u.element.id, label: `${l.text(u.element.label)} (${l.count(u.projects.length)})` })),
    },
  };
}

/** Each row names the chart values it is behind (`data-charts`), for the `chart=` filter. */
function withChartTokens(rows: ProjectRow[], tokens: ReadonlyMap<string, string[]>): ProjectRow[] {
  return rows.map((row) => ({ ...row, data: { ...row.data, "data-charts": (tokens.get(row.id) ?? []).join(" ") } }));
}
