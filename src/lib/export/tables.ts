/**
 * The published tables, defined once: each column's name, type and constraints. The same
 * definitions write the CSV and JSON files, the Table Schemas of the Data Package and the data
 * dictionary on the downloads page. What a table and each column mean is interface text, in
 * every language: `dictionary.<table>.table.title`, `dictionary.<table>.table.description` and
 * `dictionary.<table>.column.<column>` in src/i18n/<lang>.json (`dictionaryEntry`).
 */
import { formatIsoPrecisionDate, type PrecisionDate } from "../dates.ts";
import { deriveStatus, STATUSES, type Project } from "../derive.ts";
import { CONFIDENCE_LEVELS } from "../schema/source.ts";
import { centsToUnits } from "../money.ts";
import type { Cell } from "./csv.ts";
import { ORGANISATION_TYPES } from "../organisations.ts";
import type { Organisation } from "../schema/reference-data.ts";

/** Table Schema field types; a `date` is a full day, YYYY-MM-DD (dates at a coarser precision are strings with DATE_PATTERN). */
export type FieldType = "string" | "integer" | "number" | "boolean" | "date";
export interface Column<Row> {
  name: string;
  type: FieldType;
  /**
   * For columns made in a loop (one per language, one per figure): the strings key of their
   * meaning, shared by all of them, and the values it is written with (`{ lang }`). Others
   * have the key `dictionary.<table>.column.<name>`.
   */
  dictionary?: { key: string; values: Readonly<Record<string, string>> };
  /** True for a list, written `a; b` in CSV and as an array in JSON. */
  list?: boolean;
  /** What separates a list's items in CSV, where its items may hold "; " themselves (default "; "). */
  separator?: string;
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  /** The column's values are the ids of a reference dataset (`funds`: data/funds.json), filled in by `withReferenceEnums`. */
  enumFrom?: "funds";
  /**
   * A Table Schema pattern, matched against the whole value: XML Schema regular expression
   * syntax, implicitly anchored (so no `^` or `$`), and written with `[0-9]` rather than `\d`,
   * which XML Schema reads as any Unicode digit.
   */
  pattern?: string;
  /** A Table Schema string format (`uri`: an absolute URI with a scheme). */
  format?: "uri";
  minimum?: number;
  maximum?: number;
  value: (row: Row) => Cell | readonly string[];
}

export interface Table<Row> {
  name: string;
  columns: readonly Column<Row>[];
  primaryKey: readonly string[];
  foreignKeys?: readonly { fields: readonly string[]; resource: string; referenceFields: readonly string[] }[];
}

/** The strings key of a table's title or description, or of a column's meaning, and the values it is written with. */
export function dictionaryEntry(
  table: { name: string },
  what: "title" | "description" | Pick<Column<never>, "name" | "dictionary">,
): { key: string; values: Readonly<Record<string, string>> } {
  if (typeof what === "string") return { key: `dictionary.${table.name}.table.${what}`, values: {} };
  return what.dictionary ?? { key: `dictionary.${table.name}.column.${what.name}`, values: {} };
}

/** Column helpers shared by every published table. */
export const DATE_PATTERN = "[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?";
export const PRECISIONS = ["year", "month", "day"] as const;
/** Cents as an amount in currency units, for a cell. */
export const amount = (cents: number | undefined) => (cents === undefined ? undefined : centsToUnits(cents));
/** A date at its precision, for a cell. */
export const iso = (date: PrecisionDate | undefined) => (date ? formatIsoPrecisionDate(date) : undefined);
/** A reported count of one indicator, for a cell. */
export const countOf = (list: Project["results"], indicator: string) => list.find((e) => e.indicator === indicator)?.count;

/** How a translation of a record was made (docs/record-format.md, Translations). */
export interface TranslationCells {
  title: string;
  method: string;
  review: string;
  reviewedBy?: string | undefined;
  reviewedOn?: string | undefined;
}

/** A project with the day its status is stated for (the latest `checked` date of all records), and its translations by language. */
export interface ProjectRow {
  project: Project;
  asOf: Date;
  translations?: Readonly<Record<string, TranslationCells>> | undefined;
}

