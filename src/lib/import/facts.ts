/**
 * Import of a round of gathered source facts (the shape of `avrr-projects-more.json`) into
 * project records: pure functions, no file access. `scripts/import-facts.ts` reads the files,
 * calls `planImport` and prints or writes what it returns.
 *
 * - A new record's frontmatter is mapped from its fact object (`mapFact`), keeping only the
 *   figures its `evidence` quotes support (`unsupportedFigures`); derived figures are never written.
 * - An enrichment item is applied to an existing record (`applyEnrichment`): a missing fact is
 *   added with its source, an equal one is "already there", a contradicting one becomes a
 *   sentence in `conflicts` (the record keeps its figure), anything else goes to hand review.
 * - Nothing is overwritten: a record that exists is compared with what the import would make.
 */
import yaml from "js-yaml";
import { ALLOWANCE_PER, COUNTRY_NAMES, COUNTRY_WORDS_ONLY } from "./maps.ts";

/* ------------------------------------------------------------------------------------------ */
/* Input shapes                                                                                 */

export interface FactAllowance {
  type: string;
  amount?: number | null;
  amount_min?: number | null;
  amount_max?: number | null;
  currency?: string | null;
  per?: string | null;
}

/** One project of the facts file's `records`. `null` means the source does not say. */
export interface Fact {
  id: string;
  title: string;
  title_en?: string | null;
  acronym?: string | null;
  country?: string | null;
  country_iso2?: string | null;
  fund?: string | null;
  programming_period?: string | null;
  start_date?: string | null;
  end_date?: string | null;
  date_precision?: string | null;
  total_budget?: number | null;
  total_budget_currency?: string | null;
  eu_contribution_pct?: number | null;
  eu_contribution_amount?: number | null;
  eu_contribution_currency?: string | null;
  funding_awarded?: number | null;
  funding_awarded_currency?: string | null;
  managing_entity?: string | null;
  partners?: string[] | null;
  target_group?: string | null;
  countries_of_return?: string[] | null;
  outcomes?: { returned?: number | null; reintegration_assisted?: number | null; counselled?: number | null; other?: string | null } | null;
  targets?: { returns?: number | null; reintegration?: number | null } | null;
  allowances?: FactAllowance[] | null;
  derived_figures?: unknown;
  notes?: string | null;
  source_url: string;
  source_title?: string | null;
  additional_sources?: (string | { url: string; title?: string | null })[] | null;
  source_type?: string | null;
  confidence: "high" | "medium" | "low";
  evidence?: Record<string, string> | null;
  check_possible_duplicate_of?: string | null;
}

/** One new fact about an existing record. */
export interface EnrichmentItem {
  id: string;
  field: string;
  value: unknown;
  source_url: string;
  source_title?: string | null;
  evidence?: string | Record<string, string> | null;
  note?: string | null;
}

export interface FactsFile {
  records: Fact[];
  enrichment: EnrichmentItem[];
  /** Found but out of scope: never imported. */
  excluded?: unknown[];
  /** Not dates of any record: never imported. */
  fund_eligibility?: unknown[];
}

/**
 * Decisions taken by a person for one round of facts (a JSON file next to the script): what to
 * do with possible duplicates and links between records, figures left out, and the outcome of
 * each enrichment item the script could not apply by itself.
 */
export interface Decisions {
  records?: Record<string, RecordDecision>;
  /** Keyed by `enrichmentKey(item)`. */
  enrichment?: Record<string, EnrichmentDecision>;
}

export interface RecordDecision {
  /** A true duplicate: its facts and sources go into this record instead of a new file. */
  merge_into?: string;
  /** Links the new record declares. */
  related?: { id: string; relation: "predecessor" | "successor" | "part-of" }[];
  /** Record fields (dotted, e.g. `start`, `budget.total`) left out, with the reason in `reason`. */
  drop?: string[];
  /** Figures checked against their evidence by a person although the automatic check missed them. */
  accept?: string[];
  /** For an EU-level record (`eu-` id): the states its sources name as taking part, and the lead state where stated. */
  participating_states?: string[];
  coordinator?: string;
  /** A confidence other than the facts', where the validator's rule on publishers requires it (say why in `reason`). */
  confidence?: "high" | "medium" | "low";
  reason: string;
}

export interface EnrichmentDecision {
  /** `applied`: a person applied it to the record file; `rejected`: not applied, see reason. */
  status: "applied" | "rejected";
  reason: string;
}

export interface ImportContext {
  /** Publisher names by host name (`www.` is tried with and without). */
  publishers: Readonly<Record<string, string>>;
  /** The `checked` day of records this round writes or changes. */
  checked: string;
  decisions?: Decisions;
}

/* ------------------------------------------------------------------------------------------ */
/* Record shapes                                                                                */

export interface Source {
  url: string;
  title: string;
  publisher: string;
}

export type Frontmatter = Record<string, unknown> & {
  title?: string;
  sources?: Source[];
  conflicts?: string[];
  notes?: string;
};

/** The record format's key order, so that written files read the same way. */
export const KEY_ORDER = [
  "title",
  "title_en",
  "acronym",
  "summary",
  "member_state",
  "participating_states",
  "coordinator",
  "fund",
  "fund_detail",
  "reference",
  "managing_entity",
  "partners",
  "start",
  "end",
  "budget",
  "results",
  "targets",
  "results_note",
  "allowances",
  "target_group",
  "return_countries",
  "elements",
  "monitoring_months",
  "related",
  "sources",
  "confidence",
  "notes",
  "conflicts",
  "checked",
] as const;

const BUDGET_ORDER = ["currency", "total", "eu_share_pct", "eu_amount", "awarded"] as const;

/* ------------------------------------------------------------------------------------------ */
/* Small helpers                                                                                */

/** The record id of a fact id: the site's ids use `gb-` for the United Kingdom. */
export function recordId(factId: string): string {
  return factId.startsWith("uk-") ? `gb-${factId.slice(3)}` : factId;
}

export function enrichmentKey(item: EnrichmentItem): string {
  return `${recordId(item.id)} | ${item.field} | ${item.source_url}`;
}

