/**
 * Reads the record files and reference datasets from disk for validation. Build-time
 * only (node:fs); the checks themselves are pure functions in src/lib/records.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, extname, basename } from "node:path";
import yaml from "js-yaml";
import { parseReferenceData, type RawReferenceData, type ReferenceData } from "../lib/reference-data.ts";
import { indexPublishers } from "../lib/publishers.ts";
import { publishersSchema, type Publisher } from "../lib/schema/reference-data.ts";
import { indexOrganisations } from "../lib/organisations.ts";
import {
  checkOrganisationNames,
  formatIssue,
  validateRecords,
  validateTranslations,
  type RecordInput,
  type TranslationInput,
  type ValidationIssue,
} from "../lib/records/validate.ts";
import { didYouMean } from "../lib/records/suggest.ts";
import type { ProjectData } from "../lib/schema/project.ts";
import type { TranslationData } from "../lib/schema/translation.ts";

const FRONTMATTER = /^\uFEFF?---\r?\n([\s\S]*?\r?\n)?---(?:\r?\n|$)/;

/**
 * Splits a record file into frontmatter and body. YAML is read with the core schema, so
 * that an unquoted `2011-02-30` stays text and is caught, instead of rolling over to
 * 2 March as a JavaScript Date would.
 */
export function readRecordFile(path: string, displayPath: string): RecordInput {
  const text = readFileSync(path, "utf8");
  const id = basename(path, extname(path));
  const match = FRONTMATTER.exec(text);
  if (!match) {
    return { file: displayPath, id, frontmatter: undefined, frontmatterError: "the file does not start with a --- frontmatter block", body: text };
  }
  const body = text.slice(match[0].length);
  const bodyLine = match[0].split("\n").length;
  try {
    return { file: displayPath, id, frontmatter: yaml.load(match[1] ?? "", { schema: yaml.CORE_SCHEMA, filename: displayPath }), body, bodyLine };
  } catch (error) {
    return { file: displayPath, id, frontmatter: undefined, frontmatterError: (error as Error).message.split("\n")[0] ?? "unreadable", body, bodyLine };
  }
}

/** Reads data/*.json and checks them (src/lib/reference-data.ts); throws with every problem. */
export function readReferenceData(dataDir: string): ReferenceData {
  const read = (name: keyof RawReferenceData) => JSON.parse(readFileSync(join(dataDir, name), "utf8")) as unknown;
  return parseReferenceData({
    "funds.json": read("funds.json"),
    "indicators.json": read("indicators.json"),
    "elements.json": read("elements.json"),
    "return-statistics.json": read("return-statistics.json"),
    "changelog.json": read("changelog.json"),
    "publishers.json": read("publishers.json"),
    "organisations.json": read("organisations.json"),
  });
}

/**
 * Reads every file in the records folder. Anything that is not a `.md`/`.mdx` record (a
 * sub-folder, `foo.markdown`) is reported rather than silently skipped.
 */
export function readRecordFolder(recordsDir: string, rootDir: string): { inputs: RecordInput[]; issues: ValidationIssue[] } {
  const inputs: RecordInput[] = [];
  const issues: ValidationIssue[] = [];
  for (const name of readdirSync(recordsDir).sort()) {
    if (name.startsWith(".")) continue;
    const path = join(recordsDir, name);
    const displayPath = relative(rootDir, path).split("\\").join("/");
    if (statSync(path).isDirectory()) {
      issues.push({ file: displayPath, field: "file", found: "a folder", rule: "is not a record: records are .md files directly in the records folder" });
    } else if (extname(name) !== ".md") {
      // Records stay on Astro's default Markdown processor (much faster at scale than MDX).
      issues.push({ file: displayPath, field: "file", found: JSON.stringify(extname(name) || name), rule: "is not a record extension: records are .md files" });
    } else {
      inputs.push(readRecordFile(path, displayPath));
    }
  }
  return { inputs, issues };
}

/**
 * Reads `<translationsDir>/<lang>/<id>.md`. Stray files and folders are reported, not skipped.
 */
export function readTranslationFolder(translationsDir: string, rootDir: string): { inputs: TranslationInput[]; issues: ValidationIssue[] } {
  const inputs: TranslationInput[] = [];
  const issues: ValidationIssue[] = [];
  if (!existsSync(translationsDir)) return { inputs, issues };
  for (const lang of readdirSync(translationsDir).sort()) {
    if (lang.startsWith(".")) continue;
    const dir = join(translationsDir, lang);
    const displayDir = relative(rootDir, dir).split("\\").join("/");
    if (!statSync(dir).isDirectory()) {
      issues.push({ file: displayDir, field: "file", found: "a file", rule: "is not a language folder: translations live in <translations>/<lang>/<id>.md" });
      continue;
    }
    const folder = readRecordFolder(dir, rootDir);
    issues.push(...folder.issues);
    inputs.push(...folder.inputs.map((input) => ({ ...input, lang })));
  }
  return { inputs, issues };
}

export interface CheckOptions {
  recordsDir: string;
  translationsDir: string;
  dataDir: string;
  rootDir: string;
  /** Languages that take translations, with their two body headings. */
  headings: Readonly<Record<string, readonly [string, string]>>;
  today?: string | undefined;
  /**
   * The publishers table the records' sources are checked against, if not data/publishers.json:
   * the tests and the benchmark check synthetic records, whose sources are on example domains,
   * against a fixture table. The site's own table is validated either way.
   */
  publishersFile?: string | undefined;
  /** Where the publications are (`<lang>/<slug>.mdx`); their areas are checked against data/elements.json. Default: none checked. */
  publicationsDir?: string | undefined;
}