/** The figures of projects.csv whose source is given, with the column each is in. */
const SOURCED_FIGURES: readonly { key: string; column: string }[] = [
  { key: "start", column: "start" },
  { key: "end", column: "end" },
  { key: "budget.total", column: "budget.total" },
  { key: "budget.eu_share_pct", column: "budget.eu_share_pct" },
  { key: "budget.eu_amount", column: "budget.eu_amount" },
  { key: "budget.awarded", column: "budget.awarded" },
  ...["returned", "reintegration_assisted", "counselled"].flatMap((i) => [
    { key: `results.${i}`, column: `results.${i}` },
    { key: `targets.${i}`, column: `targets.${i}` },
  ]),
  { key: "monitoring_months", column: "monitoring_months" },
];

/** Positions (sources.csv `position`) of the sources that state a figure, as text. */
const positions = (list: readonly number[] | undefined) => (list ? list.map(String) : []);

const INDICATORS = ["returned", "reintegration_assisted", "counselled"] as const;

/**
 * The projects table, with the title and translation columns of each language records are
 * translated into (`languages`: every language of the site but English, the records' own).
 */
export function projectsTableFor(languages: readonly string[]): Table<ProjectRow> {
  return {
    name: "projects",
    primaryKey: ["id"],
    foreignKeys: [{ fields: ["managing_entity_id"], resource: "organisations", referenceFields: ["id"] }],
    columns: [
      {
        name: "id",
        type: "string",
        required: true,
        unique: true,
        pattern: "[a-z0-9]+(-[a-z0-9]+)*",
        value: ({ project }) => project.id,
      },
      { name: "title", type: "string", required: true, value: ({ project }) => project.title },
      {
        name: "title_en",
        type: "string",
        value: ({ project }) => project.titleEn,
      },
      { name: "acronym", type: "string", value: ({ project }) => project.acronym },
      {
        name: "summary",
        type: "string",
        required: true,
        value: ({ project }) => project.summary,
      },
      {
        name: "member_state",
        type: "string",
        required: true,
        pattern: "[A-Z]{2}",
        value: ({ project }) => project.memberState,
      },
      {
        name: "participating_states",
        type: "string",
        list: true,
        value: ({ project }) => project.participatingStates,
      },
      {
        name: "coordinator",
        type: "string",
        pattern: "[A-Z]{2}",
        value: ({ project }) => project.coordinator,
      },
      {
        name: "fund",
        type: "string",
        enumFrom: "funds",
        value: ({ project }) => project.fund,
      },
      {
        name: "fund_detail",
        type: "string",
        value: ({ project }) => project.fundDetail,
      },
      {
        name: "reference",
        type: "string",
        value: ({ project }) => project.reference,
      },
      {
        name: "managing_entity",
        type: "string",
        required: true,
        value: ({ project }) => project.managingEntity,
      },
      {
        name: "managing_entity_id",
        type: "string",
        pattern: "[a-z0-9]+(-[a-z0-9]+)*",
        value: ({ project }) => project.managingEntityId,
      },
      {
        name: "partners",
        type: "string",
        list: true,
        value: ({ project }) => project.partners,
      },
      {
        name: "start",
        type: "string",
        pattern: DATE_PATTERN,
        value: ({ project }) => iso(project.start),
      },
      {
        name: "start_precision",
        type: "string",
        enum: PRECISIONS,
        value: ({ project }) => project.start?.precision,
      },
      {
        name: "end",
        type: "string",
        pattern: DATE_PATTERN,
        value: ({ project }) => iso(project.end),
      },
      {
        name: "end_precision",
        type: "string",
        enum: PRECISIONS,
        value: ({ project }) => project.end?.precision,
      },
      {
        name: "budget.currency",
        type: "string",
        pattern: "[A-Z]{3}",
        value: ({ project }) => project.budget.currency,
      },
      {
        name: "budget.total",
        type: "number",
        minimum: 0,
        value: ({ project }) => amount(project.budget.total?.cents),
      },
      {
        name: "budget.eu_share_pct",
        type: "number",
        minimum: 0,
        maximum: 100,
        value: ({ project }) => (project.budget.euSharePct?.basis === "stated" ? project.budget.euSharePct.value : undefined),
      },
      {
        name: "budget.eu_amount",
        type: "number",
        minimum: 0,
        value: ({ project }) => (project.budget.euAmount?.basis === "stated" ? amount(project.budget.euAmount.value.cents) : undefined),
      },
      {
        name: "budget.awarded",
        type: "number",
        minimum: 0,
        value: ({ project }) => amount(project.budget.awarded?.cents),
      },
      ...INDICATORS.map((indicator): Column<ProjectRow> => ({
        name: `results.${indicator}`,
        type: "integer",
        minimum: 0,
        value: ({ project }) => countOf(project.results, indicator),
      })),
      ...INDICATORS.map((indicator): Column<ProjectRow> => ({
        name: `targets.${indicator}`,
        type: "integer",
        minimum: 0,
        value: ({ project }) => countOf(project.targets, indicator),
      })),
      {
        name: "results_note",
        type: "string",
        value: ({ project }) => project.resultsNote,
      },
      {
        name: "target_group",
        type: "string",
        value: ({ project }) => project.targetGroup,
      },
      {
        name: "return_countries",
        type: "string",
        list: true,
        value: ({ project }) => project.returnCountries,
      },
      {
        name: "related",
        type: "string",
        list: true,
        value: ({ project }) => project.related.map((r) => `${r.id}:${r.relation}`),
      },
      {
        name: "elements",
        type: "string",
        list: true,
        value: ({ project }) => project.elements,
      },
      {
        name: "monitoring_months",
        type: "integer",
        minimum: 1,
        value: ({ project }) => project.monitoringMonths,
      },
      {
        name: "confidence",
        type: "string",
        required: true,
        enum: [...CONFIDENCE_LEVELS],
        value: ({ project }) => project.confidence,
      },
      {
        name: "notes",
        type: "string",
        value: ({ project }) => project.notes,
      },
      {
        name: "checked",
        type: "date",
        required: true,
        value: ({ project }) => formatIsoPrecisionDate(project.checked),
      },
      ...SOURCED_FIGURES.map(({ key, column }): Column<ProjectRow> => ({
        name: `${column}_source`,
        type: "string",
        list: true,
        dictionary: { key: "dictionary.projects.column.<figure>_source", values: { column } },
        value: ({ project }) => positions(project.figureSources[key]),
      })),
      ...languages.flatMap((lang): Column<ProjectRow>[] => [
        {
          name: `title_${lang}`,
          type: "string",
          dictionary: { key: "dictionary.projects.column.title_<lang>", values: { lang } },
          value: ({ translations }) => translations?.[lang]?.title,
        },
        {
          name: `translation_${lang}.method`,
          type: "string",
          enum: ["original", "human", "machine-assisted", "machine"],
          dictionary: { key: "dictionary.projects.column.translation_<lang>.method", values: { lang } },
          value: ({ translations }) => translations?.[lang]?.method,
        },
        {
          name: `translation_${lang}.review`,
          type: "string",
          enum: ["unreviewed", "reviewed"],
          dictionary: { key: "dictionary.projects.column.translation_<lang>.review", values: { lang } },
          value: ({ translations }) => translations?.[lang]?.review,
        },
        {
          name: `translation_${lang}.reviewed_by`,
          type: "string",
          dictionary: { key: "dictionary.projects.column.translation_<lang>.reviewed_by", values: { lang } },
          value: ({ translations }) => translations?.[lang]?.reviewedBy,
        },
        {
          name: `translation_${lang}.reviewed_on`,
          type: "date",
          dictionary: { key: "dictionary.projects.column.translation_<lang>.reviewed_on", values: { lang } },
          value: ({ translations }) => translations?.[lang]?.reviewedOn,
        },
      ]),
      {
        name: "derived.eu_share_pct",
        type: "number",
        value: ({ project }) => (project.budget.euSharePct?.basis === "calculated" ? project.budget.euSharePct.value : undefined),
      },
      {
        name: "derived.eu_amount",
        type: "number",
        value: ({ project }) => (project.budget.euAmount?.basis === "calculated" ? amount(project.budget.euAmount.value.cents) : undefined),
      },
      {
        name: "derived.cost_per_returned",
        type: "number",
        value: ({ project }) => amount(project.costPerReturned?.value.cents),
      },
      {
        name: "derived.returns_against_target_pct",
        type: "number",
        value: ({ project }) => project.returnsAgainstTarget?.value,
      },
      {
        name: "derived.duration_months",
        type: "integer",
        value: ({ project }) => project.durationMonths,
      },
      {
        name: "derived.duration_days",
        type: "integer",
        value: ({ project }) => project.durationDays,
      },
      {
        name: "derived.status",
        type: "string",
        enum: [...STATUSES],
        value: ({ project, asOf }) => deriveStatus(project.start, project.end, asOf),
      },
      {
        name: "derived.status_as_of",
        type: "date",
        value: ({ asOf }) => asOf.toISOString().slice(0, 10),
      },
    ],
  };
}

