/**
 * Every published data file, built once per build from the records and data/. Output is
 * byte-identical for the same input: no build time anywhere; the only date is the latest
 * `checked` date of the records.
 */
import { fundLabel as presentFundLabel } from "../lib/present/names.ts";
import { createHash } from "node:crypto";
import { formatCsv } from "../lib/export/csv.ts";
import { buildDataPackage, type PublishedFile } from "../lib/export/datapackage.ts";
import { allowancesTable, buildRows, conflictsTable, csvCell, dictionaryEntry, jsonValue, organisationsTable, projectsTableFor, resultsTable, sourcesTable, withReferenceEnums, type ProjectRow, type Table, type TranslationCells } from "../lib/export/tables.ts";
import { statusDay, type Project } from "../lib/derive.ts";
import { buildIati, type IatiFile } from "../lib/export/iati.ts";
import { listOfOperationsTable as operationsColumns, type OperationRow } from "../lib/export/list-of-operations.ts";
import { buildWorkbook, type WorkbookTable } from "../lib/export/xlsx.ts";
import { XLSX_MEDIA_TYPE } from "../lib/media-types.ts";
import { useLocalization } from "../i18n/index.ts";
import { getProjects } from "./projects.ts";
import { iatiOrganisationRef } from "../lib/organisations.ts";
import { funds, indicators, organisationIndex, organisations } from "./reference.ts";
import { getTranslation } from "./translations.ts";
import { DEFAULT_LOCALE, LOCALE_CODES } from "../i18n/locales.ts";

/** A strings key in every language, for the files that hold them all (IATI). */
const inEveryLanguage = (key: string, values?: Readonly<Record<string, string | number>>) =>
  ({ ...Object.fromEntries(LOCALE_CODES.map((lang) => [lang, useLocalization(lang).t(key, values)])), en: useLocalization(DEFAULT_LOCALE).t(key, values) }) as { en: string };

/** The site's address, from `site` in astro.config.mjs, with a trailing slash. */
// Columns whose values are the ids of a reference dataset take them from data/, in its order.
const enums = { funds: funds.map((fund) => fund.id) };
/** The languages records are translated into: every language of the site but English, the records' own. */
const TRANSLATION_LANGUAGES = LOCALE_CODES.filter((code) => code !== DEFAULT_LOCALE);
const projectsTable = withReferenceEnums(projectsTableFor(TRANSLATION_LANGUAGES), enums);
const listOfOperationsTable = withReferenceEnums(operationsColumns, enums);

export const SITE_URL = new URL("/", import.meta.env.SITE).href;
/**
 * The IATI reporting organisation. The site has no organisation identifier from a
 * registration agency (IATI's OrganisationRegistrationAgency codelist), so the reference is
 * the site's host name, and every activity is listed as an exception to ruleset rule 1.14.8.
 * An organisation with no registration asks IATI's Technical Team for an XI-IATI identifier:
 * once assigned, put it in `ref` and set `registered: true` (every activity identifier changes
 * with it), before registering the file with the IATI Registry.
 */
export const IATI_REPORTING_ORG = { ref: new URL(SITE_URL).host, name: "EU Return and Reintegration Projects (transparency site)", registered: false };
export const DATA_VERSION = "1.0.0";
export const LICENSE = {
  name: "CC-BY-4.0",
  path: "https://creativecommons.org/licenses/by/4.0/",
  title: "Creative Commons Attribution 4.0 International",
};

export interface DataFile extends PublishedFile {
  /** Text (UTF-8) for every file but the workbook, which is bytes. */
  content: string | Uint8Array;
  mediatype: string;
  /** The table it holds, if it is one of the CSV tables. */
  table?: Table<never>;
}

/** The workbook's file name. */
export const WORKBOOK = "eu-avrr-projects.xlsx";

function describe(path: string, content: string | Uint8Array, mediatype: string, rows?: number, table?: Table<never>): DataFile {
  return {
    path,
    content,
    mediatype,
    bytes: typeof content === "string" ? Buffer.byteLength(content, "utf8") : content.byteLength,
    sha256: createHash("sha256").update(content).digest("hex"),
    ...(rows !== undefined ? { rows } : {}),
    ...(table ? { table } : {}),
  };
}

