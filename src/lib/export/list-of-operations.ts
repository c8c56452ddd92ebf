/**
 * The EU "list of operations" layout: the data points of Article 49(3) of the Common
 * Provisions Regulation (EU) 2021/1060, one row per record, with the point each column answers.
 *
 * Points (b) (a beneficiary who is a natural person) and (c) (EMFAF fishing vessels) never
 * apply to these projects, and (m) and (n) (beneficiary location, type of intervention) are
 * not reported by any source, so they have no column; the data dictionary says so.
 */
import { formatIsoPrecisionDate } from "../dates.ts";
import type { Project } from "../derive.ts";
import { amount, countOf, DATE_PATTERN, iso, PRECISIONS, type Column, type Table } from "./tables.ts";

export interface OperationRow {
  project: Project;
  /** The fund's English name and period, from data/funds.json. */
  fundName?: string | undefined;
  /** Address of the record's page. */
  pageUrl: string;
}

const point = (p: string) => ({ en: `Art. 49(3)(${p}). `, it: `Art. 49, par. 3, lett. ${p}). ` });
const withPoint = (p: string, en: string, it: string) => ({ en: point(p).en + en, it: point(p).it + it });

export const listOfOperationsTable: Table<OperationRow> = {
  name: "list-of-operations",
  title: { en: "List of operations (Article 49(3) CPR)", it: "Elenco delle operazioni (art. 49, par. 3, RDC)" },
  description: {
    en: "One row per project record in the layout of the list of operations that Article 49(3) of Regulation (EU) 2021/1060 asks managing authorities to publish, for comparison with national lists. Points (b) and (c) never apply to these projects; points (l) (location within the country), (m) and (n) are not reported by the sources and have no column. Total cost is the total eligible cost the source states. Projects of earlier funds are shown in the same layout, although the rule did not apply to them.",
    it: "Una riga per scheda di progetto, nel formato dell'elenco delle operazioni che l'articolo 49, paragrafo 3, del regolamento (UE) 2021/1060 chiede alle autorità di gestione di pubblicare, per il confronto con gli elenchi nazionali. Le lettere b) e c) non riguardano questi progetti; le lettere l) (luogo all'interno del paese), m) e n) non sono riportate dalle fonti e non hanno colonna. Il costo totale è il costo ammissibile totale dichiarato dalla fonte. I progetti dei fondi precedenti sono presentati nello stesso formato, anche se la norma non si applicava a loro.",
  },
  primaryKey: ["record_id"],
  foreignKeys: [{ fields: ["record_id"], resource: "projects", referenceFields: ["id"] }],
  columns: [
    {
      name: "record_id",
      type: "string",
      required: true,
      unique: true,
      description: {
        en: "This site's record id (projects.id): the unique code of the row.",
        it: "Identificativo della scheda su questo sito (projects.id): il codice univoco della riga.",
      },
      value: (r) => r.project.id,
    },
    {
      name: "operation_code",
      type: "string",
      description: {
        en: "The official grant or operation code, where a source gives it. Empty: not reported.",
        it: "Il codice ufficiale della sovvenzione o dell'operazione, se una fonte lo indica. Vuoto: non riportato.",
      },
      value: (r) => r.project.reference,
    },
    {
      name: "beneficiary_name",
      type: "string",
      required: true,
      description: withPoint(
        "a",
        "Name of the beneficiary: the organisation that runs the project.",
        "Denominazione del beneficiario: l'organizzazione che gestisce il progetto.",
      ),
      value: (r) => r.project.managingEntity,
    },
    {
      name: "operation_name",
      type: "string",
      required: true,
      description: withPoint("d", "Name of the operation.", "Denominazione dell'operazione."),
      value: (r) => r.project.title,
    },
    {
      name: "purpose_and_achievements",
      type: "string",
      required: true,
      description: withPoint(
        "e",
        "Purpose of the operation, in this site's words; the achievements are in the results columns.",
        "Finalità dell'operazione, con parole di questo sito (in inglese); i risultati sono nelle colonne results.",
      ),
      value: (r) => r.project.summary,
    },
    {
      name: "start_date",
      type: "string",
      pattern: DATE_PATTERN,
      description: withPoint(
        "f",
        "Start date at the precision the source gives: YYYY, YYYY-MM or YYYY-MM-DD.",
        "Data di inizio con la precisione della fonte: AAAA, AAAA-MM o AAAA-MM-GG.",
      ),
      value: (r) => iso(r.project.start),
    },
    {
      name: "start_date_precision",
      type: "string",
      enum: PRECISIONS,
      description: { en: "Precision of start_date: year, month or day.", it: "Precisione di start_date: year, month o day." },
      value: (r) => r.project.start?.precision,
    },
    {
      name: "end_date",
      type: "string",
      pattern: DATE_PATTERN,
      description: withPoint(
        "g",
        "Expected or actual date of completion, at the precision the source gives.",
        "Data prevista o effettiva di conclusione, con la precisione della fonte.",
      ),
      value: (r) => iso(r.project.end),
    },
    {
      name: "end_date_precision",
      type: "string",
      enum: PRECISIONS,
      description: { en: "Precision of end_date: year, month or day.", it: "Precisione di end_date: year, month o day." },
      value: (r) => r.project.end?.precision,
    },
    {
      name: "total_cost",
      type: "number",
      minimum: 0,
      description: withPoint("h", "Total eligible cost as the source states it, in currency.", "Costo ammissibile totale dichiarato dalla fonte, in currency."),
      value: (r) => amount(r.project.budget.total?.cents),
    },
    {
      name: "currency",
      type: "string",
      pattern: "[A-Z]{3}",
      description: {
        en: "ISO 4217 code of every amount in the row. Never add amounts in different currencies.",
        it: "Codice ISO 4217 di tutti gli importi della riga. Non sommare mai importi in valute diverse.",
      },
      value: (r) => r.project.budget.currency,
    },
    {
      name: "fund",
      type: "string",
      description: withPoint(
        "i",
        "The fund concerned, with its programming period where known. Empty: the sources do not name it.",
        "Il fondo interessato, con il periodo di programmazione se noto. Vuoto: le fonti non lo indicano.",
      ),
      value: (r) => r.fundName,
    },
    {
      name: "fund_id",
      type: "string",
      enumFrom: "funds",
      description: { en: "The fund's id in data/funds.json.", it: "Identificativo del fondo in data/funds.json." },
      value: (r) => r.project.fund,
    },
    {
      name: "specific_objective",
      type: "string",
      description: withPoint(
        "j",
        "Specific objective, strand or call, as the source names it.",
        "Obiettivo specifico, linea o bando, come li indica la fonte.",
      ),
      value: (r) => r.project.fundDetail,
    },
    {
      name: "eu_cofinancing_rate_pct",
      type: "number",
      minimum: 0,
      maximum: 100,
      description: withPoint(
        "k",
        "Union co-financing rate in percent: as stated, or calculated from the EU amount and the total (see eu_cofinancing_rate_basis).",
        "Tasso di cofinanziamento dell'Unione in percentuale: dichiarato, o calcolato dall'importo UE e dal totale (vedi eu_cofinancing_rate_basis).",
      ),
      value: (r) => r.project.budget.euSharePct?.value,
    },
    {
      name: "eu_cofinancing_rate_basis",
      type: "string",
      enum: ["stated", "calculated"],
      description: {
        en: "stated: the source gives the rate; calculated: eu_contribution ÷ total_cost × 100, rounded to two decimals.",
        it: "stated: la fonte indica il tasso; calculated: eu_contribution ÷ total_cost × 100, arrotondato a due decimali.",
      },
      value: (r) => r.project.budget.euSharePct?.basis,
    },
    {
      name: "eu_contribution",
      type: "number",
      minimum: 0,
      description: {
        en: "Not in Article 49(3), as in several national lists: the EU contribution in currency, stated or calculated (see eu_contribution_basis).",
        it: "Non previsto dall'art. 49, par. 3, come in diversi elenchi nazionali: il contributo UE in currency, dichiarato o calcolato (vedi eu_contribution_basis).",
      },
      value: (r) => amount(r.project.budget.euAmount?.value.cents),
    },
    {
      name: "eu_contribution_basis",
      type: "string",
      enum: ["stated", "calculated"],
      description: {
        en: "stated: the source gives the amount; calculated: total_cost × eu_cofinancing_rate_pct ÷ 100, rounded to the cent.",
        it: "stated: la fonte indica l'importo; calculated: total_cost × eu_cofinancing_rate_pct ÷ 100, arrotondato al centesimo.",
      },
      value: (r) => r.project.budget.euAmount?.basis,
    },
    {
      name: "funding_awarded",
      type: "number",
      minimum: 0,
      description: {
        en: "Not in Article 49(3): funding awarded, where the source does not say whether it is the total cost, in currency.",
        it: "Non previsto dall'art. 49, par. 3: finanziamento concesso, quando la fonte non dice se è il costo totale, in currency.",
      },
      value: (r) => amount(r.project.budget.awarded?.cents),
    },
    {
      name: "country",
      type: "string",
      required: true,
      pattern: "[A-Z]{2}",
      description: withPoint(
        "l",
        "The country concerned: ISO 3166-1 alpha-2 code of the Member State where the project runs (EU: an EU-level project).",
        "Il paese interessato: codice ISO 3166-1 alpha-2 dello Stato membro in cui si svolge il progetto (EU: progetto di livello UE).",
      ),
      value: (r) => r.project.memberState,
    },
    {
      name: "returned",
      type: "integer",
      minimum: 0,
      description: {
        en: "Achievement (point e): people returned, as reported. Empty: not reported.",
        it: "Realizzazione (lettera e): persone rimpatriate, come riportato. Vuoto: non riportato.",
      },
      value: (r) => countOf(r.project.results, "returned"),
    },
    {
      name: "reintegration_assisted",
      type: "integer",
      minimum: 0,
      description: {
        en: "Achievement (point e): people given reintegration support, as reported.",
        it: "Realizzazione (lettera e): persone che hanno ricevuto sostegno alla reintegrazione, come riportato.",
      },
      value: (r) => countOf(r.project.results, "reintegration_assisted"),
    },
    {
      name: "counselled",
      type: "integer",
      minimum: 0,
      description: {
        en: "Achievement (point e): people counselled, as reported.",
        it: "Realizzazione (lettera e): persone che hanno ricevuto consulenza, come riportato.",
      },
      value: (r) => countOf(r.project.results, "counselled"),
    },
    {
      name: "source_url",
      type: "string",
      required: true,
      format: "uri",
      pattern: "https?://\\S+",
      description: {
        en: "The first source of the record; all sources are in sources.csv.",
        it: "La prima fonte della scheda; tutte le fonti sono in sources.csv.",
      },
      value: (r) => r.project.sources[0]!.url,
    },
    {
      name: "record_url",
      type: "string",
      required: true,
      format: "uri",
      pattern: "https?://\\S+",
      description: { en: "The record's page on this site.", it: "La pagina della scheda su questo sito." },
      value: (r) => r.pageUrl,
    },
    {
      name: "last_updated",
      type: "date",
      required: true,
      description: { en: "Day the record was last checked against its sources.", it: "Giorno dell'ultima verifica della scheda sulle fonti." },
      value: (r) => formatIsoPrecisionDate(r.project.checked),
    },
  ] satisfies Column<OperationRow>[],
};
