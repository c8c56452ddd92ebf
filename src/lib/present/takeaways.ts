/**
 * The sentences written from the data: each chart's takeaway. Each takes the numbers its
 * chart draws and says what they show, right for none, one, two and many items, for ties and
 * for equal values: no "1 projects", no range whose two ends are the same, no superlative over
 * a single item. The words are ICU messages (src/i18n/<lang>.json, `charts.*.takeaway`); the
 * shape of the data (`single`, `top`, `tie`, `even`...) is chosen here and passed to the message
 * as a `select`, so each language words each case its own way.
 */
import type { MessageValues } from "../i18n.ts";

/** What a sentence needs from a language. */
export interface SentenceLocalization {
  t: (key: string, values?: MessageValues) => string;
  /** Items as a list in running text (`formatter.list`): `a, b and c`; with `"or"`: `a, b or c`. */
  list: (items: readonly string[], kind?: "and" | "or") => string;
}

/** One item of a ranking: a member state, a project, a year, a range. */
export interface Ranked {
  name: string;
  value: number;
}

/**
 * How the largest value of a ranking stands: `none` (no item), `single` (one item), `top` (one
 * item ahead), `tie` (several share the largest value, others are smaller) or `even` (every
 * item has the same value).
 */
export type RankShape = "none" | "single" | "top" | "tie" | "even";

export interface Leaders<R extends Ranked = Ranked> {
  shape: RankShape;
  /** The items with the largest value, in the ranking's order. */
  leaders: R[];
  /** The largest value (0 when there is no item). */
  value: number;
}

/** The items with the largest value, and how they stand against the others. */
export function leadersOf<R extends Ranked>(items: readonly R[]): Leaders<R> {
  if (items.length === 0) return { shape: "none", leaders: [], value: 0 };
  const value = Math.max(...items.map((i) => i.value));
  const leaders = items.filter((i) => i.value === value);
  const shape: RankShape = items.length === 1 ? "single" : leaders.length === 1 ? "top" : leaders.length === items.length ? "even" : "tie";
  return { shape, leaders, value };
}

const names = (l: SentenceLocalization, items: readonly Ranked[]) => l.list(items.map((i) => i.name));

