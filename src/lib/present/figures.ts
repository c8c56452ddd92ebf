/**
 * A project's key figures as a reader sees them, written once from the published form: the
 * project page, the list, the group pages and the comparison all show these texts, so one
 * figure reads character for character the same everywhere (a build test checks it).
 */
import type { Basis } from "../derive.ts";
import type { Formatter } from "./formatter.ts";
import { fromPublishedMoney, publishedDate, type PublishedMoney, type PublishedProject } from "./published-project.ts";

export interface FigureText {
  /** The figure as the reader sees it: `€1,400,000`, `75 %`, `1 July 2010`, `208`. */
  text: string;
  /** Stated by a source, or calculated by this site. */
  basis: Basis;
  /** The machine-readable value (a number in currency units or a count, or an ISO date). */
  value: number | string;
}

export interface KeyFigures {
  start?: FigureText;
  end?: FigureText;
  total?: FigureText;
  awarded?: FigureText;
  euRate?: FigureText;
  euAmount?: FigureText;
  /** Reported results by indicator id. */
  results: Record<string, FigureText>;
  /** Planned figures by indicator id: never mixed with results. */
  targets: Record<string, FigureText>;
  costPerReturned?: FigureText;
  againstTarget?: FigureText;
  durationMonths?: FigureText;
  durationDays?: FigureText;
}

function money(f: Formatter, value: PublishedMoney, basis: Basis): FigureText {
  return { text: f.money(fromPublishedMoney(value)), basis, value: value.amount };
}

function count(f: Formatter, value: number, basis: Basis = "stated"): FigureText {
  return { text: f.count(value), basis, value };
}

function counts(f: Formatter, map: Readonly<Record<string, number>> | undefined): Record<string, FigureText> {
  return Object.fromEntries(Object.entries(map ?? {}).map(([indicator, n]) => [indicator, count(f, n)]));
}

/** Each published project's figures, by formatter: the page, the list and the search index ask for the same ones. */
const figuresOf = new WeakMap<PublishedProject, WeakMap<Formatter, KeyFigures>>();

/** The key figures of `p` in `f`'s language, written once per project and formatter (both are never changed once made). */
export function keyFigures(p: PublishedProject, f: Formatter): KeyFigures {
  let byFormatter = figuresOf.get(p);
  if (!byFormatter) figuresOf.set(p, (byFormatter = new WeakMap()));
  let figures = byFormatter.get(f);
  if (!figures) byFormatter.set(f, (figures = figuresFor(p, f)));
  return figures;
}

function figuresFor(p: PublishedProject, f: Formatter): KeyFigures {
  const r = p.record;
  const d = p.derived;
  const b = r.budget;
  const currency = b?.currency;
  const stated = (amount: number | undefined) => (amount !== undefined && currency ? { amount, currency } : undefined);
  const figures: KeyFigures = { results: counts(f, r.results), targets: counts(f, r.targets) };
  const start = publishedDate(r.start);
  const end = publishedDate(r.end);
  if (start && r.start) figures.start = { text: f.date(start), basis: "stated", value: r.start };
  if (end && r.end) figures.end = { text: f.date(end), basis: "stated", value: r.end };
  const total = stated(b?.total);
  if (total) figures.total = money(f, total, "stated");
  const awarded = stated(b?.awarded);
  if (awarded) figures.awarded = money(f, awarded, "stated");
  if (b?.eu_share_pct !== undefined) figures.euRate = { text: f.percent(b.eu_share_pct), basis: "stated", value: b.eu_share_pct };
  else if (d.eu_share_pct !== null) figures.euRate = { text: f.percent(d.eu_share_pct), basis: "calculated", value: d.eu_share_pct };
  const euAmount = stated(b?.eu_amount);
  if (euAmount) figures.euAmount = money(f, euAmount, "stated");
  else if (d.eu_amount) figures.euAmount = money(f, d.eu_amount, "calculated");
  if (d.cost_per_returned) figures.costPerReturned = money(f, d.cost_per_returned, "calculated");
  if (d.returns_against_target_pct !== null)
    figures.againstTarget = { text: f.percent(d.returns_against_target_pct), basis: "calculated", value: d.returns_against_target_pct };
  if (d.duration_months !== null) figures.durationMonths = count(f, d.duration_months, "calculated");
  if (d.duration_days !== null) figures.durationDays = count(f, d.duration_days, "calculated");
  return figures;
}
