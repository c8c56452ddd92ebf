/**
 * The published tables, defined once: each column's name, type, constraints and meaning.
 * The same definitions write the CSV and JSON files, the Table Schemas of the Data Package
 * and the data dictionary on the downloads page.
 */
import { formatIsoPrecisionDate, type PrecisionDate } from "../dates.ts";
import { deriveStatus, STATUSES, type Project } from "../derive.ts";
import { CONFIDENCE_LEVELS } from "../schema/source.ts";
import { centsToUnits } from "../money.ts";
import type { Cell } from "./csv.ts";
import { ORGANISATION_TYPES } from "../organisations.ts";
import type { Organisation } from "../schema/reference-data.ts";

export type FieldType = "string" | "integer" | "number" | "boolean";
type Text = Readonly<Record<"en" | "it", string>>;

export interface Column<Row> {
  name: string;
  type: FieldType;
  description: Text;
  /** True for a list, written `a; b` in CSV and as an array in JSON. */
  list?: boolean;
  /** What separates a list's items in CSV, where its items may hold "; " themselves (default "; "). */
  separator?: string;
  required?: boolean;
  unique?: boolean;
  enum?: readonly string[];
  /** The column's values are the ids of a reference dataset (`funds`: data/funds.json), filled in by `withReferenceEnums`. */
  enumFrom?: "funds";
  pattern?: string;
  minimum?: number;
  maximum?: number;
  value: (row: Row) => Cell | readonly string[];
}

export interface Table<Row> {
  name: string;
  title: Text;
  description: Text;
  columns: readonly Column<Row>[];
  primaryKey: readonly string[];
  foreignKeys?: readonly { fields: readonly string[]; resource: string; referenceFields: readonly string[] }[];
}

/** Column helpers shared by every published table. */
export const DATE_PATTERN = "^\\d{4}(-\\d{2}(-\\d{2})?)?$";
export const PRECISIONS = ["year", "month", "day"] as const;
/** Cents as an amount in currency units, for a cell. */
export const amount = (cents: number | undefined) => (cents === undefined ? undefined : centsToUnits(cents));
/** A date at its precision, for a cell. */
export const iso = (date: PrecisionDate | undefined) => (date ? formatIsoPrecisionDate(date) : undefined);
/** A reported count of one indicator, for a cell. */
export const countOf = (list: Project["results"], indicator: string) => list.find((e) => e.indicator === indicator)?.count;

/** How a translation of a record was made (docs/record-format.md, Translations). */
export interface TranslationCells {
  title: string;
  method: string;
  review: string;
  reviewedBy?: string | undefined;
  reviewedOn?: string | undefined;
}

/** A project with the day its status is stated for (the latest `checked` date of all records), and its translations by language. */
export interface ProjectRow {
  project: Project;
  asOf: Date;
  translations?: Readonly<Record<string, TranslationCells>> | undefined;
}

/** The languages records are translated into, each with columns in projects.csv: add a language here when the site gains one. */
export const TRANSLATION_LANGUAGES = ["it"] as const;

/** The figures of projects.csv whose source is given, with the column each is in. */
const SOURCED_FIGURES: readonly { key: string; column: string }[] = [
  { key: "start", column: "start" },
  { key: "end", column: "end" },
  { key: "budget.total", column: "budget.total" },
  { key: "budget.eu_share_pct", column: "budget.eu_share_pct" },
  { key: "budget.eu_amount", column: "budget.eu_amount" },
  { key: "budget.awarded", column: "budget.awarded" },
  ...["returned", "reintegration_assisted", "counselled"].flatMap((i) => [
    { key: `results.${i}`, column: `results.${i}` },
    { key: `targets.${i}`, column: `targets.${i}` },
  ]),
  { key: "monitoring_months", column: "monitoring_months" },
];

/** Positions (sources.csv `position`) of the sources that state a figure, as text. */
const positions = (list: readonly number[] | undefined) => (list ? list.map(String) : []);

const INDICATORS = ["returned", "reintegration_assisted", "counselled"] as const;