const sentence = (s: string) => (/[.!?]["')\]]?$/.test(s.trim()) ? s.trim() : `${s.trim()}.`);

export function publisherOf(url: string, publishers: Readonly<Record<string, string>>): string | undefined {
  const { hostname, pathname } = new URL(url);
  if (hostname === "ec.europa.eu" && pathname.includes("home-affairs")) return "European Commission, DG Migration and Home Affairs";
  return publishers[hostname] ?? publishers[hostname.replace(/^www\d?\./, "")] ?? publishers[`www.${hostname}`];
}

function ordered(record: Frontmatter): Frontmatter {
  const out: Record<string, unknown> = {};
  for (const key of KEY_ORDER) if (record[key] !== undefined) out[key] = record[key];
  for (const key of Object.keys(record)) if (!(key in out) && record[key] !== undefined) out[key] = record[key];
  if (out.budget && typeof out.budget === "object") {
    const b = out.budget as Record<string, unknown>;
    const budget: Record<string, unknown> = {};
    for (const key of BUDGET_ORDER) if (b[key] !== undefined) budget[key] = b[key];
    for (const key of Object.keys(b)) if (!(key in budget)) budget[key] = b[key];
    out.budget = budget;
  }
  return out as Frontmatter;
}

/** The YAML of a record's frontmatter, as the first import wrote it. */
export function dumpFrontmatter(record: Frontmatter): string {
  return yaml.dump(ordered(record), { lineWidth: 100, noRefs: true, quotingType: '"' });
}

export function renderRecord(record: Frontmatter, body: string): string {
  return `---\n${dumpFrontmatter(record)}---\n\n${body.trim()}\n`;
}

const clone = <T>(value: T): T => (value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T));

/* ------------------------------------------------------------------------------------------ */
/* Evidence                                                                                     */

const MONTHS: readonly (readonly string[])[] = [
  ["ledna", "leden", "jan", "gen", "ene", "janv", "tammi", "styczeń", "stycz", "ianuar", "siječ", "januar"],
  ["února", "únor", "feb", "fév", "febbr", "helmi", "luty", "lut", "februar", "veljač", "veebr"],
  ["března", "březen", "mar", "märz", "maart", "mars", "marz", "maalis", "marzec", "martie", "ožuj", "mär"],
  ["dubna", "duben", "apr", "avr", "abr", "huhti", "kwie", "aprilie", "trav"],
  ["května", "květen", "may", "mai", "mei", "magg", "mayo", "maio", "touko", "maj", "svib"],
  ["června", "jun", "juin", "giugn", "junio", "junho", "kesä", "czerw", "iunie", "lip", "juuni"],
  ["července", "červenec", "jul", "juil", "lugl", "julio", "julho", "heinä", "lipiec", "iulie", "srp", "juuli"],
  ["srpna", "srpen", "aug", "aoû", "agost", "ago", "elo", "sierp", "august", "kolov"],
  ["září", "sep", "set", "sett", "septiembre", "syys", "wrzes", "septembrie", "ruj"],
  ["října", "říjen", "oct", "okt", "ott", "out", "loka", "paźdz", "octombrie", "listop"],
  ["listopadu", "nov", "marras", "listopad", "noiembrie", "studen"],
  ["prosince", "prosinec", "dec", "déc", "dic", "dez", "joulu", "grudz", "decembrie", "prosin", "detsem"],
];

function evidenceText(evidence: EnrichmentItem["evidence"] | Fact["evidence"]): string {
  if (!evidence) return "";
  if (typeof evidence === "string") return evidence;
  return Object.values(evidence)
    .filter((v) => typeof v === "string")
    .join(" \n ");
}

/** Whether `n` is written in `text`, in any of the usual digit groupings or as "N million". */
export function numberInText(n: number, text: string): boolean {
  const [int, dec] = String(n).split(".");
  const groups = int!.replace(/\B(?=(\d{3})+(?!\d))/g, "\u0000");
  const sep = "[ ,.'\u00a0\u202f]?";
  const intPattern = groups.split("\u0000").join(sep);
  const decPattern = dec ? `[.,]${dec}0*` : "(?:[.,]0+)?";
  if (new RegExp(`(?<![\\d.,])${intPattern}${decPattern}(?![\\d]|[.,]\\d)`).test(text)) return true;
  if (n >= 100000) {
    const millions = String(n / 1e6);
    const m = millions.replace(".", "[.,]");
    if (new RegExp(`(?<![\\d.,])${m}\\s*(?:m\\b|mn\\b|million|milion|mio|miljon|millon|εκατ|milj)`, "i").test(text)) return true;
    const words = ["δεκατριών εκατομμυρίων"]; // Greek for 13 million, written out
    if (n === 13000000 && words.some((w) => text.includes(w))) return true;
  }
  return false;
}

/** Whether a date at year, month or day precision is stated in `text`. */
export function dateInText(date: string, text: string): boolean {
  const [y, m, d] = date.split("-");
  const lower = text.toLowerCase();
  if (!new RegExp(`(?<!\\d)${y}(?!\\d)`).test(text)) return false;
  if (!m) return true;
  const month = Number(m);
  const numericMonth = new RegExp(`(?<!\\d)0?${month}(?!\\d)`).test(text.replace(new RegExp(y!, "g"), " "));
  const namedMonth = MONTHS[month - 1]!.some((name) => lower.includes(name));
  if (!numericMonth && !namedMonth) return false;
  if (!d) return true;
  return new RegExp(`(?<!\\d)0?${Number(d)}(?!\\d)`).test(text.replace(new RegExp(y!, "g"), " "));
}

/** A figure of a mapped record, with the record path and how to find it in evidence. */
interface Figure {
  path: string;
  kind: "date" | "number";
  value: string | number;
}

function figuresOf(record: Frontmatter): Figure[] {
  const figures: Figure[] = [];
  for (const key of ["start", "end"] as const) if (typeof record[key] === "string") figures.push({ path: key, kind: "date", value: record[key] as string });
  const budget = record.budget as Record<string, unknown> | undefined;
  for (const key of ["total", "eu_share_pct", "eu_amount", "awarded"]) {
    if (typeof budget?.[key] === "number") figures.push({ path: `budget.${key}`, kind: "number", value: budget[key] as number });
  }
  for (const group of ["results", "targets"] as const) {
    const counts = record[group] as Record<string, number> | undefined;
    for (const [key, value] of Object.entries(counts ?? {})) figures.push({ path: `${group}.${key}`, kind: "number", value });
  }
  ((record.allowances as Record<string, unknown>[] | undefined) ?? []).forEach((a, i) => {
    for (const key of ["amount", "amount_min", "amount_max"])
      if (typeof a[key] === "number") figures.push({ path: `allowances[${i}].${key}`, kind: "number", value: a[key] as number });
  });
  return figures;
}

/** The figures of `record` that no quote of `evidence` states. */
export function unsupportedFigures(record: Frontmatter, evidence: EnrichmentItem["evidence"] | Fact["evidence"]): string[] {
  const text = evidenceText(evidence);
  return figuresOf(record)
    .filter((f) => (f.kind === "date" ? !dateInText(f.value as string, text) : !numberInText(f.value as number, text)))
    .map((f) => f.path);
}

/* ------------------------------------------------------------------------------------------ */
/* Mapping a fact to a record                                                                   */

const AMIF =
  /AMIF|FAMI|FUMI|Asyl-, Migrations|Asylum, Migration|Asile, Migration|Azylov|Varjupaiga|Убежище|Asiel, Migratie|Asil, Migraci|Fondo de Asilo|Fondo Asilo|Fundo (?:para o )?Asilo|Fondul Azil|Sklad za azil|Fond za azil|Turvapaikka/i;
const RETURN_FUND =
  /Return(?:s)? Fund|Rückkehrfonds|Terugkeer ?Fonds|Fundusz(?:u)? Powrotów|Fondo Europeo para el Retorno|Fonds Européen pour le Retour|Fondo (?:Europeo per i )?Rimpatri|Tagasipöördumisfond|фонд за връщане|Ταμείο Επιστροφής|Fondul de reîntoarcere|paluurahasto/i;
const REFUGEE_FUND = /Refugee Fund|Flüchtlingsfonds|flyktingfonden|\bEFF\b|\bERF\b/i;
/** The 2006 and 2007 RETURN preparatory actions came before the European Return Fund (2008–2013). */
const PREPARATORY = /RETURN Fund 2007|preparatory actions/i;

/** The fund id and, where the source says more or other than the fund's name, its words. */
export function fundOf(text: string | null | undefined, programmingPeriod: string | null | undefined): { fund?: string; fund_detail?: string } {
  if (!text) return {};
  const canonical = ["European Return Fund", "European Refugee Fund", "AMIF", "AMIF 2021-2027"];
  const detail = canonical.includes(text) ? {} : { fund_detail: text };
  if (PREPARATORY.test(text)) return { fund: "eu-other", ...detail };
  if (AMIF.test(text)) {
    if (/2021[-–]2027/.test(text) || programmingPeriod === "2021-2027") return { fund: "amif-2021-2027", ...detail };
    if (/2014[-–]2020/.test(text) || programmingPeriod === "2014-2020") return { fund: "amif-2014-2020", ...detail };
    return { fund_detail: `${text}; the sources do not say which AMIF programming period` };
  }
  if (RETURN_FUND.test(text)) return { fund: "return-fund", ...detail };
  if (REFUGEE_FUND.test(text)) return { fund: "refugee-fund", ...detail };
  return { fund: "eu-other", ...detail };
}

export interface MappedAllowances {
  allowances: Record<string, unknown>[];
  /** Allowances the record cannot show as amounts, in words for `notes`. */
  unpriced: string[];
  problems: string[];
}

export function mapAllowances(list: readonly FactAllowance[] | null | undefined): MappedAllowances {
  const out: MappedAllowances = { allowances: [], unpriced: [], problems: [] };
  for (const a of list ?? []) {
    const has = (v: number | null | undefined): v is number => typeof v === "number";
    const priced = has(a.amount) || has(a.amount_min) || has(a.amount_max);
    const mapping = a.per ? ALLOWANCE_PER[a.per] : undefined;
    if (!priced || !a.currency || !mapping) {
      const amount = has(a.amount) ? `${a.amount.toLocaleString("en-GB")}${a.currency ? ` ${a.currency}` : " with no currency stated"}` : "amount not stated";
      out.unpriced.push(`${a.type}${a.per ? ` (per ${a.per})` : ""}: ${amount}`);
      if (priced && a.currency && !mapping) out.problems.push(`allowance "${a.type}": no mapping for per "${a.per}"`);
      continue;
    }
    const [per, suffix] = mapping;
    const allowance: Record<string, unknown> = {};
    if (has(a.amount)) {
      allowance.kind = `${a.type}${suffix}`;
      allowance.amount = a.amount;
    } else if (has(a.amount_min) && has(a.amount_max)) {
      allowance.kind = `${a.type}${suffix}`;
      allowance.amount_min = a.amount_min;
      allowance.amount_max = a.amount_max;
    } else if (has(a.amount_max)) {
      allowance.kind = `${a.type} (max)${suffix}`;
      allowance.amount = a.amount_max;
    } else {
      allowance.kind = `${a.type} (minimum)${suffix}`;
      allowance.amount = a.amount_min;
    }
    allowance.currency = a.currency;
    allowance.per = per;
    out.allowances.push(allowance);
  }
  return out;
}

export function mapCountries(names: readonly string[] | null | undefined): { codes: string[]; inWords: boolean; problems: string[] } {
  const codes: string[] = [];
  const problems: string[] = [];
  let inWords = false;
  for (const name of names ?? []) {
    if (COUNTRY_WORDS_ONLY.has(name)) {
      inWords = true;
      continue;
    }
    const code = COUNTRY_NAMES[name] ?? COUNTRY_NAMES[name.replace(/\s*\(.*\)\s*$/, "")];
    if (!code) {
      problems.push(`country of return "${name}" has no ISO code in src/lib/import/maps.ts`);
      inWords = true;
      continue;
    }
    if (!codes.includes(code)) codes.push(code);
    if (name.includes("(") || name.includes("/") || name === "Somaliland") inWords = true;
  }
  return { codes, inWords, problems };
}

function descriptiveTitle(sourceType: string | null | undefined, label: string): string {
  const type = sourceType ? `${sourceType.charAt(0).toUpperCase()}${sourceType.slice(1)}` : "Page";
  return `${type}: ${label}`;
}

export interface MappedFact {
  id: string;
  /** Frontmatter without `summary` (that comes with the narrative). */
  record: Frontmatter;
  /** Figures left out, each with why. */
  dropped: string[];
  /** What stops the record from being imported (unknown publisher, country, allowance recipient). */
  problems: string[];
}

/** Maps a fact object to record frontmatter: only what the source states, no derived figures. */
export function mapFact(fact: Fact, ctx: ImportContext): MappedFact {
  const id = recordId(fact.id);
  const decision = ctx.decisions?.records?.[fact.id] ?? ctx.decisions?.records?.[id];
  const problems: string[] = [];
  const dropped: string[] = [];
  const notes: string[] = fact.notes ? [sentence(fact.notes.replace(/\s*\|\s*Second gathering:\s*/g, " "))] : [];

  const budget: Record<string, unknown> = {};
  const currencies = new Set<string | null | undefined>();
  if (typeof fact.total_budget === "number") {
    if (fact.total_budget_currency) {
      budget.total = fact.total_budget;
      currencies.add(fact.total_budget_currency);
    } else dropped.push(`budget.total: ${fact.total_budget} has no currency in the source`);
  }
  if (typeof fact.eu_contribution_pct === "number") budget.eu_share_pct = fact.eu_contribution_pct;
  if (typeof fact.eu_contribution_amount === "number") {
    if (fact.eu_contribution_currency) {
      budget.eu_amount = fact.eu_contribution_amount;
      currencies.add(fact.eu_contribution_currency);
    } else dropped.push(`budget.eu_amount: ${fact.eu_contribution_amount} has no currency in the source`);
  }
  if (typeof fact.funding_awarded === "number") {
    if (fact.funding_awarded_currency) {
      budget.awarded = fact.funding_awarded;
      currencies.add(fact.funding_awarded_currency);
    } else dropped.push(`budget.awarded: ${fact.funding_awarded} has no currency in the source`);
  }
  if (currencies.size > 1) problems.push(`budget amounts in more than one currency (${[...currencies].join(", ")})`);
  if (currencies.size === 1) budget.currency = [...currencies][0];

  const results: Record<string, number> = {};
  const outcomes = fact.outcomes ?? {};
  for (const key of ["returned", "reintegration_assisted", "counselled"] as const) {
    if (typeof outcomes[key] === "number") results[key] = outcomes[key];
  }
  const targets: Record<string, number> = {};
  if (typeof fact.targets?.returns === "number") targets.returned = fact.targets.returns;
  if (typeof fact.targets?.reintegration === "number") targets.reintegration_assisted = fact.targets.reintegration;

  const allowances = mapAllowances(fact.allowances);
  problems.push(...allowances.problems);
  if (allowances.unpriced.length) notes.push(`Allowances that the record cannot show as amounts: ${allowances.unpriced.join("; ")}.`);

  const countries = mapCountries(fact.countries_of_return);
  problems.push(...countries.problems);
  if (countries.inWords) notes.push(`Countries of return as the source names them: ${(fact.countries_of_return ?? []).join("; ")}.`);

  const label = fact.acronym ?? fact.title;
  const sources: Source[] = [];
  const addSource = (url: string, title: string) => {
    if (sources.some((s) => s.url === url)) return;
    const publisher = publisherOf(url, ctx.publishers);
    if (!publisher) problems.push(`no publisher for ${new URL(url).hostname} (add it to the publishers file)`);
    sources.push({ url, title, publisher: publisher ?? "" });
  };
  addSource(fact.source_url, fact.source_title ?? descriptiveTitle(fact.source_type, label));
  for (const extra of fact.additional_sources ?? []) {
    if (typeof extra === "string") addSource(extra, `Further source on ${label}`);
    else addSource(extra.url, extra.title ?? `Further source on ${label}`);
  }

  if (!fact.managing_entity) problems.push("no managing entity: the record format requires one");

  const record: Frontmatter = {
    title: fact.title,
    ...(fact.title_en ? { title_en: fact.title_en } : {}),
    ...(fact.acronym ? { acronym: fact.acronym } : {}),
    // An EU-level network (`eu-` id) is recorded as EU, its lead state as coordinator.
    member_state: id.startsWith("eu-") ? "EU" : (fact.country_iso2 ?? "EU"),
    ...(decision?.participating_states?.length ? { participating_states: [...decision.participating_states] } : {}),
    ...(decision?.coordinator ? { coordinator: decision.coordinator } : {}),
    ...fundOf(fact.fund, fact.programming_period),
    ...(fact.managing_entity ? { managing_entity: fact.managing_entity } : {}),
    ...(fact.partners?.length ? { partners: [...fact.partners] } : {}),
    ...(fact.start_date ? { start: fact.start_date } : {}),
    ...(fact.end_date ? { end: fact.end_date } : {}),
    ...(Object.keys(budget).length ? { budget } : {}),
    ...(Object.keys(results).length ? { results } : {}),
    ...(Object.keys(targets).length ? { targets } : {}),
    ...(outcomes.other ? { results_note: sentence(outcomes.other) } : {}),
    ...(allowances.allowances.length ? { allowances: allowances.allowances } : {}),
    ...(fact.target_group ? { target_group: fact.target_group } : {}),
    ...(countries.codes.length ? { return_countries: countries.codes } : {}),
    ...(decision?.related?.length ? { related: decision.related.map((r) => ({ id: recordId(r.id), relation: r.relation })) } : {}),
    sources,
    confidence: decision?.confidence ?? fact.confidence,
    ...(notes.length ? { notes: notes.join(" ") } : {}),
    checked: ctx.checked,
  };

  // Figures a person decided to leave out, then those no evidence quote supports.
  for (const path of decision?.drop ?? []) {
    if (removePath(record, path)) dropped.push(`${path}: left out by decision (${decision!.reason})`);
  }
  const accepted = new Set(decision?.accept ?? []);
  for (const path of unsupportedFigures(record, fact.evidence)) {
    if (accepted.has(path)) continue;
    removePath(record, path);
    dropped.push(`${path}: not stated in the fact's evidence quotes`);
  }
  return { id, record: ordered(record), dropped, problems };
}

/** Removes a dotted path (`budget.total`, `allowances[1].amount` removes the allowance); prunes empty maps. */
function removePath(record: Frontmatter, path: string): boolean {
  const allowance = /^allowances\[(\d+)\]/.exec(path);
  if (allowance) {
    const list = record.allowances as unknown[] | undefined;
    if (!list?.[Number(allowance[1])]) return false;
    list.splice(Number(allowance[1]), 1);
    if (!list.length) delete record.allowances;
    return true;
  }
  const [head, key] = path.split(".");
  if (!key) {
    if (record[head!] === undefined) return false;
    delete record[head!];
    return true;
  }
  const group = record[head!] as Record<string, unknown> | undefined;
  if (!group || group[key] === undefined) return false;
  delete group[key];
  const rest = Object.keys(group).filter((k) => k !== "currency");
  if (!rest.length) delete record[head!];
  return true;
}

/* ------------------------------------------------------------------------------------------ */
/* Differences                                                                                  */

export interface FieldChange {
  field: string;
  before: unknown;
  after: unknown;
}

/** Field-by-field differences between two frontmatters (nested maps one level deep). */
export function diffFrontmatter(before: Frontmatter, after: Frontmatter): FieldChange[] {
  const changes: FieldChange[] = [];
  const keys = new Set([...Object.keys(before), ...Object.keys(after)]);
  const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);
  for (const key of [...KEY_ORDER, ...[...keys].filter((k) => !(KEY_ORDER as readonly string[]).includes(k))]) {
    if (!keys.has(key)) continue;
    const a = before[key];
    const b = after[key];
    if (same(a, b)) continue;
    const isMap = (v: unknown) => v !== null && typeof v === "object" && !Array.isArray(v);
    if (isMap(a) && isMap(b)) {
      const inner = new Set([...Object.keys(a as object), ...Object.keys(b as object)]);
      for (const k of inner) {
        const x = (a as Record<string, unknown>)[k];
        const y = (b as Record<string, unknown>)[k];
        if (!same(x, y)) changes.push({ field: `${key}.${k}`, before: x, after: y });
      }
    } else changes.push({ field: key, before: a, after: b });
  }
  return changes;
}

