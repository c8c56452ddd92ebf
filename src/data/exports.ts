/**
 * Every published data file, built once per build from the records and data/. Output is
 * byte-identical for the same input: no build time anywhere; the only date is the latest
 * `checked` date of the records.
 */
import { createHash } from "node:crypto";
import { formatCsv } from "../lib/export/csv.ts";
import { buildDataPackage, type PublishedFile } from "../lib/export/datapackage.ts";
import { allowancesTable, buildRows, csvCell, jsonValue, projectsTable, resultsTable, sourcesTable, type Table } from "../lib/export/tables.ts";
import { firstDay } from "../lib/dates.ts";
import type { Project } from "../lib/derive.ts";
import { getProjects } from "./projects.ts";

export const SITE_URL = "https://avrr-transparency.eu/";
export const DATA_VERSION = "1.0.0";
export const LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 International",
};

export interface DataFile extends PublishedFile {
  content: string;
  mediatype: string;
  /** The table it holds, if it is one of the CSV tables. */
  table?: Table<never>;
}

function describe(path: string, content: string, mediatype: string, rows?: number, table?: Table<never>): DataFile {
  return {
    path,
    content,
    mediatype,
    bytes: Buffer.byteLength(content, "utf8"),
    sha256: createHash("sha256").update(content, "utf8").digest("hex"),
    ...(rows !== undefined ? { rows } : {}),
    ...(table ? { table } : {}),
  };
}

function csvOf<Row>(table: Table<Row>, rows: readonly Row[]): string {
  return formatCsv(table.columns.map((c) => c.name), rows.map((row) => table.columns.map((c) => csvCell(c, row))));
}

/** The latest `checked` date of all records: the data's "as of" day. */
export function latestChecked(projects: readonly Project[]): Date {
  const day = Math.max(...projects.map((p) => firstDay(p.checked)));
  return new Date(day * 86_400_000);
}

let cache: Promise<DataFile[]> | undefined;

/** All files under /data/, in the order the downloads page lists them. */
export function getDataFiles(): Promise<DataFile[]> {
  cache ??= build();
  return cache;
}

async function build(): Promise<DataFile[]> {
  const projects = (await getProjects()).map((item) => item.project);
  const asOf = latestChecked(projects);
  const day = asOf.toISOString().slice(0, 10);
  const rows = buildRows(projects, asOf);
  const tables = [
    describe("projects.csv", csvOf(projectsTable, rows.projects), "text/csv", rows.projects.length, projectsTable as Table<never>),
    describe("results.csv", csvOf(resultsTable, rows.results), "text/csv", rows.results.length, resultsTable as Table<never>),
    describe("sources.csv", csvOf(sourcesTable, rows.sources), "text/csv", rows.sources.length, sourcesTable as Table<never>),
    describe("allowances.csv", csvOf(allowancesTable, rows.allowances), "text/csv", rows.allowances.length, allowancesTable as Table<never>),
  ];
  const projectsJson = `${JSON.stringify(
    rows.projects.map((row) => Object.fromEntries(projectsTable.columns.map((c) => [c.name, jsonValue(c, row)]))),
    null,
    2,
  )}\n`;
  const datapackage = buildDataPackage(
    {
      name: "eu-avrr-projects",
      title: "EU-co-funded assisted voluntary return and reintegration projects",
      description: "Project records of EU-co-funded assisted voluntary return and reintegration (AVRR) projects, each figure as stated by a cited public source, with figures the site derives in separate columns. Amounts are in their original currency and must never be added across currencies.",
      version: DATA_VERSION,
      created: `${day}T00:00:00Z`,
      homepage: SITE_URL,
      license: LICENSE,
    },
    tables.map((file) => ({ table: file.table!, file })),
  );
  const citation = [
    "cff-version: 1.2.0",
    'message: "If you use these data, please cite them as below, and credit the original sources listed in sources.csv."',
    'type: dataset',
    'title: "EU-co-funded assisted voluntary return and reintegration projects"',
    `version: "${DATA_VERSION}"`,
    `date-released: "${day}"`,
    `license: ${LICENSE.name}`,
    `url: "${SITE_URL}data/"`,
    "authors:",
    '  - name: "EU Return and Reintegration Projects (editors)"',
    "",
  ].join("\n");
  const files = [
    ...tables,
    describe("projects.json", projectsJson, "application/json", rows.projects.length),
    describe("datapackage.json", `${JSON.stringify(datapackage, null, 2)}\n`, "application/json"),
    describe("CITATION.cff", citation, "text/plain"),
  ];
  const sums = files.map((f) => `${f.sha256}  ${f.path}`).join("\n") + "\n";
  return [...files, describe("SHA256SUMS", sums, "text/plain")];
}
