import { figureSources, type FigureFields } from "../../src/lib/provenance.ts";
import { describe, expect, it } from "vitest";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { readRecordFile, readTranslationFolder } from "../../src/integrations/record-files.ts";
import { formatIssue, validateRecords, validateTranslations, type RecordInput } from "../../src/lib/records/validate.ts";
import { indexPublishers } from "../../src/lib/publishers.ts";
import { publishersSchema } from "../../src/lib/schema/reference-data.ts";
import { readFileSync } from "node:fs";

const root = fileURLToPath(new URL("../..", import.meta.url));
const fixtures = join(root, "tests/fixtures/records");
const refs = {
  fundIds: ["refugee-fund", "return-fund", "amif-2014-2020", "amif-2021-2027", "eu-other"],
  indicatorIds: ["returned", "reintegration_assisted", "counselled"],
  elementIds: ["counselling", "monitoring"],
  today: "2026-11-23",
  // The fixtures' sources: example.org is official, news.example a news outlet, blog.example other.
  publishers: indexPublishers(publishersSchema.parse(JSON.parse(readFileSync(join(fixtures, "../publishers.json"), "utf8")))),
};

function read(folder: string, name: string): RecordInput {
  return readRecordFile(join(fixtures, folder, name), `tests/fixtures/records/${folder}/${name}`);
}
const valid = readdirSync(join(fixtures, "valid"))
  .sort()
  .map((name) => read("valid", name));

describe("valid fixtures", () => {
  it("pass every rule together", () => {
    expect(valid).toHaveLength(6);
    expect(validateRecords(valid, refs).map(formatIssue)).toEqual([]);
  });
});

/** One defect per fixture: the exact message expected, file and all. */
const cases: [fixture: string, message: string][] = [
  ["it-rate-175", "budget.eu_share_pct: 175 is not a percentage between 0 and 100"],
  ["it-rate-zero", "budget.eu_share_pct: 0 is not a percentage between 0 and 100"],
  ["it-end-before-start", 'end: "2010-07-01" is before the start ("2011-06-30")'],
  ["it-feb-30", 'start: "2011-02-30" is not a real calendar date: that month has 28 days'],
  ["it-month-13", 'end: "2011-13" is not a real calendar date: the month must be 01–12'],
  ["it-not-a-date", 'end: "next year" is not a date: give YYYY, YYYY-MM or YYYY-MM-DD'],
  [
    "it-unknown-fund",
    'fund: "return-fnd" is not a fund id in data/funds.json (refugee-fund, return-fund, amif-2014-2020, amif-2021-2027, eu-other); did you mean "return-fund"?',
  ],
  ["it-misspelt-key", 'budget.eu_shar_pct: 75 is under a key the record format does not know; did you mean "eu_share_pct"?'],
  ["it-greece-el", 'member_state: "EL" is not an ISO 3166-1 alpha-2 code: Greece is GR in ISO 3166-1 (EL is the EU\'s own abbreviation)'],
  ["it-united-kingdom-uk", 'return_countries[1]: "UK" is not an ISO 3166-1 alpha-2 code: the United Kingdom is GB in ISO 3166-1 (UK is not an ISO code)'],
  ["it-unknown-related", 'related[0].id: "it-no-such-project" is not the id of any record'],
  ["it-bad-relation", 'related[0].relation: "parent" is not one of predecessor, successor, part-of'],
  ["it-script-body", 'body (line 38): "<script>" is raw HTML that can run code: <script> is not allowed in a record'],
  ["it-javascript-link", 'body (line 36): "javascript:" is a script URL: javascript:, vbscript: and data:text/html links are not allowed in a record'],
  ["it-event-handler", 'body (line 36): "onerror" is an event-handler attribute: on* attributes are not allowed in a record'],
  ["it-negative-count", "results.returned: -208 is not a count: it must be a whole number 0 or more"],
  ["it-fractional-count", "results.reintegration_assisted: 13.9 is not a count: it must be a whole number 0 or more"],
  ["it-no-sources", "sources: missing: the record must cite at least one source {url, title, publisher}"],
  ["it-http-url", 'sources[0].url: "ftp://example.org/partir" is not an http(s) URL'],
  ["it-currency-euro", 'budget.currency: "EURO" is not an ISO 4217 currency code (three capital letters, e.g. EUR, CZK, LVL)'],
  ["it-currency-missing", "budget.currency: missing: is required with any amount (budget.total): give an ISO 4217 code"],
  [
    "it-eu-amount-contradicts",
    "budget.eu_amount: 1000000 is inconsistent with total × eu_share_pct / 100 = 1400000 × 75 / 100 = 1050000 (allowed difference: one unit of currency)",
  ],
  ["it-eu-amount-over-total", "budget.eu_amount: 1500000 is more than the total (1400000)"],
  ["it-amount-three-decimals", "budget.total: 1400000.125 has more than two decimals"],
  [
    "it-unknown-indicator",
    'results.returnd: 208 is under an indicator id not in data/indicators.json (returned, reintegration_assisted, counselled); did you mean "returned"?',
  ],
  ["it-no-title", "title: missing: the record must have a title (1–300 characters)"],
  ["it-checked-future", 'checked: "2099-01-01" is in the future (the build runs on 2026-11-23)'],
  ["it-allowance-per", 'allowances[0].per: "migrant" is not one of person, adult, child, household'],
  ["it-bad-confidence", 'confidence: "certain" is not one of high, medium, low'],
  ["it-summary-four-sentences", 'summary: "One. Two. Three. Four." is too long: a summary has one to three sentences'],
  [
    "it-missing-headings",
    'body: headings ["Project description","Results"] lacks "## Benefits and results": the narrative goes under "## Project description" and "## Benefits and results"',
  ],
  ["fr-wrong-prefix", 'id: "fr-wrong-prefix" does not start with "it-" (the member state\'s code)'],
  [
    "it-high-on-news",
    'confidence: "high" is not allowed on these sources: high needs at least one source published by an official body or the implementer (data/publishers.json), and these are Fixture News (news), Fixture blog (other): use medium and say why in notes',
  ],
  [
    "it-unlisted-host",
    'sources[0].url: "https://unlisted.example/page" is on host unlisted.example, which is not in data/publishers.json: add the host to data/publishers.json (under its publisher, with its kind)',
  ],
  [
    "it-coordinator-national",
    'coordinator: "IT" is given on a record of one member state (member_state: IT): coordinator is only for EU-level records (member_state: EU)',
  ],
  ["eu-coordinator-not-member", 'coordinator: "NO" is not the code of an EU member state: the coordinator is the member state that leads the EU-level project'],
  ["eu-coordinator-not-participating", 'coordinator: "SE" is not in participating_states (NL, DE): list the coordinating state among the participating states'],
  [
    "eu-network-under-member-state",
    'member_state: "NL" is a member state, but the id "eu-network-under-member-state" is an EU-level network\'s: a network or multi-country project is recorded with member_state: EU, its states in participating_states and its lead state in coordinator',
  ],
  ["nl-eu-level-without-coordinator", 'id: "nl-eu-level-without-coordinator" does not start with "eu-" (an EU-level record)'],
];