export function formatChange(change: FieldChange): string {
  const show = (v: unknown) => (v === undefined ? "(absent)" : JSON.stringify(v));
  return `${change.field}: ${show(change.before)} → ${show(change.after)}`;
}

/* ------------------------------------------------------------------------------------------ */
/* Enrichment                                                                                   */

export type EnrichmentOutcome =
  | { kind: "added"; changes: string[] }
  | { kind: "already"; detail: string }
  | { kind: "conflict"; sentence: string; recorded: boolean }
  | { kind: "review"; reason: string }
  | { kind: "decided"; status: "applied" | "rejected"; reason: string };

const FIELD_LABELS: Record<string, string> = {
  start: "start date",
  end: "end date",
  "budget.total": "total budget",
  "budget.eu_amount": "EU contribution",
  "budget.awarded": "funding awarded",
  "budget.eu_share_pct": "EU co-financing rate",
  "results.returned": "number of people returned",
  "results.reintegration_assisted": "number of people supported to reintegrate",
  "results.counselled": "number of people counselled",
  "targets.returned": "planned number of returns",
  "targets.reintegration_assisted": "planned number of people supported to reintegrate",
  "targets.counselled": "planned number of people counselled",
};

const AMOUNT_FIELDS: Record<string, "total" | "eu_amount" | "awarded"> = {
  total_budget: "total",
  eu_contribution_amount: "eu_amount",
  funding_awarded: "awarded",
};
const CURRENCY_FIELDS: Record<string, string> = {
  total_budget_currency: "total_budget",
  eu_contribution_currency: "eu_contribution_amount",
  funding_awarded_currency: "funding_awarded",
};
const CURRENCY_OF: Record<string, string> = Object.fromEntries(Object.entries(CURRENCY_FIELDS).map(([currency, amount]) => [amount, currency]));
const RESULT_FIELDS: Record<string, string> = { returned: "returned", reintegration_assisted: "reintegration_assisted", counselled: "counselled" };
const TARGET_FIELDS: Record<string, string> = { returns: "returned", reintegration: "reintegration_assisted" };

