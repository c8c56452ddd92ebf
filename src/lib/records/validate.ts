/**
 * Validation of all project records in one run. Every problem in every record is
 * reported, each as `file: field: value rule`; nothing stops at the first error.
 */
import type { z } from "astro/zod";
import { compareAtCommonPrecision, parsePrecisionDate, type PrecisionDate } from "../dates.ts";
import { isEuAmountConsistent, toCents } from "../money.ts";
import { ALLOWANCE_KEYS } from "../schema/allowance.ts";
import { BUDGET_KEYS } from "../schema/budget.ts";
import { PROJECT_KEYS, projectSchema, type ProjectData } from "../schema/project.ts";
import { RELATED_KEYS } from "../schema/related.ts";
import { SOURCE_KEYS } from "../schema/source.ts";
import { TRANSLATED_TEXT_FIELDS, TRANSLATION_KEYS, translationSchema, type TranslationData } from "../schema/translation.ts";
import { EU_CODE } from "../iso-codes.ts";
import { hostOf, lookupPublisher, PRIMARY_KINDS, type PublisherIndex } from "../publishers.ts";
import { didYouMean } from "./suggest.ts";
import { resolveOrganisation, type OrganisationIndex } from "../organisations.ts";
import { findUnsafeHtml } from "./unsafe-html.ts";
import { figureKeysOf, type FigureFields } from "../provenance.ts";

/** One record file, read but not yet checked. */
export interface RecordInput {
  /** Path as shown to people, e.g. `content/projects/it-partir-ii.md`. */
  file: string;
  /** The file name without extension. */
  id: string;
  /** Parsed frontmatter, or undefined when it could not be parsed. */
  frontmatter: unknown;
  /** Why the frontmatter could not be parsed. */
  frontmatterError?: string;
  body: string;
  /** The file line on which the body starts (1 when there is no frontmatter). */
  bodyLine?: number;
}

export interface ValidationIssue {
  file: string;
  /** Dotted path of the field, e.g. `budget.eu_share_pct`, or `id`, `body`, `frontmatter`. */
  field: string;
  /** The value found, as text (`175`, `"EURO"`, `missing`). */
  found: string;
  /** The rule, phrased to follow the value: `is not a percentage between 0 and 100`. */
  rule: string;
}

export interface ReferenceIds {
  fundIds: readonly string[];
  indicatorIds: readonly string[];
  /** Programme design element ids from data/elements.json. */
  elementIds: readonly string[];
  /** The day the build runs, `YYYY-MM-DD`; `checked` may not be later. */
  today?: string | undefined;
  /**
   * data/publishers.json, indexed: every source's host must be in it, and `confidence: high`
   * needs an official or implementer source. Without it those two checks are not run (unit
   * tests of other rules); the build always passes it.
   */
  publishers?: PublisherIndex | undefined;
}

export const REQUIRED_HEADINGS = ["Project description", "Benefits and results"] as const;

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

const REQUIRED_RULES: Record<string, string> = {
  title: "the record must have a title (1–300 characters)",
  summary: "the record must have a summary (plain text, 1–3 sentences, at most 500 characters)",
  member_state: "the record must name its member state (ISO 3166-1 alpha-2, or EU)",
  managing_entity: "the record must name the organisation that runs the project",
  sources: "the record must cite at least one source {url, title, publisher}",
  confidence: "the record must give its confidence: high, medium or low",
  checked: "the record must give the date it was last checked (YYYY-MM-DD)",
};

export function formatIssue(issue: ValidationIssue): string {
  return issue.found === "missing" ? `${issue.file}: ${issue.field}: missing: ${issue.rule}` : `${issue.file}: ${issue.field}: ${issue.found} ${issue.rule}`;
}

/** The value found, as short text: numbers plain, strings quoted, YAML dates as days. */
export function describeValue(value: unknown): string {
  if (value === undefined) return "missing";
  if (value === null) return "empty";
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "invalid date" : value.toISOString().slice(0, 10);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const json = JSON.stringify(value) ?? String(value);
  return json.length > 80 ? `${json.slice(0, 77)}...` : json;
}

