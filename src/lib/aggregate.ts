/**
 * Aggregates over the projects, for charts and summaries. Pure and deterministic: the same
 * projects in any order give the same result. Every value carries the ids of the records
 * behind it, and every aggregate lists the records it left out and why, so that any total can
 * be checked against its records. Money is summed per currency only; results and targets are
 * never mixed; only indicators marked summable are added across projects.
 */
import { ascending, bin, rollups, sum } from "d3-array";
import { divideCents } from "./money.ts";
import type { Project } from "./derive.ts";

export type LeftOutReason =
  | "no-budget" // no total cost stated
  | "no-dates" // no start date
  | "no-rate" // no EU co-financing rate, stated or calculated
  | "not-reported" // the measure is not reported
  | "only-targets" // a planned figure, but no reported result
  | "no-fund" // the sources do not name the fund
  | "zero-returned"; // a reported zero people returned: nothing to divide by

export interface LeftOut {
  id: string;
  reason: LeftOutReason;
}

/** One value with the records behind it. */
export interface Value<K> {
  key: K;
  value: number;
  ids: string[];
}

export interface Aggregate<K> {
  values: Value<K>[];
  leftOut: LeftOut[];
}

/** A money value: in cents, in one currency. */
export interface MoneyKey<K> {
  group: K;
  currency: string;
}

const byId = (a: { id: string }, b: { id: string }) => ascending(a.id, b.id);
const ids = (list: readonly Project[]) => list.map((p) => p.id).sort(ascending);

function counts<K extends string | number>(projects: readonly Project[], key: (p: Project) => K): Value<K>[] {
  return rollups(projects, (list) => list, key)
    .map(([k, list]) => ({ key: k, value: list.length, ids: ids(list) }))
    .sort((a, b) => b.value - a.value || ascending(a.key, b.key));
}

/** Number of projects per member state (all records count). */
export function projectsByMemberState(projects: readonly Project[]): Aggregate<string> {
  return { values: counts(projects, (p) => p.memberState), leftOut: [] };
}

/** Total cost per member state and currency; records without a total are left out. */
export function budgetByMemberState(projects: readonly Project[]): Aggregate<MoneyKey<string>> {
  const leftOut: LeftOut[] = projects.filter((p) => !p.budget.total).map((p) => ({ id: p.id, reason: "no-budget" as const }));
  const withBudget = projects.filter((p) => p.budget.total);
  const values = rollups(
    withBudget,
    (list) => ({ value: sum(list, (p) => p.budget.total!.cents), ids: ids(list) }),
    (p) => p.memberState,
    (p) => p.budget.total!.currency,
  )
    .flatMap(([group, byCurrency]) => byCurrency.map(([currency, v]) => ({ key: { group, currency }, ...v })))
    .sort((a, b) => ascending(a.key.currency, b.key.currency) || b.value - a.value || ascending(a.key.group, b.key.group));
  return { values, leftOut: leftOut.sort(byId) };
}

/** Total cost per currency (cents); records without a total are left out. Currencies in alphabetical order. */
export function budgetByCurrency(projects: readonly Project[]): Aggregate<string> {
  const leftOut = projects.filter((p) => !p.budget.total).map((p) => ({ id: p.id, reason: "no-budget" as const }));
  const values = rollups(
    projects.filter((p) => p.budget.total),
    (list) => ({ value: sum(list, (p) => p.budget.total!.cents), ids: ids(list) }),
    (p) => p.budget.total!.currency,
  )
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => ascending(a.key, b.key));
  return { values, leftOut: leftOut.sort(byId) };
}

/**
 * EU contribution per currency (cents), stated or calculated (total × rate), with the ids of the
 * calculated ones; records with neither an EU amount nor a total and a rate are left out as
 * "no-rate" when they have a total, else "no-budget". Currencies in alphabetical order.
 */
export function euAmountByCurrency(projects: readonly Project[]): Aggregate<string> & { calculatedIds: string[] } {
  const leftOut = projects.filter((p) => !p.budget.euAmount).map((p) => ({ id: p.id, reason: p.budget.total ? ("no-rate" as const) : ("no-budget" as const) }));
  const withEu = projects.filter((p) => p.budget.euAmount);
  const values = rollups(
    withEu,
    (list) => ({ value: sum(list, (p) => p.budget.euAmount!.value.cents), ids: ids(list) }),
    (p) => p.budget.euAmount!.value.currency,
  )
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => ascending(a.key, b.key));
  const calculatedIds = ids(withEu.filter((p) => p.budget.euAmount!.basis === "calculated"));
  return { values, leftOut: leftOut.sort(byId), calculatedIds };
}