export const projectsTable: Table<ProjectRow> = {
  name: "projects",
  title: { en: "Projects", it: "Progetti" },
  description: {
    en: "One row per project record: the record's fields (nested fields flattened with dots), then the figures the site derives, in columns starting with derived.",
    it: "Una riga per scheda di progetto: i campi della scheda (i campi annidati sono appiattiti con punti), poi i dati calcolati dal sito, nelle colonne che iniziano con derived.",
  },
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["managing_entity_id"], resource: "organisations", referenceFields: ["id"] }],
  columns: [
    {
      name: "id",
      type: "string",
      required: true,
      unique: true,
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: { en: "Record id; the page is /projects/<id>/.", it: "Identificativo della scheda; la pagina è /projects/<id>/." },
      value: ({ project }) => project.id,
    },
    { name: "title", type: "string", required: true, description: { en: "Project title.", it: "Titolo del progetto." }, value: ({ project }) => project.title },
    {
      name: "title_en",
      type: "string",
      description: {
        en: "An English rendering of a title in another language; empty when the title is in English.",
        it: "Traduzione inglese di un titolo in un'altra lingua; vuoto se il titolo è in inglese.",
      },
      value: ({ project }) => project.titleEn,
    },
    { name: "acronym", type: "string", description: { en: "Short name.", it: "Sigla." }, value: ({ project }) => project.acronym },
    {
      name: "summary",
      type: "string",
      required: true,
      description: { en: "One to three plain sentences, written by this site.", it: "Da una a tre frasi semplici, scritte da questo sito (in inglese)." },
      value: ({ project }) => project.summary,
    },
    {
      name: "member_state",
      type: "string",
      required: true,
      pattern: "^[A-Z]{2}$",
      description: {
        en: "ISO 3166-1 alpha-2 code of the country where the project runs; EU for an EU-level project.",
        it: "Codice ISO 3166-1 alpha-2 del paese in cui si svolge il progetto; EU per un progetto di livello UE.",
      },
      value: ({ project }) => project.memberState,
    },
    {
      name: "participating_states",
      type: "string",
      list: true,
      description: {
        en: "Other participating states, ISO 3166-1 alpha-2, separated by '; '.",
        it: "Altri Stati partecipanti, ISO 3166-1 alpha-2, separati da '; '.",
      },
      value: ({ project }) => project.participatingStates,
    },
    {
      name: "coordinator",
      type: "string",
      pattern: "^[A-Z]{2}$",
      description: {
        en: "For an EU-level project (member_state EU): ISO 3166-1 alpha-2 code of the coordinating member state, where the sources state one.",
        it: "Per un progetto di livello UE (member_state EU): codice ISO 3166-1 alpha-2 dello Stato membro coordinatore, se le fonti lo indicano.",
      },
      value: ({ project }) => project.coordinator,
    },
    {
      name: "fund",
      type: "string",
      enumFrom: "funds",
      description: {
        en: "Fund id from data/funds.json; empty when the sources do not name the fund.",
        it: "Identificativo del fondo (data/funds.json); vuoto se le fonti non lo indicano.",
      },
      value: ({ project }) => project.fund,
    },
    {
      name: "fund_detail",
      type: "string",
      description: { en: "Strand, call or specific objective as the source names it.", it: "Linea, bando o obiettivo specifico come lo indica la fonte." },
      value: ({ project }) => project.fundDetail,
    },
    {
      name: "reference",
      type: "string",
      description: { en: "Official grant or operation code.", it: "Codice ufficiale della sovvenzione o dell'operazione." },
      value: ({ project }) => project.reference,
    },
    {
      name: "managing_entity",
      type: "string",
      required: true,
      description: { en: "Organisation that runs the project.", it: "Organizzazione che gestisce il progetto." },
      value: ({ project }) => project.managingEntity,
    },
    {
      name: "managing_entity_id",
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: {
        en: "Id of the managing organisation in organisations.csv, where the record's text names exactly one organisation there (or is its id); empty otherwise.",
        it: "Identificativo dell'organizzazione che gestisce il progetto in organisations.csv, se il testo della scheda nomina esattamente un'organizzazione di quell'elenco (o ne è l'identificativo); altrimenti vuoto.",
      },
      value: ({ project }) => project.managingEntityId,
    },
    {
      name: "partners",
      type: "string",
      list: true,
      description: { en: "Partner organisations, separated by '; '.", it: "Organizzazioni partner, separate da '; '." },
      value: ({ project }) => project.partners,
    },
    {
      name: "start",
      type: "string",
      pattern: DATE_PATTERN,
      description: {
        en: "Start date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
        it: "Data di inizio con la precisione della fonte: AAAA, AAAA-MM o AAAA-MM-GG.",
      },
      value: ({ project }) => iso(project.start),
    },
    {
      name: "start_precision",
      type: "string",
      enum: PRECISIONS,
      description: { en: "Precision of start: year, month or day.", it: "Precisione di start: year (anno), month (mese) o day (giorno)." },
      value: ({ project }) => project.start?.precision,
    },
    {
      name: "end",
      type: "string",
      pattern: DATE_PATTERN,
      description: { en: "End date at the precision the source gives.", it: "Data di fine con la precisione della fonte." },
      value: ({ project }) => iso(project.end),
    },
    {
      name: "end_precision",
      type: "string",
      enum: PRECISIONS,
      description: { en: "Precision of end: year, month or day.", it: "Precisione di end: year, month o day." },
      value: ({ project }) => project.end?.precision,
    },
    {
      name: "budget.currency",
      type: "string",
      pattern: "^[A-Z]{3}$",
      description: {
        en: "ISO 4217 code of every amount in this row. Amounts in different currencies must never be added together.",
        it: "Codice ISO 4217 di tutti gli importi della riga. Importi in valute diverse non vanno mai sommati.",
      },
      value: ({ project }) => project.budget.currency,
    },
    {
      name: "budget.total",
      type: "number",
      minimum: 0,
      description: { en: "Total eligible cost, as stated, in budget.currency.", it: "Costo ammissibile totale dichiarato, in budget.currency." },
      value: ({ project }) => amount(project.budget.total?.cents),
    },
    {
      name: "budget.eu_share_pct",
      type: "number",
      minimum: 0,
      maximum: 100,
      description: {
        en: "EU co-financing rate in percent, as stated (a calculated rate is in derived.eu_share_pct).",
        it: "Tasso di cofinanziamento UE in percentuale, dichiarato (un tasso calcolato è in derived.eu_share_pct).",
      },
      value: ({ project }) => (project.budget.euSharePct?.basis === "stated" ? project.budget.euSharePct.value : undefined),
    },
    {
      name: "budget.eu_amount",
      type: "number",
      minimum: 0,
      description: {
        en: "EU contribution, as stated, in budget.currency (a calculated amount is in derived.eu_amount).",
        it: "Contributo UE dichiarato, in budget.currency (un importo calcolato è in derived.eu_amount).",
      },
      value: ({ project }) => (project.budget.euAmount?.basis === "stated" ? amount(project.budget.euAmount.value.cents) : undefined),
    },
    {
      name: "budget.awarded",
      type: "number",
      minimum: 0,
      description: {
        en: "Funding awarded, where the source does not say whether it is the total cost, in budget.currency.",
        it: "Finanziamento concesso, quando la fonte non dice se è il costo totale, in budget.currency.",
      },
      value: ({ project }) => amount(project.budget.awarded?.cents),
    },
    ...INDICATORS.map((indicator): Column<ProjectRow> => ({
      name: `results.${indicator}`,
      type: "integer",
      minimum: 0,
      description: {
        en: `Reported result, indicator ${indicator} (data/indicators.json). Empty: not reported.`,
        it: `Risultato riportato, indicatore ${indicator} (data/indicators.json). Vuoto: non riportato.`,
      },
      value: ({ project }) => countOf(project.results, indicator),
    })),
    ...INDICATORS.map((indicator): Column<ProjectRow> => ({
      name: `targets.${indicator}`,
      type: "integer",
      minimum: 0,
      description: { en: `Planned target, indicator ${indicator}. Never a result.`, it: `Obiettivo previsto, indicatore ${indicator}. Mai un risultato.` },
      value: ({ project }) => countOf(project.targets, indicator),
    })),
    {
      name: "results_note",
      type: "string",
      description: { en: "Results that are not numbers.", it: "Risultati non numerici." },
      value: ({ project }) => project.resultsNote,
    },
    {
      name: "target_group",
      type: "string",
      description: { en: "Who the project is for.", it: "A chi si rivolge il progetto." },
      value: ({ project }) => project.targetGroup,
    },
    {
      name: "return_countries",
      type: "string",
      list: true,
      description: {
        en: "Countries of return, ISO 3166-1 alpha-2 (XK: Kosovo), separated by '; '.",
        it: "Paesi di rimpatrio, ISO 3166-1 alpha-2 (XK: Kosovo), separati da '; '.",
      },
      value: ({ project }) => project.returnCountries,
    },
    {
      name: "related",
      type: "string",
      list: true,
      description: {
        en: "Related records as id:relation (predecessor, successor, part-of), separated by '; '.",
        it: "Schede collegate come id:relazione (predecessor, successor, part-of), separate da '; '.",
      },
      value: ({ project }) => project.related.map((r) => `${r.id}:${r.relation}`),
    },
    {
      name: "elements",
      type: "string",
      list: true,
      description: {
        en: "Programme design elements the sources describe, ids from data/elements.json (defined on the /elements/ page), separated by '; '. Empty: none reported, which is not the same as none used.",
        it: "Elementi del programma descritti dalle fonti, identificativi di data/elements.json (definiti nella pagina /it/elements/), separati da '; '. Vuoto: nessuno riportato, il che non significa nessuno usato.",
      },
      value: ({ project }) => project.elements,
    },
    {
      name: "monitoring_months",
      type: "integer",
      minimum: 1,
      description: {
        en: "The longest follow-up after return that the sources state, in months.",
        it: "Il più lungo periodo di monitoraggio dopo il ritorno indicato dalle fonti, in mesi.",
      },
      value: ({ project }) => project.monitoringMonths,
    },
    {
      name: "confidence",
      type: "string",
      required: true,
      enum: [...CONFIDENCE_LEVELS],
      description: {
        en: "high: an official or implementer page states the figures; medium: news, partial or secondary; low: thin or indirect.",
        it: "high: una pagina ufficiale o dell'ente attuatore riporta i dati; medium: stampa, fonte parziale o secondaria; low: fonte scarna o indiretta.",
      },
      value: ({ project }) => project.confidence,
    },
    {
      name: "notes",
      type: "string",
      description: {
        en: "Caveats about the sources; conflicts between sources are in conflicts.csv.",
        it: "Avvertenze sulle fonti; i contrasti tra fonti sono in conflicts.csv.",
      },
      value: ({ project }) => project.notes,
    },
    {
      name: "checked",
      type: "string",
      required: true,
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: { en: "Day the record was last checked against its sources.", it: "Giorno dell'ultima verifica della scheda sulle fonti." },
      value: ({ project }) => formatIsoPrecisionDate(project.checked),
    },
    ...SOURCED_FIGURES.map(({ key, column }): Column<ProjectRow> => ({
      name: `${column}_source`,
      type: "string",
      list: true,
      description: {
        en: `The sources that state ${column}: their positions in sources.csv (project_id, position), separated by '; '. Empty where ${column} is empty.`,
        it: `Le fonti che riportano ${column}: la loro posizione in sources.csv (project_id, position), separate da '; '. Vuoto se ${column} è vuoto.`,
      },
      value: ({ project }) => positions(project.figureSources[key]),
    })),
    ...TRANSLATION_LANGUAGES.flatMap((lang): Column<ProjectRow>[] => [
      {
        name: `title_${lang}`,
        type: "string",
        description: {
          en: `The title in language ${lang}, from the record's translation.`,
          it: `Il titolo nella lingua ${lang}, dalla traduzione della scheda.`,
        },
        value: ({ translations }) => translations?.[lang]?.title,
      },
      {
        name: `translation_${lang}.method`,
        type: "string",
        enum: ["original", "human", "machine-assisted", "machine"],
        description: {
          en: `How the record's text in language ${lang} was made: original (written in it), human (translated by a person), machine-assisted (a machine draft edited by a person), machine (translated by software, a language model). Empty: no translation.`,
          it: `Come è stato prodotto il testo della scheda nella lingua ${lang}: original (scritto in quella lingua), human (tradotto da una persona), machine-assisted (bozza automatica rivista da una persona), machine (traduzione automatica, con un modello linguistico). Vuoto: nessuna traduzione.`,
        },
        value: ({ translations }) => translations?.[lang]?.method,
      },
      {
        name: `translation_${lang}.review`,
        type: "string",
        enum: ["unreviewed", "reviewed"],
        description: {
          en: `Whether a fluent reader has checked the translation into ${lang}: unreviewed or reviewed.`,
          it: `Se un lettore madrelingua ha verificato la traduzione nella lingua ${lang}: unreviewed (non verificata) o reviewed (verificata).`,
        },
        value: ({ translations }) => translations?.[lang]?.review,
      },
      {
        name: `translation_${lang}.reviewed_by`,
        type: "string",
        description: { en: "Who checked the translation, where it was checked.", it: "Chi ha verificato la traduzione, se è stata verificata." },
        value: ({ translations }) => translations?.[lang]?.reviewedBy,
      },
      {
        name: `translation_${lang}.reviewed_on`,
        type: "string",
        pattern: "^\\d{4}-\\d{2}-\\d{2}$",
        description: { en: "The day the translation was checked.", it: "Il giorno in cui la traduzione è stata verificata." },
        value: ({ translations }) => translations?.[lang]?.reviewedOn,
      },
    ]),
    {
      name: "derived.eu_share_pct",
      type: "number",
      description: {
        en: "Calculated: budget.eu_amount ÷ budget.total × 100, rounded to two decimals, where the source gives only the amount.",
        it: "Calcolato: budget.eu_amount ÷ budget.total × 100, arrotondato a due decimali, quando la fonte dà solo l'importo.",
      },
      value: ({ project }) => (project.budget.euSharePct?.basis === "calculated" ? project.budget.euSharePct.value : undefined),
    },
    {
      name: "derived.eu_amount",
      type: "number",
      description: {
        en: "Calculated: budget.total × budget.eu_share_pct ÷ 100, rounded to the cent, where the source gives only the rate.",
        it: "Calcolato: budget.total × budget.eu_share_pct ÷ 100, arrotondato al centesimo, quando la fonte dà solo il tasso.",
      },
      value: ({ project }) => (project.budget.euAmount?.basis === "calculated" ? amount(project.budget.euAmount.value.cents) : undefined),
    },
    {
      name: "derived.cost_per_returned",
      type: "number",
      description: {
        en: "Calculated: budget.total ÷ results.returned, in budget.currency, rounded to the cent; covers every cost of the project.",
        it: "Calcolato: budget.total ÷ results.returned, in budget.currency, arrotondato al centesimo; comprende tutti i costi del progetto.",
      },
      value: ({ project }) => amount(project.costPerReturned?.value.cents),
    },
    {
      name: "derived.returns_against_target_pct",
      type: "number",
      description: {
        en: "Calculated: results.returned ÷ targets.returned × 100, rounded to two decimals.",
        it: "Calcolato: results.returned ÷ targets.returned × 100, arrotondato a due decimali.",
      },
      value: ({ project }) => project.returnsAgainstTarget?.value,
    },
    {
      name: "derived.duration_months",
      type: "integer",
      description: {
        en: "Calculated: calendar months from the start month to the end month, both included (dates at month or day precision only).",
        it: "Calcolato: mesi di calendario dal mese di inizio al mese di fine, entrambi inclusi (solo date al mese o al giorno).",
      },
      value: ({ project }) => project.durationMonths,
    },
    {
      name: "derived.duration_days",
      type: "integer",
      description: {
        en: "Calculated: days from start to end, both included (dates at day precision only).",
        it: "Calcolato: giorni dall'inizio alla fine, entrambi inclusi (solo date al giorno).",
      },
      value: ({ project }) => project.durationDays,
    },
    {
      name: "derived.status",
      type: "string",
      enum: [...STATUSES],
      description: { en: "Calculated from the dates as of derived.status_as_of.", it: "Calcolato dalle date alla data derived.status_as_of." },
      value: ({ project, asOf }) => deriveStatus(project.start, project.end, asOf),
    },
    {
      name: "derived.status_as_of",
      type: "string",
      pattern: "^\\d{4}-\\d{2}-\\d{2}$",
      description: {
        en: "The day the status is stated for: the latest checked date of all records, so that the file does not change from one build to the next.",
        it: "Il giorno a cui si riferisce lo stato: la più recente data di verifica tra le schede, perché il file non cambi da una generazione all'altra.",
      },
      value: ({ asOf }) => asOf.toISOString().slice(0, 10),
    },
  ],
};

