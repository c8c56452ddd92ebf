/**
 * What the programme comparison renders (/programmes/): the EU funds side by side, and the member
 * states side by side, on the same measures: projects, total cost and EU contribution per
 * currency, people returned and supported to reintegrate as reported, and cost per person
 * returned. Every figure says how many projects it rests on, and carries a warning where it rests
 * on few records or on records that count different things. Computed with src/lib/aggregate.ts,
 * written through the formatter; the page only lays it out.
 */
import { budgetByCurrency, costPerReturned, euAmountByCurrency, resultPerProject, resultTotal, type Aggregate, type MoneyKey } from "../../lib/aggregate.ts";
import { NOT_PERSONS } from "../../lib/compare.ts";
import type { Project } from "../../lib/derive.ts";
import { fundLabel } from "../../lib/present/names.ts";
import { EU_CODE } from "../../lib/iso-codes.ts";
import { groupByMemberState } from "../groupings.ts";
import { getProjects } from "../projects.ts";
import { funds, indicators } from "../reference.ts";
import { useLocalization, type Localization } from "../../i18n/index.ts";

/** A figure resting on fewer projects than this carries a warning. */
export const FEW_RECORDS = 5;

export const MEASURES = ["projects", "total", "euAmount", "returned", "reintegration", "costPerReturned"] as const;
export type MeasureId = (typeof MEASURES)[number];

export interface ProgrammeCell {
  /** The figure, one line per currency (`€2,773,917 (6 projects)`); empty when no project reports it. */
  lines: string[];
  /** How many of the group's projects the figure rests on. */
  count: number;
  /** `from 6 of 30 projects`, written; empty for the count of projects itself. */
  basis: string;
  /** What the cell says when no project gives the figure (`not reported`, or why it cannot be calculated). */
  empty: string;
  /** Why the figure needs care: it rests on few records, or on records that count different things. */
  warnings: string[];
  /** What else a reader should know of it (how many of the amounts are calculated). */
  notes: string[];
}

export interface ProgrammeGroup {
  /** `return-fund`, `not-stated`, a member state code or `EU`. */
  id: string;
  label: string;
  href: string;
  /** The same projects in the filterable list. */
  listHref: string;
  cells: Record<MeasureId, ProgrammeCell>;
}

export interface ProgrammesView {
  measures: { id: MeasureId; label: string; note?: string | undefined }[];
  /** Funds as columns, in the order of data/funds.json, then the projects whose fund is not stated. */
  funds: ProgrammeGroup[];
  /** Member states as rows, by name, the EU-level group last. */
  memberStates: ProgrammeGroup[];
  /** How many figures of the fund table carry a warning. */
  fundWarnings: number;
}

function moneyLines(l: Localization, values: { key: string; value: number; ids: string[] }[]): string[] {
  return values.map((v) => l.t("group.total", { amount: l.money({ cents: v.value, currency: v.key }), projects: l.plural("count.projects", v.ids.length, l.count(v.ids.length)) }));
}

/** Per-project cost per person returned, as a range per currency (`€2,767.30 to €6,730.77 (3 projects)`). */
function costLines(l: Localization, agg: Aggregate<MoneyKey<string>>): string[] {
  const byCurrency = new Map<string, number[]>();
  for (const v of agg.values) byCurrency.set(v.key.currency, [...(byCurrency.get(v.key.currency) ?? []), v.value]);
  return [...byCurrency].map(([currency, cents]) => {
    const low = l.money({ cents: Math.min(...cents), currency });
    const high = l.money({ cents: Math.max(...cents), currency });
    const projects = l.plural("count.projects", cents.length, l.count(cents.length));
    return cents.length === 1 ? l.t("group.total", { amount: low, projects }) : l.t("programmes.range", { low, high, projects });
  });
}