function pathText(path: readonly PropertyKey[]): string {
  return path
    .map((part) => (typeof part === "number" ? `[${part}]` : String(part)))
    .join(".")
    .replace(/\.\[/g, "[");
}

function valueAt(root: unknown, path: readonly PropertyKey[]): unknown {
  let current = root;
  for (const part of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}

/** The known keys of the object at `path`, for "did you mean". */
function knownKeysAt(path: readonly PropertyKey[]): string[] {
  const names = path.filter((part) => typeof part === "string");
  const parent = names.at(-1);
  if (parent === "budget") return BUDGET_KEYS;
  if (parent === "allowances") return ALLOWANCE_KEYS;
  if (parent === "sources") return SOURCE_KEYS;
  if (parent === "related") return RELATED_KEYS;
  return PROJECT_KEYS;
}

function schemaIssues(input: RecordInput, error: z.ZodError, topKeys: readonly string[] = PROJECT_KEYS): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") {
      const known = issue.path.length === 0 ? topKeys : knownKeysAt(issue.path);
      for (const key of issue.keys) {
        issues.push({
          file: input.file,
          field: pathText([...issue.path, key]),
          found: describeValue(valueAt(input.frontmatter, [...issue.path, key])),
          rule: `is under a key the record format does not know${didYouMean(key, known)}`,
        });
      }
      continue;
    }
    const value = valueAt(input.frontmatter, issue.path);
    const field = pathText(issue.path);
    const required = issue.path.length === 1 ? REQUIRED_RULES[field] : undefined;
    issues.push({
      file: input.file,
      field: field || "frontmatter",
      found: describeValue(value),
      rule: value === undefined && required ? required : value === undefined && issue.code !== "custom" ? "is required here" : issue.message,
    });
  }
  return issues;
}

function dateOf(value: unknown): PrecisionDate | undefined {
  const result = parsePrecisionDate(value);
  return result.ok ? result.date : undefined;
}

function isAmount(value: unknown): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= 0;
}

