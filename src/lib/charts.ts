/**
 * The charts of /charts/: each one a table of exactly the numbers drawn, a takeaway written
 * from those numbers, the records behind every value, the records left out and why, and the
 * chart's own CSV. Built from the aggregates in aggregate.ts; labels and sentences come from
 * the localization passed in, so every chart exists in every language with the same numbers.
 */
import { centsToUnits } from "./money.ts";
import { ascending, extent, range } from "d3-array";
import {
  budgetByMemberState,
  completeness,
  costPerReturned,
  euRateBins,
  projectsByMemberState,
  projectsByReturnCountry,
  projectsByStartYearAndFund,
  resultByMemberState,
  type LeftOut,
  type LeftOutReason,
} from "./aggregate.ts";
import type { Project } from "./derive.ts";
import { completenessPct } from "./present/completeness.ts";
import type { Cell } from "./export/csv.ts";
import { EU_CODE } from "./iso-codes.ts";
import type { Publisher, StatisticSeries } from "./schema/reference-data.ts";
import type { Source } from "./schema/source.ts";
import {
  budgetTakeaway,
  byStateTakeaway,
  completenessTakeaway,
  contextTakeaway,
  costTakeaway,
  ratesTakeaway,
  reintegrationTakeaway,
  returnCountriesTakeaway,
  returnedTakeaway,
  startYearTakeaway,
} from "./present/takeaways.ts";

/** What a chart needs from a language: words and number formats. */
export interface ChartLocalization {
  lang: string;
  t: (key: string, values?: Readonly<Record<string, string | number>>) => string;
  /** Items as a list in running text: `a, b and c`; with `"or"`: `a, b or c`. */
  list: (items: readonly string[], kind?: "and" | "or") => string;
  text: (value: Readonly<Record<string, string>>) => string;
  count: (count: number) => string;
  percent: (pct: number) => string;
  money: (money: { cents: number; currency: string }) => string;
  country: (code: string) => string;
}

export interface ChartRow {
  /** Stable key, used in anchors and the CSV. */
  key: string;
  label: string;
  /** One value per series, in the unit of the chart (money in currency units); null: no bar. */
  values: (number | null)[];
  /** The values as the table prints them. */
  display: string[];
  /** Records behind the row (project charts). */
  ids: string[];
  /** Where the figure comes from (context charts). */
  source?: Source;
  /** Whose figure it is, as the table shows it: "Eurostat", or "Eurostat figure as reported by SIR" (context charts). */
  attribution?: string;
  /** Words that qualify the figure ("over", what it counts). */
  qualifier?: string;
}

/** The question a chart answers, by which the gallery groups the charts (in this order). */
export const CHART_QUESTIONS = ["where", "how-much", "for-whom", "results", "context"] as const;
export type ChartQuestion = (typeof CHART_QUESTIONS)[number];

export interface Chart {
  id: string;
  /** A map is drawn at build time as SVG from the rows (keys: lowercase ISO 3166-1 alpha-2 codes); the others on a canvas. */
  kind: "bar" | "line" | "map";
  /** For maps: the part of the world drawn. */
  region?: "europe" | "world";
  question: ChartQuestion;
  /** The chart whose rows (and records, and CSV) this one draws another way: a map of a member-state chart. */
  dataOf?: string;
  horizontal: boolean;
  stacked: boolean;
  title: string;
  takeaway: string;
  /** Header of the category column. */
  categoryHeader: string;
  series: { key: string; label: string }[];
  rows: ChartRow[];
  unit: "count" | "money" | "percent";
  currency?: string;
  /** Records left out, by reason. */
  leftOut: { reason: LeftOutReason | "other-currency"; ids: string[] }[];
  /** What the figures count (context charts), or a caveat. */
  notes: string[];
  context: boolean;
  csv: { columns: string[]; rows: Cell[][] };
}

const MAIN_CURRENCY = "EUR";

function groupLeftOut(leftOut: readonly { id: string; reason: LeftOutReason | "other-currency" }[]): Chart["leftOut"] {
  const byReason = new Map<LeftOutReason | "other-currency", string[]>();
  for (const { id, reason } of leftOut) {
    const ids = byReason.get(reason);
    if (ids) ids.push(id);
    else byReason.set(reason, [id]);
  }
  return [...byReason].map(([reason, ids]) => ({ reason, ids: ids.sort(ascending) })).sort((a, b) => ascending(a.reason, b.reason));
}

