/**
 * Every figure of every record imported from the 2026-12-02 round of facts, checked against a
 * copy of that facts file (tests/fixtures/facts/avrr-projects-more.json, copied once): dates,
 * budget, results, targets and allowances must be the facts' own values, and each one must be
 * stated in the fact's evidence quotes (or accepted by a person in the round's decisions file).
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readRecordFile } from "../../src/integrations/record-files.ts";
import { dateInText, numberInText, recordId, type Decisions, type FactsFile } from "../../src/lib/import/facts.ts";

const root = new URL("../../", import.meta.url).pathname;
const facts = JSON.parse(readFileSync(join(root, "tests/fixtures/facts/avrr-projects-more.json"), "utf8")) as FactsFile;
const decisions = JSON.parse(readFileSync(join(root, "scripts/import-decisions/avrr-projects-more.json"), "utf8")) as Decisions;
const record = (id: string) => readRecordFile(join(root, "content/projects", `${id}.md`), `${id}.md`).frontmatter as Record<string, any>;

/** The figures a fact states, by record path, with the currency amounts need. */
function factFigures(f: FactsFile["records"][number]): Map<string, string | number> {
  const out = new Map<string, string | number>();
  if (f.start_date) out.set("start", f.start_date);
  if (f.end_date) out.set("end", f.end_date);
  if (f.total_budget != null && f.total_budget_currency) out.set("budget.total", f.total_budget);
  if (f.eu_contribution_pct != null) out.set("budget.eu_share_pct", f.eu_contribution_pct);
  if (f.eu_contribution_amount != null && f.eu_contribution_currency) out.set("budget.eu_amount", f.eu_contribution_amount);
  if (f.funding_awarded != null && f.funding_awarded_currency) out.set("budget.awarded", f.funding_awarded);
  for (const key of ["returned", "reintegration_assisted", "counselled"] as const) if (f.outcomes?.[key] != null) out.set(`results.${key}`, f.outcomes[key]!);
  if (f.targets?.returns != null) out.set("targets.returned", f.targets.returns);
  if (f.targets?.reintegration != null) out.set("targets.reintegration_assisted", f.targets.reintegration);
  return out;
}

function recordFigures(r: Record<string, any>): Map<string, string | number> {
  const out = new Map<string, string | number>();
  if (r.start !== undefined) out.set("start", String(r.start));
  if (r.end !== undefined) out.set("end", String(r.end));
  for (const key of ["total", "eu_share_pct", "eu_amount", "awarded"]) if (r.budget?.[key] !== undefined) out.set(`budget.${key}`, r.budget[key]);
  for (const group of ["results", "targets"]) for (const [k, v] of Object.entries(r[group] ?? {})) out.set(`${group}.${k}`, v as number);
  return out;
}

const evidenceOf = (f: FactsFile["records"][number]) => Object.values(f.evidence ?? {}).join(" \n ");
const stated = (value: string | number, text: string) => (typeof value === "number" ? numberInText(value, text) : dateInText(value, text));

describe("records imported from the 2026-12-02 facts", () => {
  it("the fixture is the round that was imported: 70 records, 160 enrichment items", () => {
    expect(facts.records).toHaveLength(70);
    expect(facts.enrichment).toHaveLength(160);
  });

  for (const fact of facts.records) {
    const id = recordId(fact.id);
    const decision = decisions.records?.[id];
    if (decision?.merge_into) {
      it(`${id} is merged into ${decision.merge_into}, which cites its source`, () => {
        const target = record(decision.merge_into!);
        expect(target.sources.map((s: { url: string }) => s.url)).toContain(fact.source_url);
      });
      continue;
    }
    it(`${id}: every figure is the fact's own and stated in its evidence`, () => {
      const r = record(id);
      const expected = factFigures(fact);
      const actual = recordFigures(r);
      const accepted = new Set(decision?.accept ?? []);
      const dropped = new Set(decision?.drop ?? []);
      for (const [path, value] of actual) {
        expect(expected.get(path), `${id} ${path} is not in the facts`).toBe(value);
        if (!accepted.has(path)) expect(stated(value, evidenceOf(fact)), `${id} ${path} = ${value} is not in the evidence`).toBe(true);
      }
      for (const [path, value] of expected) {
        if (actual.has(path) || dropped.has(path)) continue;
        // A figure of the facts that the record leaves out must be one its evidence does not state.
        expect(stated(value, evidenceOf(fact)) && !accepted.has(path), `${id} ${path} = ${value} is stated but missing`).toBe(false);
      }
      const amounts = (r.allowances ?? []).map((a: Record<string, number>) => a.amount ?? a.amount_min).sort();
      const factAmounts = (fact.allowances ?? [])
        .filter((a) => a.currency && (a.amount ?? a.amount_min ?? a.amount_max) != null && a.per)
        .map((a) => a.amount ?? (a.amount_min != null && a.amount_max != null ? a.amount_min : (a.amount_max ?? a.amount_min)))
        .filter((v) => stated(v!, evidenceOf(fact)))
        .sort();
      expect(amounts, `${id} allowances`).toEqual(factAmounts);
      if (r.budget)
        expect(r.budget.currency).toBe(
          (r.budget.total ?? r.budget.eu_amount ?? r.budget.awarded) === undefined
            ? undefined
            : (fact.total_budget_currency ?? fact.eu_contribution_currency ?? fact.funding_awarded_currency),
        );
      expect(r.checked).toBe("2026-12-02");
      expect(r.confidence).toBe(decision?.confidence ?? fact.confidence);
    });
  }

  it("spot checks: real values from the sources", () => {
    expect(record("cz-penk-amif-26-02").budget).toEqual({ currency: "CZK", total: 24667781 });
    expect(record("hr-iom-avrr-potpomognuti-dragovoljni-povratak-2018-2021").budget).toEqual({
      currency: "EUR",
      total: 671987.37,
      eu_share_pct: 75,
      eu_amount: 503990.52,
    });
    expect(record("es-retorno-voluntario-productivo-fami-2016-2019").results).toEqual({ returned: 386 });
    expect(record("gr-iom-avr-erf-10m-12month").targets).toEqual({ returned: 7000, reintegration_assisted: 300 });
    expect(record("it-integrazione-di-ritorno-4").budget).toBeUndefined(); // the source prints no currency
    expect(record("at-caritas-irma-plus-ii-2020-2022").title_en).toBe("IRMA plus II – Caritas Austria reintegration project");
  });
});