function formatValue(path: string, value: unknown, currency?: unknown): string {
  if (typeof value === "number") {
    const n = value.toLocaleString("en-GB", { maximumFractionDigits: 2 });
    if (path === "budget.eu_share_pct") return `${n}%`;
    if (path.startsWith("budget.")) return `${currency ?? ""} ${n}`.trim();
    return n;
  }
  return String(value);
}

const isPlaceholderTitle = (title: string, record: Frontmatter) => {
  const labels = [record.acronym, record.title].filter((l): l is string => typeof l === "string");
  return title.startsWith("Further source on ") || labels.some((label) => title.endsWith(`: ${label}`));
};

/** A field's value as a plain set of changes to make; undefined when the script cannot map it. */
interface Planned {
  /** Record path → new value. */
  values: { path: string; value: unknown }[];
  allowances: Record<string, unknown>[];
  partners: string[];
  sources: { url: string; title: string }[];
  notes: string[];
  resultsNotes: string[];
  /** The currency the amounts are in. */
  currency?: string;
}

const emptyPlan = (): Planned => ({ values: [], allowances: [], partners: [], sources: [], notes: [], resultsNotes: [] });
const isInt = (v: unknown): v is number => typeof v === "number" && Number.isInteger(v) && v >= 0;
const isDate = (v: unknown): v is string => typeof v === "string" && /^\d{4}(-\d{2}(-\d{2})?)?$/.test(v);

