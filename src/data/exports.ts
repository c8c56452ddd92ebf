/**
 * Every published data file, built once per build from the records and data/. Output is
 * byte-identical for the same input: no build time anywhere; the only date is the latest
 * `checked` date of the records.
 */
import { fundLabel as presentFundLabel } from "../lib/present/names.ts";
import { createHash } from "node:crypto";
import { formatCsv } from "../lib/export/csv.ts";
import { buildDataPackage, type PublishedFile } from "../lib/export/datapackage.ts";
import { allowancesTable, buildRows, conflictsTable, csvCell, jsonValue, organisationsTable, projectsTable as projectsColumns, resultsTable, sourcesTable, withReferenceEnums, TRANSLATION_LANGUAGES, type ProjectRow, type Table, type TranslationCells } from "../lib/export/tables.ts";
import { firstDay } from "../lib/dates.ts";
import type { Project } from "../lib/derive.ts";
import { buildIati, type IatiFile } from "../lib/export/iati.ts";
import { listOfOperationsTable as operationsColumns, type OperationRow } from "../lib/export/list-of-operations.ts";
import { getProjects } from "./projects.ts";
import { iatiOrganisationRef } from "../lib/organisations.ts";
import { funds, indicators, organisationIndex, organisations } from "./reference.ts";
import { getTranslation } from "./translations.ts";
import { useLocalization } from "../i18n/index.ts";
import { DEFAULT_LOCALE, LOCALE_CODES } from "../i18n/locales.ts";

/** A strings key in every language, for the files that hold them all (IATI). */
const inEveryLanguage = (key: string, values?: Readonly<Record<string, string | number>>) =>
  ({ ...Object.fromEntries(LOCALE_CODES.map((lang) => [lang, useLocalization(lang).t(key, values)])), en: useLocalization(DEFAULT_LOCALE).t(key, values) }) as { en: string };

/** The site's address, from `site` in astro.config.mjs, with a trailing slash. */
// Columns whose values are the ids of a reference dataset take them from data/, in its order.
const enums = { funds: funds.map((fund) => fund.id) };
const projectsTable = withReferenceEnums(projectsColumns, enums);
const listOfOperationsTable = withReferenceEnums(operationsColumns, enums);

export const SITE_URL = new URL("/", import.meta.env.SITE).href;
/**
 * The IATI reporting organisation. The site is not (yet) a registered IATI publisher and has
 * no organisation identifier, so the reference is the site's host name: replace it with the
 * identifier IATI assigns before registering the file with the IATI Registry.
 */
export const IATI_REPORTING_ORG = { ref: new URL(SITE_URL).host, name: "EU Return and Reintegration Projects (transparency site)" };
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

/** A fund's English name with its programming period, as the list of operations and IATI give it. */
/** The fund's English label for the files (the same rule as the pages: `fundLabel` of lib/present). */
export function fundLabel(id: string | undefined): string | undefined {
  const fund = funds.find((f) => f.id === id);
  return fund && presentFundLabel(fund, "en");
}

const pageUrl = (id: string) => `${SITE_URL}projects/${id}/`;

let cache: Promise<DataFile[]> | undefined;
let iatiCache: Promise<IatiFile> | undefined;

/** The IATI file, with the records it leaves out and why. */
export function getIati(): Promise<IatiFile> {
  iatiCache ??= buildIatiFile();
  return iatiCache;
}

async function buildIatiFile(): Promise<IatiFile> {
  const projects = (await getProjects()).map((item) => item.project);
  const translations = new Map<string, Record<string, { title: string; summary: string }>>();
  for (const p of projects) {
    for (const lang of LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE)) {
      const entry = await getTranslation(lang, p.id);
      if (entry) translations.set(p.id, { ...translations.get(p.id), [lang]: { title: entry.data.title, summary: entry.data.summary } });
    }
  }
  return buildIati(projects, {
    reportingOrgRef: IATI_REPORTING_ORG.ref,
    reportingOrgName: IATI_REPORTING_ORG.name,
    asOf: latestChecked(projects),
    pageUrl,
    translations: (id) => translations.get(id) ?? {},
    text: inEveryLanguage,
    fundName: fundLabel,
    organisation: (id) => {
      const organisation = organisationIndex.byId.get(id);
      return organisation && { ref: iatiOrganisationRef(id, organisationIndex), type: organisation.type, name: organisation.name.en! };
    },
    indicators: indicators.map((i) => ({ id: i.id, label: { ...i.label, en: i.label.en! }, definition: { ...i.definition, en: i.definition.en! }, summable: i.summable })),
  });
}