/** Number of projects per start year and fund; records without a start, or without a fund, are left out. */
export function projectsByStartYearAndFund(projects: readonly Project[]): Aggregate<{ year: number; fund: string }> {
  const leftOut: LeftOut[] = [];
  const kept: Project[] = [];
  for (const p of projects) {
    if (!p.start) leftOut.push({ id: p.id, reason: "no-dates" });
    else if (!p.fund) leftOut.push({ id: p.id, reason: "no-fund" });
    else kept.push(p);
  }
  const values = rollups(
    kept,
    (list) => list,
    (p) => p.start!.year,
    (p) => p.fund!,
  )
    .flatMap(([year, byFund]) => byFund.map(([fund, list]) => ({ key: { year, fund }, value: list.length, ids: ids(list) })))
    .sort((a, b) => a.key.year - b.key.year || ascending(a.key.fund, b.key.fund));
  return { values, leftOut: leftOut.sort(byId) };
}

/** Number of projects per managing organisation (as the records name it). */
export function projectsByManagingEntity(projects: readonly Project[]): Aggregate<string> {
  return { values: counts(projects, (p) => p.managingEntity), leftOut: [] };
}

/**
 * EU co-financing rates in bins of `step` percentage points (stated or calculated rates);
 * records without a rate are left out. Bins are [x0, x1), the last one closed at 100.
 */
export function euRateBins(projects: readonly Project[], step = 10): Aggregate<{ from: number; to: number }> {
  const leftOut = projects.filter((p) => !p.budget.euSharePct).map((p) => ({ id: p.id, reason: "no-rate" as const }));
  const rated = projects.filter((p) => p.budget.euSharePct);
  const thresholds = Array.from({ length: Math.ceil(100 / step) - 1 }, (_, i) => (i + 1) * step);
  const bins = bin<Project, number>()
    .value((p) => p.budget.euSharePct!.value)
    .domain([0, 100])
    .thresholds(thresholds)(rated);
  const values = bins.map((b) => ({ key: { from: b.x0!, to: b.x1! }, value: b.length, ids: ids(b) }));
  return { values, leftOut: leftOut.sort(byId) };
}

/**
 * The reported result of one indicator summed over all projects (only for indicators that
 * data/indicators.json marks summable). A record with a target but no result for it is left
 * out as "only-targets": targets are never added to results.
 */
export function resultTotal(projects: readonly Project[], indicator: string): Aggregate<string> {
  const { values, leftOut } = resultByMemberState(projects, indicator);
  return {
    values: [{ key: indicator, value: sum(values, (v) => v.value), ids: values.flatMap((v) => v.ids).sort(ascending) }],
    leftOut,
  };
}

/** Reported results of one indicator per member state (summed), with the same left-out rules. */
export function resultByMemberState(projects: readonly Project[], indicator: string): Aggregate<string> {
  const leftOut: LeftOut[] = [];
  const kept: Project[] = [];
  for (const p of projects) {
    if (p.results.some((e) => e.indicator === indicator)) kept.push(p);
    else leftOut.push({ id: p.id, reason: p.targets.some((e) => e.indicator === indicator) ? "only-targets" : "not-reported" });
  }
  const values = rollups(
    kept,
    (list) => ({ value: sum(list, (p) => p.results.find((e) => e.indicator === indicator)!.count), ids: ids(list) }),
    (p) => p.memberState,
  )
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.value - a.value || ascending(a.key, b.key));
  return { values, leftOut: leftOut.sort(byId) };
}

/**
 * Number of projects naming each country of return (a project naming three countries counts
 * once for each); records that name none are left out as not reported.
 */
