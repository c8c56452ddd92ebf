/**
 * The records as IATI 2.03 activities (iati-activities.xml), in the element order the
 * official activity schema demands, and as the IATI Standard ruleset wants them, without
 * inventing anything the sources do not give.
 *
 * A record IATI cannot hold stays out of the file, and the file and the downloads page name
 * it and say why: IATI requires a status (the dates must settle it) and a planned or actual
 * start date (ruleset 6.11.1), and no source-less date is made up for either.
 *
 * Everything that is written comes from the record:
 *
 * - dates at year or month precision become the first (start) or last (end) day of that year
 *   or month, with the date as the source gives it in the narrative, as IATI advises;
 * - dates are "planned" (types 1 and 3): the sources state the project period, not whether
 *   it was kept, and IATI's guidance is to use planned dates where actual ones are not known;
 * - the stated total is a <budget> only where the project period is at most a year (ruleset
 *   7.5.3: no budget may span more than a year). A longer period has no yearly split in any
 *   source, so its total is given in words (description type 4), not split and not dropped.
 *   @budget-not-provided is not used: its codes (commercial or legal restrictions, rapid onset
 *   emergency) are not the reason, and a code would state a reason that is not true;
 * - one country of return is the recipient country (100%). Several, with no share for each
 *   in any source, are given as beneficiary locations (<location>, reach 2, ISO country code),
 *   because a recipient-country needs a share (ruleset 3.1.1, 3.1.2) and shares would be
 *   invented;
 * - no transactions, because no source gives the date of a commitment or disbursement;
 * - results and targets are indicator values over the project period, never mixed.
 *
 * What remains against the ruleset is computed with the file (`exceptions`): each rule, the
 * activities it fails for and why, written in the file's header and on the downloads page. A
 * build test applies the whole ruleset to the built file and checks that exactly these fail.
 */
import { centsToUnits } from "../money.ts";
import { create } from "xmlbuilder2";
import type { XMLBuilder } from "xmlbuilder2/lib/interfaces.js";
import { firstDay, lastDay, formatIsoPrecisionDate, type PrecisionDate } from "../dates.ts";
import { formatCountry } from "../format.ts";
import { deriveStatus, type Project, type Status } from "../derive.ts";

/** IATI ActivityStatus codes for the statuses the dates can settle. */
export const ACTIVITY_STATUS: Readonly<Record<Exclude<Status, "unknown">, string>> = {
  planned: "1", // Pipeline/identification
  ongoing: "2", // Implementation
  closed: "4", // Closed: physical activity is complete
};
/** DAC 5-digit sector: facilitation of orderly, safe, regular and responsible migration and mobility. */
export const DAC_SECTOR = "15190";

export type ExclusionReason = "no-date" | "status-unknown" | "no-start";

/** Why an activity in the file still fails a rule of the IATI Standard ruleset. */
export type ExceptionReason = "publisher-unregistered" | "no-return-country" | "countries-without-shares";

/** Each exception: the ruleset rule (id, as in standard.json) it is an exception to, and its severity there. */
export const EXCEPTION_RULE: Readonly<Record<ExceptionReason, { rule: string; severity: "error" | "warning" }>> = {
  // "The reporting organisation id must start with an approved agency code."
  "publisher-unregistered": { rule: "1.14.8", severity: "warning" },
  // "Recipient country or recipient region should be declared for either the activity or for all transactions."
  "no-return-country": { rule: "3.7.1", severity: "error" },
  "countries-without-shares": { rule: "3.7.1", severity: "error" },
};

/** A text in English and, where it has them, other languages: one narrative each. */
export type IatiText = { en: string } & Readonly<Record<string, string | undefined>>;

export interface IatiIndicator {
  id: string;
  label: IatiText;
  definition: IatiText;
  summable: boolean;
}

export interface IatiOptions {
  /** Organisation identifier of the publisher (reporting-org/@ref); prefixes every activity id. */
  reportingOrgRef: string;
  /**
   * Whether reportingOrgRef is an identifier from a registration agency (a code of IATI's
   * OrganisationRegistrationAgency codelist, such as XI-IATI, followed by the number it
   * assigned). When it is not, every activity is an exception to ruleset 1.14.8, and says so.
   */
  reportingOrgRegistered: boolean;
  reportingOrgName: string;
  /** The day status is stated for. */
  asOf: Date;
  pageUrl: (id: string) => string;
  /** A record's title and summary in each language it has a translation in, by language code. */
  translations: (id: string) => Readonly<Record<string, { title: string; summary: string }>>;
  /** The file's own words (strings `iati.*`, `data.iati.reason.*`) in every language. */
  text: (key: string, values?: Readonly<Record<string, string | number>>) => IatiText;
  /** The fund's English name with its period. */
  fundName: (fund: string | undefined) => string | undefined;
  indicators: readonly IatiIndicator[];
  /**
   * The managing organisation's entry in data/organisations.json (by the id the record's text
   * resolves to): its IATI organisation reference where a register gives it one, its IATI
   * OrganisationType code, and its English name.
   */
  organisation?: (id: string) => { ref?: string | undefined; type: string; name: string } | undefined;
}