/** What an item asks for, or why the script cannot say. */
function planItem(item: EnrichmentItem, currencyOf: (field: string) => string | undefined): Planned | string {
  const plan = emptyPlan();
  const { field, value } = item;
  const onlyKeys = (v: unknown, keys: string[]) => v !== null && typeof v === "object" && !Array.isArray(v) && Object.keys(v).every((k) => keys.includes(k));
  if (field === "start_date" || field === "end_date") {
    if (!isDate(value)) return `the value is not a date: ${JSON.stringify(value)}`;
    plan.values.push({ path: field === "start_date" ? "start" : "end", value });
    return plan;
  }
  if (field in AMOUNT_FIELDS) {
    let amount: unknown = value;
    let currency: string | undefined = currencyOf(CURRENCY_OF[field]!);
    if (onlyKeys(value, ["amount", "currency"])) {
      amount = (value as { amount: unknown }).amount;
      currency = (value as { currency?: string }).currency ?? currency;
    }
    if (typeof amount !== "number") return `the value is not an amount alone: ${JSON.stringify(value)}`;
    if (!currency) return "no currency is given with the amount";
    plan.values.push({ path: `budget.${AMOUNT_FIELDS[field]}`, value: amount });
    plan.currency = currency;
    return plan;
  }
  if (field === "eu_contribution_pct") {
    if (typeof value !== "number") return `the value is not a percentage: ${JSON.stringify(value)}`;
    plan.values.push({ path: "budget.eu_share_pct", value });
    return plan;
  }
  const dotted = /^(outcomes|targets)\.(\w+)$/.exec(field);
  if (dotted) {
    const [, group, key] = dotted;
    if (group === "outcomes" && key === "other") {
      if (typeof value !== "string") return "the value is not text";
      plan.resultsNotes.push(sentence(value));
      return plan;
    }
    const mapped = group === "outcomes" ? RESULT_FIELDS[key!] : TARGET_FIELDS[key!];
    if (!mapped) return `no indicator id for ${field}`;
    if (!isInt(value)) return `the value is not a count of people: ${JSON.stringify(value)}`;
    plan.values.push({ path: `${group === "outcomes" ? "results" : "targets"}.${mapped}`, value });
    return plan;
  }
  if (field === "outcomes" || field === "targets") {
    if (value === null || typeof value !== "object" || Array.isArray(value)) return `the value is not a map of figures: ${JSON.stringify(value)}`;
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      if (field === "outcomes" && key === "other" && typeof v === "string") {
        plan.resultsNotes.push(sentence(v));
        continue;
      }
      const mapped = field === "outcomes" ? RESULT_FIELDS[key] : TARGET_FIELDS[key];
      if (!mapped) return `no indicator id for ${field}.${key}`;
      if (!isInt(v)) return `${field}.${key} is not a count of people: ${JSON.stringify(v)}`;
      plan.values.push({ path: `${field === "outcomes" ? "results" : "targets"}.${mapped}`, value: v });
    }
    return plan;
  }
  if (field === "partners") {
    if (!Array.isArray(value) || !value.every((v) => typeof v === "string")) return `the value is not a list of names: ${JSON.stringify(value)}`;
    plan.partners.push(...(value as string[]));
    return plan;
  }
  if (field === "allowances") {
    if (!Array.isArray(value)) return `the value is not a list of allowances: ${JSON.stringify(value)}`;
    const mapped = mapAllowances(value as FactAllowance[]);
    if (mapped.problems.length || mapped.unpriced.length)
      return [...mapped.problems, ...mapped.unpriced.map((u) => `cannot show as an amount: ${u}`)].join("; ");
    plan.allowances.push(...mapped.allowances);
    return plan;
  }
  if (field === "additional_sources") {
    const list = Array.isArray(value) ? value : [value];
    for (const s of list) {
      if (!onlyKeys(s, ["url", "title"]) || typeof (s as { url?: unknown }).url !== "string")
        return `the value is not a list of {url, title}: ${JSON.stringify(value)}`;
      const src = s as { url: string; title?: string };
      plan.sources.push({ url: src.url, title: src.title ?? item.source_title ?? "" });
    }
    return plan;
  }
  if (field === "notes") {
    if (typeof value !== "string") return "the value is not text";
    plan.notes.push(sentence(value));
    return plan;
  }
  return `the field "${field}" has no automatic mapping`;
}