export interface CountRow {
  projectId: string;
  indicator: string;
  kind: "result" | "target";
  value: number;
  /** Positions of the sources that state it. */
  sources: number[];
}

export const resultsTable: Table<CountRow> = {
  name: "results",
  title: { en: "Results and targets", it: "Risultati e obiettivi" },
  description: {
    en: "Long format: one row per project, indicator and kind. Results (reported) and targets (planned) must never be added to each other; see data/indicators.json for which indicators may be summed across projects.",
    it: "Formato lungo: una riga per progetto, indicatore e tipo. Risultati (riportati) e obiettivi (previsti) non vanno mai sommati tra loro; data/indicators.json dice quali indicatori si possono sommare tra progetti.",
  },
  primaryKey: ["project_id", "indicator", "kind"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      description: { en: "Record id (projects.id).", it: "Identificativo della scheda (projects.id)." },
      value: (r) => r.projectId,
    },
    {
      name: "indicator",
      type: "string",
      required: true,
      enum: ["returned", "reintegration_assisted", "counselled"],
      description: { en: "Indicator id (data/indicators.json).", it: "Identificativo dell'indicatore (data/indicators.json)." },
      value: (r) => r.indicator,
    },
    {
      name: "kind",
      type: "string",
      required: true,
      enum: ["result", "target"],
      description: { en: "result: reported; target: planned.", it: "result: riportato; target: previsto." },
      value: (r) => r.kind,
    },
    {
      name: "value",
      type: "integer",
      required: true,
      minimum: 0,
      description: { en: "Number of people, in aggregate.", it: "Numero di persone, in forma aggregata." },
      value: (r) => r.value,
    },
    {
      name: "source",
      type: "string",
      list: true,
      required: true,
      description: {
        en: "The sources that state the value: their positions in sources.csv (project_id, position), separated by '; '.",
        it: "Le fonti che riportano il valore: la loro posizione in sources.csv (project_id, position), separate da '; '.",
      },
      value: (r) => positions(r.sources),
    },
  ],
};