describe("each invalid fixture gives exactly one message naming file, field, value and rule", () => {
  it("covers every fixture in the folder", () => {
    const files = readdirSync(join(fixtures, "invalid"))
      .map((name) => name.replace(/\.md$/, ""))
      .sort();
    expect(files).toEqual(cases.map(([name]) => name).sort());
  });

  it.each(cases)("%s", (fixture, message) => {
    const input = read("invalid", `${fixture}.md`);
    const messages = validateRecords([...valid, input], refs).map(formatIssue);
    expect(messages).toEqual([`tests/fixtures/records/invalid/${fixture}.md: ${message}`]);
  });
});

describe("all problems in all records in one run", () => {
  it("reports every broken record, each with its own message", () => {
    const broken = readdirSync(join(fixtures, "invalid"))
      .sort()
      .map((name) => read("invalid", name));
    const messages = validateRecords([...valid, ...broken], refs).map(formatIssue);
    expect(messages).toHaveLength(cases.length);
    for (const [fixture] of cases) {
      expect(messages.filter((m) => m.startsWith(`tests/fixtures/records/invalid/${fixture}.md: `))).toHaveLength(1);
    }
  });

  it("reports several problems in one record", () => {
    const input: RecordInput = {
      file: "content/projects/it-two.md",
      id: "it-two",
      body: "## Project description\n\n## Benefits and results\n",
      frontmatter: { title: "", summary: "S.", member_state: "IT", managing_entity: "X", sources: [], confidence: "high", checked: "2026-02-30" },
    };
    expect(validateRecords([input], refs).map(formatIssue)).toEqual([
      'content/projects/it-two.md: title: "" is empty: title must not be blank',
      "content/projects/it-two.md: sources: [] is empty: at least one source {url, title, publisher} is required",
      'content/projects/it-two.md: checked: "2026-02-30" is not a real calendar date: that month has 28 days',
    ]);
  });

  it("reports duplicate ids, unreadable YAML and a file that is not a map", () => {
    const base = valid.find((input) => input.id === "it-fixture-partir")!;
    const messages = validateRecords(
      [
        base,
        { ...base, file: "content/projects/it-fixture-partir.mdx" },
        { file: "content/projects/it-bad-yaml.md", id: "it-bad-yaml", body: "", frontmatter: undefined, frontmatterError: "bad indentation" },
        { file: "content/projects/it-list.md", id: "it-list", body: "", frontmatter: [1, 2] },
      ],
      refs,
    ).map(formatIssue);
    expect(messages).toEqual([
      'content/projects/it-fixture-partir.mdx: id: "it-fixture-partir" is also the id of tests/fixtures/records/valid/it-fixture-partir.md: ids must be unique',
      "content/projects/it-bad-yaml.md: frontmatter: unreadable YAML cannot be parsed: bad indentation",
      "content/projects/it-list.md: frontmatter: [1,2] is not a YAML map between --- lines at the top of the file",
    ]);
  });
});

