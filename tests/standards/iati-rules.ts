/**
 * A rule engine for the IATI Standard ruleset (iati-2.03/rulesets/standard.json, the "JS
 * edition" that the IATI Validator applies beyond the schema; its format is in SPEC.rst beside
 * it). It reads the ruleset itself, so every rule of every context is applied, and a rule name
 * it does not know stops the run instead of being skipped.
 *
 * It follows SPEC.rst, and IATI's own engine (IATI/js-validator-api, services/rulesValidator.js)
 * where the spec is silent (how a date is read, how "a year" is counted, how `startswith` finds
 * an ORG-ID-PREFIX), with one deliberate difference: `if`, `then` and `condition` are read as
 * XPath 1.0 booleans, so an empty node-set is false. IATI's engine takes the JavaScript
 * truthiness of the result, where an empty array is true, so it never reports a rule whose
 * `then` is a path (3.7.1: "recipient country or region for the activity or for all
 * transactions"); this engine applies that rule as written.
 *
 * Each activity is tested alone, inside its own <iati-activities> root, as the IATI Validator
 * does, so that contexts such as //title stay within the activity.
 *
 * XPath is evaluated by the `xpath` package over `@xmldom/xmldom`, the same two libraries
 * IATI's engine uses.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import xpath, { type SelectReturnType } from "xpath";

const here = import.meta.dirname;
const select = xpath.useNamespaces({ xml: "http://www.w3.org/XML/1998/namespace" });

interface RuleInfo {
  id: string;
  severity: "error" | "warning";
  category: string;
  message: string;
}
/** One case of a rule; keys as SPEC.rst lists them. */
interface Case {
  condition?: string;
  idCondition?: "NOT_EXISTING_ORG_ID" | "NOT_EXISTING_ORG_ID_PREFIX";
  paths?: string[];
  less?: string;
  more?: string;
  regex?: string;
  sum?: number;
  excluded?: string[];
  date?: string;
  start?: string;
  end?: string;
  one?: string;
  all?: string;
  if?: string;
  then?: string;
  prefix?: string[];
  separator?: string;
  min?: number;
  max?: number;
  foreach?: string;
  do?: Record<string, { cases: Case[] }>;
  subs?: (keyof Case)[];
  ruleInfo?: RuleInfo;
}
export type Ruleset = Record<string, Record<string, { cases: Case[] }>>;

export interface IdSets {
  /** Organisation identifiers of publishers registered with IATI. */
  orgIds: ReadonlySet<string>;
  /** The active codes of the OrganisationRegistrationAgency codelist (e.g. "GB-COH", "XI-IATI"). */
  orgIdPrefixes: ReadonlySet<string>;
}

export interface RuleOutcome {
  /** The activity's iati-identifier. */
  activity: string;
  context: string;
  rule: string;
  id: string;
  severity: RuleInfo["severity"];
  message: string;
  /** pass, fail, or not applicable (condition false, or a value the rule needs is absent). */
  result: "pass" | "fail" | "n/a";
}

/** The Standard ruleset, as copied into this folder. */
export function standardRuleset(): Ruleset {
  return JSON.parse(readFileSync(join(here, "iati-2.03/rulesets/standard.json"), "utf8")) as Ruleset;
}

/** The active codes of OrganisationRegistrationAgency (copied into codelists/, see README.md). */
export function organisationRegistrationAgencies(): Set<string> {
  const list = JSON.parse(readFileSync(join(here, "iati-2.03/codelists/OrganisationRegistrationAgency.json"), "utf8")) as { items: { code: string; status: string }[] };
  return new Set(list.items.filter((i) => i.status === "active").map((i) => i.code));
}

type Value = SelectReturnType;
const nodes = (value: Value): Node[] => (Array.isArray(value) ? value : []);
/** XPath 1.0 boolean(): a node-set is true when not empty, a string when not empty, a number when neither 0 nor NaN. */
function truth(value: Value): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (typeof value === "string") return value.length > 0;
  if (typeof value === "number") return value !== 0 && !Number.isNaN(value);
  return Boolean(value);
}
const text = (node: Node): string => (node.nodeType === 2 ? (node as Attr).value : (node.textContent ?? ""));

