import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import {
  compareKeys,
  compileMessage,
  createTranslator,
  formatMessage,
  messageArguments,
  PLURAL_SUFFIX,
  type CompiledMessage,
  type Strings,
} from "../../src/lib/i18n.ts";
import { localizePath, useLocalization } from "../../src/i18n/index.ts";
import { LOCALES } from "../../src/i18n/locales.ts";
import { toPrecisionDate } from "../../src/lib/dates.ts";

const i18nDir = fileURLToPath(new URL("../../src/i18n", import.meta.url));
const read = (lang: string): Strings => JSON.parse(readFileSync(join(i18nDir, `${lang}.json`), "utf8"));
const english = read("en");

describe("every language has exactly the keys of English", () => {
  it("has one strings file per configured language, and no other", () => {
    const files = readdirSync(i18nDir)
      .filter((f) => f.endsWith(".json"))
      .map((f) => f.replace(".json", ""))
      .sort();
    expect(files).toEqual(LOCALES.map((l) => l.code).sort());
  });

  it.each(LOCALES.map((l) => l.code))("%s.json", (lang) => {
    expect(compareKeys(english, read(lang))).toEqual({ missing: [], extra: [] });
  });

  it("fails when a key is removed from it.json", () => {
    const italian = { ...read("it") };
    delete italian["measure.total"];
    expect(compareKeys(english, italian)).toEqual({ missing: ["measure.total"], extra: [] });
  });

  it("every string is non-empty", () => {
    for (const { code } of LOCALES) for (const [key, text] of Object.entries(read(code))) expect(text.trim(), `${code}: ${key}`).toBeTruthy();
  });
});