describe("figure-level provenance", () => {
  const base = valid.find((input) => input.id === "it-fixture-partir")!;
  const source = (url: string, states?: unknown) => ({ url, title: "T", publisher: "P", ...(states === undefined ? {} : { states }) });
  const withSources = (...sources: object[]): RecordInput => ({ ...base, frontmatter: { ...(base.frontmatter as object), sources } });
  const check = (input: RecordInput) => validateRecords([input], { ...refs, publishers: undefined }).map(formatIssue);
  const file = "tests/fixtures/records/valid/it-fixture-partir.md";

  it("a single source states every figure without saying so", () => {
    expect(check(withSources(source("https://example.org/a")))).toEqual([]);
    expect(figureSources(withSources(source("https://example.org/a")).frontmatter as FigureFields).get("allowances.1")).toEqual([1]);
  });

  it("with several sources, every figure is stated by at least one of them, and may be by both", () => {
    const input = withSources(
      source("https://example.org/a", ["start", "end", "budget.total", "budget.eu_share_pct"]),
      source("https://example.org/b", ["results.returned", "results.reintegration_assisted", "allowances.1", "budget.total"]),
    );
    expect(check(input)).toEqual([]);
    const map = figureSources(input.frontmatter as FigureFields);
    expect(Object.fromEntries(map)).toEqual({
      start: [1],
      end: [1],
      "budget.total": [1, 2],
      "budget.eu_share_pct": [1],
      "results.returned": [2],
      "results.reintegration_assisted": [2],
      "allowances.1": [2],
    });
  });

  it("names the figures no source claims, a key that is not a figure of the record, and a key listed twice", () => {
    const input = withSources(
      source("https://example.org/a", ["start", "end", "budget.totl", "start"]),
      source("https://example.org/b", ["results.counselled"]),
    );
    expect(check(input)).toEqual([
      `${file}: sources[0].states[2]: "budget.totl" is not a figure of this record (its figures: start, end, budget.total, budget.eu_share_pct, results.returned, results.reintegration_assisted, allowances.1); did you mean "budget.total"?`,
      `${file}: sources[0].states[3]: "start" is listed twice for this source`,
      `${file}: sources[1].states[0]: "results.counselled" is not a figure of this record (its figures: start, end, budget.total, budget.eu_share_pct, results.returned, results.reintegration_assisted, allowances.1)`,
      `${file}: sources: 2 sources do not say which of them states budget.total, budget.eu_share_pct, results.returned, results.reintegration_assisted, allowances.1: with several sources, list each figure under \`states\` of every source that states it`,
    ]);
  });
});