export interface CountRow {
  projectId: string;
  indicator: string;
  kind: "result" | "target";
  value: number;
  /** Positions of the sources that state it. */
  sources: number[];
}

export const resultsTable: Table<CountRow> = {
  name: "results",
  primaryKey: ["project_id", "indicator", "kind"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      value: (r) => r.projectId,
    },
    {
      name: "indicator",
      type: "string",
      required: true,
      enum: ["returned", "reintegration_assisted", "counselled"],
      value: (r) => r.indicator,
    },
    {
      name: "kind",
      type: "string",
      required: true,
      enum: ["result", "target"],
      value: (r) => r.kind,
    },
    {
      name: "value",
      type: "integer",
      required: true,
      minimum: 0,
      value: (r) => r.value,
    },
    {
      name: "source",
      type: "string",
      list: true,
      required: true,
      value: (r) => positions(r.sources),
    },
  ],
};

export interface SourceRow {
  projectId: string;
  position: number;
  url: string;
  title: string;
  publisher: string;
  /** The figure keys this source states (with a single source, every figure of the record). */
  states: string[];
}

export const sourcesTable: Table<SourceRow> = {
  name: "sources",
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      value: (r) => r.position,
    },
    {
      name: "url",
      type: "string",
      required: true,
      format: "uri",
      pattern: "https?://\\S+",
      value: (r) => r.url,
    },
    {
      name: "title",
      type: "string",
      required: true,
      value: (r) => r.title,
    },
    { name: "publisher", type: "string", required: true, value: (r) => r.publisher },
    {
      name: "states",
      type: "string",
      list: true,
      value: (r) => r.states,
    },
  ],
};

