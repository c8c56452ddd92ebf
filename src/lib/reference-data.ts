/**
 * The reference datasets of data/, checked in one place: the build's validation (which reads
 * the files from disk) and the pages (which import them) both go through `checkReferenceData`,
 * and every problem names the file, the field, the value and the rule.
 */
import {
  changelogSchema,
  elementsSchema,
  fundsSchema,
  indicatorsSchema,
  publishersSchema,
  organisationsSchema,
  returnStatisticsSchema,
  type ChangelogEntry,
  type Elements,
  type Fund,
  type Indicator,
  type Publisher,
  type Organisation,
  type ReturnStatistics,
} from "./schema/reference-data.ts";
import { indexPublishers, statisticsAttributionIssues } from "./publishers.ts";

/** The files of data/, by name, as parsed JSON. */
export interface RawReferenceData {
  "funds.json": unknown;
  "indicators.json": unknown;
  "elements.json": unknown;
  "return-statistics.json": unknown;
  "changelog.json": unknown;
  "publishers.json": unknown;
  "organisations.json": unknown;
}

export interface ReferenceData {
  funds: Fund[];
  indicators: Indicator[];
  elements: Elements;
  returnStatistics: ReturnStatistics;
  changelog: ChangelogEntry[];
  /** data/publishers.json: who publishes each source host, and what kind of body it is. */
  publishers: Publisher[];
  /** data/organisations.json: the organisations records name, with their names, types and identifiers. */
  organisations: Organisation[];
}

/** The value at `path` in parsed JSON, for error messages. */
function valueAt(data: unknown, path: readonly PropertyKey[]): string {
  let value = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value === undefined ? "(missing)" : JSON.stringify(value);
}

type Schema<T> = { safeParse: (data: unknown) => { success: boolean; data?: T; error?: { issues: { path: PropertyKey[]; message: string }[] } } };

/** Checks every dataset; `problems` lists every problem in every file, one line each. */
export function checkReferenceData(raw: RawReferenceData): { data: ReferenceData; problems: string[] } {
  const problems: string[] = [];
  function check<T>(name: keyof RawReferenceData, schema: Schema<T>): T {
    const result = schema.safeParse(raw[name]);
    for (const issue of result.error?.issues ?? []) problems.push(`data/${name}: ${issue.path.join(".")}: ${valueAt(raw[name], issue.path)} ${issue.message}`);
    return result.data as T;
  }
  const data: ReferenceData = {
    funds: check("funds.json", fundsSchema),
    indicators: check("indicators.json", indicatorsSchema),
    elements: check("elements.json", elementsSchema),
    returnStatistics: check("return-statistics.json", returnStatisticsSchema),
    changelog: check("changelog.json", changelogSchema),
    publishers: check("publishers.json", publishersSchema),
    organisations: check("organisations.json", organisationsSchema),
  };
  // Who may be credited with a context figure is decided by the publishers table.
  if (data.returnStatistics && data.publishers) {
    for (const issue of statisticsAttributionIssues(data.returnStatistics, indexPublishers(data.publishers))) {
      problems.push(`data/return-statistics.json: ${issue.path.join(".")}: ${valueAt(raw["return-statistics.json"], issue.path)} ${issue.message}`);
    }
  }
  return { data, problems };
}

/** `checkReferenceData`, throwing with every problem when there is any. */
export function parseReferenceData(raw: RawReferenceData): ReferenceData {
  const { data, problems } = checkReferenceData(raw);
  if (problems.length) throw new Error(`Reference data is invalid:\n${problems.join("\n")}`);
  return data;
}

/** Fund ids in the order of data/funds.json: the order of every list, chart and file. */
export function fundIds(data: Pick<ReferenceData, "funds">): string[] {
  return data.funds.map((fund) => fund.id);
}