function cellsOf(projects: readonly Project[], lang: string): Record<MeasureId, ProgrammeCell> {
  const l = useLocalization(lang);
  const all = projects.length;
  /** How many of the group's projects a figure rests on, in words. */
  const basisOf = (count: number) =>
    count === 0
      ? l.plural("programmes.basisNone", all, l.count(all))
      : count === all
        ? l.plural("programmes.basisAll", all, l.count(all))
        : l.t("programmes.basis", { count: l.count(count), total: l.plural("count.projects", all, l.count(all)) });
  const cell = (lines: string[], ids: readonly string[], extra: string[] = [], notes: string[] = [], empty = l.t("common.notReported", { gender: "other" })): ProgrammeCell => {
    const count = new Set(ids).size;
    const warnings = [...extra];
    if (count > 0 && count < FEW_RECORDS) warnings.unshift(l.plural("programmes.warn.few", count, l.count(count)));
    return { lines, count, basis: basisOf(count), empty, warnings, notes };
  };
  const budget = budgetByCurrency(projects);
  const eu = euAmountByCurrency(projects);
  const returned = resultTotal(projects, "returned");
  const returnedIds = returned.values[0]!.ids;
  const notPersons = projects.filter((p) => returnedIds.includes(p.id) && NOT_PERSONS.test(`${p.notes ?? ""} ${p.resultsNote ?? ""}`));
  const reintegration = resultPerProject(projects, "reintegration_assisted");
  const cost = costPerReturned(projects);
  const reintegrationLines =
    reintegration.values.length === 0
      ? []
      : reintegration.values.length === 1
        ? [l.t("group.total", { amount: l.count(reintegration.values[0]!.value), projects: l.plural("count.projects", 1, l.count(1)) })]
        : [
            l.t("programmes.range", {
              low: l.count(reintegration.values[0]!.value),
              high: l.count(reintegration.values.at(-1)!.value),
              projects: l.plural("count.projects", reintegration.values.length, l.count(reintegration.values.length)),
            }),
          ];
  return {
    projects: { lines: [l.count(all)], count: all, basis: "", empty: "", warnings: [], notes: [] },
    total: cell(moneyLines(l, budget.values), budget.values.flatMap((v) => v.ids)),
    euAmount: cell(
      moneyLines(l, eu.values),
      eu.values.flatMap((v) => v.ids),
      [],
      eu.calculatedIds.length > 0 ? [l.plural("group.euCalculated", eu.calculatedIds.length, l.count(eu.calculatedIds.length))] : [],
    ),
    returned: cell(
      returnedIds.length > 0 ? [l.count(returned.values[0]!.value)] : [],
      returnedIds,
      notPersons.length > 0 ? [l.plural("programmes.warn.units", notPersons.length, l.count(notPersons.length))] : [],
    ),
    reintegration: cell(
      reintegrationLines,
      reintegration.values.map((v) => v.key),
      reintegration.values.length > 1 ? [l.t("programmes.warn.notSummable")] : [],
    ),
    costPerReturned: cell(costLines(l, cost), cost.values.flatMap((v) => v.ids), [], [], l.t("programmes.costNone")),
  };
}

export async function getProgrammesView(lang: string): Promise<ProgrammesView> {
  const l = useLocalization(lang);
  const projects = (await getProjects()).map((item) => item.project);
  const label = (id: string) => l.text(indicators.find((i) => i.id === id)!.label);
  const fundGroups: ProgrammeGroup[] = [
    ...funds.map((fund) => ({
      id: fund.id,
      label: fundLabel(fund, lang),
      href: l.path(`/funds/${fund.id}/`),
      listHref: l.path(`/projects/?fund=${fund.id}`),
      projects: projects.filter((p) => p.fund === fund.id),
    })),
    { id: "not-stated", label: l.t("fund.notStated"), href: l.path("/funds/not-stated/"), listHref: l.path("/projects/?fund=none"), projects: projects.filter((p) => !p.fund) },
  ]
    .filter((g) => g.projects.length > 0)
    .map(({ projects: list, ...g }) => ({ ...g, cells: cellsOf(list, lang) }));
  const stateGroups = groupByMemberState(projects, lang).map((g) => ({
    id: g.key,
    label: g.key === EU_CODE ? l.t("euLevel.name") : g.label,
    href: l.path(`/countries/${g.key.toLowerCase()}/`),
    listHref: l.path(`/projects/?member_state=${g.key}`),
    cells: cellsOf(g.projects, lang),
  }));
  return {
    measures: [
      { id: "projects", label: l.t("group.projects") },
      { id: "total", label: l.t("group.budget") },
      { id: "euAmount", label: l.t("group.euAmount") },
      { id: "returned", label: l.t("group.returned"), note: l.t("programmes.returnedNote") },
      { id: "reintegration", label: l.t("programmes.reintegration", { label: label("reintegration_assisted") }) },
      { id: "costPerReturned", label: l.t("programmes.costPerReturned"), note: l.t("method.costPerReturned") },
    ],
    funds: fundGroups,
    memberStates: stateGroups,
    fundWarnings: fundGroups.reduce((n, g) => n + MEASURES.reduce((m, id) => m + (g.cells[id].warnings.length > 0 ? 1 : 0), 0), 0),
  };
}