function crossFieldIssues(input: RecordInput, data: Record<string, unknown>, refs: ReferenceIds): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const add = (field: string, value: unknown, rule: string) => issues.push({ file: input.file, field, found: describeValue(value), rule });

  // The id is the file name and the URL slug.
  const memberState =
    typeof data.member_state === "string" && projectSchema.shape.member_state.safeParse(data.member_state).success ? data.member_state : undefined;
  const coordinator = typeof data.coordinator === "string" ? data.coordinator : undefined;
  if (!ID_PATTERN.test(input.id)) {
    add("id", input.id, "is not a lowercase kebab-case id (letters, digits and single hyphens), taken from the file name");
  } else if (memberState === EU_CODE) {
    // Ids never change once published: a record first published under its coordinating
    // state (`nl-...`) and later recorded as EU-level keeps its id, so the coordinator's
    // prefix is accepted next to "eu-".
    const allowed = ["eu-", ...(coordinator ? [`${coordinator.toLowerCase()}-`] : [])];
    if (!allowed.some((prefix) => input.id.startsWith(prefix))) {
      add(
        "id",
        input.id,
        `does not start with "eu-" (an EU-level record)${coordinator ? ` or "${coordinator.toLowerCase()}-" (its coordinator's code, for an id published before the record became EU-level)` : ""}`,
      );
    }
  } else if (memberState !== undefined) {
    const prefix = `${memberState.toLowerCase()}-`;
    if (input.id.startsWith("eu-")) {
      add(
        "member_state",
        data.member_state,
        `is a member state, but the id "${input.id}" is an EU-level network's: a network or multi-country project is recorded with member_state: EU, its states in participating_states and its lead state in coordinator`,
      );
    } else if (!input.id.startsWith(prefix)) {
      add("id", input.id, `does not start with "${prefix}" (the member state's code)`);
    }
  }

  // An EU-level record may name the member state that coordinates it; a national one may not.
  if (coordinator !== undefined && memberState !== undefined && memberState !== EU_CODE) {
    add(
      "coordinator",
      coordinator,
      `is given on a record of one member state (member_state: ${memberState}): coordinator is only for EU-level records (member_state: EU)`,
    );
  } else if (
    coordinator !== undefined &&
    memberState === EU_CODE &&
    Array.isArray(data.participating_states) &&
    !data.participating_states.includes(coordinator)
  ) {
    add(
      "coordinator",
      coordinator,
      `is not in participating_states (${data.participating_states.join(", ")}): list the coordinating state among the participating states`,
    );
  }

  // Every source's publisher is known, and high confidence rests on an official or implementer page.
  if (refs.publishers && Array.isArray(data.sources)) {
    const publishers = data.sources.map((source: unknown, index) => {
      const url = (source as { url?: unknown } | null)?.url;
      if (typeof url !== "string" || hostOf(url) === undefined) return null; // reported by the schema
      const publisher = lookupPublisher(refs.publishers!, url);
      if (!publisher)
        add(
          `sources[${index}].url`,
          url,
          `is on host ${hostOf(url)}, which is not in data/publishers.json: add the host to data/publishers.json (under its publisher, with its kind)`,
        );
      return publisher;
    });
    const known = publishers.filter((p) => p !== null && p !== undefined);
    if (data.confidence === "high" && known.length === publishers.length && known.length > 0 && !known.some((p) => PRIMARY_KINDS.includes(p.kind))) {
      const list = [...new Set(known.map((p) => `${p.name} (${p.kind})`))].join(", ");
      add(
        "confidence",
        data.confidence,
        `is not allowed on these sources: high needs at least one source published by an official body or the implementer (data/publishers.json), and these are ${list}: use medium and say why in notes`,
      );
    }
  }

  if (typeof data.fund === "string" && !refs.fundIds.includes(data.fund)) {
    add("fund", data.fund, `is not a fund id in data/funds.json (${refs.fundIds.join(", ")})${didYouMean(data.fund, refs.fundIds)}`);
  }

  for (const kind of ["results", "targets"] as const) {
    const counts = data[kind];
    if (counts && typeof counts === "object" && !Array.isArray(counts)) {
      for (const key of Object.keys(counts)) {
        if (!refs.indicatorIds.includes(key)) {
          add(
            `${kind}.${key}`,
            (counts as Record<string, unknown>)[key],
            `is under an indicator id not in data/indicators.json (${refs.indicatorIds.join(", ")})${didYouMean(key, refs.indicatorIds)}`,
          );
        }
      }
    }
  }

  if (Array.isArray(data.elements)) {
    const seenElements = new Set<unknown>();
    data.elements.forEach((element: unknown, index) => {
      if (typeof element !== "string") return;
      if (!refs.elementIds.includes(element)) {
        add(`elements[${index}]`, element, `is not an element id in data/elements.json (${refs.elementIds.join(", ")})${didYouMean(element, refs.elementIds)}`);
      } else if (seenElements.has(element)) {
        add(`elements[${index}]`, element, "is listed twice");
      }
      seenElements.add(element);
    });
  }
  if (data.monitoring_months !== undefined && !(Array.isArray(data.elements) && data.elements.includes("monitoring"))) {
    add("monitoring_months", data.monitoring_months, "is given without the monitoring element: add `monitoring` to elements");
  }

  const start = dateOf(data.start);
  const end = dateOf(data.end);
  if (start && end && compareAtCommonPrecision(end, start) < 0) {
    add("end", data.end, `is before the start (${describeValue(data.start)})`);
  }

  if (refs.today && typeof data.checked !== "undefined") {
    const checked = dateOf(data.checked);
    const today = dateOf(refs.today);
    if (checked && today && compareAtCommonPrecision(checked, today) > 0) {
      add("checked", data.checked, `is in the future (the build runs on ${refs.today})`);
    }
  }

  const budget = data.budget;
  if (budget && typeof budget === "object" && !Array.isArray(budget)) {
    const b = budget as Record<string, unknown>;
    const amounts = (["total", "eu_amount", "awarded"] as const).filter((key) => b[key] !== undefined);
    if (amounts.length > 0 && b.currency === undefined) {
      add("budget.currency", undefined, `is required with any amount (${amounts.map((k) => `budget.${k}`).join(", ")}): give an ISO 4217 code`);
    }
    const total = b.total;
    const euAmount = b.eu_amount;
    const pct = b.eu_share_pct;
    if (isAmount(total) && isAmount(euAmount) && euAmount > total) {
      add("budget.eu_amount", euAmount, `is more than the total (${total})`);
    }
    if (isAmount(total) && isAmount(euAmount) && typeof pct === "number" && pct > 0 && pct <= 100) {
      try {
        if (!isEuAmountConsistent(toCents(total), pct, toCents(euAmount))) {
          const expected = (total * pct) / 100;
          add(
            "budget.eu_amount",
            euAmount,
            `is inconsistent with total × eu_share_pct / 100 = ${total} × ${pct} / 100 = ${expected} (allowed difference: one unit of currency)`,
          );
        }
      } catch {
        // An amount with more than two decimals is already reported by the schema.
      }
    }
  }

  if (Array.isArray(data.allowances)) {
    data.allowances.forEach((allowance: unknown, index) => {
      if (!allowance || typeof allowance !== "object") return;
      const a = allowance as Record<string, unknown>;
      const field = `allowances[${index}]`;
      const hasFixed = a.amount !== undefined;
      const hasMin = a.amount_min !== undefined;
      const hasMax = a.amount_max !== undefined;
      if (hasFixed && (hasMin || hasMax)) {
        add(`${field}.amount`, a.amount, "is given together with a range: give either amount or amount_min and amount_max");
      } else if (!hasFixed && hasMin !== hasMax) {
        add(`${field}.${hasMin ? "amount_max" : "amount_min"}`, undefined, "is required with the other end of the range");
      } else if (!hasFixed && !hasMin) {
        add(`${field}.amount`, undefined, "is required: give amount, or amount_min and amount_max");
      } else if (isAmount(a.amount_min) && isAmount(a.amount_max) && a.amount_min > a.amount_max) {
        add(`${field}.amount_min`, a.amount_min, `is more than amount_max (${a.amount_max})`);
      }
    });
  }

  return issues;
}

