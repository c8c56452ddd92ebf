/**
 * The import of a round of source facts (src/lib/import/facts.ts) on small fixtures: mapping a
 * fact to frontmatter, the evidence check, enrichment with conflicts, idempotence, refusing to
 * overwrite, skipping a record without narrative, and never importing excluded items.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  applyEnrichment,
  dateInText,
  fundOf,
  mapFact,
  numberInText,
  planImport,
  recordId,
  renderRecord,
  type ExistingRecord,
  type FactsFile,
  type Frontmatter,
  type ImportContext,
} from "../../src/lib/import/facts.ts";

const round = JSON.parse(readFileSync(new URL("../fixtures/import/round.json", import.meta.url), "utf8")) as FactsFile;
const ctx: ImportContext = {
  publishers: { "austria.iom.int": "IOM Austria", "iom.int": "International Organization for Migration (IOM)" },
  checked: "2026-12-02",
};
const existingRecord = (): Frontmatter => ({
  title: "Fixture existing project",
  acronym: "FIX",
  summary: "A fixture.",
  member_state: "IT",
  managing_entity: "IOM Italy",
  end: "2016-12-31",
  results: { returned: 100 },
  sources: [{ url: "https://www.iom.int/old-source", title: "IOM country office news: FIX", publisher: "International Organization for Migration (IOM)" }],
  confidence: "medium",
  checked: "2026-11-23",
});
const body = "## Project description\n\nText.\n\n## Benefits and results\n\nText.\n";
const onDisk = (frontmatter: Frontmatter): ExistingRecord => ({ frontmatter, body, text: renderRecord(frontmatter, body) });

describe("mapping a fact to record frontmatter", () => {
  const mapped = mapFact(round.records[0]!, ctx);
  const r = mapped.record;

  it("renames uk- ids to gb-", () => {
    expect(recordId("uk-fixture-avr-2010")).toBe("gb-fixture-avr-2010");
    expect(mapped.id).toBe("gb-fixture-avr-2010");
  });

  it("keeps the original title and adds the English rendering", () => {
    expect(r.title).toBe("Rückkehrhilfe Fixture");
    expect(r.title_en).toBe("Return assistance fixture");
    expect(r.acronym).toBe("RF");
  });

  it("maps fund names in any language to fund ids, with the source's words in fund_detail", () => {
    expect(r.fund).toBe("return-fund");
    expect(r.fund_detail).toBe("Europäischer Rückkehrfonds (European Return Fund)");
    expect(fundOf("Fondo Asilo, Migrazione e Integrazione 2014-2020 (FAMI/AMIF)", null).fund).toBe("amif-2014-2020");
    expect(fundOf("Varjupaiga-, Rände- ja Integratsioonifond 2021–2027 (AMIF)", null).fund).toBe("amif-2021-2027");
    expect(fundOf("AMIF", null)).toEqual({ fund_detail: "AMIF; the sources do not say which AMIF programming period" });
    expect(fundOf("Europeiska flyktingfonden (European Refugee Fund)", null).fund).toBe("refugee-fund");
    expect(fundOf("RETURN Fund 2007 (European Commission, DG JLS)", null).fund).toBe("eu-other");
    expect(fundOf(null, null)).toEqual({});
  });

  it("keeps dates at the precision given, and the budget, results and targets the evidence supports", () => {
    expect(r.start).toBe("2010-07-01");
    expect(r.end).toBe("2011-06");
    expect(r.budget).toEqual({ currency: "EUR", total: 100000, eu_share_pct: 75 });
    expect(r.results).toEqual({ returned: 208 });
    expect(r.targets).toEqual({ returned: 250 });
    expect(r.results_note).toBe("Fixture outcome in words.");
  });

  it("leaves out a figure no evidence quote states, and says so", () => {
    expect((r.results as Record<string, number>).counselled).toBeUndefined();
    expect(mapped.dropped).toContain("results.counselled: not stated in the fact's evidence quotes");
  });

  it("maps allowances, a maximum as '(max)', and lists those without an amount in notes", () => {
    expect(r.allowances).toEqual([
      { kind: "cash grant", amount: 500, currency: "EUR", per: "person" },
      { kind: "in-kind support (max) (per case)", amount: 3000, currency: "EUR", per: "household" },
    ]);
    expect(r.notes).toBe(
      "A caveat. Another caveat. Allowances that the record cannot show as amounts: start-up aid (per client): amount not stated. Countries of return as the source names them: Irak; Kosovo; Republic of Moldova (among others).",
    );
  });

  it("maps country names in other languages to ISO codes", () => {
    expect(r.return_countries).toEqual(["IQ", "XK", "MD"]);
  });

  it("gives every source a title and a publisher by host, and writes no derived figure", () => {
    expect(r.sources).toEqual([
      { url: "https://austria.iom.int/fixture", title: "Fixture page", publisher: "IOM Austria" },
      { url: "https://www.iom.int/fixture-2", title: "Second fixture page", publisher: "International Organization for Migration (IOM)" },
    ]);
    expect(JSON.stringify(r)).not.toContain("400");
    expect(r.checked).toBe("2026-12-02");
    expect(r.confidence).toBe("high");
  });

  it("uses EU as the member state of an EU-level network without a country, and keeps null out", () => {
    const eu = mapFact(round.records[2]!, ctx).record;
    expect(eu.member_state).toBe("EU");
    expect(eu.fund).toBe("eu-other");
    expect(Object.keys(eu)).not.toContain("start");
    expect(Object.values(eu)).not.toContain(null);
  });

  it("reports a host with no publisher instead of inventing one", () => {
    const fact = { ...round.records[2]!, source_url: "https://unknown.example/page" };
    expect(mapFact(fact, ctx).problems).toEqual(["no publisher for unknown.example (add it to the publishers file)"]);
  });
});

describe("finding figures in evidence quotes", () => {
  it("reads digit groupings and millions", () => {
    expect(numberInText(24667781, "Celkový rozpočet: 24 667 781,00 Kč")).toBe(true);
    expect(numberInText(671987.37, "iznosi 671.987,37 eura")).toBe(true);
    expect(numberInText(10000000, "signed a EUR 10 million agreement")).toBe(true);
    expect(numberInText(45000000, "obdrží od fondu 45 milionů korun")).toBe(true);
    expect(numberInText(1500, "up to 150 returns")).toBe(false);
    expect(numberInText(150, "up to 1500 returns")).toBe(false);
  });
  it("reads dates in several languages", () => {
    expect(dateInText("2012-06-15", "Duration: 15 June 2012 to 31 December 2013")).toBe(true);
    expect(dateInText("2023-05-01", "Von 1. Mai 2023 bis 31. Dezember 2025")).toBe(true);
    expect(dateInText("2019-04-01", "projektu, který má začít 1. dubna 2019")).toBe(true);
    expect(dateInText("2020-03-12", "announced Thursday (12 March) in Athens")).toBe(false);
    expect(dateInText("2014-06", "until the end of June 2013")).toBe(false);
  });
});

describe("applying an enrichment item", () => {
  const items = round.enrichment;
  const apply = (record: Frontmatter, index: number) => applyEnrichment(record, items[index]!, ctx, items);

  it("adds a fact the record lacks, with its source", () => {
    const { record, outcome } = apply(existingRecord(), 1);
    expect(outcome.kind).toBe("added");
    expect(record.start).toBe("2015-03-01");
    expect(record.sources!.map((s) => s.url)).toContain("https://www.iom.int/new-source");
  });

  it("takes the currency from its own item of the same source", () => {
    const { record } = apply(existingRecord(), 2);
    expect(record.budget).toEqual({ awarded: 50000, currency: "EUR" });
    expect(apply(existingRecord(), 3).outcome.kind).toBe("already");
  });

  it("reports a fact equal to the record's as already there, and changes nothing", () => {
    const input = existingRecord();
    const { record, outcome } = apply(input, 4);
    expect(outcome.kind).toBe("already");
    expect(record).toBe(input);
  });

  it("does not overwrite a contradicting figure: it records a conflict and cites the new source", () => {
    const { record, outcome } = apply(existingRecord(), 0);
    expect(outcome.kind).toBe("conflict");
    expect((record.results as Record<string, number>).returned).toBe(100);
    expect(record.conflicts).toEqual([
      'For the number of people returned, the record\'s earlier sources give 100, while "New source" (International Organization for Migration (IOM)) gives 120; the record keeps 100, the figure of its earlier sources, and cites both.',
    ]);
    expect(record.sources!.map((s) => s.url)).toEqual(["https://www.iom.int/old-source", "https://www.iom.int/new-source"]);
    // Applying it again adds no second sentence.
    const again = applyEnrichment(record, items[0]!, ctx, items);
    expect(again.outcome).toMatchObject({ kind: "conflict", recorded: true });
    expect(again.record.conflicts).toHaveLength(1);
  });

  it("sends a figure its evidence does not state to hand review", () => {
    const { record, outcome } = apply(existingRecord(), 5);
    expect(outcome).toEqual({ kind: "review", reason: "not stated in the item's evidence: targets.returned" });
    expect(record.targets).toBeUndefined();
  });

  it("replaces a placeholder source title, but not a title someone wrote", () => {
    const { record, outcome } = apply(existingRecord(), 6);
    expect(outcome.kind).toBe("added");
    expect(record.sources![0]!.title).toBe("The real heading");
    const edited = existingRecord();
    edited.sources![0]!.title = "A title written by hand";
    const refused = apply(edited, 6);
    expect(refused.outcome.kind).toBe("review");
    expect(refused.record.sources![0]!.title).toBe("A title written by hand");
  });

  it("lists an item whose field it cannot map, unless a person decided it", () => {
    expect(apply(existingRecord(), 7).outcome).toEqual({ kind: "review", reason: 'the field "other (something)" has no automatic mapping' });
    const decided = applyEnrichment(existingRecord(), items[7]!, {
      ...ctx,
      decisions: {
        enrichment: { "it-fixture-existing | other (something) | https://www.iom.int/new-source": { status: "applied", reason: "written in notes by hand" } },
      },
    });
    expect(decided.outcome).toEqual({ kind: "decided", status: "applied", reason: "written in notes by hand" });
  });
});

describe("planning a whole round", () => {
  const existing = new Map([["it-fixture-existing", onDisk(existingRecord())]]);
  const narratives = new Map([
    ["gb-fixture-avr-2010", { body, summary: "A fixture summary." }],
    ["eu-fixture-network", { body, summary: "A network summary." }],
  ]);
  const plan = planImport(round, existing, narratives, ctx);

  it("writes a new record only with its narrative, and lists the one without", () => {
    expect(plan.created.map((c) => c.id)).toEqual(["gb-fixture-avr-2010", "eu-fixture-network"]);
    expect(plan.skipped).toEqual([{ id: "it-fixture-no-narrative", reason: "no narrative" }]);
    const text = plan.created[0]!.text!;
    expect(text).toContain("summary: A fixture summary.\n");
    expect(text).toContain("title_en: Return assistance fixture\n");
    expect(text.endsWith(body)).toBe(true);
  });

  it("imports nothing from excluded or fund eligibility", () => {
    expect(plan.excluded).toBe(1);
    expect(plan.fundEligibility).toBe(1);
    const all = [...plan.created, ...plan.updated].map((e) => e.text).join("\n");
    expect(all).not.toContain("Forced return fixture");
    expect(all).not.toContain("last_eligible_date");
  });

  it("updates the existing record and sets its checked day", () => {
    expect(plan.updated.map((u) => u.id)).toEqual(["it-fixture-existing"]);
    expect(plan.updated[0]!.text).toContain('checked: "2026-12-02"');
    expect(plan.enrichment.map((e) => e.outcome.kind)).toEqual(["conflict", "added", "added", "already", "already", "review", "added", "review"]);
  });

  it("is idempotent: a second run over what the first wrote changes nothing", () => {
    const written = new Map<string, ExistingRecord>();
    for (const entry of [...plan.created, ...plan.updated]) {
      const match = /^---\n([\s\S]*?\n)---\n/.exec(entry.text!)!;
      written.set(entry.id, { frontmatter: yamlLoad(match[1]!), body: entry.text!.slice(match[0].length), text: entry.text! });
    }
    const second = planImport(round, written, narratives, ctx);
    expect(second.created).toEqual([]);
    expect(second.updated).toEqual([]);
    expect(second.unchanged.sort()).toEqual(["eu-fixture-network", "gb-fixture-avr-2010"]);
    expect(second.enrichment.filter((e) => e.outcome.kind === "added")).toEqual([]);
  });

  it("never overwrites a new record edited by hand: it reports the difference", () => {
    const edited = { ...mapFact(round.records[0]!, ctx).record, summary: "Edited by hand." };
    const withEdit = new Map([...existing, ["gb-fixture-avr-2010", onDisk(edited as Frontmatter)]]);
    const again = planImport(round, withEdit, narratives, ctx);
    expect(again.created.map((c) => c.id)).toEqual(["eu-fixture-network"]);
    expect(again.differing).toEqual([{ id: "gb-fixture-avr-2010", changes: ['summary: "Edited by hand." → "A fixture summary."'] }]);
  });

  it("merges a duplicate into its record instead of writing a second one", () => {
    const merged = planImport(round, existing, narratives, {
      ...ctx,
      decisions: { records: { "eu-fixture-network": { merge_into: "gb-fixture-avr-2010", reason: "same project" } } },
    });
    expect(merged.created.map((c) => c.id)).toEqual(["gb-fixture-avr-2010"]);
    expect(merged.merged).toEqual([{ id: "eu-fixture-network", into: "gb-fixture-avr-2010", reason: "same project" }]);
    expect(merged.created[0]!.text).toContain("https://www.iom.int/fixture-4");
  });
});

import yaml from "js-yaml";
function yamlLoad(text: string): Frontmatter {
  return yaml.load(text, { schema: yaml.CORE_SCHEMA }) as Frontmatter;
}