/** The figures an item's plan states, for checking against its evidence. */
function planFigures(plan: Planned): Frontmatter {
  const record: Frontmatter = {};
  for (const { path, value } of plan.values) {
    const [head, key] = path.split(".");
    if (!key) record[head!] = value;
    else ((record[head!] ??= {}) as Record<string, unknown>)[key] = value;
  }
  if (plan.allowances.length) record.allowances = plan.allowances;
  return record;
}

const normalise = (s: string) =>
  s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim();

function sameAllowance(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  return a.currency === b.currency && a.per === b.per && a.amount === b.amount && a.amount_min === b.amount_min && a.amount_max === b.amount_max;
}

function getPath(record: Frontmatter, path: string): unknown {
  const [head, key] = path.split(".");
  const v = record[head!];
  return key ? (v as Record<string, unknown> | undefined)?.[key] : v;
}

function setPath(record: Frontmatter, path: string, value: unknown) {
  const [head, key] = path.split(".");
  if (!key) record[head!] = value;
  else ((record[head!] ??= {}) as Record<string, unknown>)[key] = value;
}

/** Titles for a source the record does not cite yet. */
function sourceTitle(item: EnrichmentItem, record: Frontmatter): string {
  if (item.source_title) return item.source_title;
  const label = (record.acronym as string | undefined) ?? record.title ?? "";
  return `Page on ${label} (its title is not visible in the stored copy)`;
}

export interface EnrichmentResult {
  record: Frontmatter;
  outcome: EnrichmentOutcome;
}

/**
 * Applies one enrichment item to a record (a copy; the input is not changed). `siblings` are
 * the other items of the same round, for a currency given as its own item.
 */