function bodyIssues(input: RecordInput, required: readonly string[] = REQUIRED_HEADINGS): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const finding of findUnsafeHtml(input.body, input.bodyLine ?? 1)) {
    issues.push({ file: input.file, field: `body (line ${finding.line})`, found: JSON.stringify(finding.found), rule: finding.rule });
  }
  const headings = [...input.body.matchAll(/^##\s+(.+?)\s*#*\s*$/gm)].map((match) => match[1]!);
  const missing = required.filter((heading) => !headings.includes(heading));
  if (missing.length > 0) {
    issues.push({
      file: input.file,
      field: "body",
      found: headings.length ? `headings ${JSON.stringify(headings)}` : "no level-2 headings",
      rule: `lacks ${missing.map((h) => `"## ${h}"`).join(" and ")}: the narrative goes under ${required.map((h) => `"## ${h}"`).join(" and ")}`,
    });
  }
  return issues;
}

/**
 * Checks every record, and the links between them; returns every problem found. When
 * `parsed` is given, the schema's output of each record that passes its schema is put in it
 * by id, so that the content layer stores what was checked instead of parsing again.
 */
export function validateRecords(inputs: readonly RecordInput[], refs: ReferenceIds, parsed?: Map<string, ProjectData>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const ids = new Set<string>();
  const seen = new Map<string, string>();
  for (const input of inputs) {
    const other = seen.get(input.id);
    if (other) {
      issues.push({ file: input.file, field: "id", found: JSON.stringify(input.id), rule: `is also the id of ${other}: ids must be unique` });
    }
    seen.set(input.id, input.file);
    ids.add(input.id);
  }

  for (const input of inputs) {
    if (input.frontmatterError !== undefined) {
      issues.push({ file: input.file, field: "frontmatter", found: "unreadable YAML", rule: `cannot be parsed: ${input.frontmatterError}` });
      continue;
    }
    const frontmatter = input.frontmatter;
    if (!frontmatter || typeof frontmatter !== "object" || Array.isArray(frontmatter)) {
      issues.push({
        file: input.file,
        field: "frontmatter",
        found: describeValue(frontmatter),
        rule: "is not a YAML map between --- lines at the top of the file",
      });
      continue;
    }
    const data = frontmatter as Record<string, unknown>;
    const result = projectSchema.safeParse(data);
    if (!result.success) issues.push(...schemaIssues(input, result.error));
    else parsed?.set(input.id, result.data);
    issues.push(...crossFieldIssues(input, data, refs));
    issues.push(...provenanceIssues(input, data));
    issues.push(...bodyIssues(input));

    if (Array.isArray(data.related)) {
      data.related.forEach((link: unknown, index) => {
        const id = (link as { id?: unknown } | null)?.id;
        if (typeof id !== "string") return;
        if (id === input.id) {
          issues.push({ file: input.file, field: `related[${index}].id`, found: JSON.stringify(id), rule: "is this record's own id" });
        } else if (!ids.has(id)) {
          issues.push({
            file: input.file,
            field: `related[${index}].id`,
            found: JSON.stringify(id),
            rule: `is not the id of any record${didYouMean(
              id,
              [...ids].filter((other) => other !== input.id),
            )}`,
          });
        }
      });
    }
  }
  return issues;
}

/**
 * Figure-level provenance: each key in a source's `states` names a figure the record has, and a
 * record with several sources says which of them states each of its figures.
 */
function provenanceIssues(input: RecordInput, data: Record<string, unknown>): ValidationIssue[] {
  if (!Array.isArray(data.sources)) return [];
  const issues: ValidationIssue[] = [];
  const sources = data.sources as unknown[];
  const fields = { ...data, sources: sources.map((s) => (s && typeof s === "object" ? (s as { states?: unknown }) : {})) } as FigureFields &
    Record<string, unknown>;
  const keys = figureKeysOf(fields);
  const known = new Set(keys);
  const stated = new Set<string>();
  sources.forEach((source, i) => {
    const states = (source as { states?: unknown } | null)?.states;
    if (!Array.isArray(states)) return;
    const seen = new Set<string>();
    states.forEach((key: unknown, k) => {
      const field = `sources[${i}].states[${k}]`;
      if (typeof key !== "string") return;
      if (seen.has(key)) issues.push({ file: input.file, field, found: JSON.stringify(key), rule: "is listed twice for this source" });
      seen.add(key);
      stated.add(key);
      if (!known.has(key)) {
        issues.push({
          file: input.file,
          field,
          found: JSON.stringify(key),
          rule: `is not a figure of this record${keys.length ? ` (its figures: ${keys.join(", ")})` : ": the record states no figure"}${didYouMean(key, keys)}`,
        });
      }
    });
  });
  if (sources.length > 1) {
    const missing = keys.filter((key) => !stated.has(key));
    if (missing.length) {
      issues.push({
        file: input.file,
        field: "sources",
        found: `${sources.length} sources`,
        rule: `do not say which of them states ${missing.join(", ")}: with several sources, list each figure under \`states\` of every source that states it`,
      });
    }
  }
  return issues;
}

/** A translation file; `lang` is the name of its folder. */
export interface TranslationInput extends RecordInput {
  lang: string;
}

export interface TranslationRefs {
  /** Ids of all records. */
  recordIds: ReadonlySet<string>;
  /**
   * Each record's frontmatter as read, by id: a translation must translate exactly the
   * free-text fields its record has. Without it that check is not run (unit tests of other rules).
   */
  records?: ReadonlyMap<string, unknown>;
  /** Languages translations may be in, with the two body headings each one uses. */
  headings: Readonly<Record<string, readonly [string, string]>>;
}

/** Checks every translation: its language, its record, its fields and its body; `parsed` as for records, by `<lang>/<id>`. */
export function validateTranslations(inputs: readonly TranslationInput[], refs: TranslationRefs, parsed?: Map<string, TranslationData>): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const input of inputs) {
    const headings = refs.headings[input.lang];
    if (!headings) {
      issues.push({
        file: input.file,
        field: "language",
        found: JSON.stringify(input.lang),
        rule: `is not a language of the site that takes translations (${Object.keys(refs.headings).join(", ")})`,
      });
      continue;
    }
    if (!refs.recordIds.has(input.id)) {
      issues.push({
        file: input.file,
        field: "id",
        found: JSON.stringify(input.id),
        rule: `is not the id of any record${didYouMean(input.id, refs.recordIds)}`,
      });
    }
    if (input.frontmatterError !== undefined) {
      issues.push({ file: input.file, field: "frontmatter", found: "unreadable YAML", rule: `cannot be parsed: ${input.frontmatterError}` });
      continue;
    }
    const result = translationSchema.safeParse(input.frontmatter);
    if (result.success) {
      parsed?.set(`${input.lang}/${input.id}`, result.data);
      const record = refs.records?.get(input.id);
      if (record && typeof record === "object") issues.push(...translatedFieldIssues(input, record as Record<string, unknown>, result.data));
    } else {
      issues.push(
        ...schemaIssues(input, result.error, TRANSLATION_KEYS).map((issue) =>
          issue.rule.startsWith("the record must") ? { ...issue, rule: `is required in a translation (${TRANSLATION_KEYS.join(", ")})` } : issue,
        ),
      );
    }
    issues.push(...bodyIssues(input, headings));
  }
  return issues;
}