export interface IatiException {
  reason: ExceptionReason;
  rule: string;
  severity: "error" | "warning";
  /** The records (ids) whose activities it concerns, in file order. */
  ids: string[];
}

export interface IatiFile {
  xml: string;
  included: string[];
  excluded: { id: string; reasons: ExclusionReason[] }[];
  /** What remains against the IATI Standard ruleset, rule by rule, with the activities concerned. */
  exceptions: IatiException[];
  /** Records whose stated total is given in words, because their period is longer than a year. */
  totalsInWords: string[];
}

/** Why a record cannot be an IATI activity; empty when it can. */
export function iatiExclusions(project: Project, asOf: Date): ExclusionReason[] {
  if (!project.start && !project.end) return ["no-date"];
  if (deriveStatus(project.start, project.end, asOf) === "unknown") return ["status-unknown"];
  if (!project.start) return ["no-start"];
  return [];
}

/** Why an activity of the file fails a ruleset rule; empty when it passes them all. */
export function iatiExceptions(project: Project, options: Pick<IatiOptions, "reportingOrgRegistered">): ExceptionReason[] {
  const reasons: ExceptionReason[] = [];
  if (!options.reportingOrgRegistered) reasons.push("publisher-unregistered");
  if (project.returnCountries.length === 0) reasons.push("no-return-country");
  if (project.returnCountries.length > 1) reasons.push("countries-without-shares");
  return reasons;
}

/** Whether a period from `start` to `end` (as IATI dates: first and last day) is at most a year, as ruleset 7.5.3 counts it. */
export function withinAYear(start: PrecisionDate, end: PrecisionDate): boolean {
  return lastDay(end) - firstDay(start) <= 365;
}

/** The strings key of why a record is left out of the file. */
export const exclusionKey = (reason: ExclusionReason) => `data.iati.reason.${reason}`;

/** The strings key of why activities of the file fail a ruleset rule. */
export const exceptionKey = (reason: ExceptionReason) => `data.iati.exceptionReason.${reason}`;

const isoDay = (day: number) => new Date(day * 86_400_000).toISOString().slice(0, 10);
const startDay = (date: PrecisionDate) => isoDay(firstDay(date));
const endDay = (date: PrecisionDate) => isoDay(lastDay(date));
const amount = (cents: number) => centsToUnits(cents).toString();

function narratives(parent: XMLBuilder, text: IatiText): void {
  parent.ele("narrative").txt(text.en);
  for (const [lang, value] of Object.entries(text).sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (lang !== "en" && value) parent.ele("narrative", { "xml:lang": lang }).txt(value);
  }
}

function precisionNote(date: PrecisionDate, options: IatiOptions): IatiText | undefined {
  if (date.precision === "day") return undefined;
  return options.text(date.precision === "year" ? "iati.statedToYear" : "iati.statedToMonth", { date: formatIsoPrecisionDate(date) });
}

/** One language's value of each text, or undefined where one of them has none. */
function pick(lang: string, ...texts: readonly IatiText[]): string[] | undefined {
  const values = texts.map((t) => t[lang]);
  return values.every((v) => v !== undefined) ? (values as string[]) : undefined;
}

