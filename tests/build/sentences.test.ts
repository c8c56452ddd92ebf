/**
 * The sentences of every built page, in both languages, read as a careful reader would: no
 * number that disagrees with its noun ("1 projects", "1 progetti", "Dei 1"), no masculine
 * article that Italian turns into "gli" or "l'" before the number ("i 81 progetti", "al 8
 * dicembre"), no range whose two ends are the same, no superlative over a single item. The
 * patterns are precise: each is shown below to catch the defect it names and to pass real
 * text that only looks like it.
 */
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { describe, expect, it } from "vitest";
import { dist, listFiles } from "./helpers.ts";

/** The page's visible text, one line per block (paragraph, list item, cell, heading...). */
export function blocksOf(html: string): string[] {
  return html
    .replace(/<(script|style|svg|template)\b[\s\S]*?<\/\1>/g, " ")
    .replace(
      /<\/?(p|li|td|th|dd|dt|h[1-6]|caption|figcaption|div|section|header|footer|nav|main|ul|ol|table|tr|title|option|label|summary|details|br)\b[^>]*>/gi,
      "\n",
    )
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;|\u00a0|\u202f/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&#39;|&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean);
}

const sentencesOf = (block: string) => block.split(/(?<=[.!?])\s+(?=[A-Z0-9“"«(])/);

const NOT_A_DIGIT = String.raw`(?<![\d.,])`;
/** Italian numbers read with a vowel first (otto, undici, ottanta, ottocento, ottomila...): "gli 8", "l'11", never "i 8", "il 11". */
const VOWEL_NUMBER = String.raw`(?:8[\d.]*|11(?:\.\d{3})*)(?![\d,])`;
const MONTHS_IT = "gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|novembre|dicembre";

interface Rule {
  name: string;
  /** Matched against each sentence of a block. */
  pattern: RegExp;
}

export const RULES: Rule[] = [
  {
    name: "a plural noun after 1",
    pattern: new RegExp(
      `${NOT_A_DIGIT}\\b1 (?:projects|records|countries|member states|months|days|people|persons|organisations|years|conflicts|bytes|elements|progetti|schede|paesi|Stati membri|mesi|giorni|persone|organizzazioni|anni|contrasti|elementi)\\b`,
    ),
  },
  {
    name: "a plural verb after 1",
    pattern: new RegExp(
      `${NOT_A_DIGIT}\\b1 (?:(?:of the|delle|dei|degli|su) [\\d.,]+ \\w+ )?(?:have|are|report|match|do|give|come|hanno|sono|riportano|corrispondono|indicano|provengono)\\b`,
    ),
  },
  {
    name: "a plural article before 1",
    pattern:
      /\b(?:[Oo]f the|[Aa]ll|[Tt]he) 1 (?!\d)(?!(?:project|record|country|member state|month|day|person|year)\b)|\b(?:[Dd]ei|[Dd]egli|[Dd]elle|[Tt]utti i|[Tt]utte le|[Ll]e|I|i) 1(?![\d.,])\b/,
  },
  {
    name: "an Italian article that the number turns into gli or l'",
    pattern: new RegExp(
      `\\b(?:i|I|dei|Dei|ai|nei|sui|dai|tra i|fra i) ${VOWEL_NUMBER}\\b|\\b(?:il|Il|al|Al|del|dal|nel|sul) ${VOWEL_NUMBER} (?:${MONTHS_IT})\\b`,
    ),
  },
  { name: "no year saw more than 1", pattern: /\bno \w+ saw more than 1\b|\bin nessun anno sono iniziati più di 1\b/ },
  {
    name: "a range whose two ends are the same",
    // The ends hold a digit: "da governo a governo" is an idiom, not a range.
    pattern:
      /\b(?:from|between) ([^\s()]*\d[^\s()]*(?: [€%])?)(?: \([^)]*\))? (?:to|and) \1(?=$|[\s.,;:)])|\bda ([^\s()]*\d[^\s()]*(?: [€%])?)(?: \([^)]*\))? a \2(?=$|[\s.,;:)])|\bdal (\S*\d\S*) al \3\b|(?<![\w.,])(\d[\d.,]*) ?– ?\4(?![\w.,])/,
  },
  {
    name: "a superlative over a single item",
    pattern:
      /^(?:The only|Only one|One|1|L'unic[oa]|Un solo|Una sola) (?:record|project|member state|country|scheda|progetto|Stato membro|paese)\b.*\b(?:the most|the largest|the highest|the lowest|the least|least often|most often|ranges from|più alt[oa]|maggior numero|più spesso|meno spesso|va da)\b/,
  },
];

