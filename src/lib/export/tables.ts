/**
 * The published tables, defined once: each column's name, type and constraints. The same
 * definitions write the CSV and JSON files, the Table Schemas of the Data Package and the data
 * dictionary on the downloads page. What a table and each column mean is interface text, in
 * every language: `dictionary.<table>.table.title`, `dictionary.<table>.table.description` and
 * `dictionary.<table>.column.<column>` in src/i18n/<lang>.json (`dictionaryKey`).
 */
import { formatIsoPrecisionDate, type PrecisionDate } from "../dates.ts";
import { deriveStatus, STATUSES, type Project } from "../derive.ts";
import { CONFIDENCE_LEVELS } from "../schema/source.ts";
import { centsToUnits } from "../money.ts";
import type { Cell } from "./csv.ts";
import { ORGANISATION_TYPES } from "../organisations.ts";
import type { Organisation } from "../schema/reference-data.ts";

export type FieldType = "string" | "integer" | "number" | "boolean";
export interface Column<Row> {
  name: string;
  type: FieldType;
  /** True for a list, written `a; b` in CSV and as an array in JSON. */
  list?: boolean;
  /** What separates a list's items in CSV, where its items may hold "; " themselves (default "; "). */
  separator?: string;
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  /** The column's values are the ids of a reference dataset (`funds`: data/funds.json), filled in by `withReferenceEnums`. */
  enumFrom?: "funds";
  pattern?: string;
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

/** The strings key of a table's title or description, or of a column's meaning. */
export function dictionaryKey(table: { name: string }, what: "title" | "description" | { name: string }): string {
  return typeof what === "string" ? `dictionary.${table.name}.table.${what}` : `dictionary.${table.name}.column.${what.name}`;
}

/** Column helpers shared by every published table. */
export const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
export const PRECISIONS = ["year", "month", "day"] as const;
/** Cents as an amount in currency units, for a cell. */
export const amount = (cents: number | undefined) => (cents === undefined ? undefined : centsToUnits(cents));
/** A date at its precision, for a cell. */
export const iso = (date: PrecisionDate | undefined) => (date ? formatIsoPrecisionDate(date) : undefined);
/** A reported count of one indicator, for a cell. */
export const countOf = (list: Project["results"], indicator: string) => list.find((e) => e.indicator === indicator)?.count;

/** A project with the day its status is stated for (the latest `checked` date of all records). */
export interface ProjectRow {
  project: Project;
  asOf: Date;
}

const INDICATORS = ["returned", "reintegration_assisted", "counselled"] as const;

export const projectsTable: Table<ProjectRow> = {
  name: "projects",
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["managing_entity_id"], resource: "organisations", referenceFields: ["id"] }],
  columns: [
    {
      name: "id",
      type: "string",
      required: true,
      unique: true,
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
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
      pattern: "^[A-Z]{2}$",
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
      pattern: "^[A-Z]{2}$",
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
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
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
      pattern: "^[A-Z]{3}$",
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
      type: "string",
      required: true,
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      value: ({ project }) => formatIsoPrecisionDate(project.checked),
    },
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
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      value: ({ asOf }) => asOf.toISOString().slice(0, 10),
    },
  ],
};

export interface CountRow {
  projectId: string;
  indicator: string;
  kind: "result" | "target";
  value: number;
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
  ],
};

export interface SourceRow {
  projectId: string;
  position: number;
  url: string;
  title: string;
  publisher: string;
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
      pattern: "^https?://",
      value: (r) => r.url,
    },
    {
      name: "title",
      type: "string",
      required: true,
      value: (r) => r.title,
    },
    { name: "publisher", type: "string", required: true, value: (r) => r.publisher },
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
      pattern: "^[A-Z]{3}$",
      value: (r) => r.currency,
    },
    {
      name: "per",
      type: "string",
      required: true,
      enum: ["person", "adult", "child", "household"],
      value: (r) => r.per,
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
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
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
      pattern: "^[A-Z]{2}$",
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
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
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
export function buildRows(projects: readonly Project[], asOf: Date) {
  return {
    projects: projects.map((project) => ({ project, asOf })),
    results: projects.flatMap((p) => [
      ...p.results.map((e): CountRow => ({ projectId: p.id, indicator: e.indicator, kind: "result", value: e.count })),
      ...p.targets.map((e): CountRow => ({ projectId: p.id, indicator: e.indicator, kind: "target", value: e.count })),
    ]),
    sources: projects.flatMap((p) =>
      p.sources.map((s, i): SourceRow => ({ projectId: p.id, position: i + 1, url: s.url, title: s.title, publisher: s.publisher })),
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