const joinIds = (ids: readonly string[]) => ids.join("; ");

/**
 * Values by member state with the EU-level group (networks and multi-country projects, no
 * single member state) moved to the end, its own row: it is never ranked among the member
 * states, never named as the one with most, and a note says what it holds.
 */
function euLevelLast<V extends { ids: string[] }>(values: readonly V[], state: (v: V) => string, l: ChartLocalization) {
  const states = values.filter((v) => state(v) !== EU_CODE);
  const eu = values.filter((v) => state(v) === EU_CODE);
  const count = eu.reduce((n, v) => n + v.ids.length, 0);
  return { states, ordered: [...states, ...eu], note: count > 0 ? [l.t("charts.euLevelNote", { count })] : [] };
}
const units = centsToUnits;

/** A member state's name, or "EU level" for the EU-level group (never named as if a state). */
const stateName = (l: ChartLocalization, code: string) => (code === EU_CODE ? l.t("euLevel.name") : l.country(code));

function projectsByMemberStateChart(projects: readonly Project[], l: ChartLocalization): Chart {
  const { values: byCount } = projectsByMemberState(projects);
  const { states, ordered: values, note } = euLevelLast(byCount, (v) => v.key, l);
  return {
    id: "projects-by-member-state",
    question: "where",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.byState.title"),
    takeaway: byStateTakeaway(l, {
      records: projects.length,
      states: states.map((v) => ({ name: l.country(v.key), value: v.value })),
      euLevel: values.find((v) => v.key === EU_CODE)?.value ?? 0,
    }),
    categoryHeader: l.t("charts.memberState"),
    series: [{ key: "projects", label: l.t("charts.projects") }],
    rows: values.map((v) => ({ key: v.key.toLowerCase(), label: stateName(l, v.key), values: [v.value], display: [l.count(v.value)], ids: v.ids })),
    unit: "count",
    leftOut: [],
    notes: note,
    context: false,
    csv: { columns: ["member_state", "projects", "record_ids"], rows: values.map((v) => [v.key, v.value, joinIds(v.ids)]) },
  };
}

function budgetByMemberStateChart(projects: readonly Project[], l: ChartLocalization): Chart {
  const { values, leftOut } = budgetByMemberState(projects);
  const byTotal = values.filter((v) => v.key.currency === MAIN_CURRENCY).sort((a, b) => b.value - a.value || ascending(a.key.group, b.key.group));
  const { states, ordered: euro, note } = euLevelLast(byTotal, (v) => v.key.group, l);
  const other = values.filter((v) => v.key.currency !== MAIN_CURRENCY).flatMap((v) => v.ids.map((id) => ({ id, reason: "other-currency" as const })));
  const sumIds = euro.reduce((n, v) => n + v.ids.length, 0);
  const money = (cents: number) => l.money({ cents, currency: MAIN_CURRENCY });
  return {
    id: "budget-by-member-state",
    question: "how-much",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.budget.title"),
    takeaway: budgetTakeaway(l, {
      records: sumIds,
      states: states.map((v) => ({ name: l.country(v.key.group), value: v.value, text: money(v.value), projects: v.ids.length })),
      money,
    }),
    categoryHeader: l.t("charts.memberState"),
    series: [{ key: "total_cost", label: l.t("charts.budget.series") }],
    rows: euro.map((v) => ({
      key: v.key.group.toLowerCase(),
      label: stateName(l, v.key.group),
      values: [units(v.value)],
      display: [l.money({ cents: v.value, currency: MAIN_CURRENCY })],
      ids: v.ids,
    })),
    unit: "money",
    currency: MAIN_CURRENCY,
    leftOut: groupLeftOut([...leftOut, ...other]),
    notes: [l.t("charts.budget.note"), ...note],
    context: false,
    csv: {
      columns: ["member_state", "currency", "total_cost", "projects", "record_ids"],
      rows: euro.map((v) => [v.key.group, MAIN_CURRENCY, units(v.value), v.ids.length, joinIds(v.ids)]),
    },
  };
}