/** All files under /data/, in the order the downloads page lists them. */
export function getDataFiles(): Promise<DataFile[]> {
  cache ??= build();
  return cache;
}

async function build(): Promise<DataFile[]> {
  const projects = (await getProjects()).map((item) => item.project);
  const asOf = latestChecked(projects);
  const day = asOf.toISOString().slice(0, 10);
  const translations = new Map<string, NonNullable<ProjectRow["translations"]>>();
  for (const p of projects) {
    const row: Record<string, TranslationCells> = {};
    for (const lang of TRANSLATION_LANGUAGES) {
      const entry = await getTranslation(lang, p.id);
      if (!entry) continue;
      const info = entry.data.translation;
      row[lang] = { title: entry.data.title, method: info.method, review: info.review, reviewedBy: info.reviewed_by, reviewedOn: info.reviewed_on };
    }
    translations.set(p.id, row);
  }
  const rows = buildRows(projects, asOf, (id) => translations.get(id));
  const operations = projects.map((project): OperationRow => ({ project, fundName: fundLabel(project.fund), pageUrl: pageUrl(project.id) }));
  const iati = await getIati();
  const organisationRows = organisations.map((organisation) => ({ organisation }));
  const tables = [
    describe("projects.csv", csvOf(projectsTable, rows.projects), "text/csv", rows.projects.length, projectsTable as Table<never>),
    describe("results.csv", csvOf(resultsTable, rows.results), "text/csv", rows.results.length, resultsTable as Table<never>),
    describe("sources.csv", csvOf(sourcesTable, rows.sources), "text/csv", rows.sources.length, sourcesTable as Table<never>),
    describe("allowances.csv", csvOf(allowancesTable, rows.allowances), "text/csv", rows.allowances.length, allowancesTable as Table<never>),
    describe("conflicts.csv", csvOf(conflictsTable, rows.conflicts), "text/csv", rows.conflicts.length, conflictsTable as Table<never>),
    describe("list-of-operations.csv", csvOf(listOfOperationsTable, operations), "text/csv", operations.length, listOfOperationsTable as Table<never>),
    describe("organisations.csv", csvOf(organisationsTable, organisationRows), "text/csv", organisationRows.length, organisationsTable as Table<never>),
  ];
  const projectsJson = describe("projects.json", `${JSON.stringify(
    rows.projects.map((row) => Object.fromEntries(projectsTable.columns.map((c) => [c.name, jsonValue(c, row)]))),
    null,
    2,
  )}\n`, "application/json", rows.projects.length);
  const iatiFile = describe("iati-activities.xml", iati.xml, "application/xml", iati.included.length);
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
    [
      { name: "projects-json", title: "Projects (JSON)", description: "The rows of projects.csv as JSON objects: lists as arrays, missing values as null.", format: "json", mediatype: "application/json", file: projectsJson },
      { name: "iati-activities", title: "IATI 2.03 activities", description: `The ${iati.included.length} records that IATI can hold as IATI 2.03 activities; the ${iati.excluded.length} others have no date or no settled status, and are named in a comment at the top of the file and on the downloads page.`, format: "xml", mediatype: "application/xml", file: iatiFile },
    ],
    (key, values) => useLocalization(DEFAULT_LOCALE).t(key, values),
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
    projectsJson,
    iatiFile,
    describe("datapackage.json", `${JSON.stringify(datapackage, null, 2)}\n`, "application/json"),
    describe("CITATION.cff", citation, "text/plain"),
  ];
  const sums = files.map((f) => `${f.sha256}  ${f.path}`).join("\n") + "\n";
  return [...files, describe("SHA256SUMS", sums, "text/plain")];
}
