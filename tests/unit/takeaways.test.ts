/**
 * Every sentence the site writes from data, fed none, one, two and many items, ties and equal
 * values, in both languages, with the real strings files: the exact sentences.
 */
import { describe, expect, it } from "vitest";
import { useLocalization } from "../../src/i18n/index.ts";
import { buildComparison, type ComparisonStrings } from "../../src/lib/present/comparison.ts";
import {
  budgetTakeaway,
  byStateTakeaway,
  completenessTakeaway,
  contextTakeaway,
  costTakeaway,
  groupSummarySentence,
  leadersOf,
  ratesTakeaway,
  reintegrationTakeaway,
  returnedTakeaway,
  startYearTakeaway,
} from "../../src/lib/present/takeaways.ts";

const en = useLocalization("en");
const it_ = useLocalization("it");
const r = (name: string, value: number) => ({ name, value });

describe("leadersOf", () => {
  it.each([
    [[], "none", []],
    [[r("a", 3)], "single", ["a"]],
    [[r("a", 3), r("b", 1)], "top", ["a"]],
    [[r("a", 3), r("b", 3), r("c", 1)], "tie", ["a", "b"]],
    [[r("a", 2), r("b", 2)], "even", ["a", "b"]],
  ])("%j is %s", (items, shape, leaders) => {
    const result = leadersOf(items);
    expect([result.shape, result.leaders.map((i) => i.name)]).toEqual([shape, leaders]);
  });
});

describe("projects by member state", () => {
  it.each([
    [{ records: 0, states: [], euLevel: 0 }, "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [
      { records: 1, states: [r("Italy", 1)], euLevel: 0 },
      "The only record comes from one member state (Italy).",
      "L'unica scheda proviene da un solo Stato membro (Italy).",
    ],
    [
      { records: 14, states: [r("Italy", 12)], euLevel: 2 },
      "The 14 records come from one member state (Italy), plus 2 at EU level.",
      "Le 14 schede provengono da un solo Stato membro (Italy), più 2 di livello UE.",
    ],
    [
      { records: 81, states: [r("Italy", 12), r("Germany", 4), r("Malta", 1)], euLevel: 3 },
      "The 81 records come from 3 member states, plus 3 at EU level; the largest number of projects in a member state is 12 (Italy).",
      "Le 81 schede provengono da 3 Stati membri, più 3 di livello UE; il numero più alto di progetti in uno Stato membro è 12 (Italy).",
    ],
    [
      { records: 9, states: [r("Germany", 4), r("Greece", 4), r("Malta", 1)], euLevel: 0 },
      "The 9 records come from 3 member states; the largest number of projects in a member state is 4, in each of these: Germany and Greece.",
      "Le 9 schede provengono da 3 Stati membri; il numero più alto di progetti in uno Stato membro è 4, in ciascuno di questi: Germany e Greece.",
    ],
    [
      { records: 2, states: [r("Germany", 1), r("Greece", 1)], euLevel: 0 },
      "The 2 records come from 2 member states; each has 1 project.",
      "Le 2 schede provengono da 2 Stati membri; ciascuno ha 1 progetto.",
    ],
  ])("%j", (input, english, italian) => {
    expect(byStateTakeaway(en, input)).toBe(english);
    expect(byStateTakeaway(it_, input)).toBe(italian);
  });
});