/** A date as IATI's engine reads it (the first match of the path, parsed by Date), or null. */
function date(path: string, element: Node, now: Date): Date | null {
  if (path === "NOW") return now;
  const first = nodes(select(path, element))[0];
  if (!first) return null;
  const value = text(first);
  const parsed = value === "" ? NaN : Date.parse(value);
  return Number.isNaN(parsed) ? null : new Date(parsed);
}
const DAY = 86_400_000;

type Result = boolean | "n/a";

function testCase(rule: string, c: Case, element: Node, ids: IdSets, now: Date): Result {
  if (c.condition !== undefined && !truth(select(c.condition, element))) return "n/a";
  const matches = (c.paths ?? []).flatMap((path) => nodes(select(path, element)));
  const texts = matches.map(text);
  if (c.idCondition === "NOT_EXISTING_ORG_ID" && !texts.every((t) => !ids.orgIds.has(t))) return "n/a";
  if (c.idCondition === "NOT_EXISTING_ORG_ID_PREFIX" && !texts.every((t) => ![...ids.orgIds].some((id) => t.startsWith(`${id}-`)))) return "n/a";
  switch (rule) {
    case "no_more_than_one":
      return matches.length <= 1;
    case "atleast_one":
      return matches.length >= 1;
    case "only_one_of":
      return c.excluded!.every((path) => (nodes(select(path, element)).length > 0 ? matches.length === 0 : matches.length === 1));
    case "dependent":
      return c.paths!.every((path) => nodes(select(path, element)).length > 0) || c.paths!.every((path) => nodes(select(path, element)).length === 0);
    case "one_or_all": {
      if (nodes(select(c.one!, element)).length > 0) return true;
      // `all` names what IATI's engine then checks, one keyword each.
      const every = (path: string, need: string) => nodes(select(path, element)).every((n) => nodes(select(need, n)).length > 0);
      if (c.all === "lang") return every("descendant::narrative", "@xml:lang");
      if (c.all === "sector") return every("transaction", "sector");
      if (c.all === "recipient-country|recipient-region") return every("transaction", "recipient-country|recipient-region");
      if (c.all === "currency") return ["value", "forecast", "loan-status"].every((p) => every(`descendant::${p}`, "@currency"));
      throw new Error(`one_or_all: unknown "all" keyword ${c.all}`);
    }
    case "unique":
      return new Set(texts).size === texts.length;
    case "sum":
      if (matches.length === 0) return true;
      return Number(texts.reduce((a, v) => a + Number(v), 0).toFixed(4)) === Number(c.sum);
    case "strict_sum":
      return Number(texts.reduce((a, v) => a + Number(v), 0).toFixed(4)) === Number(c.sum);
    case "date_order": {
      const less = date(c.less!, element, now);
      const more = date(c.more!, element, now);
      return less === null || more === null ? "n/a" : less.getTime() <= more.getTime();
    }
    case "date_now": {
      const d = date(c.date!, element, now);
      return d === null ? "n/a" : d.getTime() <= now.getTime();
    }
    case "between_dates": {
      const d = date(c.date!, element, now);
      const start = date(c.start!, element, now);
      const end = date(c.end!, element, now);
      if (d === null) return "n/a";
      return start !== null && end !== null && start.getTime() <= d.getTime() && d.getTime() <= end.getTime();
    }
    case "time_limit": {
      const start = date(c.start!, element, now);
      const end = date(c.end!, element, now);
      // date-fns differenceInDays, as IATI's engine: whole days, at most 365.
      return start === null || end === null ? "n/a" : Math.trunc((end.getTime() - start.getTime()) / DAY) <= 365;
    }
    case "regex_matches":
    case "regex_no_matches": {
      const re = new RegExp(c.regex!);
      const want = rule === "regex_matches";
      return texts.every((t) => t === "" || re.test(t) === want);
    }
    case "startswith": {
      if (c.prefix!.length === 1 && c.prefix![0] === "ORG-ID-PREFIX") {
        // The agency is everything before the second hyphen.
        return texts.every((t) => ids.orgIdPrefixes.has(t.split("-").slice(0, 2).join("-")));
      }
      const prefixes = c.prefix!.flatMap((path) => nodes(select(path, element))).map(text);
      return texts.every((t) => prefixes.some((p) => t.startsWith(p + (c.separator ?? ""))));
    }
    case "if_then":
      return !truth(select(c.if!, element)) || truth(select(c.then!, element));
    case "range":
      return texts.every((t) => Number(c.min ?? t) <= Number(t) && Number(t) <= Number(c.max ?? t));
    case "no_spaces":
      return texts.every((t) => t === t.trim());
    default:
      throw new Error(`The ruleset uses a rule this engine does not know: ${rule}`);
  }
}