function startYearChart(projects: readonly Project[], l: ChartLocalization, fundName: (id: string) => string, fundOrder: readonly string[]): Chart | undefined {
  const { values, leftOut } = projectsByStartYearAndFund(projects);
  if (values.length === 0) return undefined;
  const [first, last] = extent(values, (v) => v.key.year) as [number, number];
  const funds = [...new Set(values.map((v) => v.key.fund))].sort((a, b) => fundOrder.indexOf(a) - fundOrder.indexOf(b));
  const cell = (year: number, fund: string) => values.find((v) => v.key.year === year && v.key.fund === fund);
  const years = range(first, last + 1);
  const perYear = years.map((year) => ({ name: String(year), value: funds.reduce((n, f) => n + (cell(year, f)?.value ?? 0), 0) }));
  return {
    id: "projects-by-start-year",
    question: "how-much",
    kind: "bar",
    horizontal: false,
    stacked: true,
    title: l.t("charts.years.title"),
    takeaway: startYearTakeaway(l, { years: perYear }),
    categoryHeader: l.t("charts.startYear"),
    series: funds.map((f) => ({ key: f, label: fundName(f) })),
    rows: years.map((year) => {
      const cells = funds.map((f) => cell(year, f));
      return {
        key: String(year),
        label: String(year),
        values: cells.map((c) => c?.value ?? 0),
        display: cells.map((c) => l.count(c?.value ?? 0)),
        ids: cells.flatMap((c) => c?.ids ?? []).sort(ascending),
      };
    }),
    unit: "count",
    leftOut: groupLeftOut(leftOut),
    notes: [l.t("charts.years.note")],
    context: false,
    csv: { columns: ["start_year", "fund", "projects", "record_ids"], rows: values.map((v) => [v.key.year, v.key.fund, v.value, joinIds(v.ids)]) },
  };
}

function ratesChart(projects: readonly Project[], l: ChartLocalization): Chart | undefined {
  const { values, leftOut } = euRateBins(projects, 10);
  if (values.every((v) => v.value === 0)) return undefined;
  // Bins are [from, to); the last one also holds 100 %.
  const label = (from: number, to: number) => l.t(to === 100 ? "charts.rates.lastBin" : "charts.rates.bin", { from: l.percent(from), to: l.percent(to) });
  return {
    id: "eu-co-financing-rates",
    question: "how-much",
    kind: "bar",
    horizontal: false,
    stacked: false,
    title: l.t("charts.rates.title"),
    takeaway: ratesTakeaway(l, { bins: values.map((v) => ({ name: label(v.key.from, v.key.to), value: v.value })) }),
    categoryHeader: l.t("charts.rates.category"),
    series: [{ key: "projects", label: l.t("charts.projects") }],
    rows: values.map((v) => ({
      key: `${v.key.from}-${v.key.to}`,
      label: label(v.key.from, v.key.to),
      values: [v.value],
      display: [l.count(v.value)],
      ids: v.ids,
    })),
    unit: "count",
    leftOut: groupLeftOut(leftOut),
    notes: [l.t("charts.rates.note")],
    context: false,
    csv: { columns: ["rate_from_pct", "rate_to_pct", "projects", "record_ids"], rows: values.map((v) => [v.key.from, v.key.to, v.value, joinIds(v.ids)]) },
  };
}

function returnedChart(projects: readonly Project[], l: ChartLocalization): Chart {
  const { values: byTotal, leftOut } = resultByMemberState(projects, "returned");
  const { states, ordered: values, note } = euLevelLast(byTotal, (v) => v.key, l);
  const total = values.reduce((n, v) => n + v.value, 0);
  const records = values.reduce((n, v) => n + v.ids.length, 0);
  return {
    id: "people-returned-by-member-state",
    question: "for-whom",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.returned.title"),
    takeaway: returnedTakeaway(l, { records, total, states: states.map((v) => ({ name: l.country(v.key), value: v.value })) }),
    categoryHeader: l.t("charts.memberState"),
    series: [{ key: "returned", label: l.t("charts.returned.series") }],
    rows: values.map((v) => ({ key: v.key.toLowerCase(), label: stateName(l, v.key), values: [v.value], display: [l.count(v.value)], ids: v.ids })),
    unit: "count",
    leftOut: groupLeftOut(leftOut),
    notes: [l.t("charts.returned.note"), ...note],
    context: false,
    csv: { columns: ["member_state", "people_returned", "projects", "record_ids"], rows: values.map((v) => [v.key, v.value, v.ids.length, joinIds(v.ids)]) },
  };
}