/** Projects by member state: how many records, from how many states, and which has most. */
export function byStateTakeaway(l: SentenceLocalization, input: { records: number; states: readonly Ranked[]; euLevel: number }): string {
  if (input.records === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(input.states);
  return l.t("charts.byState.takeaway", {
    records: input.records,
    countries: input.states.length,
    eu: input.euLevel,
    shape,
    top: names(l, leaders),
    count: value,
  });
}

/** Total cost by member state, in euro: how many records, and the largest total. */
export function budgetTakeaway(
  l: SentenceLocalization,
  input: { records: number; states: readonly (Ranked & { text: string; projects: number })[]; money: (value: number) => string },
): string {
  if (input.records === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(input.states);
  return l.t("charts.budget.takeaway", {
    records: input.records,
    shape,
    top: names(l, leaders),
    amount: input.money(value),
    count: leaders.length === 1 ? leaders[0]!.projects : 0,
  });
}

/** Projects by start year: the span of years, and the year or years most projects started in. */
export function startYearTakeaway(l: SentenceLocalization, input: { years: readonly Ranked[] }): string {
  const started = input.years.filter((y) => y.value > 0);
  if (started.length === 0) return l.t("charts.years.takeaway", { shape: "none", first: "", last: "", peak: "", count: 0 });
  const first = started[0]!.name;
  const last = started[started.length - 1]!.name;
  const { shape, leaders, value } = leadersOf(started);
  const total = started.reduce((n, y) => n + y.value, 0);
  // One year only: every project started in it. Several years with one project each: a tie.
  const s = started.length === 1 ? "single" : shape === "even" ? "tie" : shape;
  return l.t("charts.years.takeaway", { shape: s, first, last, peak: names(l, leaders), count: s === "single" ? total : value });
}

/** EU co-financing rates in ranges: the range or ranges most projects fall in. */
export function ratesTakeaway(l: SentenceLocalization, input: { bins: readonly Ranked[] }): string {
  const held = input.bins.filter((b) => b.value > 0);
  const rated = held.reduce((n, b) => n + b.value, 0);
  if (rated === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(held);
  const s = rated === 1 ? "single" : held.length === 1 ? "all" : shape === "top" ? "top" : value === 1 ? "spread" : "tie";
  return l.t("charts.rates.takeaway", { shape: s, rated, count: value, bin: names(l, leaders) });
}

/** People returned by member state: the total, and the state whose records report most. */
export function returnedTakeaway(l: SentenceLocalization, input: { records: number; total: number; states: readonly Ranked[] }): string {
  if (input.records === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(input.states);
  return l.t("charts.returned.takeaway", { records: input.records, total: input.total, shape, top: names(l, leaders), count: value });
}

/** Reintegration support per project: how many records report it, and the largest figure. */
export function reintegrationTakeaway(l: SentenceLocalization, input: { projects: readonly Ranked[] }): string {
  if (input.projects.length === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(input.projects);
  return l.t("charts.reintegration.takeaway", { records: input.projects.length, shape, top: names(l, leaders), count: value });
}

/** Cost per person returned: its range over the projects, or the one value when there is no range. */
export function costTakeaway(l: SentenceLocalization, input: { projects: readonly (Ranked & { text: string })[] }): string {
  const projects = input.projects;
  if (projects.length === 0) return l.t("charts.none");
  const lowValue = Math.min(...projects.map((p) => p.value));
  const highValue = Math.max(...projects.map((p) => p.value));
  const low = projects.filter((p) => p.value === lowValue);
  const high = projects.filter((p) => p.value === highValue);
  // Two values that read the same are no range either.
  const shape = projects.length === 1 ? "single" : low[0]!.text === high[0]!.text ? "even" : "range";
  return l.t("charts.cost.takeaway", {
    shape,
    records: projects.length,
    low: low[0]!.text,
    lowName: names(l, low),
    high: high[0]!.text,
    highName: names(l, high),
  });
}

/** Completeness: how many records give a total cost, and the fact or facts reported least often. */
export function completenessTakeaway(l: SentenceLocalization, input: { total: number; budget: number; facts: readonly Ranked[] }): string {
  const lowest = Math.min(...input.facts.map((f) => f.value));
  const least = input.facts.filter((f) => f.value === lowest);
  const shape = input.facts.length === 0 || lowest === input.total ? "all" : lowest === 0 ? "none" : least.length === 1 ? "one" : "tie";
  return l.t("charts.completeness.takeaway", {
    total: input.total,
    budget: input.budget,
    shape,
    // "no record reports A, B or C"; "the facts reported least often are A and B".
    least: l.list(
      least.map((f) => l.t("common.quoted", { text: f.name })),
      shape === "none" ? "or" : "and",
    ),
    leastCount: Number.isFinite(lowest) ? lowest : 0,
  });
}

/** A context series: its first and last figures, or its one figure. */
export function contextTakeaway(
  l: SentenceLocalization,
  input: { publisher: string; first: { period: string; value: string; reported: string }; last: { period: string; value: string; reported: string } },
): string {
  const single = input.first.period === input.last.period;
  return l.t("charts.context.takeaway", {
    shape: single ? "single" : "range",
    publisher: input.publisher,
    first: input.first.period,
    firstValue: input.first.value,
    firstReported: input.first.reported,
    last: input.last.period,
    lastValue: input.last.value,
    lastReported: input.last.reported,
  });
}

/**
 * The summary of a group's page (a member state, a fund, an organisation): how many projects,
 * their reported total cost per currency, and the people returned they report.
 */
export function groupSummarySentence(
  l: SentenceLocalization,
  input: { projects: number; totals: readonly string[]; returned?: { people: number; projects: number } | undefined },
): string {
  return [
    l.t("group.summary.projects", { count: input.projects }),
    input.totals.length > 0 ? l.t("group.summary.budget", { totals: input.totals.join("; ") }) : l.t("group.summary.noBudget"),
    input.returned && input.returned.projects > 0
      ? l.t("group.summary.returned", { projects: input.returned.projects, count: input.returned.people })
      : l.t("group.summary.noReturned", { count: input.projects }),
  ].join(" ");
}

/** Countries of return: how many records name one, how many countries, and the one named most. */
export function returnCountriesTakeaway(l: SentenceLocalization, input: { records: number; countries: readonly Ranked[] }): string {
  if (input.records === 0) return l.t("charts.none");
  const { shape, leaders, value } = leadersOf(input.countries);
  return l.t("charts.returnCountries.takeaway", { records: input.records, countries: input.countries.length, shape, top: names(l, leaders), count: value });
}
