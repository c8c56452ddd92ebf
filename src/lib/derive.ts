/**
 * Figures the site derives from a record (never typed into one): the EU amount or rate
 * missing from a pair, status, duration, cost per person returned, returns against target.
 * Each derived figure says it was calculated and how.
 */
import { figureSources } from "./provenance.ts";
import { dayNumberOf, durationDays, durationMonths, firstDay, lastDay, toPrecisionDate, type PrecisionDate } from "./dates.ts";
import { applyPercent, divideCents, toCents, type Money } from "./money.ts";
import { percentOf } from "./percent.ts";
import type { ProjectData } from "./schema/project.ts";
import type { Allowance } from "./schema/allowance.ts";
import type { Related } from "./schema/related.ts";
import type { Confidence, Source } from "./schema/source.ts";

export type Basis = "stated" | "calculated";
/** A project's status, in the order lists and files give them. */
export const STATUSES = ["planned", "ongoing", "closed", "unknown"] as const;
export type Status = (typeof STATUSES)[number];

export interface StatedOrCalculated<T> {
  value: T;
  basis: Basis;
  /** How a calculated value was derived; absent for stated values. */
  method?: MethodId;
}

export interface Derived<T> {
  value: T;
  method: MethodId;
}

export interface CountEntry {
  indicator: string;
  count: number;
}

export interface ProjectBudget {
  currency?: string | undefined;
  total?: Money | undefined;
  euSharePct?: StatedOrCalculated<number>;
  euAmount?: StatedOrCalculated<Money>;
  awarded?: Money | undefined;
}

/** A record with its derived figures: plain data, ready for pages and exports. */
export interface Project {
  id: string;
  title: string;
  /** An English rendering of a title in another language (`title_en`). */
  titleEn?: string;
  acronym?: string;
  summary: string;
  memberState: string;
  participatingStates: string[];
  /** The member state coordinating an EU-level record, where the sources state one. */
  coordinator?: string;
  fund?: string;
  fundDetail?: string;
  reference?: string;
  /** The managing organisation as the record names it (an id or free text). */
  managingEntity: string;
  /** The id in data/organisations.json it resolves to; absent for free text that matches none. */
  managingEntityId?: string | undefined;
  partners: string[];
  /** For each partner, in order, the organisation id it resolves to, or undefined. */
  partnerIds: (string | undefined)[];
  start?: PrecisionDate;
  end?: PrecisionDate;
  durationMonths?: number;
  durationDays?: number;
  status: Status;
  budget: ProjectBudget;
  results: CountEntry[];
  targets: CountEntry[];
  resultsNote?: string;
  allowances: Allowance[];
  targetGroup?: string;
  returnCountries: string[];
  related: Related[];
  sources: Source[];
  /** For each stated figure (`start`, `budget.total`, `results.returned`, `allowances.1`, ...), the 1-based positions of the sources that state it (`provenance.ts`). */
  figureSources: Record<string, number[]>;
  confidence: Confidence;
  notes?: string;
  /** Where sources disagree: plain sentences, in English. */
  conflicts: string[];
  /** Programme design elements the sources describe (ids from data/elements.json). */
  elements: string[];
  /** The longest follow-up after return the sources state, in months. */
  monitoringMonths?: number;
  checked: PrecisionDate;
  costPerReturned?: Derived<Money>;
  returnsAgainstTarget?: Derived<number>;
}

/** How each derived figure is calculated: ids of the method texts in src/i18n/<lang>.json (`method.<id>`). */
export const METHODS = {
  euAmount: "euAmount",
  euSharePct: "euSharePct",
  costPerReturned: "costPerReturned",
  returnsAgainstTarget: "returnsAgainstTarget",
  durationMonths: "durationMonths",
  durationBoth: "durationBoth",
} as const;
export type MethodId = (typeof METHODS)[keyof typeof METHODS];

/**
 * The day every status is stated for: the latest `checked` day of all records (the data's date),
 * not the day of the build, so that pages and files say the same and do not change from one
 * build to the next.
 */
export function statusDay(checked: readonly PrecisionDate[]): Date {
  return new Date(Math.max(...checked.map(firstDay)) * 86_400_000);
}

/** Status on `today` from the dates at their precision; unknown where the dates do not settle it. */
export function deriveStatus(start: PrecisionDate | undefined, end: PrecisionDate | undefined, today: Date): Status {
  const day = dayNumberOf(today);
  if (end && lastDay(end) < day) return "closed";
  if (start && firstDay(start) > day) return "planned";
  // Neither ended before today nor starting after it: running today.
  if (start && end) return "ongoing";
  return "unknown";
}