function reintegrationChart(projects: readonly Project[], l: ChartLocalization, name: (p: Project) => string): Chart {
  const reporting = projects
    .filter((p) => p.results.some((e) => e.indicator === "reintegration_assisted"))
    .map((p) => ({ p, value: p.results.find((e) => e.indicator === "reintegration_assisted")!.count }))
    .sort((a, b) => b.value - a.value || ascending(a.p.id, b.p.id));
  const leftOut: LeftOut[] = projects
    .filter((p) => !p.results.some((e) => e.indicator === "reintegration_assisted"))
    .map((p) => ({ id: p.id, reason: p.targets.some((e) => e.indicator === "reintegration_assisted") ? "only-targets" : "not-reported" }));
  return {
    id: "reintegration-support-by-project",
    question: "results",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.reintegration.title"),
    takeaway: reintegrationTakeaway(l, { projects: reporting.map(({ p, value }) => ({ name: name(p), value })) }),
    categoryHeader: l.t("charts.project"),
    series: [{ key: "reintegration_assisted", label: l.t("charts.reintegration.series") }],
    rows: reporting.map(({ p, value }) => ({
      key: p.id,
      label: `${name(p)} (${stateName(l, p.memberState)})`,
      values: [value],
      display: [l.count(value)],
      ids: [p.id],
    })),
    unit: "count",
    leftOut: groupLeftOut(leftOut),
    notes: [l.t("charts.reintegration.note")],
    context: false,
    csv: { columns: ["record_id", "member_state", "reintegration_assisted"], rows: reporting.map(({ p, value }) => [p.id, p.memberState, value]) },
  };
}

function costChart(projects: readonly Project[], l: ChartLocalization, name: (p: Project) => string): Chart | undefined {
  const { values, leftOut } = costPerReturned(projects);
  const euro = values.filter((v) => v.key.currency === MAIN_CURRENCY).sort((a, b) => b.value - a.value || ascending(a.key.group, b.key.group));
  if (euro.length === 0) return undefined;
  const other = values.filter((v) => v.key.currency !== MAIN_CURRENCY).map((v) => ({ id: v.key.group, reason: "other-currency" as const }));
  const byId = new Map(projects.map((p) => [p.id, p]));
  return {
    id: "cost-per-person-returned",
    question: "results",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.cost.title"),
    takeaway: costTakeaway(l, {
      projects: euro.map((v) => ({ name: name(byId.get(v.key.group)!), value: v.value, text: l.money({ cents: v.value, currency: MAIN_CURRENCY }) })),
    }),
    categoryHeader: l.t("charts.project"),
    series: [{ key: "cost_per_returned", label: l.t("charts.cost.series") }],
    rows: euro.map((v) => {
      const p = byId.get(v.key.group)!;
      return {
        key: p.id,
        label: `${name(p)} (${stateName(l, p.memberState)})`,
        values: [units(v.value)],
        display: [l.money({ cents: v.value, currency: MAIN_CURRENCY })],
        ids: [p.id],
      };
    }),
    unit: "money",
    currency: MAIN_CURRENCY,
    leftOut: groupLeftOut([...leftOut, ...other]),
    notes: [l.t("charts.cost.note")],
    context: false,
    csv: {
      columns: ["record_id", "member_state", "currency", "cost_per_person_returned"],
      rows: euro.map((v) => [v.key.group, byId.get(v.key.group)!.memberState, MAIN_CURRENCY, units(v.value)]),
    },
  };
}

function completenessChart(projects: readonly Project[], l: ChartLocalization): Chart {
  const fields = completeness(projects);
  const pct = (n: number) => completenessPct(n, projects.length);
  const sorted = [...fields].sort((a, b) => b.values[0]!.value - a.values[0]!.value || ascending(a.values[0]!.key, b.values[0]!.key));
  const budget = fields.find((f) => f.values[0]!.key === "budget.total")!.values[0]!;
  return {
    id: "reporting-completeness",
    question: "context",
    kind: "bar",
    horizontal: true,
    stacked: false,
    title: l.t("charts.completeness.title"),
    takeaway: completenessTakeaway(l, {
      total: projects.length,
      budget: budget.value,
      facts: sorted.map((f) => ({ name: l.t(`charts.field.${f.values[0]!.key}`), value: f.values[0]!.value })),
    }),
    categoryHeader: l.t("charts.field"),
    series: [{ key: "percent", label: l.t("charts.completeness.series") }],
    rows: sorted.map((f) => {
      const v = f.values[0]!;
      return {
        key: v.key.replaceAll(".", "-").replaceAll("_", "-"),
        label: l.t(`charts.field.${v.key}`),
        values: [pct(v.value)],
        display: [`${l.percent(pct(v.value))} (${l.count(v.value)})`],
        ids: v.ids,
      };
    }),
    unit: "percent",
    leftOut: [],
    notes: [l.t("charts.completeness.note", { total: projects.length })],
    context: false,
    csv: {
      columns: ["field", "records_reporting", "records_total", "percent", "record_ids"],
      rows: sorted.map((f) => [f.values[0]!.key, f.values[0]!.value, f.total, pct(f.values[0]!.value), joinIds(f.values[0]!.ids)]),
    },
  };
}