export interface SourceRow {
  projectId: string;
  position: number;
  url: string;
  title: string;
  publisher: string;
  /** The figure keys this source states (with a single source, every figure of the record). */
  states: string[];
}

export const sourcesTable: Table<SourceRow> = {
  name: "sources",
  title: { en: "Sources", it: "Fonti" },
  description: {
    en: "One row per project and source: the public pages the figures come from.",
    it: "Una riga per progetto e fonte: le pagine pubbliche da cui provengono i dati.",
  },
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      description: { en: "Record id (projects.id).", it: "Identificativo della scheda (projects.id)." },
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      description: { en: "Order of the source in the record, from 1.", it: "Posizione della fonte nella scheda, da 1." },
      value: (r) => r.position,
    },
    {
      name: "url",
      type: "string",
      required: true,
      pattern: "^https?://",
      description: { en: "Address of the page.", it: "Indirizzo della pagina." },
      value: (r) => r.url,
    },
    {
      name: "title",
      type: "string",
      required: true,
      description: { en: "Title or description of the page.", it: "Titolo o descrizione della pagina." },
      value: (r) => r.title,
    },
    { name: "publisher", type: "string", required: true, description: { en: "Who published it.", it: "Chi l'ha pubblicata." }, value: (r) => r.publisher },
    {
      name: "states",
      type: "string",
      list: true,
      description: {
        en: "The record's figures this page states, as keys (start, end, budget.total, budget.eu_share_pct, budget.eu_amount, budget.awarded, results.<indicator>, targets.<indicator>, allowances.<position>, monitoring_months), separated by '; '. A record's only source states all of its figures.",
        it: "I dati della scheda che questa pagina riporta, come chiavi (start, end, budget.total, budget.eu_share_pct, budget.eu_amount, budget.awarded, results.<indicatore>, targets.<indicatore>, allowances.<posizione>, monitoring_months), separate da '; '. L'unica fonte di una scheda ne riporta tutti i dati.",
      },
      value: (r) => r.states,
    },
  ],
};

