/**
 * What /projects/ and its later pages (/projects/page/<n>/) render: one page of rows (paging.ts),
 * the totals of every project, the options of the filters; and the list's index (list.json), the
 * same rows as compact columns for the filter script, so that the rows it draws and the static
 * rows are one computation.
 */
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
import { pageCount, pageSlice } from "../../lib/present/paging.ts";

export interface Option {
  value: string;
  label: string;
}

export interface ProjectListView {
  /** How many projects there are in all (every page). */
  count: { value: number; text: string };
  /** The rows of this page. */
  rows: ProjectRow[];
  /** Which page this is (1-based) and how many there are. */
  page: { current: number; count: number };
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

/** Every row of the list, in the list's order, with its chart tokens: computed once per language. */
const allRows = new Map<string, Promise<ProjectRow[]>>();
function getAllRows(lang: string): Promise<ProjectRow[]> {
  let rows = allRows.get(lang);
  if (!rows) {
    rows = (async () => withChartTokens(projectRows(await getProjects(), lang), chartMemberships(await getCharts("en"))))();
    allRows.set(lang, rows);
  }
  return rows;
}

/** What every page of the list shows alike (counts, totals, options, charts): computed once per language, not once per page. */
type ListParts = Omit<ProjectListView, "rows" | "page">;
const listParts = new Map<string, Promise<ListParts>>();

export async function getProjectListView(lang: string, page = 1): Promise<ProjectListView> {
  const rows = await getAllRows(lang);
  let parts = listParts.get(lang);
  if (!parts) {
    parts = listPartsOf(lang);
    listParts.set(lang, parts);
  }
  return { ...(await parts), rows: pageSlice(rows, page), page: { current: page, count: pageCount(rows.length) } };
}

async function listPartsOf(lang: string): Promise<ListParts> {
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
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

/** The texts of a row's cells, in the order of `ProjectListIndex.columns` (before the data attributes). */
export const INDEX_CELLS = [
  "href", "title", "titleLang", "country", "fund", "start", "end", "total", "euRate", "euRateCalculated", "euAmount", "euAmountCalculated", "returned",
] as const;

/**
 * The list's index (`/projects/list.json`): every row of the list, in the list's order, as
 * arrays of values under column names given once. The columns are the texts of the cells
 * (`INDEX_CELLS`: "" for a fact not reported; "1" where a figure is calculated), then each
 * `data-*` attribute the static row carries, named as the attribute: what the filter script
 * filters, sorts and totals on, and writes on the rows it draws.
 */
export interface ProjectListIndex {
  columns: string[];
  rows: string[][];
}

export async function getProjectListIndex(lang: string): Promise<ProjectListIndex> {
  const rows = await getAllRows(lang);
  const attributes = Object.keys(rows[0]?.data ?? {});
  const calculated = (figure: ProjectRow["euRate"]) => (figure?.basis === "calculated" ? "1" : "");
  return {
    columns: [...INDEX_CELLS, ...attributes],
    rows: rows.map((row) => {
      const cells: Record<(typeof INDEX_CELLS)[number], string> = {
        href: row.href,
        title: row.title,
        titleLang: row.titleLang ?? "",
        country: row.country,
        fund: row.fund ?? "",
        start: row.start?.text ?? "",
        end: row.end?.text ?? "",
        total: row.total?.text ?? "",
        euRate: row.euRate?.text ?? "",
        euRateCalculated: calculated(row.euRate),
        euAmount: row.euAmount?.text ?? "",
        euAmountCalculated: calculated(row.euAmount),
        returned: row.returned?.text ?? "",
      };
      return [...INDEX_CELLS.map((c) => cells[c]), ...attributes.map((a) => row.data[a] ?? "")];
    }),
  };
}
