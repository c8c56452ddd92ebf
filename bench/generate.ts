/**
 * Synthetic project records for the benchmark, in the record format
 * (/work/shared/docs/record-format.md, checked by src/lib/records/validate.ts).
 *
 * Every record is unmistakably synthetic: its id is `<iso>-synthetic-<number>`, its title
 * starts "Synthetic record", its notes say it is synthetic benchmark data, and its sources are
 * at https://example.invalid/. They are written to a scratch folder, never to content/.
 *
 * Deterministic: record i depends only on the seed and i, so the first 100 records of a
 * 10,000-record set are the 100-record set, and runs are comparable.
 *
 * Usage (Node 24, type stripping):
 *   node bench/generate.ts --count 1000 --out /tmp/avrr-bench/records [--seed 20261123] [--check]
 * writes <out>/projects/*.md and <out>/translations/it/*.md.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

export const DEFAULT_SEED = 20261123;
/** The build date the benchmark uses; every `checked` date is on or before it. */
export const BENCH_BUILD_DATE = "2026-11-23";

/** mulberry32: a small, fast, seeded PRNG; returns numbers in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  /** An integer in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1]![0];
  }
  /** `n` distinct items. */
  sample<T>(items: readonly T[], n: number): T[] {
    const pool = [...items];
    const out: T[] = [];
    while (out.length < n && pool.length > 0) out.push(pool.splice(Math.floor(this.next() * pool.length), 1)[0]!);
    return out;
  }
}

/** Member states weighted roughly by how much AVRR they ran; `EU` is an EU-level network. */
const MEMBER_STATES: readonly (readonly [string, number])[] = [
  ["IT", 10],
  ["GR", 8],
  ["DE", 8],
  ["FR", 7],
  ["ES", 6],
  ["BE", 6],
  ["NL", 6],
  ["AT", 6],
  ["GB", 5],
  ["SE", 4],
  ["PL", 4],
  ["CZ", 3],
  ["HU", 3],
  ["SK", 3],
  ["PT", 3],
  ["IE", 3],
  ["FI", 3],
  ["MT", 2],
  ["CY", 2],
  ["LT", 2],
  ["LV", 2],
  ["EE", 2],
  ["LU", 1],
  ["RO", 2],
  ["BG", 2],
  ["SI", 1],
  ["HR", 1],
  ["EU", 1],
];

const COUNTRY_NAMES: Readonly<Record<string, string>> = {
  IT: "Italy",
  GR: "Greece",
  DE: "Germany",
  FR: "France",
  ES: "Spain",
  BE: "Belgium",
  NL: "the Netherlands",
  AT: "Austria",
  GB: "the United Kingdom",
  SE: "Sweden",
  PL: "Poland",
  CZ: "Czechia",
  HU: "Hungary",
  SK: "Slovakia",
  PT: "Portugal",
  IE: "Ireland",
  FI: "Finland",
  MT: "Malta",
  CY: "Cyprus",
  LT: "Lithuania",
  LV: "Latvia",
  EE: "Estonia",
  LU: "Luxembourg",
  RO: "Romania",
  BG: "Bulgaria",
  SI: "Slovenia",
  HR: "Croatia",
  EU: "several Member States",
};

/** National currencies a record in that state may state amounts in (besides the euro). */
const NATIONAL_CURRENCY: Readonly<Record<string, string>> = {
  GB: "GBP",
  CZ: "CZK",
  HU: "HUF",
  PL: "PLN",
  SE: "SEK",
  RO: "RON",
  LV: "LVL",
  LT: "LTL",
  HR: "HRK",
};

const RETURN_COUNTRIES = [
  "AF",
  "AL",
  "AM",
  "BA",
  "BD",
  "BR",
  "CM",
  "CN",
  "DZ",
  "EG",
  "ER",
  "ET",
  "GE",
  "GH",
  "GM",
  "GN",
  "IN",
  "IQ",
  "IR",
  "KZ",
  "LK",
  "MA",
  "MD",
  "MK",
  "ML",
  "MN",
  "NG",
  "NP",
  "PK",
  "RS",
  "RU",
  "SD",
  "SN",
  "SO",
  "SY",
  "TN",
  "TR",
  "UA",
  "UZ",
  "VN",
  "XK",
];