describe("total cost by member state", () => {
  const state = (name: string, euros: number, projects: number) => ({ name, value: euros * 100, text: `€${euros}`, projects });
  const money = (cents: number) => `€${cents / 100}`;
  it.each([
    [{ records: 0, states: [] }, "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [
      { records: 1, states: [state("Italy", 1400000, 1)] },
      "1 record gives a total cost in euro: €1400000 (Italy).",
      "1 scheda indica un costo totale in euro: €1400000 (Italy).",
    ],
    [
      { records: 3, states: [state("Italy", 2800000, 3)] },
      "3 records give a total cost in euro; only one member state has a total: €2800000 (Italy).",
      "3 schede indicano un costo totale in euro; un solo Stato membro ha un totale: €2800000 (Italy).",
    ],
    [
      { records: 11, states: [state("Netherlands", 27486954, 2), state("Cyprus", 9000000, 9)] },
      "11 records give a total cost in euro; the largest total is €27486954 (Netherlands, 2 projects).",
      "11 schede indicano un costo totale in euro; il totale più alto è €27486954 (Netherlands, 2 progetti).",
    ],
    [
      { records: 3, states: [state("Netherlands", 500, 1), state("Cyprus", 400, 2)] },
      "3 records give a total cost in euro; the largest total is €500 (Netherlands, 1 project).",
      "3 schede indicano un costo totale in euro; il totale più alto è €500 (Netherlands, 1 progetto).",
    ],
    [
      { records: 4, states: [state("Malta", 500, 1), state("Cyprus", 500, 2), state("Greece", 100, 1)] },
      "4 records give a total cost in euro; the largest total is €500, in each of these: Malta and Cyprus.",
      "4 schede indicano un costo totale in euro; il totale più alto è €500, in ciascuno di questi: Malta e Cyprus.",
    ],
    [
      { records: 2, states: [state("Malta", 500, 1), state("Cyprus", 500, 1)] },
      "2 records give a total cost in euro; each member state's total is €500.",
      "2 schede indicano un costo totale in euro; il totale di ogni Stato membro è €500.",
    ],
    [{ records: 2, states: [] }, "2 records give a total cost in euro.", "2 schede indicano un costo totale in euro."],
  ])("%j", (input, english, italian) => {
    expect(budgetTakeaway(en, { ...input, money })).toBe(english);
    expect(budgetTakeaway(it_, { ...input, money })).toBe(italian);
  });
});

describe("projects by start year", () => {
  const years = (counts: Record<number, number>) => Object.entries(counts).map(([year, n]) => r(year, n));
  it.each([
    [{}, "No start year is reported.", "Nessun anno di inizio è riportato."],
    [{ 2009: 1 }, "The only project with a known start year started in 2009.", "L'unico progetto con un anno di inizio noto è iniziato nel 2009."],
    [{ 2009: 5 }, "All 5 projects with a known start year started in 2009.", "Tutti i progetti con un anno di inizio noto (5) sono iniziati nel 2009."],
    [
      { 2009: 8, 2010: 0, 2011: 3 },
      "Start years run from 2009 to 2011; the most projects started in 2009, with 8.",
      "Gli anni di inizio vanno dal 2009 al 2011; il maggior numero di progetti, 8, è iniziato nel 2009.",
    ],
    [
      { 2009: 1, 2010: 0, 2012: 1 },
      "Start years run from 2009 to 2012; no year saw more than one project start.",
      "Gli anni di inizio vanno dal 2009 al 2012; in nessun anno è iniziato più di un progetto.",
    ],
    [
      { 2009: 2, 2010: 1, 2012: 2 },
      "Start years run from 2009 to 2012; the most projects started in 2009 and 2012, with 2 each.",
      "Gli anni di inizio vanno dal 2009 al 2012; il maggior numero di progetti, 2 per anno, è iniziato negli anni 2009 e 2012.",
    ],
    [
      { 2009: 3, 2010: 3 },
      "Start years run from 2009 to 2010; the most projects started in 2009 and 2010, with 3 each.",
      "Gli anni di inizio vanno dal 2009 al 2010; il maggior numero di progetti, 3 per anno, è iniziato negli anni 2009 e 2010.",
    ],
  ])("%j", (counts, english, italian) => {
    expect(startYearTakeaway(en, { years: years(counts) })).toBe(english);
    expect(startYearTakeaway(it_, { years: years(counts) })).toBe(italian);
  });
});

