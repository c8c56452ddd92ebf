/**
 * The EU "list of operations" layout: the data points of Article 49(3) of the Common
 * Provisions Regulation (EU) 2021/1060, one row per record, with the point each column answers.
 *
 * Points (b) (a beneficiary who is a natural person) and (c) (EMFAF fishing vessels) never
 * apply to these projects, and (m) and (n) (beneficiary location, type of intervention) are
 * not reported by any source, so they have no column; the data dictionary says so.
 */
import { formatIsoPrecisionDate } from "../dates.ts";
import type { Project } from "../derive.ts";
import { amount, countOf, DATE_PATTERN, iso, PRECISIONS, type Column, type Table } from "./tables.ts";

export interface OperationRow {
  project: Project;
  /** The fund's English name and period, from data/funds.json. */
  fundName?: string | undefined;
  /** Address of the record's page. */
  pageUrl: string;
}

export const listOfOperationsTable: Table<OperationRow> = {
  name: "list-of-operations",
  primaryKey: ["record_id"],
  foreignKeys: [{ fields: ["record_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "record_id",
      type: "string",
      required: true,
      unique: true,
      value: (r) => r.project.id,
    },
    {
      name: "operation_code",
      type: "string",
      value: (r) => r.project.reference,
    },
    {
      name: "beneficiary_name",
      type: "string",
      required: true,
      value: (r) => r.project.managingEntity,
    },
    {
      name: "operation_name",
      type: "string",
      required: true,
      value: (r) => r.project.title,
    },
    {
      name: "purpose_and_achievements",
      type: "string",
      required: true,
      value: (r) => r.project.summary,
    },
    {
      name: "start_date",
      type: "string",
      pattern: DATE_PATTERN,
      value: (r) => iso(r.project.start),
    },
    {
      name: "start_date_precision",
      type: "string",
      enum: PRECISIONS,
      value: (r) => r.project.start?.precision,
    },
    {
      name: "end_date",
      type: "string",
      pattern: DATE_PATTERN,
      value: (r) => iso(r.project.end),
    },
    {
      name: "end_date_precision",
      type: "string",
      enum: PRECISIONS,
      value: (r) => r.project.end?.precision,
    },
    {
      name: "total_cost",
      type: "number",
      minimum: 0,
      value: (r) => amount(r.project.budget.total?.cents),
    },
    {
      name: "currency",
      type: "string",
      pattern: "[A-Z]{3}",
      value: (r) => r.project.budget.currency,
    },
    {
      name: "fund",
      type: "string",
      value: (r) => r.fundName,
    },
    {
      name: "fund_id",
      type: "string",
      enumFrom: "funds",
      value: (r) => r.project.fund,
    },
    {
      name: "specific_objective",
      type: "string",
      value: (r) => r.project.fundDetail,
    },
    {
      name: "eu_cofinancing_rate_pct",
      type: "number",
      minimum: 0,
      maximum: 100,
      value: (r) => r.project.budget.euSharePct?.value,
    },
    {
      name: "eu_cofinancing_rate_basis",
      type: "string",
      enum: ["stated", "calculated"],
      value: (r) => r.project.budget.euSharePct?.basis,
    },
    {
      name: "eu_contribution",
      type: "number",
      minimum: 0,
      value: (r) => amount(r.project.budget.euAmount?.value.cents),
    },
    {
      name: "eu_contribution_basis",
      type: "string",
      enum: ["stated", "calculated"],
      value: (r) => r.project.budget.euAmount?.basis,
    },
    {
      name: "funding_awarded",
      type: "number",
      minimum: 0,
      value: (r) => amount(r.project.budget.awarded?.cents),
    },
    {
      name: "country",
      type: "string",
      required: true,
      pattern: "[A-Z]{2}",
      value: (r) => r.project.memberState,
    },
    {
      name: "returned",
      type: "integer",
      minimum: 0,
      value: (r) => countOf(r.project.results, "returned"),
    },
    {
      name: "reintegration_assisted",
      type: "integer",
      minimum: 0,
      value: (r) => countOf(r.project.results, "reintegration_assisted"),
    },
    {
      name: "counselled",
      type: "integer",
      minimum: 0,
      value: (r) => countOf(r.project.results, "counselled"),
    },
    {
      name: "source_url",
      type: "string",
      required: true,
      format: "uri",
      pattern: "https?://\\S+",
      value: (r) => r.project.sources[0]!.url,
    },
    {
      name: "record_url",
      type: "string",
      required: true,
      format: "uri",
      pattern: "https?://\\S+",
      value: (r) => r.pageUrl,
    },
    {
      name: "last_updated",
      type: "date",
      required: true,
      value: (r) => formatIsoPrecisionDate(r.project.checked),
    },
  ] satisfies Column<OperationRow>[],
};