const ORGANISATIONS = [
  "International Organization for Migration (IOM)",
  "Synthetic Refugee Council (example)",
  "Example Ministry of the Interior",
  "Example Return Agency",
  "Caritas (synthetic example)",
  "Red Cross (synthetic example)",
  "Example Migration Office",
  "Example Foundation for Return",
  "Example NGO Network",
  "Example Municipality Social Services",
];

const PUBLISHERS = [
  "Example Ministry of the Interior",
  "IOM (synthetic source)",
  "Example Return Agency",
  "Example News Agency",
  "European Commission (synthetic source)",
];

const WORDS = [
  "assisted",
  "voluntary",
  "return",
  "reintegration",
  "counselling",
  "migrants",
  "returnees",
  "families",
  "support",
  "travel",
  "documents",
  "arrival",
  "grant",
  "training",
  "housing",
  "health",
  "employment",
  "business",
  "small",
  "local",
  "partners",
  "outreach",
  "information",
  "referral",
  "vulnerable",
  "children",
  "victims",
  "trafficking",
  "monitoring",
  "follow-up",
  "cooperation",
  "authorities",
  "community",
  "livelihood",
  "microenterprise",
  "education",
  "psychosocial",
  "medical",
  "reception",
  "centres",
  "network",
  "caseworkers",
  "interviews",
  "applicants",
  "country",
  "origin",
  "sustainable",
  "plans",
  "budget",
  "costs",
  "allowance",
  "cash",
  "in-kind",
  "assistance",
  "project",
];

const WORDS_IT = [
  "rimpatrio",
  "volontario",
  "assistito",
  "reintegrazione",
  "migranti",
  "famiglie",
  "sostegno",
  "viaggio",
  "documenti",
  "arrivo",
  "contributo",
  "formazione",
  "alloggio",
  "salute",
  "lavoro",
  "impresa",
  "partner",
  "informazione",
  "vulnerabili",
  "minori",
  "vittime",
  "tratta",
  "monitoraggio",
  "cooperazione",
  "autorità",
  "comunità",
  "istruzione",
  "assistenza",
  "progetto",
  "paese",
  "origine",
  "piani",
  "costi",
  "servizi",
  "operatori",
  "colloqui",
  "rete",
];

const TITLE_TOPICS = [
  "Assisted voluntary return and reintegration",
  "Return counselling and reintegration support",
  "Voluntary return of vulnerable migrants",
  "Reintegration assistance in countries of origin",
  "Information and outreach on voluntary return",
  "Post-arrival assistance and reintegration",
  "Return and reintegration of families",
  "Reintegration through small business grants",
];

const ALLOWANCE_KINDS = [
  "cash grant on departure",
  "cash grant on arrival",
  "in-kind reintegration support",
  "reintegration grant for a small business",
  "travel allowance",
  "medical assistance on arrival",
  "housing support for the first months",
];

const FUND_DETAILS = [
  "Annual programme, action 1: assisted voluntary return",
  "Specific objective 3: return",
  "Community actions (transnational)",
  "National programme, return strand",
  "Emergency assistance",
];

const RELATIONS = ["predecessor", "successor", "part-of"] as const;
const ALLOWANCE_PER = ["person", "adult", "child", "household"] as const;

/**
 * Optional fields of the record format that the site being measured knows (the format grows:
 * a field is only written when the site's schema has it, so that the records stay valid).
 */