export interface AllowanceRow {
  projectId: string;
  position: number;
  kind: string;
  amount?: number | undefined;
  amountMin?: number | undefined;
  amountMax?: number | undefined;
  currency: string;
  per: string;
  /** Positions of the sources that state it. */
  sources: number[];
}

export const allowancesTable: Table<AllowanceRow> = {
  name: "allowances",
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      value: (r) => r.position,
    },
    {
      name: "kind",
      type: "string",
      required: true,
      value: (r) => r.kind,
    },
    {
      name: "amount",
      type: "number",
      minimum: 0,
      value: (r) => r.amount,
    },
    {
      name: "amount_min",
      type: "number",
      minimum: 0,
      value: (r) => r.amountMin,
    },
    {
      name: "amount_max",
      type: "number",
      minimum: 0,
      value: (r) => r.amountMax,
    },
    {
      name: "currency",
      type: "string",
      required: true,
      pattern: "[A-Z]{3}",
      value: (r) => r.currency,
    },
    {
      name: "per",
      type: "string",
      required: true,
      enum: ["person", "adult", "child", "household"],
      value: (r) => r.per,
    },
    {
      name: "source",
      type: "string",
      list: true,
      required: true,
      value: (r) => positions(r.sources),
    },
  ],
};

export interface ConflictRow {
  projectId: string;
  position: number;
  text: string;
}

export const conflictsTable: Table<ConflictRow> = {
  name: "conflicts",
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      value: (r) => r.position,
    },
    {
      name: "conflict",
      type: "string",
      required: true,
      value: (r) => r.text,
    },
  ],
};

/** One organisation of data/organisations.json. */
export interface OrganisationRow {
  organisation: Organisation;
}