/** A CSV table file, and the same cells as a workbook sheet. */
function tableEntry<Row>(path: string, table: Table<Row>, rows: readonly Row[]): { file: DataFile; sheet: WorkbookTable } {
  const cells = rows.map((row) => table.columns.map((c) => csvCell(c, row)));
  return {
    file: describe(path, formatCsv(table.columns.map((c) => c.name), cells), "text/csv", rows.length, table as Table<never>),
    sheet: { name: table.name, columns: table.columns, rows: cells },
  };
}

/** The latest `checked` date of all records: the data's "as of" day (`statusDay`, as the pages state it). */
export function latestChecked(projects: readonly Project[]): Date {
  return statusDay(projects.map((p) => p.checked));
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
    reportingOrgRegistered: IATI_REPORTING_ORG.registered,
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

/** The workbook of the CSV tables, with the licence, the citation and the data dictionary on its "about" sheet. */
async function workbookOf(entries: readonly { file: DataFile; sheet: WorkbookTable }[], projectCount: number, day: string): Promise<Uint8Array> {
  const l = useLocalization("en");
  const tables = entries.map((e) => e.file.table!);
  return buildWorkbook(
    entries.map((e) => e.sheet),
    {
      lines: [
        "EU-co-funded assisted voluntary return and reintegration projects",
        `Version ${DATA_VERSION}, data as of ${day}: ${projectCount} project records. ${SITE_URL}data/`,
        l.t("data.licence", { licence: `${LICENSE.title} (${LICENSE.name}, ${LICENSE.path})` }),
        l.t("data.citation", { year: day.slice(0, 4), version: DATA_VERSION, url: `${SITE_URL}data/` }),
        l.t("data.rule.currency"),
        l.t("data.rule.missing"),
        l.t("data.rule.targets"),
        l.t("data.rule.derived"),
        l.t("data.workbook.text"),
        l.t("data.workbook.sheets"),
      ],
      dictionary: tables.flatMap((table: Table<never>) => table.columns.map((c) => ({ table: table.name, column: c.name, type: c.list ? `${c.type} ${l.t("data.list")}` : c.type, meaning: l.t(dictionaryEntry(table, c).key, dictionaryEntry(table, c).values) }))),
    },
    new Date(`${day}T00:00:00Z`),
  );
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
  const organisationRows = organisations.map((organisation) => ({ organisation }));
  const entries = [
    tableEntry("projects.csv", projectsTable, rows.projects),
    tableEntry("results.csv", resultsTable, rows.results),
    tableEntry("sources.csv", sourcesTable, rows.sources),
    tableEntry("allowances.csv", allowancesTable, rows.allowances),
    tableEntry("conflicts.csv", conflictsTable, rows.conflicts),
    tableEntry("list-of-operations.csv", listOfOperationsTable, operations),
    tableEntry("organisations.csv", organisationsTable, organisationRows),
  ];
  const tables = entries.map((e) => e.file);
  // The workbook's archive is compressed in worker threads (src/lib/export/xlsx.ts) while the IATI file is written here.
  const workbookBytes = workbookOf(entries, rows.projects.length, day);
  const iati = await getIati();
  const workbook = describe(WORKBOOK, await workbookBytes, XLSX_MEDIA_TYPE);
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
      {
        name: "workbook",
        title: "All tables (Excel workbook)",
        description: `The ${tables.length} tables as one Excel workbook, a sheet per table with the same columns and rows as its CSV file, and a sheet "about" with the licence, the citation and the data dictionary.`,
        format: "xlsx",
        mediatype: XLSX_MEDIA_TYPE,
        file: workbook,
      },
      { name: "iati-activities", title: "IATI 2.03 activities", description: `The ${iati.included.length} records that IATI can hold as IATI 2.03 activities; the ${iati.excluded.length} others have no start date or no settled status, and are named in a comment at the top of the file and on the downloads page, with what remains against the IATI Standard ruleset and why.`, format: "xml", mediatype: "application/xml", file: iatiFile },
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
    workbook,
    iatiFile,
    describe("datapackage.json", `${JSON.stringify(datapackage, null, 2)}\n`, "application/json"),
    describe("CITATION.cff", citation, "text/plain"),
  ];
  const sums = files.map((f) => `${f.sha256}  ${f.path}`).join("\n") + "\n";
  return [...files, describe("SHA256SUMS", sums, "text/plain")];
}