/** Every year or quarter from the first point to the last, so that a gap shows as a gap. */
function periodsBetween(first: string, last: string): string[] {
  const quarterly = first.includes("Q");
  const index = (p: string) => (quarterly ? Number(p.slice(0, 4)) * 4 + Number(p.slice(6)) - 1 : Number(p));
  return range(index(first), index(last) + 1).map((i) => (quarterly ? `${Math.floor(i / 4)}-Q${(i % 4) + 1}` : String(i)));
}

/** Publishers by id (data/publishers.json), for the attribution of context figures. */
export type PublisherLookup = (id: string) => Publisher | undefined;

function contextChart(series: StatisticSeries, l: ChartLocalization, publisher: PublisherLookup): Chart {
  const body = publisher(series.publisher_of_data);
  const bodyName = body?.short_name ?? body?.name ?? series.publisher_of_data;
  const outlet = (p: StatisticSeries["points"][number]) => (p.reported_by === undefined ? undefined : (publisher(p.reported_by)?.name ?? p.reported_by));
  /** Whose figure a point is: the body's own, or the body's as another publisher reported it. */
  const attribution = (p: StatisticSeries["points"][number]) => {
    const by = outlet(p);
    return by === undefined ? bodyName : l.t("charts.context.reportedBy", { body: bodyName, outlet: by });
  };
  const asReported = (p: StatisticSeries["points"][number]) => {
    const by = outlet(p);
    return by === undefined ? "" : l.t("charts.context.asReportedBy", { outlet: by });
  };
  const anyReported = series.points.some((p) => p.reported_by !== undefined);
  const label = (period: string) => period.replace(/^(\d{4})-Q([1-4])$/, (_, y: string, q: string) => l.t("charts.quarter", { year: y, quarter: q }));
  const first = series.points[0]!;
  const last = series.points[series.points.length - 1]!;
  const stated = (p: StatisticSeries["points"][number]) => (p.qualifier ? l.t(`charts.value.${p.qualifier}`, { value: l.count(p.value) }) : l.count(p.value));
  const qualifier = (p: StatisticSeries["points"][number]) =>
    [p.measure ? l.t(`charts.measure.${p.measure}`) : undefined, p.derived ? l.text(p.derived) : undefined].filter(Boolean).join("; ");
  const byPeriod = new Map(series.points.map((p) => [p.period, p]));
  return {
    id: `context-${series.id}`,
    question: "context",
    kind: first.period.includes("Q") ? "bar" : "line",
    horizontal: false,
    stacked: false,
    title: l.text(series.label),
    takeaway: contextTakeaway(l, {
      publisher: bodyName,
      first: { period: label(first.period), value: stated(first), reported: asReported(first) },
      last: { period: label(last.period), value: stated(last), reported: asReported(last) },
    }),
    categoryHeader: l.t("charts.period"),
    series: [{ key: "people", label: l.t("charts.context.series") }],
    rows: periodsBetween(first.period, last.period).map((period) => {
      const p = byPeriod.get(period);
      if (!p) return { key: period.toLowerCase(), label: label(period), values: [null], display: [l.t("charts.context.missing")], ids: [] };
      const q = qualifier(p);
      return {
        key: period.toLowerCase(),
        label: label(period),
        values: [p.value],
        display: [stated(p)],
        ids: [],
        source: p.source,
        attribution: attribution(p),
        ...(q ? { qualifier: q } : {}),
      };
    }),
    unit: "count",
    leftOut: [],
    notes: [
      l.text(series.counts),
      ...(series.note ? [l.text(series.note)] : []),
      ...(anyReported ? [l.t("charts.context.reportedNote", { body: bodyName })] : []),
    ],
    context: true,
    csv: {
      columns: ["period", "value", "qualifier", "measure", "figure_of", "reported_by", "source_url", "source_publisher"],
      rows: series.points.map((p) => [p.period, p.value, p.qualifier, p.measure, bodyName, outlet(p), p.source.url, p.source.publisher]),
    },
  };
}