export function applyEnrichment(
  input: Frontmatter,
  item: EnrichmentItem,
  ctx: ImportContext,
  siblings: readonly EnrichmentItem[] = [],
  /** Which source gave a figure added earlier in the same round, by record path. */
  provenance: Map<string, { title: string; publisher: string }> = new Map(),
): EnrichmentResult {
  const record = clone(input);
  const decision = ctx.decisions?.enrichment?.[enrichmentKey(item)];
  const review = (reason: string): EnrichmentResult =>
    decision
      ? { record: input, outcome: { kind: "decided", status: decision.status, reason: decision.reason } }
      : { record: input, outcome: { kind: "review", reason } };
  if (decision?.status === "rejected") return review("");

  const sources = (record.sources ??= []);
  const cited = (url: string) => sources.some((s) => s.url === url);

  // A currency given as its own item goes with the amount item of the same source.
  if (item.field in CURRENCY_FIELDS) {
    const amountItem = siblings.find(
      (s) => recordId(s.id) === recordId(item.id) && s.field === CURRENCY_FIELDS[item.field] && s.source_url === item.source_url,
    );
    if (amountItem) return { record: input, outcome: { kind: "already", detail: `the currency of the ${amountItem.field} item of the same source` } };
    return review("a currency without an amount item from the same source");
  }

  if (item.field === "source_title") {
    const title = typeof item.value === "string" ? item.value : undefined;
    const source = sources.find((s) => s.url === item.source_url);
    if (!title) return review("the value is not a title");
    if (!source) return review("the record does not cite this source");
    if (source.title === title) return { record: input, outcome: { kind: "already", detail: "the source already has this title" } };
    if (!isPlaceholderTitle(source.title, record))
      return review(`the source's title "${source.title}" is not a placeholder of the first import (a hand edit?): not replaced`);
    const before = source.title;
    source.title = title;
    return { record, outcome: { kind: "added", changes: [`sources[${item.source_url}].title: ${JSON.stringify(before)} → ${JSON.stringify(title)}`] } };
  }

  const currencyOf = (field: string) => {
    const v = siblings.find((s) => recordId(s.id) === recordId(item.id) && s.field === field && s.source_url === item.source_url)?.value;
    return typeof v === "string" ? v : undefined;
  };
  const plan = planItem(item, currencyOf);
  if (typeof plan === "string") return review(plan);

  const unsupported = unsupportedFigures(planFigures(plan), item.evidence);
  if (unsupported.length) return review(`not stated in the item's evidence: ${unsupported.join(", ")}`);

  const budget = record.budget as Record<string, unknown> | undefined;
  if (plan.currency && budget?.currency && budget.currency !== plan.currency) {
    return review(`the amount is in ${plan.currency}, the record's budget in ${String(budget.currency)}`);
  }

  const changes: string[] = [];
  /** Each conflict's sentence, and the parts that identify it when it has been recorded before. */
  const conflicts: { text: string; marks: string[] }[] = [];
  let same = 0;
  for (const { path, value } of plan.values) {
    const current = getPath(record, path);
    if (current === undefined) {
      setPath(record, path, value);
      changes.push(`${path}: (absent) → ${JSON.stringify(value)}`);
      provenance.set(path, { title: sourceTitle(item, record), publisher: publisherOf(item.source_url, ctx.publishers) ?? new URL(item.source_url).hostname });
    } else if (current === value) same++;
    else if (isDate(current) && isDate(value) && (current.startsWith(value) || value.startsWith(current))) {
      if (current.startsWith(value)) same++;
      else return review(`the record's ${path} ${current} is less precise than ${value}: a person decides whether to refine it`);
    } else {
      const label = FIELD_LABELS[path] ?? path;
      const currency = (record.budget as Record<string, unknown> | undefined)?.currency ?? plan.currency;
      const earlier = provenance.get(path);
      const text =
        `For the ${label}, ${earlier ? `"${earlier.title}" (${earlier.publisher})` : "the record's earlier sources give"}${earlier ? " gives" : ""} ${formatValue(path, current, currency)}, ` +
        `while "${sourceTitle(item, record)}" (${publisherOf(item.source_url, ctx.publishers) ?? new URL(item.source_url).hostname}) gives ${formatValue(path, value, plan.currency ?? currency)}; ` +
        `the record keeps ${formatValue(path, current, currency)}, the figure of its earlier source${earlier ? "" : "s"}, and cites both.`;
      conflicts.push({ text, marks: [`For the ${label},`, `"${sourceTitle(item, record)}"`, `gives ${formatValue(path, value, plan.currency ?? currency)};`] });
    }
  }
  if (plan.currency && record.budget && !(record.budget as Record<string, unknown>).currency) {
    (record.budget as Record<string, unknown>).currency = plan.currency;
    changes.push(`budget.currency: (absent) → "${plan.currency}"`);
  }
  for (const allowance of plan.allowances) {
    const list = (record.allowances ??= []) as Record<string, unknown>[];
    if (list.some((a) => sameAllowance(a, allowance))) same++;
    else {
      list.push(allowance);
      changes.push(`allowances: + ${JSON.stringify(allowance)}`);
    }
  }
  for (const partner of plan.partners) {
    const list = (record.partners ??= []) as string[];
    const n = normalise(partner);
    if (list.some((p) => normalise(p) === n || normalise(p).startsWith(`${n} `) || n.startsWith(`${normalise(p)} `))) same++;
    else {
      list.push(partner);
      changes.push(`partners: + ${JSON.stringify(partner)}`);
    }
  }
  for (const [key, texts] of [
    ["notes", plan.notes],
    ["results_note", plan.resultsNotes],
  ] as const) {
    for (const text of texts) {
      const current = record[key] as string | undefined;
      if (current?.includes(text.replace(/\.$/, ""))) same++;
      else {
        record[key] = current ? `${current} ${text}` : text;
        changes.push(`${key}: + ${JSON.stringify(text)}`);
      }
    }
  }
  for (const source of plan.sources) {
    if (cited(source.url)) same++;
    else {
      const publisher = publisherOf(source.url, ctx.publishers);
      if (!publisher) return review(`no publisher for ${new URL(source.url).hostname}`);
      sources.push({ url: source.url, title: source.title || sourceTitle(item, record), publisher });
      changes.push(`sources: + ${source.url}`);
    }
  }

  const recordedConflicts = (record.conflicts ??= []) as string[];
  let newConflicts = 0;
  for (const { text, marks } of conflicts) {
    if (recordedConflicts.some((c) => c === text || marks.every((m) => c.includes(m)))) continue;
    recordedConflicts.push(text);
    newConflicts++;
  }
  if (!recordedConflicts.length) delete record.conflicts;

  // The item's own source backs what was added or contradicted.
  if ((changes.length || conflicts.length) && !cited(item.source_url)) {
    const publisher = publisherOf(item.source_url, ctx.publishers);
    if (!publisher) return review(`no publisher for ${new URL(item.source_url).hostname}`);
    sources.push({ url: item.source_url, title: sourceTitle(item, record), publisher });
    changes.push(`sources: + ${item.source_url}`);
  }

  if (conflicts.length) {
    return {
      record: changes.length || newConflicts ? record : input,
      outcome: { kind: "conflict", sentence: conflicts.map((c) => c.text).join(" "), recorded: newConflicts === 0 },
    };
  }
  if (changes.length) return { record, outcome: { kind: "added", changes } };
  return { record: input, outcome: { kind: "already", detail: same ? "every fact of the item is in the record" : "nothing to add" } };
}

/* ------------------------------------------------------------------------------------------ */
/* Merging a duplicate into a record                                                            */

/**
 * Adds what a duplicate's mapped facts say to a record: missing figures, partners, allowances,
 * countries and sources; a contradicting figure becomes a conflict.
 */
export function mergeDuplicate(
  target: Frontmatter,
  duplicate: Frontmatter,
  duplicateId: string,
  ctx: ImportContext,
): { record: Frontmatter; changes: string[]; conflicts: string[] } {
  const record = clone(target);
  const changes: string[] = [];
  const conflicts: string[] = [];
  const firstSource = duplicate.sources?.[0];
  for (const figure of figuresOf(duplicate)) {
    if (figure.path.startsWith("allowances")) continue;
    const current = getPath(record, figure.path);
    if (current === undefined) {
      setPath(record, figure.path, figure.value);
      changes.push(`${figure.path}: (absent) → ${JSON.stringify(figure.value)}`);
    } else if (current !== figure.value) {
      const label = FIELD_LABELS[figure.path] ?? figure.path;
      conflicts.push(
        `For the ${label}, the record's earlier source gives ${formatValue(figure.path, current)}, while "${firstSource?.title}" (${firstSource?.publisher}) gives ${formatValue(figure.path, figure.value)}; the record keeps ${formatValue(figure.path, current)}, the figure of its earlier source.`,
      );
    }
  }
  const budgetCurrency = (duplicate.budget as Record<string, unknown> | undefined)?.currency;
  if (budgetCurrency && record.budget && !(record.budget as Record<string, unknown>).currency)
    (record.budget as Record<string, unknown>).currency = budgetCurrency;
  for (const allowance of (duplicate.allowances as Record<string, unknown>[] | undefined) ?? []) {
    const list = (record.allowances ??= []) as Record<string, unknown>[];
    if (!list.some((a) => sameAllowance(a, allowance))) {
      list.push(allowance);
      changes.push(`allowances: + ${JSON.stringify(allowance)}`);
    }
  }
  for (const key of ["partners", "return_countries"] as const) {
    for (const v of (duplicate[key] as string[] | undefined) ?? []) {
      const list = (record[key] ??= []) as string[];
      if (!list.some((p) => normalise(p) === normalise(v))) {
        list.push(v);
        changes.push(`${key}: + ${JSON.stringify(v)}`);
      }
    }
  }
  for (const source of duplicate.sources ?? []) {
    if (!record.sources!.some((s) => s.url === source.url)) {
      record.sources!.push(source);
      changes.push(`sources: + ${source.url}`);
    }
  }
  const list = (record.conflicts ??= []) as string[];
  for (const c of conflicts) if (!list.includes(c)) list.push(c);
  if (!list.length) delete record.conflicts;
  void duplicateId;
  void ctx;
  return { record, changes, conflicts };
}