/** Every problem of one language's strings, measured against English: one line each. */
function messageProblems(english: Strings, other: Strings, file: string): string[] {
  const problems: string[] = [];
  const compiled = (strings: Strings, name: string) => {
    const out = new Map<string, Map<string, Set<string>>>();
    for (const [key, text] of Object.entries(strings)) {
      // A plural pair is `key.one` next to `key.other`: a key that merely ends in `.few`, like
      // "programmes.warn.few", is a message of its own.
      const base = key.replace(PLURAL_SUFFIX, "");
      const paired = PLURAL_SUFFIX.test(key) && Object.keys(strings).some((k) => k !== key && PLURAL_SUFFIX.test(k) && k.replace(PLURAL_SUFFIX, "") === base);
      if (paired) problems.push(`${name}: "${key}" is a plural form of its own: write one ICU message with {count, plural, ...} (docs/architecture.md)`);
      try {
        out.set(key, messageArguments(compileMessage(text, `${name}: "${key}"`).ast));
      } catch (error) {
        problems.push((error as Error).message);
      }
    }
    return out;
  };
  const en = compiled(english, "src/i18n/en.json");
  const ours = compiled(other, file);
  const { missing, extra } = compareKeys(english, other);
  for (const key of missing) problems.push(`${file}: no string for "${key}"`);
  for (const key of extra) problems.push(`${file}: "${key}" is not in en.json`);
  // The same arguments by name; a language may choose its plural by another count than English
  // does, but an argument that one language counts (plural) another cannot choose by (select).
  const kind = (uses: Set<string>) => (uses.has("plural") || uses.has("selectordinal") ? "number" : uses.has("select") ? "text" : "any");
  const names = (args: Map<string, Set<string>> | undefined) => [...(args ?? new Map()).keys()].sort().join(", ");
  for (const [key, args] of ours) {
    const theirs = en.get(key);
    if (!theirs) continue;
    if (names(args) !== names(theirs)) problems.push(`${file}: "${key}" uses {${names(args)}}, en.json uses {${names(theirs)}}`);
    for (const [name, uses] of args) {
      const a = kind(uses);
      const b = theirs.has(name) ? kind(theirs.get(name)!) : "any";
      if (a !== "any" && b !== "any" && a !== b) problems.push(`${file}: "${key}": {${name}} needs a ${a} here and a ${b} in en.json`);
    }
  }
  // A label's gender is data: it must be one of the forms "not reported" has in that language.
  const forms = (other["common.notReported"] ?? "").match(/\b(\w+) \{/g)?.map((m) => m.slice(0, -2)) ?? [];
  for (const [key, value] of Object.entries(other)) {
    if (key.endsWith(".gender") && value !== "other" && !forms.includes(value)) {
      problems.push(`${file}: "${key}" is "${value}", which "common.notReported" has no form for (it has: ${forms.join(", ")})`);
    }
  }
  return problems;
}

describe("the strings are ICU messages, the same in every language", () => {
  it.each(LOCALES.map((l) => l.code))("%s.json: no plural pairs, every message parses, the same arguments as English", (lang) => {
    expect(messageProblems(english, read(lang), `src/i18n/${lang}.json`)).toEqual([]);
  });

  it("fails on a plural pair, a malformed message, a missing or extra key, an argument the other language lacks and an unknown gender", () => {
    const en = {
      "a.one": "{count} project",
      "a.other": "{count} projects",
      b: "{count, plural, one {# x} other {# xs}}",
      "warn.few": "{count, plural, one {# only} other {# only}}",
      c: "{name}",
      d: "x",
      e: "other",
      g: "{n, select, a {A} other {B}}",
    };
    const it_ = {
      "a.one": "{count} progetto",
      "a.other": "{count} progetti",
      b: "{count, plural, one {# x} other {# xs}",
      "warn.few": "{count, plural, one {# solo} other {# soli}}",
      c: "{nome}",
      f: "y",
      e: "neutro",
      g: "{n, plural, one {A} other {B}}",
    };
    expect(
      messageProblems(
        { ...en, "common.notReported": "{gender, select, other {n}}" },
        { ...it_, "common.notReported": "{gender, select, feminine {f} other {m}}", "x.gender": "neuter" },
        "it.json",
      ),
    ).toEqual([
      'src/i18n/en.json: "a.one" is a plural form of its own: write one ICU message with {count, plural, ...} (docs/architecture.md)',
      'src/i18n/en.json: "a.other" is a plural form of its own: write one ICU message with {count, plural, ...} (docs/architecture.md)',
      'it.json: "a.one" is a plural form of its own: write one ICU message with {count, plural, ...} (docs/architecture.md)',
      'it.json: "a.other" is a plural form of its own: write one ICU message with {count, plural, ...} (docs/architecture.md)',
      expect.stringMatching(/^it\.json: "b": not a valid ICU message/),
      'it.json: no string for "d"',
      'it.json: "f" is not in en.json',
      'it.json: "x.gender" is not in en.json',
      'it.json: "c" uses {nome}, en.json uses {name}',
      'it.json: "g": {n} needs a number here and a text in en.json',
      'it.json: "x.gender" is "neuter", which "common.notReported" has no form for (it has: feminine, other)',
    ]);
  });
});

describe("createTranslator: ICU messages", () => {
  const count = (n: number) => `[${n}]`;
  const t = createTranslator(
    {
      a: "Hello {name}",
      "n.one": "{count} project",
      "n.other": "{count} projects",
      projects: "{count, plural, one {# project} other {# projects}}",
      exact: "{count, plural, =0 {no project} one {# project} other {# projects}}",
      label: "{gender, select, feminine {non riportata} other {non riportato}}",
      rank: "{n, selectordinal, one {#st} two {#nd} few {#rd} other {#th}}",
      path: "/projects/<id>.json, dall'UE",
      total: "{amount} over {count}",
    },
    "en-GB",
    "test.json",
    count,
  );
  it("fills arguments and throws, naming file and key, on unknown keys and missing values", () => {
    expect(t.t("a", { name: "Ana" })).toBe("Hello Ana");
    expect(() => t.t("missing")).toThrow('test.json: no string for "missing"');
    expect(() => t.t("a")).toThrow('test.json: "a": no value for {name}');
  });
  it("leaves tags and apostrophes as text", () => expect(t.t("path")).toBe("/projects/<id>.json, dall'UE"));
  it.each([
    [0, "no project"],
    [1, "[1] project"],
    [2, "[2] projects"],
    [1080, "[1080] projects"],
  ])("plural %i: # is written by the site's formatter", (n, text) => expect(t.t("exact", { count: n })).toBe(text));
  it("a number given as {name} is written by the formatter; text passes unchanged", () => {
    expect(t.t("total", { amount: "€1,400,000", count: 3 })).toBe("€1,400,000 over [3]");
  });
  it.each([
    ["feminine", "non riportata"],
    ["masculine", "non riportato"],
  ])("select %s", (gender, text) => expect(t.t("label", { gender })).toBe(text));
  it.each([
    [1, "[1]st"],
    [2, "[2]nd"],
    [3, "[3]rd"],
    [11, "[11]th"],
  ])("selectordinal %i", (n, text) => expect(t.t("rank", { n })).toBe(text));
  it("a plural needs a number and a select a text", () => {
    expect(() => t.t("projects", { count: "1,080" })).toThrow('test.json: "projects": {count} chooses a plural form and needs a number, not "1,080"');
    expect(() => t.t("label", { gender: 1 })).toThrow('test.json: "label": {gender} chooses by select and needs a text, not 1');
  });
  it.each([
    ["{count, plural, one {# project}", /test\.json: "bad": not a valid ICU message \(.+\): "\{count, plural, one \{# project\}"/],
    ["{count, plural, one {# project}}", /"bad": not a valid ICU message \(MISSING_OTHER_CLAUSE/],
    ["{n, number} people", /"bad": \{n, number\} formats inside a message/],
    ["on {d, date}", /"bad": \{d, date\} formats inside a message/],
  ])("a malformed message stops at once, named: %s", (text, error) => {
    expect(() => createTranslator({ ok: "fine", bad: text }, "en-GB", "test.json")).toThrow(error);
  });
  it.each([
    [1, "1 project"],
    [0, "0 projects"],
    [81, "81 projects"],
  ])("plural() still reads key.one / key.other pairs: %i", (n, text) => expect(t.plural("n", n, String(n))).toBe(text));
  it("plural() on an ICU message passes the number", () => expect(t.plural("projects", 1)).toBe("[1] project"));
  it("a compiled message formats the same in a browser script", () => {
    const message = JSON.parse(JSON.stringify(t.message("projects"))) as CompiledMessage;
    expect(formatMessage(message, { count: 12 }, { intl: "en-GB", count })).toBe("[12] projects");
  });
  it("every string of en.json and it.json reads unchanged where it has no argument", () => {
    for (const { code } of LOCALES) {
      const strings = read(code);
      const tr = useLocalization(code);
      for (const [key, text] of Object.entries(strings)) if (!/[{}]/.test(text)) expect(tr.t(key), key).toBe(text);
    }
  });
});

describe("Italian formats", () => {
  const it_ = useLocalization("it");
  it.each([
    [() => it_.money({ cents: 140000000, currency: "EUR" }), "1.400.000\u00a0€"],
    [() => it_.money({ cents: 105000000, currency: "EUR" }), "1.050.000\u00a0€"],
    [() => it_.money({ cents: 6000000000, currency: "CZK" }), "60.000.000\u00a0CZK"],
    [() => it_.percent(75), "75\u00a0%"],
    [() => it_.date(toPrecisionDate("2010-07-01")), "1 luglio 2010"],
    [() => it_.date(toPrecisionDate("2010-07")), "luglio 2010"],
    [() => it_.date(toPrecisionDate("2010")), "2010"],
    [() => it_.country("GR"), "Grecia"],
    [() => it_.t("count.projects", { count: 1 }), "1 progetto"],
    [() => it_.t("count.projects", { count: 12 }), "12 progetti"],
    // Four digits grouped too, as Italian public statistics write them (CLDR would leave "1080").
    [() => it_.t("count.projects", { count: 1080 }), "1.080 progetti"],
    [() => it_.t("count.projects", { count: 10800 }), "10.800 progetti"],
    [() => it_.t("common.notReported", { gender: it_.t("project.targetFigures.gender") }), "non riportati"],
    [() => it_.t("common.notReported", { gender: it_.t("project.end.gender") }), "non riportata"],
    [() => it_.t("common.notReported", { gender: it_.t("project.dates.gender") }), "non riportate"],
    [() => it_.t("common.notReported", { gender: it_.t("project.total.gender") }), "non riportato"],
    [() => it_.allowance({ amount_min: 700, amount_max: 2800, currency: "EUR" }), "da 700\u00a0€ a 2.800\u00a0€"],
  ])("%#", (format, text) => expect(format()).toBe(text));

  it("English keeps its own formats", () => {
    const en = useLocalization("en");
    expect([en.percent(75), en.money({ cents: 140000000, currency: "EUR" })]).toEqual(["75%", "€1,400,000"]);
  });

  it("localizes paths", () => {
    expect([localizePath("en", "/projects/"), localizePath("it", "/projects/")]).toEqual(["/projects/", "/it/projects/"]);
  });
});

describe("the data dictionary is interface text", () => {
  it("every published table and column has its meaning in the strings files, and no string is left without its column", async () => {
    const tables = await import("../../src/lib/export/tables.ts");
    const { listOfOperationsTable } = await import("../../src/lib/export/list-of-operations.ts");
    const all = [
      tables.projectsTableFor(["it"]),
      tables.resultsTable,
      tables.sourcesTable,
      tables.allowancesTable,
      tables.conflictsTable,
      listOfOperationsTable,
      tables.organisationsTable,
    ];
    const keys = all.flatMap((table) => [
      tables.dictionaryEntry(table, "title").key,
      tables.dictionaryEntry(table, "description").key,
      ...(table.columns as readonly { name: string; dictionary?: { key: string; values: Record<string, string> } }[]).map(
        (c) => tables.dictionaryEntry(table, c).key,
      ),
    ]);
    expect(keys.filter((key) => !(key in english))).toEqual([]);
    expect(Object.keys(english).filter((key) => key.startsWith("dictionary.") && !keys.includes(key))).toEqual([]);
  });
});

describe("one Italian word for each term (methodology, “Termini”)", () => {
  /** Every Italian text of the strings file and of the reference data, with where it is. */
  const italianTexts = (): [string, string][] => {
    const out: [string, string][] = Object.entries(read("it")).map(([key, text]) => [`src/i18n/it.json: ${key}`, text]);
    const dataDir = fileURLToPath(new URL("../../data", import.meta.url));
    const walk = (value: unknown, where: string): void => {
      if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${where}[${i}]`));
      else if (value && typeof value === "object")
        for (const [k, v] of Object.entries(value)) {
          if (k === "it" && typeof v === "string") out.push([where, v]);
          else walk(v, `${where}.${k}`);
        }
    };
    for (const file of readdirSync(dataDir).filter((f) => f.endsWith(".json") && f !== "changelog.json"))
      walk(JSON.parse(readFileSync(join(dataDir, file), "utf8")), `data/${file}`);
    return out;
  };
  it("quotes with “ ” throughout, never « »", () => {
    expect(italianTexts().filter(([, text]) => /[«»]/.test(text))).toEqual([]);
  });

  it("says rimpatrio, never ritorno, and reintegrazione, never reinserimento", () => {
    const texts = italianTexts();
    expect(texts.length).toBeGreaterThan(500);
    // The search's synonyms name the other words on purpose: a reader who types them is led to the site's terms.
    const synonyms = new Set(["src/i18n/it.json: search.synonyms", "src/i18n/it.json: search.synonymsNote"]);
    const others = texts.filter(([where]) => !synonyms.has(where));
    expect(others.length).toBe(texts.length - 2);
    expect(others.filter(([, text]) => /\britorn|\breinseri/i.test(text.replaceAll("ritorno a capo", "")))).toEqual([]);
  });
});