/**
 * The areas each publication names must be areas of data/elements.json: checked here with the
 * records, so that a wrong id is listed with every other problem instead of failing one page.
 */
export function publicationAreaIssues(publicationsDir: string, rootDir: string, areaIds: readonly string[]): ValidationIssue[] {
  const known = new Set(areaIds);
  const issues: ValidationIssue[] = [];
  if (!existsSync(publicationsDir)) return issues;
  for (const lang of readdirSync(publicationsDir).sort()) {
    const dir = join(publicationsDir, lang);
    if (!statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir).sort()) {
      if (extname(name) !== ".mdx") continue;
      const path = join(dir, name);
      const input = readRecordFile(path, relative(rootDir, path).split("\\").join("/"));
      const areas = (input.frontmatter as { areas?: unknown } | undefined)?.areas;
      if (!Array.isArray(areas)) continue;
      areas.forEach((id, index) => {
        if (typeof id === "string" && !known.has(id)) {
          issues.push({
            file: input.file,
            field: `areas[${index}]`,
            found: JSON.stringify(id),
            rule: `is not an area id in data/elements.json${didYouMean(id, [...known])}`,
          });
        }
      });
    }
  }
  return issues;
}

export interface CheckedContent {
  /** Every problem in every record and translation, one formatted line each. */
  problems: string[];
  /**
   * What does not stop the build but a person should look at, one formatted line each: an
   * organisation named in free text that matches no organisation, or several.
   */
  warnings: string[];
  /** The records that passed their schema, as read from disk once, with the schema's output. */
  records: CheckedEntry<ProjectData>[];
  /** Translations likewise; ids are `<lang>/<record id>`. */
  translations: CheckedEntry<TranslationData>[];
}

export interface CheckedEntry<T> {
  id: string;
  /** Path of the file, relative to the project root. */
  filePath: string;
  data: T;
  body: string;
}

/**
 * Reads and validates all records and translations, once. The content layer stores what
 * this returns (see `record-loader.ts`), so no record is parsed twice.
 */
export function checkContent(options: CheckOptions): CheckedContent {
  const reference = readReferenceData(options.dataDir);
  const publishers = options.publishersFile ? readPublishersFile(options.publishersFile, options.rootDir) : reference.publishers;
  const records = readRecordFolder(options.recordsDir, options.rootDir);
  const translations = readTranslationFolder(options.translationsDir, options.rootDir);
  const parsedRecords = new Map<string, ProjectData>();
  const parsedTranslations = new Map<string, TranslationData>();
  const issues = [
    ...records.issues,
    ...validateRecords(
      records.inputs,
      {
        fundIds: reference.funds.map((f) => f.id),
        indicatorIds: reference.indicators.map((i) => i.id),
        elementIds: reference.elements.elements.map((e) => e.id),
        today: options.today,
        publishers: indexPublishers(publishers),
      },
      parsedRecords,
    ),
    ...translations.issues,
    ...validateTranslations(
      translations.inputs,
      { recordIds: new Set(records.inputs.map((i) => i.id)), records: new Map(records.inputs.map((i) => [i.id, i.frontmatter])), headings: options.headings },
      parsedTranslations,
    ),
  ];
  const names = checkOrganisationNames(records.inputs, indexOrganisations(reference.organisations));
  issues.push(...names.errors);
  if (options.publicationsDir)
    issues.push(
      ...publicationAreaIssues(
        options.publicationsDir,
        options.rootDir,
        reference.elements.areas.map((a) => a.id),
      ),
    );
  const entries = <T>(inputs: readonly RecordInput[], parsed: ReadonlyMap<string, T>, key: (input: RecordInput) => string): CheckedEntry<T>[] =>
    inputs.flatMap((input) => {
      const data = parsed.get(key(input));
      return data === undefined ? [] : [{ id: key(input), filePath: input.file, data, body: input.body }];
    });
  return {
    problems: issues.map(formatIssue),
    warnings: names.warnings.map(formatIssue),
    records: entries(records.inputs, parsedRecords, (input) => input.id),
    translations: entries(translations.inputs, parsedTranslations, (input) => `${(input as TranslationInput).lang}/${input.id}`),
  };
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = value !== null && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined;
  return value;
}

/** A publishers table other than data/publishers.json (fixtures), checked by the same schema. */
function readPublishersFile(path: string, rootDir: string): Publisher[] {
  const raw = JSON.parse(readFileSync(path, "utf8")) as unknown;
  const result = publishersSchema.safeParse(raw);
  if (!result.success) {
    const shown = relative(rootDir, path).split("\\").join("/");
    throw new Error(
      `Publishers table is invalid:\n${result.error.issues.map((issue) => `${shown}: ${issue.path.join(".")}: ${JSON.stringify(valueAt(raw, issue.path))} ${issue.message}`).join("\n")}`,
    );
  }
  return result.data;
}

/** The two body headings of each translation language, from its strings file. */
export function readTranslationHeadings(i18nDir: string, languages: readonly string[]): Record<string, readonly [string, string]> {
  return Object.fromEntries(
    languages.map((lang) => {
      const strings = JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), "utf8")) as Record<string, string>;
      return [lang, [strings["record.description"]!, strings["record.benefits"]!] as const];
    }),
  );
}