describe("publishers and confidence", () => {
  const base = valid.find((input) => input.id === "it-fixture-partir")!;
  const ALL_FIGURES = ["start", "end", "budget.total", "budget.eu_share_pct", "results.returned", "results.reintegration_assisted", "allowances.1"];
  const withSources = (sources: { url: string }[], confidence = "high"): RecordInput => ({
    ...base,
    frontmatter: {
      ...(base.frontmatter as object),
      confidence,
      sources: sources.map((s, i) => ({ ...s, title: "T", publisher: "P", ...(sources.length > 1 && i === 0 ? { states: ALL_FIGURES } : {}) })),
    },
  });
  const check = (input: RecordInput) => validateRecords([input], refs).map(formatIssue);

  it("accepts high where one source of several is official, whatever the others are", () => {
    expect(check(withSources([{ url: "https://news.example/a" }, { url: "https://sub.example.org/b" }]))).toEqual([]);
  });

  it("accepts medium and low on news alone", () => {
    expect(check(withSources([{ url: "https://news.example/a" }], "medium"))).toEqual([]);
    expect(check(withSources([{ url: "https://blog.example/a" }], "low"))).toEqual([]);
  });

  it("names each unlisted host, and leaves the confidence rule until every host is known", () => {
    expect(check(withSources([{ url: "https://news.example/a" }, { url: "http://other.test/b" }]))).toEqual([
      'tests/fixtures/records/valid/it-fixture-partir.md: sources[1].url: "http://other.test/b" is on host other.test, which is not in data/publishers.json: add the host to data/publishers.json (under its publisher, with its kind)',
    ]);
  });

  it("runs neither check without a publishers table", () => {
    const { publishers: _unused, ...withoutTable } = refs;
    expect(validateRecords([withSources([{ url: "http://other.test/b" }])], withoutTable)).toEqual([]);
  });
});

describe("translations", () => {
  const headings = { it: ["Descrizione del progetto", "Benefici e risultati"] as const };
  const recordIds = new Set(valid.map((input) => input.id));
  const folder = (kind: string) => readTranslationFolder(join(fixtures, `../translations/${kind}`), root);

  const records = new Map(valid.map((input) => [input.id, input.frontmatter]));

  it("a valid Italian translation passes, with every free-text field of its record", () => {
    const { inputs, issues } = folder("valid");
    expect(inputs.map((i) => [i.lang, i.id])).toEqual([["it", "it-fixture-partir"]]);
    expect([...issues, ...validateTranslations(inputs, { recordIds, records, headings })]).toEqual([]);
  });

  it("a translation that leaves out a free-text field, adds one the record lacks, or miscounts allowances is reported", () => {
    const [input] = folder("valid").inputs;
    const frontmatter = input!.frontmatter as Record<string, unknown>;
    const broken = {
      ...input!,
      frontmatter: {
        ...frontmatter,
        fields: { target_group: "Migranti vulnerabili", notes: "Una nota.", allowances: [{ kind: "uno" }, { kind: "due" }], conflicts: ["Un conflitto."] },
      },
    };
    const file = "tests/fixtures/translations/valid/it/it-fixture-partir.md";
    expect(validateTranslations([broken], { recordIds, records, headings }).map(formatIssue)).toEqual([
      `${file}: fields.results_note: missing: is required: content/projects/it-fixture-partir.md has results_note, and a translation translates every free-text field of its record`,
      `${file}: fields.notes: "Una nota." translates nothing: content/projects/it-fixture-partir.md has no notes`,
      `${file}: fields.conflicts: 1 conflict translates nothing: content/projects/it-fixture-partir.md has no conflicts`,
      `${file}: fields.allowances: 2 allowances does not match the record: content/projects/it-fixture-partir.md has 1 allowance, and the translation gives one entry per allowance, in the same order`,
    ]);
  });

  it("each broken translation is reported with file, field, value and rule", () => {
    const { inputs, issues } = folder("invalid");
    const messages = [...issues, ...validateTranslations(inputs, { recordIds, headings })].map(formatIssue);
    const dir = "tests/fixtures/translations/invalid";
    expect(messages).toEqual([
      `${dir}/it/at-fixture-year-only.md: body (line 11): "<script>" is raw HTML that can run code: <script> is not allowed in a record`,
      `${dir}/it/cz-fixture-koruna.md: body: headings ["Project description","Benefici e risultati"] lacks "## Descrizione del progetto": the narrative goes under "## Descrizione del progetto" and "## Benefici e risultati"`,
      `${dir}/it/eu-fixture-network.md: start: 2010 is under a key the record format does not know`,
      `${dir}/it/it-no-such-record.md: id: "it-no-such-record" is not the id of any record`,
      `${dir}/it/lv-fixture-targets-only.md: translation.reviewed_by: missing: is required with review: reviewed (who checked it)`,
      `${dir}/xx/it-fixture-partir.md: language: "xx" is not a language of the site that takes translations (it)`,
    ]);
  });
});