describe("EU co-financing rates", () => {
  const bins = (counts: number[]) => counts.map((n, i) => r(`from ${i * 10}%`, n));
  it.each([
    [[0, 0], "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [[0, 1], "The only project with a known rate has a rate from 10%.", "L'unico progetto con un tasso noto ha un tasso from 10%."],
    [[0, 4], "All 4 projects with a known rate have a rate from 10%.", "Tutti i progetti con un tasso noto (4) hanno un tasso from 10%."],
    [[3, 9, 0], "Of the 12 projects with a known rate, 9 have a rate from 10%.", "Su 12 progetti con un tasso noto, 9 hanno un tasso from 10%."],
    [
      [2, 2, 1],
      "Of the 5 projects with a known rate, 2 each have a rate from 0% and from 10%.",
      "Su 5 progetti con un tasso noto, 2 per fascia hanno un tasso from 0% e from 10%.",
    ],
    [
      [1, 0, 1, 1],
      "Of the 3 projects with a known rate, each has a rate in a different range.",
      "Su 3 progetti con un tasso noto, ciascuno ha un tasso in una fascia diversa.",
    ],
  ])("%j", (counts, english, italian) => {
    expect(ratesTakeaway(en, { bins: bins(counts) })).toBe(english);
    expect(ratesTakeaway(it_, { bins: bins(counts) })).toBe(italian);
  });
});

describe("people returned by member state", () => {
  it.each([
    [{ records: 0, total: 0, states: [] }, "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [{ records: 1, total: 1, states: [r("Italy", 1)] }, "1 record reports 1 person returned (Italy).", "1 scheda riporta 1 persona rimpatriata (Italy)."],
    [
      { records: 1, total: 208, states: [r("Italy", 208)] },
      "1 record reports 208 people returned (Italy).",
      "1 scheda riporta 208 persone rimpatriate (Italy).",
    ],
    [
      { records: 3, total: 500, states: [r("Greece", 400)] },
      "3 records report a total of 500 people returned; only one member state reports any: 400 (Greece).",
      "3 schede riportano in tutto 500 persone rimpatriate; un solo Stato membro ne riporta: 400 (Greece).",
    ],
    [
      { records: 15, total: 8190, states: [r("Greece", 4715), r("Italy", 208)] },
      "15 records report a total of 8,190 people returned; the most in a member state is 4,715 (Greece).",
      "15 schede riportano in tutto 8.190 persone rimpatriate; il numero più alto in uno Stato membro è 4.715 (Greece).",
    ],
    [
      { records: 3, total: 50, states: [r("Greece", 20), r("Italy", 20), r("Malta", 10)] },
      "3 records report a total of 50 people returned; the most in a member state is 20, in each of these: Greece and Italy.",
      "3 schede riportano in tutto 50 persone rimpatriate; il numero più alto in uno Stato membro è 20, in ciascuno di questi: Greece e Italy.",
    ],
    [
      { records: 2, total: 40, states: [r("Greece", 20), r("Italy", 20)] },
      "2 records report a total of 40 people returned; the records of each member state report 20.",
      "2 schede riportano in tutto 40 persone rimpatriate; le schede di ogni Stato membro ne riportano 20.",
    ],
  ])("%j", (input, english, italian) => {
    expect(returnedTakeaway(en, input)).toBe(english);
    expect(returnedTakeaway(it_, input)).toBe(italian);
  });
});

describe("reintegration support per project", () => {
  it.each([
    [[], "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [
      [r("PARTIR II", 139)],
      "1 record reports how many people received reintegration support: 139 (PARTIR II).",
      "1 scheda riporta quante persone hanno ricevuto sostegno alla reintegrazione: 139 (PARTIR II).",
    ],
    [
      [r("A", 198), r("B", 139)],
      "2 records report how many people received reintegration support; the largest figure is 198 (A).",
      "2 schede riportano quante persone hanno ricevuto sostegno alla reintegrazione; il dato più alto è 198 (A).",
    ],
    [
      [r("A", 50), r("B", 50), r("C", 1)],
      "3 records report how many people received reintegration support; the largest figure is 50, for each of these: A and B.",
      "3 schede riportano quante persone hanno ricevuto sostegno alla reintegrazione; il dato più alto è 50, per ciascuno di questi progetti: A e B.",
    ],
    [
      [r("A", 50), r("B", 50)],
      "2 records report how many people received reintegration support; each reports 50.",
      "2 schede riportano quante persone hanno ricevuto sostegno alla reintegrazione; ciascuna ne riporta 50.",
    ],
  ])("%j", (projects, english, italian) => {
    expect(reintegrationTakeaway(en, { projects })).toBe(english);
    expect(reintegrationTakeaway(it_, { projects })).toBe(italian);
  });
});

describe("cost per person returned", () => {
  const p = (name: string, cents: number) => ({ name, value: cents, text: en.money({ cents, currency: "EUR" }) });
  it.each([
    [[], "No record gives this figure yet.", "Nessuna scheda riporta ancora questo dato."],
    [
      [p("PARTIR II", 673077)],
      "For the one project where it can be calculated in euro, the cost per person returned is €6,730.77 (PARTIR II).",
      "Il costo per persona rimpatriata si può calcolare in euro per un solo progetto: €6,730.77 (PARTIR II).",
    ],
    [
      [p("PARTIR II", 673077), p("SK II", 276730)],
      "For the 2 projects where it can be calculated in euro, the cost per person returned ranges from €2,767.30 (SK II) to €6,730.77 (PARTIR II).",
      "Il costo per persona rimpatriata si può calcolare in euro per 2 progetti: va da €2,767.30 (SK II) a €6,730.77 (PARTIR II).",
    ],
    [
      [p("A", 673077), p("B", 673077)],
      "For the 2 projects where it can be calculated in euro, the cost per person returned is the same, €6,730.77.",
      "Il costo per persona rimpatriata si può calcolare in euro per 2 progetti ed è lo stesso per tutti: €6,730.77.",
    ],
    [
      [p("A", 500000), p("B", 200000), p("C", 200000)],
      "For the 3 projects where it can be calculated in euro, the cost per person returned ranges from €2,000 (B and C) to €5,000 (A).",
      "Il costo per persona rimpatriata si può calcolare in euro per 3 progetti: va da €2,000 (B e C) a €5,000 (A).",
    ],
  ])("%j", (projects, english, italian) => {
    expect(costTakeaway(en, { projects })).toBe(english);
    expect(costTakeaway(it_, { projects })).toBe(italian);
  });
});

describe("completeness", () => {
  it.each([
    [
      { total: 1, budget: 0, facts: [r("Total cost", 0), r("Start date", 1)] },
      "The only record does not report a total cost; no record reports “Total cost”.",
      "L'unica scheda non riporta un costo totale; nessuna scheda riporta “Total cost”.",
    ],
    [
      { total: 1, budget: 1, facts: [r("Total cost", 1), r("Start date", 1)] },
      "The only record reports a total cost; every record reports every fact.",
      "L'unica scheda riporta un costo totale; ogni scheda riporta tutti i dati.",
    ],
    [
      { total: 81, budget: 0, facts: [r("Total cost", 0), r("Code", 0), r("Fund", 3)] },
      "None of the 81 records reports a total cost; no record reports “Total cost” or “Code”.",
      "Nessuna delle 81 schede riporta un costo totale; nessuna scheda riporta “Total cost” o “Code”.",
    ],
    [
      { total: 81, budget: 1, facts: [r("Total cost", 1), r("Fund", 3)] },
      "1 of the 81 records reports a total cost; the fact reported least often is “Total cost”, in 1 record.",
      "1 scheda su 81 riporta un costo totale; il dato riportato meno spesso è “Total cost”, in 1 scheda.",
    ],
    [
      { total: 81, budget: 11, facts: [r("Total cost", 11), r("Code", 7), r("Fund", 7)] },
      "11 of the 81 records report a total cost; the facts reported least often are “Code” and “Fund”, in 7 records each.",
      "11 schede su 81 riportano un costo totale; i dati riportati meno spesso sono “Code” e “Fund”, in 7 schede ciascuno.",
    ],
  ])("%j", (input, english, italian) => {
    expect(completenessTakeaway(en, input)).toBe(english);
    expect(completenessTakeaway(it_, input)).toBe(italian);
  });
});

describe("context series", () => {
  const point = (period: string, value: string, reported = "") => ({ period, value, reported });
  it.each([
    [{ publisher: "IOM", first: point("2016", "98,403"), last: point("2016", "98,403") }, "IOM: 98,403 in 2016.", "IOM: 98,403 nel 2016."],
    [
      { publisher: "IOM", first: point("2016", "98,403"), last: point("2022", "54,001") },
      "IOM: 98,403 in 2016, 54,001 in 2022.",
      "IOM: 98,403 nel 2016, 54,001 nel 2022.",
    ],
  ])("%j", (input, english, italian) => {
    expect(contextTakeaway(en, input)).toBe(english);
    expect(contextTakeaway(it_, input)).toBe(italian);
  });
});

describe("a group's summary (country, fund, organisation pages)", () => {
  it.each([
    [
      { projects: 0, totals: [] },
      "No project on this site. No total cost is reported. None reports a number of people returned.",
      "Nessun progetto su questo sito. Nessun costo totale è riportato. Nessuno riporta un numero di persone rimpatriate.",
    ],
    [
      { projects: 1, totals: [], returned: { people: 208, projects: 1 } },
      "1 project on this site. No total cost is reported. 1 project reports 208 people returned.",
      "1 progetto su questo sito. Nessun costo totale è riportato. 1 progetto riporta 208 persone rimpatriate.",
    ],
    [
      { projects: 1, totals: ["€1,400,000 (1 project)"] },
      "1 project on this site. Reported total cost: €1,400,000 (1 project). It reports no number of people returned.",
      "1 progetto su questo sito. Costo totale riportato: €1,400,000 (1 project). Non riporta un numero di persone rimpatriate.",
    ],
    [
      { projects: 2, totals: ["€1 (1 project)", "CZK 2 (1 project)"], returned: { people: 1, projects: 1 } },
      "2 projects on this site. Reported total cost: €1 (1 project); CZK 2 (1 project). 1 project reports 1 person returned.",
      "2 progetti su questo sito. Costo totale riportato: €1 (1 project); CZK 2 (1 project). 1 progetto riporta 1 persona rimpatriata.",
    ],
    [
      { projects: 12, totals: [], returned: { people: 1080, projects: 3 } },
      "12 projects on this site. No total cost is reported. 3 projects report a total of 1,080 people returned.",
      "12 progetti su questo sito. Nessun costo totale è riportato. 3 progetti riportano in tutto 1.080 persone rimpatriate.",
    ],
  ])("%j", (input, english, italian) => {
    expect(groupSummarySentence(en, input)).toBe(english);
    expect(groupSummarySentence(it_, input)).toBe(italian);
  });
});

describe("counts in interface sentences", () => {
  it.each([
    ["search.found", { count: 1, query: "x" }, "1 project matches “x”.", "1 progetto corrisponde a “x”."],
    ["search.found", { count: 2, query: "x" }, "2 projects match “x”.", "2 progetti corrispondono a “x”."],
    [
      "filters.count",
      { shown: 0, total: 81 },
      "Showing 0 of 81 projects. Projects whose sort value is not reported come last.",
      "0 progetti su 81. I progetti senza il valore di ordinamento compaiono per ultimi.",
    ],
    [
      "filters.count",
      { shown: 1, total: 1 },
      "Showing 1 of 1 project. Projects whose sort value is not reported come last.",
      "1 progetto su 1. I progetti senza il valore di ordinamento compaiono per ultimi.",
    ],
    ["filters.compareSelected", { count: 1 }, "Compare the selected project with others", "Confronta il progetto selezionato con altri"],
    ["filters.compareSelected", { count: 3 }, "Compare the 3 selected projects", "Confronta i progetti selezionati (3)"],
    [
      "group.budgetLeftOut",
      { count: 1 },
      "Not included: 1 project whose total cost is not reported.",
      "Non incluso: 1 progetto di cui non è riportato il costo totale.",
    ],
    [
      "group.budgetLeftOut",
      { count: 2 },
      "Not included: 2 projects whose total cost is not reported.",
      "Non inclusi: 2 progetti di cui non è riportato il costo totale.",
    ],
    [
      "elements.caveat",
      { withElements: 1, total: 81 },
      expect.stringContaining("1 project of 81 has at least one element."),
      expect.stringContaining("1 progetto su 81 ha almeno un elemento."),
    ],
    [
      "elements.without",
      { count: 1 },
      "The other project has no element in its sources; it is in the full list:",
      "L'altro progetto non ha alcun elemento nelle sue fonti; è nell'elenco completo:",
    ],
    ["methodology.conflictsLead", { conflicts: 0, projects: "" }, "No conflict between sources is known.", "Non è noto alcun contrasto tra le fonti."],
    ["projects.caption", { count: 81 }, "All 81 projects, newest first", "Tutti i progetti (81), dal più recente"],
    ["projects.caption", { count: 1 }, "The only project", "L'unico progetto"],
    ["memberState.lead", { count: 1 }, "1 project.", "1 progetto."],
    [
      "compare.warn.missing",
      { count: 1, measures: "Total cost" },
      "Reported for some of these projects only (a missing figure is not a zero): Total cost.",
      "Riportato solo per alcuni di questi progetti (un dato mancante non è uno zero): Total cost.",
    ],
    [
      "compare.warn.missing",
      { count: 2, measures: "A and B" },
      "Reported for some of these projects only (a missing figure is not a zero): A and B.",
      "Riportati solo per alcuni di questi progetti (un dato mancante non è uno zero): A and B.",
    ],
    ["count.noFund", { count: 1 }, "1 project does not say which fund paid", "1 progetto non indica quale fondo lo ha finanziato"],
  ])("%s %j", (key, values, english, italian) => {
    expect(en.t(key, values)).toEqual(english);
    expect(it_.t(key, values)).toEqual(italian);
  });
});

describe("the comparison's warnings", () => {
  const strings = (lang: string): ComparisonStrings => {
    const l = useLocalization(lang);
    return {
      measures: {},
      funds: { "return-fund": "RF", "amif-2014-2020": "AMIF" },
      confidence: {},
      notReported: { fund: l.t("common.notReported", { gender: l.t("compare.measure.fund.gender") }) },
      calculated: "",
      months: l.message("count.months"),
      warnings: {
        currency: l.message("compare.warn.currency"),
        period: l.message("compare.warn.period"),
        missing: l.message("compare.warn.missing"),
        units: l.message("compare.warn.units"),
        unknown: l.message("compare.warn.unknown"),
        count: l.message("compare.warn.count"),
      },
      heading: "",
      projectPath: "/projects/",
      startNotReported: "",
      endNotReported: "",
    };
  };
  it.each([
    ["en", 1, ["Compare 2 to 6 projects (1 given)."]],
    ["it", 1, ["Confronta da 2 a 6 progetti (indicati: 1)."]],
    ["en", 7, ["Compare 2 to 6 projects (7 given)."]],
  ])("%s, %i project asked for", (lang, requested, warnings) => {
    const l = useLocalization(lang);
    expect(buildComparison([], [], requested, { min: 2, max: 6 }, strings(lang), l.format, lang).warnings).toEqual(warnings);
  });
});
