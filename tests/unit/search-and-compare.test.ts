/** How search and the list read words, and how comparison URLs are read. */
import { describe, expect, it } from "vitest";
import {
  foldWord,
  htmlToText,
  keywordText,
  matchesKeywords,
  parseSynonyms,
  relatedTerms,
  searchTerms,
  termFound,
  titleKey,
  wordsAt,
} from "../../src/lib/search.ts";
import { idsFrom, NOT_PERSONS } from "../../src/lib/compare.ts";

describe("search words", () => {
  it("folds a word as Pagefind does: punctuation out, lower case, no diacritics", () => {
    expect(foldWord("Návraty,")).toBe("navraty");
    expect(foldWord("«Rückkehr-»")).toBe("ruckkehr");
    expect(searchTerms("  AUS!Wege  reintegration ")).toEqual(["auswege", "reintegration"]);
    expect(searchTerms(" – ")).toEqual([]);
  });

  it("takes a term as found when it is a word of the index, or begins a matched word; not when Pagefind fell back to a shorter word", () => {
    expect(termFound("returns", true, ["return"])).toBe(true);
    expect(termFound("reint", false, ["Reintegration,"])).toBe(true);
    expect(termFound("installa", false, ["installation"])).toBe(true);
    expect(termFound("zzzxqy", false, ["z"])).toBe(false);
    expect(termFound("document", false, ["doc"])).toBe(false);
    expect(wordsAt("Pomoc w dobrowolnym powrocie z Polski.", [4, 9])).toEqual(["z"]);
  });

  it("matches the list's keywords at the start of words, every word, ignoring case and accents", () => {
    const text = keywordText(["Return to Kosovo", "OIM/IOM", "Návraty"]);
    expect(text).toBe("return to kosovo oim iom navraty");
    expect(matchesKeywords("kosovo", text)).toBe(true);
    expect(matchesKeywords("KOS iom", text)).toBe(true);
    expect(matchesKeywords("návr", text)).toBe(true);
    expect(matchesKeywords("ovo", text)).toBe(false);
    expect(matchesKeywords("kosovo albania", text)).toBe(false);
    expect(matchesKeywords("  ", text)).toBe(true);
    expect(titleKey("PARTIR I: Return!")).toBe("partir i return");
  });

  it("reads rendered Markdown as text, without its headings", () => {
    expect(htmlToText("<h2>Project description</h2>\n<p>IOM &amp; the <em>Ministry</em> &#8211; 5&nbsp;000 people&#x2e;</p>")).toBe(
      "IOM & the Ministry – 5 000 people.",
    );
  });

  it("reads a language's synonyms and gives a text the synonyms of the words it has", () => {
    const synonyms = parseSynonyms("reinserimento: reintegr; ritorno: rimpatri, return");
    expect(synonyms).toEqual([
      { term: "reinserimento", prefixes: ["reintegr"] },
      { term: "ritorno", prefixes: ["rimpatri", "return"] },
    ]);
    expect(relatedTerms("Sostegno alla reintegrazione dopo il rimpatrio.", synonyms)).toEqual(["reinserimento", "ritorno"]);
    expect(relatedTerms("Assisted voluntary return.", synonyms)).toEqual(["ritorno"]);
    expect(relatedTerms("Il ritorno a casa.", synonyms)).toEqual([]);
    // A prefix counts only at the start of a word, accents folded; a term counts only as a whole word.
    expect(relatedTerms("Non-reintegrazione; prereturn, Rimpatriò", synonyms)).toEqual(["reinserimento", "ritorno"]);
    expect(relatedTerms("prereintegration and unreturned", synonyms)).toEqual([]);
    expect(relatedTerms("RITORNO: rimpatrio", synonyms)).toEqual([]);
    expect(relatedTerms("ritornon rimpatrio", synonyms)).toEqual(["ritorno"]);
    expect(relatedTerms("rimpatrio", [{ term: "ritorno a casa", prefixes: ["rimpatri"] }])).toEqual(["ritorno a casa"]);
    expect(() => parseSynonyms("reinserimento")).toThrow('search.synonyms: "reinserimento" is not "term: prefix, prefix"');
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