/** Every rule a sentence breaks. */
export function problemsIn(text: string): string[] {
  return sentencesOf(text).flatMap((sentence) => RULES.filter((rule) => rule.pattern.test(sentence)).map((rule) => `${rule.name}: “${sentence}”`));
}

describe("the patterns are precise", () => {
  it.each([
    "no year saw more than 1 projects start, and several saw that many.",
    "ranges from €6,730.77 (PARTIR II) to €6,730.77 (PARTIR II).",
    "1 projects match “rimpatrio”.",
    "Dei 1 progetti con un tasso noto, 1 hanno un tasso da 70 % a meno di 80 %.",
    "Of the 1 projects with a known rate, 1 have a rate from 70% to under 80%.",
    "Not included: 1 projects whose total cost is not reported.",
    "the fact reported least often is Official grant code, in 1 records.",
    "1 delle 12 schede riportano un costo totale.",
    "in nessun anno sono iniziati più di 1 progetti, e più anni ne contano altrettanti.",
    "Tutti i 81 progetti in una tabella",
    "Confronta i 8 selezionati",
    "Al 8 dicembre 2026, in base alle date indicate sopra.",
    "Start years run from 2009 to 2009.",
    "Gli anni di inizio vanno dal 2009 al 2009.",
    "va da 6730,77 € (PARTIR II) a 6730,77 € (PARTIR II).",
    "1 record reports how many people received reintegration support; the largest figure is PARTIR II, with 139.",
    "L'unico progetto con un tasso noto ha il tasso più alto.",
    "2010 – 2010",
  ])("catches: %s", (text) => expect(problemsIn(text)).not.toEqual([]));

  it.each([
    "21 projects, newest first.",
    "1 project on this site.",
    "11 of the 81 records report a total cost; the fact reported least often is “EU contribution (stated)”, in 7 records.",
    "16 records give a total cost in euro; the largest total is €50,256,238 (United Kingdom, 1 project).",
    "The only project with a known rate has a rate from 70% to under 80%.",
    "For the 3 projects where it can be calculated in euro, the cost per person returned ranges from €2,767.30 (SK II) to €6,730.77 (PARTIR II).",
    "Il costo per persona rimpatriata si può calcolare in euro per 3 progetti: va da 2767,30 € (SK II) a 6730,77 € (PARTIR II).",
    "Gli anni di inizio vanno dal 1999 al 2025; il maggior numero di progetti, 11, è iniziato nel 2016.",
    "Su 19 progetti con un tasso noto, 13 hanno un tasso da 70 % a meno di 80 %.",
    "Tutti i progetti in una tabella (81)",
    "Gli 8 progetti; l'11 luglio; dal 18 al 21; 1 July 2010 – 30 June 2011; 2014–2020",
    "1 scheda riporta 208 persone rimpatriate (Italia).",
    "Data di riferimento: 8 dicembre 2026.",
    // "dal 1 gennaio" is common in official Italian (the site's dates read "1 luglio 2010" too).
    "dal 1 gennaio 2018; dal 1 luglio 2010 al 30 giugno 2011",
    "1,080 projects; 101 records; 2.1 months",
    "rafforzamento delle capacità da governo a governo (Gov2Gov) in Armenia",
  ])("passes: %s", (text) => expect(problemsIn(text)).toEqual([]));
});

describe("every built page, in both languages", () => {
  const pages = listFiles(dist).filter((file) => file.endsWith(".html"));
  it("has pages in both languages", () => {
    expect(pages.filter((p) => relative(dist, p).startsWith("it/")).length).toBeGreaterThan(100);
    expect(pages.filter((p) => !relative(dist, p).startsWith("it/")).length).toBeGreaterThan(100);
  });
  it("has no sentence whose number disagrees with its noun, no range with two equal ends and no superlative over one item", () => {
    const found = pages.flatMap((file) => {
      const problems = [...new Set(blocksOf(readFileSync(file, "utf8")).flatMap(problemsIn))];
      return problems.map((p) => `${relative(dist, file)}: ${p}`);
    });
    expect(found).toEqual([]);
  });
});