export function projectsByReturnCountry(projects: readonly Project[]): Aggregate<string> {
  const leftOut: LeftOut[] = projects.filter((p) => p.returnCountries.length === 0).map((p) => ({ id: p.id, reason: "not-reported" as const }));
  const pairs = projects.flatMap((p) => [...new Set(p.returnCountries)].map((country) => ({ country, p })));
  const values = rollups(
    pairs,
    (list) => ({ value: list.length, ids: ids(list.map((x) => x.p)) }),
    (x) => x.country,
  )
    .map(([key, v]) => ({ key, ...v }))
    .sort((a, b) => b.value - a.value || ascending(a.key, b.key));
  return { values, leftOut: leftOut.sort(byId) };
}

/**
 * The reported result of one indicator, one value per project (key: the record id), smallest
 * first: for indicators that are not summable, whose counts are shown side by side, never added.
 * Records without a result for it are left out as in `resultByMemberState`.
 */
export function resultPerProject(projects: readonly Project[], indicator: string): Aggregate<string> {
  const leftOut: LeftOut[] = [];
  const values: Value<string>[] = [];
  for (const p of projects) {
    const count = p.results.find((e) => e.indicator === indicator)?.count;
    if (count !== undefined) values.push({ key: p.id, value: count, ids: [p.id] });
    else leftOut.push({ id: p.id, reason: p.targets.some((e) => e.indicator === indicator) ? "only-targets" : "not-reported" });
  }
  values.sort((a, b) => a.value - b.value || ascending(a.key, b.key));
  return { values, leftOut: leftOut.sort(byId) };
}

/**
 * Cost per person returned, one value per project (total ÷ returned, in cents of the project's
 * currency), where both are reported; never averaged across currencies.
 */
export function costPerReturned(projects: readonly Project[]): Aggregate<MoneyKey<string>> {
  const leftOut: LeftOut[] = [];
  const values: Value<MoneyKey<string>>[] = [];
  for (const p of projects) {
    const returned = p.results.find((e) => e.indicator === "returned")?.count;
    if (!p.budget.total) leftOut.push({ id: p.id, reason: "no-budget" });
    else if (returned === undefined) leftOut.push({ id: p.id, reason: p.targets.some((e) => e.indicator === "returned") ? "only-targets" : "not-reported" });
    else {
      const cents = divideCents(p.budget.total.cents, returned);
      if (cents === undefined) leftOut.push({ id: p.id, reason: "zero-returned" });
      else values.push({ key: { group: p.id, currency: p.budget.total.currency }, value: cents, ids: [p.id] });
    }
  }
  values.sort((a, b) => ascending(a.key.currency, b.key.currency) || a.value - b.value || ascending(a.key.group, b.key.group));
  return { values, leftOut: leftOut.sort(byId) };
}

/** The facts whose completeness is measured, and how to tell whether a record reports them. */
export const COMPLETENESS_FIELDS = {
  start: (p: Project) => p.start !== undefined,
  end: (p: Project) => p.end !== undefined,
  fund: (p: Project) => p.fund !== undefined,
  reference: (p: Project) => p.reference !== undefined,
  "budget.total": (p: Project) => p.budget.total !== undefined,
  "budget.eu_share_pct": (p: Project) => p.budget.euSharePct?.basis === "stated",
  "budget.eu_amount": (p: Project) => p.budget.euAmount?.basis === "stated",
  "results.returned": (p: Project) => p.results.some((e) => e.indicator === "returned"),
  "results.reintegration_assisted": (p: Project) => p.results.some((e) => e.indicator === "reintegration_assisted"),
  targets: (p: Project) => p.targets.length > 0,
  return_countries: (p: Project) => p.returnCountries.length > 0,
  partners: (p: Project) => p.partners.length > 0,
} as const satisfies Record<string, (p: Project) => boolean>;

export type CompletenessField = keyof typeof COMPLETENESS_FIELDS;

/** For each field, how many records report it (value) and which (ids); the others are left out as not reported. */
export function completeness(projects: readonly Project[]): (Aggregate<CompletenessField> & { total: number })[] {
  return (Object.keys(COMPLETENESS_FIELDS) as CompletenessField[]).map((field) => {
    const reports = COMPLETENESS_FIELDS[field];
    const yes = projects.filter(reports);
    return {
      values: [{ key: field, value: yes.length, ids: ids(yes) }],
      leftOut: projects
        .filter((p) => !reports(p))
        .map((p) => ({ id: p.id, reason: "not-reported" as const }))
        .sort(byId),
      total: projects.length,
    };
  });
}