/** A translation translates every free-text field its record has, and nothing else: one entry per conflict and per allowance. */
function translatedFieldIssues(input: TranslationInput, record: Record<string, unknown>, translation: TranslationData): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const fields = translation.fields ?? {};
  const recordFile = `content/projects/${input.id}.md`;
  for (const key of TRANSLATED_TEXT_FIELDS) {
    const inRecord = typeof record[key] === "string";
    const inTranslation = fields[key] !== undefined;
    if (inRecord && !inTranslation) {
      issues.push({
        file: input.file,
        field: `fields.${key}`,
        found: "missing",
        rule: `is required: ${recordFile} has ${key}, and a translation translates every free-text field of its record`,
      });
    } else if (!inRecord && inTranslation) {
      issues.push({ file: input.file, field: `fields.${key}`, found: JSON.stringify(fields[key]), rule: `translates nothing: ${recordFile} has no ${key}` });
    }
  }
  for (const key of ["conflicts", "allowances"] as const) {
    const expected = Array.isArray(record[key]) ? (record[key] as unknown[]).length : 0;
    const given = fields[key]?.length ?? 0;
    if (expected === given) continue;
    const what = key === "conflicts" ? "conflict" : "allowance";
    issues.push({
      file: input.file,
      field: `fields.${key}`,
      found: given === 0 ? "missing" : `${given} ${what}${given === 1 ? "" : "s"}`,
      rule:
        expected === 0
          ? `translates nothing: ${recordFile} has no ${key}`
          : `does not match the record: ${recordFile} has ${expected} ${what}${expected === 1 ? "" : "s"}, and the translation gives one entry per ${what}, in the same order`,
    });
  }
  return issues;
}