export interface FormatFeatures {
  /** Programme design element ids (data/elements.json), when the schema has `elements`. */
  elementIds?: readonly string[];
  /** The schema has `monitoring_months` (with the `monitoring` element). */
  monitoringMonths?: boolean;
  /** The schema has `conflicts`. */
  conflicts?: boolean;
  /**
   * Sources say which figures they state (`sources[].states`, src/lib/provenance.ts): a record
   * with several sources must list each of its figures under at least one of them.
   */
  sourceStates?: boolean;
  /**
   * Translations carry `translation: {method, review}` and `fields` (the record's free-text facts
   * in the language), as src/lib/schema/translation.ts has them; older sites had a bare word.
   */
  translationFields?: boolean;
}

/** What the site at `siteRoot` (a checkout or a copy of it) accepts, read from its schema and data. */
export async function readFormatFeatures(siteRoot: string): Promise<FormatFeatures> {
  const { PROJECT_KEYS } = (await import(join(siteRoot, "src/lib/schema/project.ts"))) as { PROJECT_KEYS: readonly string[] };
  const features: FormatFeatures = {};
  const elementsFile = join(siteRoot, "data/elements.json");
  if (PROJECT_KEYS.includes("elements") && existsSync(elementsFile)) {
    const data = JSON.parse(readFileSync(elementsFile, "utf8")) as { elements?: { id: string }[] };
    features.elementIds = (data.elements ?? []).map((e) => e.id);
  }
  if (PROJECT_KEYS.includes("monitoring_months")) features.monitoringMonths = true;
  if (PROJECT_KEYS.includes("conflicts")) features.conflicts = true;
  if (existsSync(join(siteRoot, "src/lib/provenance.ts"))) features.sourceStates = true;
  const translationSchema = join(siteRoot, "src/lib/schema/translation.ts");
  if (existsSync(translationSchema)) {
    const { TRANSLATION_KEYS } = (await import(translationSchema)) as { TRANSLATION_KEYS?: readonly string[] };
    if (TRANSLATION_KEYS?.includes("fields")) features.translationFields = true;
  }
  return features;
}

export interface SyntheticRecord {
  id: string;
  /** The record file's text. */
  text: string;
  /** The Italian translation file's text, for a share of the records. */
  italian?: string;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");
const q = (value: string) => JSON.stringify(value);

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function sentence(rng: Random, words: readonly string[], min = 8, max = 22): string {
  const n = rng.int(min, max);
  const parts: string[] = [];
  for (let i = 0; i < n; i++) parts.push(rng.pick(words));
  return `${capitalise(parts.join(" "))}.`;
}

function paragraph(rng: Random, words: readonly string[], sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(rng, words)).join(" ");
}

/** Body length classes: short, typical (as the real records), long, very long. */
function bodySentenceCount(rng: Random): number {
  const kind = rng.weighted([
    ["short", 25],
    ["typical", 50],
    ["long", 20],
    ["very-long", 5],
  ] as const);
  if (kind === "short") return rng.int(2, 4);
  if (kind === "typical") return rng.int(6, 10);
  if (kind === "long") return rng.int(14, 30);
  return rng.int(40, 70);
}

function section(rng: Random, words: readonly string[], sentences: number, id: string): string {
  const paragraphs: string[] = [];
  let left = sentences;
  while (left > 0) {
    const n = Math.min(left, rng.int(2, 5));
    paragraphs.push(paragraph(rng, words, n));
    left -= n;
  }
  if (rng.chance(0.15)) paragraphs.push(["- " + sentence(rng, words, 4, 8), "- " + sentence(rng, words, 4, 8), "- " + sentence(rng, words, 4, 8)].join("\n"));
  if (rng.chance(0.1)) paragraphs.push(`See the **synthetic** [source page](https://example.invalid/synthetic/${id}/more) for this made-up project.`);
  return paragraphs.join("\n\n");
}

function body(rng: Random, id: string, headings: readonly [string, string], words: readonly string[]): string {
  const total = bodySentenceCount(rng);
  const first = Math.max(1, Math.round(total * 0.6));
  return `\n## ${headings[0]}\n\n${section(rng, words, first, id)}\n\n## ${headings[1]}\n\n${section(rng, words, Math.max(1, total - first), id)}\n`;
}

