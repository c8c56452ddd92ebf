/**
 * Programme design elements: the vocabulary in data/elements.json, the record rules, and a check
 * that every element a record claims is described in that record's own words. The elements are
 * filled in only where the sources say so; the record's text is written from the same sources,
 * so an element its text never mentions is an element nobody can check.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import elementsJson from "../../data/elements.json";
import { readRecordFile } from "../../src/integrations/record-files.ts";
import { formatIssue, validateRecords } from "../../src/lib/records/validate.ts";
import { recordInput } from "../fixtures/factory.ts";
import { elementsSchema } from "../../src/lib/schema/reference-data.ts";
import { projectSchema } from "../../src/lib/schema/project.ts";

const vocabulary = elementsSchema.parse(elementsJson);
const elementIds = vocabulary.elements.map((e) => e.id);
const refs = { fundIds: ["return-fund"], indicatorIds: ["returned"], elementIds };

/** Words that must appear in a record's text for it to claim the element. */
const EVIDENCE: Record<string, RegExp> = {
  information: /information|hotline|website|outreach|awareness|leaflet|campaign/i,
  counselling: /counsel|consultation/i,
  travel: /travel|flight|journey|ticket/i,
  reception: /arrival/i,
  accommodation: /accommodat|shelter|housing|centre/i,
  allowance: /allowance|cash|grant|financial (assistance|support|reintegration)|money|contribution/i,
  "in-kind-support": /in[- ]kind/i,
  "business-support": /business|income|enterprise|entrepreneur/i,
  training: /training|education|school|vocational|job orientation/i,
  psychosocial: /psycho|medical|psychiatric/i,
  "reintegration-plan": /plan/i,
  "case-management": /case management|case worker/i,
  referral: /referr|local (service )?providers/i,
  "vulnerable-persons": /vulnerab|unaccompanied|medical/i,
  "victims-of-trafficking": /traffick/i,
  "community-based": /communit|cooperative|joint|collective/i,
  partnerships: /cooperat|partner|network|working group|government-to-government|gov2gov/i,
  "capacity-building": /capacity|training|standards|guidelines|system|officials|authorities/i,
  monitoring: /monitor|followed|follow-up|follow up/i,
  evaluation: /evaluation|study|research|mapping|report/i,
};

const problems = (frontmatter: Record<string, unknown>) => validateRecords([recordInput(frontmatter)], refs).map(formatIssue);

describe("the element vocabulary", () => {
  it("has unique ids, each in a known area, with a label and definition in English and Italian", () => {
    expect(new Set(elementIds).size).toBe(elementIds.length);
    for (const element of vocabulary.elements) {
      expect(vocabulary.areas.map((a) => a.id)).toContain(element.area);
      for (const lang of ["en", "it"]) {
        expect(element.label[lang], `${element.id} ${lang}`).toMatch(/\S/);
        expect(element.definition[lang], `${element.id} ${lang}`).toMatch(/\S/);
      }
    }
    for (const area of vocabulary.areas) expect(area.label.it, area.id).toMatch(/\S/);
  });

  it("has an evidence rule for every element, and no rule for an element it lacks", () => {
    expect(Object.keys(EVIDENCE).sort()).toEqual([...elementIds].sort());
  });

  it("rejects an element in an unknown area and a repeated id", () => {
    const bad = {
      areas: [{ id: "a", label: { en: "A" } }],
      elements: [
        { id: "x", area: "b", label: { en: "X" }, definition: { en: "X" } },
        { id: "x", area: "a", label: { en: "X" }, definition: { en: "X" } },
      ],
    };
    const result = elementsSchema.safeParse(bad);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => `${i.path.join(".")}: ${i.message}`)).toEqual([
      "elements.0.area: is not an area id (a)",
      "elements.1.id: is not unique: element ids must be unique",
    ]);
  });
});

describe("the record rules for elements, monitoring_months and conflicts", () => {
  it("accept known elements, a monitoring period with the monitoring element, and conflicts", () => {
    expect(problems({ elements: ["counselling", "monitoring"], monitoring_months: 6, conflicts: ["Two pages give different end dates."] })).toEqual([]);
  });

  it("name an unknown element, with the nearest id", () => {
    expect(problems({ elements: ["counseling"] })).toEqual([
      `content/projects/it-test.md: elements[0]: "counseling" is not an element id in data/elements.json (${elementIds.join(", ")}); did you mean "counselling"?`,
    ]);
  });

  it("reject an element listed twice", () => {
    expect(problems({ elements: ["travel", "travel"] })).toEqual([`content/projects/it-test.md: elements[1]: "travel" is listed twice`]);
  });

  it("reject monitoring_months without the monitoring element, and a period that is not whole months", () => {
    expect(problems({ elements: ["travel"], monitoring_months: 6 })).toEqual([
      "content/projects/it-test.md: monitoring_months: 6 is given without the monitoring element: add `monitoring` to elements",
    ]);
    expect(problems({ elements: ["monitoring"], monitoring_months: 3.5 })).toEqual([
      "content/projects/it-test.md: monitoring_months: 3.5 is not a whole number of months between 1 and 120",
    ]);
  });

  it("reject elements that are not a list, and a blank conflict", () => {
    expect(problems({ elements: "travel" })).toEqual(['content/projects/it-test.md: elements: "travel" is not a list of element ids']);
    expect(problems({ conflicts: [" "] })).toEqual(['content/projects/it-test.md: conflicts[0]: " " is empty: conflicts must not be blank']);
  });
});

describe("the records in content/projects", () => {
  const dir = join(import.meta.dirname, "../../content/projects");
  const inputs = readdirSync(dir)
    .filter((n) => n.endsWith(".md"))
    .map((n) => readRecordFile(join(dir, n), `content/projects/${n}`));

  it("claim only elements their own text describes", () => {
    const unsupported: string[] = [];
    for (const input of inputs) {
      const data = projectSchema.parse(input.frontmatter);
      const text = [
        data.title,
        data.summary,
        data.target_group,
        data.results_note,
        data.notes,
        input.body,
        ...(data.partners ?? []),
        ...(data.allowances ?? []).map((a) => a.kind),
        ...(data.conflicts ?? []),
      ].join("\n");
      for (const element of data.elements ?? []) {
        if (!EVIDENCE[element]!.test(text)) unsupported.push(`${input.id}: ${element}`);
      }
    }
    expect(unsupported).toEqual([]);
  });

  it("give monitoring_months only where the text states that many months", () => {
    for (const input of inputs) {
      const data = projectSchema.parse(input.frontmatter);
      if (data.monitoring_months === undefined) continue;
      expect(`${data.results_note ?? ""} ${input.body}`, input.id).toMatch(new RegExp(`\\b${data.monitoring_months} months`));
    }
  });
});

it("accepts the currencies the euro replaced, the Bulgarian lev (2026) among them, and no made-up code", () => {
  expect(problems({ budget: { currency: "BGN", total: 100000 } })).toEqual([]);
  expect(problems({ budget: { currency: "HRK", total: 100000 } })).toEqual([]);
  expect(problems({ budget: { currency: "BGL", total: 100000 } })).toEqual([
    'content/projects/it-test.md: budget.currency: "BGL" is not an ISO 4217 currency code (three capital letters, e.g. EUR, CZK, LVL)',
  ]);
});