/* ------------------------------------------------------------------------------------------ */
/* The whole round                                                                              */

export interface ExistingRecord {
  frontmatter: Frontmatter;
  body: string;
  /** The file's text as read, to tell whether writing would change it. */
  text: string;
}

export interface Narrative {
  body: string;
  summary: string;
}

export interface PlanEntry {
  id: string;
  /** New text of the file, when the import writes it. */
  text?: string;
  /** What is new or changed, one line each. */
  changes: string[];
}

export interface ImportPlan {
  /** New record files. */
  created: PlanEntry[];
  /** Existing record files the import changes. */
  updated: PlanEntry[];
  /** New records not written, and why. */
  skipped: { id: string; reason: string }[];
  /** New records already on disk as the import would write them. */
  unchanged: string[];
  /** New records on disk that differ from what the import would write: not overwritten. */
  differing: { id: string; changes: string[] }[];
  /** Duplicates merged into another record. */
  merged: { id: string; into: string; reason: string }[];
  /** Enrichment items, each with its outcome. */
  enrichment: { key: string; item: EnrichmentItem; outcome: EnrichmentOutcome }[];
  /** Figures left out of new records. */
  dropped: { id: string; figure: string }[];
  /** Problems that stop a record from being imported. */
  problems: string[];
  /** Counts of what was never imported. */
  excluded: number;
  fundEligibility: number;
}

/** Plans a whole round: new records, merges of duplicates, enrichment of existing records. */
export function planImport(
  facts: FactsFile,
  existing: ReadonlyMap<string, ExistingRecord>,
  narratives: ReadonlyMap<string, Narrative>,
  ctx: ImportContext,
): ImportPlan {
  const plan: ImportPlan = {
    created: [],
    updated: [],
    skipped: [],
    unchanged: [],
    differing: [],
    merged: [],
    enrichment: [],
    dropped: [],
    problems: [],
    excluded: facts.excluded?.length ?? 0,
    fundEligibility: facts.fund_eligibility?.length ?? 0,
  };
  const mapped = new Map<string, MappedFact>();
  for (const fact of facts.records) {
    const m = mapFact(fact, ctx);
    mapped.set(m.id, m);
    for (const figure of m.dropped) plan.dropped.push({ id: m.id, figure });
  }

  // Working copies of every record the round touches, by id.
  const working = new Map<string, { frontmatter: Frontmatter; body: string; isNew: boolean; changes: string[] }>();
  const provenance = new Map<string, Map<string, { title: string; publisher: string }>>();
  for (const [id, record] of existing) working.set(id, { frontmatter: clone(record.frontmatter), body: record.body, isNew: false, changes: [] });

  const merges: [string, string, string][] = [];
  for (const [id, m] of mapped) {
    const decision = ctx.decisions?.records?.[id];
    if (decision?.merge_into) {
      merges.push([id, recordId(decision.merge_into), decision.reason]);
      continue;
    }
    if (m.problems.length) {
      plan.problems.push(...m.problems.map((p) => `${id}: ${p}`));
      plan.skipped.push({ id, reason: `cannot be mapped: ${m.problems.join("; ")}` });
      continue;
    }
    const narrative = narratives.get(id);
    const onDisk = existing.get(id);
    if (!narrative && !onDisk) {
      plan.skipped.push({ id, reason: "no narrative" });
      continue;
    }
    const frontmatter: Frontmatter = { ...m.record, summary: narrative?.summary.trim() ?? onDisk!.frontmatter.summary };
    working.set(id, { frontmatter: ordered(frontmatter), body: narrative?.body ?? onDisk!.body, isNew: true, changes: [] });
  }
  for (const [id, into, reason] of merges) {
    const target = working.get(into);
    const m = mapped.get(id)!;
    if (!target) {
      plan.skipped.push({ id, reason: `to be merged into ${into}, which is not a record` });
      continue;
    }
    const result = mergeDuplicate(target.frontmatter, m.record, id, ctx);
    target.frontmatter = result.record;
    target.changes.push(...result.changes.map((c) => `merged from ${id}: ${c}`));
    plan.merged.push({ id, into, reason });
  }

  // New records: compare with a file already on disk instead of overwriting it.
  for (const [id, w] of working) {
    if (!w.isNew) continue;
    const onDisk = existing.get(id);
    const text = renderRecord(w.frontmatter, w.body);
    if (!onDisk) {
      plan.created.push({ id, text, changes: Object.keys(w.frontmatter).map((k) => `${k}`) });
    } else {
      const changes = diffFrontmatter(onDisk.frontmatter, w.frontmatter).map(formatChange);
      if (onDisk.body.trim() !== w.body.trim()) changes.push("body: the file's narrative differs from the narrative file (kept)");
      if (changes.length) plan.differing.push({ id, changes });
      else plan.unchanged.push(id);
    }
    // What is on disk is what enrichment works on.
    if (onDisk) working.set(id, { frontmatter: clone(onDisk.frontmatter), body: onDisk.body, isNew: false, changes: [] });
  }

  for (const item of facts.enrichment) {
    const id = recordId(item.id);
    const w = working.get(id);
    const key = enrichmentKey(item);
    if (!w) {
      plan.enrichment.push({ key, item, outcome: { kind: "review", reason: `no record ${id}` } });
      continue;
    }
    if (!provenance.has(id)) provenance.set(id, new Map());
    const result = applyEnrichment(w.frontmatter, item, ctx, facts.enrichment, provenance.get(id));
    if (result.record !== w.frontmatter) {
      w.frontmatter = result.record;
      if (result.outcome.kind === "added") w.changes.push(...result.outcome.changes);
      if (result.outcome.kind === "conflict") w.changes.push(`conflicts: + ${result.outcome.sentence}`);
    }
    plan.enrichment.push({ key, item, outcome: result.outcome });
  }

  for (const [id, w] of working) {
    const onDisk = existing.get(id);
    if (!onDisk || w.isNew) continue;
    if (!w.changes.length) continue;
    w.frontmatter.checked = ctx.checked;
    const text = renderRecord(w.frontmatter, onDisk.body);
    if (text === onDisk.text) continue;
    plan.updated.push({
      id,
      text,
      changes: [
        ...w.changes,
        ...diffFrontmatter(onDisk.frontmatter, w.frontmatter)
          .filter((c) => c.field === "checked")
          .map(formatChange),
      ],
    });
  }
  return plan;
}
