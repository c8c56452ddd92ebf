/**
 * The comparison of two to six projects (/compare/), as a table of texts and a list of
 * warnings, from their published form. Pure: the browser script only draws it, and the
 * figures come from `keyFigures`, as on the project pages.
 */
import { NOT_PERSONS } from "../compare.ts";
import { formatMessage, type CompiledMessage } from "../i18n.ts";
import { keyFigures, type FigureText } from "./figures.ts";
import type { Formatter, LocaleFormat } from "./formatter.ts";
import { projectName } from "./names.ts";
import type { PublishedProject } from "./published-project.ts";

/** Interface texts the comparison needs, in the page's language. */
export interface ComparisonStrings {
  measures: Record<string, string>;
  /** Fund labels by fund id. */
  funds: Record<string, string>;
  confidence: Record<string, string>;
  /** "not reported" per measure, agreeing with the measure's label. */
  notReported: Record<string, string>;
  calculated: string;
  /** `{count, plural, one {# month} other {# months}}`, compiled. */
  months: CompiledMessage;
  /** Compiled messages (`Translator.message`), formatted here with `formatMessage`. */
  warnings: Record<"currency" | "period" | "missing" | "units" | "unknown" | "count", CompiledMessage>;
  heading: string;
  projectPath: string;
  /** How a missing start or end reads inside a date range. */
  startNotReported: string;
  endNotReported: string;
}

/** Everything the comparison script reads from its page, as one JSON attribute. */
export interface CompareScriptData {
  strings: ComparisonStrings;
  locale: LocaleFormat;
}

export interface ComparisonCell {
  text: string;
  /** The value written to the comparison's CSV; absent when the measure is not reported. */
  value?: string | number;
  reported: boolean;
}

export interface ComparisonRow {
  measure: string;
  label: string;
  cells: ComparisonCell[];
}

export interface Comparison {
  columns: { id: string; name: string; href: string }[];
  rows: ComparisonRow[];
  warnings: string[];
}

const MEASURES = [
  "memberState",
  "fund",
  "managingEntity",
  "dates",
  "duration",
  "total",
  "awarded",
  "euRate",
  "euAmount",
  "returned",
  "reintegration",
  "counselled",
  "againstTarget",
  "costPerReturned",
  "returnCountries",
  "confidence",
  "sources",
] as const;

export function buildComparison(
  projects: readonly PublishedProject[],
  unknownIds: readonly string[],
  requested: number,
  limits: { min: number; max: number },
  s: ComparisonStrings,
  f: Formatter,
  lang: string,
): Comparison {
  const none = (measure: string): ComparisonCell => ({ text: s.notReported[measure] ?? "", reported: false });
  const cell = (text: string, value: string | number): ComparisonCell => ({ text, value, reported: true });
  const figure = (fig: FigureText | undefined, measure: string): ComparisonCell =>
    fig ? cell(fig.basis === "calculated" ? `${fig.text} ${s.calculated}` : fig.text, fig.value) : none(measure);
  const name = (p: PublishedProject) => projectName({ id: p.id, title: p.record.title, acronym: p.record.acronym }, p.titles[lang]);

  const columns = projects.map((p) => ({ id: p.id, name: name(p), href: `${s.projectPath}${p.id}/` }));
  const figures = projects.map((p) => keyFigures(p, f));
  const valueOf = (measure: (typeof MEASURES)[number], p: PublishedProject, k: ReturnType<typeof keyFigures>): ComparisonCell => {
    const r = p.record;
    switch (measure) {
      case "memberState":
        return cell(f.country(r.member_state), r.member_state);
      case "fund":
        return r.fund ? cell(s.funds[r.fund] ?? r.fund, r.fund) : none(measure);
      case "managingEntity":
        return cell(r.managing_entity, r.managing_entity);
      case "dates":
        return k.start || k.end
          ? cell(`${k.start?.text ?? s.startNotReported} – ${k.end?.text ?? s.endNotReported}`, `${r.start ?? ""}/${r.end ?? ""}`)
          : none(measure);
      case "duration": {
        const months = k.durationMonths;
        if (!months) return none(measure);
        return cell(`${formatMessage(s.months, { count: Number(months.value) }, f)} ${s.calculated}`, months.value);
      }
      case "total":
        return figure(k.total, measure);
      case "awarded":
        return figure(k.awarded, measure);
      case "euRate":
        return figure(k.euRate, measure);
      case "euAmount":
        return figure(k.euAmount, measure);
      case "returned":
        return figure(k.results.returned, measure);
      case "reintegration":
        return figure(k.results.reintegration_assisted, measure);
      case "counselled":
        return figure(k.results.counselled, measure);
      case "againstTarget":
        return figure(k.againstTarget, measure);
      case "costPerReturned":
        return figure(k.costPerReturned, measure);
      case "returnCountries":
        return r.return_countries?.length ? cell(r.return_countries.map((code) => f.country(code)).join(", "), r.return_countries.join(",")) : none(measure);
      case "confidence":
        return cell(s.confidence[r.confidence] ?? r.confidence, r.confidence);
      case "sources":
        return cell(f.count(r.sources.length), r.sources.length);
    }
  };
  const rows: ComparisonRow[] = MEASURES.map((measure) => ({
    measure,
    label: s.measures[measure] ?? measure,
    cells: projects.map((p, i) => valueOf(measure, p, figures[i]!)),
  }));

  // Warnings: things that make a side-by-side reading misleading.
  const warnings: string[] = [];
  const warn = (key: keyof ComparisonStrings["warnings"], values: Record<string, string | number>) => warnings.push(formatMessage(s.warnings[key], values, f));
  if (requested < limits.min || requested > limits.max) {
    warn("count", { min: limits.min, max: limits.max, count: requested });
  }
  for (const id of unknownIds) warn("unknown", { id });
  const currencies = [...new Set(projects.flatMap((p) => (p.record.budget?.currency ? [p.record.budget.currency] : [])))].sort();
  if (currencies.length > 1) warn("currency", { currencies: f.list(currencies) });
  const fundsUsed = [...new Set(projects.map((p) => p.record.fund ?? ""))];
  if (fundsUsed.length > 1) warn("period", { funds: f.list(fundsUsed.map((id) => (id ? (s.funds[id] ?? id) : (s.notReported.fund ?? "")))) });
  // Measures reported for some projects only, in one warning.
  const partial = rows.filter((row) => row.cells.some((c) => c.reported) && !row.cells.every((c) => c.reported));
  if (partial.length) warn("missing", { count: partial.length, measures: f.list(partial.map((row) => row.label)) });
  projects.forEach((p, i) => {
    if (NOT_PERSONS.test(`${p.record.notes ?? ""} ${p.record.results_note ?? ""}`)) warn("units", { project: columns[i]!.name });
  });
  return { columns, rows, warnings };
}

/** The comparison as CSV rows: measure ids down, project ids across; empty where not reported. */
export function comparisonCsvRows(comparison: Comparison): { header: string[]; rows: (string | number | undefined)[][] } {
  return {
    header: ["measure", ...comparison.columns.map((c) => c.id)],
    rows: [
      ["project", ...comparison.columns.map((c) => c.name)],
      ...comparison.rows.map((row) => [row.measure, ...row.cells.map((c) => (c.reported ? c.value : undefined))]),
    ],
  };
}