/**
 * A map of the same numbers as a member-state chart: the same rows, ids and CSV; the EU-level
 * row stays in the table (no shape on the map), and the note says so.
 */
function memberStateMap(chart: Chart, id: string, l: ChartLocalization): Chart {
  const euLevel = chart.rows.some((row) => row.key === EU_CODE.toLowerCase());
  return {
    ...chart,
    id,
    dataOf: chart.id,
    kind: "map",
    region: "europe",
    horizontal: false,
    question: chart.question,
    title: l.t(`charts.${id}.title`),
    notes: [...chart.notes, ...(euLevel ? [l.t("charts.map.euLevelNote")] : [])],
  };
}

/** The countries of return the projects name, as a world map (the gallery's, or one member state's on its page). */
export function returnCountriesMap(projects: readonly Project[], l: ChartLocalization): Chart {
  const { values, leftOut } = projectsByReturnCountry(projects);
  const records = new Set(values.flatMap((v) => v.ids)).size;
  return {
    id: "map-countries-of-return",
    kind: "map",
    region: "world",
    question: "where",
    horizontal: false,
    stacked: false,
    title: l.t("charts.map-countries-of-return.title"),
    takeaway: returnCountriesTakeaway(l, { records, countries: values.map((v) => ({ name: l.country(v.key), value: v.value })) }),
    categoryHeader: l.t("charts.returnCountry"),
    series: [{ key: "projects", label: l.t("charts.projects") }],
    rows: values.map((v) => ({ key: v.key.toLowerCase(), label: l.country(v.key), values: [v.value], display: [l.count(v.value)], ids: v.ids })),
    unit: "count",
    leftOut: groupLeftOut(leftOut),
    notes: [l.t("charts.returnCountries.note"), ...(values.some((v) => v.key === "XK") ? [l.t("charts.map.kosovoNote")] : [])],
    context: false,
    csv: { columns: ["country_of_return", "projects", "record_ids"], rows: values.map((v) => [v.key, v.value, joinIds(v.ids)]) },
  };
}

export interface ChartOptions {
  fundName: (id: string) => string;
  /** Fund ids in the order of data/funds.json. */
  fundOrder: readonly string[];
  /** Short name of a project for labels. */
  projectName: (p: Project) => string;
  context: readonly StatisticSeries[];
  /** The publishers table, by id: whose figures the context series are, and who reported them. */
  publisher?: PublisherLookup;
}

/** Every chart of /charts/, in page order: project charts, then context charts. */
export function buildCharts(projects: readonly Project[], l: ChartLocalization, options: ChartOptions): Chart[] {
  const sorted = [...projects].sort((a, b) => ascending(a.id, b.id));
  const byState = projectsByMemberStateChart(sorted, l);
  const returned = returnedChart(sorted, l);
  return [
    memberStateMap(byState, "map-projects-by-member-state", l),
    returnCountriesMap(sorted, l),
    byState,
    budgetByMemberStateChart(sorted, l),
    startYearChart(sorted, l, options.fundName, options.fundOrder),
    ratesChart(sorted, l),
    memberStateMap(returned, "map-people-returned-by-member-state", l),
    returned,
    reintegrationChart(sorted, l, options.projectName),
    costChart(sorted, l, options.projectName),
    completenessChart(sorted, l),
    ...options.context.map((s) => contextChart(s, l, options.publisher ?? (() => undefined))),
  ].filter((chart) => chart !== undefined);
}

/**
 * The charts that still mean something for one group of projects (a country, a fund): start
 * years, EU rates, cost per person returned and completeness; a chart with nothing to draw
 * for the group is left out.
 */
export function buildGroupCharts(projects: readonly Project[], l: ChartLocalization, options: Omit<ChartOptions, "context">): Chart[] {
  if (projects.length === 0) return [];
  const sorted = [...projects].sort((a, b) => ascending(a.id, b.id));
  return [
    startYearChart(sorted, l, options.fundName, options.fundOrder),
    ratesChart(sorted, l),
    costChart(sorted, l, options.projectName),
    completenessChart(sorted, l),
  ].filter((chart) => chart !== undefined);
}
