/**
 * What a page about a group of projects renders (a country, a fund; an organisation): the
 * group's figures as sentences and a definition list, its projects as table rows, its charts.
 * Every figure is computed and written here, through src/lib; the page only lays it out.
 */
import { budgetByCurrency, euAmountByCurrency, resultTotal } from "../../lib/aggregate.ts";
import type { Chart } from "../../lib/charts.ts";
import type { Project } from "../../lib/derive.ts";
import { chartHrefs } from "../../lib/present/chart-links.ts";
import { pageCount, pageSlice } from "../../lib/present/paging.ts";
import { groupSummarySentence } from "../../lib/present/takeaways.ts";
import { getGroupCharts } from "../charts.ts";
import { getProjects, type ProjectWithLinks } from "../projects.ts";
import { projectRows, type ProjectRow } from "./project-rows.ts";
import { useLocalization } from "../../i18n/index.ts";

export interface GroupSummaryView {
  /** One to three sentences: how many projects, total cost per currency, people returned. */
  sentence: string;
  projects: { value: number; text: string };
  /** Total cost per currency, never added across currencies. */
  totals: { currency: string; cents: number; text: string }[];
  budgetLeftOut?: string | undefined;
  /** EU contribution per currency, stated or calculated (total × rate), never added across currencies. */
  euTotals: { currency: string; cents: number; text: string }[];
  /** How many of the EU contributions added are calculated, where any is. */
  euCalculated?: string | undefined;
  euLeftOut?: string | undefined;
  /** People returned as reported; absent when no project of the group reports it. */
  returned?: { value: number; text: string } | undefined;
  returnedLeftOut?: string | undefined;
  /** The same projects in the filterable list. */
  filteredHref: string;
  chartsHref: string;
}

export interface GroupView {
  summary: GroupSummaryView;
  /** The rows of this page of the group's list (PAGE_SIZE at most, newest first). */
  rows: ProjectRow[];
  /** Which page of the group's list this is, of how many, and how many projects the list has in all. */
  page: { current: number; count: number; total: number };
  /** The group's charts. */
  charts: Chart[];
  /** Where each chart's values and left-out groups lead, by chart id: the project list filtered to the group and the value. */
  chartHrefs: ReadonlyMap<string, { rows: Map<string, string>; leftOut: Map<string, string> }>;
}

export function groupSummary(projects: readonly Project[], lang: string, filter: string): GroupSummaryView {
  const l = useLocalization(lang);
  const budget = budgetByCurrency(projects);
  const returned = resultTotal(projects, "returned");
  const returnedValue = returned.values[0]!;
  const totals = budget.values.map((v) => ({
    currency: v.key,
    cents: v.value,
    text: l.t("group.total", { amount: l.money({ cents: v.value, currency: v.key }), projects: l.t("count.projects", { count: v.ids.length }) }),
  }));
  const reported = returnedValue.ids.length > 0;
  const eu = euAmountByCurrency(projects);
  const euTotals = eu.values.map((v) => ({
    currency: v.key,
    cents: v.value,
    text: l.t("group.total", { amount: l.money({ cents: v.value, currency: v.key }), projects: l.plural("count.projects", v.ids.length, l.count(v.ids.length)) }),
  }));
  return {
    sentence: groupSummarySentence(l, {
      projects: projects.length,
      totals: totals.map((t) => t.text),
      returned: reported ? { people: returnedValue.value, projects: returnedValue.ids.length } : undefined,
    }),
    projects: { value: projects.length, text: l.count(projects.length) },
    totals,
    budgetLeftOut: budget.leftOut.length > 0 ? l.t("group.budgetLeftOut", { count: budget.leftOut.length }) : undefined,
    euTotals,
    euCalculated: eu.calculatedIds.length > 0 ? l.t("group.euCalculated", { count: eu.calculatedIds.length }) : undefined,
    euLeftOut: eu.leftOut.length > 0 ? l.t("group.euLeftOut", { count: eu.leftOut.length }) : undefined,
    returned: reported ? { value: returnedValue.value, text: l.count(returnedValue.value) } : undefined,
    returnedLeftOut: returned.leftOut.length > 0 ? l.t("group.returnedLeftOut", { count: returned.leftOut.length }) : undefined,
    filteredHref: l.path(`/projects/?${filter}`),
    chartsHref: l.path("/charts/"),
  };
}

/** The records behind a group's projects, in the group's order. */
export async function itemsOf(projects: readonly Project[]): Promise<ProjectWithLinks[]> {
  byIdCache ??= getProjects().then((items) => new Map(items.map((item) => [item.project.id, item])));
  const byId = await byIdCache;
  return projects.map((p) => byId.get(p.id)!);
}
let byIdCache: Promise<Map<string, ProjectWithLinks>> | undefined;

/**
 * A group's page: its summary, the first page of its project list (a group larger than PAGE_SIZE
 * continues on `<group>/page/<n>/`, `getGroupPage`), and its charts, whose values link to the
 * project list filtered to the group (`filter`) and the value; no page lists every record.
 */
export async function getGroupView(projects: readonly Project[], lang: string, filter: string): Promise<GroupView> {
  const l = useLocalization(lang);
  const charts = await getGroupCharts(projects, lang);
  return {
    summary: groupSummary(projects, lang, filter),
    ...(await getGroupPage(projects, lang, 1)),
    charts,
    chartHrefs: new Map(charts.map((chart) => [chart.id, chartHrefs(chart, l.path("/projects/"), filter)])),
  };
}

/** Page `page` of a group's project list: its rows, and which page of how many (the later pages show nothing else). */
export async function getGroupPage(projects: readonly Project[], lang: string, page: number): Promise<Pick<GroupView, "rows" | "page">> {
  const items = await itemsOf(projects);
  return { rows: projectRows(pageSlice(items, page), lang), page: { current: page, count: pageCount(items.length), total: items.length } };
}