export interface AllowanceRow {
  projectId: string;
  position: number;
  kind: string;
  amount?: number | undefined;
  amountMin?: number | undefined;
  amountMax?: number | undefined;
  currency: string;
  per: string;
  /** Positions of the sources that state it. */
  sources: number[];
}

export const allowancesTable: Table<AllowanceRow> = {
  name: "allowances",
  title: { en: "Allowances", it: "Indennità" },
  description: {
    en: "One row per project and allowance: a fixed amount, or a range, in its own currency.",
    it: "Una riga per progetto e indennità: un importo fisso, o un intervallo, nella sua valuta.",
  },
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      description: { en: "Record id (projects.id).", it: "Identificativo della scheda (projects.id)." },
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      description: { en: "Order of the allowance in the record, from 1.", it: "Posizione dell'indennità nella scheda, da 1." },
      value: (r) => r.position,
    },
    {
      name: "kind",
      type: "string",
      required: true,
      description: { en: "What the allowance is.", it: "Che cosa è l'indennità (in inglese)." },
      value: (r) => r.kind,
    },
    {
      name: "amount",
      type: "number",
      minimum: 0,
      description: { en: "Fixed amount, in currency.", it: "Importo fisso, in currency." },
      value: (r) => r.amount,
    },
    {
      name: "amount_min",
      type: "number",
      minimum: 0,
      description: { en: "Lower end of a range.", it: "Estremo inferiore di un intervallo." },
      value: (r) => r.amountMin,
    },
    {
      name: "amount_max",
      type: "number",
      minimum: 0,
      description: { en: "Upper end of a range.", it: "Estremo superiore di un intervallo." },
      value: (r) => r.amountMax,
    },
    {
      name: "currency",
      type: "string",
      required: true,
      pattern: "^[A-Z]{3}$",
      description: { en: "ISO 4217 code.", it: "Codice ISO 4217." },
      value: (r) => r.currency,
    },
    {
      name: "per",
      type: "string",
      required: true,
      enum: ["person", "adult", "child", "household"],
      description: { en: "Who receives it.", it: "Chi la riceve." },
      value: (r) => r.per,
    },
    {
      name: "source",
      type: "string",
      list: true,
      required: true,
      description: {
        en: "The sources that state the allowance: their positions in sources.csv (project_id, position), separated by '; '.",
        it: "Le fonti che riportano l'indennità: la loro posizione in sources.csv (project_id, position), separate da '; '.",
      },
      value: (r) => positions(r.sources),
    },
  ],
};

