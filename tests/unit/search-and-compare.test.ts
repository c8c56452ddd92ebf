/** The ordering rule of search results and the reading of comparison URLs. */
import { describe, expect, it } from "vitest";
import { rank } from "../../src/lib/search.ts";
import { idsFrom, NOT_PERSONS } from "../../src/lib/compare.ts";

const result = (title: string, confidence: string, score: number) => ({ score, data: { meta: { title, confidence }, url: title } });

describe("rank", () => {
  it("puts an exact title first, then titles holding every word, then the rest; then confidence; then score", () => {
    const results = [
      result("Partir 3", "medium", 28.1),
      result("PARTIR I", "low", 28.3),
      result("European Reintegration Network", "high", 30),
      result("PARTIR II: Assisted voluntary return", "high", 27.9),
    ];
    expect(rank("PARTIR", results).map((r) => r.data.meta.title)).toEqual([
      "PARTIR II: Assisted voluntary return",
      "Partir 3",
      "PARTIR I",
      "European Reintegration Network",
    ]);
    expect(rank("partir i", results).map((r) => r.data.meta.title)[0]).toBe("PARTIR I");
  });

  it("ignores case, accents' composition and punctuation when matching words, and breaks ties by score", () => {
    const results = [result("Návraty (Returns)", "high", 1), result("Návraty programme", "high", 2)];
    expect(rank("návraty", results).map((r) => r.score)).toEqual([2, 1]);
    expect(rank("NÁVRATY  (returns)", results)[0]!.data.meta.title).toBe("Návraty (Returns)");
  });
});

describe("idsFrom", () => {
  it("reads comma-separated and repeated ids, in order, each once, dropping anything that is not an id", () => {
    expect(idsFrom("?ids=it-partir-ii,sk-rra-phase-ii")).toEqual(["it-partir-ii", "sk-rra-phase-ii"]);
    expect(idsFrom("?ids=it-partir-ii&ids=hu-x&ids=it-partir-ii")).toEqual(["it-partir-ii", "hu-x"]);
    expect(idsFrom("?ids=<script>, IT-PARTIR ,ok-1,")).toEqual(["ok-1"]);
    expect(idsFrom("")).toEqual([]);
  });

  it("spots notes that count cases or households rather than persons", () => {
    expect(NOT_PERSONS.test("reintegration assistance to 370 individuals/families")).toBe(true);
    expect(NOT_PERSONS.test("490 planned participants (one per household)")).toBe(true);
    expect(NOT_PERSONS.test("208 people returned")).toBe(false);
  });
});