/**
 * How each record names its organisations (`managing_entity`, each of `partners`): an id or
 * a name of exactly one organisation resolves; an unknown id is an error; free text that
 * names no organisation, or several, is a warning (the page shows the text as written).
 */
export function checkOrganisationNames(inputs: readonly RecordInput[], index: OrganisationIndex): { errors: ValidationIssue[]; warnings: ValidationIssue[] } {
  const errors: ValidationIssue[] = [];
  const warnings: ValidationIssue[] = [];
  for (const input of inputs) {
    const data = input.frontmatter as Record<string, unknown> | undefined;
    if (!data || typeof data !== "object") continue;
    const named: [string, unknown][] = [["managing_entity", data.managing_entity]];
    if (Array.isArray(data.partners)) data.partners.forEach((partner: unknown, i) => named.push([`partners[${i}]`, partner]));
    for (const [field, value] of named) {
      if (typeof value !== "string" || value.trim() === "") continue;
      const resolution = resolveOrganisation(value, index);
      const found = JSON.stringify(value);
      if (resolution.kind === "unknown-id") {
        errors.push({
          file: input.file,
          field,
          found,
          rule: `is not an organisation id in data/organisations.json${resolution.suggestion ? `; did you mean "${resolution.suggestion}"?` : ": give an id from the list, or the organisation's name"}`,
        });
      } else if (resolution.kind === "ambiguous") {
        warnings.push({
          file: input.file,
          field,
          found,
          rule: `names more than one organisation in data/organisations.json (${resolution.ids.join(", ")}): give the id of the one meant`,
        });
      } else if (resolution.kind === "unmatched") {
        warnings.push({
          file: input.file,
          field,
          found,
          rule: `matches no organisation in data/organisations.json${resolution.suggestion ? ` (nearest: "${resolution.suggestion}")` : ""}: add it, or its spelling as an alias, or give an organisation id; the page shows the text as written`,
        });
      }
    }
  }
  return { errors, warnings };
}