export interface ConflictRow {
  projectId: string;
  position: number;
  text: string;
}

export const conflictsTable: Table<ConflictRow> = {
  name: "conflicts",
  title: { en: "Conflicts between sources", it: "Contrasti tra le fonti" },
  description: {
    en: "One row per project and conflict: where two sources disagree, or one contradicts itself, and which figure the record keeps.",
    it: "Una riga per progetto e contrasto: dove due fonti non concordano, o una si contraddice, e quale dato la scheda conserva.",
  },
  primaryKey: ["project_id", "position"],
  foreignKeys: [{ fields: ["project_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "project_id",
      type: "string",
      required: true,
      description: { en: "Record id (projects.id).", it: "Identificativo della scheda (projects.id)." },
      value: (r) => r.projectId,
    },
    {
      name: "position",
      type: "integer",
      required: true,
      minimum: 1,
      description: { en: "Order of the conflict in the record, from 1.", it: "Posizione del contrasto nella scheda, da 1." },
      value: (r) => r.position,
    },
    {
      name: "conflict",
      type: "string",
      required: true,
      description: { en: "What the sources say, in English.", it: "Che cosa dicono le fonti, in inglese." },
      value: (r) => r.text,
    },
  ],
};

/** One organisation of data/organisations.json. */
export interface OrganisationRow {
  organisation: Organisation;
}

export const organisationsTable: Table<OrganisationRow> = {
  name: "organisations",
  title: { en: "Organisations", it: "Organizzazioni" },
  description: {
    en: "One row per organisation that records name as managing entity or partner (data/organisations.json): names, seat, IATI organisation type, the organisation it is a unit of, identifiers in public registers with their sources, and the spellings records use for it.",
    it: "Una riga per organizzazione nominata dalle schede come ente gestore o partner (data/organisations.json): nomi, sede, tipo di organizzazione IATI, l'organizzazione di cui è un'unità, identificativi nei registri pubblici con le loro fonti, e le grafie usate dalle schede.",
  },
  primaryKey: ["id"],
  foreignKeys: [{ fields: ["parent"], resource: "organisations", referenceFields: ["id"] }],
  columns: [
    {
      name: "id",
      type: "string",
      required: true,
      unique: true,
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: { en: "Organisation id; the page is /organisations/<id>/.", it: "Identificativo dell'organizzazione; la pagina è /organisations/<id>/." },
      value: ({ organisation: o }) => o.id,
    },
    {
      name: "name_en",
      type: "string",
      required: true,
      description: { en: "Name in English.", it: "Nome in inglese." },
      value: ({ organisation: o }) => o.name.en,
    },
    {
      name: "name_it",
      type: "string",
      required: true,
      description: { en: "Name in Italian.", it: "Nome in italiano." },
      value: ({ organisation: o }) => o.name.it,
    },
    {
      name: "own_name",
      type: "string",
      description: {
        en: "The organisation's own-language name, where the records or their sources give it.",
        it: "Il nome dell'organizzazione nella sua lingua, se le schede o le loro fonti lo indicano.",
      },
      value: ({ organisation: o }) => o.own_name,
    },
    { name: "abbreviation", type: "string", description: { en: "Short form.", it: "Sigla." }, value: ({ organisation: o }) => o.abbreviation },
    {
      name: "country",
      type: "string",
      pattern: "^[A-Z]{2}$",
      description: {
        en: "ISO 3166-1 alpha-2 code of the seat; empty for international organisations and where the seat is not known.",
        it: "Codice ISO 3166-1 alpha-2 della sede; vuoto per le organizzazioni internazionali e se la sede non è nota.",
      },
      value: ({ organisation: o }) => o.country,
    },
    {
      name: "type",
      type: "string",
      required: true,
      enum: Object.keys(ORGANISATION_TYPES),
      description: {
        en: "IATI OrganisationType code: 10 Government, 11 Local Government, 15 Other Public Sector, 21 International NGO, 22 National NGO, 23 Regional NGO, 24 Partner Country based NGO, 30 Public Private Partnership, 40 Multilateral, 60 Foundation, 70 Private Sector, 80 Academic, Training and Research, 90 Other.",
        it: "Codice IATI OrganisationType: 10 governo, 11 ente locale, 15 altro ente pubblico, 21 ONG internazionale, 22 ONG nazionale, 23 ONG regionale, 24 ONG del paese partner, 30 partenariato pubblico-privato, 40 organizzazione multilaterale, 60 fondazione, 70 settore privato, 80 università e ricerca, 90 altro.",
      },
      value: ({ organisation: o }) => o.type,
    },
    {
      name: "parent",
      type: "string",
      pattern: "^[a-z0-9]+(-[a-z0-9]+)*$",
      description: {
        en: "Id of the organisation this one is a unit of (an IOM country office: iom).",
        it: "Identificativo dell'organizzazione di cui questa è un'unità (un ufficio nazionale dell'OIM: iom).",
      },
      value: ({ organisation: o }) => o.parent,
    },
    {
      name: "identifiers",
      type: "string",
      list: true,
      description: {
        en: "Identifiers in public registers, as IATI organisation references (<register>-<identifier>), separated by '; '.",
        it: "Identificativi nei registri pubblici, come riferimenti di organizzazione IATI (<registro>-<identificativo>), separati da '; '.",
      },
      value: ({ organisation: o }) => o.identifiers.map((i) => `${i.scheme}-${i.value}`),
    },
    {
      name: "identifier_sources",
      type: "string",
      list: true,
      description: {
        en: "For each identifier, in the same order, the register page that states it, separated by '; '.",
        it: "Per ogni identificativo, nello stesso ordine, la pagina del registro che lo indica, separate da '; '.",
      },
      value: ({ organisation: o }) => o.identifiers.map((i) => i.source),
    },
    {
      name: "aliases",
      type: "string",
      list: true,
      separator: " | ",
      description: {
        en: "Other spellings records use for the organisation, separated by ' | ' (spellings may hold '; ').",
        it: "Altre grafie usate dalle schede per l'organizzazione, separate da ' | ' (le grafie possono contenere '; ').",
      },
      value: ({ organisation: o }) => o.aliases,
    },
  ],
};

/** The rows of every table, from the projects (newest first, as on the site). */
export function buildRows(projects: readonly Project[], asOf: Date, translations: (id: string) => ProjectRow["translations"] = () => undefined) {
  const statedBy = (p: Project, position: number) =>
    Object.entries(p.figureSources)
      .filter(([, list]) => list.includes(position))
      .map(([key]) => key);
  return {
    projects: projects.map((project): ProjectRow => ({ project, asOf, translations: translations(project.id) })),
    results: projects.flatMap((p) => [
      ...p.results.map((e): CountRow => ({
        projectId: p.id,
        indicator: e.indicator,
        kind: "result",
        value: e.count,
        sources: p.figureSources[`results.${e.indicator}`] ?? [],
      })),
      ...p.targets.map((e): CountRow => ({
        projectId: p.id,
        indicator: e.indicator,
        kind: "target",
        value: e.count,
        sources: p.figureSources[`targets.${e.indicator}`] ?? [],
      })),
    ]),
    sources: projects.flatMap((p) =>
      p.sources.map((s, i): SourceRow => ({
        projectId: p.id,
        position: i + 1,
        url: s.url,
        title: s.title,
        publisher: s.publisher,
        states: statedBy(p, i + 1),
      })),
    ),
    conflicts: projects.flatMap((p) => p.conflicts.map((text, i): ConflictRow => ({ projectId: p.id, position: i + 1, text }))),
    allowances: projects.flatMap((p) =>
      p.allowances.map((a, i): AllowanceRow => ({
        projectId: p.id,
        position: i + 1,
        kind: a.kind,
        amount: a.amount,
        amountMin: a.amount_min,
        amountMax: a.amount_max,
        currency: a.currency,
        per: a.per,
        sources: p.figureSources[`allowances.${i + 1}`] ?? [],
      })),
    ),
  };
}

/** A cell for CSV: lists joined with '; '. */
export function csvCell<Row>(column: Column<Row>, row: Row): Cell {
  const value = column.value(row);
  return Array.isArray(value) ? (value.length ? value.join(column.separator ?? "; ") : undefined) : (value as Cell);
}

/** A value for JSON: lists as arrays, missing as null. */
export function jsonValue<Row>(column: Column<Row>, row: Row): unknown {
  const value = column.value(row);
  if (Array.isArray(value)) return value;
  return value === undefined ? null : value;
}

/** The table with the values of its `enumFrom` columns filled in from the reference data, in its order. */
export function withReferenceEnums<Row>(table: Table<Row>, reference: { funds: readonly string[] }): Table<Row> {
  return { ...table, columns: table.columns.map((column) => (column.enumFrom ? { ...column, enum: reference[column.enumFrom] } : column)) };
}