export const organisationsTable: Table<OrganisationRow> = {
  name: "organisations",
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["parent"], resource: "organisations", referenceFields: ["id"] }],
  columns: [
    {
      name: "id",
      type: "string",
      required: true,
      unique: true,
      pattern: "[a-z0-9]+(-[a-z0-9]+)*",
      value: ({ organisation: o }) => o.id,
    },
    {
      name: "name_en",
      type: "string",
      required: true,
      value: ({ organisation: o }) => o.name.en,
    },
    {
      name: "name_it",
      type: "string",
      required: true,
      value: ({ organisation: o }) => o.name.it,
    },
    {
      name: "own_name",
      type: "string",
      value: ({ organisation: o }) => o.own_name,
    },
    { name: "abbreviation", type: "string", value: ({ organisation: o }) => o.abbreviation },
    {
      name: "country",
      type: "string",
      pattern: "[A-Z]{2}",
      value: ({ organisation: o }) => o.country,
    },
    {
      name: "type",
      type: "string",
      required: true,
      enum: Object.keys(ORGANISATION_TYPES),
      value: ({ organisation: o }) => o.type,
    },
    {
      name: "parent",
      type: "string",
      pattern: "[a-z0-9]+(-[a-z0-9]+)*",
      value: ({ organisation: o }) => o.parent,
    },
    {
      name: "identifiers",
      type: "string",
      list: true,
      value: ({ organisation: o }) => o.identifiers.map((i) => `${i.scheme}-${i.value}`),
    },
    {
      name: "identifier_sources",
      type: "string",
      list: true,
      value: ({ organisation: o }) => o.identifiers.map((i) => i.source),
    },
    {
      name: "aliases",
      type: "string",
      list: true,
      separator: " | ",
      value: ({ organisation: o }) => o.aliases,
    },
  ],
};

/** The rows of every table, from the projects (newest first, as on the site). */
export function buildRows(projects: readonly Project[], asOf: Date, translations: (id: string) => ProjectRow["translations"] = () => undefined) {
  const statedBy = (p: Project, position: number) =>
    Object.entries(p.figureSources)
      .filter(([, list]) => list.includes(position))
      .map(([key]) => key);
  return {
    projects: projects.map((project): ProjectRow => ({ project, asOf, translations: translations(project.id) })),
    results: projects.flatMap((p) => [
      ...p.results.map((e): CountRow => ({
        projectId: p.id,
        indicator: e.indicator,
        kind: "result",
        value: e.count,
        sources: p.figureSources[`results.${e.indicator}`] ?? [],
      })),
      ...p.targets.map((e): CountRow => ({
        projectId: p.id,
        indicator: e.indicator,
        kind: "target",
        value: e.count,
        sources: p.figureSources[`targets.${e.indicator}`] ?? [],
      })),
    ]),
    sources: projects.flatMap((p) =>
      p.sources.map((s, i): SourceRow => ({
        projectId: p.id,
        position: i + 1,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        states: statedBy(p, i + 1),
      })),
    ),
    conflicts: projects.flatMap((p) => p.conflicts.map((text, i): ConflictRow => ({ projectId: p.id, position: i + 1, text }))),
    allowances: projects.flatMap((p) =>
      p.allowances.map((a, i): AllowanceRow => ({
        projectId: p.id,
        position: i + 1,
        kind: a.kind,
        amount: a.amount,
        amountMin: a.amount_min,
        amountMax: a.amount_max,
        currency: a.currency,
        per: a.per,
        sources: p.figureSources[`allowances.${i + 1}`] ?? [],
      })),
    ),
  };
}

/** A cell for CSV: lists joined with '; '. */
export function csvCell<Row>(column: Column<Row>, row: Row): Cell {
  const value = column.value(row);
  return Array.isArray(value) ? (value.length ? value.join(column.separator ?? "; ") : undefined) : (value as Cell);
}

/** A value for JSON: lists as arrays, missing as null. */
export function jsonValue<Row>(column: Column<Row>, row: Row): unknown {
  const value = column.value(row);
  if (Array.isArray(value)) return value;
  return value === undefined ? null : value;
}

/** The table with the values of its `enumFrom` columns filled in from the reference data, in its order. */
export function withReferenceEnums<Row>(table: Table<Row>, reference: { funds: readonly string[] }): Table<Row> {
  return { ...table, columns: table.columns.map((column) => (column.enumFrom ? { ...column, enum: reference[column.enumFrom] } : column)) };
}