function* cases(rule: string, c: Case, element: Node): Generator<[string, Case]> {
  if (rule !== "loop") {
    yield [rule, c];
    return;
  }
  const groups = [...new Set(nodes(select(c.foreach!, element)).map(text))];
  for (const [subRule, { cases: subCases }] of Object.entries(c.do!)) {
    for (const subCase of subCases) {
      for (const group of groups) {
        const substituted: Case = { ...subCase };
        for (const key of c.subs ?? []) {
          const value = subCase[key];
          if (typeof value === "string") (substituted as Record<string, unknown>)[key] = value.replaceAll("$1", group);
          else if (Array.isArray(value)) (substituted as Record<string, unknown>)[key] = (value as string[]).map((v) => v.replaceAll("$1", group));
        }
        yield [subRule, substituted];
      }
    }
  }
}

/** Every case of every rule of the ruleset, for every activity of the file. */
export function applyRuleset(ruleset: Ruleset, xml: string, ids: IdSets, now: Date): RuleOutcome[] {
  const doc = new DOMParser().parseFromString(xml, "text/xml");
  const outcomes: RuleOutcome[] = [];
  for (const activity of nodes(select("/iati-activities/iati-activity", doc as unknown as Node))) {
    // The activity alone under its own root, as the IATI Validator tests it.
    const single = new DOMParser().parseFromString('<?xml version="1.0"?><iati-activities version="2.03"/>', "text/xml");
    single.documentElement!.appendChild(single.importNode(activity as never, true));
    const identifier = String(select("string(/iati-activities/iati-activity/iati-identifier)", single as unknown as Node));
    for (const [context, rules] of Object.entries(ruleset)) {
      for (const element of nodes(select(context, single as unknown as Node))) {
        for (const [rule, { cases: ruleCases }] of Object.entries(rules)) {
          for (const ruleCase of ruleCases) {
            for (const [name, c] of cases(rule, ruleCase, element)) {
              const result = testCase(name, c, element, ids, now);
              const info = c.ruleInfo!;
              outcomes.push({
                activity: identifier,
                context,
                rule: name,
                id: info.id,
                severity: info.severity,
                message: info.message,
                result: result === "n/a" ? "n/a" : result ? "pass" : "fail",
              });
            }
          }
        }
      }
    }
  }
  return outcomes;
}

/** Outcomes counted by rule id and rule name: how many cases passed, failed, did not apply. */
export function countByRule(outcomes: readonly RuleOutcome[]): Record<string, { pass: number; fail: number; "n/a": number }> {
  const counts: Record<string, { pass: number; fail: number; "n/a": number }> = {};
  for (const o of outcomes) {
    const key = `${o.id} ${o.rule}`;
    counts[key] ??= { pass: 0, fail: 0, "n/a": 0 };
    counts[key][o.result] += 1;
  }
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true })));
}