function documentFormat(url: string): string {
  return /\.pdf(?:$|[?#])/i.test(url) ? "application/pdf" : "text/html";
}

/** The stated total in words, for a record whose total cannot be a <budget>: its period is longer than a year, or not known. */
function totalInWords(project: Project, options: IatiOptions): IatiText | undefined {
  const total = project.budget.total;
  if (!total || (project.start && project.end && withinAYear(project.start, project.end))) return undefined;
  const figure = `${amount(total.cents)} ${total.currency}`;
  if (!project.start || !project.end) return options.text("iati.totalInWords.open", { figure });
  return options.text("iati.totalInWords.period", { figure, from: formatIsoPrecisionDate(project.start), to: formatIsoPrecisionDate(project.end) });
}

function activity(parent: XMLBuilder, project: Project, options: IatiOptions): void {
  const status = deriveStatus(project.start, project.end, options.asOf) as Exclude<Status, "unknown">;
  const translations = options.translations(project.id);
  const translated = (field: "title" | "summary") => Object.fromEntries(Object.entries(translations).map(([lang, t]) => [lang, t[field]]));
  const attributes: Record<string, string> = {
    "last-updated-datetime": `${formatIsoPrecisionDate(project.checked)}T00:00:00Z`,
    "xml:lang": "en",
    "linked-data-uri": options.pageUrl(project.id),
  };
  if (project.budget.currency) attributes["default-currency"] = project.budget.currency;
  const a = parent.ele("iati-activity", attributes);

  a.ele("iati-identifier").txt(`${options.reportingOrgRef}-${project.id}`);
  narratives(a.ele("reporting-org", { ref: options.reportingOrgRef, type: "90", "secondary-reporter": "1" }), { en: options.reportingOrgName });
  narratives(a.ele("title"), { ...translated("title"), en: project.title });
  narratives(a.ele("description", { type: "1" }), { ...translated("summary"), en: project.summary });
  const inWords = totalInWords(project, options);
  if (inWords) narratives(a.ele("description", { type: "4" }), inWords);

  const fund = options.fundName(project.fund);
  narratives(a.ele("participating-org", { role: "1" }), { en: fund ? `European Union (${fund})` : "European Union" });
  const implementer = project.managingEntityId ? options.organisation?.(project.managingEntityId) : undefined;
  narratives(
    a.ele("participating-org", { ...(implementer?.ref ? { ref: implementer.ref } : {}), role: "4", ...(implementer ? { type: implementer.type } : {}) }),
    // A record that names its organisation by id gets the organisation's name; free text stays as written.
    { en: implementer && project.managingEntity === project.managingEntityId ? implementer.name : project.managingEntity },
  );
  if (project.reference) a.ele("other-identifier", { ref: project.reference, type: "A9" });

  a.ele("activity-status", { code: ACTIVITY_STATUS[status] });
  for (const [date, type, iso] of [
    [project.start, "1", project.start && startDay(project.start)],
    [project.end, "3", project.end && endDay(project.end)],
  ] as const) {
    if (!date || !iso) continue;
    const element = a.ele("activity-date", { type, "iso-date": iso });
    const note = precisionNote(date, options);
    if (note) narratives(element, note);
  }

  // One country: it receives the whole activity. Several, with no stated shares: beneficiary locations.
  if (project.returnCountries.length === 1) a.ele("recipient-country", { code: project.returnCountries[0]!, percentage: "100" });
  if (project.returnCountries.length > 1) {
    for (const country of project.returnCountries) {
      const location = a.ele("location");
      location.ele("location-reach", { code: "2" });
      narratives(location.ele("name"), { en: formatCountry(country, "en-GB"), it: formatCountry(country, "it-IT") });
      location.ele("administrative", { vocabulary: "A4", code: country });
    }
  }
  a.ele("sector", { vocabulary: "1", code: DAC_SECTOR, percentage: "100" });

  const total = project.budget.total;
  if (total && project.start && project.end && withinAYear(project.start, project.end)) {
    const budget = a.ele("budget", { type: "1" });
    budget.ele("period-start", { "iso-date": startDay(project.start) });
    budget.ele("period-end", { "iso-date": endDay(project.end) });
    budget.ele("value", { currency: total.currency, "value-date": startDay(project.start) }).txt(amount(total.cents));
  }

  for (const source of project.sources) {
    const link = a.ele("document-link", { url: source.url, format: documentFormat(source.url) });
    narratives(link.ele("title"), { en: `${source.title} (${source.publisher})` });
    link.ele("category", { code: "A12" });
  }
  const page = a.ele("document-link", { url: options.pageUrl(project.id), format: "text/html" });
  narratives(page.ele("title"), options.text("iati.pageLink"));
  page.ele("category", { code: "A12" });

  for (const related of project.related) {
    if (related.relation === "part-of") a.ele("related-activity", { ref: `${options.reportingOrgRef}-${related.id}`, type: "1" });
  }

  for (const indicator of options.indicators) {
    const result = project.results.find((e) => e.indicator === indicator.id)?.count;
    const target = project.targets.find((e) => e.indicator === indicator.id)?.count;
    if (result === undefined && target === undefined) continue;
    const r = a.ele("result", { type: "1", "aggregation-status": indicator.summable ? "1" : "0" });
    narratives(r.ele("title"), indicator.label);
    const i = r.ele("indicator", { measure: "1", ascending: "1" });
    narratives(i.ele("title"), indicator.label);
    if (project.start && project.end) {
      narratives(i.ele("description"), indicator.definition);
      const period = i.ele("period");
      period.ele("period-start", { "iso-date": startDay(project.start) });
      period.ele("period-end", { "iso-date": endDay(project.end) });
      if (target !== undefined) period.ele("target", { value: String(target) });
      if (result !== undefined) period.ele("actual", { value: String(result) });
    } else {
      // No period can be given without both dates: the figures go in words.
      // Written as the site writes them (String: no grouping), in each language the definition has.
      const figures = [
        result !== undefined ? options.text("iati.reportedResult", { count: String(result) }) : undefined,
        target !== undefined ? options.text("iati.target", { count: String(target) }) : undefined,
      ].filter((x) => x !== undefined);
      const languages = Object.keys(indicator.definition);
      const description = (lang: string) => {
        const parts = pick(lang, indicator.definition, ...figures);
        return parts && options.text("iati.overWholeProject", { definition: parts[0]!, figures: parts.slice(1).join("; ") })[lang];
      };
      narratives(i.ele("description"), { ...Object.fromEntries(languages.map((lang) => [lang, description(lang)])), en: description("en")! });
    }
  }
}

/** The IATI file for the projects (in their order), which records it leaves out and why, and what remains against the ruleset. */
export function buildIati(projects: readonly Project[], options: IatiOptions): IatiFile {
  const included: Project[] = [];
  const excluded: IatiFile["excluded"] = [];
  for (const project of projects) {
    const reasons = iatiExclusions(project, options.asOf);
    if (reasons.length) excluded.push({ id: project.id, reasons });
    else included.push(project);
  }
  const exceptions: IatiException[] = [];
  for (const reason of Object.keys(EXCEPTION_RULE) as ExceptionReason[]) {
    const ids = included.filter((p) => iatiExceptions(p, options).includes(reason)).map((p) => p.id);
    if (ids.length) exceptions.push({ reason, ...EXCEPTION_RULE[reason], ids });
  }
  const totalsInWords = included.filter((p) => totalInWords(p, options) !== undefined).map((p) => p.id);
  const all = included.length;
  const doc = create({ version: "1.0", encoding: "UTF-8" });
  const comment = [
    ` ${included.length} of ${projects.length} project records as IATI 2.03 activities, status as of ${options.asOf.toISOString().slice(0, 10)}. `,
    excluded.length ? ` Left out, because IATI cannot hold them without a date or status the sources do not give: ` : "",
    ...excluded.map((e) => `   ${e.id}: ${e.reasons.map((r) => options.text(exclusionKey(r)).en).join("; ")} `),
    exceptions.length ? " Exceptions to the IATI Standard ruleset (IATI-Rulesets, version-2.03, standard.json), rule by rule: " : "",
    ...exceptions.flatMap((e) => [
      `   rule ${e.rule} (${e.severity}), ${e.ids.length === all ? `all ${all} activities` : `${e.ids.length} of ${all} activities`}: ${options.text(exceptionKey(e.reason)).en}. `,
      ...(e.ids.length === all ? [] : [`     ${e.ids.join(", ")} `]),
    ]),
    " Where IATI asks for more than the sources give: ",
    "   dates are planned dates (types 1 and 3), since the sources state the project period, not whether it was kept; ",
    "   the status is computed from those dates as of the day above; ",
    totalsInWords.length
      ? `   ${totalsInWords.length} stated totals cover more than a year with no split by year in any source, or a period the sources do not state in full: they are in words (description type 4), not in a budget element, which may cover at most a year; `
      : "",
    "   no activity has @budget-not-provided, because none of its reasons (commercial or legal restrictions, rapid onset emergency) is why a budget is missing; ",
    "   there are no transactions, because no source gives the date of a commitment or payment. ",
    " Every record, with all its figures, is in projects.csv. ",
  ].filter(Boolean);
  doc.com(comment.join("\n"));
  const root = doc.ele("iati-activities", { version: "2.03" });
  for (const project of included) activity(root, project, options);
  return {
    xml: doc.end({ prettyPrint: true, indent: "  ", newline: "\n" }) + "\n",
    included: included.map((p) => p.id),
    excluded,
    exceptions,
    totalsInWords,
  };
}