export function deriveBudget(budget: ProjectData["budget"]): ProjectBudget {
  if (!budget) return {};
  const currency = budget.currency;
  const money = (amount: number | undefined): Money | undefined =>
    amount === undefined || currency === undefined ? undefined : { cents: toCents(amount), currency };
  const total = money(budget.total);
  const stated = money(budget.eu_amount);
  const result: ProjectBudget = { currency, total, awarded: money(budget.awarded) };
  if (budget.eu_share_pct !== undefined) result.euSharePct = { value: budget.eu_share_pct, basis: "stated" };
  if (stated) result.euAmount = { value: stated, basis: "stated" };
  if (!stated && total && budget.eu_share_pct !== undefined) {
    result.euAmount = {
      value: { cents: applyPercent(total.cents, budget.eu_share_pct), currency: total.currency },
      basis: "calculated",
      method: METHODS.euAmount,
    };
  }
  if (stated && total && budget.eu_share_pct === undefined) {
    const pct = percentOf(stated.cents, total.cents);
    if (pct !== undefined) result.euSharePct = { value: pct, basis: "calculated", method: METHODS.euSharePct };
  }
  return result;
}

function toEntries(counts: Record<string, number> | undefined, order: readonly string[]): CountEntry[] {
  if (!counts) return [];
  return Object.entries(counts)
    .map(([indicator, count]) => ({ indicator, count }))
    .sort((a, b) => order.indexOf(a.indicator) - order.indexOf(b.indicator));
}

/** Builds the plain Project from a validated record. `indicatorOrder` fixes list order. */
/**
 * `organisationId` resolves an organisation as a record names it to an id of
 * data/organisations.json (see `resolveOrganisation` in organisations.ts); without it, none resolve.
 */
export function deriveProject(
  id: string,
  data: ProjectData,
  today: Date,
  indicatorOrder: readonly string[],
  organisationId: (name: string) => string | undefined = () => undefined,
): Project {
  const start = data.start === undefined ? undefined : toPrecisionDate(data.start);
  const end = data.end === undefined ? undefined : toPrecisionDate(data.end);
  const budget = deriveBudget(data.budget);
  const returned = data.results?.returned;
  const plannedReturns = data.targets?.returned;

  const project: Project = {
    id,
    title: data.title,
    summary: data.summary,
    memberState: data.member_state,
    participatingStates: data.participating_states ?? [],
    managingEntity: data.managing_entity,
    partners: data.partners ?? [],
    partnerIds: (data.partners ?? []).map(organisationId),
    status: deriveStatus(start, end, today),
    budget,
    results: toEntries(data.results, indicatorOrder),
    targets: toEntries(data.targets, indicatorOrder),
    allowances: data.allowances ?? [],
    returnCountries: data.return_countries ?? [],
    related: data.related ?? [],
    elements: data.elements ?? [],
    conflicts: data.conflicts ?? [],
    sources: data.sources,
    figureSources: Object.fromEntries(figureSources(data)),
    confidence: data.confidence,
    checked: toPrecisionDate(data.checked),
  };
  const managingEntityId = organisationId(data.managing_entity);
  if (managingEntityId !== undefined) project.managingEntityId = managingEntityId;
  if (data.acronym !== undefined) project.acronym = data.acronym;
  if (data.title_en !== undefined) project.titleEn = data.title_en;
  if (data.fund !== undefined) project.fund = data.fund;
  if (data.fund_detail !== undefined) project.fundDetail = data.fund_detail;
  if (data.coordinator !== undefined) project.coordinator = data.coordinator;
  if (data.reference !== undefined) project.reference = data.reference;
  if (start) project.start = start;
  if (end) project.end = end;
  if (data.results_note !== undefined) project.resultsNote = data.results_note;
  if (data.target_group !== undefined) project.targetGroup = data.target_group;
  if (data.notes !== undefined) project.notes = data.notes;
  if (data.monitoring_months !== undefined) project.monitoringMonths = data.monitoring_months;
  if (start && end) {
    const months = durationMonths(start, end);
    const days = durationDays(start, end);
    if (months !== undefined) project.durationMonths = months;
    if (days !== undefined) project.durationDays = days;
  }
  if (budget.total && returned !== undefined) {
    const cents = divideCents(budget.total.cents, returned);
    if (cents !== undefined) project.costPerReturned = { value: { cents, currency: budget.total.currency }, method: METHODS.costPerReturned };
  }
  if (returned !== undefined && plannedReturns !== undefined) {
    const pct = percentOf(returned, plannedReturns);
    if (pct !== undefined) project.returnsAgainstTarget = { value: pct, method: METHODS.returnsAgainstTarget };
  }
  return project;
}

/**
 * Newest first: records with a start date by start (latest first), then records with only an
 * end date by end, then undated records; ties by end, then id. Deterministic for exports.
 */
export function compareNewestFirst(a: Project, b: Project): number {
  const group = (p: Project) => (p.start ? 0 : p.end ? 1 : 2);
  const key = (p: Project) => (p.start ? firstDay(p.start) : p.end ? firstDay(p.end) : 0);
  const end = (p: Project) => (p.end ? lastDay(p.end) : 0);
  return group(a) - group(b) || key(b) - key(a) || end(b) - end(a) || a.id.localeCompare(b.id);
}