interface DatePick {
  year: number;
  month: number;
  day: number;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** A date at a random precision, as YAML text: quoted mostly, sometimes bare. */
function yamlDate(rng: Random, d: DatePick, precision: "year" | "month" | "day"): string {
  const text = precision === "year" ? String(d.year) : precision === "month" ? `${d.year}-${pad(d.month)}` : `${d.year}-${pad(d.month)}-${pad(d.day)}`;
  return rng.chance(0.8) ? q(text) : text;
}

function addMonths(d: DatePick, months: number): DatePick {
  const index = d.year * 12 + (d.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return { year, month, day: daysInMonth(year, month) };
}

function fundFor(rng: Random, startYear: number | undefined): string | undefined {
  if (rng.chance(0.1)) return undefined;
  if (rng.chance(0.07)) return "eu-other";
  if (startYear === undefined) return rng.pick(["refugee-fund", "return-fund", "amif-2014-2020", "amif-2021-2027"]);
  if (startYear < 2008) return "refugee-fund";
  if (startYear <= 2013) return rng.chance(0.9) ? "return-fund" : "refugee-fund";
  if (startYear <= 2020) return "amif-2014-2020";
  return "amif-2021-2027";
}

/** An amount in currency units with at most two decimals. */
function amount(rng: Random, min: number, max: number, cents: boolean): number {
  const whole = rng.int(min, max);
  return cents ? whole + rng.int(1, 99) / 100 : whole;
}

/** Record number `index` (0-based) of the synthetic set made with `seed`. */
export function makeRecord(index: number, seed = DEFAULT_SEED, features: FormatFeatures = {}): SyntheticRecord {
  const rng = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  const number = pad(index, 6);
  const memberState = rng.weighted(MEMBER_STATES);
  const id = `${memberState.toLowerCase()}-synthetic-${number}`;
  const country = COUNTRY_NAMES[memberState] ?? memberState;
  const lines: string[] = ["---"];

  const topic = rng.pick(TITLE_TOPICS);
  const destinations = rng.sample(RETURN_COUNTRIES, rng.int(1, 4));
  lines.push(`title: ${q(`Synthetic record ${number}: ${topic} from ${country}`)}`);
  const acronym = rng.chance(0.35) ? `SYN-${number}` : undefined;
  if (acronym) lines.push(`acronym: ${acronym}`);
  const summarySentences = [
    `Synthetic benchmark record ${number}, not a real project: ${topic.toLowerCase()} from ${country}.`,
    `It helped ${rng.pick(["migrants", "families", "vulnerable people", "rejected asylum seekers"])} return and restart their lives.`,
    `Made up to measure how the site builds with many records.`,
  ].slice(0, rng.int(1, 3));
  lines.push(`summary: ${q(summarySentences.join(" "))}`);
  lines.push(`member_state: ${memberState}`);
  if (rng.chance(0.04)) lines.push(`participating_states: [${rng.sample(["IT", "FR", "DE", "NL", "BE", "AT"], 2).join(", ")}]`);

  // Dates: at day, month or year precision; some records give only one, or none.
  const hasStart = rng.chance(0.75);
  const start: DatePick = {
    year: rng.weighted([
      [rng.int(2002, 2007), 15],
      [rng.int(2008, 2013), 35],
      [rng.int(2014, 2020), 35],
      [rng.int(2021, 2027), 15],
    ]),
    month: rng.int(1, 12),
    day: 1,
  };
  start.day = rng.chance(0.6) ? 1 : rng.int(1, daysInMonth(start.year, start.month));
  const end = addMonths(start, rng.int(6, 60));
  const hasEnd = hasStart ? rng.chance(0.85) : rng.chance(0.05);
  const fund = fundFor(rng, hasStart ? start.year : undefined);
  if (fund) lines.push(`fund: ${fund}`);
  // The free-text fields the record has, which a translation must render.
  const texts = { fund_detail: false, target_group: false, results_note: false, conflicts: 0, allowances: 0 };
  if (fund && rng.chance(0.5)) {
    lines.push(`fund_detail: ${q(rng.pick(FUND_DETAILS))}`);
    texts.fund_detail = true;
  }
  if (rng.chance(0.1)) lines.push(`reference: ${q(`SYN/${start.year}/${number}`)}`);
  lines.push(`managing_entity: ${q(rng.pick(ORGANISATIONS))}`);
  if (rng.chance(0.55)) {
    lines.push("partners:");
    for (const partner of rng.sample(ORGANISATIONS, rng.int(1, 4))) lines.push(`  - ${q(partner)}`);
  }
  const precision = () =>
    rng.weighted([
      ["day", 65],
      ["month", 20],
      ["year", 15],
    ] as const);
  // The figure keys the record states, in the order of src/lib/provenance.ts figureKeysOf.
  const figures: string[] = [];
  if (hasStart) {
    lines.push(`start: ${yamlDate(rng, start, precision())}`);
    figures.push("start");
  }
  if (hasEnd) {
    lines.push(`end: ${yamlDate(rng, end, precision())}`);
    figures.push("end");
  }

  // Money, in the original currency; some parts missing.
  let currency = "EUR";
  if (rng.chance(0.45)) {
    const national = NATIONAL_CURRENCY[memberState];
    if (national && (memberState === "GB" || rng.chance(0.5))) currency = national;
    const scale = ["HUF", "CZK"].includes(currency) ? 300 : ["SEK", "PLN", "RON"].includes(currency) ? 10 : 1;
    const total = rng.chance(0.8) ? amount(rng, 20_000 * scale, 5_000_000 * scale, rng.chance(0.2)) : undefined;
    const pct = rng.chance(0.6)
      ? rng.weighted([
          [50, 20],
          [75, 40],
          [80, 5],
          [90, 15],
          [95, 5],
          [100, 5],
          [Math.round(rng.next() * 9000 + 1000) / 100, 10],
        ] as const)
      : undefined;
    const budget: string[] = [`  currency: ${currency}`];
    if (total !== undefined) {
      budget.push(`  total: ${total}`);
      figures.push("budget.total");
    }
    if (pct !== undefined) {
      budget.push(`  eu_share_pct: ${pct}`);
      figures.push("budget.eu_share_pct");
    }
    if (rng.chance(0.25)) {
      // A stated EU amount agrees with total × rate to the cent.
      const euAmount =
        total !== undefined && pct !== undefined
          ? Math.round((Math.round(total * 100) * pct) / 100) / 100
          : amount(rng, 10_000 * scale, 2_000_000 * scale, rng.chance(0.2));
      if (total === undefined || euAmount <= total) {
        budget.push(`  eu_amount: ${euAmount}`);
        figures.push("budget.eu_amount");
      }
    }
    if (rng.chance(0.1)) {
      budget.push(`  awarded: ${amount(rng, 10_000 * scale, 3_000_000 * scale, false)}`);
      figures.push("budget.awarded");
    }
    lines.push("budget:", ...budget);
  }

  // Results and targets: reported figures apart from planned ones.
  let returned: number | undefined;
  if (rng.chance(0.35)) {
    lines.push("results:");
    returned = rng.int(0, 2000);
    lines.push(`  returned: ${returned}`);
    figures.push("results.returned");
    if (rng.chance(0.5)) {
      lines.push(`  reintegration_assisted: ${rng.int(0, returned)}`);
      figures.push("results.reintegration_assisted");
    }
    if (rng.chance(0.2)) {
      lines.push(`  counselled: ${rng.int(returned, returned * 3 + 10)}`);
      figures.push("results.counselled");
    }
  }
  if (rng.chance(0.25)) {
    lines.push("targets:");
    lines.push(`  returned: ${rng.int(10, 2500)}`);
    figures.push("targets.returned");
    if (rng.chance(0.4)) {
      lines.push(`  reintegration_assisted: ${rng.int(5, 1500)}`);
      figures.push("targets.reintegration_assisted");
    }
  }
  if (rng.chance(0.35)) {
    lines.push(`results_note: ${q(sentence(rng, WORDS, 10, 30))}`);
    texts.results_note = true;
  }
  if (rng.chance(0.15)) {
    lines.push("allowances:");
    for (let i = rng.int(1, 4), n = 1; i > 0; i--, n++) {
      lines.push(`  - kind: ${q(rng.pick(ALLOWANCE_KINDS))}`);
      figures.push(`allowances.${n}`);
      texts.allowances = n;
      if (rng.chance(0.8)) lines.push(`    amount: ${rng.int(1, 60) * 50}`);
      else {
        const min = rng.int(1, 20) * 50;
        lines.push(`    amount_min: ${min}`, `    amount_max: ${min + rng.int(1, 40) * 50}`);
      }
      lines.push(`    currency: ${rng.chance(0.85) ? currency : "EUR"}`, `    per: ${rng.pick(ALLOWANCE_PER)}`);
    }
  }
  if (rng.chance(0.5)) {
    lines.push(`target_group: ${q(sentence(rng, WORDS, 5, 15))}`);
    texts.target_group = true;
  }
  if (rng.chance(0.35)) lines.push(`return_countries: [${destinations.join(", ")}]`);
  if (index > 0 && rng.chance(0.15)) {
    const other = makeRelatedId(rng.int(0, index - 1), seed);
    lines.push("related:", `  - id: ${other}`, `    relation: ${rng.pick(RELATIONS)}`);
  }
  lines.push("sources:");
  // Where each source's last line is, to add its `states` once every figure is known.
  const sourceEnds: number[] = [];
  for (
    let i = 1,
      n = rng.weighted([
        [1, 50],
        [2, 30],
        [3, 15],
        [4, 5],
      ] as const);
    i <= n;
    i++
  ) {
    lines.push(
      `  - url: https://example.invalid/synthetic/${id}/source-${i}`,
      `    title: ${q(`Synthetic source ${i} of record ${number} (benchmark data)`)}`,
      `    publisher: ${q(rng.pick(PUBLISHERS))}`,
    );
    sourceEnds.push(lines.length);
  }
  lines.push(
    `confidence: ${rng.weighted([
      ["high", 40],
      ["medium", 40],
      ["low", 20],
    ] as const)}`,
  );
  // Newer optional fields come from their own random stream, so that the rest of the record
  // is the same whether or not the site knows them.
  const extra = new Random((seed ^ Math.imul(index + 1, 0x85ebca6b) ^ 0x5bd1e995) >>> 0);
  const elementIds = features.elementIds ?? [];
  if (elementIds.length > 0 && extra.chance(0.6)) {
    const chosen = extra.sample(elementIds, extra.int(1, Math.min(6, elementIds.length)));
    lines.push("elements:", ...chosen.map((e) => `  - ${e}`));
    if (features.monitoringMonths && chosen.includes("monitoring") && extra.chance(0.5)) {
      lines.push(`monitoring_months: ${extra.int(3, 24)}`);
      figures.push("monitoring_months");
    }
  }
  if (features.conflicts && extra.chance(0.1)) {
    lines.push("conflicts:", `  - ${q(`The synthetic sources of record ${number} disagree on a made-up figure.`)}`);
    texts.conflicts = 1;
  }
  const notes = ["Synthetic benchmark data, not a real project: generated by bench/generate.ts and never published."];
  if (rng.chance(0.4)) notes.push(paragraph(rng, WORDS, rng.int(1, 3)));
  lines.push(`notes: ${q(notes.join(" "))}`);
  const checked = new Date(Date.UTC(2025, 0, 1) + rng.int(0, 691) * 86_400_000).toISOString().slice(0, 10);
  lines.push(`checked: ${rng.chance(0.8) ? q(checked) : checked}`);
  if (features.sourceStates && sourceEnds.length > 1) addSourceStates(lines, sourceEnds, figures, seed, index);
  lines.push("---");
  const text = `${lines.join("\n")}\n${body(rng, id, ["Project description", "Benefits and results"], WORDS)}`;

  // Translations: about one record in seven, most of them Italian projects (as on the real site).
  const translate = rng.chance(memberState === "IT" ? 0.7 : 0.1);
  if (!translate) return { id, text };
  const italian = [
    "---",
    `title: ${q(`Synthetic record ${number} (scheda sintetica): rimpatrio volontario assistito (${memberState})`)}`,
    `summary: ${q(`Scheda sintetica ${number} per il benchmark, non un progetto reale. Serve a misurare la costruzione del sito con molte schede.`)}`,
    ...translationNote(
      rng.weighted([
        ["unreviewed", 60],
        ["reviewed", 30],
        ["original", 10],
      ] as const),
      features,
    ),
    ...(features.translationFields ? translatedFields(texts, number, seed, index) : []),
    "---",
    body(rng, id, ["Descrizione del progetto", "Benefici e risultati"], WORDS_IT),
  ].join("\n");
  return { id, text, italian };
}

/** The translation note: a bare word on older sites, `{method, review}` (and who reviewed it, when) now. */
function translationNote(kind: "unreviewed" | "reviewed" | "original", features: FormatFeatures): string[] {
  if (!features.translationFields) return [`translation: ${kind}`];
  if (kind === "original") return ["translation:", "  method: original", "  review: unreviewed"];
  if (kind === "unreviewed") return ["translation:", "  method: machine", "  review: unreviewed"];
  return [
    "translation:",
    "  method: human",
    "  review: reviewed",
    `  reviewed_by: ${q("Synthetic reviewer (benchmark data)")}`,
    `  reviewed_on: ${q("2026-11-01")}`,
  ];
}

/**
 * The `fields` of a translation: exactly the free-text fields the record has, in synthetic
 * Italian, from their own random stream (the body after it stays the same).
 */
function translatedFields(
  texts: { fund_detail: boolean; target_group: boolean; results_note: boolean; conflicts: number; allowances: number },
  number: string,
  seed: number,
  index: number,
): string[] {
  const rng = new Random((seed ^ Math.imul(index + 1, 0x165667b1) ^ 0x61c88647) >>> 0);
  const lines = ["fields:"];
  if (texts.fund_detail) lines.push(`  fund_detail: ${q(capitalise(sentence(rng, WORDS_IT, 3, 8)))}`);
  if (texts.target_group) lines.push(`  target_group: ${q(sentence(rng, WORDS_IT, 5, 15))}`);
  if (texts.results_note) lines.push(`  results_note: ${q(sentence(rng, WORDS_IT, 10, 30))}`);
  lines.push(`  notes: ${q(`Dati sintetici per il benchmark, non un progetto reale (scheda ${number}).`)}`);
  if (texts.conflicts) {
    lines.push("  conflicts:");
    for (let i = 0; i < texts.conflicts; i++) lines.push(`    - ${q(`Le fonti sintetiche della scheda ${number} non concordano su un dato inventato.`)}`);
  }
  if (texts.allowances) {
    lines.push("  allowances:");
    for (let i = 0; i < texts.allowances; i++) lines.push(`    - kind: ${q(`contributo sintetico ${i + 1}`)}`);
  }
  return lines;
}

/**
 * With several sources, says which of them states each figure (`sources[].states`): every figure
 * goes to one source, about one in five to a second one as well, as when two pages give the same
 * figure. A source may state none. From its own random stream, so the rest of the record is the
 * same whether or not the site knows `states`. Inserts after each source's last line, last first.
 */
function addSourceStates(lines: string[], sourceEnds: readonly number[], figures: readonly string[], seed: number, index: number): void {
  const rng = new Random((seed ^ Math.imul(index + 1, 0xc2b2ae35) ^ 0x27d4eb2f) >>> 0);
  const states: string[][] = sourceEnds.map(() => []);
  for (const figure of figures) {
    const first = rng.int(0, sourceEnds.length - 1);
    states[first]!.push(figure);
    if (rng.chance(0.2)) {
      const second = (first + rng.int(1, sourceEnds.length - 1)) % sourceEnds.length;
      states[second]!.push(figure);
    }
  }
  for (let i = sourceEnds.length - 1; i >= 0; i--) {
    if (states[i]!.length) lines.splice(sourceEnds[i]!, 0, `    states: [${states[i]!.join(", ")}]`);
  }
}

/** The id of record `index`, without building the whole record. */
function makeRelatedId(index: number, seed: number): string {
  const rng = new Random((seed ^ Math.imul(index + 1, 0x9e3779b1)) >>> 0);
  return `${rng.weighted(MEMBER_STATES).toLowerCase()}-synthetic-${pad(index, 6)}`;
}

export interface GenerateResult {
  records: number;
  translations: number;
  projectsDir: string;
  translationsDir: string;
}

/**
 * Writes `count` records to `<outDir>/projects/` and their Italian translations to
 * `<outDir>/translations/it/`, replacing what was there.
 */
export function generate(count: number, outDir: string, seed = DEFAULT_SEED, features: FormatFeatures = {}): GenerateResult {
  const projectsDir = join(outDir, "projects");
  const translationsDir = join(outDir, "translations");
  rmSync(projectsDir, { recursive: true, force: true });
  rmSync(translationsDir, { recursive: true, force: true });
  mkdirSync(projectsDir, { recursive: true });
  mkdirSync(join(translationsDir, "it"), { recursive: true });
  let translations = 0;
  for (let i = 0; i < count; i++) {
    const record = makeRecord(i, seed, features);
    writeFileSync(join(projectsDir, `${record.id}.md`), record.text);
    if (record.italian) {
      writeFileSync(join(translationsDir, "it", `${record.id}.md`), record.italian);
      translations++;
    }
  }
  return { records: count, translations, projectsDir, translationsDir };
}

/** Runs the site's own record checks (the ones that stop the build) on a generated set. */
export async function checkGenerated(result: GenerateResult, repoRoot: string): Promise<string[]> {
  const { checkContent, readTranslationHeadings } = await import("../src/integrations/record-files.ts");
  return checkContent({
    recordsDir: result.projectsDir,
    translationsDir: result.translationsDir,
    dataDir: join(repoRoot, "data"),
    // The synthetic sources are on example.invalid, a publisher only bench/publishers.json knows.
    publishersFile: join(repoRoot, "bench/publishers.json"),
    rootDir: resolve(result.projectsDir, "..", ".."),
    headings: readTranslationHeadings(join(repoRoot, "src/i18n"), ["it"]),
    today: BENCH_BUILD_DATE,
  }).problems;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      count: { type: "string", default: "100" },
      out: { type: "string" },
      seed: { type: "string", default: String(DEFAULT_SEED) },
      check: { type: "boolean", default: false },
    },
  });
  if (!values.out) throw new Error("give --out <folder> (a scratch folder; never content/)");
  const out = resolve(values.out);
  const repoRoot = resolve(import.meta.dirname, "..");
  if (out === resolve(repoRoot, "content") || out.startsWith(`${resolve(repoRoot, "content")}/`)) {
    throw new Error("synthetic records never go into content/");
  }
  const result = generate(Number(values.count), out, Number(values.seed), await readFormatFeatures(repoRoot));
  console.log(
    `wrote ${result.records} synthetic records to ${result.projectsDir} and ${result.translations} Italian translations to ${result.translationsDir}/it`,
  );
  if (values.check) {
    const problems = await checkGenerated(result, repoRoot);
    if (problems.length) {
      console.error(problems.slice(0, 50).join("\n"));
      throw new Error(`${problems.length} problems in the synthetic records`);
    }
    console.log("all synthetic records and translations pass the site's checks");
  }
}
